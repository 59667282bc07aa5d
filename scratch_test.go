package news

import (
	"os"
	"testing"
)

// TestScratch prints the quotes of $NEWS_SCRATCH, for debugging one case.
func TestScratch(t *testing.T) {
	text := os.Getenv("NEWS_SCRATCH")
	if text == "" {
		t.Skip("set NEWS_SCRATCH")
	}
	a, _ := Parse(text)
	for _, s := range a.Sentences {
		t.Logf("S %q", s.Text)
	}
	for _, q := range Quotes(a) {
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Text
		}
		t.Logf("%s %s [%s] %q", q.Rule, q.Kind, sp, q.Text)
	}
}
