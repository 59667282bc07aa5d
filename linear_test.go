package news

import (
	"os"
	"strings"
	"testing"
	"time"
)

// linearInput is one input of the linear-cost checks: the seed repeated, or
// a pathological text built to provoke a quadratic path.
type linearInput struct {
	name   string
	reason string
	text   string
}

// linearInputs builds the inputs of BenchmarkLinear and TestLinearCost. They
// are generated, not committed, because the point of most of them is size.
func linearInputs(tb testing.TB) []linearInput {
	tb.Helper()
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		tb.Fatal(err)
	}
	seed := string(b)
	repeat := func(n int) string {
		// Articles joined by blank lines: one long article with n times the
		// paragraphs, so anything per-article that grows with the article
		// (entity merging, pronoun resolution) is exercised.
		return strings.TrimSuffix(strings.Repeat(seed+"\n\n", n), "\n\n")
	}
	return []linearInput{
		{"seed_x1", "the reference: one real-sized article", seed},
		{"seed_x10", "ten times the paragraphs, entities and quotes", repeat(10)},
		{"seed_x100", "a hundred times: any per-pair work over mentions or quotes shows here", repeat(100)},
		{"nopunct_1MB", "one paragraph and one sentence of 1 MB: scans that restart at every word of a sentence go quadratic", noPunct(1 << 20)},
		{"quotes_50k", "50,000 quotation marks: quote pairing that searches ahead for a closing mark goes quadratic", manyQuotes(50000)},
		{"caps_100k", "100,000 capitalised words in a row: one name candidate that never ends", manyCaps(100000)},
		{"cues_20k", "one sentence of 20,000 clauses with cues, opened by a subordinator and cut by semicolons: a rule that scans back to the sentence's start or its opening clause goes quadratic",
			"As " + strings.Repeat("many believe the rest; she said he backs it, officials said, and ", 20000)},
	}
}

// noPunct returns about n bytes of lower-case words with no punctuation and
// no line end.
func noPunct(n int) string {
	words := []string{"the", "council", "met", "again", "and", "then", "members", "argued", "about", "roads"}
	var sb strings.Builder
	sb.Grow(n + 16)
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(words[i%len(words)])
		sb.WriteByte(' ')
	}
	return sb.String()
}

// manyQuotes returns a paragraph of n quotation marks of mixed kinds, with
// short words and speech verbs between them so that every quote rule has
// something to try.
func manyQuotes(n int) string {
	marks := []string{"\"", "“", "”", "'", "‘", "’", "``", "''"}
	pieces := []string{" he said ", " yes ", " Smith told ", ", ", " no. "}
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(marks[i%len(marks)])
		sb.WriteString(pieces[i%len(pieces)])
	}
	return sb.String()
}

// manyCaps returns n capitalised words separated by spaces with no
// punctuation: one sentence that looks like a single endless name.
func manyCaps(n int) string {
	words := []string{"John", "Smith", "New", "York", "Bank", "Of", "Ali", "Khan", "United", "Nations", "Mr", "Ahmed"}
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(words[i%len(words)])
		sb.WriteByte(' ')
	}
	return sb.String()
}

// analyzeAll parses text and runs every analysis, as the news command does.
func analyzeAll(tb testing.TB, text string) *Analysis {
	a, err := Parse(text, WithMaxBytes(0))
	if err != nil {
		tb.Fatal(err)
	}
	return Analyze(a)
}

// BenchmarkLinear analyses the seed at 1x, 10x and 100x and the
// pathological inputs; with b.SetBytes, MB/s must stay about the same from
// the smallest input to the largest. At -benchtime 1x (what CI runs) the
// whole benchmark takes a few seconds.
func BenchmarkLinear(b *testing.B) {
	inputs := linearInputs(b)
	analyzeAll(b, inputs[0].text) // build the word lists and the model first
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				analyzeAll(b, in.text)
			}
		})
	}
}

// TestLinearCost times every linear input, and the seed 1000 times (2.4
// MB), and fails when the time per byte of any of them is more than twice
// that of the seed (L1: the cost of the analysis is linear in the input
// size). It is skipped unless NEWS_LINEAR=1 because timings on a shared
// machine are noisy; each input is timed as the best of three runs, small
// ones repeated to cover at least 1 MB per run. Inputs known to fail are
// skipped by name (TestLinearCost/<input>) through knownFailures.
func TestLinearCost(t *testing.T) {
	if os.Getenv("NEWS_LINEAR") != "1" {
		t.Skip("set NEWS_LINEAR=1 to time the analysis on large inputs")
	}
	inputs := linearInputs(t)
	inputs = append(inputs, linearInput{"seed_x1000", "a long article: per-pair work over mentions, quotes or events shows here",
		strings.Repeat(inputs[0].text+"\n\n", 1000)})
	analyzeAll(t, inputs[0].text) // build the word lists and the model first
	var base float64
	for _, in := range inputs {
		t.Run(in.name, func(t *testing.T) {
			skipKnown(t)
			reps := 1 + (1<<20)/len(in.text)
			best := time.Duration(1<<63 - 1)
			for range 3 {
				start := time.Now()
				for range reps {
					analyzeAll(t, in.text)
				}
				best = min(best, time.Since(start))
			}
			perByte := float64(best.Nanoseconds()) / float64(reps*len(in.text))
			t.Logf("%-12s %9d bytes %8.1f ns/byte", in.name, len(in.text), perByte)
			if base == 0 {
				base = perByte
				return
			}
			if perByte > 2*base {
				t.Errorf("L1: %s costs %.1f ns/byte, more than twice the seed's %.1f (%s)", in.name, perByte, base, in.reason)
			}
		})
	}
}

// TestLinearInputs checks that the generated inputs have the sizes their
// names promise, so that the benchmark measures what it says.
func TestLinearInputs(t *testing.T) {
	want := map[string][2]int{ // name: min and max bytes
		"seed_x1":     {1000, 10000},
		"seed_x10":    {10000, 100000},
		"seed_x100":   {100000, 1000000},
		"nopunct_1MB": {1 << 20, 1<<20 + 16},
		"quotes_50k":  {200000, 1000000},
		"caps_100k":   {400000, 1000000},
		"cues_20k":    {1000000, 2000000},
	}
	for _, in := range linearInputs(t) {
		w, ok := want[in.name]
		if !ok {
			t.Errorf("%s: no expected size", in.name)
			continue
		}
		if n := len(in.text); n < w[0] || n > w[1] {
			t.Errorf("%s: %d bytes, want %d to %d", in.name, n, w[0], w[1])
		}
	}
	if n := strings.Count(manyQuotes(50000), "\"") + strings.Count(manyQuotes(50000), "“"); n == 0 {
		t.Error("manyQuotes has no quotation marks")
	}
}
