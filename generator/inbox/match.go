package inbox

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/record"
)

// found is the application a message belongs to, and the contact who sent
// it when the sender is one.
type found struct {
	app     *model.Application
	contact *model.Contact
	reason  string
}

// match finds the application m belongs to: by the sender's address among
// the contacts, else by the sender's domain (that of a contact's address or
// of the posting's link; not a domain many employers share), else by the
// company's name in the subject. An invitation sent by a scheduling
// service or an applicant tracking system is matched by its organiser and
// attendees too, as if they had sent it. Several candidates are narrowed
// by the subject; when that leaves none or several, it says why in unsure.
func match(m *Message, inv *record.Invitation, apps []*model.Application, rules *Rules) (f found, unsure string) {
	var cands []found
	senders := senders(m, inv)
	for _, s := range senders {
		for _, a := range apps {
			for i := range a.Contacts {
				if c := &a.Contacts[i]; c.Email != "" && strings.EqualFold(c.Email, s.addr) {
					cands = append(cands, found{a, c, fmt.Sprintf("%s %s, a contact of %s", s.who, c.Name, a.Slug)})
				}
			}
		}
		if len(cands) > 0 {
			break
		}
	}
	for _, s := range senders {
		dom := domainOf(s.addr)
		if len(cands) > 0 || dom == "" || shared(dom, rules) || s.attendee {
			continue
		}
		for _, a := range apps {
			if why := sameDomain(a, dom); why != "" {
				cands = append(cands, found{app: a, reason: fmt.Sprintf("%s domain %s is that of %s's %s", s.whose, dom, a.Slug, why)})
			}
		}
	}
	if len(cands) == 0 {
		for _, a := range apps {
			cands = append(cands, found{app: a, reason: fmt.Sprintf("the subject names %s", a.Company)})
		}
		cands = slices.DeleteFunc(cands, func(f found) bool { return !namesCompany(m.Subject, f.app.Company) })
	} else if len(cands) > 1 {
		named := slices.DeleteFunc(slices.Clone(cands), func(f found) bool { return !namesCompany(m.Subject, f.app.Company) })
		if len(named) > 0 {
			cands = named
		}
	}
	switch len(cands) {
	case 0:
		return found{}, fmt.Sprintf("from %s, whom no application knows, and the subject names no company of the hunt", m.From)
	case 1:
		return cands[0], ""
	}
	var slugs []string
	for _, c := range cands {
		if !slices.Contains(slugs, c.app.Slug) {
			slugs = append(slugs, c.app.Slug)
		}
	}
	if len(slugs) == 1 {
		return cands[0], ""
	}
	return found{}, "it could be about " + strings.Join(slugs, " or ")
}

// domainOf returns the domain of an address, lower case.
func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}

// base returns the domain an organisation registered, one label under a
// public suffix (the Public Suffix List, as golang.org/x/net has it):
// jobs.acme.example → acme.example, careers.acme.co.uk → acme.co.uk.
func base(dom string) string {
	dom = strings.TrimSuffix(strings.ToLower(dom), ".")
	if b, err := publicsuffix.EffectiveTLDPlusOne(dom); err == nil {
		return b
	}
	return dom // a public suffix itself, or no domain
}

// shared reports whether dom is one that writes for many employers.
func shared(dom string, rules *Rules) bool {
	for _, s := range rules.SharedDomains {
		if s = strings.ToLower(strings.TrimSpace(s)); dom == s || strings.HasSuffix(dom, "."+s) {
			return true
		}
	}
	return false
}

// sameDomain says what of a has the base domain of dom: "contacts" or
// "posting", or "".
func sameDomain(a *model.Application, dom string) string {
	for _, c := range a.Contacts {
		if d := domainOf(c.Email); d != "" && base(d) == base(dom) {
			return "contacts"
		}
	}
	if u, err := url.Parse(a.Link); err == nil && u.Hostname() != "" && base(u.Hostname()) == base(dom) {
		return "posting"
	}
	return ""
}

// namesCompany reports whether subject holds the company's name as words.
func namesCompany(subject, company string) bool {
	s, c := " "+norm(subject)+" ", norm(company)
	return c != "" && strings.Contains(s, " "+c+" ")
}

// norm lowercases s and turns every run of other than letters and digits
// into one space.
func norm(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}), " ")
}

// sender is an address a message comes from.
type sender struct {
	addr       string
	who, whose string // "the sender is", "the sender's"
	attendee   bool   // an attendee of the invitation: matched by address only
}

// senders returns the addresses m comes from: its sender's, then, for an
// invitation (inv, read from its calendar part; nil when none or
// unreadable), its organiser's and its attendees'.
func senders(m *Message, inv *record.Invitation) []sender {
	out := []sender{{m.From, "the sender is", "the sender's", false}}
	if inv == nil {
		return out
	}
	if o := inv.Organizer.Email; o != "" && !strings.EqualFold(o, m.From) {
		out = append(out, sender{strings.ToLower(o), "the invitation's organiser is", "the invitation's organiser's", false})
	}
	for _, e := range inv.Emails {
		if e != "" {
			out = append(out, sender{strings.ToLower(e), "the invitation's attendee is", "", true})
		}
	}
	return out
}
