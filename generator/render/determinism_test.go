package render

import (
	"bytes"
	"runtime"
	"testing"
	"time"
)

// sameFiles fails the test unless a and b hold the same paths and bytes.
func sameFiles(t *testing.T, what string, a, b Files) {
	t.Helper()
	if len(a) != len(b) {
		t.Errorf("%s: %d files, then %d", what, len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s: %s differs", what, name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	const base = "https://jordan.github.io/job-hunt/"
	first := renderFixture(t, base, true)
	sameFiles(t, "two renders", first, renderFixture(t, base, true))

	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := renderFixture(t, base, true)
	runtime.GOMAXPROCS(2)
	sameFiles(t, "GOMAXPROCS 1 and 2", one, renderFixture(t, base, true))

	local := time.Local
	defer func() { time.Local = local }()
	time.Local = time.FixedZone("far east", 14*3600)
	sameFiles(t, "another local time zone", first, renderFixture(t, base, true))
}

func TestRendererReused(t *testing.T) {
	site, actions := fixture(t)
	r, err := New(Options{BaseURL: "https://jordan.github.io/job-hunt/"})
	if err != nil {
		t.Fatal(err)
	}
	a, err := r.Site(site.Public(), actions)
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.Site(site.Public(), actions)
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "one renderer, two builds", a, b)
	sameFiles(t, "a renderer and Site", a, renderFixture(t, "https://jordan.github.io/job-hunt/", false))
}
