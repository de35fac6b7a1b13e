// Package tmplwalk walks the parse tree of a text/template or html/template
// template: the one walker of the layout compiler (tmplgen) and of render's
// check of which templates print the same for every page.
package tmplwalk

import "text/template/parse"

// Visit calls f for n and, while f returns true, for each node inside it:
// the nodes of a list; the pipeline of an action or a template call; the
// pipeline, list and else list of an if, range or with, in that order; the
// commands of a pipeline; the arguments of a command; and the operand of a
// chain. A nil node, typed or not, is not visited.
func Visit(n parse.Node, f func(parse.Node) bool) {
	if n == nil || !f(n) {
		return
	}
	switch n := n.(type) {
	case *parse.ListNode:
		for _, c := range n.Nodes {
			Visit(c, f)
		}
	case *parse.ActionNode:
		visitPipe(n.Pipe, f)
	case *parse.IfNode:
		visitBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		visitBranch(&n.BranchNode, f)
	case *parse.WithNode:
		visitBranch(&n.BranchNode, f)
	case *parse.TemplateNode:
		visitPipe(n.Pipe, f)
	case *parse.PipeNode:
		for _, c := range n.Cmds {
			Visit(c, f)
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			Visit(a, f)
		}
	case *parse.ChainNode:
		Visit(n.Node, f)
	}
}

// Each calls f for every node Visit reaches below and at n.
func Each(n parse.Node, f func(parse.Node)) {
	Visit(n, func(n parse.Node) bool {
		f(n)
		return true
	})
}

// visitBranch visits the pipeline and the lists of an if, range or with.
func visitBranch(b *parse.BranchNode, f func(parse.Node) bool) {
	visitPipe(b.Pipe, f)
	visitList(b.List, f)
	visitList(b.ElseList, f)
}

func visitPipe(p *parse.PipeNode, f func(parse.Node) bool) {
	if p != nil {
		Visit(p, f)
	}
}

func visitList(l *parse.ListNode, f func(parse.Node) bool) {
	if l != nil {
		Visit(l, f)
	}
}
