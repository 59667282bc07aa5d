package news

import (
	"os"
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
