package news

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A tokenKind says what sort of text a [token] covers.
type tokenKind uint8

// The token kinds. The zero value, tokWord, is a run of letters and digits
// with the joiners allowed by rules K3-K7.
const (
	tokWord       tokenKind = iota // letters, digits and joined forms (U.S., 3.5, Khan-led)
	tokPossessive                  // the possessive 's or ’s split from the word before it
	tokQuote                       // a straight or curly quotation mark or a lone apostrophe
	tokDash                        // an en dash, em dash, "--" or a hyphen standing alone
	tokPunct                       // any other punctuation or symbol, one rune (or a run of dots)
)

// tokenFlag holds the boolean properties of a [token] as bits.
type tokenFlag uint16

// The token flags.
const (
	tokCap        tokenFlag = 1 << iota // first rune is an upper-case letter
	tokAllCaps                          // has letters and all of them are upper case
	tokHasUpper                         // some letter is upper case
	tokHasLower                         // some letter is lower case
	tokHasDigit                         // some rune is a digit
	tokHasDot                           // contains or ends with '.'
	tokHasHyphen                        // contains an internal hyphen
	tokSentStart                        // first word token of the span
	tokHyphenTail                       // ends in a lower-case hyphen suffix such as -led (rule K8)
	tokBadByte                          // a single invalid UTF-8 byte
)

// A token is one word, number or punctuation mark of the text (24 bytes).
// A word with a lower-case hyphen suffix (rule K8) keeps the suffix's
// length in tail: see head.
type token struct {
	Span
	tail  uint32 // bytes from the head to End: 0 but for K8
	Kind  tokenKind
	Flags tokenFlag
}

// is reports whether all the flags in f are set on t.
func (t *token) is(f tokenFlag) bool { return t.Flags&f == f }

// head returns the end of the part before a lower-case hyphen suffix (rule
// K8): for "Khan-led" the token covers the whole word and head is the end
// of "Khan"; for all other tokens it is End.
func (t *token) head() int { return t.End - int(t.tail) }

// textDoc is the article's tokens, made once and shared by the entity,
// quote and event finders. Per token it keeps the token (24 bytes) and
// its sentence (4 bytes); the lower-case form of a word is read from
// lowText (see lowAt), so that no string is stored per token.
type textDoc struct {
	text    string
	lowText string // text with ASCII letters lower-cased: same offsets
	// The sentences below are the title (when there is one, paragraph -1)
	// and then Article.Sentences in order.
	toks   []token
	sentOf []int32  // sentence of each token (see sentAt)
	sents  [][2]int // token range of each sentence
	paraOf []int    // paragraph of each sentence
	// ids[i] is the id of token i in vocab, 0 for none (W1).
	ids   []int32
	vocab *wordVocab
	ref   *weakRef[textDocBufs]
	// tlToks are the tokens the events finder reads (see tlScan), which
	// the quote finder lists in its pass over every token, when tlListed
	// (qdoc.classify; findEvents).
	tlToks   []int32
	tlListed bool
}

// textDocBufs are the arrays of a textDoc, kept from one analysis to the
// next through textDocPool: nothing in them outlives an analysis, whose
// results hold spans and strings of the article's text, never tokens.
type textDocBufs struct {
	toks   []token
	sentOf []int32
	sents  [][2]int
	paraOf []int
	ids    []int32
	tlToks []int32
}

// textDocPool keeps a textDoc's arrays for the next analysis.
var textDocPool weakPool[textDocBufs]

// textDocMaxTokens bounds the articles whose arrays are kept for the next
// analysis: larger ones are left to the collector.
const textDocMaxTokens = 1 << 16

// release gives d's arrays to the next analysis. d must not be used after.
func (d *textDoc) release() {
	if d.ref == nil {
		return
	}
	var b *textDocBufs
	if cap(d.toks) <= textDocMaxTokens {
		b = &textDocBufs{toks: d.toks[:0], sentOf: d.sentOf[:0], sents: d.sents[:0], paraOf: d.paraOf[:0], ids: d.ids[:0], tlToks: d.tlToks[:0]}
	}
	textDocPool.put(d.ref, b)
	putVocab(d.vocab)
	*d = textDoc{}
}

// lowAt returns the lower-cased form of token i when it is a word, and ""
// for any other token. Only the ASCII letters are lower-cased, so the word
// is lowText at the token's offsets: no string is built. One return, for
// an empty slice too: inlined into the rules' chains of comparisons of one
// word with several ("after", "later", ...), it measured cheaper than an
// early return of "".
func (d *textDoc) lowAt(i int) string {
	t := &d.toks[i]
	end := t.End
	if t.Kind != tokWord {
		end = t.Start // empty
	}
	return d.lowText[t.Start:end]
}

// appendSentBounds appends to dst 0 and then the token index where each
// sentence ends: the sentence bounds the tagger reads (nerTagTokensFunc).
func (d *textDoc) appendSentBounds(dst []int) []int {
	dst = append(dst, 0)
	for _, sr := range d.sents {
		dst = append(dst, sr[1])
	}
	return dst
}

// sentAt returns the sentence of token i.
func (d *textDoc) sentAt(i int) int { return int(d.sentOf[i]) }

// newTextDoc tokenizes the sentences of a. The token slice is made once,
// from an estimate of the token count (see tokEstimate) so that it seldom
// grows; sentOf is then made at the exact token count.
func newTextDoc(a *Article) *textDoc {
	d := &textDoc{text: a.Text}
	var b textDocBufs
	if p, ref := textDocPool.get(); true {
		d.ref = ref
		if p != nil {
			b = *p
		}
	}
	d.sents = reuseEmpty(b.sents, len(a.Sentences)+1)
	d.paraOf = reuseEmpty(b.paraOf, len(a.Sentences)+1)
	d.tlToks = b.tlToks[:0]
	toks := reuseEmpty(b.toks, tokEstimate(a.Text))
	add := func(s Span, para int) {
		n := len(toks)
		toks = tokenize(a.Text, s, toks)
		d.sents = append(d.sents, [2]int{n, len(toks)})
		d.paraOf = append(d.paraOf, para)
	}
	// The title is read too, as a sentence of its own (paragraph -1):
	// its names are the article's, and a headline can attribute.
	if a.Title != "" && a.TitleSpan.Len() > 0 {
		add(a.TitleSpan, -1)
	}
	for _, s := range a.Sentences {
		add(s.Span, s.Paragraph)
	}
	d.toks = toks
	d.sentOf = reuseEmpty(b.sentOf, len(d.toks))[:len(d.toks)]
	for si, r := range d.sents {
		s := d.sentOf[r[0]:r[1]]
		for k := range s {
			s[k] = int32(si)
		}
	}
	// One lower-cased copy of the text (ASCII letters folded, so every
	// offset stays) serves every word; a text with no upper-case word
	// (usually the first token has one) is its own.
	d.lowText = a.Text
	if slices.ContainsFunc(d.toks, func(t token) bool { return t.Kind == tokWord && t.Flags&tokHasUpper != 0 }) {
		d.lowText = tokLowerASCII(a.Text)
	}
	d.vocab = getVocab(len(d.toks))
	d.ids = reuseEmpty(b.ids, len(d.toks))[:len(d.toks)]
	d.vocab.assign(d.text, d.lowText, d.toks, d.ids)
	return d
}

// tokenize appends to dst the tokens of text[s.Start:s.End] and returns dst.
// The span is clamped to the text, so any Span is safe. Tokens come in text
// order, do not overlap and never contain white space. One pass over the
// bytes; invalid UTF-8 bytes become one-byte tokPunct tokens (K1).
//
// Rules:
//
//	K1: white space (Unicode White_Space, including no-break spaces) separates tokens; an invalid byte is a 1-byte symbol.
//	K2: quotation marks (" “ ” „ ‘ ’ ' « » ‹ ›) are single tokens unless K6 joins an apostrophe to a word.
//	K3: '.' inside a word joins it when a letter or digit follows (U.S, 3.5, J.K).
//	K4: ':' and ',' join digits on both sides (10:30, 1,000); '&' joins upper-case letters (AT&T).
//	K5: a hyphen (- or U+2010/U+2011) joins a word to the letters or digits after it (Khan-led, 1996-08-22).
//	K6: an apostrophe (' or ’) followed by "s"/"S" and no further letter is split off as a possessive
//	    token (Khan’s -> Khan ’s); before other letters it stays inside the word (O'Brien, don’t).
//	K7: a final '.' stays with the word when the word is one letter (initial J.), already has
//	    dots (U.S.), or is a known abbreviation (Gen., Jan., Inc.); otherwise it is punctuation.
//	K8: a word whose last hyphen part is a lower-case suffix such as -led, -based or any -ed/-ing
//	    form, and whose first part is capitalised, gets its head at that hyphen (Khan-led -> head Khan).
//	K9: "--", a hyphen between spaces, and en/em dashes are tokDash tokens; runs of '.' are one token.
func tokenize(text string, s Span, dst []token) []token {
	start, end := s.Start, s.End
	if start < 0 {
		start = 0
	}
	end = max(min(end, len(text)), 0)
	n0 := len(dst)
	// Plain words and marks go in runs (tokPlainRun); anything else, one
	// token at a time (tokOne).
	for i := start; i < end; {
		var n int
		i, n = tokPlainRun(text, i, end, dst[len(dst):cap(dst)])
		if dst = dst[:len(dst)+n]; i < end {
			i, dst = tokOne(text, i, end, dst)
		}
	}
	// The first word token of the span starts the sentence.
	for k := n0; k < len(dst); k++ {
		if dst[k].Kind == tokWord {
			dst[k].Flags |= tokSentStart
			break
		}
	}
	return dst
}

// tokPlainRun writes to buf the tokens of text[i:end] up to the first
// byte that starts no plain token, and returns the index of that byte (or
// end) and the number of tokens. It stops when buf (the spare capacity of
// the caller's tokens) is full: the loop calls nothing. The plain tokens,
// most of news text, are
//
//   - words of ASCII letters and digits that nothing joins: ended by white
//     space, by punctuation that joins nothing (K3-K6), by a joiner that no
//     word rune follows (a final dot stays only after a one-letter word:
//     an abbreviation's, K7, is tokOne's), or by a rune of the General
//     Punctuation block that joins nothing (a curly quotation mark, a
//     dash: see tokGenPunct);
//   - a possessive 's or ’s after such a word (K6);
//   - ASCII punctuation that follows no word, and the runes of the General
//     Punctuation block but the apostrophe and the hyphens;
//
// and ASCII white space and that of the General Punctuation block are
// passed over.
func tokPlainRun(text string, i, end int, buf []token) (int, int) {
	text = text[:end]
	k := 0
	for uint(i) < uint(len(text)) && k < len(buf) {
		c := text[i]
		cls := tokByteClass[c]
		if cls&tokClsAlnum == 0 {
			if cls&tokClsSpace != 0 {
				i++ // K1
				continue
			}
			if cls&tokClsHigh != 0 {
				// A non-ASCII rune: at once when it is a quotation mark, a
				// dash or white space of the General Punctuation block,
				// else by tokOne.
				g := tokGenPunctAt(text, i)
				if g&tokGenKind == 0 {
					break
				}
				if g&tokGenKind != tokGenSpace {
					buf[k] = token{Span: Span{i, i + 3}, Kind: tokGenPunctKind[g&tokGenKind]}
					k++
				}
				i += 3
				continue
			}
			// ASCII punctuation after no word: a quotation mark (K2), a
			// run of hyphens (a dash, K9), a run of dots (K9) or one
			// symbol.
			j := i + 1
			var f tokenFlag
			if c == '.' || c == '-' {
				for j < len(text) && text[j] == c {
					j++
				}
				if c == '.' {
					f = tokHasDot
				}
			}
			buf[k] = token{Span: Span{i, j}, Kind: tokMarkKind[c], Flags: f}
			k++
			i = j
			continue
		}
		// A word: its first byte, then a run of lower-case letters, then
		// byte by byte if capitals or digits follow. seen gathers the
		// classes of its bytes, with tokClsFirstUpper for tokCap.
		seen := tokFirstSeen[c]
		j := i + 1
		var cj uint8 // the class of text[j]; 0 or tokClsLower at end
		if j < len(text) {
			cj = tokByteClass[text[j]]
		}
		if cj == tokClsLower {
			seen |= tokClsLower
			for j++; uint(j) < uint(len(text)); j++ {
				if cj = tokByteClass[text[j]]; cj != tokClsLower {
					break
				}
			}
		}
		if cj&(tokClsUpper|tokClsDigit) != 0 {
			for cj&tokClsAlnum != 0 {
				seen |= cj
				j++
				cj = 0
				if j < len(text) {
					cj = tokByteClass[text[j]]
				}
			}
		}
		f := tokPlainFlags[seen]
		if cj&(tokClsJoin|tokClsHigh) != 0 {
			// A joiner or a non-ASCII rune after the word.
			if d := text[j]; d == '\'' || d == 0xE2 {
				// K6: a possessive 's or ’s split from the word.
				if p := tokPlainPossessive(text, j); p > j {
					if k+1 >= len(buf) {
						break
					}
					buf[k] = token{Span: Span{i, j}, Kind: tokWord, Flags: f}
					buf[k+1] = token{Span: Span{j, p}, Kind: tokPossessive}
					k += 2
					i = p
					continue
				}
			}
			if cj&tokClsHigh != 0 {
				// It ends the word if it is a rune of the General
				// Punctuation block that joins nothing.
				if g := tokGenPunctAt(text, j); g&tokGenKind == 0 || g&tokGenJoins != 0 {
					break // tokOne: no such rune, or one that joins
				}
			} else {
				// A joiner: K3-K6 join it only to a word rune after it,
				// which tokOne reads (a rune of the General Punctuation
				// block is none).
				if j+1 < len(text) {
					if c1 := tokByteClass[text[j+1]]; c1&tokClsAlnum != 0 || c1&tokClsHigh != 0 && tokGenPunctAt(text, j+1) == 0 {
						break
					}
				}
				if text[j] == '.' && (j+1 >= len(text) || text[j+1] != '.') && j-i <= tokAbbrevMaxLen {
					// K7: a final dot stays with a one-letter word, or
					// with an abbreviation, which tokOne looks up when the
					// word has the first byte and length of one
					// (tokAbbrevFirst).
					if j-i >= 64 || tokAbbrevFirst[c]&(1<<(j-i)) != 0 {
						break
					}
					if j-i == 1 && cls != tokClsDigit {
						j++
						f |= tokHasDot
					}
				}
			}
		}
		buf[k] = token{Span: Span{i, j}, Kind: tokWord, Flags: f}
		k++
		i = j
		if cj&tokClsSpace != 0 {
			i++ // K1: the commonest white space, at once
		}
	}
	return i, k
}

// tokPlainPossessive returns the end of a possessive 's or ’s at text[j]
// (0 <= j < len(text)) followed by the end of text or by an ASCII byte
// that is no letter or digit (K6), or j when there is none (or another
// rune follows).
func tokPlainPossessive(text string, j int) int {
	q := j + 1           // after the apostrophe
	if text[j] == 0xE2 { // ’ is 0xE2 0x80 0x99
		if q = j + 3; q > len(text) || text[j+1] != 0x80 || text[j+2] != 0x99 {
			return j
		}
	} else if text[j] != '\'' {
		return j
	}
	if q < len(text) && text[q]|0x20 == 's' && (q+1 == len(text) || tokByteClass[text[q+1]]&(tokClsAlnum|tokClsHigh) == 0) {
		return q + 1
	}
	return j
}

// tokMarkKind gives the kind of the token of an ASCII punctuation byte
// that follows no word: a quotation mark (K2), a dash (a hyphen, K9), or
// other punctuation.
var tokMarkKind = func() (t [256]tokenKind) {
	for c := range t {
		t[c] = tokPunct
	}
	t['"'], t['\''], t['`'] = tokQuote, tokQuote, tokQuote
	t['-'] = tokDash
	return t
}()

// The values of tokGenPunct: a kind in the low bits, and a flag.
const (
	tokGenSpace = 1 + iota // white space (K1)
	tokGenDash             // a dash (K9)
	tokGenQuote            // a quotation mark (K2)
	tokGenOther            // other punctuation

	tokGenKind  = 7 // the kind bits: 0 for a rune tokGenPunct does not hold
	tokGenJoins = 8 // K5-K6 may join it to a word before it (‐ ‑ ’)
)

// tokGenPunctKind gives the token kind of each tokGenPunct kind.
var tokGenPunctKind = [8]tokenKind{tokGenDash: tokDash, tokGenQuote: tokQuote, tokGenOther: tokPunct}

// tokGenPunct classes the runes of the General Punctuation block, U+2000
// to U+206F, whose UTF-8 forms are 0xE2 0x80-0x81 0x80-0xBF (index: the
// low bit of the second byte and six of the third): what tokOne makes of
// each, read from the same tests, built once and only read.
var tokGenPunct = func() (t [128]uint8) {
	for r := rune(tokGenPunctFirst); r <= tokGenPunctLast; r++ {
		var g uint8
		switch {
		case tokIsDash(r):
			g = tokGenDash
		case tokIsQuote(r):
			g = tokGenQuote
		case unicode.IsSpace(r):
			g = tokGenSpace
		case tokIsWordRune(r):
			continue // none (TestTokGenPunct): tokOne's
		default:
			g = tokGenOther
		}
		if r == '\u2010' || r == '\u2011' || tokIsApostrophe(r) {
			g |= tokGenJoins
		}
		t[r-tokGenPunctFirst] = g
	}
	return t
}()

// tokGenPunctAt returns the tokGenPunct value of the rune at text[i], or 0
// when it is no rune of the General Punctuation block.
func tokGenPunctAt(text string, i int) uint8 {
	if i < 0 || i+2 >= len(text) || text[i] != 0xE2 {
		return 0
	}
	b1, b2 := text[i+1], text[i+2]
	if b1&^1 != 0x80 || b2&0xC0 != 0x80 {
		return 0
	}
	return tokGenPunct[(b1&1)<<6|b2&0x3F]
}

// tokOne appends to dst the token that starts at text[i] (i < end), with
// a possessive split from it (K6), and returns the index after them and
// dst; at white space it passes over it.
func tokOne(text string, i, end int, dst []token) (int, []token) {
	// Nothing past end is read: text[:end] as the text lets the compiler
	// drop the bounds checks of the loops.
	text = text[:end]
	c := text[i]
	cls := tokByteClass[c]
	if cls&tokClsSpace != 0 {
		return i + 1, dst // K1: ASCII white space.
	}
	if cls&tokClsAlnum != 0 {
		// An ASCII letter or digit starts a word. A word ended by white
		// space or by punctuation that joins nothing is complete.
		j, seen := i+1, cls
		for j < len(text) {
			cj := tokByteClass[text[j]]
			if cj&tokClsAlnum == 0 {
				break
			}
			seen |= cj
			j++
		}
		t := token{Span: Span{i, j}, Kind: tokWord, Flags: tokPlainFlags[seen|(cls&tokClsUpper)<<4]}
		if j == len(text) || tokByteClass[text[j]]&(tokClsJoin|tokClsHigh) == 0 {
			return j, append(dst, t)
		}
		// A joiner or a multi-byte rune after the word: it may join
		// (K3-K6) or keep a final dot (K7).
		i, t = tokWordEnd(text, t, end, seen)
		dst = append(dst, t)
		// K6: possessive split. Only ' and ’ (0xE2 0x80 0x99) can start
		// one: a joiner and a multi-byte rune, met on this path alone.
		if i < end && (text[i] == '\'' || text[i] == 0xE2) {
			if p := tokPossessiveAt(text, i, end); p > i {
				dst = append(dst, token{Span: Span{i, p}, Kind: tokPossessive})
				i = p
			}
		}
		return i, dst
	}
	if cls&tokClsHigh == 0 {
		// Other ASCII: dashes, quotation marks, dots and symbols.
		switch c {
		case '-':
			// K9: a hyphen standing alone; "--" and "---" are one token.
			j := i + 1
			for j < end && text[j] == '-' {
				j++
			}
			return j, append(dst, token{Span: Span{i, j}, Kind: tokDash})
		case '"', '\'', '`':
			// K2: quotation marks.
			return i + 1, append(dst, token{Span: Span{i, i + 1}, Kind: tokQuote})
		case '.':
			// K9: a run of dots is one token.
			j := i + 1
			for j < end && text[j] == '.' {
				j++
			}
			return j, append(dst, token{Span: Span{i, j}, Kind: tokPunct, Flags: tokHasDot})
		}
		return i + 1, append(dst, token{Span: Span{i, i + 1}, Kind: tokPunct})
	}
	// A non-ASCII rune.
	r, n := tokRuneAt(text, i, end)
	if n == 0 {
		return i + 1, append(dst, token{Span: Span{i, i + 1}, Kind: tokPunct, Flags: tokBadByte})
	}
	// Dashes and quotation marks, the commonest non-ASCII runes of news
	// text, are tested first: they are neither white space nor word runes.
	switch {
	case r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212' || r == '\u2010' || r == '\u2011':
		// K9: en and em dashes and the like.
		dst = append(dst, token{Span: Span{i, i + n}, Kind: tokDash})
	case tokIsQuote(r):
		// K2: quotation marks.
		dst = append(dst, token{Span: Span{i, i + n}, Kind: tokQuote})
	case unicode.IsSpace(r):
		// K1: Unicode white space such as a no-break space.
	case tokIsWordRune(r):
		var t token
		i, t = tokWordAt(text, i, end)
		dst = append(dst, t)
		// K6: possessive split.
		if p := tokPossessiveAt(text, i, end); p > i {
			dst = append(dst, token{Span: Span{i, p}, Kind: tokPossessive})
			i = p
		}
		return i, dst
	default:
		dst = append(dst, token{Span: Span{i, i + n}, Kind: tokPunct})
	}
	return i + n, dst
}

// The byte classes of tokByteClass, as bits.
const (
	tokClsSpace      = 1 << iota // ASCII white space (K1)
	tokClsLower                  // a-z
	tokClsUpper                  // A-Z
	tokClsDigit                  // 0-9
	tokClsJoin                   // . : , & - ' : may join a word to what follows (K3-K6)
	tokClsHigh                   // a byte of a multi-byte rune, or an invalid byte
	tokClsFirstUpper             // (no byte's class) a word's first byte is A-Z: see tokPlainFlags

	tokClsAlnum = tokClsLower | tokClsUpper | tokClsDigit
)

// tokByteClass gives the class bits of each byte, so that the hot loops of
// the tokenizer read one table entry per byte. It is built once and only
// read.
var tokByteClass = func() (t [256]uint8) {
	for _, c := range []byte(" \n\t\r\f\v") {
		t[c] = tokClsSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = tokClsLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = tokClsUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = tokClsDigit
	}
	for _, c := range []byte(".:,&-'") {
		t[c] = tokClsJoin
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = tokClsHigh
	}
	return t
}()

// tokEstimate returns a capacity for the tokens of text: a quarter more
// than its spaces and line breaks (news text has 1.05 to 1.25 tokens per
// white space; a denser text grows the slice once or twice). Counting
// bytes is much quicker than tokenizing, and the slice has little spare
// room.
func tokEstimate(text string) int {
	return (strings.Count(text, " ")+strings.Count(text, "\n"))*5/4 + 16
}

// tokIsWordRune reports whether r can start or continue a word: a letter,
// a digit or a combining mark.
func tokIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if tokGenPunctFirst <= r && r <= tokGenPunctLast {
		return false // curly quotes, dashes and the like, without a table search
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// The General Punctuation block: spaces, dashes, quotation marks and other
// marks, but no letter, digit or combining mark (TestTokGenPunct checks).
const tokGenPunctFirst, tokGenPunctLast = 0x2000, 0x206F

// tokIsDash reports whether r is an en or em dash or the like (K9).
func tokIsDash(r rune) bool {
	return r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212' || r == '\u2010' || r == '\u2011'
}

// tokIsQuote reports whether r is a quotation mark or apostrophe (K2).
func tokIsQuote(r rune) bool {
	switch r {
	case '"', '\'', '`', '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2039', '\u203a':
		return true
	}
	return false
}

// tokRuneAt decodes the rune at text[i:end], returning (0, 0) at end.
func tokRuneAt(text string, i, end int) (rune, int) {
	if i >= end {
		return 0, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if tokGenPunctAt(text[:end], i) != 0 {
		// Curly quotation marks and dashes, the commonest non-ASCII runes
		// of news text, without a call.
		return rune(tokGenPunctFirst) + rune(text[i+1]&1)<<6 + rune(text[i+2]&0x3F), 3
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	if r == utf8.RuneError && n <= 1 {
		return utf8.RuneError, 0 // 0 marks a bad byte: never part of a word
	}
	return r, n
}

// tokIsApostrophe reports whether r is an apostrophe (K6).
func tokIsApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// tokPossessiveAt returns the end of a possessive 's or ’s starting at i
// (K6), or i when there is none.
func tokPossessiveAt(text string, i, end int) int {
	r, n := tokRuneAt(text, i, end)
	if n == 0 || !tokIsApostrophe(r) {
		return i
	}
	j := i + n
	if j < end && (text[j] == 's' || text[j] == 'S') {
		if r2, n2 := tokRuneAt(text, j+1, end); n2 == 0 || !tokIsWordRune(r2) {
			return j + 1
		}
	}
	return i
}

// tokWordAt scans the word starting at i (whose first rune is a word rune)
// and returns the index after it and the token, applying K3-K8. Most words
// are ASCII letters and digits ended by white space or by punctuation that
// never joins (K3-K6 join only . : , & - and ' before a word rune), with
// perhaps a final dot (K7): those take a short loop with one table look-up
// per byte and eight bytes at a time for runs of lower-case letters. Any
// other word is scanned again by tokWordFull.
func tokWordAt(text string, i, end int) (int, token) {
	// Reading text[:end] as the text lets the compiler drop the bounds
	// checks of the byte loops (end is at most len(text) for all callers).
	text = text[:end]
	var seen uint8 // the classes of the bytes of the word
	j := i
loop:
	for j < len(text) {
		switch cls := tokByteClass[text[j]]; {
		case cls&tokClsLower != 0:
			seen |= tokClsLower
			j = tokLowerRun(text, j+1)
		case cls&(tokClsUpper|tokClsDigit) != 0:
			seen |= cls
			j++
		case cls&tokClsJoin != 0:
			// A joiner joins only a word rune after it (K3-K6; the U.S.-led
			// case needs an inner dot, which this loop has not met).
			if j+1 < len(text) && tokByteClass[text[j+1]]&(tokClsAlnum|tokClsHigh) != 0 {
				return tokWordFull(text, i, end)
			}
			break loop
		case cls&tokClsHigh != 0:
			return tokWordFull(text, i, end)
		default:
			break loop // white space or punctuation that never joins
		}
	}
	if seen == 0 {
		return tokWordFull(text, i, end) // a non-ASCII first rune
	}
	var flags tokenFlag
	// K7: a final dot stays with a one-letter word or an abbreviation (the
	// word has no inner dot: that would have taken tokWordFull).
	if j < len(text) && text[j] == '.' && (j+1 >= len(text) || text[j+1] != '.') {
		if seen&tokClsDigit == 0 && j-i == 1 || j-i <= tokAbbrevMaxLen && nerIsAbbrev(text[i:j]) {
			j++
			flags |= tokHasDot
		}
	}
	if seen&tokClsLower != 0 {
		flags |= tokHasLower
	}
	if seen&tokClsUpper != 0 {
		flags |= tokHasUpper
		if seen&tokClsLower == 0 {
			flags |= tokAllCaps
		}
		if tokByteClass[text[i]]&tokClsUpper != 0 {
			flags |= tokCap
		}
	}
	if seen&tokClsDigit != 0 {
		flags |= tokHasDigit
	}
	return j, token{Span: Span{i, j}, Kind: tokWord, Flags: flags}
}

// tokFirstSeen gives the class of the first byte of a word (tokByteClass)
// with tokClsFirstUpper for A-Z.
var tokFirstSeen = func() (t [256]uint8) {
	for c := range t {
		t[c] = tokByteClass[c]
		if t[c]&tokClsUpper != 0 {
			t[c] |= tokClsFirstUpper
		}
	}
	return t
}()

// tokPlainFlags gives the flags of a word of ASCII letters and digits by
// the classes of its bytes (tokClsLower, tokClsUpper and tokClsDigit) or-ed
// with tokClsFirstUpper when its first byte is upper case: all its flags
// but tokHasDot and tokSentStart.
var tokPlainFlags = func() (t [256]tokenFlag) {
	for k := range t {
		seen := uint8(k)
		if seen&tokClsLower != 0 {
			t[k] |= tokHasLower
		}
		if seen&tokClsUpper != 0 {
			t[k] |= tokHasUpper
			if seen&tokClsLower == 0 {
				t[k] |= tokAllCaps
			}
		}
		if seen&tokClsDigit != 0 {
			t[k] |= tokHasDigit
		}
		if seen&tokClsFirstUpper != 0 {
			t[k] |= tokCap
		}
	}
	return t
}()

// tokWordEnd completes the word token t, a run of ASCII letters and
// digits (the classes of its bytes or-ed in seen) followed by a joiner or
// a byte of a multi-byte rune, and returns its end and the token: the
// word goes on, and is scanned again by tokWordFull, when that byte is a
// multi-byte rune or a joiner before a word rune (K3-K6); else K7 may keep
// a final dot.
func tokWordEnd(text string, t token, end int, seen uint8) (int, token) {
	text = text[:end]
	i, j := t.Start, t.End
	if tokByteClass[text[j]]&tokClsHigh != 0 || j+1 < len(text) && tokByteClass[text[j+1]]&(tokClsAlnum|tokClsHigh) != 0 {
		return tokWordFull(text, i, end)
	}
	// K7: a final dot stays with a one-letter word or an abbreviation.
	if text[j] == '.' && (j+1 >= len(text) || text[j+1] != '.') {
		if seen&tokClsDigit == 0 && j-i == 1 || j-i <= tokAbbrevMaxLen && nerIsAbbrev(text[i:j]) {
			t.End++
			t.Flags |= tokHasDot
		}
	}
	return t.End, t
}

// tokWordFull is tokWordAt for any word: rune by rune where the bytes are
// not ASCII letters and digits, with the joiners of K3-K6, the final dot
// of K7 and the hyphen suffix of K8.
func tokWordFull(text string, i, end int) (int, token) {
	text = text[:end]
	var flags tokenFlag
	j := i
	dots, letters := 0, 0
	lastHyphen := -1    // index of the last joining hyphen
	var prev rune       // previous rune in the word
	var tailLower bool  // all letters after lastHyphen are lower case
	var tailLetters int // letters after lastHyphen
	for j < len(text) {
		c := text[j]
		cls := tokByteClass[c]
		if cls&tokClsLower != 0 {
			// A run of lower-case ASCII letters at once.
			k := tokLowerRun(text, j+1)
			flags |= tokHasLower
			letters += k - j
			if lastHyphen >= 0 {
				tailLetters += k - j
			}
			prev = rune(text[k-1])
			j = k
			continue
		}
		if cls&tokClsUpper != 0 {
			flags |= tokHasUpper
			if j == i {
				flags |= tokCap
			}
			tailLower = false
			letters++
			if lastHyphen >= 0 {
				tailLetters++
			}
			prev = rune(c)
			j++
			continue
		}
		if cls&tokClsDigit != 0 {
			flags |= tokHasDigit
			tailLower = false
			prev = rune(c)
			j++
			continue
		}
		if cls&(tokClsJoin|tokClsHigh) == 0 {
			break // white space or punctuation that never joins
		}
		r, n := tokRuneAt(text, j, end)
		if n == 0 {
			break
		}
		if tokIsWordRune(r) {
			if unicode.IsUpper(r) {
				flags |= tokHasUpper
				if j == i {
					flags |= tokCap
				}
				tailLower = false
			} else if unicode.IsLower(r) {
				flags |= tokHasLower
			} else if unicode.IsDigit(r) {
				flags |= tokHasDigit
				tailLower = false
			}
			if unicode.IsLetter(r) {
				letters++
				if lastHyphen >= 0 {
					tailLetters++
				}
			}
			prev = r
			j += n
			continue
		}
		next, nn := tokRuneAt(text, j+n, end)
		nextWord := nn > 0 && tokIsWordRune(next)
		switch {
		case r == '.' && nextWord:
			// K3: inner dot.
			dots++
			flags |= tokHasDot
		case r == '.' && next == '-' && dots > 0 && tokWordAfter(text, j+n+1, end):
			// K3: U.S.-led keeps the abbreviation's dot before the hyphen.
			flags |= tokHasDot
		case (r == ':' || r == ',') && nextWord && tokIsDigit(prev) && tokIsDigit(next):
			// K4: 10:30, 1,000.
		case r == '&' && nextWord && unicode.IsUpper(prev) && unicode.IsUpper(next):
			// K4: AT&T.
		case (r == '-' || r == '\u2010' || r == '\u2011') && nextWord:
			// K5: hyphenated word.
			flags |= tokHasHyphen
			lastHyphen = j
			tailLower, tailLetters = true, 0
		case tokIsApostrophe(r) && nextWord && !(tokPossessiveAt(text, j, end) > j):
			// K6: O'Brien, don’t.
		default:
			goto done
		}
		prev = r
		j += n
	}
done:
	// K7: final dot.
	if j < end && text[j] == '.' && (j+1 >= end || text[j+1] != '.') {
		noDigit := flags&tokHasDigit == 0
		if noDigit && (letters == 1 && j-i <= 2 || dots > 0) || j-i <= tokAbbrevMaxLen && nerIsAbbrev(text[i:j]) {
			j++
			flags |= tokHasDot
		}
	}
	if flags&tokHasUpper != 0 && flags&tokHasLower == 0 {
		flags |= tokAllCaps
	}
	t := token{Span: Span{i, j}, Kind: tokWord, Flags: flags}
	// K8: lower-case hyphen suffix after a capitalised head (one of 4 GiB
	// or more is none: tail could not hold it).
	if lastHyphen > i && tailLower && tailLetters >= 2 && flags&tokCap != 0 && uint64(j-lastHyphen) <= math.MaxUint32 && nerIsHyphenTail(text[lastHyphen+1:tokTrimDot(text, lastHyphen+1, j)]) {
		t.tail = uint32(j - lastHyphen)
		t.Flags |= tokHyphenTail
	}
	return j, t
}

// tokAbbrevMaxLen is the length in bytes of the longest word of
// nerAbbrevs: a longer word is no abbreviation (K7), and the look-up is
// skipped.
var tokAbbrevMaxLen = func() int {
	n := 0
	for _, w := range nerAbbrevs {
		n = max(n, len(w))
	}
	return n
}()

// tokAbbrevFirst has, for each first byte of the words of nerAbbrevs, a
// bit for the length of each below 64 (bit n for n bytes): a word below 64
// bytes of another first byte or length is no abbreviation (K7).
var tokAbbrevFirst = func() (t [256]uint64) {
	for _, w := range nerAbbrevs {
		if w != "" && len(w) < 64 {
			t[w[0]] |= 1 << len(w)
		}
	}
	return t
}()

// tokWordAfter reports whether a word rune starts at text[i:end].
func tokWordAfter(text string, i, end int) bool {
	r, n := tokRuneAt(text, i, end)
	return n > 0 && tokIsWordRune(r)
}

// tokTrimDot returns j, less one if text[j-1] is a dot that K7 attached.
func tokTrimDot(text string, i, j int) int {
	if j > i && text[j-1] == '.' {
		return j - 1
	}
	return j
}

// tokIsDigit reports whether r is a decimal digit.
func tokIsDigit(r rune) bool { return '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) }

// tokLowerASCII returns s with the ASCII letters A-Z lower-cased and every
// other byte kept, so that offsets into s stay valid. It copies s once.
// Eight bytes at a time, with no branch: each eight-byte stretch is
// lower-cased into a block on the stack (tokUpper8 marks its upper-case
// letters), and the block is written out whole, one call for every
// tokLowerBlock bytes.
func tokLowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var w [tokLowerBlock]byte
	for len(s) >= len(w) {
		tokLower8s(w[:], s[:len(w)])
		b.Write(w[:])
		s = s[len(w):]
	}
	n := len(s) &^ 7 // the whole eight-byte stretches of the rest
	tokLower8s(w[:n], s[:n])
	for i := n; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[i] = c
	}
	b.Write(w[:len(s)])
	return b.String()
}

// tokLowerBlock is the size in bytes of tokLowerASCII's block.
const tokLowerBlock = 512

// tokLower8s writes to dst the bytes of src, of the same length, a
// multiple of eight, with the ASCII letters A-Z lower-cased: 32 bytes at a
// time, then eight.
func tokLower8s(dst []byte, src string) {
	src = src[:len(dst)]
	k := 0
	for ; k+32 <= len(dst); k += 32 {
		s, d := src[k:k+32], dst[k:k+32]
		x0, x1, x2, x3 := tokLoad8(s[0:]), tokLoad8(s[8:]), tokLoad8(s[16:]), tokLoad8(s[24:])
		binary.LittleEndian.PutUint64(d[0:], x0|tokUpper8(x0)>>2) // 0x80>>2 is 'a'-'A'
		binary.LittleEndian.PutUint64(d[8:], x1|tokUpper8(x1)>>2)
		binary.LittleEndian.PutUint64(d[16:], x2|tokUpper8(x2)>>2)
		binary.LittleEndian.PutUint64(d[24:], x3|tokUpper8(x3)>>2)
	}
	for ; k+8 <= len(dst); k += 8 {
		x := tokLoad8(src[k : k+8])
		binary.LittleEndian.PutUint64(dst[k:k+8], x|tokUpper8(x)>>2)
	}
}

// tokLowerRun returns the end of the run of lower-case ASCII letters that
// starts at text[k] (k itself when there is none). Eight bytes at a time
// where it can: most words end within the first eight.
func tokLowerRun(text string, k int) int {
	for k+8 <= len(text) {
		if m := tokLower8(tokLoad8(text[k:])) ^ tokHigh8; m != 0 {
			return k + bits.TrailingZeros64(m)>>3 // the first byte that is not a-z
		}
		k += 8
	}
	for k < len(text) && tokByteClass[text[k]]&tokClsLower != 0 {
		k++
	}
	return k
}

// tokLoad8 returns the first eight bytes of s (at least eight long) as a
// little-endian number: s[0] in the low byte.
func tokLoad8(s string) uint64 {
	c := s[:8]
	return uint64(c[0]) | uint64(c[1])<<8 | uint64(c[2])<<16 | uint64(c[3])<<24 |
		uint64(c[4])<<32 | uint64(c[5])<<40 | uint64(c[6])<<48 | uint64(c[7])<<56
}

// tokHigh8 has the top bit of each of eight bytes set.
const tokHigh8 = 0x8080808080808080

// tokUpper8 returns x with 0x80 in each of its eight bytes that is an ASCII
// upper-case letter, 'A' to 'Z', and 0 in the others.
func tokUpper8(x uint64) uint64 { return tokBytesIn8(x, 'A', 'Z') }

// tokLower8 returns x with 0x80 in each of its eight bytes that is an ASCII
// lower-case letter, 'a' to 'z', and 0 in the others.
func tokLower8(x uint64) uint64 { return tokBytesIn8(x, 'a', 'z') }

// tokBytesIn8 returns x with 0x80 in each of its eight bytes b with
// lo <= b <= hi, and 0 in the others; lo and hi are ASCII letters. With b7
// the byte with its top bit cleared, the top bit of (127+hi+1)-b7 is set
// when b7 <= hi, that of b7+(127-(lo-1)) when b7 >= lo, and that of ^b when
// b < 128; no byte borrows from or carries into its neighbour
// ("hasbetween" of Bit Twiddling Hacks).
func tokBytesIn8(x uint64, lo, hi uint64) uint64 {
	const ones, low7 = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	x7 := x & low7
	return (ones*(127+hi+1) - x7) &^ x & (x7 + ones*(127-(lo-1))) & tokHigh8
}
