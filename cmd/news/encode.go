package main

import (
	"encoding"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/newsgraph/news"
)

// This file writes the batch answers: appendAnswer appends exactly the bytes
// that json.Marshal gives for a batchLine, without encoding/json's
// reflection (which took a fifth of the batch tool's CPU). Each type of the
// analysis has its own function below, writing its fields in the order of
// its struct (an embedded Span's start and end where the Span is), as
// encoding/json does: strings escaped as json.Marshal escapes them (HTML
// characters included), nil pointers and nil slices as null, omitempty
// fields left out when empty, the enums as the JSON strings of their
// MarshalText. TestAnswerFieldsComplete fails when the library gains a field
// that this file does not write.

// answerEncoder appends one answer to b. err is the first MarshalText error;
// the answer is then not valid and must not be used.
type answerEncoder struct {
	b   []byte
	err error
}

// appendAnswer appends to dst the JSON of batchLine{ID: id, Analysis: an},
// byte for byte as json.Marshal writes it, and returns the extended buffer.
// It fails, as json.Marshal does and with its message, when the MarshalText
// of an enum value fails.
func appendAnswer(dst []byte, id string, an *news.Analysis) ([]byte, error) {
	e := answerEncoder{b: dst}
	e.str(`{"id":`, id)
	if an != nil { // the fields of the embedded *Analysis follow the id
		e.analysisFields(an)
	}
	e.raw("}")
	return e.b, e.err
}

// The functions below write a member in one go: the JSON text before its
// value (a brace or a comma, then its quoted name and a colon), given as
// a literal that shows the JSON, and then its value.

// raw appends JSON text as it is.
func (e *answerEncoder) raw(text string) { e.b = append(e.b, text...) }

// str appends text and the string s.
func (e *answerEncoder) str(text, s string) {
	e.b = append(e.b, text...)
	e.b = appendString(e.b, s)
}

// int appends text and the integer n.
func (e *answerEncoder) int(text string, n int) {
	e.b = append(e.b, text...)
	e.b = strconv.AppendInt(e.b, int64(n), 10)
}

// list appends text and the slice xs: null when it is nil, else its
// elements, each written by elem, in brackets.
func list[T any](e *answerEncoder, text string, xs []T, elem func(*answerEncoder, *T)) {
	e.raw(text)
	if xs == nil {
		e.raw("null")
		return
	}
	e.raw("[")
	for i := range xs {
		if i > 0 {
			e.raw(",")
		}
		elem(e, &xs[i])
	}
	e.raw("]")
}

// stringElem writes one string of a []string.
func stringElem(e *answerEncoder, s *string) { e.b = appendString(e.b, *s) }

// analysisFields writes the members of an Analysis, each after a comma
// (batchLine embeds it after its id).
func (e *answerEncoder) analysisFields(an *news.Analysis) {
	e.str(`,"published":`, an.Published)
	e.raw(`,"published_from":`)
	appendEnum(e, dateSourceText, an.PublishedFrom)
	e.str(`,"title":`, an.Title)
	e.raw(`,"title_span":`)
	if an.TitleSpan == nil {
		e.raw("null")
	} else {
		e.span(an.TitleSpan)
	}
	list(e, `,"headers":`, an.Headers, (*answerEncoder).header)
	e.raw(`,"dateline":`)
	if an.Dateline == nil {
		e.raw("null")
	} else {
		e.dateline(an.Dateline)
	}
	list(e, `,"paragraphs":`, an.Paragraphs, (*answerEncoder).paragraph)
	list(e, `,"sentences":`, an.Sentences, (*answerEncoder).sentence)
	list(e, `,"entities":`, an.Entities, (*answerEncoder).entity)
	list(e, `,"quotes":`, an.Quotes, (*answerEncoder).quote)
	list(e, `,"times":`, an.Times, (*answerEncoder).time)
	list(e, `,"events":`, an.Events, (*answerEncoder).event)
}

// span writes a Span as an object.
func (e *answerEncoder) span(s *news.Span) {
	e.spanFields(`{"start":`, s)
	e.raw("}")
}

// spanFields writes the members of a Span where a struct embeds it, start
// (the text before the start: `{"start":` or `,"start":`) then end.
func (e *answerEncoder) spanFields(start string, s *news.Span) {
	e.int(start, s.Start)
	e.int(`,"end":`, s.End)
}

// header writes a Header.
func (e *answerEncoder) header(h *news.Header) {
	e.str(`{"key":`, h.Key)
	e.str(`,"value":`, h.Value)
	e.spanFields(`,"start":`, &h.Span)
	e.raw(`,"value_span":`)
	e.span(&h.ValueSpan)
	e.raw("}")
}

// dateline writes a Dateline; Region and Date are omitted when empty.
func (e *answerEncoder) dateline(d *news.Dateline) {
	e.str(`{"place":`, d.Place)
	if d.Region != "" {
		e.str(`,"region":`, d.Region)
	}
	e.str(`,"agency":`, d.Agency)
	if d.Date != "" {
		e.str(`,"date":`, d.Date)
	}
	e.spanFields(`,"start":`, &d.Span)
	e.raw(`,"place_span":`)
	e.span(&d.PlaceSpan)
	e.raw("}")
}

// paragraph writes a Paragraph.
func (e *answerEncoder) paragraph(p *news.Paragraph) {
	e.spanFields(`{"start":`, &p.Span)
	e.str(`,"text":`, p.Text)
	e.raw("}")
}

// sentence writes a Sentence.
func (e *answerEncoder) sentence(s *news.Sentence) {
	e.spanFields(`{"start":`, &s.Span)
	e.str(`,"text":`, s.Text)
	e.int(`,"paragraph":`, s.Paragraph)
	e.raw("}")
}

// entity writes an Entity.
func (e *answerEncoder) entity(en *news.Entity) {
	e.str(`{"id":`, en.ID)
	e.str(`,"name":`, en.Name)
	e.raw(`,"type":`)
	appendEnum(e, entityKindText, en.Kind)
	list(e, `,"titles":`, en.Titles, stringElem)
	list(e, `,"descriptions":`, en.Descriptions, stringElem)
	list(e, `,"mentions":`, en.Mentions, (*answerEncoder).mention)
	e.raw("}")
}

// mention writes a Mention.
func (e *answerEncoder) mention(m *news.Mention) {
	e.spanFields(`{"start":`, &m.Span)
	e.str(`,"text":`, m.Text)
	e.raw(`,"kind":`)
	appendEnum(e, mentionKindText, m.Kind)
	e.raw("}")
}

// quote writes a Quote; Parts is omitted when empty.
func (e *answerEncoder) quote(q *news.Quote) {
	e.spanFields(`{"start":`, &q.Span)
	e.str(`,"text":`, q.Text)
	e.raw(`,"kind":`)
	appendEnum(e, quoteKindText, q.Kind)
	e.raw(`,"speaker":`)
	e.speaker(q.Speaker)
	e.raw(`,"via":`)
	e.speaker(q.Via)
	e.raw(`,"cue":`)
	e.cue(q.Cue)
	e.raw(`,"speech":`)
	e.b = strconv.AppendBool(e.b, q.Speech)
	if len(q.Parts) > 0 {
		list(e, `,"parts":`, q.Parts, (*answerEncoder).span)
	}
	e.str(`,"rule":`, q.Rule)
	e.raw("}")
}

// speaker writes a *Speaker, null when nil.
func (e *answerEncoder) speaker(s *news.Speaker) {
	if s == nil {
		e.raw("null")
		return
	}
	e.str(`{"entity":`, s.Entity)
	e.str(`,"name":`, s.Name)
	e.spanFields(`,"start":`, &s.Span)
	e.str(`,"text":`, s.Text)
	e.raw("}")
}

// cue writes a *Cue, null when nil.
func (e *answerEncoder) cue(c *news.Cue) {
	if c == nil {
		e.raw("null")
		return
	}
	e.spanFields(`{"start":`, &c.Span)
	e.str(`,"text":`, c.Text)
	e.raw("}")
}

// time writes a Time.
func (e *answerEncoder) time(t *news.Time) {
	e.spanFields(`{"start":`, &t.Span)
	e.str(`,"text":`, t.Text)
	e.raw(`,"type":`)
	appendEnum(e, timeTypeText, t.Type)
	e.str(`,"value":`, t.Value)
	e.str(`,"rule":`, t.Rule)
	e.raw("}")
}

// event writes an Event.
func (e *answerEncoder) event(ev *news.Event) {
	e.spanFields(`{"start":`, &ev.Span)
	e.str(`,"text":`, ev.Text)
	e.str(`,"value":`, ev.Value)
	e.int(`,"order":`, ev.Order)
	list(e, `,"participants":`, ev.Participants, stringElem)
	e.raw("}")
}

// textEnum is an enum of the analysis: an int type that marshals as the
// JSON string of its MarshalText.
type textEnum interface {
	~int
	encoding.TextMarshaler
}

// enumTexts is the number of values (0, 1, ...) of each enum whose JSON
// enumTable keeps: more than any enum of the package has.
const enumTexts = 16

// The JSON of the usual values of each enum, built once at start-up.
var (
	dateSourceText  = enumTable[news.DateSource]()
	entityKindText  = enumTable[news.EntityKind]()
	mentionKindText = enumTable[news.MentionKind]()
	quoteKindText   = enumTable[news.QuoteKind]()
	timeTypeText    = enumTable[news.TimeType]()
)

// enumTable returns the JSON (quoted and escaped) of the values 0 to
// enumTexts-1 of T, as their MarshalText gives it; nil for a value whose
// MarshalText fails.
func enumTable[T textEnum]() [][]byte {
	table := make([][]byte, enumTexts)
	for v := range table {
		if text, err := T(v).MarshalText(); err == nil {
			table[v] = appendString(nil, string(text))
		}
	}
	return table
}

// appendEnum writes the enum value v: its JSON from table (built by
// enumTable for T), or for another value the JSON string of its
// MarshalText. When MarshalText fails it records the error that
// json.Marshal gives.
func appendEnum[T textEnum](e *answerEncoder, table [][]byte, v T) {
	if uint(v) < uint(len(table)) && table[v] != nil {
		e.b = append(e.b, table[v]...)
		return
	}
	text, err := v.MarshalText()
	if err != nil {
		if e.err == nil {
			// encoding/json's MarshalerError, worded as it words it.
			e.err = fmt.Errorf("json: error calling MarshalText for type %T: %w", v, err)
		}
		return
	}
	e.b = appendString(e.b, string(text))
}

// appendString appends s as a JSON string, escaped exactly as json.Marshal
// escapes it (encoding/json's appendString with HTML escaping): '"' and
// '\\' escaped with a backslash; \b, \f, \n, \r and \t as such; the other
// control characters and <, > and & as \u00XX; U+2028 and U+2029 as
// \u2028 and \u2029; each byte that is not part of valid UTF-8 as \ufffd.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0 // s[start:i] is still to be copied
	for i := 0; i < len(s); {
		i = plainEnd(s, i)
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default: // other control characters, <, > and &
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

const hexDigits = "0123456789abcdef"

// plainEnd returns the end of the run of bytes from s[i] on that a JSON
// string holds as they are (htmlSafe). It tests eight bytes at a time
// while none of them needs a look.
func plainEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one bounds check, and the compiler loads a word
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// Stop at a byte from 0x80 on (w's high bits), below ' ' (the
		// subtraction's borrow sets its high bit) or one of "\<>&: '<'
		// and '>' differ only in bit 1, '"' and '&' only in bit 2, so
		// that with this bit set one test finds either.
		if ((w-' '*lowBits)|w|hasByte(w, '\\')|hasByte(w|2*lowBits, '>')|hasByte(w|4*lowBits, '&'))&highBits != 0 {
			break
		}
	}
	for i < len(s) && htmlSafe[s[i]] {
		i++
	}
	return i
}

const (
	lowBits  = 0x0101010101010101 // the lowest bit of each byte of a word
	highBits = 0x8080808080808080 // the highest bit of each byte
)

// hasByte has the high bit of some byte set when one of the eight bytes
// of w is c (and of no byte when none is): the word test of "Bit
// Twiddling Hacks". Only its high bits count.
func hasByte(w uint64, c byte) uint64 {
	v := w ^ lowBits*uint64(c)
	return (v - lowBits) &^ v
}

// htmlSafe reports the bytes that a JSON string holds as they are: the
// ASCII ones but the control characters, '"', '\\', '<', '>' and '&'.
var htmlSafe = func() (safe [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		safe[c] = true
	}
	for _, c := range `"\<>&` {
		safe[c] = false
	}
	return safe
}()
