package render

import (
	"strconv"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// ruleGroup is the rules of one stage of the playbook.
type ruleGroup struct {
	Stage string
	Rules []ruleView
}

// playbookRules returns the playbook's table of rules by stage, with the
// site's offsets applied and the rules it switched off marked.
func playbookRules(pb model.Playbook) []ruleGroup {
	var out []ruleGroup
	for _, r := range plan.Rules {
		off := r.Offset
		if o, ok := pb.Offsets[r.ID]; ok {
			off = o
		}
		v := ruleView{ID: r.ID, Kind: string(r.Kind), Due: offsetText(off, r.From), What: r.Title, Source: r.Source}
		if pb.Disabled[r.ID] {
			v.What += " (switched off in the settings)"
		}
		if n := len(out); n == 0 || out[n-1].Stage != r.Stage {
			out = append(out, ruleGroup{Stage: r.Stage})
		}
		g := &out[len(out)-1]
		g.Rules = append(g.Rules, v)
	}
	return out
}

// offsetText says when a rule falls due, as the playbook writes it:
// "applied + 5 business days", or "interview" for the day itself.
func offsetText(o model.Offset, from string) string {
	if o.N == 0 {
		return from
	}
	unit := "day"
	if o.Business {
		unit = "business day"
	}
	if o.N != 1 {
		unit += "s"
	}
	return from + " + " + strconv.Itoa(o.N) + " " + unit
}
