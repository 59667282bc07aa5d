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
//     their cue, their speaker and, for relayed words, who relayed them.
//
//   - When? [Times]: time expressions normalised against the publication
//     date; [Timeline]: the events in chronological order.
//
//   - Everything at once: [Analyze], the JSON object of the news command.
//
// For example:
//
//	a, err := news.Parse(text)
//	if err != nil {
//		return err // only for input over the size limit
//	}
//	for _, q := range news.Quotes(a) {
//		if q.Speaker != nil {
//			fmt.Println(q.Speaker.Name, q.Text)
//		}
//	}
//
// Every result carries a [Span], a half-open byte range of [Article.Text]:
// the text it reports is exactly Text[Start:End]. Results come in text
// order unless their doc comment says otherwise.
//
// Every rule has an ID (H3, D6, S9, E5, Q8, T4, TL2 ...) in a comment above
// the code that applies it; [Quote.Rule] and [Time.Rule] name the rule that
// produced a result, so a surprising result can be traced to its rule.
//
// # Articles
//
// An article may begin with header lines ("date 2022-11-11", "title: ...",
// "source: ...") before its body, on their own lines or run into the first
// line of the body (rules H1 to H6). The body is split into paragraphs at
// blank lines, or at every line end when it has no blank line (P1 to P4),
// and into sentences by rules S1 to S13, which know news abbreviations,
// initials, titles and quotations. The dateline ("ISLAMABAD –",
// "WASHINGTON (AP) —", "LONDON, Nov 11 (Reuters) -", "LONDON 1996-08-30") is
// found by rules D1 to D15. The publication date comes from [WithPublished],
// else a date header, else a dateline that carries a full date; else it is
// unknown (the zero time.Time).
//
// # Entities
//
// An entity is a person, an organisation, a place or another named thing.
// Names are found by an averaged-perceptron tagger trained on CoNLL-2003
// (embedded; see cmd/nertrain) and by rules for titled and given names;
// rules E1 to E8 (entity_rules.go) strip titles into [Entity.Titles], type
// each entity by the vote of its mentions, merge aliases (surnames, first
// names, acronyms and expansions, case variants), and link descriptions
// ("the general", "a retired army officer") and pronouns to the entity they
// refer to by salience. A [Mention] is a name, a name with its titles, a
// description or a pronoun.
//
// # Quotes
//
// A quote is an attribution: content attributed to a source. Direct quotes
// are the speaker's own words, in quotation marks or unmarked first-person
// speech; indirect ones report them ("X said that ..."); mixed ones report
// with a quoted fragment. Rules Q1 to Q23 (quote_rules.go) find the cue
// (from a list of some 470 attribution verbs in all their forms, in
// lexicon/speech_verbs.txt, "according to", stance nouns and adjectives),
// the content and the speaker mention, which is then resolved to an
// entity; a relative "who" speaks for its antecedent. Beliefs ("believes
// that"), intentions ("vowed to"), stances ("criticised the plan", "his
// support for"), judgements ("sees X as Y") and unsourced evidentials ("X
// seemed to", "X reportedly") count as attributions too, as in the PolNeAR
// corpus; [Quote.Speech] is false for them, so that a list of who said what
// keeps Speech quotes.
//
// # Timeline
//
// A time expression is a TIMEX3 date, time, duration or set with a
// normalised value (rules T1 to T19, times_rules.go). Relative expressions
// ("yesterday", "on Thursday") are resolved against the publication date,
// never against the clock; without a publication date their values stay
// underspecified ("XXXX-XX-XX"). Events are the article's clauses with
// their time and participants, ordered by rules TL1 to TL5.
//
// # Errors and limits
//
// Parse returns a [*SizeError] for input over [DefaultMaxBytes] (or the
// limit set by [WithMaxBytes]); nothing else is an error. Invalid UTF-8,
// CRLF line ends, unbalanced quotation marks and empty input are analysed
// as they are. Every function runs in time linear in the input.
//
// # Concurrency
//
// All functions are safe for concurrent use. An Article is read-only once
// Parse returns it; the analysis that Entities, Quotes, Times and Timeline
// share is computed once, on first use, and the slices the functions
// return are the caller's own. Analyze computes its own analysis unless
// one of those has already computed it, and hands its values over without
// copying them: use either Analyze or the single functions on an article.
//
// # Memory
//
// The word lists and the name tagger's model (about 6 MB) load once per
// process, on first use. An analysis keeps its working arrays for the
// next one until the collector runs. It also keeps a cache of what the
// stages read of each distinct word (about 0.9 MB, up to 16,384 words;
// when full, it keeps the words it met first, the common ones), one for
// each analysis that can run at once (GOMAXPROCS, 4 to 64): those stay
// for the life of the process, so that a long batch does not rebuild them
// after every collection.
//
// # Limitations
//
// English only. Everything is heuristic, by numbered rules, word lists and
// a small statistical tagger, and will be wrong on some articles: see the
// README for the measured accuracy. Descriptions are linked only on
// evidence (a shared title, head noun or modifier), so "the former premier"
// stays unlinked when nothing earlier calls anyone a premier. Event order
// is coarse: by date where the text gives one, then by ordinals and text
// order.
package news
