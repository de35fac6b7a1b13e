package plan

import (
	"encoding/json"
	"io"

	"github.com/followup-dev/followup/generator/model"
)

// Item is an action as `followup plan -json` prints it.
type Item struct {
	Application string `json:"application"` // the record's slug
	Company     string `json:"company"`
	Role        string `json:"role"`
	Action      string `json:"action"` // the action id
	Kind        string `json:"kind"`
	Due         string `json:"due"` // YYYY-MM-DD
	To          string `json:"to"`  // names joined by ", "; "" for nobody
	State       string `json:"state"`
	Source      string `json:"source"` // the playbook's letters, e.g. "A,E"
}

// NewItem returns the JSON form of a.
func NewItem(a *model.Action) Item {
	return Item{
		Application: a.App.Slug, Company: a.App.Company, Role: a.App.Role,
		Action: a.ID, Kind: string(a.Kind), Due: a.Due.String(), To: a.ToNames(),
		State: string(a.State), Source: a.Source,
	}
}

// WriteJSON writes actions as one JSON array, indented by two spaces, with
// a final newline.
func WriteJSON(w io.Writer, actions []*model.Action) error {
	items := make([]Item, len(actions))
	for i, a := range actions {
		items[i] = NewItem(a)
	}
	return EncodeJSON(w, items)
}

// EncodeJSON writes v indented by two spaces with a final newline, leaving
// <, > and & as they are.
func EncodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
