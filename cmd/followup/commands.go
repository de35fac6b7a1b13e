package main

import (
	"flag"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/followup-dev/followup/content"
	"github.com/followup-dev/followup/generator/agenda"
	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
	"github.com/followup-dev/followup/generator/scaffold"
	"github.com/followup-dev/followup/generator/serve"
)

func cmdBuild(e *env, args []string) error {
	fs := newFlags(e, "build")
	var opts build.Options
	todayFlag := fs.String("today", "", "the build day, `YYYY-MM-DD` (default: today in the site's time zone): overdue follow-ups come to it in the feeds")
	fs.StringVar(&opts.Source, "source", ".", "the site's source `directory`")
	fs.StringVar(&opts.Dest, "dest", "", "the output `directory` (default SOURCE/public)")
	fs.StringVar(&opts.BaseURL, "base-url", "", "the site's absolute `URL`, overriding base_url in content/site.yaml")
	fs.BoolVar(&opts.Private, "private", false, "include private fields and records (keep such a build to yourself)")
	fs.BoolVar(&opts.Encrypt, "encrypt", false, "encrypt the build with the passphrase in $"+build.PassphraseVar+" (as publish.encrypt: true does)")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	fs.Visit(func(f *flag.Flag) { // -encrypt=false builds in the clear whatever publish.encrypt says
		opts.Clear = opts.Clear || f.Name == "encrypt" && !opts.Encrypt
	})
	var err error
	if opts.Today, err = e.today(*todayFlag, siteLocation(opts.Source)); err != nil {
		return err
	}
	opts.Passphrase = e.getenv(build.PassphraseVar)
	if opts.BaseURL != "" {
		if _, err := build.NormalizeBaseURL(opts.BaseURL); err != nil {
			return fmt.Errorf("%w: -base-url: %v", errUsage, err)
		}
	}
	opts.Context = e.ctx
	if err := build.CheckDest(opts); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	res, err := build.Build(opts)
	if err != nil {
		return err
	}
	if res.Site != nil {
		printWarnings(e, res.Site)
	}
	st := res.Stats
	fmt.Fprintf(e.stdout, "built %d files in %s (%d written, %d unchanged, %d removed)\n",
		st.Written+st.Unchanged, build.Dest(opts), st.Written, st.Unchanged, st.Removed)
	if !res.Sealed {
		warnClear(e, opts.Private || (res.Site != nil && res.Site.Settings.Publish.Private))
	} else {
		warnWeak(e, opts.Passphrase)
	}
	return nil
}

func cmdServe(e *env, args []string) error {
	fs := newFlags(e, "serve")
	opts := serve.Options{Log: e.stderr}
	fs.StringVar(&opts.Source, "source", ".", "the site's source `directory`")
	fs.StringVar(&opts.Bind, "bind", "127.0.0.1", "the `address` to listen on")
	fs.IntVar(&opts.Port, "port", 1313, "the `port` to listen on")
	fs.DurationVar(&opts.Poll, "poll", 0, "look for changes every `INTERVAL` (e.g. 500ms) instead of file system events")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	return serve.Run(e.ctx, opts)
}

func cmdCheck(e *env, args []string) error {
	fs := newFlags(e, "check")
	source := fs.String("source", ".", "the site's source `directory`")
	todayFlag := fs.String("today", "", "the day to check as of, `YYYY-MM-DD` (default: today in the site's time zone)")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	today, err := e.today(*todayFlag, siteLocation(*source))
	if err != nil {
		return err
	}
	site, actions, err := build.Check(build.Options{Source: *source, Context: e.ctx, Today: today})
	if err != nil {
		return err
	}
	site.Warnings = append(site.Warnings, build.Ahead(site, today)...)
	site.Warnings.Sort()
	printWarnings(e, site)
	fmt.Fprintf(e.stdout, "ok: %d applications, %d advice pages, %d actions\n",
		len(site.Applications), len(site.Advice), len(actions))
	return nil
}

func cmdPlan(e *env, args []string) error {
	fs := newFlags(e, "plan")
	source := fs.String("source", ".", "the site's source `directory`")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	_, actions, err := build.Load(*source)
	if err != nil {
		return err
	}
	if *asJSON {
		return plan.WriteJSON(e.stdout, actions)
	}
	return plan.WriteText(e.stdout, actions)
}

func cmdAgenda(e *env, args []string) error {
	fs := newFlags(e, "agenda")
	source := fs.String("source", ".", "the site's source `directory`")
	todayFlag := fs.String("today", "", "the day to look from, `YYYY-MM-DD` (default: today)")
	days := fs.Int("days", 14, "how many `days` ahead to show")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *days < 0 || *days > agenda.MaxDays {
		return fmt.Errorf("%w: -days must be from 0 to %d (ten years)", errUsage, agenda.MaxDays)
	}
	if _, err := e.today(*todayFlag, time.UTC); err != nil {
		return err
	}
	site, actions, err := build.Load(*source)
	if err != nil {
		return err
	}
	// Without -today, today is the date in the site's time zone.
	today, _ := e.today(*todayFlag, site.Settings.Location)
	if *asJSON {
		return agenda.WriteJSON(e.stdout, actions, today, *days)
	}
	return agenda.Write(e.stdout, actions, today, *days, e.color())
}

func cmdNew(e *env, args []string) error {
	fs := newFlags(e, "new")
	source := fs.String("source", ".", "the site's source `directory`")
	dateFlag := fs.String("date", "", "the application date, `YYYY-MM-DD` (default: today)")
	slugFlag := fs.String("slug", "", "the record's file name without .yaml, `SLUG` (default: made from the company and the role)")
	pos, err := parse(fs, args, 2)
	if err != nil {
		return err
	}
	if *slugFlag != "" && !model.ValidSlug(*slugFlag) {
		return fmt.Errorf("%w: -slug %q: use lowercase letters, digits and single hyphens, such as acme-backend", errUsage, *slugFlag)
	}
	today, err := e.today(*dateFlag, siteLocation(*source))
	if err != nil {
		return err
	}
	if now, _ := e.today("", siteLocation(*source)); *dateFlag != "" {
		if err := notAhead("-date", today, now); err != nil {
			return err
		}
	}
	path, err := scaffold.NewRecord(*source, today, pos[0], pos[1], *slugFlag)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", path)
	return nil
}

func cmdInit(e *env, args []string) error {
	fs := newFlags(e, "init")
	zone := fs.String("timezone", "UTC", "the hunt's time `zone`, a name such as America/Chicago: its days, and when the daily issue opens")
	pos, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	loc, err := time.LoadLocation(*zone)
	if err != nil || *zone == "" || *zone == "Local" {
		return fmt.Errorf("%w: -timezone %q is not a time zone of the IANA database, such as America/Chicago", errUsage, *zone)
	}
	info, ok := debug.ReadBuildInfo()
	if err := scaffold.Init(pos[0], content.Defaults, scaffold.Options{Version: scaffold.Version(info, ok), Location: loc}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "created a new job hunt in %s\nnext: cd %s && followup new \"Company\" \"Role\" && followup serve\n", pos[0], pos[0])
	return nil
}

// siteLocation returns the time zone of the hunt in source, in which its
// days begin and end: UTC when its settings name none.
func siteLocation(source string) *time.Location {
	s, _ := load.Settings(source) // its Location is never nil
	return s.Location
}

// today returns the date given on the command line, or today's date in loc.
func (e *env) today(flagValue string, loc *time.Location) (model.Date, error) {
	if flagValue == "" {
		return model.DateOf(e.now().In(loc)), nil
	}
	d, err := model.ParseDate(flagValue)
	if err != nil {
		return model.Date{}, fmt.Errorf("%w: %v", errUsage, err)
	}
	return d, nil
}

// notAhead refuses an application date after today: a record says when
// one was sent; one still to send is on the wish list (status: wishlist).
func notAhead(flag string, d, today model.Date) error {
	if d.After(today) {
		return fmt.Errorf("%w: %s %s is after today (%s): give the day you applied, or leave it out for an application still to send", errUsage, flag, d, today)
	}
	return nil
}

// moment returns "now" for what has happened: the clock in loc, or with a
// day on the command line, the last instant of that day, when all of it
// has happened. The flag was checked already (see today).
func (e *env) moment(flagValue string, loc *time.Location) time.Time {
	if flagValue == "" {
		return e.now().In(loc)
	}
	d, _ := model.ParseDate(flagValue)
	return d.End(loc)
}

// color reports whether output may use ANSI colour: only on a terminal, and
// never when NO_COLOR is set (https://no-color.org).
func (e *env) color() bool {
	return e.isTerminal && e.getenv("NO_COLOR") == ""
}

// printWarnings prints the problems of site that do not stop a build, such
// as an interview at a time the clocks skip, as path:line:col on stderr.
func printWarnings(e *env, site *model.Site) {
	for _, w := range site.Warnings {
		fmt.Fprintf(e.stderr, "%s:%d:%d: warning: %s\n", w.Path, max(w.Line, 1), max(w.Col, 1), w.Msg)
	}
}
