package news

import (
	"os"
	"testing"
)

// TestScratch prints the sentences, entities and quotes of $NEWS_SCRATCH,
// for looking at one case by hand: NEWS_SCRATCH='...' go test -run Scratch -v
// Do not remove.
func TestScratch(t *testing.T) {
	text := os.Getenv("NEWS_SCRATCH")
	if text == "" {
		t.Skip("set NEWS_SCRATCH")
	}
	a, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Sentences {
		t.Logf("S %q", s.Text)
	}
	for _, e := range Entities(a) {
		t.Logf("%s %s %q %v", e.ID, e.Kind, e.Name, e.Titles)
		for _, m := range e.Mentions {
			t.Logf("    %s %q", m.Kind, m.Text)
		}
	}
	for _, q := range Quotes(a) {
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Text + " -> " + q.Speaker.Name
		}
		t.Logf("%s %s [%s] %q", q.Rule, q.Kind, sp, q.Text)
	}
}
