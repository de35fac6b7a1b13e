package main

import (
	"fmt"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/seal"
)

// warnClear says, once, what anyone who finds the address of an
// unencrypted build can read, and how to encrypt it; private says the
// build holds the private fields.
func warnClear(e *env, private bool) {
	what := "every company, role, contact name and date of the hunt (not the private fields)"
	if private {
		what = "every company, role, contact, date, salary and note of the hunt"
	}
	fmt.Fprintf(e.stderr, "followup: this build is not encrypted: anyone who has its address can read %s. "+
		"To encrypt it, set publish.encrypt: true in content/site.yaml (or build -encrypt) and the passphrase in %s.\n",
		what, build.PassphraseVar)
}

// warnWeak says, once, that the passphrase of an encrypted build is easy
// to guess, when it is.
func warnWeak(e *env, passphrase string) {
	if why := seal.Weak(passphrase); why != "" {
		fmt.Fprintf(e.stderr, "followup: the passphrase in %s is easy to guess (%s): the salt and the pages are public, "+
			"so anyone can try guesses offline. Choose %d or more words picked at random, %d characters or more, and build again.\n",
			build.PassphraseVar, why, seal.MinWords, seal.MinChars)
	}
}
