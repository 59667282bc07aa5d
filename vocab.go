package news

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
//	W3: the vocabulary is kept from one analysis to the next with the token arrays
//	    (textDocPool), and starts over between analyses once it holds more than
//	    vocabMaxWords texts; an analysis's ids stay valid throughout it.

// vocabMaxLen is the longest word text, in bytes, that has an id (W1): it
// is read as two numbers of eight bytes.
const vocabMaxLen = 16

// vocabMaxWords bounds the texts a vocabulary keeps from one analysis to
// the next (W3): about the vocabulary of a few hundred articles.
const vocabMaxWords = 1 << 14

// vocabMinIndex is the first size of a vocabulary's index, which then
// doubles at half full, so that one small article does not pay for a
// large table (issue 7's bound on the memory of one analysis).
const vocabMinIndex = 1 << 10

// A wordVocab is the table of the distinct word texts read, an
// open-addressing index (linear probing) of entries in words.
type wordVocab struct {
	index []int32 // 1 + index in words; 0 marks an empty slot
	shift uint    // 64 - log2(len(index))
	words []vocabWord
}

// A vocabWord is one text of a wordVocab: its key, and what each stage
// reads of it (W2).
type vocabWord struct {
	k1, k2 uint64 // its first eight bytes and its next eight, little-endian, zero past its end
	n      uint8  // its length in bytes, part of the key
	// qx is what the quote rules ask of it now and then (qVocabFill), in
	// the padding after n.
	qx qExtraClass
	// q is its classes in the quote finder's word table (qWords) when
	// read in lower case, as qdoc.classify gives them.
	q qWordClass
	// nerLower is the tagger's lower-case hash of it (nerHashLower).
	nerLower uint64
}

// startAnalysis makes v ready for an analysis (W3).
func (v *wordVocab) startAnalysis() {
	if len(v.words) > vocabMaxWords {
		clear(v.index)
		v.words = v.words[:0]
	}
	if len(v.index) == 0 {
		v.grow()
	}
}

// home returns the first index slot to probe for the key k1, k2 of a text
// of n bytes.
func (v *wordVocab) home(k1, k2 uint64, n uint8) uint64 {
	return ((k1 ^ k2*0x9E3779B97F4A7C15) + uint64(n)) * 0xD6E8FEB86659FD93 >> v.shift
}

// assign sets ids[i] to the id of toks[i] (W1), adding the texts it has
// not seen. text is the article's text and low its lower-cased form
// (textDoc.lowText).
func (v *wordVocab) assign(text, low string, toks []token, ids []int32) {
	ids = ids[:len(toks)]
	if !vocabProbe(text, toks, ids, v.index, v.words, v.shift) {
		return
	}
	for i, id := range ids {
		if id < 0 {
			ids[i] = v.find(text, low, &toks[i])
		}
	}
}

// vocabProbe sets ids[i] to the id of toks[i] in the table of index and
// words when it is there, to -1 when it is a word of an id not there (or
// too near the end of text to read at once), and to 0 for the others
// (W1). It reports whether it set a -1. The loop calls nothing.
func vocabProbe(text string, toks []token, ids []int32, index []int32, words []vocabWord, shift uint) (missed bool) {
	ids = ids[:len(toks)]
	mask := uint64(len(index) - 1)
	shift &= 63
	for i := range toks {
		t := &toks[i]
		start, n := t.Start, t.End-t.Start
		id := int32(0)
		if t.Kind == tokWord && uint(n-1) < vocabMaxLen {
			id = -1
			if uint(start)+16 <= uint(len(text)) {
				w := text[start : start+16]
				k1, k2 := nerLoad64(w[:8]), nerLoad64(w[8:])
				if n <= 8 {
					k1 &= nerLowBytes[n&15]
					k2 = 0
				} else {
					k2 &= nerLowBytes[(n-8)&15]
				}
				for j := ((k1 ^ k2*0x9E3779B97F4A7C15) + uint64(n)) * 0xD6E8FEB86659FD93 >> shift; ; j = (j + 1) & mask {
					k := index[j&mask]
					if k == 0 {
						break
					}
					if e := &words[uint32(k-1)]; e.k1 == k1 && e.k2 == k2 && int(e.n) == n {
						id = k
						break
					}
				}
			}
			missed = missed || id < 0
		}
		ids[i] = id
	}
	return missed
}

// find returns the id of the word token t, adding its text to v when it
// is new.
func (v *wordVocab) find(text, low string, t *token) int32 {
	k1, k2, _ := nerWordKey(text, t.Start, t.End)
	n := uint8(t.End - t.Start)
	mask := uint64(len(v.index) - 1)
	j := v.home(k1, k2, n)
	for ; v.index[j] != 0; j = (j + 1) & mask {
		if e := &v.words[v.index[j]-1]; e.k1 == k1 && e.k2 == k2 && e.n == n {
			return v.index[j]
		}
	}
	if 2*(len(v.words)+1) > len(v.index) {
		v.grow()
		mask = uint64(len(v.index) - 1)
		for j = v.home(k1, k2, n); v.index[j] != 0; j = (j + 1) & mask {
		}
	}
	e := vocabWord{k1: k1, k2: k2, n: n}
	vocabFill(&e, text[t.Start:t.End], low[t.Start:t.End])
	v.words = append(v.words, e)
	k := int32(len(v.words))
	v.index[j] = k
	return k
}

// grow doubles the index of v (or makes its first) and puts its words
// back in.
func (v *wordVocab) grow() {
	size := max(2*len(v.index), vocabMinIndex)
	v.index = make([]int32, size)
	v.shift = 64
	for s := size; s > 1; s >>= 1 {
		v.shift--
	}
	mask := uint64(size - 1)
	for k := range v.words {
		e := &v.words[k]
		j := v.home(e.k1, e.k2, e.n)
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
}

// wordIDs returns the word ids of d's tokens.
func (d *textDoc) wordIDs() wordIDs { return wordIDs{d.ids, d.vocab.words} }

// vocabFill computes what the stages read of a word (W2): w is its text
// as written, low the same with ASCII letters in lower case.
func vocabFill(e *vocabWord, w, low string) {
	qVocabFill(e, w, low)
	e.nerLower = nerHashLower(w)
}
