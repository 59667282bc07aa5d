package news

import (
	"os"
	"testing"
)

func TestScratchEntities(t *testing.T) {
	text := os.Getenv("NEWS_SCRATCH")
	if text == "" {
		t.Skip("set NEWS_SCRATCH")
	}
	a, _ := Parse(text)
	var sents []Span
	for _, s := range a.Sentences {
		sents = append(sents, s.Span)
	}
	for _, m := range nerTag(a.Text, sents) {
		t.Logf("NER %s %q", m.Type, a.Text[m.Start:m.End])
	}
	for _, e := range Entities(a) {
		t.Logf("%s %s %q %v", e.ID, e.Kind, e.Name, e.Titles)
		for _, m := range e.Mentions {
			t.Logf("    %s %q", m.Kind, m.Text)
		}
	}
}
