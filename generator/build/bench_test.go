package build

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/followup-dev/followup/generator/corpus"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/plan"
	"github.com/followup-dev/followup/generator/write"

	"github.com/followup-dev/followup/internal/testcache"
)

// benchSizes are the hunt sizes of the build benchmarks.
var benchSizes = []int{100, 1000, 10000}

// benchSite returns the source directory of a synthetic hunt of n records,
// written once per test binary run.
func benchSite(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(benchRoot(b), fmt.Sprintf("hunt-%d", n))
	if _, err := os.Stat(dir); err == nil {
		return dir
	}
	if err := corpus.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	return dir
}

var benchDir string

func benchRoot(b *testing.B) string {
	if benchDir == "" {
		d, err := os.MkdirTemp("", "followup-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = d
	}
	return benchDir
}

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(buildChild())
	}
	code := testcache.RunWithTempCache(m)
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkBuild is a full build into an empty destination.
func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			src := benchSite(b, n)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				dest := filepath.Join(benchRoot(b), fmt.Sprintf("out-%d-%d", n, i))
				if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				os.RemoveAll(dest)
				b.StartTimer()
			}
		})
	}
}

// BenchmarkRebuildUnchanged is a build into the output of an identical
// build: nothing is written. In the "rendered" case the inputs hash of the
// last build is dropped first, so the site is loaded, rendered and compared
// with what is on disk.
func BenchmarkRebuildUnchanged(b *testing.B) {
	for _, n := range benchSizes {
		for _, rendered := range []bool{false, true} {
			b.Run(fmt.Sprintf("records=%d/rendered=%v", n, rendered), func(b *testing.B) {
				benchRebuild(b, n, rendered)
			})
		}
	}
}

func benchRebuild(b *testing.B, n int, rendered bool) {
	src := benchSite(b, n)
	dest := filepath.Join(benchRoot(b), fmt.Sprintf("same-%d", n))
	if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if rendered {
			b.StopTimer()
			d, err := write.Lock(dest)
			if err != nil {
				b.Fatal(err)
			}
			forget(d)
			d.Unlock()
			b.StartTimer()
		}
		res, err := Build(Options{Source: src, Dest: dest})
		if err != nil {
			b.Fatal(err)
		}
		if res.Stats.Written != 0 {
			b.Fatalf("rebuild wrote %d files", res.Stats.Written)
		}
	}
}

// BenchmarkRebuildOneChanged is a build after one record changed: its
// files and the pages that sum up every record are rendered, the other
// applications' files kept.
func BenchmarkRebuildOneChanged(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			src := b.TempDir()
			if err := corpus.Write(src, n, 1); err != nil {
				b.Fatal(err)
			}
			dest := filepath.Join(b.TempDir(), "public")
			if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
				b.Fatal(err)
			}
			record := filepath.Join(src, "content", "applications", "zz-bench.yaml")
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				data := fmt.Sprintf("company: Changed %d\nrole: Engineer\napplied: 2026-11-02\n", i)
				if err := os.WriteFile(record, []byte(data), 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				res, err := Build(Options{Source: src, Dest: dest})
				if err != nil {
					b.Fatal(err)
				}
				if i > 0 && res.Stats.Kept == 0 {
					b.Fatal("the rebuild kept no file: it rendered everything")
				}
			}
		})
	}
}

// BenchmarkLoad is the load stage alone.
func BenchmarkLoad(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			src := benchSite(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := load.Site(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPlan is the playbook engine alone.
func BenchmarkPlan(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			site, err := load.Site(benchSite(b, n))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				plan.Actions(site.Applications, site.Settings.Playbook)
			}
		})
	}
}

// BenchmarkRender is the plan and render stages, in memory.
func BenchmarkRender(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			site, err := load.Site(benchSite(b, n))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := RenderSite(site, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
