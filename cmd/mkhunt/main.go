// Command mkhunt writes a synthetic job hunt of any size, for benchmarks:
//
//	go run ./cmd/mkhunt -n 10000 -dir /tmp/hunt
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/followup-dev/followup/generator/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of applications")
	dir := flag.String("dir", "", "the `directory` to write the site into (required; must not exist or be empty)")
	seed := flag.Uint64("seed", 1, "seed of the generator: the same seed gives the same hunt")
	flag.Parse()
	if *dir == "" || flag.NArg() != 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "mkhunt: %s is not empty\n", *dir)
		os.Exit(1)
	}
	if err := corpus.Write(*dir, *n, *seed); err != nil {
		fmt.Fprintf(os.Stderr, "mkhunt: %v\n", err)
		os.Exit(1)
	}
}
