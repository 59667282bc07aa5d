package news

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// BenchmarkParse measures Parse alone (headers, dateline, paragraphs and
// sentences; no analysis) on the seed article and on a large input made of
// the seed repeated to about 1 MB.
func BenchmarkParse(b *testing.B) {
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	large := strings.Repeat(string(seed)+"\n\n", (1<<20)/(len(seed)+2)+1)
	for _, bc := range []struct {
		name, text string
	}{
		{"seed", string(seed)},
		{"1MB", large},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(bc.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchSet returns the texts of an input set of the analysis benchmarks:
// "seed", "testdata" (the project's own articles), "polnear" (the PolNeAR
// dev articles) or "stream" (the PolNeAR train articles); nil for the
// last two when ../shared is absent. A benchmark reads only its own set,
// so that the others do not grow the heap it runs in.
func benchSet(b *testing.B, name string) []string {
	b.Helper()
	switch name {
	case "seed", "testdata":
		pattern := "testdata/seed.txt"
		if name == "testdata" {
			pattern = "testdata/*.txt"
		}
		files, _ := filepath.Glob(pattern)
		var texts []string
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
		}
		if len(texts) == 0 {
			b.Fatalf("no %s", pattern)
		}
		return texts
	case "polnear":
		return polnearDev(b)
	case "stream":
		return corpusTexts(b, "../shared/corpus/polnear/train.jsonl")
	}
	b.Fatalf("no input set %q", name)
	return nil
}

// withCorpus returns texts followed by the testdata articles and the
// PolNeAR dev articles (when ../shared is present), for tests that compare
// two ways of computing the same thing on real text.
func withCorpus(tb testing.TB, texts []string) []string {
	tb.Helper()
	texts = slices.Clone(texts)
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return append(texts, polnearDev(tb)...)
}

// polnearDev returns the texts of the PolNeAR dev articles, or nil when
// ../shared is absent (a plain clone).
func polnearDev(tb testing.TB) []string {
	tb.Helper()
	return corpusTexts(tb, "../shared/corpus/polnear/dev.jsonl")
}

// BenchmarkAnalyze measures the whole analysis (Parse and Analyze) per
// input set; BenchmarkStages measures each function alone on PolNeAR dev.
//
// After its first pass, a set of a few articles has no new word for the
// vocabulary (W3): each pass is as warm as an analysis can be. "stream",
// the 840 PolNeAR train articles (3.9 MB), has more distinct words than
// the vocabulary keeps (W5), so every pass adds words, as a batch over an
// archive does: it measures what a long batch sees.
func BenchmarkAnalyze(b *testing.B) {
	for _, name := range []string{"seed", "testdata", "polnear", "stream"} {
		b.Run(name, func(b *testing.B) {
			texts := benchSet(b, name)
			if texts == nil {
				b.Skip("../shared is absent")
			}
			n := 0
			for _, t := range texts {
				n += len(t)
			}
			// Warm up: the tagger's model and the word lists load once
			// per process, on first use, and are not part of an
			// analysis. (b.Loop times the loop alone.)
			if a, err := Parse(texts[0]); err == nil {
				Analyze(a)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range texts {
					a, err := Parse(t)
					if err != nil {
						b.Fatal(err)
					}
					Analyze(a)
				}
			}
		})
	}
}

// BenchmarkStages measures each stage of the analysis alone on the seed
// and on the PolNeAR dev articles (when ../shared is present), its inputs
// made before the timer starts: Parse, the shared tokens, the name
// tagger, entities (with the tagger), quotes, times and events.
func BenchmarkStages(b *testing.B) {
	for _, set := range []string{"seed", "polnear"} {
		if texts := benchSet(b, set); texts != nil {
			b.Run(set, func(b *testing.B) { benchStages(b, texts) })
		}
	}
}

func benchStages(b *testing.B, texts []string) {
	n := 0
	type prepared struct {
		a     *Article
		td    *textDoc
		attrs []qattr
		ed    *edoc
		ids   []string
		sents []Span
		times []Time
	}
	docs := make([]prepared, len(texts))
	for i, t := range texts {
		n += len(t)
		a, _ := Parse(t)
		td := newTextDoc(a)
		ownVocab(td) // all of them are kept at once: see vocabFree
		attrs := findQuotes(td)
		ed := findEntities(a, td, attrs)
		_, _, ids := ed.entities()
		sents := make([]Span, len(a.Sentences))
		for k, s := range a.Sentences {
			sents[k] = s.Span
		}
		docs[i] = prepared{a, td, attrs, ed, ids, sents, findArticleTimes(a, td)}
	}
	stages := []struct {
		name string
		f    func(p *prepared)
	}{
		{"Parse", func(p *prepared) { Parse(p.a.Text) }},
		{"Tokens", func(p *prepared) { newTextDoc(p.a).release() }}, // the arrays go back to their pool, as in Analyze
		{"Tagger", func(p *prepared) {
			bounds := p.td.appendSentBounds(make([]int, 0, len(p.td.sents)+1)) // as findEntities does
			nerTagTokensFunc(p.a.Text, p.td.toks, p.td.wordIDs(), bounds, func([]nerMention) {})
		}},
		// The working arrays go back to their pool, as Analyze does.
		{"Entities", func(p *prepared) { findEntities(p.a, p.td, p.attrs).release() }},
		{"Quotes", func(p *prepared) { attrs, h := findQuotesPooled(p.td); releaseAttrs(h, attrs) }},
		{"Times", func(p *prepared) { findArticleTimes(p.a, p.td) }},
		{"Events", func(p *prepared) { findEvents(p.a, p.td, p.times, p.attrs, p.ed, p.ids) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for i := range docs {
					st.f(&docs[i])
				}
			}
		})
	}
}
