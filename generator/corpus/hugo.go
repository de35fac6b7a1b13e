package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// The layouts of the Hugo site that build times are compared against: one
// single.html and one list.html, nothing else.
const (
	hugoConfig = "baseURL = \"https://example.org/\"\ntitle = \"bench\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n"
	hugoSingle = "<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n"
	hugoList   = "<!doctype html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n"
)

// HugoTiny writes into dir a Hugo site of n short Markdown pages: a title
// and a few lines of Markdown each.
func HugoTiny(dir string, n int) error {
	return writeHugo(dir, n, func(i int) (string, string) {
		return fmt.Sprintf("Application %d", i), fmt.Sprintf(
			"## Notes\n\nApplied to *Company %d* for a role. Called the **recruiter** once.\n\n- item one\n- item two\n", i)
	})
}

// HugoRecords writes into dir a Hugo site with one Markdown page for each
// of apps, holding what followup's page of the application shows: its
// facts, contacts, history and notes.
func HugoRecords(dir string, apps []*model.Application) error {
	return writeHugo(dir, len(apps), func(i int) (string, string) {
		return apps[i].Company + ": " + apps[i].Role, recordMarkdown(apps[i])
	})
}

func writeHugo(dir string, n int, page func(i int) (title, body string)) error {
	posts := filepath.Join(dir, "content", "posts")
	layouts := filepath.Join(dir, "layouts", "_default")
	for _, d := range []string{posts, layouts} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	for name, text := range map[string]string{
		filepath.Join(dir, "hugo.toml"):       hugoConfig,
		filepath.Join(layouts, "single.html"): hugoSingle,
		filepath.Join(layouts, "list.html"):   hugoList,
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return err
		}
	}
	for i := range n {
		title, body := page(i)
		md := fmt.Sprintf("---\ntitle: %q\ndate: 2026-01-01\n---\n\n%s", title, body)
		if err := os.WriteFile(filepath.Join(posts, fmt.Sprintf("p%d.md", i)), []byte(md), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// recordMarkdown returns the Markdown of one application's page.
func recordMarkdown(a *model.Application) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## The application\n\n- Applied: %s\n- Channel: %s\n- Location: %s\n- Posting: <%s>\n- Pitch: %s\n\n",
		a.Applied, a.Channel, a.Location, a.Link, a.Pitch)
	b.WriteString("## Contacts\n\n| Name | Role | Title |\n|---|---|---|\n")
	for _, c := range a.Contacts {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", c.Name, c.Role, c.Title)
	}
	b.WriteString("\n## History\n\n")
	for _, e := range a.Events {
		fmt.Fprintf(&b, "- %s: **%s**", e.Date, e.Type)
		if len(e.With) > 0 {
			fmt.Fprintf(&b, " with %s", strings.Join(e.With, ", "))
		}
		if len(e.To) > 0 {
			fmt.Fprintf(&b, " to %s", strings.Join(e.To, ", "))
		}
		if e.Note != "" {
			fmt.Fprintf(&b, ". %s", e.Note)
		}
		b.WriteString("\n")
	}
	if a.Notes != "" {
		b.WriteString("\n## Notes\n\n" + a.Notes)
	}
	return b.String()
}
