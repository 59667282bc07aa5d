package news

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// concurrencyArticles returns n different articles: the seed, the seed with
// its paragraphs rotated (so entities and quotes come in another order) and
// the small fuzz seeds.
func concurrencyArticles(t *testing.T, n int) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(b)), "\n")
	var out []string
	for i := 0; len(out) < n/2 && i < len(paras); i++ {
		rot := append(append([]string{}, paras[i:]...), paras[:i]...)
		out = append(out, strings.Join(rot, "\n"))
	}
	for _, s := range fuzzSeeds {
		if len(out) == n {
			break
		}
		out = append(out, s.text)
	}
	for len(out) < n {
		out = append(out, fmt.Sprintf("Article %d. The mayor said \"yes\" on Monday.", len(out)))
	}
	return out
}

// TestConcurrentAnalyze runs the whole analysis from 16 goroutines at once,
// each over its own article, and compares every result with the sequential
// one (C1: results do not depend on what runs alongside). Run under -race it
// also checks that the once-built word lists and model are read safely.
func TestConcurrentAnalyze(t *testing.T) {
	const workers = 16
	texts := concurrencyArticles(t, workers)
	// The concurrent run comes first, so that with -run TestConcurrentAnalyze
	// alone the word lists and the model are built under contention.
	got := make([]*Analysis, len(texts))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, text := range texts {
		wg.Go(func() {
			<-start // start together, so that the first uses overlap
			a, err := Parse(text)
			if err != nil {
				t.Error(err)
				return
			}
			got[i] = Analyze(a)
		})
	}
	close(start)
	wg.Wait()
	want := make([]*Analysis, len(texts))
	for i, text := range texts {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = Analyze(a)
	}
	for i := range texts {
		if diff := cmp.Diff(want[i], got[i]); diff != "" {
			t.Errorf("C1: article %d analysed concurrently differs from sequential (-sequential +concurrent):\n%s", i, diff)
		}
	}
}

// TestConcurrentSharedArticle calls every accessor on one Article from 16
// goroutines at once (C2: an Article is safe for concurrent use and its
// analysis is computed once), and checks that each caller gets an equal,
// independent copy: changing one result does not change another's.
func TestConcurrentSharedArticle(t *testing.T) {
	a := seedArticle(t)
	const workers = 16
	got := make([]*Analysis, workers)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range workers {
		wg.Go(func() {
			<-start
			// Vary the order of the calls so that each accessor is the
			// first to trigger the analysis in some goroutine.
			switch i % 4 {
			case 0:
				Entities(a)
			case 1:
				Quotes(a)
			case 2:
				Times(a)
			case 3:
				Timeline(a)
			}
			an := Analyze(a)
			// Scribble on the copy: the others must not see it.
			for j := range an.Entities {
				an.Entities[j].Name += "!"
				if len(an.Entities[j].Mentions) > 0 {
					an.Entities[j].Mentions[0].Text = ""
				}
			}
			for j := range an.Quotes {
				if an.Quotes[j].Speaker != nil {
					an.Quotes[j].Speaker.Name = ""
				}
			}
			got[i] = Analyze(a)
		})
	}
	close(start)
	wg.Wait()
	if len(got[0].Entities) == 0 || len(got[0].Quotes) == 0 {
		t.Fatalf("the seed has %d entities and %d quotes; the test needs some of each", len(got[0].Entities), len(got[0].Quotes))
	}
	checkInvariants(t, a.Text, got[0])
	for i := 1; i < workers; i++ {
		if diff := cmp.Diff(got[0], got[i]); diff != "" {
			t.Errorf("C2: goroutine %d got another analysis (-goroutine 0 +goroutine %d):\n%s", i, i, diff)
		}
	}
}
