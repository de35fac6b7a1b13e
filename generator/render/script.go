package render

import (
	"html/template"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scripts"
)

// scriptPage is the data of applications/<slug>/scripts/<action>/index.html.
type scriptPage struct {
	page
	S         *scripts.Script
	Action    actionView
	Call      bool
	Email     bool
	Letter    bool
	Phone     string // private builds only
	Tel       template.URL
	Address   string // private builds only
	Mailto    template.URL
	TextURL   string
	AppURL    string
	AdviceURL string
	text      []byte // script.txt
}

// script fills the script of a pending call, email or letter.
func (b *build) script(a *model.Action) (*scriptPage, error) {
	s, err := b.r.scripts.Render(b.site, a, scripts.Options{Private: b.private, BaseURL: b.baseURL})
	if err != nil {
		return nil, err
	}
	av := b.action(a)
	p := &scriptPage{
		page: b.page(s.Title, ""), S: s, Action: av,
		Call: a.Kind == model.KindCall, Email: a.Kind == model.KindEmail, Letter: a.Kind == model.KindLetter,
		TextURL: b.url(scriptDir(a) + "script.txt"), AppURL: av.AppURL, AdviceURL: av.AdviceURL,
		Mailto: mailtoLink(s.Mailto, b.private),
		text:   []byte(s.PlainText()),
	}
	if b.private {
		p.Phone, p.Tel, p.Address = s.Phone, telLink(s.Phone), s.Email
	}
	return p, nil
}
