package news

import "time"

// analysis holds the results shared by Entities, Quotes, Times and Timeline,
// computed once per Article.
type analysis struct {
	entities []Entity // their Mentions nil: see mentions
	mentions packedMentions
	quotes   []Quote
	times    []Time
	events   []Event
}

// analyze computes the analysis once; later calls return the same value.
// Entities come first because quotes and events refer to them.
func (a *Article) analyze() *analysis {
	a.once.Do(func() {
		an := &analysis{}
		td := newTextDoc(a)
		// Time expressions are read in the title and the dateline too
		// ("LONDON, Nov 11 (Reuters)").
		an.times = findArticleTimes(a, td)
		attrs := findQuotes(td)
		ed := findEntities(a, td, attrs)
		var ids []string
		an.entities, an.mentions, ids = ed.entities()
		an.quotes = buildQuotes(a, attrs, func(s Span) (string, string) {
			if ei, ok := ed.speakerAt(s); ok {
				e := ed.ents[ei]
				return ids[ei], e.name
			}
			return "", ""
		})
		an.events = findEvents(a, td, an.times, attrs, ed, ids)
		ed.release() // its working arrays go to the next analysis
		td.release() // and the shared tokens' arrays
		a.an = an
	})
	return a.an
}

// An Analysis is the whole analysis of an article in one value: the JSON
// object that `news -json` prints. Every list is non-nil so that it marshals
// as [] rather than null.
type Analysis struct {
	// Published is the publication date as YYYY-MM-DD, empty when unknown.
	Published     string      `json:"published"`
	PublishedFrom DateSource  `json:"published_from"`
	Title         string      `json:"title"`
	TitleSpan     *Span       `json:"title_span"`
	Headers       []Header    `json:"headers"`
	Dateline      *Dateline   `json:"dateline"`
	Paragraphs    []Paragraph `json:"paragraphs"`
	Sentences     []Sentence  `json:"sentences"`
	Entities      []Entity    `json:"entities"`
	Quotes        []Quote     `json:"quotes"`
	Times         []Time      `json:"times"`
	Events        []Event     `json:"events"`
}

// Analyze returns the whole analysis of a: what [Entities], [Quotes],
// [Times] and [Timeline] return, with the parse. The values are the caller's.
func Analyze(a *Article) *Analysis {
	r := &Analysis{
		Title:         a.Title,
		PublishedFrom: a.PublishedFrom,
		Headers:       append([]Header{}, a.Headers...),
		Paragraphs:    append([]Paragraph{}, a.Paragraphs...),
		Sentences:     append([]Sentence{}, a.Sentences...),
		Entities:      Entities(a),
		Quotes:        Quotes(a),
		Times:         Times(a),
		Events:        Timeline(a),
	}
	if !a.Published.IsZero() {
		r.Published = a.Published.Format(time.DateOnly)
	}
	if a.Title != "" {
		s := a.TitleSpan
		r.TitleSpan = &s
	}
	if a.Dateline != nil {
		d := *a.Dateline
		r.Dateline = &d
	}
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	if r.Quotes == nil {
		r.Quotes = []Quote{}
	}
	if r.Times == nil {
		r.Times = []Time{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	return r
}
