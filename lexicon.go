package news

// This file holds the word lists shared by the quote, entity and timeline
// rules. The lists live in lexicon/*.txt (embedded below); each file starts
// with '#' comment lines naming its source, scope and format, followed by one
// entry per line, sorted by the byte order of the first tab-separated column,
// which is unique. The tables are parsed once, on first use, behind a
// sync.Once, and are read-only afterwards, so every lookup is safe for
// concurrent use and does not allocate.
//
// Rules (cited by lexicon_test.go):
//
//	L1: lists are parsed only from the files named in lexFiles; other helpers
//	    may add other lexicon/*.txt files, which are ignored here.
//	L2: a malformed line is skipped and recorded in lexTables.errs; parsing
//	    never panics, whatever the embedded data holds.
//	L3: lookups that take a lowercase word (speech verbs, speech nouns, role
//	    nouns, org nouns, common words) fold ASCII upper case first, without
//	    allocating; words longer than lexFoldMax bytes are not found.
//	L4: lookups that take a form "as written" (titles, retirement marks, given
//	    names, places, demonyms) are exact and case-sensitive.
//	L5: a speech-verb form belongs to exactly one lemma; a second claim of the
//	    same form is an error (L2).
//	L6: lexTitleMaxWords counts space-separated words only: "Lt.-Gen." is one
//	    word, "Lt. Gen." two.
//	L7: attribution phrases match word by word, ASCII case-insensitively, the
//	    longest phrase first.
//	L8: a place or demonym written in capitals only ("NEW YORK", "DUTCH", as in
//	    datelines and headlines) that is not found as written is looked up
//	    again title-cased ("New York"): the first letter of each word, and of
//	    each part after '-' or '.', stays upper case, the rest is lowered.

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"weak"
)

//go:embed lexicon/*.txt
var lexFS embed.FS

// lexFiles names the lexicon files this file parses (L1).
var lexFiles = [...]string{
	"lexicon/attribution_phrases.txt",
	"lexicon/common_words.txt",
	"lexicon/demonyms.txt",
	"lexicon/given_names.txt",
	"lexicon/org_nouns.txt",
	"lexicon/places.txt",
	"lexicon/retirement_marks.txt",
	"lexicon/role_nouns.txt",
	"lexicon/speech_nouns.txt",
	"lexicon/speech_verbs.txt",
	"lexicon/titles.txt",
}

// Verb classes of lexVerb.Class (column 3 of speech_verbs.txt). Zero means
// unknown and is never returned with ok == true.
const (
	lexSpeech     uint8 = iota + 1 // communication: say, tell, add
	lexCognition                   // belief, intention, emotion: believe, hope, fear
	lexPerception                  // see, hear, learn
)

// Title classes returned by lexTitle (column 2 of titles.txt). Zero means
// unknown.
const (
	lexTitleMilitary uint8 = iota + 1
	lexTitlePolitical
	lexTitleCivil
	lexTitleHonorific
	lexTitleReligious
	lexTitleRoyal
	lexTitleAcademic
	lexTitleBusiness
	lexTitleJudicial
	lexTitlePolice
)

// Place kinds returned by lexPlace (column 2 of places.txt). Zero means
// unknown.
const (
	lexPlaceCountry uint8 = iota + 1
	lexPlaceCapital
	lexPlaceCity
	lexPlaceState
	lexPlaceRegion
	lexPlaceContinent
	lexPlaceWater
)

// lexFoldMax is the longest word, in bytes, that the case-folding lookups
// accept (L3). No entry of the folded lists is longer.
const lexFoldMax = 64

// A lexVerb describes one attribution verb lemma.
type lexVerb struct {
	Lemma    string // base form, e.g. "say"
	Class    uint8  // lexSpeech, lexCognition or lexPerception
	Listener bool   // takes the addressee as direct object: "told reporters"
	Particle string // particle the verb needs to cue speech ("out" in "point out"), or ""
}

// lexTitleEntry is one row of titles.txt.
type lexTitleEntry struct {
	class     uint8
	canonical string
}

// lexNameEntry is one row of given_names.txt.
type lexNameEntry struct {
	gender byte // 'm', 'f' or 'u'
	common bool
}

// lexPlaceEntry is one row of places.txt.
type lexPlaceEntry struct {
	kind    uint8
	country string // ISO 3166-1 alpha-2 code, or "-"
}

// lexOrg flags of org_nouns.txt column 2.
const (
	lexOrgHead uint8 = 1 << iota
	lexOrgDesc
)

// lexMaps holds every parsed list as maps, as the files give them. The
// lookups use the indexes of lexTables built from them, and the maps are
// not kept: their twelve thousand keys are pointers that every collection
// of the heap would mark again (about 5 M instructions a collection). The
// builders of derived tables and the tests take them from lexLoadMaps.
type lexMaps struct {
	verbs       map[string]lexVerb // every inflected form -> its lemma
	speechNouns map[string]struct{}
	titles      map[string]lexTitleEntry
	roles       map[string]byte
	orgs        map[string]uint8
	names       map[string]lexNameEntry
	places      map[string]lexPlaceEntry
	demonyms    map[string]string
	common      map[string]struct{}

	t *lexTables // the rest of the parse, kept by lexLoad
}

// lexTables holds every parsed list in the form the lookups read. It is
// built once by lexLoad and never written afterwards.
type lexTables struct {
	phrases       [][]string // attribution phrases, lowercase words, longest first
	titleMaxWords int
	retire        map[string]bool // mark -> true if it precedes the title
	counts        map[string]int  // entries per file, for tests and reports

	// Indexes of the folded lists (L3), built from the maps of lexMaps
	// once they are complete.
	verbIdx   lexIndex
	verbVals  []lexVerb // per key of verbIdx
	nounIdx   lexIndex  // speech nouns
	roleIdx   lexIndex
	roleVals  []byte
	orgIdx    lexIndex
	orgVals   []uint8
	commonIdx lexIndex
	// Indexes of the exact lists (L4) that entity rules ask per word.
	titleIdx  lexIndex
	titleVals []lexTitleEntry
	nameIdx   lexIndex
	nameVals  []lexNameEntry
	// and those asked per name (L4 with the fallback of L8).
	placeIdx   lexIndex
	placeVals  []lexPlaceEntry
	demonymIdx lexIndex
	demonymVal []string
	errs       []error // malformed lines (L2); empty for the shipped lists
}

var (
	lexOnce sync.Once
	lexTab  atomic.Pointer[lexTables] // set once, by lexOnce

	// lexMapsWeak holds the last parse of lexLoadMaps weakly: the table
	// builders that run one after the other at the first analysis share
	// it, and a collection takes it afterwards.
	lexMapsMu   sync.Mutex
	lexMapsWeak weak.Pointer[lexMaps]
)

// lexLoad returns the parsed tables, parsing them on first use. Once they
// are parsed it is one atomic load, inlined into the lookups that call it
// for every word; lexLoadOnce parses them, once.
func lexLoad() *lexTables {
	if t := lexTab.Load(); t != nil {
		return t
	}
	return lexLoadOnce()
}

// lexLoadOnce parses the tables on first use, behind lexOnce.
func lexLoadOnce() *lexTables {
	lexOnce.Do(func() { lexTab.Store(lexLoadMaps().t) })
	return lexTab.Load()
}

// lexLoadMaps returns the lists as maps, with tables built from them
// (equal to lexLoad's, not always the same value). The maps are shared
// and must not be modified.
func lexLoadMaps() *lexMaps {
	lexMapsMu.Lock()
	defer lexMapsMu.Unlock()
	if m := lexMapsWeak.Value(); m != nil {
		return m
	}
	m := lexParseAll()
	lexMapsWeak = weak.Make(m)
	return m
}

// lexRows returns the tab-split entry lines of an embedded lexicon file,
// skipping the leading '#' comment lines. A missing file yields no rows and an
// error.
func lexRows(t *lexTables, name string) [][]string {
	data, err := lexFS.ReadFile(name)
	if err != nil {
		t.errs = append(t.errs, fmt.Errorf("lexicon: %s: %v", name, err))
		return nil
	}
	var rows [][]string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if cols[0] == "" {
			t.errs = append(t.errs, fmt.Errorf("lexicon: %s:%d: empty first column", name, i+1))
			continue
		}
		rows = append(rows, cols)
	}
	t.counts[name] = len(rows)
	return rows
}

// lexBad records a malformed line (L2).
func (t *lexTables) lexBad(name string, cols []string, why string) {
	t.errs = append(t.errs, fmt.Errorf("lexicon: %s: %q: %s", name, strings.Join(cols, "\t"), why))
}

// lexParseAll parses every file of lexFiles into maps and builds the
// tables from them.
func lexParseAll() *lexMaps {
	t := &lexTables{
		retire: map[string]bool{},
		counts: map[string]int{},
	}
	m := &lexMaps{
		verbs:       map[string]lexVerb{},
		speechNouns: map[string]struct{}{},
		titles:      map[string]lexTitleEntry{},
		roles:       map[string]byte{},
		orgs:        map[string]uint8{},
		names:       map[string]lexNameEntry{},
		places:      map[string]lexPlaceEntry{},
		demonyms:    map[string]string{},
		common:      map[string]struct{}{},
		t:           t,
	}

	const sv = "lexicon/speech_verbs.txt"
	for _, c := range lexRows(t, sv) {
		if len(c) < 4 || len(c) > 5 {
			t.lexBad(sv, c, "want 4 or 5 columns")
			continue
		}
		v := lexVerb{Lemma: c[0], Listener: c[3] == "listener"}
		switch c[2] {
		case "speech":
			v.Class = lexSpeech
		case "cognition":
			v.Class = lexCognition
		case "perception":
			v.Class = lexPerception
		default:
			t.lexBad(sv, c, "bad class")
			continue
		}
		if c[3] != "listener" && c[3] != "-" {
			t.lexBad(sv, c, "bad listener column")
			continue
		}
		if len(c) == 5 {
			v.Particle = c[4]
		}
		for _, f := range strings.Fields(c[1]) {
			if old, dup := m.verbs[f]; dup && old.Lemma != v.Lemma { // L5
				t.lexBad(sv, c, "form "+f+" already belongs to "+old.Lemma)
				continue
			}
			m.verbs[f] = v
		}
		if _, ok := m.verbs[c[0]]; !ok {
			t.lexBad(sv, c, "lemma missing from its forms")
		}
	}

	const sn = "lexicon/speech_nouns.txt"
	for _, c := range lexRows(t, sn) {
		m.speechNouns[c[0]] = struct{}{}
	}

	const ap = "lexicon/attribution_phrases.txt"
	for _, c := range lexRows(t, ap) {
		t.phrases = append(t.phrases, strings.Fields(c[0]))
	}
	// L7: longest first, so "as quoted by" wins over a shorter prefix.
	for i := 1; i < len(t.phrases); i++ {
		for j := i; j > 0 && len(t.phrases[j]) > len(t.phrases[j-1]); j-- {
			t.phrases[j], t.phrases[j-1] = t.phrases[j-1], t.phrases[j]
		}
	}

	const ti = "lexicon/titles.txt"
	for _, c := range lexRows(t, ti) {
		if len(c) != 3 {
			t.lexBad(ti, c, "want 3 columns")
			continue
		}
		cl := lexTitleClass(c[1])
		if cl == 0 {
			t.lexBad(ti, c, "bad class")
			continue
		}
		m.titles[c[0]] = lexTitleEntry{class: cl, canonical: c[2]}
		if n := len(strings.Fields(c[0])); n > t.titleMaxWords { // L6
			t.titleMaxWords = n
		}
	}

	const rm = "lexicon/retirement_marks.txt"
	for _, c := range lexRows(t, rm) {
		if len(c) != 2 || (c[1] != "before" && c[1] != "after") {
			t.lexBad(rm, c, "want mark<TAB>before|after")
			continue
		}
		t.retire[c[0]] = c[1] == "before"
	}

	const rn = "lexicon/role_nouns.txt"
	for _, c := range lexRows(t, rn) {
		if len(c) != 2 || (c[1] != "m" && c[1] != "f" && c[1] != "-") {
			t.lexBad(rn, c, "want noun<TAB>m|f|-")
			continue
		}
		m.roles[c[0]] = c[1][0]
	}

	const on = "lexicon/org_nouns.txt"
	for _, c := range lexRows(t, on) {
		var fl uint8
		if len(c) == 2 {
			switch c[1] {
			case "head":
				fl = lexOrgHead
			case "desc":
				fl = lexOrgDesc
			case "both":
				fl = lexOrgHead | lexOrgDesc
			}
		}
		if fl == 0 {
			t.lexBad(on, c, "want noun<TAB>head|desc|both")
			continue
		}
		m.orgs[c[0]] = fl
	}

	const gn = "lexicon/given_names.txt"
	for _, c := range lexRows(t, gn) {
		if len(c) < 2 || len(c) > 3 || (c[1] != "m" && c[1] != "f" && c[1] != "u") ||
			(len(c) == 3 && c[2] != "common") {
			t.lexBad(gn, c, "want name<TAB>m|f|u[<TAB>common]")
			continue
		}
		m.names[c[0]] = lexNameEntry{gender: c[1][0], common: len(c) == 3}
	}

	const pl = "lexicon/places.txt"
	for _, c := range lexRows(t, pl) {
		if len(c) != 3 {
			t.lexBad(pl, c, "want 3 columns")
			continue
		}
		k := lexPlaceKind(c[1])
		if k == 0 || (c[2] != "-" && len(c[2]) != 2) {
			t.lexBad(pl, c, "bad kind or country")
			continue
		}
		m.places[c[0]] = lexPlaceEntry{kind: k, country: c[2]}
	}

	const dm = "lexicon/demonyms.txt"
	for _, c := range lexRows(t, dm) {
		if len(c) != 2 || (c[1] != "-" && len(c[1]) != 2) {
			t.lexBad(dm, c, "want word<TAB>country")
			continue
		}
		m.demonyms[c[0]] = c[1]
	}

	const cw = "lexicon/common_words.txt"
	for _, c := range lexRows(t, cw) {
		m.common[c[0]] = struct{}{}
	}

	t.verbIdx, t.verbVals = lexIndexOf(m.verbs)
	t.nounIdx, _ = lexIndexOf(m.speechNouns)
	t.roleIdx, t.roleVals = lexIndexOf(m.roles)
	t.orgIdx, t.orgVals = lexIndexOf(m.orgs)
	t.commonIdx, _ = lexIndexOf(m.common)
	t.titleIdx, t.titleVals = lexIndexOf(m.titles)
	t.nameIdx, t.nameVals = lexIndexOf(m.names)
	t.placeIdx, t.placeVals = lexIndexOf(m.places)
	t.demonymIdx, t.demonymVal = lexIndexOf(m.demonyms)
	return m
}

// lexTitleClass maps a class name of titles.txt to its constant, or 0.
func lexTitleClass(s string) uint8 {
	switch s {
	case "military":
		return lexTitleMilitary
	case "political":
		return lexTitlePolitical
	case "civil":
		return lexTitleCivil
	case "honorific":
		return lexTitleHonorific
	case "religious":
		return lexTitleReligious
	case "royal":
		return lexTitleRoyal
	case "academic":
		return lexTitleAcademic
	case "business":
		return lexTitleBusiness
	case "judicial":
		return lexTitleJudicial
	case "police":
		return lexTitlePolice
	}
	return 0
}

// lexPlaceKind maps a kind name of places.txt to its constant, or 0.
func lexPlaceKind(s string) uint8 {
	switch s {
	case "country":
		return lexPlaceCountry
	case "capital":
		return lexPlaceCapital
	case "city":
		return lexPlaceCity
	case "state":
		return lexPlaceState
	case "region":
		return lexPlaceRegion
	case "continent":
		return lexPlaceContinent
	case "water":
		return lexPlaceWater
	}
	return 0
}

// A lexIndex is a read-only hash index over the keys of one list, for the
// lookups that every token of an article goes through. A key is found by
// its position in keys; the values live in a slice beside it. find
// compares keys ASCII case-insensitively (L3) and findExact as written
// (L4), so a lookup neither copies the word nor allocates.
//
// A word is hashed by its signature (lexSig): its length and its first,
// middle and last bytes with ASCII case folded, mixed by one multiply. A
// word not in the list, the usual case, is mostly rejected by a bit set
// (about 32 bits a key) that marks the keys' signatures. That test,
// mayHold, makes no call and is inlined: loops over every word (hasVerb,
// the times tokens) call probe only for the few words that pass; find and
// findExact are mayHold and probe for everyone else. A word that passes
// goes to probe, which reads the table (4
// bytes a slot, at most half full) from the slot of the signature's high
// bits; each slot holds high bits of its key's signature, so most slots
// of other keys are passed without reading the key. Keys that share a
// signature ("mark" and "monk") share a start slot and lie one after the
// other.
type lexIndex struct {
	slots  []uint32 // 0: empty; else signature tag | key index + 1
	keys   string   // the keys one after the other: see key
	offs   []uint32 // key k is keys[offs[k]:offs[k+1]]
	low    uint32   // the low bits of a slot, that hold the key index + 1
	filter []uint64 // bit lexSig(key) >> shift set for each key
	shift  uint     // 32 - log2 of the filter's bits
	sshift uint     // 32 - log2(len(slots))
}

// lexIndexOf builds the index of the keys of m and returns it with the
// value of each key. Map order does not matter: a key's slot depends on
// the others, but what a lookup finds does not.
//
// The keys are kept in one string, not as a []string: the tables live as
// long as the process, and every collection would mark each key's pointer
// again.
func lexIndexOf[V any](m map[string]V) (lexIndex, []V) {
	keys := make([]string, 0, len(m))
	vals := make([]V, 0, len(m))
	size := 0
	for k, v := range m {
		if len(k) == 0 {
			continue // never found
		}
		keys = append(keys, k)
		vals = append(vals, v)
		size += len(k)
	}
	var x lexIndex
	var all strings.Builder
	all.Grow(size)
	x.offs = make([]uint32, 1, len(keys)+1)
	for _, k := range keys {
		all.WriteString(k)
		x.offs = append(x.offs, uint32(all.Len()))
	}
	x.keys = all.String()
	for int(x.low) < len(keys) {
		x.low = x.low<<1 | 1
	}
	n := 16
	x.sshift = 32 - 4
	for n < 2*len(keys) {
		n *= 2
		x.sshift--
	}
	x.slots = make([]uint32, n)
	mask := uint32(n - 1)
	x.shift = 32 - 6
	for 1<<(32-x.shift) < 32*len(keys) {
		x.shift--
	}
	x.filter = make([]uint64, 1<<(32-x.shift)/64)
	for ki, k := range keys {
		h := lexSig(k)
		f := h >> x.shift
		x.filter[f/64] |= 1 << (f % 64)
		i := h >> x.sshift
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = h&^x.low | uint32(ki+1)
	}
	return x, vals
}

// key returns key k of x.
func (x *lexIndex) key(k int) string { return x.keys[x.offs[k]:x.offs[k+1]] }

// keyList returns a new slice of the keys of x, in index order, for the
// builders of other tables and for tests.
func (x *lexIndex) keyList() []string {
	l := make([]string, 0, max(len(x.offs)-1, 0))
	for k := 0; k+1 < len(x.offs); k++ {
		l = append(l, x.key(k))
	}
	return l
}

// find returns the index of the key equal to s with ASCII upper case folded
// to lower case, or -1. Words longer than lexFoldMax are not found (L3).
func (x *lexIndex) find(s string) int {
	if uint(len(s)-1) >= lexFoldMax {
		return -1 // empty or too long
	}
	if h, ok := x.mayHold(s); ok {
		return x.probe(s, h, false)
	}
	return -1
}

// findExact returns the index of the key equal to s as written (L4), or
// -1.
func (x *lexIndex) findExact(s string) int {
	if len(s) == 0 {
		return -1
	}
	if h, ok := x.mayHold(s); ok {
		return x.probe(s, h, true)
	}
	return -1
}

// mayHold returns the signature of s and whether the filter lets s
// through: false means that no key equals s, even with ASCII case folded.
// s must not be empty. It makes no call, so that the loops over every
// word can have it inlined and call probe only for the few words that
// pass.
func (x *lexIndex) mayHold(s string) (uint32, bool) {
	h := lexSig(s)
	f := h >> x.shift
	return h, int(f/64) < len(x.filter) && x.filter[f/64]&(1<<(f%64)) != 0 // the zero index is empty
}

// probe is find (exact false) and findExact (exact true) once s, of
// signature h, has passed the filter (mayHold).
func (x *lexIndex) probe(s string, h uint32, exact bool) int {
	tag, low := h&^x.low, x.low
	mask := uint32(len(x.slots) - 1)
	for i := (h >> x.sshift) & mask; ; i = (i + 1) & mask {
		sl := x.slots[i]
		if sl == 0 {
			return -1
		}
		if sl&^low == tag {
			k := int(sl&low) - 1
			if key := x.key(k); exact && key == s || !exact && lexEqualFold(key, s) {
				return k
			}
		}
	}
}

// lexSig returns the signature of a word s of at least one byte: its
// length and its first, middle and last bytes, each with its 0x20 bit set
// (which folds ASCII upper case, and merges a few other bytes, which only
// costs a key comparison), mixed into the high bits by a multiply. Words
// that differ in those differ in the signature.
func lexSig(s string) uint32 {
	n := len(s)
	return (uint32(n)<<24 | uint32(s[0])<<16 | uint32(s[n>>1])<<8 | uint32(s[n-1]) | 0x202020) * 0x9e3779b1
}

// lexExact is a read-only table of values by exact key (L4): an index of
// the keys, which rejects most words without hashing them, and the value
// of each key.
type lexExact[V any] struct {
	idx  lexIndex
	vals []V
}

// get returns the value of s, the zero V when s is no key.
func (t *lexExact[V]) get(s string) V {
	if k := t.idx.findExact(s); k >= 0 {
		return t.vals[k]
	}
	var zero V
	return zero
}

// lexHash hashes s with every byte's 0x20 bit set, which folds ASCII upper
// case (and merges a few other bytes, which only costs a key comparison),
// eight bytes at a time; the last one to eight bytes are read as two
// words of four that may overlap (or byte by byte, under four), as s and
// its length tell them apart.
func lexHash(s string) uint32 {
	const ones = 0x2020202020202020
	h := uint64(len(s))
	for ; len(s) > 8; s = s[8:] { // one load, no bounds check per byte
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ (w | ones)) * 0x9e3779b97f4a7c15
		h ^= h >> 29
	}
	var w uint64
	if n := len(s); n >= 4 {
		t := s[n-4:]
		w = (uint64(s[0])|uint64(s[1])<<8|uint64(s[2])<<16|uint64(s[3])<<24)<<32 |
			uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24
	} else {
		for i := 0; i < n; i++ {
			w = w<<8 | uint64(s[i])
		}
	}
	h = (h ^ (w | ones)) * 0x9e3779b97f4a7c15
	h ^= h >> 32
	h *= 0xff51afd7ed558ccd
	h ^= h >> 29
	return uint32(h)
}

// lexEqualFold reports whether s equals the lower-case key k once its ASCII
// upper case is folded (L3).
func lexEqualFold(k, s string) bool {
	if len(k) != len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

// lexSpeechVerb reports the attribution verb that form ("said", "Told",
// "pointing") is an inflection of. Case is folded (L3). Verbs that need a
// particle ("point out") report it in lexVerb.Particle; the caller checks it.
func lexSpeechVerb(form string) (lexVerb, bool) {
	t := lexLoad()
	if uint(len(form)-1) >= lexFoldMax {
		return lexVerb{}, false // empty or too long (L3)
	}
	if h, ok := t.verbIdx.mayHold(form); ok { // find, its first test inlined
		if k := t.verbIdx.probe(form, h, false); k >= 0 {
			return t.verbVals[k], true
		}
	}
	return lexVerb{}, false
}

// lexSpeechNoun reports whether word ("statement", "remarks") is a noun that
// introduces reported speech. Case is folded (L3).
func lexSpeechNoun(word string) bool {
	x := &lexLoad().nounIdx
	if uint(len(word)-1) >= lexFoldMax {
		return false // empty or too long (L3)
	}
	h, ok := x.mayHold(word) // find, its first test inlined
	return ok && x.probe(word, h, false) >= 0
}

// lexAttributionPhrases returns the attribution phrases as lowercase words,
// longest first ("as quoted by" before "quoting"). The result is shared and
// must not be modified.
func lexAttributionPhrases() [][]string {
	return lexLoad().phrases
}

// lexAttributionPhraseAt reports how many of the leading words match an
// attribution phrase ("According", "to", ...), comparing ASCII
// case-insensitively and preferring the longest phrase (L7). It returns 0 when
// none matches, including for empty input.
func lexAttributionPhraseAt(words []string) int {
	for _, p := range lexLoad().phrases {
		if len(p) > len(words) {
			continue
		}
		match := true
		for i, w := range p {
			if !strings.EqualFold(w, words[i]) {
				match = false
				break
			}
		}
		if match {
			return len(p)
		}
	}
	return 0
}

// lexTitle reports the class and canonical full form of a person title as
// written ("Lt. Gen." -> military, "Lieutenant General"). The match is exact
// and case-sensitive (L4); multi-word titles use single spaces.
func lexTitle(form string) (class uint8, canonical string, ok bool) {
	t := lexLoad()
	if form == "" {
		return 0, "", false
	}
	if h, ok := t.titleIdx.mayHold(form); ok { // findExact, its first test inlined
		if k := t.titleIdx.probe(form, h, true); k >= 0 {
			e := &t.titleVals[k]
			return e.class, e.canonical, true
		}
	}
	return 0, "", false
}

// lexTitleMaxWords returns the largest number of space-separated words in any
// title (L6), so a caller knows how far to look ahead.
func lexTitleMaxWords() int {
	return lexLoad().titleMaxWords
}

// lexRetirementMark reports whether form ("(retd)", "(r)", "retired") marks a
// title held in retirement, and whether the mark comes before the title
// ("retired Gen X") rather than after it ("Lt Gen (retd) X"). Exact match (L4).
func lexRetirementMark(form string) (before, ok bool) {
	before, ok = lexLoad().retire[form]
	return before, ok
}

// lexRoleNoun reports whether word ("minister", "spokeswoman") is a role noun,
// with its gender: 'm', 'f' or '-' for unmarked. Case is folded (L3).
func lexRoleNoun(word string) (gender byte, ok bool) {
	t := lexLoad()
	if uint(len(word)-1) >= lexFoldMax {
		return 0, false // empty or too long (L3)
	}
	if h, ok := t.roleIdx.mayHold(word); ok { // find, its first test inlined
		if k := t.roleIdx.probe(word, h, false); k >= 0 {
			return t.roleVals[k], true
		}
	}
	return 0, false
}

// lexOrgNoun reports whether word can end an organisation name (head:
// "Ministry", "Inc") and whether it can head a description of one (desc: "the
// daily", "the party"). Case is folded (L3); both are false for other words.
func lexOrgNoun(word string) (head, desc bool) {
	t := lexLoad()
	if uint(len(word)-1) >= lexFoldMax {
		return false, false // empty or too long (L3)
	}
	h, ok := t.orgIdx.mayHold(word) // find, its first test inlined
	if !ok {
		return false, false
	}
	k := t.orgIdx.probe(word, h, false)
	if k < 0 {
		return false, false
	}
	fl := t.orgVals[k]
	return fl&lexOrgHead != 0, fl&lexOrgDesc != 0
}

// lexGivenName reports whether name ("Imran", "Jean-Pierre") is a common given
// name, with its gender ('m', 'f' or 'u') and whether it is also a common
// English word ("Will", "Grace"). Exact match (L4).
func lexGivenName(name string) (gender byte, common, ok bool) {
	t := lexLoad()
	if name == "" {
		return 0, false, false
	}
	if h, ok := t.nameIdx.mayHold(name); ok { // findExact, its first test inlined
		if k := t.nameIdx.probe(name, h, true); k >= 0 {
			e := t.nameVals[k]
			return e.gender, e.common, true
		}
	}
	return 0, false, false
}

// lexPlace reports the kind (lexPlaceCountry, ...) and ISO country code ("-"
// when none or several) of a place name as written ("U.S.", "Khyber
// Pakhtunkhwa"). Exact match (L4), with the capitals-only fallback of L8
// ("NEW YORK").
func lexPlace(name string) (kind uint8, country string, ok bool) {
	t := lexLoad()
	if name == "" {
		return 0, "", false // lexUpperFallback finds no "" either
	}
	if h, ok := t.placeIdx.mayHold(name); ok { // findExact, its first test inlined
		if k := t.placeIdx.probe(name, h, true); k >= 0 {
			e := &t.placeVals[k]
			return e.kind, e.country, true
		}
	}
	if k := lexUpperFallback(&t.placeIdx, name); k >= 0 {
		e := &t.placeVals[k]
		return e.kind, e.country, true
	}
	return 0, "", false
}

// lexDemonym reports the ISO country code ("-" for ethnic or regional words)
// of a nationality word as written ("Pakistani", "Briton"). Exact match (L4),
// with the capitals-only fallback of L8 ("DUTCH").
func lexDemonym(word string) (country string, ok bool) {
	t := lexLoad()
	if word == "" {
		return "", false // lexUpperFallback finds no "" either
	}
	if h, ok := t.demonymIdx.mayHold(word); ok { // findExact, its first test inlined
		if k := t.demonymIdx.probe(word, h, true); k >= 0 {
			return t.demonymVal[k], true
		}
	}
	if k := lexUpperFallback(&t.demonymIdx, word); k >= 0 {
		return t.demonymVal[k], true
	}
	return "", false
}

// lexUpperFallback looks s up title-cased when it has no lower-case ASCII
// letter (L8), for the lists looked up exactly (lexPlace, lexDemonym) once
// the exact lookup has failed. Their index rejects most words without
// hashing them; this second lookup is left to the rare words in capitals.
// It returns the key index in x, or -1. It does not allocate.
func lexUpperFallback(x *lexIndex, s string) int {
	if len(s) > lexFoldMax || lexHasLowerASCII(s) {
		return -1 // not all capitals: the exact miss stands
	}
	var buf [lexFoldMax]byte
	start := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' && !start {
			c += 'a' - 'A'
		}
		start = c == ' ' || c == '-' || c == '.' || c == '\''
		buf[i] = c
	}
	return x.findExact(string(buf[:len(s)]))
}

// lexHasLowerASCII reports whether s has a lower-case ASCII letter: most
// names fail lexUpperFallback at their second byte, before it fills its
// buffer.
func lexHasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// lexCommonWord reports whether word is a frequent English word that is not a
// name when capitalised only by its position ("However", "Former", "Quoting").
// Case is folded (L3).
func lexCommonWord(word string) bool {
	x := &lexLoad().commonIdx
	if uint(len(word)-1) >= lexFoldMax {
		return false // empty or too long (L3)
	}
	h, ok := x.mayHold(word) // find, its first test inlined
	return ok && x.probe(word, h, false) >= 0
}
