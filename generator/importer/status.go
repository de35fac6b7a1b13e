package importer

import "github.com/followup-dev/followup/generator/model"

// A stage is where a tracker's status puts an application, in the terms of
// the record schema.
type stage struct {
	wishlist bool   // not applied yet: status: wishlist
	event    string // the event the status stands for, written only with a date from the file
	status   string // a settable status to write when the file gives no date, or ""
}

// statuses maps the statuses and list names of the trackers and of
// spreadsheets, normalised by normHeader, to stages. A status not here
// goes into the record's notes. Correct or extend it here.
var statuses = map[string]stage{
	// Not applied yet.
	"wishlist": {wishlist: true}, "bookmarked": {wishlist: true}, "saved": {wishlist: true},
	"interested": {wishlist: true}, "toapply": {wishlist: true}, "applying": {wishlist: true},
	"planned": {wishlist: true}, "draft": {wishlist: true},
	// Applied, nothing more known.
	"applied": {}, "submitted": {}, "sent": {}, "pending": {}, "waiting": {},
	// Further on: an event, when the file says when.
	"phonescreen": {event: model.EventPhoneScreen}, "screening": {event: model.EventPhoneScreen},
	"screen":    {event: model.EventPhoneScreen},
	"interview": {event: model.EventInterview}, "interviewing": {event: model.EventInterview},
	"interviewed": {event: model.EventInterview},
	"offer":       {event: model.EventOffer}, "offered": {event: model.EventOffer},
	"negotiating": {event: model.EventOffer},
	"accepted":    {event: model.EventAccepted}, "hired": {event: model.EventAccepted},
	"declined": {event: model.EventDeclined},
	"rejected": {event: model.EventRejected}, "notselected": {event: model.EventRejected},
	"rejection": {event: model.EventRejected},
	// Endings the record can hold without a date.
	"withdrew":  {event: model.EventWithdrew, status: model.StatusWithdrawn},
	"withdrawn": {event: model.EventWithdrew, status: model.StatusWithdrawn},
	"iwithdrew": {event: model.EventWithdrew, status: model.StatusWithdrawn},
	"ghosted":   {status: model.StatusGhosted}, "noresponse": {status: model.StatusGhosted},
	"closed":         {event: model.EventClosed, status: model.StatusClosed},
	"positionclosed": {event: model.EventClosed, status: model.StatusClosed},
}
