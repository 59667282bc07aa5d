package news

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
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

// benchInputs returns the inputs of the analysis benchmarks: the seed, the
// project's own testdata articles together, and the PolNeAR dev articles
// when ../shared is present (nil otherwise).
func benchInputs(b *testing.B) map[string][]string {
	b.Helper()
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	in := map[string][]string{"seed": {string(seed)}}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		in["testdata"] = append(in["testdata"], string(t))
	}
	if f, err := os.Open("../shared/corpus/polnear/dev.jsonl"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &d) == nil {
				in["polnear"] = append(in["polnear"], d.Text)
			}
		}
	}
	return in
}

// BenchmarkAnalyze measures the whole analysis (Parse and Analyze) per
// input set; BenchmarkStages measures each function alone on PolNeAR dev.
func BenchmarkAnalyze(b *testing.B) {
	for _, name := range []string{"seed", "testdata", "polnear"} {
		texts := benchInputs(b)[name]
		if texts == nil {
			continue // ../shared is absent in a plain clone
		}
		n := 0
		for _, t := range texts {
			n += len(t)
		}
		b.Run(name, func(b *testing.B) {
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

func BenchmarkStages(b *testing.B) {
	in := benchInputs(b)
	texts := in["polnear"]
	if texts == nil {
		texts = in["testdata"]
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	stages := []struct {
		name string
		f    func(*Article)
	}{
		{"Parse", func(*Article) {}},
		{"Entities", func(a *Article) { Entities(a) }},
		{"Quotes", func(a *Article) { Quotes(a) }},
		{"Times", func(a *Article) { Times(a) }},
		{"Timeline", func(a *Article) { Timeline(a) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range texts {
					a, _ := Parse(t)
					st.f(a)
				}
			}
		})
	}
}
