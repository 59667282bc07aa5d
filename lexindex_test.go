package news

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lexRefFold is the reference of the folded lookups (L3): ASCII upper case
// folded, then an exact map lookup; words longer than lexFoldMax are not found.
func lexRefFold[V any](m map[string]V, s string) bool {
	if len(s) > lexFoldMax {
		return false
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	_, ok := m[string(b)]
	return ok
}

// lexIndexWords returns test words: every key of m, in lower, upper and
// title case, and every token of the testdata articles.
func lexIndexWords[V any](t *testing.T, m map[string]V) []string {
	t.Helper()
	var words []string
	for k := range m {
		words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:], k+"x", k[:len(k)-1])
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	return append(words, "", "\xff", strings.Repeat("a", lexFoldMax+1), "ÉTÉ", "said\x00")
}

// testLexIndex checks that x finds exactly the words the reference finds,
// and the right key.
func testLexIndex[V any](t *testing.T, name string, m map[string]V, x *lexIndex, vals []V, eq func(a, b V) bool) {
	t.Helper()
	for _, w := range lexIndexWords(t, m) {
		k := x.find(w)
		if ok := lexRefFold(m, w); ok != (k >= 0) {
			t.Errorf("%s: find(%q) = %d, reference found %v", name, w, k, ok)
			continue
		}
		if k >= 0 && (!strings.EqualFold(x.key(k), w) || vals != nil && !eq(vals[k], m[x.key(k)])) {
			t.Errorf("%s: find(%q) gives key %q", name, w, x.key(k))
		}
	}
}

// TestLexIndex checks the indexes of the folded lists against their maps.
func TestLexIndex(t *testing.T) {
	tab, maps := lexLoad(), lexLoadMaps()
	testLexIndex(t, "verbs", maps.verbs, &tab.verbIdx, tab.verbVals, func(a, b lexVerb) bool { return a == b })
	testLexIndex(t, "speech nouns", maps.speechNouns, &tab.nounIdx, nil, nil)
	testLexIndex(t, "roles", maps.roles, &tab.roleIdx, tab.roleVals, func(a, b byte) bool { return a == b })
	testLexIndex(t, "orgs", maps.orgs, &tab.orgIdx, tab.orgVals, func(a, b uint8) bool { return a == b })
	testLexIndex(t, "common", maps.common, &tab.commonIdx, nil, nil)
	tx := txLexicon()
	testLexIndex(t, "times", tx.ids, &tx.idx, tx.idxIDs, func(a, b uint16) bool { return a == b })
	var zero lexIndex
	if k := zero.find("said"); k != -1 {
		t.Errorf("zero index: find = %d, want -1", k)
	}
}

// TestLexIndexExact checks the indexes of the exact lists (L4) against
// their maps.
func TestLexIndexExact(t *testing.T) {
	tab, maps := lexLoad(), lexLoadMaps()
	check := func(name string, x *lexIndex, has func(string) bool, words []string) {
		for _, w := range words {
			k := x.findExact(w)
			if has(w) != (k >= 0) || k >= 0 && x.key(k) != w {
				t.Errorf("%s: findExact(%q) = %d, map has it: %v", name, w, k, has(w))
			}
		}
	}
	check("titles", &tab.titleIdx, func(w string) bool { _, ok := maps.titles[w]; return ok }, lexIndexWords(t, maps.titles))
	check("names", &tab.nameIdx, func(w string) bool { _, ok := maps.names[w]; return ok }, lexIndexWords(t, maps.names))
	for k, v := range maps.titles {
		if c, canon, ok := lexTitle(k); !ok || c != v.class || canon != v.canonical {
			t.Errorf("lexTitle(%q) = %d, %q, %v; want %d, %q", k, c, canon, ok, v.class, v.canonical)
		}
	}
	for k, v := range maps.names {
		if g, c, ok := lexGivenName(k); !ok || g != v.gender || c != v.common {
			t.Errorf("lexGivenName(%q) = %q, %v, %v; want %q, %v", k, g, c, ok, v.gender, v.common)
		}
	}
}

// TestQWords checks the quote word classes against the lists they come
// from.
func TestQWords(t *testing.T) {
	qw := qWords()
	words := lexIndexWords(t, lexLoadMaps().verbs)
	for w := range qStanceAdjectives {
		words = append(words, w)
	}
	for w := range qStanceNouns {
		words = append(words, w)
	}
	for _, w := range words {
		var got qWordInfo
		if k := qw.idx.find(w); k >= 0 {
			got = qw.info[k]
		}
		v, isVerb := lexSpeechVerb(w)
		_, cog := qCognitionCues[v.Lemma]
		_, as := qAsCues[v.Lemma]
		_, obj := qObjectCues[v.Lemma]
		_, not := qNotCues[v.Lemma]
		_, amb := qAmbiguousForms[strings.ToLower(w)]
		cue := isVerb && (v.Class == lexSpeech || cog || as || obj) && !not && !amb
		if got.cls&qwVerb != 0 != isVerb || got.cls&qwCue != 0 != cue || isVerb && qw.verbs[got.verb] != v {
			t.Errorf("qWords %q: %+v; want verb %v cue %v (%+v)", w, got, isVerb, cue, v)
		}
		_, adj := qStanceAdjectives[strings.ToLower(w)]
		_, noun := qStanceNouns[strings.ToLower(w)]
		if len(w) <= lexFoldMax && !strings.ContainsFunc(w, func(r rune) bool { return r >= 0x80 }) &&
			(got.cls&qwStanceAdj != 0 != adj || got.cls&qwStanceNoun != 0 != noun) {
			t.Errorf("qWords %q: %+v; want stance adjective %v, noun %v", w, got, adj, noun)
		}
	}
}
