package bound

import (
	"fmt"
	"math"
	"text/template/parse"
)

// Largest counts a template may range over: MaxRange for one range over
// an integer constant, MaxNestedRange for the product of the constants of
// ranges nested in one another. A job hunt's templates need a handful.
const (
	MaxRange       = 10_000
	MaxNestedRange = 1_000_000
)

// Ranges returns an error for each range of tree over an integer constant
// above MaxRange, or nested in other such ranges so that the body would
// run more than MaxNestedRange times. Each error reads like an error of
// text/template, "template: name:line:col: message", so that the callers'
// mapping of template errors to files applies to it. A range over a value
// computed at run time, or a nesting through {{template}}, is left to the
// deadline of Run.
func Ranges(tree *parse.Tree) []error {
	if tree == nil || tree.Root == nil {
		return nil
	}
	var errs []error
	walk(tree, tree.Root, 1, &errs)
	return errs
}

// walk visits n, inside ranges whose constants multiply to times.
func walk(tree *parse.Tree, n parse.Node, times float64, errs *[]error) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walk(tree, c, times, errs)
		}
	case *parse.IfNode:
		walk(tree, n.List, times, errs)
		walk(tree, n.ElseList, times, errs)
	case *parse.WithNode:
		walk(tree, n.List, times, errs)
		walk(tree, n.ElseList, times, errs)
	case *parse.RangeNode:
		inner := times
		if count, ok := constantCount(n.Pipe); ok {
			inner = times * math.Max(count, 1)
			loc, _ := tree.ErrorContext(n)
			switch {
			case count > MaxRange:
				*errs = append(*errs, fmt.Errorf("template: %s: range over %.0f: at most %d", loc, count, MaxRange))
				return
			case inner > MaxNestedRange:
				*errs = append(*errs, fmt.Errorf("template: %s: ranges nested here run their body %.0f times: at most %d", loc, inner, MaxNestedRange))
				return
			}
		}
		walk(tree, n.List, inner, errs)
		walk(tree, n.ElseList, times, errs)
	}
}

// constantCount returns the count of a range pipeline that is one integer
// constant, such as {{range 5}} or {{range $i := 5}}.
func constantCount(p *parse.PipeNode) (float64, bool) {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return 0, false
	}
	num, ok := p.Cmds[0].Args[0].(*parse.NumberNode)
	switch {
	case !ok:
		return 0, false
	case num.IsInt:
		return float64(num.Int64), true
	case num.IsUint:
		return float64(num.Uint64), true
	case num.IsFloat:
		return num.Float64, true
	}
	return 0, false
}
