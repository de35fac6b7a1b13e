package posting

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scaffold"
)

// Options are the inputs of Add.
type Options struct {
	Context context.Context
	Source  string     // the site's directory
	Today   model.Date // the day the posting is saved, in the site's time zone
	Applied model.Date // zero: a wishlist record
	DryRun  bool       // make the record, write nothing
	Client  *http.Client
	MaxPage int64 // 0: MaxPage
}

// Result is what Add made.
type Result struct {
	Posting     *Posting
	Slug        string
	Record      []byte // the record's text
	Description []byte // the posting's description as Markdown; nil when the page had none
	Written     []string
}

// Add reads the posting at arg (an http(s) address, or an HTML file) and
// writes a record from it, as `followup new` does, with the posting's
// description beside it (scaffold.PostingPath). Every field read is
// commented with where it came from. On a dry run it writes nothing.
func Add(opts Options, arg string) (*Result, error) {
	if _, err := os.Stat(filepath.Join(opts.Source, "content", "site.yaml")); err != nil {
		return nil, fmt.Errorf("add: %s is not a followup site (no content/site.yaml; followup init makes one)", opts.Source)
	}
	data, pageURL, err := readArg(opts, arg)
	if err != nil {
		return nil, fmt.Errorf("add: %w", err)
	}
	return AddPage(opts, arg, data, pageURL, nil)
}

// Edited is what the record says of a value typed in by hand.
const Edited = "typed in by hand"

// AddPage is Add of a page already read: data, read from pageURL ("" for
// a file), named name in messages. Each value of edits, by record key
// (company, role, location, salary, link, reference, apply_by), replaces
// what the page gave, as serve's New application form sends them.
func AddPage(opts Options, name string, data []byte, pageURL string, edits map[string]string) (*Result, error) {
	if opts.Applied.After(opts.Today) {
		return nil, fmt.Errorf("add: the day you applied, %s, is after today (%s): give the day you applied, or leave it out for an application still to send",
			opts.Applied, opts.Today)
	}
	// As for followup new, settings with problems still give a time zone;
	// check and build report the problems.
	settings, _ := load.Settings(opts.Source)
	p, err := Parse(strings.NewReader(string(data)), pageURL, settings.Location)
	if err != nil {
		return nil, fmt.Errorf("add: %s: %w", name, err)
	}
	if err := p.edit(edits); err != nil {
		return nil, fmt.Errorf("add: %w", err)
	}
	if p.Role == "" || p.Company == "" {
		return nil, fmt.Errorf("add: %s names no %s (%s): write the record with followup new COMPANY ROLE",
			name, missing(p), p.Unread[0])
	}
	res := &Result{Posting: p, Slug: scaffold.Slug(p.Company, p.Role)}
	if res.Slug == "" {
		return nil, fmt.Errorf("add: cannot make a file name from %q and %q: use followup new", p.Company, p.Role)
	}
	if p.Description != "" {
		res.Description = description(p, opts.Today, pageURL)
	}
	if res.Record, err = recordOf(p, opts, res); err != nil {
		return nil, fmt.Errorf("add: %w", err)
	}
	path := model.RecordFile(res.Slug)
	if _, errs := load.Application(&settings, path, res.Record); len(errs) > 0 {
		return nil, fmt.Errorf("add: the record does not load: %w", errs.Err())
	}
	if opts.DryRun {
		return res, nil
	}
	if err := scaffold.WriteRecord(opts.Source, res.Slug, res.Record); err != nil {
		return nil, fmt.Errorf("add: %w", err)
	}
	res.Written = append(res.Written, path)
	if res.Description != nil {
		if err := scaffold.WritePosting(opts.Source, res.Slug, res.Description); err != nil {
			return res, fmt.Errorf("add: %w", err)
		}
		res.Written = append(res.Written, scaffold.PostingPath(res.Slug))
	}
	return res, nil
}

// edit replaces the values of p that edits gives, as text of one line.
func (p *Posting) edit(edits map[string]string) error {
	fields := map[string]*string{"company": &p.Company, "role": &p.Role, "location": &p.Location,
		"salary": &p.Salary, "link": &p.Link, "reference": &p.Reference}
	for k, v := range edits {
		v = collapse(v)
		switch f, ok := fields[k]; {
		case k == "apply_by" && v == "":
			p.ApplyBy = model.Date{}
		case k == "apply_by":
			d, err := model.ParseDate(v)
			if err != nil {
				return fmt.Errorf("apply_by: %v", err)
			}
			if d == p.ApplyBy {
				continue
			}
			p.ApplyBy = d
		case !ok:
			return fmt.Errorf("no field %q in a record made from a posting", k)
		case k == "link" && v != "" && !httpURL(v):
			return fmt.Errorf("the link %q is not an http(s) address", v)
		case v == *f:
			continue
		default:
			*f = v
		}
		if v == "" {
			delete(p.From, k)
		} else {
			p.From[k] = Edited
		}
		if k == "link" {
			p.Site = ""
			delete(p.From, "source")
			if u, err := url.Parse(v); err == nil && u.Hostname() != "" {
				p.Site, p.From["source"] = u.Hostname(), "the link's host"
			}
		}
	}
	return nil
}

// readArg reads a posting page: fetched when arg is an address, else the
// file arg, at most MaxPage bytes either way.
func readArg(opts Options, arg string) ([]byte, string, error) {
	max := opts.MaxPage
	if max <= 0 {
		max = MaxPage
	}
	if scheme, _, ok := strings.Cut(arg, "://"); ok && !strings.ContainsAny(scheme, `/\.`) {
		ctx := opts.Context
		if ctx == nil {
			ctx = context.Background()
		}
		return Fetch(ctx, opts.Client, arg, max)
	}
	f, err := os.Open(arg)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, "", err
	}
	if int64(len(data)) > max {
		return nil, "", fmt.Errorf("%s is more than the %d bytes a posting page may have", arg, max)
	}
	return data, "", nil
}

// missing names the required fields p lacks.
func missing(p *Posting) string {
	switch {
	case p.Role == "" && p.Company == "":
		return "role and no company"
	case p.Role == "":
		return "role"
	}
	return "company"
}

// recordOf returns the text of the record for p.
func recordOf(p *Posting, opts Options, res *Result) ([]byte, error) {
	r := scaffold.Record{
		Company: p.Company, Role: p.Role, Applied: opts.Applied, Source: p.Site, Link: p.Link,
		Location: p.Location, Salary: p.Salary, Reference: p.Reference, ApplyBy: p.ApplyBy,
		Example: opts.Today, From: map[string]string{},
	}
	for k, v := range p.From {
		if v != Edited {
			v = "from " + v
		}
		r.From[k] = v
	}
	if opts.Applied.IsZero() {
		r.Status = model.StatusWishlist
	} else {
		r.From["applied"] = "from -applied"
	}
	if res.Description != nil {
		r.Notes = fmt.Sprintf("The posting as it read on %s is kept in %s.", opts.Today, scaffold.PostingPath(res.Slug))
	}
	return scaffold.RecordText(r)
}

// description returns the Markdown file that keeps the posting's text.
func description(p *Posting, today model.Date, pageURL string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s at %s\n\n", p.Role, p.Company)
	switch {
	case p.Link != "":
		fmt.Fprintf(&b, "Saved on %s from <%s>.\n\n", today, p.Link)
	case pageURL != "":
		fmt.Fprintf(&b, "Saved on %s from <%s>.\n\n", today, pageURL)
	default:
		fmt.Fprintf(&b, "Saved on %s.\n\n", today)
	}
	b.WriteString(p.Description)
	b.WriteString("\n")
	return []byte(b.String())
}
