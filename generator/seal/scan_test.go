package seal_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/build"
)

// planted is a site whose every field holds a string of its own, written
// so that no base64 ciphertext can hold it by chance (each has a space, a
// hyphen or an @ in it, or is long).
var planted = map[string]string{
	"content/site.yaml": `title: Titleword Kerfuffle hunt
owner: {name: Ownername Bramblewood, email: owner@bramblewood.example, phone: "+1 555 0999"}
base_url: https://jordan.github.io/job-hunt/
timezone: Europe/Paris
publish:
  encrypt: true
  salt: ` + testSaltHex + `
`,
	"content/applications/zorblax-quasar.yaml": `company: Zorblax Industries
role: Quasar Wrangler
applied: 2031-07-14
channel: recruiter
source: Vexillum Board
link: https://careers.zorblax.example/q-42
location: Ulaanbaatar Annex
salary: 987-654k
pitch: Pitchline Oroboros
id: c0ffee-99
contacts:
  - {name: Quentin Plantagenet, role: recruiter, title: Chief Yodeler, email: quentin@zorblax.example, phone: "+1 555 0777"}
  - {name: Ysolde Marchbanks, role: hiring-manager, title: Head of Wrangling, email: ysolde@zorblax.example}
events:
  - {date: 2031-07-18, type: phone-screen, with: [Quentin Plantagenet], note: Eventnote Flibbertigibbet}
  - date: 2031-07-22T15:30
    type: interview
    with: [Ysolde Marchbanks, Wilhelmina Okonkwo]
    topics: {Ysolde Marchbanks: Topicus Nebulon, Wilhelmina Okonkwo: Topicus Borealis}
    next_step: Nextstep Glimmerwick
    decision_expected: 2031-07-25
notes: |
  Recordnote Snollygoster.
`,
	"content/applications/hushhush-corp.yaml": `company: Hushhush Corp
role: Secret Sleuth
applied: 2031-06-02
private: true
salary: 444-333k
contacts:
  - {name: Pemberton Quill, role: recruiter, email: pquill@hush.example, phone: "+1 555 0444"}
events:
  - {date: 2031-06-09, type: phone-screen, with: [Pemberton Quill], note: Hushnote Brouhaha}
notes: Privatenote Cattywampus
`,
	"content/advice/extra-advice.md": `---
title: Advicetitle Gobbledygook
stage: any
weight: 90
summary: Advicesummary Lollygag
---

Advicebody Skedaddle and more.
`,
}

// secrets are the planted strings no byte outside the secret feeds may hold
// (the record's id only ever reaches the output hashed). Advice pages keep
// their file names, which are the playbook's and not a record's: the
// planted one is named plainly.
var secrets = []string{
	"Titleword Kerfuffle", "Ownername Bramblewood", "Bramblewood", "owner@bramblewood", "555 0999",
	"Zorblax", "zorblax", "Quasar Wrangler", "quasar", "Vexillum", "Ulaanbaatar", "987-654k", "Pitchline",
	"Quentin", "quentin", "Plantagenet", "Chief Yodeler", "555 0777", "Ysolde", "ysolde", "Marchbanks",
	"marchbanks", "Head of Wrangling", "Eventnote", "Wilhelmina", "wilhelmina", "Okonkwo", "okonkwo", "Topicus",
	"Nextstep", "Glimmerwick", "Snollygoster", "Hushhush", "hushhush", "Secret Sleuth", "Privatenote",
	"444-333k", "Pemberton", "pquill@hush", "555 0444", "Hushnote",
	"Advicetitle", "Gobbledygook", "Lollygag", "Skedaddle", "2031-07", "2031-06", "20310", "Europe/Paris",
}

// private are the planted strings a feed may not hold either: what a
// published build leaves out.
var private = []string{
	"owner@bramblewood", "555 0999", "quentin@zorblax", "ysolde@zorblax", "555 0777", "987-654k",
	"Eventnote", "Snollygoster", "Privatenote", "444-333k", "pquill@hush", "555 0444", "Hushnote",
}

// hidden are the planted strings of the private: true record that its own
// feed carries, as a published build's feed would carry them were the
// record not marked, and that no other feed may hold.
var hidden = []string{"Hushhush", "Secret Sleuth", "Pemberton Quill"}

func writeSite(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestNoPlantedStringOutsideTheFeeds(t *testing.T) {
	src := writeSite(t, planted)
	// The site's own plain-text build does hold every string: the scan can
	// find them.
	priv, err := renderPrivate(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if !bytes.Contains(priv, []byte(s)) {
			t.Errorf("the private build does not hold %q: the scan below proves nothing for it", s)
		}
	}
	// Nor do the "add to my calendar" links, which name what is due.
	adds := []string{"calendar.google.com/calendar/render", "outlook.live.com/calendar", "data:text/calendar"}
	for _, s := range adds {
		if !bytes.Contains(priv, []byte(s)) {
			t.Errorf("the private build has no %q: the scan below proves nothing for it", s)
		}
	}
	secrets := append(slices.Clone(secrets), adds...)
	files, _, _ := sealed(t, src, testPass)
	own := "calendars/" + keys(t, testPass, 0).FeedToken("hushhush-corp") + ".ics"
	if _, ok := files[own]; !ok {
		t.Errorf("no feed of the private record at %s", own)
	}
	feeds := 0
	for name, data := range files {
		for _, s := range secrets {
			if strings.Contains(strings.ToLower(name), strings.ToLower(s)) {
				t.Errorf("the path %s holds %q", name, s)
			}
		}
		if strings.HasPrefix(name, "calendars/") {
			feeds++
			for _, s := range private {
				if bytes.Contains(data, []byte(s)) {
					t.Errorf("the feed %s holds the private %q", name, s)
				}
			}
			for _, s := range hidden {
				if held := bytes.Contains(data, []byte(s)); held != (name == own) {
					t.Errorf("the feed %s holds %q: %v", name, s, held)
				}
			}
			continue
		}
		for _, s := range secrets {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds %q", name, s)
			}
		}
	}
	// The feeds' addresses are secret too: no clear byte names them.
	for name := range files {
		token, ok := strings.CutPrefix(name, "calendars/")
		if !ok {
			continue
		}
		token = strings.TrimSuffix(token, ".ics")
		for other, data := range files {
			if !strings.HasPrefix(other, "calendars/") && bytes.Contains(data, []byte(token)) {
				t.Errorf("%s names the secret address of %s", other, name)
			}
		}
	}
	if feeds != 3 { // the site's and each record's
		t.Errorf("%d feeds, want 3", feeds)
	}
	if _, ok := files["calendar.ics"]; ok {
		t.Error("calendar.ics is at its known address")
	}
}

// renderPrivate returns every byte and path of the plain private build.
func renderPrivate(src string) ([]byte, error) {
	res, err := buildRender(src)
	if err != nil {
		return nil, err
	}
	var all bytes.Buffer
	for name, data := range res {
		all.WriteString(name + "\n")
		all.Write(data)
	}
	return all.Bytes(), nil
}

// TestNoFeedAddressOnDisk builds the planted site into a directory and
// reads back every byte there, the marker and the other dotfiles
// included: no file but a feed itself may name the secret address of a
// feed, in full or by its token alone.
func TestNoFeedAddressOnDisk(t *testing.T) {
	src := writeSite(t, planted)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.Build(build.Options{Source: src, Dest: dest, Passphrase: testPass}); err != nil {
		t.Fatal(err)
	}
	k := keys(t, testPass, 0)
	feeds := map[string]string{} // address → its token
	for _, slug := range []string{"", "zorblax-quasar", "hushhush-corp"} {
		token := k.FeedToken(slug)
		feeds["calendars/"+token+".ics"] = token
	}
	files := readTree(t, dest)
	if _, ok := files[".followup"]; !ok {
		t.Fatal("no marker written: the scan would miss it")
	}
	for feed := range feeds {
		if _, ok := files[feed]; !ok {
			t.Errorf("no feed at %s", feed)
		}
	}
	for name, data := range files {
		if strings.HasPrefix(name, "calendars/") && feeds[name] == "" {
			t.Errorf("%s: a feed at an address the keys do not give", name)
		}
		for feed, token := range feeds {
			if name == feed {
				continue
			}
			for _, s := range []string{feed, token, strings.ToUpper(token)} {
				if bytes.Contains(data, []byte(s)) {
					t.Errorf("%s holds %q, the secret address of %s", name, s, feed)
				}
			}
		}
	}
}
