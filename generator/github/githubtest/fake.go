// Package githubtest is a fake of the part of GitHub's REST API that followup
// uses, for tests: issues of one repository, their comments, and the
// permission of a collaborator. It keeps everything in memory and records
// every request.
package githubtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Issue is an issue as the fake keeps it.
type Issue struct {
	Number      int      `json:"number"`
	Title       string   `json:"title"`
	Body        string   `json:"body"`
	State       string   `json:"state"`
	StateReason string   `json:"state_reason,omitempty"`
	Labels      []string `json:"-"`
	Assignees   []string `json:"-"`
	Comments    []string `json:"-"`
	User        user     `json:"user"`
	LabelList   []label  `json:"labels"`
	AssigneeObj []user   `json:"assignees"`
	HTMLURL     string   `json:"html_url"`
}

type user struct {
	Login string `json:"login"`
	Type  string `json:"type,omitempty"`
}

type label struct {
	Name string `json:"name"`
}

// API is the fake. Its fields may be read once the requests are done.
type API struct {
	Server *httptest.Server
	Owner  string
	Repo   string
	Token  string // the token every request must carry
	// Org makes the owner an organization, which cannot be assigned an
	// issue: a create that tries is refused with 422, as GitHub does.
	Org bool

	mu          sync.Mutex
	Issues      []*Issue
	Permissions map[string]string // login → admin, write, read, none
	Requests    []string          // "METHOD /path?query"
}

// New starts a fake for the repository owner/repo that accepts token.
func New(t testing.TB, owner, repo, token string) *API {
	a := &API{Owner: owner, Repo: repo, Token: token, Permissions: map[string]string{}}
	a.Server = httptest.NewServer(http.HandlerFunc(a.serve))
	t.Cleanup(a.Server.Close)
	return a
}

// URL is what GITHUB_API_URL says: the API's root, without a slash.
func (a *API) URL() string { return a.Server.URL }

// Issue returns the issue numbered n, or nil.
func (a *API) Issue(n int) *Issue {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n < 1 || n > len(a.Issues) {
		return nil
	}
	c := *a.Issues[n-1]
	return &c
}

// Add adds an issue as if someone had opened it, and returns its number.
func (a *API) Add(title, body, author string, labels ...string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	is := &Issue{Number: len(a.Issues) + 1, Title: title, Body: body, State: "open", Labels: labels, User: user{Login: author}}
	a.Issues = append(a.Issues, is)
	return is.Number
}

func (a *API) serve(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Requests = append(a.Requests, r.Method+" "+r.URL.RequestURI())
	if r.Header.Get("Authorization") != "Bearer "+a.Token {
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
		return
	}
	prefix := "/repos/" + a.Owner + "/" + a.Repo + "/"
	rest, ok := strings.CutPrefix(r.URL.Path, prefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	parts := strings.Split(rest, "/")
	switch {
	case r.Method == "GET" && rest == "issues":
		a.list(w, r)
	case r.Method == "POST" && rest == "issues":
		a.create(w, r)
	case len(parts) == 2 && parts[0] == "issues" && r.Method == "PATCH":
		a.edit(w, r, parts[1])
	case len(parts) == 3 && parts[0] == "issues" && parts[2] == "comments" && r.Method == "POST":
		a.comment(w, r, parts[1])
	case len(parts) == 3 && parts[0] == "collaborators" && parts[2] == "permission" && r.Method == "GET":
		p, ok := a.Permissions[parts[1]]
		if !ok {
			p = "none"
		}
		write(w, http.StatusOK, map[string]any{"permission": p, "user": user{Login: parts[1]}})
	default:
		http.NotFound(w, r)
	}
}

func (a *API) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var out []*Issue
	for _, is := range a.Issues {
		if s := q.Get("state"); s != "" && s != "all" && is.State != s {
			continue
		}
		if l := q.Get("labels"); l != "" && !slices.Contains(is.Labels, l) {
			continue
		}
		out = append(out, a.view(is))
	}
	write(w, http.StatusOK, out)
}

// request is the body of a create or an edit.
type request struct {
	Title       *string   `json:"title"`
	Body        *string   `json:"body"`
	State       *string   `json:"state"`
	StateReason *string   `json:"state_reason"`
	Labels      *[]string `json:"labels"`
	Assignees   *[]string `json:"assignees"`
}

func (a *API) create(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Title == nil {
		http.Error(w, `{"message":"Invalid request"}`, http.StatusUnprocessableEntity)
		return
	}
	if a.Org && req.Assignees != nil && slices.Contains(*req.Assignees, a.Owner) {
		http.Error(w, `{"message":"Validation Failed","errors":[{"resource":"Issue","field":"assignees","code":"invalid"}]}`, http.StatusUnprocessableEntity)
		return
	}
	is := &Issue{Number: len(a.Issues) + 1, State: "open", User: user{Login: "github-actions[bot]", Type: "Bot"}}
	a.Issues = append(a.Issues, is)
	apply(is, req)
	write(w, http.StatusCreated, a.view(is))
}

func (a *API) edit(w http.ResponseWriter, r *http.Request, num string) {
	is := a.find(num)
	if is == nil {
		http.NotFound(w, r)
		return
	}
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, `{"message":"Invalid request"}`, http.StatusUnprocessableEntity)
		return
	}
	apply(is, req)
	write(w, http.StatusOK, a.view(is))
}

func (a *API) comment(w http.ResponseWriter, r *http.Request, num string) {
	is := a.find(num)
	if is == nil {
		http.NotFound(w, r)
		return
	}
	var c struct {
		Body string `json:"body"`
	}
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil || c.Body == "" {
		http.Error(w, `{"message":"Invalid request"}`, http.StatusUnprocessableEntity)
		return
	}
	is.Comments = append(is.Comments, c.Body)
	write(w, http.StatusCreated, map[string]any{"id": len(is.Comments), "body": c.Body})
}

func (a *API) find(num string) *Issue {
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || n > len(a.Issues) {
		return nil
	}
	return a.Issues[n-1]
}

func apply(is *Issue, req request) {
	if req.Title != nil {
		is.Title = *req.Title
	}
	if req.Body != nil {
		is.Body = *req.Body
	}
	if req.State != nil {
		is.State = *req.State
	}
	if req.StateReason != nil {
		is.StateReason = *req.StateReason
	}
	if req.Labels != nil {
		is.Labels = *req.Labels
	}
	if req.Assignees != nil {
		is.Assignees = *req.Assignees
	}
}

// view returns a copy of is in the shape the API answers with.
func (a *API) view(is *Issue) *Issue {
	c := *is
	c.LabelList = nil
	for _, l := range is.Labels {
		c.LabelList = append(c.LabelList, label{l})
	}
	c.AssigneeObj = nil
	for _, l := range is.Assignees {
		c.AssigneeObj = append(c.AssigneeObj, user{Login: l})
	}
	c.HTMLURL = fmt.Sprintf("https://github.com/%s/%s/issues/%d", a.Owner, a.Repo, is.Number)
	return &c
}

func write(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
