package news

// An Event is something that happened or will happen, as the article tells
// it: the clause that states it, when, and who took part.
type Event struct {
	Span
	Text string `json:"text"`
	// Value is the event's time as a TIMEX3 value (from a time expression
	// of its clause or inherited from its context), empty when unknown.
	Value string `json:"value"`
	// Order sorts the events chronologically: an event with a smaller Order
	// happened earlier. Equal orders are ties.
	Order int `json:"order"`
	// Participants are the IDs of the entities that take part.
	Participants []string `json:"participants"`
}

// Timeline returns the events of the article in chronological order (by
// Order, then by position in the text). It returns nil when there are none.
func Timeline(a *Article) []Event {
	evs := a.analyze().events
	if evs == nil {
		return nil
	}
	// The caller's copy: the participants of all events share one new
	// array, each event's slice capped at its own part.
	n := 0
	for _, e := range evs {
		n += len(e.Participants)
	}
	parts := make([]string, 0, n+1) // non-nil: no participants marshal as []
	out := make([]Event, len(evs))
	for i, e := range evs {
		p0 := len(parts)
		parts = append(parts, e.Participants...)
		e.Participants = parts[p0:len(parts):len(parts)]
		out[i] = e
	}
	return out
}

// Times returns the time expressions of the article in text order, each
// with its TIMEX3 type and value resolved against [Article.Published].
// Without a publication date, relative expressions keep underspecified
// values ("XXXX-XX-XX", "XXXX-WXX"). It returns nil when there are none.
func Times(a *Article) []Time {
	return append([]Time(nil), a.analyze().times...)
}
