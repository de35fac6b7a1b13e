package serve

import (
	"bufio"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkSaveToServed measures what a user waits for: from writing one
// record to the moment the server answers its page with the new text. It
// waits on the server's reload events rather than polling, so the wait
// itself costs no CPU the build could use.
func BenchmarkSaveToServed(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			benchmarkSaveToServed(b, n)
		})
	}
}

func benchmarkSaveToServed(b *testing.B, n int) {
	dir := writeSite(b, b.TempDir(), n)
	s := startServer(b, dir, 0)
	reloads := subscribe(b, s)
	target := n / 2
	page := appPage(target)
	waitText(b, s, page, companyOf(target))

	var took []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		company := fmt.Sprintf("Saved %d", i)
		start := time.Now()
		writeFile(b, recordPath(dir, target), recordYAML(target, company))
		waitServed(b, s, reloads, page, company)
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(took[len(took)*9/10].Microseconds())/1000, "p90-ms")
}

// subscribe reads the server's event stream and passes on every reload.
func subscribe(b *testing.B, s *Server) <-chan struct{} {
	res, err := http.Get(s.URL() + reservedDir + "events")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { res.Body.Close() })
	out := make(chan struct{}, 64)
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			if sc.Text() == "event: reload" {
				out <- struct{}{}
			}
		}
	}()
	return out
}

// benchWait bounds one save in a benchmark: a full render of a large site
// may take many seconds, which the benchmark reports rather than fails.
const benchWait = 5 * time.Minute

// waitServed waits for reloads until the page holds text.
func waitServed(b *testing.B, s *Server, reloads <-chan struct{}, page, text string) {
	timeout := time.After(benchWait)
	for {
		select {
		case <-reloads:
		case <-timeout:
			b.Fatalf("page %s never showed %q", page, text)
		}
		code, body, err := fetch(s, page)
		if err == nil && code == http.StatusOK && strings.Contains(body, text) {
			return
		}
	}
}
