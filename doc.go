// Package news extracts quotes, named entities and a timeline from English
// news articles.
//
// # Getting started
//
// [Parse] reads an article: its header lines, title, dateline, publication
// date, paragraphs and sentences. The other functions answer questions about
// a parsed article:
//
//   - Who is in it? [Entities]: people, organisations and places, with their
//     titles, descriptions and every mention merged.
//
//   - Who said what? [Quotes]: direct, indirect and mixed quotations with
//     their cue and speaker.
//
//   - When? [Times]: time expressions normalised against the publication
//     date; [Timeline]: the events in chronological order.
//
//   - Everything at once: [Analyze], the JSON object of the news command.
//
//     a, err := news.Parse(text)
//     if err != nil {
//     return err // only for input over the size limit
//     }
//     for _, q := range news.Quotes(a) {
//     fmt.Println(q.Speaker.Name, q.Cue.Text, q.Text)
//     }
//
// Every result carries a [Span], a byte range of [Article.Text]: the text it
// reports is exactly Text[Start:End].
//
// # Articles
//
// An article may begin with header lines ("date 2022-11-11", "title: ...",
// "source: ...") before its body, on their own lines or run into the first
// line of the body. The body is split into paragraphs at blank lines (or at
// every line end when it has no blank line) and into sentences by rules S1
// to S6 (see splitSentences), which know news abbreviations, initials,
// titles and quotations. The dateline ("ISLAMABAD –", "WASHINGTON (AP) —",
// "LONDON, Nov 11 (Reuters) -") is found by rules D1 to D5. The publication
// date comes from [WithPublished], else a date header, else a dateline that
// carries a full date; else it is unknown (the zero time.Time).
//
// # Entities
//
// An entity is a person, an organisation, a place or another named thing.
// Its mentions are its names ("Imran Khan", "Khan"), the descriptions the
// article uses for it ("the former premier") and pronouns ("he").
//
// # Quotes
//
// A quote is speech attributed to a source: direct (the speaker's own words,
// in quotation marks or unmarked first-person speech), indirect ("X said
// that ...") or mixed (reported speech with a quoted fragment).
//
// # Timeline
//
// A time expression is a TIMEX3-style date, time, duration or set with a
// normalised value. Relative expressions ("yesterday", "on Thursday") are
// resolved against the publication date, never against the clock; without a
// publication date their values stay underspecified ("XXXX-XX-XX").
//
// # Concurrency
//
// All functions are safe for concurrent use. An Article is read-only once
// Parse returns it; its analysis is computed once, on first use.
//
// # Limitations
//
// English only. Everything is heuristic, by numbered rules and word lists,
// and will be wrong on some articles. Input over [DefaultMaxBytes] is
// refused unless [WithMaxBytes] allows it.
package news
