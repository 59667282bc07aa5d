package news

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestQClasses checks the word classes of quote_classes.go against the
// lists they stand for: a lower-case word has a class exactly when it is in
// the class's list.
func TestQClasses(t *testing.T) {
	tab := qWords()
	if n := len(tab.idx.offs) - 1; 3*n > qWordSlots {
		t.Fatalf("%d words: qWordSlots (%d) must be three times that", n, qWordSlots)
	}
	lists := qClassLists()
	var seen qWordClass
	for _, l := range lists {
		if l.cls&seen != 0 || l.cls&(l.cls-1) != 0 {
			t.Fatalf("class %#x is not one new bit", l.cls)
		}
		seen |= l.cls
	}
	for _, l := range lists {
		in := map[string]bool{}
		for _, w := range l.words {
			in[w] = true
		}
		for _, w := range append(tab.idx.keyList(), l.words...) {
			if w != qASCIILower(w) {
				continue
			}
			var got qWordClass
			if k := tab.idx.find(w); k >= 0 {
				got = tab.tok[k]
			}
			if got&l.cls != 0 != in[w] {
				t.Errorf("%q: class %#x is %v; in its list: %v", w, l.cls, got&l.cls != 0, in[w])
			}
		}
	}
}

// TestQLowerIndex checks that the lower-case index of classify finds what
// the word table's lexIndex finds, for lower-case words.
func TestQLowerIndex(t *testing.T) {
	tab := qWords()
	words := append([]string{"", "x", "zzzzzz", "’s", "didn’t", "\xff", strings.Repeat("a", lexFoldMax+1)}, tab.idx.keyList()...)
	for _, k := range tab.idx.keyList() {
		words = append(words, k+"s", k[:len(k)-1], "a"+k)
	}
	for _, w := range words {
		if w != qASCIILower(w) {
			continue
		}
		if got, want := tab.low.find(w), tab.idx.find(w); got != want {
			t.Errorf("find(%q) = %d; lexIndex finds %d", w, got, want)
		}
	}
}

// TestQSortAttrs checks qSortAttrs against a stable sort.
func TestQSortAttrs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 60 {
		a := make([]qattr, n)
		for i := range a {
			a[i].content.Start = r.IntN(1 + n/3)
			a[i].sent = i
		}
		if n%7 == 0 {
			slices.SortFunc(a, func(x, y qattr) int { return x.content.Start - y.content.Start })
		}
		want := slices.Clone(a)
		slices.SortStableFunc(want, func(x, y qattr) int { return x.content.Start - y.content.Start })
		qSortAttrs(a)
		if !slices.Equal(a, want) {
			t.Fatalf("n=%d: qSortAttrs differs from a stable sort", n)
		}
	}
}

// TestQLemmaClasses checks qLemmaIs against the lemma lists.
func TestQLemmaClasses(t *testing.T) {
	lists := qLemmaLists()
	var lemmas []string
	for _, v := range lexLoadMaps().verbs {
		lemmas = append(lemmas, v.Lemma)
	}
	for _, l := range lists {
		for w := range l {
			lemmas = append(lemmas, w, w+"s", strings.ToUpper(w))
		}
	}
	lemmas = append(lemmas, "", "make clear")
	for _, w := range lemmas {
		for c, l := range lists {
			if _, want := l[w]; qLemmaIs(w, c) != want {
				t.Errorf("qLemmaIs(%q, %#x) = %v; want %v", w, c, !want, want)
			}
		}
	}
}

// TestQPackKey checks that qPackKey's keys order indexes stably, and that it
// declines keys that do not fit in 32 bits.
func TestQPackKey(t *testing.T) {
	keys := []int{5, 1, 5, 0, 1}
	var packed []uint64
	for i, k := range keys {
		p, ok := qPackKey(k, i)
		if !ok {
			t.Fatalf("qPackKey declined key %d", k)
		}
		packed = append(packed, p)
	}
	slices.Sort(packed)
	var order []int
	for _, p := range packed {
		order = append(order, int(p&qPackedIndex))
	}
	if want := []int{3, 1, 4, 0, 2}; !slices.Equal(order, want) {
		t.Errorf("order = %v; want %v", order, want)
	}
	if _, ok := qPackKey(-1, 0); ok {
		t.Error("qPackKey took a negative key")
	}
}

// TestQClassifyIDs checks classify's two paths: the classes it reads from
// a word's vocabulary entry (W2) are those lookupWord finds for a token
// without an id, its candidates are the tokens of a class of qwRule, in
// text order, and it marks the sentences with a colon.
func TestQClassifyIDs(t *testing.T) {
	texts := []string{
		`"We will win," the minister said on Thursday. Critics charge that the plan failed: it was "a disaster".`,
		`According to officials, the telecommunications counterterrorism spokeswoman SAID: "No." Reportedly, he told reporters.`,
		// 16 and 17 bytes, long words of a class's head and tail, a hyphen tail, non-ASCII.
		"abcdefghijklmnop abcdefghijklmnopq characterizations characterizationsx Khan-led Zo\u00eb said\u2019s it \u201cwas\u201d.",
		"He said x",
		"said",
		"\xff\xfe bad bytes \xff said: ok",
	}
	for _, text := range texts {
		a, err := Parse(text)
		if err != nil {
			continue
		}
		td := newTextDoc(a)
		d := &qdoc{textDoc: td}
		qmarks := slices.Clone(d.classify())
		words, cands := slices.Clone(d.words), slices.Clone(d.cands)
		ids := td.ids
		td.ids = make([]int32, len(ids)) // every token by lookupWord
		d0 := &qdoc{textDoc: td}
		qmarks0 := d0.classify()
		td.ids = ids
		if !slices.Equal(qmarks, qmarks0) {
			t.Errorf("%q: quotation marks %v, without ids %v", text, qmarks, qmarks0)
		}
		for i := range td.toks {
			w := td.text[td.toks[i].Start:td.toks[i].End]
			if words[i] != d0.words[i] {
				t.Errorf("%q: token %q has classes %#x, without an id %#x", text, w, words[i], d0.words[i])
			}
			if td.toks[i].Kind == tokWord && len(w) <= lexFoldMax {
				if want := qWordClassOf(td.lowAt(i)); words[i] != want {
					t.Errorf("%q: token %q has classes %#x; the word table gives %#x", text, w, words[i], want)
				}
			}
		}
		var want []int
		colons := make([]int8, len(td.sents))
		for i, c := range words {
			if c&qwRule != 0 {
				want = append(want, i)
			}
			if td.toks[i].Kind == tokPunct && td.text[td.toks[i].Start:td.toks[i].End] == ":" {
				colons[td.sentAt(i)] = 1
			}
		}
		if !slices.Equal(d.colons, colons) || !slices.Equal(d0.colons, colons) {
			t.Errorf("%q: colons %v and %v without ids; want %v", text, d.colons, d0.colons, colons)
		}
		if !slices.Equal(cands, want) || !slices.Equal(d0.cands, want) {
			t.Errorf("%q: candidates %v and %v without ids; want %v", text, cands, d0.cands, want)
		}
		td.release()
	}
}

// TestQVerbLemmas checks the lemma classes of the word table's verbs, and
// that lemmaClasses, primed by primeLemma, answers as qLemmaClasses.
func TestQVerbLemmas(t *testing.T) {
	tab := qWords()
	if len(tab.lemmas) != len(tab.verbs) {
		t.Fatalf("%d lemma classes for %d verbs", len(tab.lemmas), len(tab.verbs))
	}
	d := &qdoc{verbs: tab.verbs, lemmas: tab.lemmas, words: make([]qWordClass, 1)}
	for k, v := range tab.verbs {
		want := qLemmaClasses(v.Lemma)
		if tab.lemmas[k] != want {
			t.Errorf("verb %q: lemma classes %#x, want %#x", v.Lemma, tab.lemmas[k], want)
		}
		d.words[0] = qWordClass(k+1) << qwVerbShift
		d.lemmaOK = false
		d.primeLemma(0, v)
		if !d.lemmaOK || d.lemmaClasses(v.Lemma) != want {
			t.Errorf("verb %q: primed lemma classes %#x (primed %v), want %#x", v.Lemma, d.lemmaCls, d.lemmaOK, want)
		}
		// Another lemma at the same token is looked up.
		other := lexVerb{Lemma: v.Lemma + " clear"}
		d.primeLemma(0, other)
		if got := d.lemmaClasses(other.Lemma); got != qLemmaClasses(other.Lemma) {
			t.Errorf("lemma %q after priming %q: %#x, want %#x", other.Lemma, v.Lemma, got, qLemmaClasses(other.Lemma))
		}
	}
}

// TestQSuffixClasses checks the classes of a word's ending against the
// tests they stand for, on the words of the lists and of the lexicon, and
// forms made from them.
func TestQSuffixClasses(t *testing.T) {
	tab := qWords()
	words := []string{"", "ly", "only", "early", "badly", "bed", "added", "shred", "ing", "king", "saying",
		"n't", "didn't", "didn’t", "can’t", "won't", "don", "characterizations", strings.Repeat("x", lexFoldMax) + "ly"}
	for _, k := range tab.idx.keyList() {
		words = append(words, k, k+"ly", k+"ed", k+"ing", k+"n't")
	}
	for _, l := range qClassLists() {
		words = append(words, l.words...)
	}
	for w := range qNotAdverbs {
		words = append(words, w)
	}
	for _, w := range words {
		if w != qASCIILower(w) {
			continue
		}
		var cls qWordClass
		if k := tab.low.find(w); k >= 0 {
			cls = tab.tok[k]
		}
		c := cls | qSuffixClasses(w, cls)
		if got := qWordClassOf(w); len(w) <= lexFoldMax && got != c {
			t.Errorf("qWordClassOf(%q) = %#x, want %#x", w, got, c)
		}
		if c&qwAdverb != 0 != qIsAdverb(w) {
			t.Errorf("%q: adverb class %v, qIsAdverb %v", w, c&qwAdverb != 0, qIsAdverb(w))
		}
		if len(w) <= lexFoldMax && c&(qwTLVerb|qwVerbForm|qwEd) != 0 != qVerbLike(w) {
			t.Errorf("%q: verb-like classes %v, qVerbLike %v", w, c&(qwTLVerb|qwVerbForm|qwEd) != 0, qVerbLike(w))
		}
		if len(w) <= lexFoldMax && c&(qwTLVerb|qwEd) != 0 != qPastLike(w) {
			t.Errorf("%q: past-like classes %v, qPastLike %v", w, c&(qwTLVerb|qwEd) != 0, qPastLike(w))
		}
		if c&qwIng != 0 != strings.HasSuffix(w, "ing") {
			t.Errorf("%q: -ing class %v", w, c&qwIng != 0)
		}
		if neg := strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"); c&qwNegated != 0 != neg {
			t.Errorf("%q: -n't class %v, want %v", w, c&qwNegated != 0, neg)
		}
	}
}

// TestQPrepCueWords checks that the prepositions of prepCue are of
// qwPrep, the class it tests first, that the words sentenceCues compares
// a candidate with are of qwPhrase, which it tests first, and likewise
// for the other class tests made before a comparison with a word.
func TestQPrepCueWords(t *testing.T) {
	for _, p := range []string{"about", "against", "at", "for", "of", "on", "to", "with"} {
		if qWordClassOf(p)&qwPrep == 0 {
			t.Errorf("%q is not of qwPrep: prepCue would pass over it", p)
		}
	}
	for _, w := range []string{"according", "in", "put", "quoted"} {
		if qWordClassOf(w)&qwPhrase == 0 {
			t.Errorf("%q is not of qwPhrase: sentenceCues would pass over it", w)
		}
	}
	// The class tests that guard a comparison with a word's text.
	for w, c := range map[string]qWordClass{"who": qwWh, "quoting": qwIng, "citing": qwIng} {
		if qWordClassOf(w)&c == 0 {
			t.Errorf("%q is not of class %#x: the rules would pass over it", w, c)
		}
	}
}

// TestQVocabFill checks the quote finder's fields of a vocabulary entry
// against the lookups they stand for, and that the rules' reads of them
// (personNoun, firstPerson) answer as those lookups for tokens with and
// without an id.
func TestQVocabFill(t *testing.T) {
	words := []string{"I", "i", "I'm", "I’M", "We", "WE", "we", "My", "MY", "our", "Our", "OUR", "me",
		"specialists", "lobbyist", "insists", "list", "Officials", "official", "spokeswoman", "SOURCES", "",
		"a.b", "Khan-led", "caf\u00e9", "abcdefghijklmnop"}
	for w := range qPersonHeads {
		words = append(words, w, w+"s", strings.ToUpper(w))
	}
	for w := range qFirstPerson {
		words = append(words, w, qASCIILower(w), strings.ToUpper(w))
	}
	for _, w := range words {
		low := qASCIILower(w)
		var e vocabWord
		qVocabFill(&e, w, low)
		if e.q != qWordClassOf(low) {
			t.Errorf("%q: q = %#x, want %#x", w, e.q, qWordClassOf(low))
		}
		if got, want := e.qx&qxPersonNoun != 0, qPersonNoun(low); got != want {
			t.Errorf("%q: person noun %v, qPersonNoun %v", w, got, want)
		}
		_, want := qFirstPerson[w]
		if got := e.qx&qxFirstPerson != 0; got != want {
			t.Errorf("%q: first person %v, want %v", w, got, want)
		}
	}
	text := "I said WE and We spoke, my officials, Our lobbyists and specialists said: “We’ll see.” " +
		"I’m sure, said the spokeswoman. Mr Khan-led SOURCES, ME, US, MY, us."
	a, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	td := newTextDoc(a)
	defer td.release()
	d := &qdoc{textDoc: td}
	d.classify()
	for k := range td.toks {
		w := td.text[td.toks[k].Start:td.toks[k].End]
		if got, want := d.personNoun(k), qPersonNoun(td.lowAt(k)); got != want {
			t.Errorf("token %q: personNoun %v, want %v", w, got, want)
		}
		_, fp := qFirstPerson[w]
		fp = fp && td.toks[k].Kind == tokWord
		if got := d.firstPerson(k); got != fp {
			t.Errorf("token %q: firstPerson %v, want %v", w, got, fp)
		}
	}
	ids := td.ids
	td.ids = make([]int32, len(ids)) // every token by the lookups
	for k := range td.toks {
		if d.personNoun(k) != qPersonNoun(td.lowAt(k)) {
			t.Errorf("token %d without an id: personNoun differs", k)
		}
	}
	td.ids = ids
}
