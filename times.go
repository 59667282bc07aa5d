package news

import (
	"math/bits"
	"slices"
	"time"
	"unicode"
	"unicode/utf8"
)

// A Time is a time expression found in the article, normalised as a TIMEX3 value.
type Time struct {
	Span           // byte span of the expression in the article text
	Text  string   `json:"text"`  // == text[Start:End]
	Type  TimeType `json:"type"`  // marshals as "date", "time", "duration", "set"
	Value string   `json:"value"` // TIMEX3 value: 2022-11-10, 2022-W44, P3Y, PRESENT_REF, XXXX-XX-XX ...
	Rule  string   `json:"rule"`  // the rule that produced it, e.g. "T7"
}

// A TimeType is the TIMEX3 type of a [Time]. The zero value is UnknownTime.
type TimeType int

// The TIMEX3 types.
const (
	UnknownTime TimeType = iota // not set; marshals as ""
	Date                        // a calendar date or period: 2022-11-10, 2022-W44, 199, PRESENT_REF
	TimeOfDay                   // a clock time or part of a day: 2022-11-10T10:00, 2022-11-10TNI
	Duration                    // an amount of time: P3Y, PT48H
	Set                         // a recurring time: P1W ("every week"), XXXX-WXX-4 ("each Thursday")
)

// String returns the TIMEX3 type name in lower case ("date", "time",
// "duration", "set"), or "" for UnknownTime and out-of-range values.
func (t TimeType) String() string {
	switch t {
	case Date:
		return "date"
	case TimeOfDay:
		return "time"
	case Duration:
		return "duration"
	case Set:
		return "set"
	}
	return ""
}

// MarshalText encodes the type as its String form.
func (t TimeType) MarshalText() ([]byte, error) {
	return []byte(t.String()), nil
}

// UnmarshalText decodes "date", "time", "duration" or "set" in any case;
// any other text, including "", gives UnknownTime and no error.
func (t *TimeType) UnmarshalText(b []byte) error {
	*t = UnknownTime
	for _, c := range []TimeType{Date, TimeOfDay, Duration, Set} {
		if txEqFold(string(b), c.String()) {
			*t = c
		}
	}
	return nil
}

// Token kinds.
const (
	txkWord  = iota + 1 // letters
	txkNum              // ASCII digits only
	txkAlnum            // digits followed by letters: 1990s, 11th
	txkPunct            // one other character
	txkBreak            // a blank line: no expression crosses it
)

// txTok is one token of a sentence.
type txTok struct {
	s, e  int    // byte span in the text
	num   int    // value of the leading digits (txkNum, txkAlnum), capped
	nd    int    // number of leading digits
	lex   uint16 // index of the word's lexicon entry in txLexTable.entries, 0 if none
	kind  uint8  // txk*
	upper bool   // starts with an ASCII capital
	sp    bool   // preceded by white space
}

// findTimes returns the time expressions of text in text order. sents are the
// sentence spans (sorted, non-overlapping; an expression never crosses one);
// published is the article's publication date, zero when unknown, in which case
// relative expressions get underspecified values (XXXX-XX-XX, XXXX-WXX ...).
//
// Spans out of range or out of order in sents are skipped; an empty sents
// means the whole text is one sentence, and a blank line inside a sentence
// span still stops an expression. Empty text gives nil. Results are sorted
// by Start, never overlap, and each carries the ID of the rule that
// produced it (the numbered rules are listed in times_rules.go). Only the
// date of published is used, in its own location.
//
// The rules are heuristics tuned to English news and to TimeBank's
// conventions: a weekday or month without a year is resolved against
// published (T2b, T4, T4b), "a year earlier" after a named quarter is that
// quarter a year before (T15b, the only state kept across sentences), and a
// clock time is only joined with a following zone or day ("10 a.m. EST
// Friday") when the sentence spans do not split after "a.m.". The scan is
// linear in len(text) and does not allocate per token beyond one token
// buffer.
func findTimes(text string, sents []Span, published time.Time) []Time {
	if len(text) == 0 {
		return nil
	}
	if len(sents) == 0 {
		sents = []Span{{0, len(text)}}
	}
	maxLen := 0
	for _, s := range sents {
		maxLen = max(maxLen, s.End-s.Start)
	}
	var p txParser
	p.init(text, published, maxLen)
	defer p.release()
	out := p.newOut()
	last := 0
	for _, s := range sents {
		if s.Start < last || s.End > len(text) || s.Start >= s.End {
			continue
		}
		last = s.End
		var hot bool
		p.toks, hot = txTokenize(text, s.Start, s.End, p.tab, p.toks[:0])
		if hot {
			out = p.scan(out)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// findArticleTimes returns the time expressions of the article: those of
// findTimes over its title, its dateline ("LONDON, Nov 11 (Reuters)") and
// its sentences, resolved against a.Published. The title and the
// sentences are read from the shared tokens of td (txFromTokens), which
// newTextDoc made from the same spans, rather than from the text again;
// the dateline, which td does not hold, is tokenized here. Of a shared
// sentence only the tokens from its window's start on are made and
// scanned, and none of a sentence with no anchor (txWindowStart). The
// result is exactly that of findTimes.
func findArticleTimes(a *Article, td *textDoc) []Time {
	if len(a.Text) == 0 {
		return nil
	}
	// The spans as findTimes takes them, each with its sentence in td
	// (-1 for none): the title, when td holds one, is td's sentence 0,
	// then come Article.Sentences in order (see textDoc).
	title := 0
	if a.Title != "" && a.TitleSpan.Len() > 0 {
		title = 1
	}
	shared := td != nil && len(td.sents) == len(a.Sentences)+title
	var spanBuf [64]txSpan // most articles' spans: no allocation
	spans := spanBuf[:0]
	if n := len(a.Sentences) + 2; n > len(spanBuf) {
		spans = make([]txSpan, 0, n)
	}
	if a.Title != "" {
		spans = append(spans, txSpan{a.TitleSpan, title - 1})
	}
	if dl := a.Dateline; dl != nil {
		spans = append(spans, txSpan{dl.Span, -1})
	}
	for i, s := range a.Sentences {
		spans = append(spans, txSpan{s.Span, i + title})
	}
	// The sort of findTimes' caller, which it always was: ties keep the
	// order this sort gives them. Spans in strictly increasing order,
	// the usual case, are in the one order any sort gives them.
	if !txSpansIncreasing(spans) {
		slices.SortFunc(spans, func(a, b txSpan) int { return a.Start - b.Start })
	}
	maxLen := 0
	for _, s := range spans {
		maxLen = max(maxLen, s.End-s.Start)
	}
	var p txParser
	p.init(a.Text, a.Published, maxLen)
	defer p.release()
	out := p.newOut()
	// The word ids of td's tokens and their entries, read once for
	// all the sentences (none when td has none).
	var allIDs []int32
	var words []vocabWord
	if shared && len(td.ids) == len(td.toks) && td.vocab != nil {
		allIDs, words = td.ids, td.vocab.words
	}
	last := 0
	// With ids, the tokens that txColdRunID passes are found for the
	// article in one scan, not sentence by sentence: td.toks[cold:coldEnd]
	// pass it, and coldEnd is where it stops (len(td.toks) for nowhere), so
	// that a sentence that ends before coldEnd is passed over at once (its
	// window has no anchor) and the scan of one that holds it starts
	// there (x0 of txWindowStartFrom). The sentences come in text order,
	// so each token is scanned once; one that comes before cold (not
	// met) is scanned alone.
	cold, coldEnd := 0, -1
	for _, s := range spans {
		if s.Start < last || s.End > len(a.Text) || s.Start >= s.End {
			continue
		}
		last = s.End
		var hot bool
		if r := td.sentToks(s.sent); shared && s.sent >= 0 && txTokensWithin(r, s.Span) {
			var ids []int32
			x0 := -1 // not known
			if allIDs != nil {
				sr := td.sents[s.sent]
				if sr[0] >= cold {
					if sr[0] > coldEnd {
						cold, coldEnd = sr[0], sr[0]+txColdRunID(td.toks[sr[0]:], allIDs[sr[0]:], words)
					}
					if coldEnd >= sr[1] {
						continue // no token can anchor an expression
					}
					x0 = coldEnd - sr[0]
				}
				ids = allIDs[sr[0]:sr[1]]
			}
			// Only the tokens from the window's start on (txWindowStart):
			// none before it can change what the scan finds.
			w := txWindowStartFrom(a.Text, td.lowText, r, ids, words, p.tab, p.toks[:0], x0)
			if w < 0 {
				continue // no token can anchor an expression
			}
			from, sp := s.Start, true
			if w > 0 {
				// The state txFromTokens has after token w-1: no white
				// space read yet.
				from, sp = r[w-1].End, false
			}
			if ids != nil {
				ids = ids[w:]
			}
			p.toks = txFromTokensAt(a.Text, Span{from, s.End}, r[w:], ids, words, p.tab, p.toks[:0], sp)
			hot = true // the window holds an anchor
		} else {
			p.toks, hot = txTokenize(a.Text, s.Start, s.End, p.tab, p.toks[:0])
		}
		if hot {
			out = p.scan(out)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// txSpansIncreasing reports whether each of spans starts after the one
// before it.
func txSpansIncreasing(spans []txSpan) bool {
	for i := 1; i < len(spans); i++ {
		if spans[i].Start <= spans[i-1].Start {
			return false
		}
	}
	return true
}

// A txSpan is a span that findArticleTimes reads, with its sentence in the
// textDoc, or -1.
type txSpan struct {
	Span
	sent int
}

// sentToks returns the shared tokens of sentence si of td, or nil when
// there is no such sentence.
func (td *textDoc) sentToks(si int) []token {
	if td == nil || si < 0 || si >= len(td.sents) {
		return nil
	}
	r := td.sents[si]
	return td.toks[r[0]:r[1]]
}

// sentIDs returns the word ids of the shared tokens of sentence si of td
// (sentToks), with the entries they index: none (nil ids) when td has no
// ids or there is no such sentence.
func (td *textDoc) sentIDs(si int) wordIDs {
	if td == nil || si < 0 || si >= len(td.sents) || len(td.ids) != len(td.toks) || td.vocab == nil {
		return wordIDs{}
	}
	r := td.sents[si]
	return wordIDs{td.ids[r[0]:r[1]], td.vocab.words, td.vocab.keys}
}

// txEntry returns the entry of id in words, nil for id 0 (or none).
func txEntry(words []vocabWord, id int32) *vocabWord {
	if id <= 0 {
		return nil
	}
	return &words[id-1]
}

// txTokensWithin reports whether the tokens lie within s, as tokenize's
// tokens of s do: a cheap check that td's sentence is the span asked for.
func txTokensWithin(toks []token, s Span) bool {
	return len(toks) == 0 || toks[0].Start >= s.Start && toks[len(toks)-1].End <= s.End
}

// init makes p a parser of text for findTimes, with a token buffer that
// fits a sentence of maxLen bytes: that of an earlier article when
// txToksPool has one (release gives it back). (A parser made in place
// stays on the caller's stack.)
func (p *txParser) init(text string, published time.Time, maxLen int) {
	*p = txParser{text: text, tab: txLexicon()}
	if !published.IsZero() {
		y, m, d := published.Date()
		p.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		p.hasPub = true
	}
	p.buf, p.ref = txToksPool.get()
	if p.buf == nil {
		p.buf = new([]txTok)
	}
	p.toks = reuseEmpty(*p.buf, min(maxLen, len(text))/4+16)
}

// txToksPool keeps a parser's token buffer for the next article. A
// token holds no pointer, so the buffer needs no clearing.
var txToksPool weakPool[[]txTok]

// txToksKeepMax bounds the token buffers kept for the next article.
const txToksKeepMax = 1 << 14

// release gives p's token buffer to the next article (one over
// txToksKeepMax tokens is left to the collector). p must not be used
// afterwards.
func (p *txParser) release() {
	buf := p.buf
	if cap(p.toks) > txToksKeepMax {
		buf = nil
	} else {
		*buf = p.toks
	}
	txToksPool.put(p.ref, buf)
	p.toks, p.buf, p.ref = nil, nil, nil
}

// newOut returns the result slice of the parser's text: about one
// expression per 400 bytes of news, room for most articles in one
// allocation.
func (p *txParser) newOut() []Time {
	return make([]Time, 0, len(p.text)/256+4)
}

// txTokenize splits text[start:end] into tokens, appending to buf. It
// reports whether a token is hot: a number, an apostrophe or a hot word
// (txLex.hot). Without one, txParser.trigger holds at no token, so the
// sentence has no expression and need not be scanned.
func txTokenize(text string, start, end int, tab *txLexTable, buf []txTok) (toks []txTok, hot bool) {
	toks, hot, _ = txTokenizeFrom(text, start, end, tab, buf, true)
	return toks, hot
}

// txFromTokens is txTokenize of text[s.Start:s.End] read from toks, the
// shared tokens of that span (tokenize's). The shared tokens cover every
// byte of the span but white space, and no token of txTokenize crosses
// the edge of one (words join at most more than txTokenize joins, and
// never across white space), so a shared token that is a plain word, all
// ASCII letters, is one txkWord token; any other token, and any white
// space longer than one byte (which may hold a blank line), is handed to
// txTokenizeFrom, whose tokens are then those of the whole span.
func txFromTokens(text string, s Span, toks []token, tab *txLexTable, buf []txTok) ([]txTok, bool) {
	buf = txFromTokensAt(text, s, toks, nil, nil, tab, buf, true)
	return buf, txToksHot(text, buf, tab)
}

// txToksHot reports whether one of toks is hot, as txTokenize says.
func txToksHot(text string, toks []txTok, tab *txLexTable) bool {
	for i := range toks {
		switch t := &toks[i]; t.kind {
		case txkNum, txkAlnum:
			return true
		case txkPunct:
			if txIsApostrophe(text[t.s:t.e]) {
				return true
			}
		case txkWord:
			if t.lex != 0 && tab.entries[t.lex].hot {
				return true
			}
		}
	}
	return false
}

// txFromTokensAt is txFromTokens from a state of its loop, without hot:
// sp says whether white space comes before s.Start (true at the start of
// a sentence, as txTokenize has it; false after a shared token, which
// holds no white space). For toks, the shared tokens of a sentence from
// its k-th on, and s from the end of token k-1 to the sentence's end,
// it gives the tokens that txFromTokens gives for the sentence after
// those of its first k-1 shared tokens (and of the white space before
// token k when that holds a blank line). ids are the word ids of toks
// (nil ids for none): a word with an id has its entry read from the
// vocabulary (txVocabFill) rather than looked up.
func txFromTokensAt(text string, s Span, toks []token, ids []int32, words []vocabWord, tab *txLexTable, buf []txTok, sp bool) []txTok {
	if len(ids) != len(toks) {
		ids = nil
	}
	// prev is the end of the text read, sp whether white space has come
	// since the last token (or the start).
	prev := s.Start
	for k := 0; ; k++ {
		// The usual run of short plain words, one space apart, into
		// the spare room of buf (grown as append would when full).
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, len(toks)-k)
		}
		var n, end int
		if ids != nil {
			n, end = txPlainWordsID(toks[k:], ids[k:], words, prev, sp, buf[len(buf):cap(buf)])
		} else {
			n, end = txPlainWords(text, toks[k:], prev, sp, tab, buf[len(buf):cap(buf)])
		}
		if n > 0 {
			buf = buf[:len(buf)+n]
			k, prev, sp = k+n, end, false
		}
		if k == len(toks) {
			break
		}
		start, end := toks[k].Start, toks[k].End
		if gap := start - prev; gap == 1 {
			sp = true // one byte of white space: an ASCII one
		} else if gap > 1 {
			buf, _, sp = txTokenizeFrom(text, prev, start, tab, buf, sp)
		}
		prev = end
		if t := &toks[k]; t.Kind != tokWord && t.Kind != tokPossessive && text[start] >= utf8.RuneSelf {
			// A mark of one rune that is no letter (a curly quote, a
			// dash, an invalid byte): one txkPunct token, as
			// txTokenizeFrom makes it.
			buf = append(buf, txTok{s: start, e: end, kind: txkPunct, sp: sp})
			sp = false
			continue
		} else if t.Kind == tokPossessive && (text[start] == '\'' || end-start == 4) {
			// ’s or 's: the apostrophe, a mark, and "s", a word with no
			// entry (TestTxHot).
			buf = append(buf, txTok{s: start, e: end - 1, kind: txkPunct, sp: sp},
				txTok{s: end - 1, e: end, kind: txkWord, upper: text[end-1] == 'S'})
			sp = false
			continue
		}
		if ids != nil {
			if e := txEntry(words, ids[k]); e != nil && e.txFlags&txvPlain != 0 {
				// A word of ASCII letters with an id: its entry is
				// that of the vocabulary.
				buf = append(buf, txTok{s: start, e: end, kind: txkWord, sp: sp, upper: text[start] <= 'Z', lex: e.txLex})
				sp = false
				continue
			} else if e != nil && e.txFlags&txvDigits != 0 {
				// A number: one txkNum token, as txTokenizeFrom makes it.
				buf = append(buf, txTok{s: start, e: end, kind: txkNum, sp: sp, num: txDigitsValue(text[start:end]), nd: end - start})
				sp = false
				continue
			}
		}
		if txASCIILetters(text, start, end) {
			t := txTok{s: start, e: end, kind: txkWord, sp: sp, upper: text[start] <= 'Z'}
			if end-start <= 24 {
				if k := tab.idx.find(text[start:end]); k >= 0 {
					t.lex = tab.idxIDs[k]
				}
			}
			buf = append(buf, t)
			sp = false
			continue
		}
		buf, _, sp = txTokenizeFrom(text, start, end, tab, buf, sp)
	}
	if s.End-prev > 1 {
		buf, _, _ = txTokenizeFrom(text, prev, s.End, tab, buf, sp)
	}
	return buf
}

// txPlainWords is the loop of txFromTokens for the usual tokens. From
// toks[0], as long as each is a word of one to sixteen ASCII letters or
// one ASCII punctuation mark, at most one byte of white space after prev
// (the end of the text read; sp says whether white space came before
// it), it writes its token to out[n], a word with its entry from
// tab.short when tab.lexBits lets it through (txLongWord for words over
// eight letters). It stops at any
// other token and when out is full, and returns the number of tokens
// written and the end of the last. It makes no call and keeps few
// values, so that the loop runs in registers.
func txPlainWords(text string, toks []token, prev int, sp bool, tab *txLexTable, out []txTok) (n, end int) {
	const ones20 = 0x2020202020202020 // folds upper-case letters to lower case
	toks = toks[:min(len(toks), len(out))]
	end = prev
	if len(text) < 8 {
		return 0, end
	}
	last := len(text) - 8 // the last start of eight bytes
	for n = 0; n < len(toks); n++ {
		start := toks[n].Start
		size, gap := toks[n].End-start, start-end
		if uint(gap) > 1 || uint(start) > uint(last) {
			break
		}
		if size == 1 {
			// One ASCII byte that is neither a letter, a digit nor white
			// space: a punctuation token, as txTokenize makes it.
			if c := text[start]; c < utf8.RuneSelf && (c|0x20)-'a' >= 26 && c-'0' >= 10 && c != ' ' && c-'\t' >= 5 {
				t := &out[n]
				t.s, t.e, t.num, t.nd = start, start+1, 0, 0
				t.lex, t.kind, t.upper, t.sp = 0, txkPunct, false, sp || gap == 1
				end, sp = start+1, false
				continue
			}
		}
		if uint(size-1) >= 8 {
			// Nine to sixteen bytes: a word of ASCII letters (ok) from
			// the table of long words.
			id, _, ok := txLongWord(text, start, size, tab)
			if !ok {
				break
			}
			t := &out[n]
			t.s, t.e, t.num, t.nd = start, start+size, 0, 0
			t.lex, t.kind, t.upper, t.sp = id, txkWord, text[start] <= 'Z', sp || gap == 1
			end, sp = start+size, false
			continue
		}
		// The word's bytes in x (and those after it, masked off): all
		// ASCII letters?
		x := tokLoad8(text[start : start+8])
		if bits.TrailingZeros64(^tokLower8(x|ones20)&tokHigh8) < 8*size {
			break // the first byte that is no letter is in the word
		}
		w := (x | ones20) & (^uint64(0) >> ((64 - 8*uint(size)) & 63)) // lower case
		var id uint16
		if h := txHotHash(w); tab.lexBits[h>>6]&(1<<(h&63)) != 0 {
			// Perhaps a word of the lexicon.
			short := &tab.short
			i := txShortHash(w)
			for short[i].word != w && short[i].word != 0 {
				i = (i + 1) & (txShortSlots - 1)
			}
			id = short[i].id
		}
		// Field by field: a composite literal of txTok would be built
		// on the stack and copied.
		t := &out[n]
		t.s, t.e, t.num, t.nd = start, start+size, 0, 0
		t.lex, t.kind, t.upper, t.sp = id, txkWord, x&0x20 == 0, sp || gap == 1
		end, sp = start+size, false
	}
	return n, end
}

// txPlainWordsID is txPlainWords for tokens with word ids: from toks[0],
// as long as each is a word of ASCII letters with an id in ids (a
// vocabulary entry with txvPlain, which gives its lexicon entry and its
// capital) or one ASCII punctuation mark, at most one byte of white
// space after prev, it writes its token to out[n]. A token of one byte
// with no id is such a mark unless it is a bad byte (tokBadByte, K1): a
// letter or a digit is a word, and has an id (W1). It stops at any other
// token (txFromTokensAt reads it) and when out is full, and returns the
// number of tokens written and the end of the last. It makes no call,
// and does not read the text.
func txPlainWordsID(toks []token, ids []int32, words []vocabWord, prev int, sp bool, out []txTok) (n, end int) {
	toks = toks[:min(len(toks), len(out), len(ids))]
	out, ids = out[:len(toks)], ids[:len(toks)]
	end = prev
	spi := 0    // 1 when white space comes before the next token: sp, then a gap
	rest := out // out[n:]
	if sp {
		spi = 1
	}
	// toks by value: the loop walks a pointer along them.
	for k, tk := range toks {
		n = k
		start, stop := tk.Start, tk.End
		gap := start - end
		if uint(gap) > 1 {
			return n, end
		}
		// Field by field: a composite literal of txTok would be built
		// on the stack and copied. Each kind writes its own constants,
		// so nothing is kept in a variable across the branches. t is
		// the head of the rest of out, a pointer the byte stores can
		// take as it is (out[n] would be recomputed for each).
		t := &rest[0]
		// One test for both an id (id-1 wraps round when id is 0) and
		// the bound of words.
		if i := uint(uint32(ids[n]) - 1); i < uint(len(words)) {
			e := &words[i]
			flags := e.txFlags
			if flags&txvPlain == 0 {
				return n, end
			}
			t.s, t.e, t.num, t.nd = start, stop, 0, 0
			t.lex, t.kind, t.upper, t.sp = e.txLex, txkWord, flags&txvUpper != 0, gap|spi != 0
		} else if stop-start == 1 && tk.Flags&tokBadByte == 0 {
			// One byte, no word (which would have an id) and no bad
			// byte: an ASCII mark, a punctuation token as txTokenize
			// makes it.
			t.s, t.e, t.num, t.nd = start, stop, 0, 0
			t.lex, t.kind, t.upper, t.sp = 0, txkPunct, false, gap|spi != 0
		} else {
			return n, end
		}
		end, spi, rest = stop, 0, rest[1:]
	}
	return len(toks), end
}

// txLongWord looks up the word text[start:start+size] of nine to sixteen
// bytes in tab.long when it is all ASCII letters (ok), which is then its
// entry (0 if none) and the entry's hot, as tab.idx would find them.
func txLongWord(text string, start, size int, tab *txLexTable) (id uint16, hot, ok bool) {
	const ones20 = 0x2020202020202020 // folds upper-case letters to lower case
	if uint(size-9) >= 8 || start < 0 || start > len(text)-16 || !tab.longOK {
		return 0, false, false
	}
	c := text[start : start+16]
	x, y := tokLoad8(c[:8]), tokLoad8(c[8:])
	// All eight bytes of x letters, and those of y up to the word's end.
	if tokLower8(x|ones20) != tokHigh8 || bits.TrailingZeros64(^tokLower8(y|ones20)&tokHigh8) < 8*(size-8) {
		return 0, false, false
	}
	lo, hi := x|ones20, (y|ones20)&(^uint64(0)>>((128-8*uint(size))&63)) // lower case
	if h := txHotHash2(lo, hi); tab.lexBits[h>>6]&(1<<(h&63)) == 0 {
		return 0, false, true // no word of the lexicon
	}
	i := txLongHash(lo, hi)
	for tab.long[i].lo != 0 {
		if s := &tab.long[i]; s.lo == lo && s.hi == hi {
			return s.id, s.hot, true
		}
		i = (i + 1) & (txLongSlots - 1)
	}
	return 0, false, true
}

// txASCIILetters reports whether text[a:b] is a word of ASCII letters (a
// < b). It reads eight bytes at a time, the last eight of text[a:]
// masked to the word's, so most words take one load.
func txASCIILetters(text string, a, b int) bool {
	const ones20 = 0x2020202020202020 // folds upper-case letters to lower case
	for ; a+8 <= b; a += 8 {
		if tokLower8(tokLoad8(text[a:])|ones20) != tokHigh8 {
			return false
		}
	}
	if a >= b {
		return a > 0 // not an empty span
	}
	if a+8 <= len(text) {
		m := uint64(tokHigh8) >> (64 - 8*uint(b-a))
		return tokLower8(tokLoad8(text[a:])|ones20)&m == m
	}
	for ; a < b; a++ {
		if tokByteClass[text[a]]&(tokClsLower|tokClsUpper) == 0 {
			return false
		}
	}
	return true
}

// txTokenizeFrom is txTokenize with the state that carries from one piece
// of a sentence to the next: sp says whether white space comes before
// text[start], and the result's last value whether it ends the piece.
func txTokenizeFrom(text string, start, end int, tab *txLexTable, buf []txTok, sp bool) (toks []txTok, hot, spEnd bool) {
	text = text[:max(0, min(end, len(text)))] // the scan stops at end
	class := &tab.bytes
	for i := max(start, 0); i < len(text); {
		c := text[i]
		switch {
		case class[c]&txbSpace != 0:
			nl := 0
			for i < len(text) && class[text[i]]&txbSpace != 0 {
				if text[i] == '\n' {
					nl++
				}
				i++
			}
			if nl >= 2 {
				buf = append(buf, txTok{s: i, e: i, kind: txkBreak, sp: true})
			}
			sp = true
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			hot = true
			t := txTok{s: i, kind: txkNum, sp: sp, num: n, nd: j - i}
			k := j
			for k < len(text) && class[text[k]]&txbLetter != 0 {
				k++
			}
			if k > j {
				t.kind = txkAlnum
			}
			t.e = k
			buf = append(buf, t)
			i = k
			sp = false
		case class[c]&txbLetter != 0 || c >= utf8.RuneSelf:
			j := i
			ascii := true
			for j < len(text) {
				if class[text[j]]&txbLetter != 0 {
					j++
					continue
				}
				if text[j] < utf8.RuneSelf {
					break
				}
				r, w := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
				j += w
			}
			if j == i { // a non-letter, non-ASCII rune
				r, w := utf8.DecodeRuneInString(text[i:])
				if unicode.IsSpace(r) {
					i += w
					sp = true
					continue
				}
				buf = append(buf, txTok{s: i, e: i + w, kind: txkPunct, sp: sp})
				hot = hot || txIsApostrophe(text[i:i+w])
				i += w
				sp = false
				continue
			}
			t := txTok{s: i, e: j, kind: txkWord, sp: sp, upper: c >= 'A' && c <= 'Z'}
			if ascii && j-i <= 24 {
				if k := tab.idx.find(text[i:j]); k >= 0 {
					t.lex = tab.idxIDs[k]
					hot = hot || tab.entries[t.lex].hot
				}
			}
			buf = append(buf, t)
			i = j
			sp = false
		default:
			buf = append(buf, txTok{s: i, e: i + 1, kind: txkPunct, sp: sp})
			hot = hot || c == '\''
			i++
			sp = false
		}
	}
	return buf, hot, sp
}

// txDigitsValue returns the value of the ASCII digits s as
// txTokenizeFrom reads them: capped once over 1e8.
func txDigitsValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if n < 1e8 {
			n = n*10 + int(s[i]-'0')
		}
	}
	return n
}

// txIsASCIILetter reports whether c is an ASCII letter.
func txIsASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// txEqFold reports whether s equals the lower-case ASCII word w, ignoring
// ASCII case.
func txEqFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// The reach of the scan to the left of an anchor (see txWindowStart), in
// tokens: txReach for any anchor, txReachTense for a month or weekday.
const (
	txReach      = 6
	txReachTense = 12
)

// txWindowStart returns the index of the first of toks, the shared
// tokens of a sentence, that the times scan needs (0 for all of them),
// or -1 when the sentence can hold no expression. text is the article's
// text, low its lower-cased form (textDoc.lowText); buf is scratch room
// for tokens (its contents are lost).
//
// An anchor is a token of txTokenize that is a number (txkNum, txkAlnum)
// or a hot word (txLex.hot). Why the tokens before the window change
// nothing, with c the first anchor of the sentence and m its first month
// or weekday with a capital (t the txTokenize tokens):
//
//   - A scan position i yields an expression only when trigger(i) holds
//     and at(i) matches. trigger holds at a number or hot word (an
//     anchor: i = c' for an anchor c'), at a weak word when an anchor
//     follows within five tokens (i >= c'-5), or at an apostrophe; at
//     an apostrophe, at(i) reads only t[i] and t[i+1] (core -> decade)
//     and matches only when t[i+1] is a txkAlnum, an anchor (i = c'-1).
//     So every expression starts its match at some i >= c-5, and the
//     scan passes over the positions before c-5 without a change of
//     state (no output, no lastQ).
//   - at(i) reads t[i] and what follows (approximators, "the" and
//     modifiers before the head of core, k >= i), and only these tokens
//     before i: t[k-1] for a head k (the, in, $, for, once, rate ...);
//     t[k-2] for a head that is a month (monthCue's mid-) or a part of
//     day (podLed's mid-), an anchor c' >= i; and tense, called at a
//     month or weekday h >= i only, and only at one with a capital
//     (monthDateDir after monthAt, weekdayDir: both need upper), reads its
//     ten cue tokens before h and two before the last of them (the
//     had/was/been check, the be/to before an -ed word), nothing before
//     h-12. Every other index the rules read is a head or a token after
//     one. So at(i) reads nothing before min(i-1, c'-2, h-12): for i at
//     a weak word (i >= c-5) or at an anchor (i >= c), nothing before
//     min(c-6, m-12) (txReach, txReachTense).
//   - trigger(i) reads t[i..i+5] only.
//
// So the scan of the tokens from min(c-6, m-12) on finds what the scan
// of the sentence finds; so does a scan from any token before that. A
// shared token holds at least one txTokenize token (it holds no white
// space), so the window starts that many shared tokens before the shared
// token of the anchor: at least as many txTokenize tokens. A shared word
// of ASCII letters only is one token of txTokenize, looked up in
// tab.short and tab.long as txPlainWords does (txColdRun first tells
// most of them by a bit of tab.hotBits); a possessive and a mark hold no
// anchor; a number holds no month or weekday; any other shared token
// (dots, hyphens, apostrophes, other letters) is tokenized into buf to
// find its anchors. A token taken for an anchor that is none (the digits
// of other scripts) only moves the start earlier. A sentence's first
// anchor is usually close; after it, only a month or weekday with a
// capital within txReachTense-txReach tokens can move the start, and
// only a shared word with an upper-case letter can hold one. A word with
// an id in ids (nil ids for none) is told from its entry (txVocabFill).
func txWindowStart(text, low string, toks []token, ids []int32, words []vocabWord, tab *txLexTable, buf []txTok) int {
	return txWindowStartFrom(text, low, toks, ids, words, tab, buf, -1)
}

// txWindowStartFrom is txWindowStart when, x0 >= 0, the caller knows
// txColdRunID(toks, ids, words) (ids not nil): x0. Its scan for the
// first anchor starts there.
func txWindowStartFrom(text, low string, toks []token, ids []int32, words []vocabWord, tab *txLexTable, buf []txTok, x0 int) int {
	if len(ids) != len(toks) {
		ids, x0 = nil, -1
	}
	// The first anchor.
	x, w := 0, 0
	for {
		if x0 >= 0 {
			x, x0 = x0, -1 // known
		} else if ids != nil {
			x += txColdRunID(toks[x:], ids[x:], words)
		} else {
			x += txColdRun(low, toks[x:], tab)
		}
		if x >= len(toks) {
			return -1 // none
		}
		reach := txAnchorReachID(text, low, &toks[x], txEntryAt(ids, words, x), tab, buf)
		x++
		if reach > 0 {
			w = x - 1 - reach
			break
		}
	}
	// A capitalised month or weekday after it that tense may read back
	// from further: only a word with a capital can be or hold one.
	// (txAnchorReachID, its entry read here when it tells: no call.)
	for ; x < len(toks) && x < w+txReachTense; x++ {
		if t := &toks[x]; t.Kind == tokWord && t.Flags&tokHasUpper != 0 {
			if e := txEntryAt(ids, words, x); e != nil && e.txFlags&txvReach != 0 {
				if e.txFlags&txvTense != 0 {
					w = x - txReachTense
				}
			} else if txAnchorReachID(text, low, t, e, tab, buf) == txReachTense {
				w = x - txReachTense
			}
		}
	}
	return max(w, 0)
}

// txAnchorReachID is txAnchorReach of t, read from e, its entry
// (txVocabFill), when it has one that tells it.
func txAnchorReachID(text, low string, t *token, e *vocabWord, tab *txLexTable, buf []txTok) int {
	if e != nil && e.txFlags&txvReach != 0 {
		switch {
		case e.txFlags&txvTense != 0:
			return txReachTense
		case e.txFlags&txvHot != 0:
			return txReach
		}
		return 0
	}
	return txAnchorReach(text, low, t, tab, buf)
}

// txEntryAt returns the entry of the x-th of the tokens whose ids are
// ids (nil for none), nil when it has none.
func txEntryAt(ids []int32, words []vocabWord, x int) *vocabWord {
	if ids == nil {
		return nil
	}
	return txEntry(words, ids[x])
}

// txAnchorReach returns how many tokens before the shared token t the
// scan may read for the anchors t holds (see txWindowStart): 0 when it
// holds none, txReachTense when it holds a capitalised month or weekday,
// else txReach. A short hot word is told from tab.short, a long one
// from tab.long; other words are tokenized into buf.
func txAnchorReach(text, low string, t *token, tab *txLexTable, buf []txTok) int {
	size := t.End - t.Start
	switch {
	case t.Kind != tokWord:
		return 0 // a mark, or a possessive: a mark and "s", no entry (TestTxHot)
	case t.Flags&(tokHasUpper|tokHasLower|tokHasDigit) == tokHasDigit:
		// Digits and joiners (3.5, 10:30, 1996-08-22): numbers and
		// marks, or (digits of other scripts) marks only.
		return txReach
	case uint(size-1) < 8 && t.Start+8 <= len(low):
		if id, ok := txShortWord(low, t.Start, size, tab); ok {
			return txReachOf(&tab.entries[id], text[t.Start] <= 'Z')
		}
	case uint(size-9) < 8:
		if id, _, ok := txLongWord(low, t.Start, size, tab); ok {
			return txReachOf(&tab.entries[id], text[t.Start] <= 'Z')
		}
	}
	// Any other word: its tokens of txTokenize.
	reach := 0
	sub, _, _ := txTokenizeFrom(text, t.Start, t.End, tab, buf[:0], false)
	for k := range sub {
		u := &sub[k]
		switch {
		case u.kind == txkNum || u.kind == txkAlnum:
			reach = max(reach, txReach)
		case u.kind == txkWord:
			reach = max(reach, txReachOf(&tab.entries[u.lex], u.upper))
		}
	}
	return reach
}

// txColdRun returns the number of tokens at the start of toks that hold
// no anchor (see txWindowStart) and that it can tell at once: words of
// one to sixteen ASCII letters that are not hot (low is the lower-cased
// text; tab.hotBits has the bit of every hot word of one to eight
// letters, and of some other words; a longer word is looked up by
// txLongWord), marks (tokPunct, tokQuote, tokDash: no letter, no digit)
// and possessives (a mark and an "s" with no entry). It stops at any
// other token. The loop over short words makes
// no call, so that it runs in registers.
func txColdRun(low string, toks []token, tab *txLexTable) int {
	hot := &tab.hotBits
	if len(low) < 8 {
		return 0
	}
	last := len(low) - 8 // the last start of eight bytes
	for n := range toks {
		t := &toks[n]
		if t.Kind != tokWord {
			continue // a mark, or a possessive: a mark and "s" (TestTxHot)
		}
		start, size := t.Start, t.End-t.Start
		if uint(size-9) < 8 {
			// Nine to sixteen bytes: from tab.long, by a call.
			if _, hot, ok := txLongWord(low, start, size, tab); !ok || hot {
				return n
			}
			continue
		}
		if uint(size-1) >= 8 || uint(start) > uint(last) {
			return n
		}
		x := tokLoad8(low[start : start+8])
		// The first byte that is no letter must be past the word.
		if bits.TrailingZeros64(^tokLower8(x)&tokHigh8) < 8*size {
			return n // not ASCII letters only
		}
		h := txHotHash(x & (^uint64(0) >> ((64 - 8*uint(size)) & 63)))
		if hot[h>>6]&(1<<(h&63)) != 0 {
			return n
		}
	}
	return len(toks)
}

// txColdRunID is txColdRun for tokens with word ids (ids, parallel to
// toks): it passes marks, possessives and words whose entries
// (txVocabFill) say they hold no anchor, and stops at any other token: a
// word with no id, or whose entry says it holds one or cannot say. It is not
// inlined: in its own frame the loop keeps its values in registers.
//
//go:noinline
func txColdRunID(toks []token, ids []int32, words []vocabWord) int {
	ids = ids[:len(toks)]
	for n, id := range ids {
		// One test for both an id (id-1 wraps round when id is 0) and
		// the bound of words.
		if i := uint(uint32(id) - 1); i < uint(len(words)) {
			if words[i].txFlags&(txvReach|txvHot) != txvReach {
				return n
			}
		} else if toks[n].Kind == tokWord {
			return n
		}
	}
	return len(ids)
}

// The bits of vocabWord.txFlags, what the times finder reads of a word
// with an id (txVocabFill).
const (
	txvPlain  = 1 << iota // all ASCII letters: one txkWord token, with entry vocabWord.txLex
	txvUpper              // plain, with a capital first (txTok.upper)
	txvDigits             // all ASCII digits: one txkNum token
	txvReach              // txvHot and txvTense give txAnchorReach of the word
	txvHot                // it holds an anchor (txAnchorReach > 0)
	txvTense              // it holds a capitalised month or weekday (txAnchorReach == txReachTense)
)

// txVocabFill sets what the times finder reads of a word with an id
// (W1, W2), w as written, low in lower case: whether it is all ASCII
// letters (txvPlain), and then its capital and its lexicon entry in
// txLex (0 if none), which txPlainWords, txFromTokensAt and txTokenize
// find for the word by its lower-case form; whether it is all ASCII
// digits (txvDigits); and the anchor it makes, txAnchorReach of the
// word, in the txvHot and txvTense bits, with txvReach, when it holds an
// ASCII letter or digit. A word of other runes only (other scripts,
// their digits) has no txvReach: txAnchorReach tells it by the flags of
// its token. The times finder reads the word from its text for what its
// entry does not give.
func txVocabFill(e *vocabWord, w, low string) {
	e.txFlags, e.txLex = 0, 0
	if len(w) == 0 || len(low) != len(w) {
		return
	}
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case txIsASCIILetter(c):
			letters++
		case '0' <= c && c <= '9':
			digits++
		}
	}
	tab := txLexicon()
	reach := 0
	switch {
	case letters == len(w):
		id := tab.ids[low]
		e.txFlags, e.txLex = txvPlain|txvReach, id
		if w[0] <= 'Z' {
			e.txFlags |= txvUpper
		}
		reach = txReachOf(&tab.entries[id], w[0] <= 'Z')
	case letters+digits == 0:
		return // txAnchorReach reads its flags (digits of other scripts)
	default:
		// Its tokens of txTokenize, as txAnchorReach reads them: a
		// token with a digit and no letter, which txAnchorReach tells
		// by its flags, holds an ASCII digit here, a txkNum: txReach
		// either way.
		e.txFlags = txvReach
		if digits == len(w) {
			e.txFlags |= txvDigits
		}
		var buf [8]txTok
		sub, _, _ := txTokenizeFrom(w, 0, len(w), tab, buf[:0], false)
		for k := range sub {
			switch u := &sub[k]; u.kind {
			case txkNum, txkAlnum:
				reach = max(reach, txReach)
			case txkWord:
				reach = max(reach, txReachOf(&tab.entries[u.lex], u.upper))
			}
		}
	}
	switch reach {
	case txReachTense:
		e.txFlags |= txvHot | txvTense
	case txReach:
		e.txFlags |= txvHot
	}
}

// txShortWord looks up the word low[start:start+size] of one to eight
// bytes (low lower-cased, start+8 <= len(low)) in tab.short when it is
// all ASCII letters (ok), which is then its entry (0 if none).
func txShortWord(low string, start, size int, tab *txLexTable) (id uint16, ok bool) {
	if uint(size-1) >= 8 || start < 0 || start+8 > len(low) {
		return 0, false
	}
	x := tokLoad8(low[start:])
	rest := (64 - 8*uint(size)) & 63 // the bits past the word
	if m := uint64(tokHigh8) >> rest; tokLower8(x)&m != m {
		return 0, false
	}
	w := x & (^uint64(0) >> rest)
	i := txShortHash(w)
	for tab.short[i].word != w && tab.short[i].word != 0 {
		i = (i + 1) & (txShortSlots - 1)
	}
	return tab.short[i].id, true
}

// txReachOf returns how far before a word with lexicon entry e (the
// empty entry 0 for none) the scan may read (txWindowStart): 0 when the
// word is no anchor (not hot), more for a capitalised (upper) month or
// weekday, before which tense reads.
func txReachOf(e *txLex, upper bool) int {
	switch {
	case !e.hot:
		return 0
	case upper && e.cls&(txcMonth|txcWeekday) != 0:
		return txReachTense
	}
	return txReach
}
