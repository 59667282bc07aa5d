package news

import (
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
	p := &txParser{text: text, tab: txLexicon()}
	if !published.IsZero() {
		y, m, d := published.Date()
		p.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		p.hasPub = true
	}
	maxLen := 0
	for _, s := range sents {
		maxLen = max(maxLen, s.End-s.Start)
	}
	p.toks = make([]txTok, 0, min(maxLen, len(text))/4+16)
	// About one expression per 400 bytes of news: room for most articles
	// in one allocation.
	out := make([]Time, 0, len(text)/256+4)
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

// txTokenize splits text[start:end] into tokens, appending to buf. It
// reports whether a token is hot: a number, an apostrophe or a hot word
// (txLex.hot). Without one, txParser.trigger holds at no token, so the
// sentence has no expression and need not be scanned.
func txTokenize(text string, start, end int, tab *txLexTable, buf []txTok) (toks []txTok, hot bool) {
	text = text[:max(0, min(end, len(text)))] // the scan stops at end
	class := &tab.bytes
	sp := true
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
	return buf, hot
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
