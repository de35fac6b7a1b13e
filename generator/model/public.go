package model

// Public returns the site as a published build may show it: no record
// marked private, no contact email or phone (the owner's included), no
// salary, no notes, the record's or an event's. It is a copy, or s itself when s holds none of these,
// as the result of Public does.
func (s *Site) Public() *Site {
	if s.isPublic() {
		return s
	}
	out := *s
	out.Settings.Owner.Email, out.Settings.Owner.Phone = "", ""
	out.Applications = nil
	for _, a := range s.Applications {
		if a.Private {
			continue
		}
		c := *a
		c.Salary = ""
		c.Notes = ""
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
		out.Applications = append(out.Applications, &c)
	}
	return &out
}

// isPublic reports whether s holds nothing Public leaves out.
func (s *Site) isPublic() bool {
	if s.Settings.Owner.Email != "" || s.Settings.Owner.Phone != "" {
		return false
	}
	for _, a := range s.Applications {
		if a.Private || a.Salary != "" || a.Notes != "" {
			return false
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
