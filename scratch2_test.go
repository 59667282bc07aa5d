package news

import (
	"os"
	"testing"
)

func TestScratchRegions(t *testing.T) {
	text := os.Getenv("NEWS_SCRATCH")
	if text == "" {
		t.Skip("set NEWS_SCRATCH")
	}
	a, _ := Parse(text)
	d := &qdoc{text: a.Text}
	_ = d
	attrs := findQuotes(a)
	for _, at := range attrs {
		t.Logf("%s %v %q", at.rule, at.content, a.Text[at.content.Start:at.content.End])
	}
}
