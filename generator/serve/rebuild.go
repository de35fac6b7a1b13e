package serve

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// buildLoop builds once for every batch of changes, one build at a time;
// changes queued during a build start the next one right after it. At
// midnight in the hunt's time zone it builds everything again: the build
// day is an input of every page and feed.
func (s *Server) buildLoop(ctx context.Context) {
	midnight := time.NewTimer(s.untilMidnight())
	defer midnight.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-midnight.C:
			s.publish(s.buildSite(nil))
		case <-s.queue.kick:
			changed := s.queue.take()
			if len(changed) == 0 {
				continue
			}
			s.publish(s.buildSite(changed))
		}
		midnight.Stop()
		midnight.Reset(s.untilMidnight())
	}
}

// untilMidnight returns how long until the next day begins in the site's
// time zone (UTC before the first build), a second past it.
func (s *Server) untilMidnight() time.Duration {
	loc := s.loc
	if loc == nil {
		loc = time.UTC
	}
	next := model.DateOf(time.Now().In(loc)).AddDays(1).In(loc)
	return time.Until(next) + time.Second
}

// buildSite builds the site after the changed files (absolute paths; nil
// for the first build) and returns what to serve: the new files, or the
// previous ones with the error. When only records changed since the last
// good build, only their pages are rendered again; the pages that sum up
// every record are rendered when first asked for.
func (s *Server) buildSite(changed []string) *snapshot {
	start := time.Now()
	s.builds++
	snap := &snapshot{version: fmt.Sprintf("%s-%d", s.instance, s.builds), base: "/"}
	if prev := s.h.current.Load(); prev != nil {
		snap.files, snap.summaries, snap.base = prev.files, prev.summaries, prev.base
	}
	s.dirty.note(s.abs, changed)
	site, err := s.loader.Site(s.ctx)
	var next *rendered
	var today model.Date
	if err == nil {
		today = model.DateOf(time.Now().In(site.Settings.Location))
		if s.dirty.all || s.last == nil || today != s.day {
			next, err = s.renderAll(site, today)
		} else {
			next, err = s.renderRecords(s.last, site, slices.Sorted(maps.Keys(s.dirty.slugs)))
		}
	}
	took := time.Since(start).Round(time.Millisecond)
	if err != nil {
		snap.err = err
		fmt.Fprintf(s.log, "Build failed in %v%s:\n%v\n", took, s.what(changed), err)
		return snap
	}
	s.last, s.dirty, s.day, s.loc = next, dirty{}, today, site.Settings.Location
	snap.files, snap.summaries, snap.base = next.files, newSummaries(next.output), basePath(site.Settings.BaseURL)
	fmt.Fprintf(s.log, "Built %d files in %v%s\n", len(snap.files), took, s.what(changed))
	return snap
}

// publish serves snap from now on and then reloads every open page.
func (s *Server) publish(snap *snapshot) {
	s.h.current.Store(snap)
	s.h.reload.publish(snap.version)
}

// what names the changed files for the log, relative to the source.
func (s *Server) what(changed []string) string {
	if len(changed) == 0 {
		return ""
	}
	rel, err := filepath.Rel(s.abs, changed[0])
	if err != nil {
		rel = changed[0]
	}
	if len(changed) > 1 {
		return fmt.Sprintf(" (%s and %d more changed)", filepath.ToSlash(rel), len(changed)-1)
	}
	return " (" + filepath.ToSlash(rel) + " changed)"
}

// basePath returns the path of the base URL, starting and ending in "/".
func basePath(baseURL string) string {
	u, err := url.Parse(baseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	p := u.Path
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p
}
