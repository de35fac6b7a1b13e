// Command mkhunt writes a synthetic job hunt of any size, for benchmarks:
//
//	go run ./cmd/mkhunt -n 10000 -dir /tmp/hunt
//
// With -hugo it writes a Hugo site instead, to compare build times against:
// -hugo tiny gives n short Markdown pages, -hugo records one page for each
// record of the same hunt, with its facts, contacts, history and notes.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/followup-dev/followup/generator/corpus"
	"github.com/followup-dev/followup/generator/load"
)

func main() {
	n := flag.Int("n", 1000, "number of applications")
	dir := flag.String("dir", "", "the `directory` to write the site into (required; must not exist or be empty)")
	seed := flag.Uint64("seed", 1, "seed of the generator: the same seed gives the same hunt")
	hugo := flag.String("hugo", "", "write a Hugo site to compare with: `tiny` or records")
	flag.Parse()
	if *dir == "" || flag.NArg() != 0 || *n < 0 || (*hugo != "" && *hugo != "tiny" && *hugo != "records") {
		flag.Usage()
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "mkhunt: %s is not empty\n", *dir)
		os.Exit(1)
	}
	if err := write(*dir, *n, *seed, *hugo); err != nil {
		fmt.Fprintf(os.Stderr, "mkhunt: %v\n", err)
		os.Exit(1)
	}
}

func write(dir string, n int, seed uint64, hugo string) error {
	switch hugo {
	case "tiny":
		return corpus.HugoTiny(dir, n)
	case "records":
		hunt, err := os.MkdirTemp("", "mkhunt-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(hunt)
		if err := corpus.Write(hunt, n, seed); err != nil {
			return err
		}
		site, err := load.Site(hunt)
		if err != nil {
			return err
		}
		return corpus.HugoRecords(dir, site.Applications)
	}
	return corpus.Write(dir, n, seed)
}
