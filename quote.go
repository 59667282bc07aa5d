package news

import "sort"

// QuoteKind says how a [Quote] reports speech.
type QuoteKind int

// The kinds of quote. The zero value is not used by the package.
const (
	UnknownQuote QuoteKind = iota
	Direct                 // the speaker's words in quotation marks, or unmarked first-person speech
	Indirect               // reported speech: "X said (that) ..."
	Mixed                  // reported speech with a quoted fragment: "X said it was 'misled'"
)

var quoteKindNames = [...]string{"", "direct", "indirect", "mixed"}

// String returns "direct", "indirect", "mixed" or "".
func (k QuoteKind) String() string {
	if k < 0 || int(k) >= len(quoteKindNames) {
		return ""
	}
	return quoteKindNames[k]
}

// MarshalText implements encoding.TextMarshaler.
func (k QuoteKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *QuoteKind) UnmarshalText(b []byte) error {
	*k = UnknownQuote
	for i, n := range quoteKindNames {
		if n == string(b) {
			*k = QuoteKind(i)
		}
	}
	return nil
}

// A Speaker is the mention that an attribution uses for its source, and the
// entity it refers to.
type Speaker struct {
	// Entity is the ID of the entity spoken of, empty when the mention could
	// not be resolved to one.
	Entity string `json:"entity"`
	// Name is the entity's canonical name, or the mention's text when it
	// has no entity.
	Name string `json:"name"`
	Span        // the mention in the attribution: "he", "the daily", "Mr Smith"
	Text string `json:"text"`
}

// A Cue is the word or phrase that signals an attribution: "said",
// "according to", "told reporters".
type Cue struct {
	Span
	Text string `json:"text"`
}

// A Quote is one attribution of speech: what was said (its content), by whom
// (Speaker), through whom (Via, for relayed words) and the cue that says so.
type Quote struct {
	// Span and Text are the content, without enclosing quotation marks.
	Span
	Text string    `json:"text"`
	Kind QuoteKind `json:"kind"`
	// Speaker is who said it; nil when the article does not say.
	Speaker *Speaker `json:"speaker"`
	// Via is who relays the speaker's words ("A, quoting B, said ..."), or nil.
	Via *Speaker `json:"via"`
	// Cue is the attribution cue, or nil (a floating quote has none).
	Cue *Cue `json:"cue"`
	// Speech is true when the quote reports words: its cue is a verb of
	// communication ("said", "told", "according to") or it is a quotation.
	// It is false for the other attributions the package reports, as the
	// PolNeAR annotation does: beliefs ("believes that"), intentions
	// ("vowed to"), perceptions and stances ("criticised the plan"). To
	// list who said what, keep the quotes with Speech set.
	Speech bool `json:"speech"`
	// Parts are the pieces of a quotation that an attribution interrupts
	// (`"First," she said, "second."`, rule Q2) or that the same speaker
	// continues in the same paragraph (Q4): Span runs from the first part
	// to the last, and Text then holds the attribution between them. Nil
	// for a quote in one piece.
	Parts []Span `json:"parts,omitempty"`
	// Rule names the rule that found the quote ("Q1", ...).
	Rule string `json:"rule"`
}

// Quotes returns the quotations of the article in text order, direct,
// indirect and mixed, each with its speaker resolved to an entity where the
// text allows. It returns nil when there are none.
func Quotes(a *Article) []Quote {
	qs := a.analyze().quotes
	if qs == nil {
		return nil
	}
	// The caller's copy: one new array for all speakers and one for all
	// cues, sized first so that no pointer into them moves.
	ns, nc := 0, 0
	for i := range qs {
		if qs[i].Speaker != nil {
			ns++
		}
		if qs[i].Via != nil {
			ns++
		}
		if qs[i].Cue != nil {
			nc++
		}
	}
	speakers := make([]Speaker, 0, ns)
	cues := make([]Cue, 0, nc)
	out := make([]Quote, len(qs))
	for i, q := range qs {
		out[i] = q
		if q.Speaker != nil {
			speakers = append(speakers, *q.Speaker)
			out[i].Speaker = &speakers[len(speakers)-1]
		}
		if q.Via != nil {
			speakers = append(speakers, *q.Via)
			out[i].Via = &speakers[len(speakers)-1]
		}
		if q.Cue != nil {
			cues = append(cues, *q.Cue)
			out[i].Cue = &cues[len(cues)-1]
		}
	}
	return out
}

// buildQuotes turns the attributions the rules found into Quotes, resolving
// speakers to entities. attrs are sorted by content start, as findQuotes
// returns them; an attribution whose content an earlier one already
// reported is dropped. Speakers and cues live in one array each per
// article, sized first so that no pointer into them moves.
func buildQuotes(a *Article, attrs []qattr, resolve func(Span) (id, name string)) []Quote {
	if len(attrs) == 0 {
		return nil
	}
	ns, nc := 0, 0
	for i := range attrs {
		if attrs[i].speakerSpan.Len() > 0 {
			ns++
		}
		if attrs[i].viaSpan.Len() > 0 {
			ns++
		}
		if attrs[i].cueSpan.Len() > 0 {
			nc++
		}
	}
	speakers := make([]Speaker, 0, ns)
	cues := make([]Cue, 0, nc)
	// speakerOf makes the Speaker of a mention span, nil for an empty span.
	speakerOf := func(s Span) *Speaker {
		if s.Len() == 0 {
			return nil
		}
		// Set field by field in its place (speakers has room for all),
		// as the quotes below are.
		var sp *Speaker
		if len(speakers) < cap(speakers) {
			speakers = speakers[:len(speakers)+1]
			sp = &speakers[len(speakers)-1]
		} else {
			sp = new(Speaker) // not met: ns counts every call
		}
		t := a.text(s)
		sp.Entity, sp.Name, sp.Span, sp.Text = "", t, s, t
		if id, name := resolve(s); id != "" {
			sp.Entity, sp.Name = id, name
		}
		return sp
	}
	out := make([]Quote, 0, len(attrs))
	// The Parts of all quotes share one array: a quote's parts are
	// contiguous in it, as only the last quote of out takes more.
	var parts []Span
	partsFrom := 0 // where the last quote's parts start in parts
	for i := range attrs {
		at := &attrs[i]
		if at.content.Len() == 0 || qReportedBefore(attrs, i) {
			continue
		}
		// The quote is set field by field in its place, the next of out
		// (which has room for all): a composite literal of this large
		// struct was built in a temporary, then copied.
		q := &out[:len(out)+1][len(out)]
		q.Span, q.Text, q.Kind, q.Rule, q.Speech = at.content, a.text(at.content), at.kind, at.rule, at.speech || at.region >= 0
		q.Cue, q.Parts = nil, nil
		q.Speaker = speakerOf(at.speakerSpan)
		if q.Speaker != nil && at.refSpan.Len() > 0 {
			// A relative "who" speaks for its antecedent.
			q.Speaker.Entity, q.Speaker.Name = "", a.text(at.refSpan)
			if id, name := resolve(at.refSpan); id != "" {
				q.Speaker.Entity, q.Speaker.Name = id, name
			}
		}
		q.Via = speakerOf(at.viaSpan)
		if at.cueSpan.Len() > 0 {
			cues = append(cues, Cue{Span: at.cueSpan, Text: a.text(at.cueSpan)})
			q.Cue = &cues[len(cues)-1]
		}
		if n := len(out); n > 0 && a.continues(&out[n-1], q) {
			p := &out[n-1]
			if p.Parts == nil {
				partsFrom = len(parts)
				parts = append(parts, p.Span)
			}
			parts = append(parts, q.Span)
			p.Parts = parts[partsFrom:len(parts):len(parts)]
			p.End = q.End
			p.Text = a.text(p.Span)
			if p.Cue == nil {
				p.Cue = q.Cue
			}
			*q = Quote{} // past the end of out: nothing kept
			continue
		}
		out = out[:len(out)+1]
	}
	return out
}

// qReportedBefore reports whether an attribution before attrs[i] has the
// same content. attrs are sorted by content start, so any such one is in
// the run of equal starts just before i.
func qReportedBefore(attrs []qattr, i int) bool {
	c := attrs[i].content
	for j := i - 1; j >= 0 && attrs[j].content.Start == c.Start; j-- {
		if attrs[j].content == c {
			return true
		}
	}
	return false
}

// continues reports whether direct quote q goes on from direct quote p (Q2,
// Q4): same paragraph, same speaker mention, at most a sentence between.
func (a *Article) continues(p, q *Quote) bool {
	if p.Kind != Direct || q.Kind != Direct || p.Speaker == nil || q.Speaker == nil {
		return false
	}
	if p.Speaker.Span != q.Speaker.Span || q.Start < p.End || q.Start-p.End > 200 {
		return false
	}
	if q.Rule != "Q2" && q.Rule != "Q4" && q.Rule != "Q1" {
		return false
	}
	return a.paragraphAt(p.Start) == a.paragraphAt(q.Start)
}

// paragraphAt returns the index of the paragraph holding byte pos, or -1.
func (a *Article) paragraphAt(pos int) int {
	i := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > pos })
	if i < len(a.Paragraphs) && a.Paragraphs[i].Start <= pos {
		return i
	}
	return -1
}
