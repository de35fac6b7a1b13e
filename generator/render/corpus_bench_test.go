package render

import (
	"path/filepath"
	"testing"

	"github.com/followup-dev/followup/generator/corpus"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/plan"
)

// BenchmarkStreamCorpus renders a synthetic hunt of 1,000 records as a
// build does, handing each file on without keeping it: the render stage
// alone, without loading, planning or writing.
func BenchmarkStreamCorpus(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "hunt")
	if err := corpus.Write(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	site, err := load.Site(dir)
	if err != nil {
		b.Fatal(err)
	}
	actions := plan.Actions(site.Applications, site.Settings.Playbook)
	r, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		p, err := r.Prepare(site, actions)
		if err != nil {
			b.Fatal(err)
		}
		if err := p.Stream(func(string, []byte) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
