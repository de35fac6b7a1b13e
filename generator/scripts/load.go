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
	"github.com/followup-dev/followup/generator/internal/bound"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// SharedFile is the template file whose definitions every script can use.
const SharedFile = "shared.tmpl"

// EmbeddedPath is the slash path reported for the embedded templates.
const EmbeddedPath = "content/scripts"

// Set is the parsed script templates of a site.
type Set struct {
	files map[string]file               // file name → source
	sets  map[string]*template.Template // file name → that file parsed with shared.tmpl
	lim   bound.Limits                  // of every execution of a template
	stuck bool                          // a trial was given up on: the others are not run
}

type file struct {
	path string // slash path for messages
	text string
}

// Load parses the embedded templates, overridden by the .tmpl files of dir (a
// site's content/scripts/; "" or a missing directory for none). Errors are
// reported at dir joined with the file name. Templates run within the
// default limits of package bound.
func Load(dir string) (*Set, error) {
	return LoadBounded(dir, bound.Limits{})
}

// LoadBounded is Load with the limits every execution of a template runs
// within, at load and when a script is filled: its context, its deadline
// and its output size.
func LoadBounded(dir string, lim bound.Limits) (*Set, error) {
	if dir == "" {
		return loadFS(nil, "", lim)
	}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return loadFS(nil, "", lim)
	}
	return loadFS(os.DirFS(dir), filepath.ToSlash(dir), lim)
}

// LoadFS parses the embedded templates, overridden by the .tmpl files at the
// top of fsys (nil for none); prefix is the slash path its files are reported
// under, such as "content/scripts". Symbolic links are not followed. Parse
// errors come back together as a model.ErrorList.
func LoadFS(fsys fs.FS, prefix string) (*Set, error) {
	return loadFS(fsys, prefix, bound.Limits{})
}

func loadFS(fsys fs.FS, prefix string, lim bound.Limits) (*Set, error) {
	s := &Set{files: map[string]file{}, sets: map[string]*template.Template{}, lim: lim}
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
		if loops := s.ranges(t); len(loops) > 0 {
			errs = append(errs, loops...)
			continue
		}
		s.sets[name] = t
		trial, err := s.trial(t)
		if err != nil {
			return nil, err
		}
		errs = append(errs, trial...)
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

// ranges refuses the ranges of t over constants too large to run.
func (s *Set) ranges(t *template.Template) model.ErrorList {
	var errs model.ErrorList
	for _, b := range t.Templates() {
		for _, err := range bound.Ranges(b.Tree) {
			errs = append(errs, s.convert(err))
		}
	}
	return errs
}

// trial runs every block of t on a full and an empty sample, so that a
// misspelt field is reported when the site loads, not only when an action
// needs the block. Each block runs within the set's limits; the end of
// their context is the error, the others are content errors.
func (s *Set) trial(t *template.Template) (model.ErrorList, error) {
	if s.stuck {
		return nil, nil
	}
	var errs model.ErrorList
	for _, d := range []*Data{sample(), {}} {
		for _, b := range t.Templates() {
			if b.Tree == nil || b.Name() == t.Name() {
				continue
			}
			err := s.execute(t, b.Name(), io.Discard, d)
			if err != nil && s.lim.Err() != nil {
				return nil, fmt.Errorf("scripts: %w", s.lim.Err())
			}
			if err != nil {
				errs = append(errs, s.convert(err))
			}
			if le := (*bound.Error)(nil); errors.As(err, &le) {
				s.stuck = true // each block given up on keeps a core busy
				return errs, nil
			}
		}
	}
	return errs, nil
}

// execute runs the block name of t within the set's limits. An execution
// that runs too long or writes too much is an error at the file of the
// block.
func (s *Set) execute(t *template.Template, name string, w io.Writer, data any) error {
	file := s.files[t.Name()].path
	if b := t.Lookup(name); b != nil && b.Tree != nil {
		if f, ok := s.files[b.Tree.ParseName]; ok {
			file = f.path
		}
	}
	return bound.Run(s.lim, file, w, func(w io.Writer) error {
		return t.ExecuteTemplate(w, name, data)
	})
}

// sample is a Data with every field set.
func sample() *Data {
	return &Data{ActionID: plan.ActionID{Name: plan.RuleCheckIn, Round: 1}.String(), Rule: plan.RuleCheckIn, Kind: "email", Due: "Wednesday 2 December",
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
	if le := (*bound.Error)(nil); errors.As(err, &le) {
		return &model.Error{Path: le.Name, Msg: le.Message()}
	}
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
