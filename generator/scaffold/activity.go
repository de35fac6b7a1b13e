package scaffold

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// ActivityDir is where the activities of the work-search log live, a slash
// path relative to the site's source directory.
const ActivityDir = "content/activities"

// maxActivitySlug caps the part of an activity's file name after its date.
const maxActivitySlug = 40

// NewActivity writes act as a new file of content/activities/ in the site
// dir, named by its date and text (2026-01-14-resume-workshop.yaml), and
// returns its slash path. It never replaces a file: when the name is taken
// the next free one is used (-2, -3, ...). The file is written whole to a
// hidden temporary file first and then linked into place, so no reader
// ever sees half of it.
func NewActivity(dir string, act model.Activity) (string, error) {
	act.Text, act.Where = strings.TrimSpace(act.Text), strings.TrimSpace(act.Where)
	for _, v := range []struct{ what, text string }{{"text", act.Text}, {"place", act.Where}} {
		if strings.IndexFunc(v.text, unicode.IsControl) >= 0 {
			return "", fmt.Errorf("activity: the %s %q should be one line of text", v.what, v.text)
		}
	}
	if _, err := os.Stat(dir + "/content/site.yaml"); err != nil {
		return "", fmt.Errorf("activity: %s is not a followup site (no content/site.yaml; followup init makes one): %w", dir, err)
	}
	data := activityText(act)
	base := activityBase(act)
	if _, errs := load.Activity(ActivityDir+"/"+base+".yaml", data); len(errs) > 0 {
		return "", fmt.Errorf("activity: %w", errs.Err())
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return "", fmt.Errorf("activity: %w", err)
	}
	defer root.Close()
	if err := root.MkdirAll(ActivityDir, 0o755); err != nil {
		return "", fmt.Errorf("activity: %w", err)
	}
	tmp, err := writeTemp(root, data)
	if err != nil {
		return "", fmt.Errorf("activity: %w", err)
	}
	defer root.Remove(tmp)
	for n := 1; n <= 100; n++ {
		name := base
		if n > 1 {
			name += "-" + strconv.Itoa(n)
		}
		rel := ActivityDir + "/" + name + ".yaml"
		err := root.Link(tmp, rel)
		if err == nil {
			return dir + "/" + rel, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("activity: %w", err)
		}
	}
	return "", fmt.Errorf("activity: %s/%s/%s.yaml and 99 more names are taken", dir, ActivityDir, base)
}

// writeTemp writes data to a new hidden file of the activities directory,
// synced to the disk, and returns its path in root.
func writeTemp(root *os.Root, data []byte) (string, error) {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	rel := ActivityDir + "/.new-" + hex.EncodeToString(b) + ".tmp"
	f, err := root.OpenFile(rel, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", err
	}
	_, werr := f.Write(data)
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		root.Remove(rel)
		return "", werr
	}
	return rel, nil
}

// activityBase returns the file name of an activity without .yaml: its
// date and the slug of its text, or of its type when the text has no
// letters or digits.
func activityBase(act model.Activity) string {
	s := model.Slugify(act.Text)
	if s == "" {
		s = act.Type
	}
	if len(s) > maxActivitySlug {
		s = s[:maxActivitySlug]
		if i := strings.LastIndexByte(s, '-'); i > 0 {
			s = s[:i]
		}
		s = strings.TrimSuffix(s, "-")
	}
	return act.Date.String() + "-" + s
}

// activityText returns the YAML of an activity file.
func activityText(act model.Activity) []byte {
	var b strings.Builder
	b.WriteString("# An activity of the work-search log: what you did to find work that is no application.\n")
	fmt.Fprintf(&b, "date: %s\ntype: %s\ntext: %s\n", act.Date, yamlText(act.Type), yamlText(act.Text))
	if act.Where != "" {
		fmt.Fprintf(&b, "where: %s\n", yamlText(act.Where))
	}
	if act.Hours != 0 {
		fmt.Fprintf(&b, "hours: %s\n", strconv.FormatFloat(act.Hours, 'f', -1, 64))
	}
	return []byte(b.String())
}
