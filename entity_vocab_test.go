package news

import (
	"slices"
	"strings"
	"testing"
)

// eVocabTestTexts returns texts holding every word of the entity rules'
// lists (eWordTable, eTitleTable, the pronouns) as listed, in lower case,
// in capitals and capitalised, and some edge cases: 16 and 17 bytes,
// hyphen tails (K8), dots, non-ASCII, a word that ends the text.
func eVocabTestTexts() []string {
	var words []string
	for _, l := range [][]string{eWordTable().idx.keyList(), eTitleTable().idx.keyList()} {
		for _, k := range l {
			words = append(words, strings.Fields(k)...)
		}
	}
	words = append(words, "the", "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "themselves", "it")
	var b strings.Builder
	for _, w := range words {
		for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			b.WriteString(v)
			b.WriteByte(' ')
		}
	}
	return []string{
		b.String(),
		"Internationalism internationalism Internationalisms He-led She-Said THE-president Mr. Gen. Lt. U.S. \u00dcber caf\u00e9 Zo\u00eb Pr\u00e9sident The. HE? she",
		"The",
		"he",
	}
}

// TestEntityVocabFields checks that the entity rules read the same of a
// word from its vocabulary entry (W2) as from the old lookups they make
// for a token without an id: classify's bits and marks, and wordAt.
func TestEntityVocabFields(t *testing.T) {
	for _, text := range eVocabTestTexts() {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		td := newTextDoc(a)
		d, _ := newEdoc(a, td) // classify with the ids
		bits, marks := slices.Clone(d.tokBits), slices.Clone(d.marks)
		ids := td.ids
		withIDs := 0
		info := make([]eWordInfo, len(ids))
		for k, id := range ids {
			if id != 0 {
				withIDs++
				info[k] = d.wordAt(k)
			}
		}
		if withIDs < len(ids)/4 {
			t.Fatalf("%d tokens of %d have ids", withIDs, len(ids))
		}
		td.ids = make([]int32, len(ids)) // no ids: the old path
		d.classify()
		for k := range d.toks {
			w := d.text[d.toks[k].Start:d.toks[k].End]
			if bits[k] != d.tokBits[k] {
				t.Errorf("token %d %q: bits %08b with its id, %08b without", k, w, bits[k], d.tokBits[k])
			}
			if ids[k] != 0 {
				if got := d.lookupWord(k); got != info[k] {
					t.Errorf("token %d %q: wordAt %x with its id, %x without", k, w, info[k], got)
				}
			}
		}
		if !slices.Equal(marks, d.marks) {
			t.Errorf("marks %v with the ids, %v without", marks, d.marks)
		}
		td.ids = ids
		d.release()
		td.release()
	}
}
