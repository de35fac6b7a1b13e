package model

// Public returns the site as a published build may show it: no record
// marked private, no contact email or phone (the owner's included), no
// salary, no notes, the record's or an event's, and nothing kept for the
// work-search log (a record's reference and employer details, the
// activities). It returns a copy, or s itself when s holds none of these:
// callers share the result and must not change it.
func (s *Site) Public() *Site {
	if s.isPublic() {
		return s
	}
	out := *s
	out.Settings.Owner.Email, out.Settings.Owner.Phone = "", ""
	out.Activities = nil
	out.Applications = nil
	for _, a := range s.Applications {
		if a.Private {
			continue
		}
		c := publicApp(a)
		if a.History != nil {
			h := *a.History
			h.Revisions = make([]Revision, len(a.History.Revisions))
			for i, r := range a.History.Revisions {
				r.App = publicApp(r.App)
				h.Revisions[i] = r
			}
			c.History = &h
		}
		out.Applications = append(out.Applications, c)
	}
	return &out
}

// isPublic reports whether s holds nothing Public leaves out.
func (s *Site) isPublic() bool {
	if s.Settings.Owner.Email != "" || s.Settings.Owner.Phone != "" || len(s.Activities) > 0 {
		return false
	}
	for _, a := range s.Applications {
		if a.Private || a.Salary != "" || a.Notes != "" || a.History != nil || a.Reference != "" || a.Employer != (Employer{}) {
			return false // what git holds of a record is not checked: copied anyway
		}
		for _, c := range a.Contacts {
			if c.Email != "" || c.Phone != "" {
				return false
			}
		}
		for _, ev := range a.Events {
			if ev.Note != "" {
				return false
			}
		}
	}
	return true
}

// publicApp returns a copy of a without its private fields.
func publicApp(a *Application) *Application {
	c := *a
	c.Salary = ""
	c.Notes = ""
	c.Reference = ""
	c.Employer = Employer{}
	c.Contacts = make([]Contact, len(a.Contacts))
	for i, ct := range a.Contacts {
		ct.Email, ct.Phone = "", ""
		c.Contacts[i] = ct
	}
	c.Events = make([]Event, len(a.Events))
	for i, ev := range a.Events {
		ev.Note = ""
		c.Events[i] = ev
	}
	return &c
}
