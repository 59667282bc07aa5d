package news

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode/utf8"
)

// The fill of a new word (W2), by the word lists that may hold it.
//
// vocabFillLists computes a new word's entry by asking each stage's word
// lists about it, some twenty lookups in as many tables, most of them
// cache misses. Most of the new words of a batch are rare ones (names,
// numbers, typos), in none of the lists, whose entry follows from their
// bytes alone; and a word of the lists is in one or two of them. So the
// lists are put in groups, one for each part of the entry that they
// decide (vocabGroup), and one read-only filter, built once from every
// key of every group (vocabGroupFilter), tells which groups may hold a
// word: vocabFill computes the entry from the word's bytes
// (vocabFillRare), as the fill does for a word found nowhere, and then
// asks only the groups that may hold it, each for its part.
//
// Every lookup of the fill finds a word by its lower-case form (low, the
// word with its ASCII letters in lower case) or by a form from which low
// follows: the lists asked with case folded (L3) find a key equal to low;
// those asked as written (L4) a key equal to the word, whose lower-case
// form is low; the capitals-only fallback of L8 (lexUpperFallback) a key
// equal to the word title-cased, which is low again once lower-cased; and
// qPersonNoun asks about low without its last "s" too. So a group none of
// whose lower-cased keys is low (or low without a last "s", for
// vgPerson) finds nothing for the word, and its part of the entry is what
// the fill gives a word found nowhere. The filter may let a word through a
// group that does not hold it (a false positive): the group is asked, and
// finds nothing, only slower. TestVocabFillRare checks vocabFill against
// vocabFillLists over every word of the lists and of the corpora.

// vocabGroup is a bit set of the groups of word lists (see vocabFill).
type vocabGroup uint8

// The groups, each with the part of the entry it decides.
const (
	vgQuote  vocabGroup = 1 << iota // vocabWord.q: qWords (qWordClassOf)
	vgPerson                        // qxPersonNoun: qPersonNoun's lists, of low and low less an "s"
	vgFirst                         // qxFirstPerson: qFirstPerson
	vgEvents                        // tl, tlOrd: the lists and words of tlVocabFill
	vgMarks                         // eMarks: eTitleTable, "the" and the pronouns (eWordMarks)
	vgEWords                        // eInfo: eWordTable
	vgNames                         // eName, eGender: the name lists of eNameOf
	vgTimes                         // txLex of a word of letters: txLexicon
	vgCount  = iota
)

// vocabGroupKeys calls add with the group bit index g of each group and
// each of its keys (as they are: vocabGroupFilter lower-cases them).
func vocabGroupKeys(add func(g int, key string)) {
	idx := func(g int, x *lexIndex) {
		for k := 0; k+1 < len(x.offs); k++ {
			add(g, x.key(k))
		}
	}
	set := func(g int, m map[string]struct{}) {
		for w := range m {
			add(g, w)
		}
	}
	list := func(g int, l []string) {
		for _, w := range l {
			add(g, w)
		}
	}
	lt := lexLoad()
	idx(0, &qWords().idx)
	set(1, qPersonHeads)
	idx(1, &lt.roleIdx)
	idx(1, &lt.orgIdx)
	set(2, qFirstPerson)
	list(3, vocabEventWords)
	idx(3, tlVerbForms())
	idx(3, &lt.verbIdx)
	set(3, tlEventNouns)
	set(3, tlEventHeads)
	for w := range tlOrdinals {
		add(3, w)
	}
	list(4, vocabMarkWords)
	idx(4, &eTitleTable().idx)
	idx(5, &eWordTable().idx)
	for _, x := range []*lexIndex{&lt.nameIdx, &lt.commonIdx, &lt.placeIdx, &lt.demonymIdx} {
		idx(6, x)
	}
	for w := range txLexicon().ids {
		add(7, w)
	}
}

// vocabEventWords are the words that tlVocabFill (and tlWordClass)
// compares a word with in switches rather than looks up in a list.
var vocabEventWords = []string{
	"day", "time", "term", "then", "round", "visit", "after", "later", "since", "ahead", "until", "which",
	"before", "meeting", "attempt", "session", "following",
	"but", "who", "while", "whereas", "quoting", "citing", "and", "he", "she", "they", "it", "i", "we", "the",
}

// vocabMarkWords are the words of eTheOrPronoun (and pronounGender).
var vocabMarkWords = []string{
	"the", "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "themselves",
}

// vocabFilter is the read-only filter of vocabGroups: a Bloom filter of
// each group, all in one table of blocks of 64 bytes (a cache line). A
// key's hash picks a block and two of its bytes, and the key sets the bit
// of each group that holds it in both bytes: the groups that may hold a
// word are the bits set in both of its bytes, read at once.
type vocabFilter struct {
	bytes []uint8
	shift uint // 64 - log2(the number of blocks)
	keys  int  // the keys put in (once for each group), for tests
}

// vocabFilterBits is log2 of the number of blocks of vocabFilter: 2,048
// blocks (128 KB) for the lists' 21,600 keys (TestVocabFilter wants 16 a
// block at most), so that a group that does not hold a word lets it
// through with odds of about 1 in 40 for the largest group, the names
// (half the keys), and 1 in 400 or less for the others (measured over
// the words of the PolNeAR training articles).
const vocabFilterBits = 11

var (
	vocabFilterOnce sync.Once
	vocabFilterTab  *vocabFilter
)

// vocabGroupFilter returns the filter of vocabGroups, built once from the
// keys of each group of 1 to vocabMaxLen bytes (no longer one equals a
// word that has an id), lower-cased.
func vocabGroupFilter() *vocabFilter {
	vocabFilterOnce.Do(func() {
		f := &vocabFilter{bytes: make([]uint8, 64<<vocabFilterBits), shift: 64 - vocabFilterBits}
		vocabGroupKeys(func(g int, w string) {
			if len(w) >= 1 && len(w) <= vocabMaxLen {
				i, j := f.slots(vocabLowerKey(w))
				f.bytes[i] |= 1 << g
				f.bytes[j] |= 1 << g
				f.keys++
			}
		})
		vocabFilterTab = f
	})
	return vocabFilterTab
}

// vocabLowerKey returns the key (see vocabKey) of w, of 1 to vocabMaxLen
// bytes, with its ASCII letters in lower case.
func vocabLowerKey(w string) (k1, k2 uint64) {
	var b [vocabMaxLen]byte
	copy(b[:], w)
	k1, k2 = binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	return k1 | tokUpper8(k1)>>2, k2 | tokUpper8(k2)>>2 // 0x80>>2 is 'a'-'A'
}

// slots returns the two bytes of f.bytes of the key k1, k2: in the block
// of the high bits of its hash, at offsets from its low bits.
func (f *vocabFilter) slots(k1, k2 uint64) (i, j int) {
	h := (k1 ^ k2*vocabMul1) * vocabMul2
	b := int(h>>f.shift) << 6
	h ^= h >> 29
	return b | int(h&63), b | int(h>>6&63)
}

// vocabGroups returns the groups that may hold the word whose lower-case
// form is low (1 to vocabMaxLen bytes, no ASCII upper case): those whose
// bits are set in both its bytes of the filter, and vgPerson when set in
// both bytes of low without a last "s".
func vocabGroups(low string) vocabGroup {
	f := vocabGroupFilter()
	// Its key: low is in lower case already.
	var b [vocabMaxLen]byte
	copy(b[:], low)
	k1, k2 := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	i, j := f.slots(k1, k2)
	gs := vocabGroup(f.bytes[i] & f.bytes[j])
	n := len(low)
	if gs&vgPerson != 0 || low[n-1] != 's' || n == 1 {
		return gs
	}
	// Its last byte, an 's', off.
	if n <= 8 {
		k1 &^= 0xff << (8 * (n - 1))
	} else {
		k2 &^= 0xff << (8 * (n - 9))
	}
	i, j = f.slots(k1, k2)
	return gs | vocabGroup(f.bytes[i]&f.bytes[j])&vgPerson
}

// vocabFill computes what the stages read of a word (W2): w is its text
// as written, low the same with ASCII letters in lower case. Its entry is
// the one of vocabFillRare, with each part that a group of lists may
// hold (vocabGroups) asked of the group as vocabFillLists asks it.
func vocabFill(e *vocabWord, w, low string) {
	if len(w) == 0 || len(w) > vocabMaxLen || len(low) != len(w) {
		vocabFillLists(e, w, low)
		return
	}
	vocabFillRare(e, w, low)
	gs := vocabGroups(low)
	// An "-ist(s)" word may be a person noun by its ending alone
	// (qPersonNoun), with exceptions: it is asked.
	if strings.HasSuffix(low, "ist") || strings.HasSuffix(low, "ists") {
		gs |= vgPerson
	}
	if gs == 0 {
		return // most new words
	}
	// qVocabFill
	if gs&vgQuote != 0 {
		e.q = qWordClassOf(low)
	}
	if gs&vgPerson != 0 && qPersonNoun(low) {
		e.qx |= qxPersonNoun
	}
	if gs&vgFirst != 0 {
		if _, ok := qFirstPerson[w]; ok {
			e.qx |= qxFirstPerson
		}
	}
	if gs&vgEvents != 0 {
		tlVocabFill(e, w, low)
	}
	// eVocabFill
	if gs&vgMarks != 0 {
		e.eMarks = eVocabMarks(w, low)
	}
	if gs&vgEWords != 0 {
		e.eInfo = eWordInfoOf(low)
	}
	if gs&vgNames != 0 {
		e.eName, e.eGender = eNameOf(w)
	}
	if gs&vgTimes != 0 {
		txVocabFill(e, w, low)
	}
}

// vocabFillRare is vocabFillLists for a word of 1 to vocabMaxLen bytes
// that no list holds and that does not end in "ist" or "ists" (see
// vocabFill): every lookup finds nothing, so each field is what its fill
// function gives a word of its shape found in no list.
func vocabFillRare(e *vocabWord, w, low string) {
	// The word's bytes, in one pass.
	var lower, upper, other bool
	ascii, letters := true, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			lower = true
			letters++
		case 'A' <= c && c <= 'Z':
			upper = true
			letters++
		case c >= utf8.RuneSelf:
			ascii, other = false, true
		default:
			other = true
		}
	}
	// qVocabFill: no class of qWords (its suffix classes alone), not a
	// person noun (no list, no "-ist"), not in qFirstPerson.
	e.q = qSuffixClasses(low, 0)
	e.qx = 0
	e.nerLower = nerHashLower(w)
	// tlVocabFill: no class nor list, no speech verb; a verb form if in
	// -ed.
	e.tl, e.tlOrd = 0, 0
	if len(low) > 4 && strings.HasSuffix(low, "ed") {
		e.tl = tlvVerb
	}
	// eVocabFill: no title, not "the" nor a pronoun (eWordMarks is 0);
	// nothing in eWordTable; no name list holds it.
	e.eInfo = eWordKnown
	capital := 'A' <= w[0] && w[0] <= 'Z'
	switch {
	case !ascii:
		e.eMarks = eVocabByFlags
	case capital || upper && !lower:
		e.eMarks = eVocabMarked
	default:
		e.eMarks = 0
	}
	e.eName, e.eGender = 0, 0
	if c := w[0]; c < 'a' || c > 'z' {
		e.eName = eNameLooked
		if isAcronym(w) {
			e.eName |= eNameAcronym
		}
	}
	// txVocabFill: a word of ASCII letters has no lexicon entry (0),
	// whose reach is none; the others have no lookup of low.
	if letters == len(w) {
		e.txFlags, e.txLex = txvPlain|txvReach, 0
		if w[0] <= 'Z' {
			e.txFlags |= txvUpper
		}
		if txReachOf(&txLexicon().entries[0], w[0] <= 'Z') != 0 {
			txVocabFill(e, w, low) // never: the empty entry is no anchor
		}
	} else {
		txVocabFill(e, w, low)
	}
	// nerVocabFill: its bits from its bytes, its classes by its hash.
	e.nerBits = 0
	if ascii && lower && !upper {
		e.nerBits = nerWordPlain
		if !other {
			e.nerBits |= nerWordX
		}
	}
	e.nerClass = nerClasses().get(e.nerLower)
}
