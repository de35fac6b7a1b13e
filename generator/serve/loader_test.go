package serve

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/load"
)

// sameAsLoad fails the test unless the loader serve reads with gives what
// load.Site gives: the same site, or the same errors.
func sameAsLoad(t *testing.T, c *load.Loader, dir string) {
	t.Helper()
	got, gotErr := c.Site(context.Background())
	want, wantErr := load.Site(dir)
	if (gotErr == nil) != (wantErr == nil) || (gotErr != nil && gotErr.Error() != wantErr.Error()) {
		t.Fatalf("loader error:\n%v\nload.Site error:\n%v", gotErr, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("the loader's site differs from load.Site:\n got %+v\nwant %+v", got, want)
	}
}

const testAdvice = `---
title: After applying
stage: applied
weight: 10
actions: [confirm-receipt]
---
Call once.
`

// TestLoaderMatchesLoad checks that the loader serve keeps, which decodes
// again only what changed, gives what loading anew gives after each change.
func TestLoaderMatchesLoad(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 4)
	advice := filepath.Join(dir, "content", "advice", "after-applying.md")
	writeFile(t, advice, testAdvice)
	c := load.NewLoader(dir)
	sameAsLoad(t, c, dir)

	steps := []struct {
		name   string
		change func() []string // returns the changed paths
	}{
		{"EditRecord", func() []string {
			writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Edited"))
			return []string{recordPath(dir, 1)}
		}},
		{"NewRecord", func() []string {
			writeFile(t, recordPath(dir, 9), recordYAML(9, "Acme New"))
			return []string{recordPath(dir, 9)}
		}},
		{"DeleteRecord", func() []string {
			os.Remove(recordPath(dir, 2))
			return []string{recordPath(dir, 2)}
		}},
		{"ErrBrokenRecord", func() []string {
			writeFile(t, recordPath(dir, 3), "compnay: Acme\nrole: x\napplied: 2026-02-30\n")
			return []string{recordPath(dir, 3)}
		}},
		{"ErrBrokenAdvice", func() []string {
			writeFile(t, advice, "---\ntitle: [\n---\nx\n")
			return []string{advice}
		}},
		{"FixBoth", func() []string {
			writeFile(t, recordPath(dir, 3), recordYAML(3, "Acme Fixed"))
			writeFile(t, advice, testAdvice)
			return []string{recordPath(dir, 3), advice}
		}},
		{"ErrSameID", func() []string {
			writeFile(t, recordPath(dir, 0), recordYAML(0, "Acme Zero")+"id: "+slugOf(1)+"\n")
			return []string{recordPath(dir, 0)}
		}},
		{"TimezoneChange", func() []string {
			writeFile(t, recordPath(dir, 0), recordYAML(1, "Acme Zero")+ // recordYAML(1) has no events
				"events:\n  - {date: 2026-11-20T14:00, type: interview, with: [Dana Smith]}\n")
			settings := filepath.Join(dir, "content", "site.yaml")
			writeFile(t, settings, testSettings+"publish: {private: false}\n")
			writeFile(t, settings, "title: Moved\nbase_url: https://x.test/\ntimezone: Europe/Paris\n")
			return []string{recordPath(dir, 0), settings}
		}},
		{"ErrYmlRecord", func() []string {
			p := filepath.Join(dir, "content", "applications", "odd.yml")
			writeFile(t, p, recordYAML(5, "Acme Odd"))
			return []string{p}
		}},
		{"ErrCapitalExtension", func() []string {
			odd := filepath.Join(dir, "content", "applications", "odd.yml")
			os.Remove(odd)
			p := filepath.Join(dir, "content", "applications", "Other.YAML")
			writeFile(t, p, recordYAML(6, "Acme Other"))
			return []string{odd, p}
		}},
		{"ErrDirectoryNamedLikeRecord", func() []string {
			other := filepath.Join(dir, "content", "applications", "Other.YAML")
			os.Remove(other)
			p := filepath.Join(dir, "content", "applications", "x.yaml")
			writeFile(t, filepath.Join(p, "inner.yaml"), recordYAML(7, "Acme Inner"))
			return []string{other, p}
		}},
		{"ErrCapitalAdviceExtension", func() []string {
			p := filepath.Join(dir, "content", "advice", "extra.MD")
			writeFile(t, p, testAdvice)
			return []string{p}
		}},
		{"RemoveApplicationsDirectory", func() []string {
			p := filepath.Join(dir, "content", "applications")
			os.RemoveAll(p)
			os.Remove(filepath.Join(dir, "content", "advice", "extra.MD"))
			return []string{p, filepath.Join(dir, "content", "advice", "extra.MD")}
		}},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			step.change()
			sameAsLoad(t, c, dir)
			_, err := c.Site(context.Background())
			if got, want := err != nil, strings.HasPrefix(step.name, "Err"); got != want {
				t.Errorf("site() error = %v, want an error: %v", err, want)
			}
		})
	}
}
