package news

import (
	"bufio"
	"encoding/json"
	"math/bits"
	"os"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// vocabWordPair is a word's text as written and its lower-cased form, as
// vocabFill reads them.
type vocabWordPair struct{ w, low string }

// vocabTextWords returns the distinct word texts of 1 to vocabMaxLen
// bytes (W1) of texts, in order of first appearance, with their
// lower-cased forms.
func vocabTextWords(texts []string) []vocabWordPair {
	seen := map[string]bool{}
	var out []vocabWordPair
	for _, text := range texts {
		a, _ := Parse(text)
		td := newTextDoc(a)
		for i := range td.toks {
			t := &td.toks[i]
			if t.Kind != tokWord || t.End-t.Start < 1 || t.End-t.Start > vocabMaxLen {
				continue
			}
			w := td.text[t.Start:t.End]
			if !seen[w] {
				seen[w] = true
				out = append(out, vocabWordPair{w, td.lowText[t.Start:t.End]})
			}
		}
		td.release()
	}
	return out
}

// The words of BenchmarkVocabFill, read once (not again for each b.N).
var (
	benchFillOnce  sync.Once
	benchFillWords []vocabWordPair
)

// BenchmarkVocabFill measures vocabFill over the distinct words of the
// PolNeAR dev articles (the fill of a new word, W2): bytes are the
// words' bytes.
func BenchmarkVocabFill(b *testing.B) { benchVocabFill(b, vocabFill) }

// BenchmarkVocabFillLists is BenchmarkVocabFill for vocabFillLists, the
// fill that asks every list.
func BenchmarkVocabFillLists(b *testing.B) { benchVocabFill(b, vocabFillLists) }

func benchVocabFill(b *testing.B, fill func(e *vocabWord, w, low string)) {
	benchFillOnce.Do(func() { benchFillWords = vocabTextWords(polnearDev(b)) })
	words := benchFillWords
	if len(words) == 0 {
		b.Skip("no PolNeAR dev articles")
	}
	n := 0
	for _, p := range words {
		n += len(p.w)
	}
	var e vocabWord
	fill(&e, "warm", "warm") // the tables, built once
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, p := range words {
			fill(&e, p.w, p.low)
		}
	}
	b.ReportMetric(float64(len(words)), "words")
}

// corpusTexts returns the texts of a JSONL corpus file (one object with a
// "text" a line), nil when it is absent.
func corpusTexts(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &d) == nil {
			texts = append(texts, d.Text)
		}
	}
	return texts
}

// asciiLower returns w with its ASCII letters in lower case, as lowText
// has it.
func asciiLower(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// vocabFillKeys returns every key of the lists that vocabFillLists asks,
// the keys of the groups (vocabGroupKeys) and more (any length).
func vocabFillKeys() []string {
	var keys []string
	vocabGroupKeys(func(_ int, w string) { keys = append(keys, w) })
	lt := lexLoad()
	for _, x := range []*lexIndex{
		&qWords().idx, &lt.verbIdx, &lt.roleIdx, &lt.orgIdx, &lt.nameIdx, &lt.placeIdx,
		&lt.demonymIdx, &lt.commonIdx, tlVerbForms(), &eTitleTable().idx, &eWordTable().idx,
		&lt.nounIdx, &lt.titleIdx,
	} {
		keys = append(keys, x.keyList()...)
	}
	lm := lexLoadMaps()
	for _, m := range []map[string]struct{}{qPersonHeads, qFirstPerson, tlEventNouns, tlEventHeads, tlVerbs,
		eDescStop, eIngAdjectives, ePlaceNouns, eNameParticles, qPrepositions, qSourceNouns, qSmallNumbers} {
		for w := range m {
			keys = append(keys, w)
		}
	}
	for _, m := range []map[string]int{tlOrdinals, monthNames, weekdayNames} {
		for w := range m {
			keys = append(keys, w)
		}
	}
	for w := range txLexicon().ids {
		keys = append(keys, w)
	}
	for w := range lm.verbs {
		keys = append(keys, w)
	}
	for _, l := range [][]string{nerTitles, nerOrgWords, nerTimeWords, nerParticles, nerFunctionWords} {
		keys = append(keys, l...)
	}
	return keys
}

// checkVocabFill checks vocabFill against vocabFillLists for w (of 1 to
// vocabMaxLen bytes) and its lower-cased form, and reports whether w took
// the rare path (no group of vocabGroups).
func checkVocabFill(t *testing.T, w string) (rare bool) {
	t.Helper()
	if len(w) == 0 || len(w) > vocabMaxLen {
		return false
	}
	low := asciiLower(w)
	var got, want vocabWord
	// got from a dirty entry (all ones for a word of odd length): every
	// field must be set.
	if len(w)%2 == 1 {
		b := unsafe.Slice((*byte)(unsafe.Pointer(&got)), unsafe.Sizeof(got))
		for k := range b {
			b[k] = 0xff
		}
	}
	vocabFill(&got, w, low)
	vocabFillLists(&want, w, low)
	if got != want {
		t.Errorf("vocabFill(%q) = %+v, want %+v (groups %08b)", w, got, want, vocabGroups(low))
		return false
	}
	return vocabGroups(low) == 0
}

// TestVocabFillRare checks W2's fast path: vocabFill gives every word the
// entry of vocabFillLists, over every key of the word lists in several
// forms, every word of the corpora and edge cases; and most new words of
// the PolNeAR dev articles take the rare path.
func TestVocabFillRare(t *testing.T) {
	seen := map[string]bool{}
	check := func(w string) bool {
		if seen[w] {
			return false
		}
		seen[w] = true
		return checkVocabFill(t, w)
	}
	upperFirst := func(w string) string {
		if w == "" {
			return w
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	suffixes := []string{"", "s", "es", "ed", "d", "ing", "ly", "er", "ers", "ist", "ists", "'s", "’s", "n't", ".", "-", "1"}
	prefixes := []string{"", "un", "re", "non-", "anti-", "co-", "ex-", "x"}
	forms := func(w string) {
		for _, f := range []string{w, asciiLower(w), upperFirst(w), strings.ToUpper(w)} {
			check(f)
		}
	}
	for _, k := range vocabFillKeys() {
		for _, s := range suffixes {
			forms(k + s)
		}
		for _, p := range prefixes[1:] {
			forms(p + k)
		}
		if n := len(k); n > 1 {
			check(k[:n-1])
			check(k[1:])
		}
	}
	edge := []string{
		"a", "A", "I", "s", "S", "'s", "1", "0", "2016", "1990s", "3.5", "10am", "mid-2016", "Jan.", "jan.", "Gen.",
		"U.S.", "U.S", "US", "USA", "NATO", "AT&T", "A.B.C.D.E.F.G.", "ABCDEFG", "e-mail", "E-Mail", "x-ray",
		"don't", "Don't", "don’t", "it's", "O'Brien", "O’Brien", "MCDONALD'S", "é", "École", "ÉCOLE", "naïve",
		"Москва", "北京", "日本語テキスト", "café", "CAFÉ", "über-cool", "ist", "ists", "list", "lists",
		"specialists", "insists", "abcdefghijklmnop", "ABCDEFGHIJKLMNOP", "abcdefghijklmnos", "abcdefghs",
		"abcdefgs", "abcdefghijklmnoist", "1234567890123456", "12345678s", "...", "--", "a.", "A.", "s.",
		"\xff", "a\xffb", "Ab\xc3", "IS", "Is", "iS", "THE", "The", "HE", "She", "SHE", "Their",
		"Monday", "MONDAY", "monday", "mondays", "March", "MARCH", "march", "Mar.", "Sept.", "Thursday's",
	}
	for _, w := range edge {
		check(w)
		check(w + "s")
	}
	// The corpora's words; the rare path must serve most of PolNeAR dev's.
	for _, path := range []string{
		"../shared/corpus/polnear/dev.jsonl", "../shared/corpus/polnear/train.jsonl",
		"../shared/corpus/conll03/dev.jsonl", "../shared/corpus/conll03/train.jsonl",
		"../shared/corpus/conll03/test.jsonl",
	} {
		words := vocabTextWords(corpusTexts(t, path))
		rare := 0
		for _, p := range words {
			if p.low != asciiLower(p.w) {
				t.Errorf("%s: %q has lower-cased form %q", path, p.w, p.low)
			}
			if checkVocabFill(t, p.w) {
				rare++
			}
		}
		t.Logf("%s: %d distinct words, %d on the rare path", path, len(words), rare)
		if strings.HasSuffix(path, "polnear/dev.jsonl") && len(words) > 0 && rare < len(words)/3 {
			t.Errorf("%s: %d of %d words on the rare path, want a third at least", path, rare, len(words))
		}
	}
	t.Logf("%d other words checked", len(seen))
}

// TestVocabFilter checks the filter of vocabGroups: every key of a group
// passes it for the group, in lower case, and it is a few hundred KB at
// most.
func TestVocabFilter(t *testing.T) {
	f := vocabGroupFilter()
	vocabGroupKeys(func(g int, k string) {
		if len(k) >= 1 && len(k) <= vocabMaxLen && vocabGroups(asciiLower(k))&(1<<g) == 0 {
			t.Errorf("key %q does not pass the filter for group %d", k, g)
		}
		if k1, k2 := vocabLowerKey(k); k1 != vocabLowerKeyLoop(k, 0) || k2 != vocabLowerKeyLoop(k, 8) {
			t.Errorf("vocabLowerKey(%q) = %x, %x", k, k1, k2)
		}
	})
	set := 0
	for _, b := range f.bytes {
		set += bits.OnesCount8(b)
	}
	t.Logf("filter: %d keys, %d bytes, %.1f%% of the bits set", f.keys, len(f.bytes), 100*float64(set)/float64(8*len(f.bytes)))
	if f.keys > 16*len(f.bytes)/64 {
		t.Errorf("filter of %d keys in %d blocks: more than 16 a block", f.keys, len(f.bytes)/64)
	}
	if len(f.bytes) > 256<<10 {
		t.Errorf("filter of %d bytes, want 256 KB at most", len(f.bytes))
	}
}

// vocabLowerKeyLoop is a half of the key of vocabLowerKey, byte by byte:
// the 8 bytes of w from off on, ASCII lower-cased, zero past its end.
func vocabLowerKeyLoop(w string, off int) uint64 {
	var k uint64
	for i := 0; i < 8 && off+i < len(w) && off+i < vocabMaxLen; i++ {
		c := w[off+i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k |= uint64(c) << (8 * i)
	}
	return k
}
