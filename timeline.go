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
	out := make([]Event, len(evs))
	for i, e := range evs {
		e.Participants = append([]string{}, e.Participants...)
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
