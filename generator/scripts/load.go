package scripts

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"github.com/followup-dev/followup/content"
	"github.com/followup-dev/followup/generator/model"
)

// SharedFile is the template file whose definitions every script can use.
const SharedFile = "shared.tmpl"

// EmbeddedPath is the slash path reported for the embedded templates.
const EmbeddedPath = "content/scripts"

// Set is the parsed script templates of a site.
type Set struct {
	files map[string]file               // file name → source
	sets  map[string]*template.Template // file name → that file parsed with shared.tmpl
}

type file struct {
	path string // slash path for messages
	text string
}

// Load parses the embedded templates, overridden by the .tmpl files of dir (a
// site's content/scripts/; "" or a missing directory for none). Errors are
// reported at dir joined with the file name.
func Load(dir string) (*Set, error) {
	if dir == "" {
		return LoadFS(nil, "")
	}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return LoadFS(nil, "")
	}
	return LoadFS(os.DirFS(dir), filepath.ToSlash(dir))
}

// LoadFS parses the embedded templates, overridden by the .tmpl files at the
// top of fsys (nil for none); prefix is the slash path its files are reported
// under, such as "content/scripts". Symbolic links are not followed. Parse
// errors come back together as a model.ErrorList.
func LoadFS(fsys fs.FS, prefix string) (*Set, error) {
	s := &Set{files: map[string]file{}, sets: map[string]*template.Template{}}
	if err := s.read(content.Scripts, EmbeddedPath); err != nil {
		return nil, err
	}
	if fsys != nil {
		if err := s.read(fsys, prefix); err != nil {
			return nil, err
		}
	}
	var errs model.ErrorList
	names := make([]string, 0, len(s.files))
	for name := range s.files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if name == SharedFile {
			continue
		}
		t, err := s.parse(name)
		if err != nil {
			errs = append(errs, s.convert(err))
			continue
		}
		s.sets[name] = t
		errs = append(errs, s.trial(t)...)
	}
	if len(errs) > 0 {
		return nil, dedupe(errs).Err()
	}
	return s, nil
}

// read adds the regular .tmpl files at the top of fsys, replacing earlier ones.
func (s *Set) read(fsys fs.FS, prefix string) error {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return fmt.Errorf("scripts: %w", err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".tmpl") {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return fmt.Errorf("scripts: %w", err)
		}
		s.files[e.Name()] = file{path: path.Join(prefix, e.Name()), text: string(b)}
	}
	return nil
}

// parse parses shared.tmpl, then the named file, into one template set, so
// that a file may redefine a shared block.
func (s *Set) parse(name string) (*template.Template, error) {
	t := template.New(name).Option("missingkey=error").Funcs(funcs)
	if sh, ok := s.files[SharedFile]; ok {
		if _, err := t.New(SharedFile).Parse(sh.text); err != nil {
			return nil, err
		}
	}
	return t.Parse(s.files[name].text)
}

// trial runs every block of t on a full and an empty sample, so that a
// misspelt field is reported when the site loads, not only when an action
// needs the block.
func (s *Set) trial(t *template.Template) model.ErrorList {
	var errs model.ErrorList
	for _, d := range []*Data{sample(), {}} {
		for _, b := range t.Templates() {
			if b.Tree == nil || b.Name() == t.Name() {
				continue
			}
			if err := t.ExecuteTemplate(io.Discard, b.Name(), d); err != nil {
				errs = append(errs, s.convert(err))
			}
		}
	}
	return errs
}

// sample is a Data with every field set.
func sample() *Data {
	return &Data{ActionID: "check-in/r1", Rule: "check-in", Kind: "email", Due: "Wednesday 2 December",
		Company: "Acme Robotics", Role: "Backend Engineer", Location: "Remote", Applied: "Tuesday 3 November",
		Channel: "referral", Source: "a job board", Pitch: "Five years building schedulers in Go", NoCalls: true,
		Me: "Jordan Lee", MyEmail: "jordan@example.com", MyPhone: "+1 555 0199",
		Name: "Dana Smith", Title: "Talent Partner", ContactRole: "recruiter",
		Recruiter: "Dana Smith", HiringManager: "Pat Kim", Referrer: "Kim Wu",
		InterviewDate: "Tuesday 17 November", Interviewers: []string{"Lee Park", "Sam Ortiz"}, Round: 1,
		Topic: "the fleet scheduler", NextStep: "a decision by the 27th", DecisionExpected: "Friday 27 November",
		contacts: []model.Contact{{Name: "Dana Smith", Title: "Talent Partner"}}}
}

// dedupe drops repeated errors, such as one in shared.tmpl met by every file.
func dedupe(l model.ErrorList) model.ErrorList {
	var out model.ErrorList
	seen := map[string]bool{}
	for _, e := range l {
		if k := e.Error(); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// templateErr matches "template: name:line: msg" and "template: name:line:col: msg".
var templateErr = regexp.MustCompile(`(?s)^template: ([^:]+):(\d+)(?::(\d+))?: (.*)$`)

// convert turns a text/template error into a *model.Error at the real file.
func (s *Set) convert(err error) *model.Error {
	m := templateErr.FindStringSubmatch(err.Error())
	if m == nil {
		return &model.Error{Path: EmbeddedPath, Msg: err.Error()}
	}
	p := m[1]
	if f, ok := s.files[m[1]]; ok {
		p = f.path
	}
	line, _ := strconv.Atoi(m[2])
	col := 0
	if m[3] != "" {
		col, _ = strconv.Atoi(m[3])
		col++ // text/template counts bytes from 0
	}
	return &model.Error{Path: p, Line: line, Col: col, Msg: m[4]}
}
