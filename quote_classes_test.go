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
