package news

import (
	"runtime"
	"sync/atomic"
)

// The word vocabulary: one lookup per word token, shared by the stages.
//
// Each stage reads every word of the article and looks it up in its own
// word lists: the tagger hashes it, the quote finder classes it, the
// entity rules mark it, the times finder filters it, the events finder
// orders it. What it finds depends on the word's text alone, and a news
// article, or a batch of them, repeats most of its words. So the text
// document gives each word token an id, the index of its text in a table
// of the distinct texts read so far, and a stage reads what it needs of a
// word from that entry, computed once, when the text was first met.
//
// Rules:
//
//	W1: a word token (tokWord) of 1 to vocabMaxLen bytes has an id: 1 + the index of its
//	    bytes, as written (case kept), in the vocabulary; any other token has 0 and the
//	    stages read it as before.
//	W2: an entry holds what the stages read of a word that depends on its bytes alone (see
//	    vocabWord); vocabFill computes it when the text is added. Nothing in it may depend
//	    on where the token is (tokSentStart) or on the article.
//	W3: the vocabulary is kept from one analysis to the next (vocabFree); an analysis's ids
//	    stay valid throughout it.
//	W5: between analyses, when the next might take it past vocabMaxWords texts, it drops
//	    its newest texts and keeps its oldest three quarters (less, when the next article
//	    needs the room). Texts enter in the order they are first read, so the common words,
//	    met in the first articles, are the oldest: they are kept, and the rare words of
//	    the latest articles, seldom read again, are dropped. Starting over instead would
//	    add the common words again after every few hundred articles.

// vocabMaxLen is the longest word text, in bytes, that has an id (W1): it
// is read as two numbers of eight bytes.
const vocabMaxLen = 16

// vocabMaxWords bounds the texts a vocabulary keeps from one analysis to
// the next (W3): about the vocabulary of a few hundred articles.
const vocabMaxWords = 1 << 14

// vocabMinIndex is the least size of a vocabulary's index, which doubles
// at half full (after 2*vocabMaxWords, for an article of many distinct
// words: see vocabFree).
const vocabMinIndex = 1 << 8

// A wordVocab is the table of the distinct word texts read: an
// open-addressing index (linear probing) of ids, the key of each id in
// keys and what the stages read of it in words. The index and the keys,
// which every word's lookup reads, are kept apart from the entries, which
// grow with the stages' needs: 4 bytes a slot and 16 a key.
type wordVocab struct {
	index []int32 // an id; 0 marks an empty slot
	keys  []vocabKey
	words []vocabWord
	kept  bool // made to be kept in vocabFree
}

// A vocabKey is the key of a text: its first eight bytes and its next
// eight, little-endian, zero past its end. The length is not part of it: a
// word has no NUL byte, so its key tells it, and k1 is never 0.
type vocabKey struct {
	k1, k2 uint64
}

// A vocabWord is what each stage reads of a text of a wordVocab (W2): 32
// bytes, a power of two (TestVocabWordSize), so that an entry is one
// shift away from its id and never spans two cache lines.
//
// Its fields are kept together, though each stage reads a few of them in
// its loop over all the tokens: the stages read most of an entry between
// them, and the first to read an article's entries (the times finder)
// brings their lines into the cache for the others. A stage's fields kept
// apart, in small arrays by id, only move the cache misses on the entries
// to the next stage that reads them, and add those of the arrays: so it
// went for the times finder's txFlags and txLex (in 3 bytes an id, 5% more
// misses of the last level in all).
type vocabWord struct {
	// q is its classes in the quote finder's word table (qWords) when
	// read in lower case, as qdoc.classify gives them.
	q qWordClass
	// nerLower is the tagger's lower-case hash of it (nerHashLower).
	nerLower uint64
	// eMarks is what the entity rules' classify sets for it (eVocabMarks),
	// eName what their name lists say of it (eNameOf), eGender its
	// lexGivenName gender and eInfo what their word lists say of it in
	// lower case (wordAt).
	eInfo                  eWordInfo
	eMarks, eName, eGender uint8
	// tl and tlOrd are what the events finder reads of it (tlv bits, its
	// value in tlOrdinals; tlVocabFill).
	tlOrd uint8
	tl    uint16
	// txLex and txFlags are what the times finder reads of it (txVocabFill).
	txLex   uint16
	txFlags uint8
	// nerBits and nerClass are what the tagger reads of a word without
	// looking at the token: see nerVocabFill.
	nerBits  nerWordBits
	nerClass nerClass
	// qx is what the quote rules ask of it now and then (qVocabFill).
	qx qExtraClass
}

// vocabFree keeps vocabularies from one analysis to the next (W3). Unlike
// the other scratch space (see weakPool) they are kept through
// collections: a vocabulary is a cache of what the stages read of the
// words, worth most over a long batch, which would otherwise rebuild it
// after every collection. A kept vocabulary is made at its full size at
// once (about 0.9 MB: the index, the keys and the entries of
// vocabMaxWords texts), so that it never grows in an analysis but for an
// article of more distinct words than that. At most vocabKeepMax of them
// are ever made (vocabKept counts them), one for each analysis that can
// run at once, so a process holds at most that many, like the word lists
// and the tagger's model, whatever it reads.
//
// W4: an analysis that finds none free, when more run at once, makes one
// for its article alone (sized for it, not kept). Every stage reads a word
// of 1 to 16 bytes by its id: a vocabulary is never left out.
var vocabFree = make(chan *wordVocab, vocabFreeCap)

// vocabKept counts the vocabularies made to be kept (see vocabFree).
var vocabKept atomic.Int32

// vocabFreeCap bounds vocabKeepMax.
const vocabFreeCap = 64

// vocabKeepMax returns how many vocabularies may be kept: one for each
// analysis that can run at once (GOMAXPROCS), at least 4, at most
// vocabFreeCap.
func vocabKeepMax() int32 {
	return int32(min(max(runtime.GOMAXPROCS(0), 4), vocabFreeCap))
}

// getVocab returns a vocabulary ready for an analysis of ntoks tokens:
// one vocabFree kept, a new one to keep, or one for this analysis alone
// (W4).
func getVocab(ntoks int) *wordVocab {
	var v *wordVocab
	select {
	case v = <-vocabFree:
	default:
		n, size, kept := vocabMaxWords, 2*vocabMaxWords, true
		if vocabKept.Add(1) > vocabKeepMax() {
			vocabKept.Add(-1)
			// For this article: a distinct word for every other token
			// at most, in news text.
			n, size, kept = min(ntoks/2, vocabMaxWords), vocabMinIndex, false
			for size < 2*n {
				size <<= 1
			}
		}
		v = &wordVocab{keys: make([]vocabKey, 0, n), words: make([]vocabWord, 0, n), kept: kept}
		v.grow(size)
	}
	v.startAnalysis(ntoks)
	return v
}

// startAnalysis makes v ready for an analysis of ntoks tokens: when the
// analysis might take it past vocabMaxWords texts (a distinct word for
// every other token at most, in news text), it keeps its oldest texts only
// (W5).
func (v *wordVocab) startAnalysis(ntoks int) {
	if len(v.words)+ntoks/2 <= vocabMaxWords {
		return
	}
	keep := max(min(len(v.words)*3/4, vocabMaxWords-ntoks/2), 0)
	v.keys, v.words = v.keys[:keep], v.words[:keep]
	v.rehash()
}

// putVocab gives v to the next analysis, unless an article of many
// distinct words grew it past its size, or vocabFree is full.
func putVocab(v *wordVocab) {
	if v == nil || !v.kept {
		return
	}
	if cap(v.words) != vocabMaxWords || len(v.index) != 2*vocabMaxWords {
		vocabKept.Add(-1) // grown: the next may make another
		return
	}
	select {
	case vocabFree <- v:
	default:
		vocabKept.Add(-1) // not kept after all (vocabKept makes it rare)
	}
}

// vocabHome returns the first slot to probe for the key k1, k2 in an
// index of mask+1 slots (a power of two): bits from the 32nd on of a
// multiplicative hash, so that no shift by a variable is needed (which
// ties up a register of vocabProbe's loop). An index of over 1<<32 slots
// would have its homes among the first 1<<32 only: slower, never wrong.
func vocabHome(k1, k2 uint64, mask uint64) uint64 {
	return (k1 ^ k2*vocabMul1) * vocabMul2 >> 32 & mask
}

// The multipliers of vocabHome.
const vocabMul1, vocabMul2 = 0x9E3779B97F4A7C15, 0xD6E8FEB86659FD93

// assign sets ids[i] to the id of toks[i] (W1), adding the texts it has
// not seen. text is the article's text and low its lower-cased form
// (textDoc.lowText).
func (v *wordVocab) assign(text, low string, toks []token, ids []int32) {
	ids = ids[:len(toks)]
	first := vocabProbe(text, toks, ids, v.index, v.keys)
	for i := first; i < len(ids); i++ {
		if ids[i] < 0 {
			ids[i] = v.find(text, low, &toks[i])
		}
	}
}

// vocabProbe sets ids[i] to the id of toks[i] in index (of keys) when it
// is there, to -1 when it is a word of an id not there (or too near the
// end of text to read at once), and to 0 for the others (W1). It returns
// the index of the first -1, len(toks) when none. The loop calls nothing.
func vocabProbe(text string, toks []token, ids []int32, index []int32, keys []vocabKey) (first int) {
	ids = ids[:len(toks)]
	first = len(toks)
	mask := uint64(len(index) - 1)
	last := len(text) - 16 // the last start of sixteen bytes (< 0: none)
	for i, t := range toks {
		start, n := t.Start, t.End-t.Start
		id := int32(0)
		if t.Kind == tokWord && uint(n-1) < vocabMaxLen {
			id = -1
			if start <= last {
				// The key, and vocabHome's hash of it: a word of up to
				// eight bytes, most, has k2 == 0 and one load.
				w := text[start:]
				k1, k2 := nerLoad64(w), uint64(0)
				if n <= 8 {
					k1 &= nerLowBytes[n&15]
				} else {
					k2 = nerLoad64(w[8:]) & nerLowBytes[(n-8)&15]
				}
				h := k1
				if k2 != 0 {
					h ^= k2 * vocabMul1
				}
				for j := h * vocabMul2 >> 32; ; j = (j + 1) & mask {
					k := index[j&mask]
					if k == 0 {
						first = min(first, i)
						break
					}
					if key := &keys[uint32(k-1)]; key.k1 == k1 && key.k2 == k2 {
						id = k
						break
					}
				}
			} else {
				first = min(first, i)
			}
		}
		ids[i] = id
	}
	return first
}

// find returns the id of the word token t, adding its text to v when it
// is new.
func (v *wordVocab) find(text, low string, t *token) int32 {
	k1, k2, _ := nerWordKey(text, t.Start, t.End)
	if k1 == 0 {
		return 0 // no word: its first byte is never NUL
	}
	mask := uint64(len(v.index) - 1)
	j := vocabHome(k1, k2, mask)
	for ; v.index[j] != 0; j = (j + 1) & mask {
		if k := v.index[j]; v.keys[k-1] == (vocabKey{k1, k2}) {
			return k
		}
	}
	if 2*(len(v.words)+1) > len(v.index) {
		v.grow(len(v.index) * 2)
		mask = uint64(len(v.index) - 1)
		for j = vocabHome(k1, k2, mask); v.index[j] != 0; j = (j + 1) & mask {
		}
	}
	var e vocabWord
	vocabFill(&e, text[t.Start:t.End], low[t.Start:t.End])
	v.keys = append(v.keys, vocabKey{k1, k2})
	v.words = append(v.words, e)
	k := int32(len(v.words))
	v.index[j] = k
	return k
}

// grow makes the index of v size slots (a power of two, at least
// vocabMinIndex) and puts its words back in.
func (v *wordVocab) grow(size int) {
	size = max(size, vocabMinIndex)
	v.index = make([]int32, size)
	v.rehash()
}

// rehash empties the index of v and puts its keys back in.
func (v *wordVocab) rehash() {
	clear(v.index)
	mask := uint64(len(v.index) - 1)
	for k, key := range v.keys {
		j := vocabHome(key.k1, key.k2, mask)
		for v.index[j] != 0 {
			j = (j + 1) & mask
		}
		v.index[j] = int32(k + 1)
	}
}

// wordIDs are the word ids of an article's tokens (W1) with the entries
// they index, for a stage that reads tokens of its own: its ids are nil
// when it has none.
type wordIDs struct {
	ids   []int32
	words []vocabWord
	keys  []vocabKey // the key of each entry of words
}

// wordIDs returns the word ids of d's tokens.
func (d *textDoc) wordIDs() wordIDs { return wordIDs{d.ids, d.vocab.words, d.vocab.keys} }

// vocabFillLists computes what the stages read of a word (W2), asking
// each stage's fill and word lists: w is its text as written, low the
// same with ASCII letters in lower case. vocabFill (vocab_fill.go) calls
// it for the words that the lists may hold.
func vocabFillLists(e *vocabWord, w, low string) {
	qVocabFill(e, w, low)
	e.nerLower = nerHashLower(w)
	tlVocabFill(e, w, low)
	eVocabFill(e, w, low)
	txVocabFill(e, w, low)
	nerVocabFill(e, w)
}
