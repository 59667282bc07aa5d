package news

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode/utf8"
)

// The fill of a new word that is in no word list (W2).
//
// vocabFillLists computes a new word's entry by asking each stage's word
// lists about it, some twenty lookups in as many tables, most of them
// cache misses. Most of the new words of a batch are rare ones (names,
// numbers, typos), in none of the lists, whose entry follows from their
// bytes alone: vocabFill tells them by one filter, vocabListed, built once
// from every key of every list the fill asks, and gives them the entry of
// the shape rules (vocabFillRare).
//
// Every lookup of the fill finds a word by its lower-case form (low, the
// word with its ASCII letters in lower case) or by a form from which low
// follows: the lists asked with case folded (L3) find a key equal to low;
// those asked as written (L4) a key equal to the word, whose lower-case
// form is low; the capitals-only fallback of L8 (lexUpperFallback) a key
// equal to the word title-cased, which is low again once lower-cased; and
// qPersonNoun asks about low without its last "s" too. So a word whose
// low, and low without a last "s", are no lower-cased key of any of those
// lists is found by none of them: each list-dependent part of its entry is
// what the fill gives a word found nowhere. The filter may let a word
// through that is in no list (a false positive): that word gets the full
// fill, the same entry, only slower. TestVocabFillRare checks vocabFill
// against vocabFillLists over every word of the lists and of the corpora.

// vocabFilter is the read-only filter of vocabListed: a blocked Bloom
// filter, two bits of one 64-bit word for each key.
type vocabFilter struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits))
	keys  int  // the keys put in, for tests
}

var (
	vocabFilterOnce sync.Once
	vocabFilterTab  *vocabFilter
)

// vocabFilterWords are the words that the fill compares a word with in
// switches rather than looks up in a list: tlWordClass's, tlVocabFill's
// and eTheOrPronoun's (pronounGender's).
var vocabFilterWords = []string{
	// tlWordClass
	"day", "time", "term", "then", "round", "visit", "after", "later", "since", "ahead", "until", "which",
	"before", "meeting", "attempt", "session", "following",
	// tlVocabFill
	"but", "who", "while", "whereas", "quoting", "citing", "and", "he", "she", "they", "it", "i", "we", "the",
	// eTheOrPronoun, pronounGender
	"him", "his", "himself", "her", "hers", "herself", "them", "their", "themselves",
}

// vocabListFilter returns the filter of vocabListed, built once from the
// keys of every list that vocabFillLists asks (of 1 to vocabMaxLen bytes:
// no longer one equals a word that has an id), lower-cased.
func vocabListFilter() *vocabFilter {
	vocabFilterOnce.Do(func() {
		keys := vocabFilterKeys()
		// About 16 bits a key: a word in no list passes one probe with
		// odds of about 1 in 100.
		n := 0
		for _, w := range keys {
			if len(w) >= 1 && len(w) <= vocabMaxLen {
				n++
			}
		}
		size, shift := 64, uint(64-6)
		for size*64 < 16*n {
			size, shift = size*2, shift-1
		}
		f := &vocabFilter{bits: make([]uint64, size), shift: shift, keys: n}
		for _, w := range keys {
			if len(w) >= 1 && len(w) <= vocabMaxLen {
				k1, k2 := vocabLowerKey(w)
				i, m := f.slot(k1, k2)
				f.bits[i] |= m
			}
		}
		vocabFilterTab = f
	})
	return vocabFilterTab
}

// vocabFilterKeys returns the keys of every list that vocabFillLists
// asks, as they are (vocabListFilter lower-cases them).
func vocabFilterKeys() []string {
	keys := append([]string{}, vocabFilterWords...)
	lt := lexLoad()
	for _, x := range []*lexIndex{
		&qWords().idx, &lt.verbIdx, &lt.roleIdx, &lt.orgIdx, &lt.nameIdx, &lt.placeIdx,
		&lt.demonymIdx, &lt.commonIdx, tlVerbForms(), &eTitleTable().idx, &eWordTable().idx,
	} {
		for k := 0; k+1 < len(x.offs); k++ {
			keys = append(keys, x.key(k))
		}
	}
	for _, m := range []map[string]struct{}{qPersonHeads, qFirstPerson, tlEventNouns, tlEventHeads} {
		for w := range m {
			keys = append(keys, w)
		}
	}
	for w := range tlOrdinals {
		keys = append(keys, w)
	}
	for w := range txLexicon().ids {
		keys = append(keys, w)
	}
	return keys
}

// vocabLowerKey returns the key (see vocabKey) of w, of 1 to vocabMaxLen
// bytes, with its ASCII letters in lower case.
func vocabLowerKey(w string) (k1, k2 uint64) {
	for i := 0; i < len(w) && i < vocabMaxLen; i++ {
		c := uint64(nerASCIILower[w[i]])
		if i < 8 {
			k1 |= c << (8 * i)
		} else {
			k2 |= c << (8 * (i - 8))
		}
	}
	return k1, k2
}

// slot returns the word of f.bits and its two bits for the key k1, k2.
func (f *vocabFilter) slot(k1, k2 uint64) (int, uint64) {
	h := (k1 ^ k2*vocabMul1) * vocabMul2
	h ^= h >> 32
	return int(h >> f.shift), 1<<(h&63) | 1<<(h>>6&63)
}

// mayHold reports whether the key k1, k2 may be a key of the lists: false
// means it is not.
func (f *vocabFilter) mayHold(k1, k2 uint64) bool {
	i, m := f.slot(k1, k2)
	return f.bits[i]&m == m
}

// vocabListed reports whether a lookup of vocabFillLists may find the
// word whose lower-case form is low (1 to vocabMaxLen bytes, no ASCII
// upper case): whether low or, when it ends in "s", low without it passes
// the filter.
func vocabListed(low string) bool {
	f := vocabListFilter()
	// Its key: low is in lower case already.
	var b [vocabMaxLen]byte
	copy(b[:], low)
	k1, k2 := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	if f.mayHold(k1, k2) {
		return true
	}
	n := len(low)
	if low[n-1] != 's' || n == 1 {
		return false
	}
	// Its last byte, an 's', off.
	if n <= 8 {
		k1 &^= 0xff << (8 * (n - 1))
	} else {
		k2 &^= 0xff << (8 * (n - 9))
	}
	return f.mayHold(k1, k2)
}

// vocabFill computes what the stages read of a word (W2): w is its text
// as written, low the same with ASCII letters in lower case. A word that
// the lists may hold (vocabListed) gets vocabFillLists; the others, most
// new words, the same entry from their bytes alone (vocabFillRare).
func vocabFill(e *vocabWord, w, low string) {
	if len(w) == 0 || len(w) > vocabMaxLen || len(low) != len(w) ||
		strings.HasSuffix(low, "ist") || strings.HasSuffix(low, "ists") || vocabListed(low) {
		// An "-ist(s)" word may be a person noun by its ending alone
		// (qPersonNoun), with exceptions: the full fill asks.
		vocabFillLists(e, w, low)
		return
	}
	vocabFillRare(e, w, low)
}

// vocabFillRare is vocabFillLists for a word of 1 to vocabMaxLen bytes
// that no list holds (see vocabFill): every lookup finds nothing, so each
// field is what its fill function gives a word of its shape found in no
// list.
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
