package github

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/github/githubtest"
	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// fakeRepo starts a fake API for jordan/hunt and a Repo talking to it.
func fakeRepo(t *testing.T) (*githubtest.API, *Repo) {
	t.Helper()
	api := githubtest.New(t, "jordan", "hunt", "tok3n")
	env := map[string]string{"GITHUB_API_URL": api.URL(), "GITHUB_TOKEN": "tok3n", "GITHUB_REPOSITORY": "jordan/hunt"}
	repo, err := FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	return api, repo
}

func keys(ts []Task) []string {
	var ks []string
	for _, t := range ts {
		ks = append(ks, t.App+" "+t.Action)
	}
	return ks
}

func TestTodayOpensUpdatesAndCloses(t *testing.T) {
	dir := sitetest.New(t, hunt)
	api, repo := fakeRepo(t)
	ctx := context.Background()
	var out bytes.Buffer
	dec7 := model.NewDate(2026, 12, 7)
	if err := repo.Today(ctx, TodayOptions{Source: dir, Today: dec7, Out: &out}); err != nil {
		t.Fatal(err)
	}
	is := api.Issue(1)
	if is == nil || len(api.Issues) != 1 {
		t.Fatalf("want one issue opened, have %d", len(api.Issues))
	}
	if got, want := is.Title, "Follow-ups for Monday 7 December 2026"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if !slices.Equal(is.Labels, []string{"followup"}) || !slices.Equal(is.Assignees, []string{"jordan"}) {
		t.Errorf("labels %v, assignees %v; want [followup] and the owner [jordan]", is.Labels, is.Assignees)
	}
	if got := keys(Tasks(is.Body)); !slices.Equal(got, dayOrder) {
		t.Errorf("tasks\n%q\nwant\n%q\nbody:\n%s", got, dayOrder, is.Body)
	}
	checkFirstDay(t, is.Body)

	// The same day again, once status-check-1 of acme was ticked and
	// skipped: the issue is updated, the ticked task kept under Done.
	api.Issues[0].Body = strings.Replace(is.Body, "- [ ] **Acme Robotics**: Email", "- [x] **Acme Robotics**: Email", 1)
	sitetest.Write(t, dir, map[string]string{"content/applications/acme.yaml": hunt["content/applications/acme.yaml"] + "skip: [status-check-1]\n"})
	if err := repo.Today(ctx, TodayOptions{Source: dir, Today: dec7, Out: &out}); err != nil {
		t.Fatal(err)
	}
	if len(api.Issues) != 1 {
		t.Fatalf("the same day opened another issue: %d", len(api.Issues))
	}
	is = api.Issue(1)
	want := append(slices.Delete(slices.Clone(dayOrder), 4, 5), "acme status-check-1")
	if got := keys(Tasks(is.Body)); !slices.Equal(got, want) {
		t.Errorf("tasks after the update\n%q\nwant\n%q", got, want)
	}
	if !strings.Contains(is.Body, "### Done\n\n- [x] **Acme Robotics**: Email") {
		t.Errorf("the ticked task is not kept under Done:\n%s", is.Body)
	}

	// The next day: a new issue, and the one of the 7th closed with what
	// was left on it (every task but the one ticked).
	if err := repo.Today(ctx, TodayOptions{Source: dir, Today: dec7.AddDays(1), Out: &out}); err != nil {
		t.Fatal(err)
	}
	old, next := api.Issue(1), api.Issue(2)
	if old.State != "closed" || old.StateReason != "completed" || len(old.Comments) != 1 {
		t.Fatalf("the issue of the 7th: %s (%s), %d comments; want closed with one comment", old.State, old.StateReason, len(old.Comments))
	}
	c := old.Comments[0]
	if !strings.HasPrefix(c, "Left undone on Monday 7 December") || strings.Count(c, "\n- ") != 7 || strings.Contains(c, "status-check-1 -->") && strings.Contains(c, "Email Dana") {
		t.Errorf("the closing comment:\n%s", c)
	}
	if next == nil || next.Title != "Follow-ups for Tuesday 8 December 2026" || next.State != "open" {
		t.Errorf("the issue of the 8th: %+v", next)
	}
	if got := out.String(); got != "opened #1 Follow-ups for Monday 7 December 2026\nupdated #1 Follow-ups for Monday 7 December 2026\n"+
		"closed #1 Follow-ups for Monday 7 December 2026\nopened #2 Follow-ups for Tuesday 8 December 2026\n" {
		t.Errorf("Today printed\n%s", got)
	}
	for _, r := range api.Requests {
		if strings.HasPrefix(r, "GET /repos/jordan/hunt/issues?") && !strings.Contains(r, "labels=followup") {
			t.Errorf("issues listed without the label: %s", r)
		}
	}
}

// taskLines returns the task lines of body by record and action.
func taskLines(body string) map[string]string {
	m := map[string]string{}
	for _, t := range Tasks(body) {
		m[t.App+" "+t.Action] = t.Line
	}
	return m
}

func TestTodayLeavesOtherIssues(t *testing.T) {
	dir := sitetest.New(t, hunt)
	api, repo := fakeRepo(t)
	mine := api.Add("Follow-ups for Sunday 6 December 2026", "<!-- followup daily 2026-12-06 -->\nmy own notes", "jordan")
	var out bytes.Buffer
	if err := repo.Today(context.Background(), TodayOptions{Source: dir, Today: model.NewDate(2026, 12, 7), Out: &out}); err != nil {
		t.Fatal(err)
	}
	if is := api.Issue(mine); is.State != "open" || len(is.Comments) != 0 {
		t.Errorf("an issue without the label was closed or commented: %+v", is)
	}
}

func TestTodayInAnOrganization(t *testing.T) {
	dir := sitetest.New(t, hunt)
	api, repo := fakeRepo(t)
	api.Org = true
	var out bytes.Buffer
	if err := repo.Today(context.Background(), TodayOptions{Source: dir, Today: model.NewDate(2026, 12, 7), Out: &out}); err != nil {
		t.Fatal(err)
	}
	if is := api.Issue(1); is == nil || len(is.Assignees) != 0 || len(api.Issues) != 1 {
		t.Fatalf("want one issue, unassigned: %+v", is)
	}
	if !strings.HasPrefix(out.String(), "jordan cannot be assigned an issue") {
		t.Errorf("Today printed %q", out.String())
	}
}

func TestFromEnvErrors(t *testing.T) {
	for name, env := range map[string]map[string]string{
		"ErrNoRepository":  {"GITHUB_TOKEN": "t"},
		"ErrBadRepository": {"GITHUB_TOKEN": "t", "GITHUB_REPOSITORY": "jordan"},
		"ErrNoToken":       {"GITHUB_REPOSITORY": "jordan/hunt"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := FromEnv(func(k string) string { return env[k] }); err == nil {
				t.Error("no error")
			}
		})
	}
}

// checkFirstDay checks the tasks of the hunt's issue on 7 December.
func checkFirstDay(t *testing.T, body string) {
	t.Helper()
	lines := taskLines(body)
	acme := lines["acme confirm-receipt"]
	for _, want := range []string{
		"- [ ] **Acme Robotics**: ", " (due Mon 30 Nov, 7 days late)",
		" · [script](https://jordan.github.io/hunt/applications/acme/scripts/confirm-receipt/)",
		" · [page](https://jordan.github.io/hunt/applications/acme/) <!-- followup acme confirm-receipt -->",
	} {
		if !strings.Contains(acme, want) {
			t.Errorf("the task of acme's call lacks %q:\n%s", want, acme)
		}
	}
	if got := lines["gamma check-confirmation"]; !strings.Contains(got, "(due Wed 18 Nov, 19 days late)") || strings.Contains(got, "](") {
		t.Errorf("gamma is private and a published build has no page of it; its first task:\n%s", got)
	}
	if got, want := lines["beta "], "- [ ] 14:00 **Beta \\*Labs\\* \\<\\!-- x --\\>**: Interview, round 1 with Lee Park · [page](https://jordan.github.io/hunt/applications/beta/) <!-- followup meeting beta -->"; got != want {
		t.Errorf("the meeting\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(body, "<!-- followup acme confirm-receipt -->\n  > ") {
		t.Errorf("the call has no first line of its script under it:\n%s", body)
	}

}
