package news

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// ownVocab gives td a vocabulary of its own, of its words, for a test or
// benchmark that keeps many text documents at once: only vocabKeepMax of
// them can have a kept one, and the others' would be filled in the
// benchmark's loop (W4).
func ownVocab(td *textDoc) {
	putVocab(td.vocab)
	v := &wordVocab{}
	v.grow(vocabMinIndex)
	v.assign(td.text, td.lowText, td.toks, td.ids)
	td.vocab = v
}

// vocabKeyText returns the text of a key (W1): its bytes up to the first
// NUL.
func vocabKeyText(k vocabKey) string {
	var b [16]byte
	for j := range b {
		if j < 8 {
			b[j] = byte(k.k1 >> (8 * j))
		} else {
			b[j] = byte(k.k2 >> (8 * (j - 8)))
		}
	}
	n := 0
	for n < len(b) && b[n] != 0 {
		n++
	}
	return string(b[:n])
}

// checkVocabIDs checks W1 and W2 on the ids of d: a word of 1 to 16 bytes
// has the id of an entry of its text, holding what vocabFill computes of
// it, and every other token has 0; equal texts have one id, and distinct
// texts distinct ids.
func checkVocabIDs(t *testing.T, d *textDoc) {
	t.Helper()
	byText := map[string]int32{}
	byID := map[int32]string{}
	for i := range d.toks {
		tk := &d.toks[i]
		w := d.text[tk.Start:tk.End]
		id := d.ids[i]
		if tk.Kind != tokWord || len(w) > vocabMaxLen {
			if id != 0 {
				t.Errorf("token %q (kind %d) has id %d, want 0", w, tk.Kind, id)
			}
			continue
		}
		if id <= 0 || int(id) > len(d.vocab.words) {
			t.Errorf("word %q has id %d of %d", w, id, len(d.vocab.words))
			continue
		}
		e := &d.vocab.words[id-1]
		if got := vocabKeyText(d.vocab.keys[id-1]); got != w {
			t.Errorf("word %q has the entry of %q", w, got)
		}
		var want vocabWord
		vocabFill(&want, w, d.lowText[tk.Start:tk.End])
		if *e != want {
			t.Errorf("entry of %q = %+v, want %+v", w, *e, want)
		}
		if k, ok := byText[w]; ok && k != id {
			t.Errorf("word %q has ids %d and %d", w, k, id)
		}
		if s, ok := byID[id]; ok && s != w {
			t.Errorf("id %d is both %q and %q", id, s, w)
		}
		byText[w], byID[id] = id, w
	}
}

func TestWordVocab(t *testing.T) {
	texts := []string{
		"The minister said on Thursday that talks would resume.",
		"THE Minister SAID the minister said it. Said she: \u201cNo.\u201d",
		// 16 and 17 bytes, a hyphen tail (K8), an abbreviation, non-ASCII.
		"abcdefghijklmnop abcdefghijklmnoq abcdefghijklmnopq Khan-led Gen. Ali Zo\u00eb caf\u00e9 U.S. officials said",
		// A word that ends the text (read byte by byte).
		"He said x",
		"said",
		"",
		"\xff\xfe bad bytes \xff said",
	}
	v := getVocab(0)
	defer putVocab(v)
	for _, text := range texts {
		a, err := Parse(text)
		if err != nil {
			continue
		}
		d := newTextDoc(a)
		checkVocabIDs(t, d)
		// The same text read again with the vocabulary of before (W3)
		// has the same ids.
		d2 := &textDoc{text: d.text, lowText: d.lowText, toks: d.toks, vocab: v}
		v.startAnalysis(len(d.toks))
		d2.ids = make([]int32, len(d.toks))
		v.assign(d.text, d.lowText, d.toks, d2.ids)
		checkVocabIDs(t, d2)
		ids := append([]int32(nil), d2.ids...)
		v.startAnalysis(len(d.toks))
		v.assign(d.text, d.lowText, d.toks, d2.ids)
		for i := range ids {
			if ids[i] != d2.ids[i] {
				t.Errorf("%q: token %d has id %d, then %d", text, i, ids[i], d2.ids[i])
			}
		}
		d.release()
	}
}

// TestWordVocabGrows checks the ids of an article of more distinct words
// than a vocabulary is made for, which grows it and so is not kept for the
// next analysis, and what a vocabulary keeps when an analysis might take
// it past vocabMaxWords (W5).
func TestWordVocabGrows(t *testing.T) {
	var b strings.Builder
	for i := range vocabMaxWords + vocabMaxWords/2 {
		fmt.Fprintf(&b, "w%dx Said%d ", i, i%97)
	}
	a, err := Parse(b.String())
	if err != nil {
		t.Fatal(err)
	}
	d := newTextDoc(a)
	checkVocabIDs(t, d)
	v := d.vocab
	if n := len(v.words); n <= vocabMaxWords {
		t.Fatalf("%d words in the vocabulary, want more than %d", n, vocabMaxWords)
	}
	d.release()
	// Take every vocabulary there is, and more: none is v, and at most
	// vocabKeepMax are kept ones (other tests may hold some).
	var got []*wordVocab
	kept := 0
	for range 2 * vocabKeepMax() {
		w := getVocab(10)
		if w == v {
			t.Fatal("a vocabulary grown past its size was kept")
		}
		if w.kept {
			kept++
		}
		got = append(got, w)
	}
	if kept > int(vocabKeepMax()) {
		t.Errorf("%d kept vocabularies at once, want at most %d", kept, vocabKeepMax())
	}
	for _, w := range got {
		putVocab(w)
	}
	// W5: a vocabulary without room for the next article keeps its
	// oldest texts, under their ids, and drops the others.
	w := &wordVocab{keys: make([]vocabKey, 0, vocabMaxWords), words: make([]vocabWord, 0, vocabMaxWords)}
	for i := range vocabMaxWords - 100 {
		w.keys = append(w.keys, vocabKey{k1: uint64(i + 1), k2: uint64(i % 7)})
		w.words = append(w.words, vocabWord{tlOrd: uint8(i)})
	}
	w.grow(2 * vocabMaxWords)
	check := func(what string, want int) {
		t.Helper()
		if len(w.words) != want || len(w.keys) != want || len(w.index) != 2*vocabMaxWords {
			t.Fatalf("%s: %d words, %d keys, index %d; want %d, %d and %d", what, len(w.words), len(w.keys), len(w.index), want, want, 2*vocabMaxWords)
		}
		n := 0
		for _, k := range w.index {
			if k != 0 {
				n++
			}
		}
		if n != want {
			t.Errorf("%s: %d ids in the index, want %d", what, n, want)
		}
		mask := uint64(len(w.index) - 1)
		for i := range vocabMaxWords {
			key := vocabKey{k1: uint64(i + 1), k2: uint64(i % 7)}
			id := int32(0)
			for j := vocabHome(key.k1, key.k2, mask); w.index[j] != 0; j = (j + 1) & mask {
				if w.keys[w.index[j]-1] == key {
					id = w.index[j]
					break
				}
			}
			wantID := int32(i + 1)
			if i >= want {
				wantID = 0
			}
			if id != wantID {
				t.Fatalf("%s: text %d has id %d, want %d", what, i, id, wantID)
			}
			if id != 0 && w.words[id-1].tlOrd != uint8(i) {
				t.Fatalf("%s: text %d has the entry of another", what, i)
			}
		}
	}
	w.startAnalysis(100)
	check("startAnalysis(100) with room for it", vocabMaxWords-100)
	w.startAnalysis(400)
	check("startAnalysis(400)", (vocabMaxWords-100)*3/4)
	w.startAnalysis(2*vocabMaxWords - 1000)
	check("startAnalysis with room for 1000 words more", 500)
	w.startAnalysis(4 * vocabMaxWords)
	check("startAnalysis(4*vocabMaxWords)", 0)
}

// TestVocabWordSize checks that a vocabulary entry stays 32 bytes (see
// vocabWord): a stage that needs a field more should make room first.
func TestVocabWordSize(t *testing.T) {
	if n := unsafe.Sizeof(vocabWord{}); n != 32 {
		t.Errorf("vocabWord is %d bytes, want 32", n)
	}
}

// TestWordVocabCorpus checks W1-W3 and W5 over every word of the corpora,
// read one article after the other through the vocabulary they share,
// which is trimmed now and then as W5 trims it before a long article: the
// ids of each article are right (checkVocabIDs), and after each trim the
// index finds every kept text under its id, and no other.
func TestWordVocabCorpus(t *testing.T) {
	texts := withCorpus(t, nil)
	for i, text := range texts {
		a, err := Parse(text)
		if err != nil {
			continue
		}
		d := newTextDoc(a)
		checkVocabIDs(t, d)
		if t.Failed() {
			t.Fatalf("article %d: wrong ids", i)
		}
		v := d.vocab
		if i%16 == 15 && len(v.words) > 200 {
			// Room for an article of nearly vocabMaxWords words: the
			// vocabulary keeps its older half (W5).
			n := len(v.words)
			v.startAnalysis(2 * (vocabMaxWords - n/2))
			if len(v.words) != n/2 || len(v.keys) != n/2 {
				t.Fatalf("article %d: %d words, then %d words and %d keys; want %d", i, n, len(v.words), len(v.keys), n/2)
			}
			mask := uint64(len(v.index) - 1)
			found := 0
			for id, key := range v.keys {
				got := int32(0)
				for j := vocabHome(key.k1, key.k2, mask); v.index[j] != 0; j = (j + 1) & mask {
					if v.keys[v.index[j]-1] == key {
						got = v.index[j]
						break
					}
				}
				if got != int32(id+1) {
					t.Fatalf("article %d: after the trim, %q has id %d, want %d", i, vocabKeyText(key), got, id+1)
				}
				found++
			}
			for _, k := range v.index {
				if k != 0 {
					found--
				}
			}
			if found != 0 {
				t.Fatalf("article %d: after the trim, the index holds %d ids more than the keys", i, -found)
			}
		}
		d.release()
	}
}
