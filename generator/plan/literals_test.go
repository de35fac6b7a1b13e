package plan

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestRuleIDsLiveInPlan checks that no Go file outside this package, tests
// aside, spells a rule id or an action id as a string literal: the others
// ask plan, so that renaming a rule here renames it everywhere. The event
// type thank-you, which model names and which shares its spelling with a
// rule, is the one exception.
func TestRuleIDsLiveInPlan(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "testdata", "public", "node_modules":
				return filepath.SkipDir
			}
			if filepath.Clean(path) == filepath.Join(root, "generator", "plan") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		checked++
		inModel := filepath.Dir(path) == filepath.Join(root, "generator", "model")
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || inModel && slices.Contains(model.EventTypes, s) {
				return true
			}
			if rule := ruleIn(s); rule != "" {
				t.Errorf("%s: the literal %q spells the rule id %s: ask plan", fset.Position(lit.Pos()), s, rule)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("only %d Go files checked: is the walk rooted at the module?", checked)
	}
}

// ruleIn returns the rule id s is, or the one it starts an action id with.
func ruleIn(s string) string {
	for _, r := range Rules {
		if s == r.ID || strings.HasPrefix(s, r.ID+"/") {
			return r.ID
		}
	}
	return ""
}
