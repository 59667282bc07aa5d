package news

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Feature extraction for the name tagger. Every feature is a 64-bit hash
// of a template number and the bytes it looks at, computed without
// allocating; the model maps hashes to per-tag weights.

// FNV-1a 64-bit constants.
const (
	nerFNVOffset = 14695981039346656037
	nerFNVPrime  = 1099511628211
)

// nerHashBytes extends the FNV-1a hash h with the bytes of s.
func nerHashBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= nerFNVPrime
	}
	return h
}

// nerHashLower returns the FNV-1a hash of the lower-case form of w with one
// trailing '.' removed ("Gen." and "gen" hash alike). Invalid bytes are
// hashed as they are.
func nerHashLower(w string) uint64 {
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	// ASCII, the common case, without a test per byte on the path of h.
	h := uint64(nerFNVOffset)
	var all byte // the or of the bytes
	for i := 0; i < len(w); i++ {
		c := w[i]
		all |= c
		c = nerASCIILower[c]
		h ^= uint64(c)
		h *= nerFNVPrime
	}
	if all < utf8.RuneSelf {
		return h
	}
	return nerHashLowerRunes(w)
}

// nerVocab is the tagger's table of the token texts it has read, one
// entry per distinct text of 1 to nerVocabMaxLen bytes, with what depends
// on the text alone: its lower-case hash (nerHashLower), classes and short
// shape, and, once it has been a candidate, the summed weights of its word
// features (a row of rows, which nerModel.static adds and finish fills).
// It is keyed by the bytes themselves (see nerWordKey), so that a text
// read again costs one probe rather than hashing it byte by byte. The
// pooled scratch keeps it from call to call, since names and common words
// recur from article to article; it starts over between calls once it
// holds more than nerVocabWords texts. Everything in it is a function of
// the text and the model, so it never changes what the tagger finds. It is
// an open-addressing table (linear probing) of indexes into words.
type nerVocab struct {
	index []int32 // 1 + index in words; 0 marks an empty slot
	shift uint    // 64 - log2(len(index))
	words []nerVocabWord
	rows  []nerVocabRow
	// byID[id%nerByIDSlots] is the word id id (W1) last looked up by id
	// in that slot and 1 + the index in words of its text (see findID): a
	// hint, which byIDHint checks against the key, since the ids come from
	// the caller's vocabulary, which starts over on its own schedule (W3)
	// and may be another from call to call, and words starts over on v's.
	// Its size is fixed, whatever the vocabulary's (issue 7's bound on the
	// memory of one analysis).
	byID []nerByID
}

// nerByID is one slot of nerVocab.byID: a word id and 1 + an index in
// words, or zero.
type nerByID struct {
	id, k int32
}

// nerByIDSlots is the size of nerVocab.byID (8 KB), a power of two.
const nerByIDSlots = 1 << 10

// nerVocabWord is one text of a nerVocab (40 bytes).
type nerVocabWord struct {
	k1, k2 uint64 // the key (see nerWordKey)
	lower  uint64 // nerHashLower of the text
	short  uint64 // its short shape (see nerShapes)
	row    int32  // 1 + index in rows of its word weights; 0 before it is a candidate
	n      uint8  // its length in bytes, part of the key
	class  nerClass
}

// nerVocabRow holds the summed weights of the word features of one text,
// packed (see nerPacked).
type nerVocabRow struct {
	sum nerPacked
}

// Bounds of a nerVocab: the longest text it keeps (longer ones are hashed
// each time: see nerWordKey), the number of texts past which it starts
// over between calls (about 1 MB in all: the vocabulary of a few hundred
// articles), and the initial size of its index, which then doubles at
// half full, so that one small article's analysis does not pay for the
// whole table (issue 7's bound on the memory of one analysis).
const (
	nerVocabMaxLen   = 16
	nerVocabWords    = 1 << 14
	nerVocabMinIndex = 1 << 10
)

// nerWordKey returns the key of text[start:end] when it has 1 to
// nerVocabMaxLen bytes: its first eight bytes and its next eight, read as
// little-endian numbers, zero-filled past its end. Texts of the same
// length with the same key are equal. ok is false for other lengths.
// nerVocab.find reads most keys itself, at once.
func nerWordKey(text string, start, end int) (k1, k2 uint64, ok bool) {
	n := end - start
	if n <= 0 || n > nerVocabMaxLen {
		return 0, 0, false
	}
	for j := 0; j < n; j++ {
		if j < 8 {
			k1 |= uint64(text[start+j]) << (8 * j)
		} else {
			k2 |= uint64(text[start+j]) << (8 * (j - 8))
		}
	}
	return k1, k2, true
}

// nerLoad64 returns the first eight bytes of b as a little-endian number
// (the compiler makes it one load).
func nerLoad64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// home returns the first index slot to probe for the key k1, k2 of a text
// of n bytes.
func (v *nerVocab) home(k1, k2 uint64, n uint8) uint64 {
	return ((k1 ^ k2*0x9E3779B97F4A7C15) + uint64(n)) * 0xD6E8FEB86659FD93 >> v.shift
}

// find returns 1 + the index in v.words of text[start:end], adding it when
// it is new, or 0 when its length is out of bounds (see nerWordKey).
func (v *nerVocab) find(text string, start, end int) int32 {
	var k1, k2 uint64
	if n := end - start; uint(n-1) < nerVocabMaxLen && uint(start)+16 <= uint(len(text)) {
		// nerWordKey, with two loads.
		w := text[start : start+16]
		k1 = nerLoad64(w[:8])
		if n <= 8 {
			k1 &= nerLowBytes[n&15]
		} else {
			k2 = nerLoad64(w[8:]) & nerLowBytes[(n-8)&15]
		}
	} else {
		var ok bool
		if k1, k2, ok = nerWordKey(text, start, end); !ok {
			return 0
		}
	}
	n := uint8(end - start)
	if 2*(len(v.words)+1) > len(v.index) {
		v.grow()
	}
	index, mask := v.index, uint64(len(v.index)-1)
	for i := v.home(k1, k2, n); ; i = (i + 1) & mask {
		k := index[i]
		if k == 0 {
			return v.add(text, start, end, k1, k2, i)
		}
		if e := &v.words[k-1]; e.k1 == k1 && e.k2 == k2 && e.n == n {
			return k
		}
	}
}

// byIDHint returns the index that byID holds for word id id (W1), of
// key key, when it holds the same key (see byID), or 0.
func (v *nerVocab) byIDHint(id int32, key vocabKey) int32 {
	if len(v.byID) == nerByIDSlots {
		if b := v.byID[id&(nerByIDSlots-1)]; b.id == id && uint(b.k-1) < uint(len(v.words)) {
			k := b.k
			// The key tells the length too (vocabKey).
			if w := &v.words[k-1]; w.k1 == key.k1 && w.k2 == key.k2 {
				return k
			}
		}
	}
	return 0
}

// findID is find for text[start:end], the whole of a token of word id id
// (W1): it notes the index found in byID.
func (v *nerVocab) findID(text string, start, end int, id int32) int32 {
	if len(v.byID) != nerByIDSlots {
		v.byID = make([]nerByID, nerByIDSlots)
	}
	k := v.find(text, start, end)
	v.byID[id&(nerByIDSlots-1)] = nerByID{id, k}
	return k
}

// add adds text[start:end], of key k1, k2, to v at index slot i, and
// returns 1 + its index in v.words.
func (v *nerVocab) add(text string, start, end int, k1, k2 uint64, i uint64) int32 {
	w := text[start:end]
	lower := nerHashLower(w)
	_, short := nerShapes(w)
	v.words = append(v.words, nerVocabWord{k1: k1, k2: k2, lower: lower, short: short, n: uint8(len(w)), class: nerClasses().get(lower)})
	k := int32(len(v.words))
	v.index[i] = k
	return k
}

// grow doubles the index of v (or makes its first) and puts its words
// back in.
func (v *nerVocab) grow() {
	size := max(2*len(v.index), nerVocabMinIndex)
	v.index = make([]int32, size)
	v.shift = 64
	for s := size; s > 1; s >>= 1 {
		v.shift--
	}
	mask := uint64(size - 1)
	for k := range v.words {
		e := &v.words[k]
		i := v.home(e.k1, e.k2, e.n)
		for v.index[i] != 0 {
			i = (i + 1) & mask
		}
		v.index[i] = int32(k + 1)
	}
}

// startCall makes v ready for a tagging call: it starts over when it has
// grown past nerVocabWords texts (only between calls, so that the indexes
// of a call stay valid throughout).
func (v *nerVocab) startCall() {
	if len(v.words) > nerVocabWords {
		clear(v.index)
		v.words, v.rows = v.words[:0], v.rows[:0]
	}
}

// nerPlainWords sets info for every token of toks: zero, but for the
// lower-case hash (see nerHashLower) of the words with a letter but no
// upper-case letter, which it notes in set,
// the bit set of words seen in lower case (see nerDoc.set; mask is
// nerDoc.mask). It writes to marks, which must have room for them, the
// indexes of the words with an upper-case letter and, as ^index, those of
// the words it leaves to the caller (see below), and returns their number
// and that of the words with a letter. This is the commonest work of the
// tagger, done for most words of the text: a loop that calls nothing,
// which reads a word of up to 16 bytes in one or two loads and hashes its
// bytes one by one without a loop. The words it cannot hash so (longer
// ones, those with a dot or outside ASCII and those near the end of text)
// are the ones it leaves. (With word ids, nerPlainWordsIDs does its
// work.)
func nerPlainWords(text string, toks []token, info []nerTokInfo, set []uint64, mask uint64, marks []int32) (words, nMarks int) {
	info = info[:len(toks)]
	for i := range toks {
		t := &toks[i]
		if t.Kind != tokWord || t.Flags&(tokHasUpper|tokHasLower) == 0 {
			info[i] = nerTokInfo{}
			continue
		}
		words++
		start, n := t.Start, t.head()-t.Start
		if t.Flags&(tokHasUpper|tokHasDot) != 0 || uint(n-1) >= 16 || uint(start)+16 > uint(len(text)) {
			info[i] = nerTokInfo{}
			m := int32(i)
			if t.Flags&tokHasUpper == 0 {
				m = ^m
			}
			marks[nMarks] = m
			nMarks++
			continue
		}
		w := text[start : start+16]
		k := nerLoad64(w[:8])
		h := uint64(nerFNVOffset)
		r := n
		if n > 8 {
			k2 := nerLoad64(w[8:]) & nerLowBytes[(n-8)&15]
			if (k|k2)&0x8080808080808080 != 0 {
				info[i] = nerTokInfo{}
				marks[nMarks] = ^int32(i)
				nMarks++
				continue
			}
			// FNV-1a over the eight bytes of k, unrolled.
			h = (h ^ k&0xff) * nerFNVPrime
			h = (h ^ k>>8&0xff) * nerFNVPrime
			h = (h ^ k>>16&0xff) * nerFNVPrime
			h = (h ^ k>>24&0xff) * nerFNVPrime
			h = (h ^ k>>32&0xff) * nerFNVPrime
			h = (h ^ k>>40&0xff) * nerFNVPrime
			h = (h ^ k>>48&0xff) * nerFNVPrime
			h = (h ^ k>>56) * nerFNVPrime
			k, r = k2, n-8
		} else if k &= nerLowBytes[n&15]; k&0x8080808080808080 != 0 {
			info[i] = nerTokInfo{}
			marks[nMarks] = ^int32(i)
			nMarks++
			continue
		}
		// FNV-1a over the r low bytes of k, first to last: hs[j] is the
		// hash after j+1 bytes. All eight steps run, and the one after r
		// bytes is read back: a branch on the length would mispredict word
		// after word.
		var hs [8]uint64
		hs[0] = (h ^ k&0xff) * nerFNVPrime
		hs[1] = (hs[0] ^ k>>8&0xff) * nerFNVPrime
		hs[2] = (hs[1] ^ k>>16&0xff) * nerFNVPrime
		hs[3] = (hs[2] ^ k>>24&0xff) * nerFNVPrime
		hs[4] = (hs[3] ^ k>>32&0xff) * nerFNVPrime
		hs[5] = (hs[4] ^ k>>40&0xff) * nerFNVPrime
		hs[6] = (hs[5] ^ k>>48&0xff) * nerFNVPrime
		hs[7] = (hs[6] ^ k>>56) * nerFNVPrime
		h = hs[(r-1)&7]
		info[i] = nerTokInfo{lower: h}
		b := (h >> 7) & mask // nerDoc.set
		set[b>>6] |= 1 << (b & 63)
	}
	return words, nMarks
}

// nerWordBits is a bit set of what the tagger knows of a word from its
// bytes alone (vocabWord.nerBits).
type nerWordBits uint8

// The word bits (see nerVocabFill).
const (
	nerWordPlain nerWordBits = 1 << iota // a plain lower-case word
	nerWordX                             // letters a-z alone: short shape x
)

// nerShortShapeX is the short shape hash of the words of letters a-z
// (see nerShortShape).
const nerShortShapeX = (nerFNVOffset ^ 'x') * nerFNVPrime % (1 << 64)

// nerVocabFill fills the tagger's fields of the vocabulary entry e of
// the word w (W2); vocabFill sets its lower-case hash, nerLower.
//
// nerWordPlain is whether w is a plain lower-case word: ASCII, with a
// lower-case letter and no upper-case one. Every token of such a text is
// a word (W1) with tokHasLower and without tokHasUpper (the tokenizer
// reads ASCII letters so), hence without a hyphen tail (K8 needs a
// capital), so the tagger reads its hash from the entry without reading
// the token. nerWordX is whether w has the letters a-z alone, whose
// short shape (nerShortShape) is x. nerClass is the classes of nerLower
// (nerClasses), what the tagger reads of a word whose head is the whole
// token.
func nerVocabFill(e *vocabWord, w string) {
	lower, upper, other := false, false, false
	plain := true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			plain, other = false, true
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			other = true
		}
	}
	e.nerBits = 0
	if plain && lower && !upper {
		e.nerBits |= nerWordPlain
		if !other {
			e.nerBits |= nerWordX
		}
	}
	e.nerClass = nerClasses().get(e.nerLower)
}

// nerPlainWordsIDs is nerPlainWords for tokens with word ids (W1): a
// plain lower-case word (nerWordPlain), most words, costs a read of
// its entry, its token is not read, and its info is left zero: only the
// features of the candidates near it read that, and nerDoc.window fills
// it from the entry (by nerDoc.ids). Another lower-case word with an id
// and no hyphen tail has its hash read from its entry too; the few
// others without one (longer than vocabMaxLen bytes, or with a tail) it
// leaves to the caller, as nerPlainWords leaves those it cannot hash at
// once. It writes only the entries of info it fills, which must be zero
// on entry (nerPrep.prepare clears them at once).
func nerPlainWordsIDs(toks []token, ids []int32, vw []vocabWord, info []nerTokInfo, set []uint64, mask uint64, marks []int32) (words, nMarks int) {
	info = info[:len(toks)]
	ids = ids[:len(toks)]
	for i := 0; i < len(ids); i++ {
		// A run of plain words, in a loop that reads nothing else: its
		// info is filled by nerDoc.window when read.
		for ; i < len(ids); i++ {
			k := uint(ids[i] - 1)
			if k >= uint(len(vw)) || vw[k].nerBits&nerWordPlain == 0 {
				break
			}
			b := (vw[k].nerLower >> 7) & mask // nerDoc.set
			set[b>>6] |= 1 << (b & 63)
			words++
		}
		if i == len(ids) {
			break
		}
		id := ids[i]
		t := &toks[i]
		fl := t.Flags
		if t.Kind != tokWord || fl&(tokHasUpper|tokHasLower) == 0 {
			continue
		}
		words++
		m := int32(i)
		if fl&tokHasUpper == 0 {
			if id > 0 && t.tail == 0 {
				h := vw[id-1].nerLower
				info[i].lower = h
				b := (h >> 7) & mask // nerDoc.set
				set[b>>6] |= 1 << (b & 63)
				continue
			}
			m = ^m
		}
		marks[nMarks] = m
		nMarks++
	}
	return words, nMarks
}

// nerLowBytes[n] keeps the n low bytes of a number (n <= 8).
var nerLowBytes = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// nerASCIILower maps each byte to itself, but A-Z to a-z
// (TestNERASCIILower checks it).
const nerASCIILower = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\x22#$%&'()*+,-./0123456789:;<=>?" +
	"@abcdefghijklmnopqrstuvwxyz[\x5c]^_" +
	"`abcdefghijklmnopqrstuvwxyz{|}~\x7f" +
	"\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f" +
	"\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf" +
	"\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf" +
	"\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff"

// nerHashLowerRunes is nerHashLower for a word (its dot removed) with
// bytes outside ASCII.
func nerHashLowerRunes(w string) uint64 {
	h := uint64(nerFNVOffset)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= nerFNVPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n <= 1 {
			h ^= uint64(c)
			h *= nerFNVPrime
			i++
			continue
		}
		if r < 0x2000 || r > 0x206f {
			// Outside General Punctuation (curly quotes, dashes), which
			// has no case (TestNERHashLowerRunes checks it).
			r = unicode.ToLower(r)
		}
		m := utf8.EncodeRune(buf[:], r)
		h = nerHashBytes(h, buf[:m])
		i += n
	}
	return h
}

// nerLowerInto appends the lower-case form of w (one trailing dot removed)
// to dst, for prefix and suffix features.
func nerLowerInto(dst []byte, w string) []byte {
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n <= 1 {
			dst = append(dst, c)
			i++
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// nerShapes returns hashes of the long shape of w (upper-case letters as X,
// lower-case as x, digits as d, other runes kept if ASCII or 'o', runs of
// one class capped at four) and of its short shape (runs collapsed to one).
// "Khan" has long shape Xxxx and short shape Xx; "U.S." has X.X. for both.
func nerShapes(w string) (long, short uint64) {
	long, short = nerFNVOffset, nerFNVOffset
	var last byte
	run := 0
	for i := 0; i < len(w); {
		c := w[i]
		var k byte
		n := 1
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				k = 'X'
			case 'a' <= c && c <= 'z':
				k = 'x'
			case '0' <= c && c <= '9':
				k = 'd'
			default:
				k = c
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(w[i:])
			switch {
			case 0x2000 <= r && r <= 0x206f:
				k = 'o' // General Punctuation: no letter, no digit (TestNERHashLowerRunes)
			case unicode.IsUpper(r):
				k = 'X'
			case unicode.IsLower(r):
				k = 'x'
			case unicode.IsDigit(r):
				k = 'd'
			default:
				k = 'o'
			}
		}
		i += n
		if k == last {
			run++
		} else {
			run = 1
			short ^= uint64(k)
			short *= nerFNVPrime
		}
		last = k
		if run <= 4 {
			long ^= uint64(k)
			long *= nerFNVPrime
		}
	}
	return long, short
}

// nerShortShape returns the short shape hash of w, as nerShapes does,
// at once for a word of lower-case ASCII letters (short shape x), the
// commonest neighbour of a name, and for one ASCII byte (punctuation).
func nerShortShape(w string) uint64 {
	if len(w) == 1 && 0 < w[0] && w[0] < utf8.RuneSelf && (w[0] < 'a' || w[0] > 'z') {
		k := uint64(w[0])
		switch {
		case 'A' <= k && k <= 'Z':
			k = 'X'
		case '0' <= k && k <= '9':
			k = 'd'
		}
		return (nerFNVOffset ^ k) * nerFNVPrime
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			_, short := nerShapes(w)
			return short
		}
	}
	if w == "" {
		return nerFNVOffset
	}
	return nerShortShapeX
}

// nerMix combines a feature template number with a value hash into the
// feature key. The result is never 0 (0 marks an empty model slot).
func nerMix(tmpl uint64, v uint64) uint64 {
	h := v ^ (tmpl * 0x9E3779B97F4A7C15)
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

// nerMix2 combines a template number with two value hashes.
func nerMix2(tmpl uint64, a, b uint64) uint64 {
	return nerMix(tmpl, a^(b*0xD6E8FEB86659FD93+0x632BE59BD9B4E019))
}

// nerTokInfo holds what the features need of one token, computed once per
// token (16 bytes). The lower-case hash, classes and vocabulary entry of
// every word are filled by nerPrepare; those of other tokens only around
// the final candidates, where the features read them (nerDoc.candidates).
type nerTokInfo struct {
	lower    uint64
	word     int32 // 1 + index in nerDoc.vocab.words; 0 for a text too long for it
	class    nerClass
	cand     bool // can be part of a name (N2)
	particle bool // a lower-case particle candidate: only O or I (N3)
}

// nerSentInfo holds per-sentence flags.
type nerSentInfo struct {
	allCaps, titleCase bool
}

// Sentinel hashes for positions before the start and after the end of a
// sentence.
const (
	nerHashBOS = 0x1b873593cc9e2d51
	nerHashEOS = 0x85ebca6b27d4eb2f
)

// The feature templates. Numbers are part of the model: never renumber.
// Templates marked unused were dropped after ablation on a held-out slice
// of the training split (no loss, fewer lookups).
const (
	nerFBias = iota + 1
	nerFLower
	nerFShape
	nerFShort
	nerFSuf2
	nerFSuf3
	nerFSuf4
	nerFPre2 // unused
	nerFPre3
	nerFLowerM1
	nerFLowerP1
	nerFLowerM2
	nerFLowerP2 // unused
	nerFShortM1 // unused
	nerFShortP1
	nerFShort3 // unused
	nerFTag1
	nerFTag12
	nerFTag1Lower // unused since history features became cacheable; kept so numbers do not shift
	nerFTag1Short
	nerFBigramM1
	nerFBigramP1 // unused
	nerFStartShort
	nerFCapsLower
	nerFCapsShort
	nerFClass
	nerFClassM1
	nerFClassP1
	nerFClassP2
	nerFDocCapMid
	nerFDocLower
	nerFMemory
	nerFMemoryTag1
	nerFTitleShort
	nerFHyphenTail
	nerFLowerM1Short
	nerFShortLowerP1 // unused
	nerFPosition
)

// nerDoc holds the document-level evidence for one call of the tagger.
type nerDoc struct {
	capMid   []uint64  // bit set: lower hash seen capitalised mid-sentence in running text
	lowerSet []uint64  // bit set: lower hash seen as an all-lower-case word
	mask     uint64    // bit-set index mask
	memory   nerMemory // lower hash -> last name type assigned in this document (N7)
	vocab    *nerVocab // the texts of the tokens (see nerTokInfo.word)
	running  bool      // some sentence is neither all caps nor title case
	// ids are the word ids (W1) of the tokens of the sentence being
	// prepared or settled (see nerPrep.prepare), or nil, and words the
	// entries the ids of the call index.
	ids   []int32
	words []vocabWord
	keys  []vocabKey // the key of each entry of words
}

// init makes d an empty document record sized for about n tokens, its bit
// sets in sets (reused when it has room), and returns sets. The size of
// the bit sets is part of the tagger's behaviour (a bit may stand for two
// words): keep it.
func (d *nerDoc) init(n int, sets []uint64) []uint64 {
	bits := 4096
	for bits < 32*n && bits < 1<<24 {
		bits <<= 1
	}
	words := bits / 64
	sets = reuseZero(sets, 2*words)
	*d = nerDoc{
		capMid:   sets[:words:words],
		lowerSet: sets[words:],
		mask:     uint64(bits - 1),
		memory:   d.memory,
		vocab:    d.vocab,
	}
	return sets
}

// nerMemory is the document memory of N7: an open-addressing table
// (linear probing) from the lower-case hash of a word to the last name type
// given to it. A slot with type 0 is empty (every stored type is nonzero).
type nerMemory struct {
	slots []nerMemSlot
	n     int // stored keys
}

// nerMemSlot is one slot of a nerMemory.
type nerMemSlot struct {
	key uint64
	typ uint8
}

// size makes m empty with room for about n keys without growing, reusing
// its slots when they have room.
func (m *nerMemory) size(n int) {
	k := 16
	for k < 2*n {
		k <<= 1
	}
	m.slots, m.n = reuseZero(m.slots, k), 0
}

// reset empties m, keeping its room.
func (m *nerMemory) reset() {
	clear(m.slots)
	m.n = 0
}

// home returns the first slot to probe for key h.
func (m *nerMemory) home(h uint64) uint64 {
	return (h * 0x9E3779B97F4A7C15) >> 32 & uint64(len(m.slots)-1)
}

// get returns the type stored for h, or 0 and false.
func (m *nerMemory) get(h uint64) (uint8, bool) {
	if len(m.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(m.slots) - 1)
	for i := m.home(h); ; i = (i + 1) & mask {
		sl := &m.slots[i]
		if sl.typ == 0 {
			return 0, false
		}
		if sl.key == h {
			return sl.typ, true
		}
	}
}

// set stores type t (nonzero) for h, growing the table when it is half full.
func (m *nerMemory) set(h uint64, t uint8) {
	if 2*(m.n+1) > len(m.slots) {
		old := m.slots
		m.slots = nil // new slots: old is read below
		m.size(2 * (m.n + 1))
		for _, sl := range old {
			if sl.typ != 0 {
				m.set(sl.key, sl.typ)
			}
		}
	}
	mask := uint64(len(m.slots) - 1)
	for i := m.home(h); ; i = (i + 1) & mask {
		sl := &m.slots[i]
		if sl.typ == 0 {
			sl.key, sl.typ = h, t
			m.n++
			return
		}
		if sl.key == h {
			sl.typ = t
			return
		}
	}
}

// idAt returns the word id (W1) of token i of toks, the sentence being
// prepared, or 0 when it has none or the caller gave no ids.
func (d *nerDoc) idAt(toks []token, i int) int32 {
	if len(d.ids) != len(toks) {
		return 0
	}
	return d.ids[i]
}

// set sets the bit for h in set.
func (d *nerDoc) set(set []uint64, h uint64) {
	b := (h >> 7) & d.mask
	set[b>>6] |= 1 << (b & 63)
}

// has reports whether the bit for h is set in set.
func (d *nerDoc) has(set []uint64, h uint64) bool {
	b := (h >> 7) & d.mask
	return set[b>>6]&(1<<(b&63)) != 0
}

// nerLetters reports whether t is a word with a letter: nerPrepare fills
// the info of those, nerDoc.window that of the other tokens it needs.
func nerLetters(t *token) bool {
	return t.Kind == tokWord && t.Flags&(tokHasUpper|tokHasLower) != 0
}

// nerPrepare fills info for the words of one sentence that have a letter
// (the lower-case hash of all but the plain lower-case words with an id,
// left to nerDoc.window, and the classes and vocabulary entry of those
// with an upper-case letter), notes its
// document-level evidence in d (words seen in lower case; in running text,
// words capitalised mid-sentence) and returns its flags.
// N1: a sentence is all caps when at least 60% of its words of two or more
// letters are all caps, and title case when it has at least four words and
// 70% of them start with a capital.
// N2: a token is a name candidate when it is a word with an upper-case
// letter, a listed particle or '&' between two such words (N3), or a word
// with a lower-case hyphen tail after a capitalised head.
//
// info may hold anything on entry, but must be zero when d.ids holds the
// ids of toks (see nerPlainWordsIDs). The indexes of the words with an upper-case
// letter, the first candidates, are appended to cands, which is returned.
func nerPrepare(text string, toks []token, info []nerTokInfo, classes *nerClassTable, d *nerDoc, cands []int32) (nerSentInfo, []int32) {
	caps, capStart := 0, 0
	n := len(cands)
	cands = slices.Grow(cands, len(toks))
	var words, nMarks int
	if len(d.ids) == len(toks) {
		words, nMarks = nerPlainWordsIDs(toks, d.ids, d.words, info, d.lowerSet, d.mask, cands[n:n+len(toks)])
	} else {
		words, nMarks = nerPlainWords(text, toks, info, d.lowerSet, d.mask, cands[n:n+len(toks)])
	}
	v := d.vocab
	info = info[:len(toks)]
	ids := d.ids
	if len(ids) != len(toks) {
		ids = nil // see nerDoc.idAt
	}
	cands = cands[:n+nMarks]
	marks, nc := cands[n:], n // the candidates are written over the marks
	for _, m := range marks {
		if m < 0 {
			// A word left by nerPlainWords.
			t := &toks[^m]
			h := nerHashLower(text[t.Start:t.head()])
			info[^m].lower = h
			d.set(d.lowerSet, h)
			continue
		}
		t, in := &toks[m], &info[m]
		var id int32
		if ids != nil {
			id = ids[m]
		}
		if id > 0 && t.tail == 0 {
			// A word of the vocabulary, its head the whole token: its hash
			// and classes are in its entry (W2), its tagger entry is
			// found by id.
			e := &d.words[id-1]
			in.lower, in.class = e.nerLower, e.nerClass
			in.word = v.byIDHint(id, d.keys[id-1])
			if in.word == 0 {
				in.word = v.findID(text, t.Start, t.End, id)
			}
		} else if k := v.find(text, t.Start, t.head()); k != 0 {
			e := &v.words[k-1]
			in.lower, in.class, in.word = e.lower, e.class, k
		} else {
			in.lower = nerHashLower(text[t.Start:t.head()])
			in.class = classes.get(in.lower)
		}
		in.cand = true
		cands[nc] = m
		nc++
		fl := t.Flags
		if fl&tokCap != 0 {
			capStart++
		}
		if fl&tokAllCaps != 0 && t.End-t.Start > 1 {
			caps++
		}
	}
	cands = cands[:nc]
	var s nerSentInfo
	s.allCaps = words > 0 && caps*10 >= words*6
	s.titleCase = !s.allCaps && words >= 4 && capStart*10 >= words*7
	// A running-text sentence: its capitalised words that neither start
	// it nor are all caps are seen capitalised mid-sentence.
	if !s.allCaps && !s.titleCase && len(toks) > 0 {
		d.running = true
		for _, i := range cands[n:] {
			if f := toks[i].Flags; f&tokCap != 0 && f&(tokSentStart|tokAllCaps) == 0 {
				d.set(d.capMid, info[i].lower)
			}
		}
	}
	return s, cands
}

// candidates settles which tokens of a prepared sentence are name
// candidates, once the whole document has been noted, completes info where
// the features read it (the lower-case hash and classes of every token from
// two before to two after each candidate) and returns the number of
// candidates.
// N8: a listed function word (The, This, ...) is never a candidate.
// N9: in a mixed-case headline (a title-case line with at least two
// capitalised words that the running text uses in lower case) a capitalised
// word is a candidate only if the running text also capitalises it
// mid-sentence (Biden Says Talks With McCarthy: only Biden and McCarthy).
// Lists of names are title-case lines too, but lack the lower-case words. The same rule for
// sentence starts and all-caps lines cost about 0.6 F1 on held-out CoNLL
// training documents, so there the features decide.
//
// first holds the indexes of the sentence's first candidates (those of
// nerPrepare), in order; the indexes of the final ones are appended to
// out, which is returned.
func (d *nerDoc) candidates(text string, toks []token, info []nerTokInfo, s nerSentInfo, classes *nerClassTable, first, out []int32) []int32 {
	headline := false
	if s.titleCase && d.running {
		common := 0
		for _, i := range first {
			if d.has(d.lowerSet, info[i].lower) && !d.has(d.capMid, info[i].lower) {
				common++
			}
		}
		headline = common >= 2
	}
	// N8 and N9, N3 (particles between capitalised words) and the windows
	// of the candidates, in one pass in text order: token i is settled
	// before its window is filled, and filling changes no candidate. A
	// particle stands between two candidates that are not particles, so
	// only the token between two candidates one apart can be one. The
	// windows are completed a stretch at a time, the windows that overlap
	// or touch together, and before a particle's classes are read.
	lo, hi := 0, -1 // the stretch of windows to complete: tokens lo..hi
	last := -2      // the last candidate before i
	for _, i32 := range first {
		i := int(i32)
		if in := &info[i]; in.class&nerClassFunction != 0 || headline && !d.has(d.capMid, in.lower) {
			in.cand = false // N8, N9
			continue
		}
		if j := i - 1; j >= 1 && last == j-1 && toks[i].Flags&tokCap != 0 {
			// The window of last reaches i: complete it.
			d.window(text, toks, info, classes, lo, hi)
			lo = hi + 1
			t, in := &toks[j], &info[j]
			if t.Kind == tokWord && in.class&nerClassParticle != 0 || t.Kind == tokPunct && text[t.Start:t.End] == "&" {
				in.cand, in.particle = true, true
				if id := d.idAt(toks, j); id > 0 && t.tail == 0 {
					in.word = d.vocab.byIDHint(id, d.keys[id-1])
					if in.word == 0 {
						in.word = d.vocab.findID(text, t.Start, t.End, id)
					}
				} else {
					in.word = d.vocab.find(text, t.Start, t.head())
				}
				out = append(out, int32(j))
				hi = max(hi, min(j+2, len(toks)-1)) // j-2 <= hi+1: the stretch goes on
			}
		}
		out = append(out, i32)
		if i-2 > hi+1 {
			// A gap: the stretch so far is done, a new one starts.
			d.window(text, toks, info, classes, lo, hi)
			lo = i - 2
		}
		hi = max(hi, min(i+2, len(toks)-1))
		last = i
	}
	d.window(text, toks, info, classes, lo, hi)
	return out
}

// window completes info for the tokens lo..hi, windows of candidates
// (from two tokens before to two after a candidate): the lower-case hash
// and classes of every token (nerPrepare filled the hashes of the words
// with a letter, but the plain lower-case words of the vocabulary, and
// the classes of those with an upper-case letter).
func (d *nerDoc) window(text string, toks []token, info []nerTokInfo, classes *nerClassTable, lo, hi int) {
	if lo > hi {
		return
	}
	j, last := lo, hi
	info = info[:len(toks)]
	ids := d.ids
	if len(ids) != len(toks) {
		ids = nil
	}
	for ; j <= last; j++ {
		t, wi := &toks[j], &info[j]
		if wi.cand {
			continue // a word with an upper-case letter: filled by nerPrepare
		}
		if ids != nil && ids[j] > 0 {
			if e := &d.words[ids[j]-1]; e.nerBits&nerWordPlain != 0 {
				// A plain lower-case word (see nerPlainWordsIDs): all is in
				// its entry (W2).
				wi.lower, wi.class = e.nerLower, e.nerClass
				continue
			}
		}
		switch fl := t.Flags; {
		case t.Kind == tokWord && fl&tokHasUpper != 0:
			// Filled by nerPrepare.
		case t.Kind == tokWord && fl&tokHasLower != 0:
			wi.class = classes.get(wi.lower)
		case t.End-t.Start == 1 && text[t.Start] < utf8.RuneSelf:
			// One ASCII byte (punctuation): its hash and classes from
			// the class table.
			c := text[t.Start] & (utf8.RuneSelf - 1)
			wi.lower, wi.class = classes.oneLower[c], classes.oneClass[c]
		default:
			wi.lower = nerHashLower(text[t.Start:t.head()])
			wi.class = classes.get(wi.lower)
		}
	}
}

// nerLineStyle is the line style a document-evidence feature pairs with:
// 1 a line in capitals, 2 a title-case line, 3 a sentence's first word (start
// 1), 0 otherwise.
func nerLineStyle(s nerSentInfo, start uint64) uint64 {
	switch {
	case s.allCaps:
		return 1
	case s.titleCase:
		return 2
	case start == 1:
		return 3
	}
	return 0
}

// nerFeaturer builds the feature keys of one token; its buffers are reused.
type nerFeaturer struct {
	feats []uint64
	low   []byte
	hist  []uint64
	hists [nerNumTags + 1][nerNumTags]int32 // history weights by previous tag: scratch for the training scorer

	histCache [nerHistCacheSize]nerHistRow   // caches of history rows for the model scorer
	memCache  [nerHistCacheSize]nerHistRow   // (see nerModel.histories)
	shapes    [nerShapeCacheSize]nerShapeRow // cache of shape rows for the model scorer
	vocab     *nerVocab                      // the call's vocabulary, with the word rows of the model scorer
	histMax   *[nerNumTags + 1]int32         // the maxima of the rows nerModel.histories last returned (see nerStepScores)
	dropSeed  uint64                         // training only: nonzero enables word-identity dropout

	// Deferred context features of nerModel.static, and the or of their
	// home slots' fingerprints (kept so that the reads are not dropped:
	// see nerModel.finish).
	pend    []uint64
	touched uint32

	nerHistState // recorded by features for history
}

// nerHistState is what the history features need of a token; features
// records it in the featurer.
type nerHistState struct {
	short  uint64
	mem    uint8
	hasMem bool
}

// features returns the static feature keys of token i of a sentence (those
// that do not depend on the previous tag): its word features, then its
// context features. The returned slice is valid until the next call of
// features; it also records what history needs.
func (f *nerFeaturer) features(text string, toks []token, info []nerTokInfo, s nerSentInfo, d *nerDoc, i int) []uint64 {
	t := &toks[i]
	w := text[t.Start:t.head()]
	shape, short := nerShapes(w)
	// Word identity, left out for a fixed pseudo-random share of training
	// tokens (see nerDropPercent) so that shape and context carry weight.
	ident := f.dropSeed == 0 || nerMix(f.dropSeed, uint64(i))%100 >= nerDropPercent
	fs := f.wordFeatures(f.feats[:0], w, info[i].lower, shape, short, info[i].class, ident)
	fs = f.contextFeatures(fs, text, toks, info, s, d, i, short, ident)
	f.feats = fs
	return fs
}

// wordFeatures appends to dst the keys of the features that depend on the
// word w alone (its text, lower-case hash, shapes and classes), with word
// identity when ident is set. Their weights can be summed once per word.
func (f *nerFeaturer) wordFeatures(dst []uint64, w string, lower, shape, short uint64, class nerClass, ident bool) []uint64 {
	dst = append(dst,
		nerMix(nerFBias, 0),
		nerMix(nerFShape, shape),
		nerMix(nerFShort, short),
		nerMix(nerFClass, uint64(class)),
	)
	if ident {
		dst = append(dst, nerMix(nerFLower, lower))
	}
	// Affixes of the lower-case form.
	f.low = nerLowerInto(f.low[:0], w)
	lw := f.low
	for k, tmpl := range [...]uint64{nerFSuf2, nerFSuf3, nerFSuf4} {
		if n := k + 2; len(lw) >= n {
			dst = append(dst, nerMix(tmpl, nerHashBytes(nerFNVOffset, lw[len(lw)-n:])))
		}
	}
	for k, tmpl := range [...]uint64{nerFPre3} {
		if n := k + 3; len(lw) > n {
			dst = append(dst, nerMix(tmpl, nerHashBytes(nerFNVOffset, lw[:n])))
		}
	}
	return dst
}

// contextFeatures appends to dst the keys of the other static features of
// token i (its neighbours, position, line style and the document
// evidence); short is the token's short shape. It also records what
// history needs.
func (f *nerFeaturer) contextFeatures(dst []uint64, text string, toks []token, info []nerTokInfo, s nerSentInfo, d *nerDoc, i int, short uint64, ident bool) []uint64 {
	t := &toks[i]
	lower := info[i].lower
	lowerAt := func(j int) uint64 {
		if j < 0 {
			return nerHashBOS
		}
		if j >= len(toks) {
			return nerHashEOS
		}
		return info[j].lower
	}
	classAt := func(j int) uint64 {
		if j < 0 || j >= len(toks) {
			return 255
		}
		return uint64(info[j].class)
	}
	lm1, lp1 := lowerAt(i-1), lowerAt(i+1)
	sp1 := uint64(nerHashEOS)
	if i+1 < len(toks) {
		t1 := &toks[i+1]
		sp1 = nerShortShape(text[t1.Start:t1.head()])
	}
	dst = append(dst,
		nerMix(nerFLowerM1, lm1),
		nerMix(nerFLowerP1, lp1),
		nerMix(nerFLowerM2, lowerAt(i-2)),
		nerMix(nerFShortP1, sp1),
		nerMix(nerFClassM1, classAt(i-1)),
		nerMix(nerFClassP1, classAt(i+1)),
		nerMix(nerFClassP2, classAt(i+2)),
		nerMix2(nerFLowerM1Short, lm1, short),
	)
	if ident {
		dst = append(dst, nerMix2(nerFBigramM1, lm1, lower))
		if s.allCaps {
			dst = append(dst, nerMix(nerFCapsLower, lower))
		}
	}
	// Position and line style.
	pos := uint64(i)
	if pos > 2 {
		pos = 3
	}
	var start uint64
	if t.Flags&tokSentStart != 0 {
		start = 1
	}
	dst = append(dst, nerMix2(nerFPosition, pos, start))
	if start == 1 {
		dst = append(dst, nerMix(nerFStartShort, short))
	}
	if s.allCaps {
		dst = append(dst, nerMix(nerFCapsShort, short))
	}
	if s.titleCase {
		dst = append(dst, nerMix(nerFTitleShort, short))
	}
	if t.Flags&tokHyphenTail != 0 {
		dst = append(dst, nerMix(nerFHyphenTail, 1))
	}
	// Document evidence.
	style := nerLineStyle(s, start)
	var capMid, lowSeen uint64
	if d.has(d.capMid, lower) {
		capMid = 1
	}
	if d.has(d.lowerSet, lower) {
		lowSeen = 1
	}
	dst = append(dst, nerMix2(nerFDocCapMid, capMid, style), nerMix2(nerFDocLower, lowSeen, style))
	f.mem, f.hasMem = d.memory.get(lower)
	if f.hasMem {
		dst = append(dst, nerMix(nerFMemory, uint64(f.mem)))
	}
	f.short = short
	return dst
}

// history returns the feature keys of the token last passed to features
// that depend on the previous tag p1. The returned slice is valid until the
// next call of history.
func (f *nerFeaturer) history(p1 uint8) []uint64 {
	h := append(f.hist[:0],
		nerMix(nerFTag1, uint64(p1)),
		nerMix2(nerFTag1Short, uint64(p1), f.short),
	)
	if f.hasMem {
		h = append(h, nerMix2(nerFMemoryTag1, uint64(f.mem), uint64(p1)))
	}
	f.hist = h
	return h
}
