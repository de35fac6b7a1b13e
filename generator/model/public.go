package model

// Public returns a copy of the site as a published build may show it: no
// record marked private, no contact email or phone (the owner's included),
// no salary, no notes.
func (s *Site) Public() *Site {
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
		out.Applications = append(out.Applications, &c)
	}
	return &out
}
