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
	lt := lexLoad()
	for _, l := range [][]string{eWordTable().idx.keyList(), eTitleTable().idx.keyList(), lt.nameIdx.keyList(), lt.commonIdx.keyList(), lt.placeIdx.keyList(), lt.demonymIdx.keyList()} {
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
		"Ayesha Malik, Bilal Raza and Will Grace of Pakistan. NATO AT&T U.N. A.B.C.D.E.F.G ABCDEFG PAKISTANI Pakistani NEW YORK US U.S. Internationalism internationalism Internationalisms He-led She-Said THE-president Mr. Gen. Lt. U.S. \u00dcber caf\u00e9 Zo\u00eb Pr\u00e9sident The. HE? she",
		"The",
		"he",
	}
}

// TestEntityVocabFields checks that the entity rules read the same of a
// word from its vocabulary entry (W2) as from the old lookups they make
// for a token without an id: classify's bits and marks, wordAt,
// givenName, commonWord and the name facts.
func TestEntityVocabFields(t *testing.T) {
	for _, text := range eVocabTestTexts() {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		td := newTextDoc(a)
		ownVocab(td)
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
		none := make([]int32, len(ids))
		td.ids = none // no ids: the old path
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
				td.ids = ids
				g, c, ok := d.givenName(k)
				cw := d.commonWord(k)
				e := &td.vocab.words[ids[k]-1]
				td.ids = none
				if g1, c1, ok1 := lexGivenName(w); g != g1 || c != c1 || ok != ok1 {
					t.Errorf("token %d %q: givenName %c %v %v, want %c %v %v", k, w, g, c, ok, g1, c1, ok1)
				}
				if ascii := e.eMarks&eVocabByFlags == 0; ascii {
					// eVocabMarks: the flags of an ASCII word follow from its bytes.
					capital := 'A' <= w[0] && w[0] <= 'Z'
					allCaps := strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && !strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz")
					if tk := &d.toks[k]; capital != tk.is(tokCap) || allCaps != tk.is(tokAllCaps) {
						t.Errorf("token %d %q: flags %b, capital %v, all caps %v", k, w, tk.Flags, capital, allCaps)
					}
				}
				if cw != lexCommonWord(w) {
					t.Errorf("token %d %q: commonWord %v", k, w, cw)
				}
				_, _, place := lexPlace(w)
				_, demonym := lexDemonym(w)
				if looked := !('a' <= w[0] && w[0] <= 'z'); e.eName&eNameLooked != 0 != looked {
					t.Errorf("token %d %q: eName %06b, want looked up %v", k, w, e.eName, looked)
				} else if looked && (e.eName&eNamePlace != 0 != place || e.eName&eNameDemonym != 0 != demonym || e.eName&eNameAcronym != 0 != isAcronym(w)) {
					t.Errorf("token %d %q: eName %07b, place %v, demonym %v, acronym %v", k, w, e.eName, place, demonym, isAcronym(w))
				}
				if fw := firstWord(w); fw != w {
					t.Errorf("token %d %q: first word %q", k, w, fw)
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
