package news

import (
	"os"
	"testing"
)

// TestTxHot checks the claim that lets findTimes skip a sentence: when
// txTokenize reports no hot token, trigger holds at no token. Every
// sentence and every line of the seed article and of the PolNeAR dev
// articles (when ../shared is present) is tried.
func TestTxHot(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(seed), "He paid 5 dollars.", "It ended in the ’90s.", "the '80s", "The end came late."}
	texts = append(texts, polnearDev(t)...)
	tab := txLexicon()
	cold := 0
	for _, text := range texts {
		spans := []Span{{0, len(text)}}
		if a, err := Parse(text); err == nil {
			for _, s := range a.Sentences {
				spans = append(spans, s.Span)
			}
		}
		for i, start := 0, 0; i <= len(text); i++ {
			if i == len(text) || text[i] == '\n' {
				spans = append(spans, Span{start, i})
				start = i + 1
			}
		}
		for _, s := range spans {
			toks, hot := txTokenize(text, s.Start, s.End, tab, nil)
			if hot {
				continue
			}
			cold++
			p := &txParser{text: text, tab: tab, toks: toks}
			for i := range toks {
				if p.trigger(i) {
					t.Errorf("%q: no hot token, but trigger holds at %q", text[s.Start:s.End], text[toks[i].s:toks[i].e])
					break
				}
			}
		}
	}
	// A possessive ’s holds no anchor (txWindowStart skips it): a mark
	// and an "s" with no entry.
	for _, s := range []string{"'s", "'S", "\u2019s", "\u2019S"} {
		for _, u := range txTokensOf(s, tab) {
			if u.kind == txkNum || u.kind == txkAlnum || u.lex != 0 {
				t.Errorf("possessive %q: token %+v may be an anchor", s, u)
			}
		}
	}
	if cold == 0 {
		t.Error("no sentence without a hot token: the test tests nothing")
	}
}

// txTokensOf returns the tokens of s.
func txTokensOf(s string, tab *txLexTable) []txTok {
	toks, _ := txTokenize(s, 0, len(s), tab, nil)
	return toks
}
