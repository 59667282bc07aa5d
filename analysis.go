package news

import "time"

// analysis holds the results shared by Entities, Quotes, Times and Timeline,
// computed once per Article.
type analysis struct {
	entities []Entity // their Mentions nil (see mentions), but for Analyze's own
	mentions packedMentions
	quotes   []Quote
	times    []Time
	events   []Event
}

// analyze computes the analysis once; later calls return the same value.
func (a *Article) analyze() *analysis {
	a.once.Do(func() {
		a.an = computeAnalysis(a, false)
		a.analyzed.Store(true)
	})
	return a.an
}

// computeAnalysis computes the analysis of a. Entities come first because
// quotes and events refer to them. With own (Analyze's own analysis,
// which nothing else holds) the entities have their Mentions, and
// mentions is nil.
func computeAnalysis(a *Article, own bool) *analysis {
	an := &analysis{}
	nerPrefetchModel()
	td := newTextDoc(a)
	// Deferred, so that a panic (which the batch tool recovers from) still
	// gives back the kept word vocabulary (vocabFree).
	defer td.release() // the shared tokens' arrays, to the next analysis
	// Time expressions are read in the title and the dateline too
	// ("LONDON, Nov 11 (Reuters)").
	an.times = findArticleTimes(a, td)
	attrs, attrsRef := findQuotesPooled(td)
	ed := findEntities(a, td, attrs)
	var ids []string
	if own {
		an.entities, ids = ed.unpackedEntities()
	} else {
		an.entities, an.mentions, ids = ed.entities()
	}
	an.quotes = buildQuotes(a, attrs, func(s Span) (string, string) {
		if ei, ok := ed.speakerAt(s); ok {
			e := ed.ents[ei]
			return ids[ei], e.name
		}
		return "", ""
	})
	an.events = findEvents(a, td, an.times, attrs, ed, ids)
	ed.release() // its working arrays go to the next analysis
	releaseAttrs(attrsRef, attrs)
	return an
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
//
// Unlike those functions, Analyze does not keep the analysis in a: unless
// one of them has already computed it, Analyze computes its own and hands
// its values over without copying them (a third less memory allocated per
// article, and so fewer collections). Call Analyze, or the functions
// above, to analyse an article once: Analyze followed by Entities
// computes the analysis twice.
func Analyze(a *Article) *Analysis {
	r := &Analysis{
		Title:         a.Title,
		PublishedFrom: a.PublishedFrom,
		Headers:       append([]Header{}, a.Headers...),
		Paragraphs:    append([]Paragraph{}, a.Paragraphs...),
		Sentences:     append([]Sentence{}, a.Sentences...),
	}
	if a.analyzed.Load() {
		r.Entities, r.Quotes, r.Times, r.Events = Entities(a), Quotes(a), Times(a), Timeline(a)
	} else {
		// A fresh analysis, shared with no one: its quotes, times and
		// events are the caller's as they are (each quote's speakers, cue
		// and parts, and each event's participants, in arrays of their
		// own, as Quotes and Timeline copy them); the entities' mentions
		// are made unpacked, for the caller alone.
		an := computeAnalysis(a, true)
		r.Entities = an.entities
		r.Quotes, r.Times, r.Events = an.quotes, an.times, an.events
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
