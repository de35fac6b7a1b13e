package render

import (
	"strconv"

	"github.com/followup-dev/followup/generator/model"
)

// funnel is how many applications reached each stage, drawn as an inline
// SVG: one centred bar a stage, as wide as its share of the applications.
type funnel struct {
	Steps      []funnelStep
	Height     int // of the SVG's view box
	Summary    string
	interviews int
}

// funnelStep is one bar of the funnel, in view-box units.
type funnelStep struct {
	Label     string
	N         int
	Share     string // "40%" of those applied
	X, Y, W   int
	TextY     int
	HasBar    bool
	BarHeight int
}

// Funnel geometry, in view-box units (the view box is 400 wide).
const (
	funnelBarLeft  = 104
	funnelBarWidth = 216
	funnelRow      = 40
	funnelBar      = 28
)

// reached returns which stages of the funnel an application got to.
func reached(app *model.Application) (applied, screened, interviewed, offered bool) {
	applied = !app.Applied.IsZero()
	for _, e := range app.Events {
		switch e.Type {
		case model.EventPhoneScreen:
			screened = true
		case model.EventInterview:
			screened, interviewed = true, true
		case model.EventOffer, model.EventAccepted, model.EventDeclined:
			screened, interviewed, offered = true, true, true
		}
	}
	return applied, screened, interviewed, offered
}

// newFunnel counts the applications at each stage and lays out the bars.
func newFunnel(apps []*model.Application) funnel {
	var n [4]int
	f := funnel{}
	for _, app := range apps {
		a, s, i, o := reached(app)
		for k, ok := range []bool{a, s, i, o} {
			if ok {
				n[k]++
			}
		}
		for _, e := range app.Events {
			if e.Type == model.EventInterview {
				f.interviews++
			}
		}
	}
	labels := []string{"Applied", "Screening", "Interviewing", "Offer"}
	for k, label := range labels {
		st := funnelStep{Label: label, N: n[k], Y: k * funnelRow, TextY: k*funnelRow + funnelBar/2 + 5, BarHeight: funnelBar}
		st.Share = percent(n[k], n[0])
		if n[0] > 0 && n[k] > 0 {
			st.W = max(4, n[k]*funnelBarWidth/n[0])
			st.X = funnelBarLeft + (funnelBarWidth-st.W)/2
			st.HasBar = true
		}
		f.Steps = append(f.Steps, st)
		if k > 0 {
			f.Summary += ", "
		}
		f.Summary += label + " " + strconv.Itoa(n[k])
	}
	f.Height = len(labels)*funnelRow - (funnelRow - funnelBar)
	return f
}

// percent returns n as a whole percentage of total: "40%", or "–" when
// total is zero.
func percent(n, total int) string {
	if total == 0 {
		return "–"
	}
	return strconv.Itoa((n*100+total/2)/total) + "%"
}

// channelRow is the response rate of one channel.
type channelRow struct {
	Channel   string
	Applied   int
	Responses int
	Rate      string
	BarWidth  int // of 100
}

// responded reports whether the employer answered an application in any
// way: a reply, a screen, an interview, an offer or a rejection. An
// automatic confirmation does not count.
func responded(app *model.Application) bool {
	for _, e := range app.Events {
		switch e.Type {
		case model.EventReply, model.EventPhoneScreen, model.EventInterview, model.EventOffer,
			model.EventRejected, model.EventAccepted, model.EventDeclined:
			return true
		}
	}
	return false
}

// channelRates returns the response rate of every channel used, in the
// order of model.Channels.
func channelRates(apps []*model.Application) []channelRow {
	var rows []channelRow
	for _, ch := range model.Channels {
		r := channelRow{Channel: ch}
		for _, app := range apps {
			if app.Channel != ch || app.Applied.IsZero() {
				continue
			}
			r.Applied++
			if responded(app) {
				r.Responses++
			}
		}
		if r.Applied == 0 {
			continue
		}
		r.Rate = percent(r.Responses, r.Applied)
		r.BarWidth = r.Responses * 100 / r.Applied
		rows = append(rows, r)
	}
	return rows
}
