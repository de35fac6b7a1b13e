package record

import (
	"errors"
	"fmt"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// ErrUsage marks an error of what the command line asked for: an unknown
// or ambiguous application or action, a bad date or flag value.
var ErrUsage = errors.New("usage")

// usagef returns an error wrapping ErrUsage.
func usagef(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUsage, fmt.Sprintf(format, args...))
}

// Find returns the application q names: its slug, a prefix of only one
// slug, or its company name, each in any case (slugs are lowercase). An unknown or ambiguous q is an
// ErrUsage error that lists the candidates.
func Find(apps []*model.Application, q string) (*model.Application, error) {
	var company, prefix []*model.Application
	lower := strings.ToLower(q)
	for _, a := range apps {
		if a.Slug == lower {
			return a, nil
		}
		if strings.EqualFold(a.Company, q) {
			company = append(company, a)
		}
		if strings.HasPrefix(a.Slug, lower) {
			prefix = append(prefix, a)
		}
	}
	for _, found := range [][]*model.Application{company, prefix} {
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return nil, usagef("%q could be any of %s: give more of the slug", q, slugs(found))
		}
	}
	var near []*model.Application
	for _, a := range apps {
		if distance(q, a.Slug) <= 3 || distance(strings.ToLower(q), strings.ToLower(a.Company)) <= 2 ||
			len(q) >= 3 && strings.Contains(a.Slug, strings.ToLower(q)) {
			near = append(near, a)
		}
	}
	if len(near) > 0 {
		return nil, usagef("no application %q: did you mean %s?", q, slugs(near))
	}
	if len(apps) == 0 {
		return nil, usagef("no application %q: the site has no records yet (followup new writes one)", q)
	}
	return nil, usagef("no application %q; the applications are %s", q, slugs(apps))
}

// slugs lists the applications' slugs, at most ten of them.
func slugs(apps []*model.Application) string {
	var s []string
	for i, a := range apps {
		if i == 10 {
			s = append(s, fmt.Sprintf("and %d more", len(apps)-10))
			break
		}
		s = append(s, a.Slug)
	}
	return strings.Join(s, ", ")
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
