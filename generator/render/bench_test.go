package render

import "testing"

// BenchmarkExampleSite renders the shipped example with one Renderer, as
// serve does on every save.
func BenchmarkExampleSite(b *testing.B) {
	site, actions := example(b)
	r, err := New(Options{BaseURL: "https://jordan.github.io/job-hunt/"})
	if err != nil {
		b.Fatal(err)
	}
	public := site.Public()
	for b.Loop() {
		if _, err := r.Site(public, actions); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures parsing the layouts and scripts.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
