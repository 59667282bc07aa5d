package news

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// The timeline rules.
//
//	TL1 An event is a clause with a verb: sentences are cut into clauses
//	    at semicolons, at ", but", ", and" before a new subject, at
//	    relative words (", who", "in which") and at participles
//	    (", saying"), and a clause is an event when it has a verb form
//	    (a past form in -ed, a common irregular or auxiliary verb, or a
//	    speech verb).
//	TL2 An event's time is the date (or time) expression inside its
//	    clause; failing that, reported content takes the time of the
//	    attribution that reports it; else it is unknown ("").
//	TL3 Events are ordered by their time where known. Undated events
//	    stand at the publication date: news tells of what happened
//	    lately. An ordinal in the clause ("for the second time", "the
//	    third meeting") orders events of equal time among themselves.
//	    "after X" puts an event after the event of the same sentence
//	    before it; otherwise ties keep text order.
//	TL4 Participants are the entities mentioned in the clause, by name,
//	    description or pronoun, in order of first mention.
//	TL5 A clause that names another event with "after", "following" or
//	    "since" ("posted after General X's death") brings that event in
//	    just before it; with "before", "ahead of" or "until", just after.
//	    The named event is the noun phrase up to an event noun.

// tlClause is a clause of a sentence, in tokens.
type tlClause struct {
	first, last int // token range [first, last)
	sent        int
}

// tlNominal is an event named by a noun inside a clause (TL5), kept in one
// list per article: the nominals of an event are contiguous in it.
type tlNominal struct {
	Event
	rel int // -1: it happened before its clause's event, 1: after
}

// tlEvent is an event being ordered (TL3).
type tlEvent struct {
	Event
	key          string // sortable time: YYYY-MM-DD..., or the publication date
	ordinal      int
	after        bool
	nomLo, nomHi int // its nominals: noms[nomLo:nomHi]
}

// findEvents builds the timeline of an article. Its scratch (clauses,
// events, nominals, mention indexes) is one slice each, kept from one
// article to the next (tlBufs), and the participants of every event share
// one backing array, which the events returned keep.
func findEvents(a *Article, td *textDoc, times []Time, attrs []qattr, ed *edoc, ids []string) []Event {
	b, ref := tlPool.get()
	if b == nil {
		b = new(tlBufs)
	}
	clauses := reuseEmpty(b.clauses, len(td.sents)+len(td.sents)/2+1)
	evs, noms := b.evs[:0], b.noms[:0]
	scratch := reuseEmpty(b.scratch, 32) // mention indexes, reused
	defer func() {
		b.clauses, b.evs, b.noms, b.scratch = clauses, evs, noms, scratch
		b.put(ref, len(td.toks))
	}()
	for si, sr := range td.sents {
		if td.paraOf[si] < 0 {
			continue // a headline sums up; it states no event of its own
		}
		clauses = td.clauses(si, sr[0], sr[1], clauses)
	}
	if len(clauses) == 0 {
		return nil
	}
	pub := ""
	if !a.Published.IsZero() {
		pub = a.Published.Format("2006-01-02")
	}
	evs = reuseEmpty(evs, len(clauses))
	// Clauses do not overlap, so the participants of all clauses are at
	// most the article's mentions (named events inside a clause may
	// count some twice; append grows the array then, and the slices
	// already taken keep the old one).
	parts := make([]string, 0, len(ed.mention)+1)
	ti := 0
	for _, c := range clauses {
		span := Span{td.toks[c.first].Start, td.toks[c.last-1].End}
		e := tlEvent{Event: Event{Span: span, Text: a.Text[span.Start:span.End]}, nomLo: len(noms), nomHi: len(noms)}
		// TL2: a date inside the clause.
		for ti < len(times) && times[ti].End <= span.Start {
			ti++
		}
		for k := ti; k < len(times) && times[k].Start < span.End; k++ {
			t := times[k]
			if (t.Type == Date || t.Type == TimeOfDay) && tlDated(t.Value) {
				e.Value = t.Value
				break
			}
		}
		// TL4: participants.
		p0 := len(parts)
		parts, scratch = ed.appendParticipants(parts, scratch, span, ids)
		e.Participants = parts[p0:len(parts):len(parts)]
		// One pass over the words of the clause for TL3 and TL5, each
		// word classed once (tlWordClass), from one to the next that is
		// in a class (tlNextClassWord).
		for k := c.first; ; k++ {
			var cls uint8
			if k, cls = tlNextClassWord(td, k, c.last); k >= c.last {
				break
			}
			// TL3: ordinals ("the second time") and "after".
			if cls&tlcOrdinalNoun != 0 && k > c.first {
				if n, ok := tlOrdinals[td.lowAt(k-1)]; ok {
					e.ordinal = n
				}
			}
			if cls&tlcAfter != 0 {
				e.after = true
			}
			// TL5: "after X's death", "before the vote": an event named
			// by a noun, just before or after the clause's own.
			rel := 0
			switch {
			case cls&tlcSince != 0:
				rel = -1
			case cls&tlcUntil != 0:
				rel = 1
			}
			if rel == 0 || k+1 >= c.last {
				continue
			}
			start := k + 1
			if td.lowAt(k) == "ahead" && td.lowAt(k+1) == "of" {
				start++
			}
			for h := start; h < c.last && h < start+7; h++ {
				if td.toks[h].Kind != tokWord && td.toks[h].Kind != tokPossessive {
					break
				}
				if _, ok := tlEventNouns[td.lowAt(h)]; ok {
					// "assassination attempt", "election campaign".
					for h+1 < c.last && td.toks[h+1].Kind == tokWord {
						if _, ok := tlEventHeads[td.lowAt(h+1)]; !ok {
							break
						}
						h++
					}
					ns := Span{td.toks[start].Start, td.toks[h].End}
					n := Event{Span: ns, Text: a.Text[ns.Start:ns.End]}
					p0 := len(parts)
					parts, scratch = ed.appendParticipants(parts, scratch, ns, ids)
					n.Participants = parts[p0:len(parts):len(parts)]
					noms = append(noms, tlNominal{Event: n, rel: rel})
					e.nomHi = len(noms)
					break
				}
			}
		}
		evs = append(evs, e)
	}
	// TL2: reported content takes the time of its attribution; a
	// participle clause (", saying ...") the time of the clause it hangs on.
	for i := range evs {
		if evs[i].Value != "" {
			continue
		}
		if i > 0 && evs[i-1].Value != "" && clauses[i].sent == clauses[i-1].sent {
			if k := clauses[i].first; strings.HasSuffix(td.lowAt(k), "ing") && td.speechAt(k) {
				evs[i].Value = evs[i-1].Value
				continue
			}
		}
		// The attribution whose content holds the clause: one of the last
		// few that start before it (attributions are sorted by content
		// start, events by position, so both lookups are binary searches).
		hi := sort.Search(len(attrs), func(k int) bool { return attrs[k].content.Start > evs[i].Start })
		for k := hi - 1; k >= 0 && k >= hi-8; k-- {
			at := &attrs[k]
			if at.content.Start > evs[i].Start || evs[i].End > at.content.End || at.cueSpan.Len() == 0 {
				continue
			}
			cue := at.cueSpan
			j := sort.Search(len(evs), func(j int) bool { return evs[j].End >= cue.End })
			if j < len(evs) && evs[j].Value != "" && evs[j].Start <= cue.Start {
				evs[i].Value = evs[j].Value
				break
			}
		}
	}
	for i := range evs {
		evs[i].key = evs[i].Value
		if evs[i].key == "" || !tlDated(evs[i].key) {
			evs[i].key = pub
		}
	}
	var orderBuf [128]int // most articles' events: no allocation
	order := orderBuf[:0]
	if len(evs) > len(orderBuf) {
		order = make([]int, 0, len(evs))
	}
	for i := range evs {
		order = append(order, i)
	}
	// A stable sort by key, then by ordinal where both clauses have one.
	// Ordinals are only a partial order, so the result depends on the
	// algorithm: slices.SortStableFunc runs the same insertion sort and
	// merges as sort.SliceStable did, so the order is unchanged.
	less := func(a, b *tlEvent) bool {
		if a.key != b.key {
			return a.key < b.key
		}
		return a.ordinal < b.ordinal && a.ordinal > 0 && b.ordinal > 0
	}
	slices.SortStableFunc(order, func(x, y int) int {
		switch {
		case less(&evs[x], &evs[y]):
			return -1
		case less(&evs[y], &evs[x]):
			return 1
		}
		return 0
	})
	// Equal keys tie; "after" within a sentence and ordinals break ties.
	out := make([]Event, 0, len(evs)+len(noms))
	rank := 0
	for n, i := range order {
		e := &evs[i]
		if n > 0 {
			p := &evs[order[n-1]]
			if p.key != e.key || p.ordinal != e.ordinal && p.ordinal > 0 && e.ordinal > 0 || e.after {
				rank++
			}
		}
		// TL5: a named event that came before gets its own earlier rank.
		for _, nom := range noms[e.nomLo:e.nomHi] {
			if nom.rel < 0 {
				nom.Value = e.Value
				nom.Order = rank
				out = append(out, nom.Event)
				rank++
			}
		}
		e.Order = rank
		out = append(out, e.Event)
		for _, nom := range noms[e.nomLo:e.nomHi] {
			if nom.rel > 0 {
				rank++
				nom.Order = rank
				out = append(out, nom.Event)
			}
		}
	}
	return out
}

// tlBufs are the working arrays of findEvents, which nothing it returns
// refers to (the events it returns are copies, and their participants'
// array is its own), kept from one article to the next through tlPool.
type tlBufs struct {
	clauses []tlClause
	evs     []tlEvent
	noms    []tlNominal
	scratch []int
}

// tlPool keeps findEvents' arrays for the next article.
var tlPool weakPool[tlBufs]

// put gives b to the next article through tlPool, its events and
// nominals cleared first: they hold the article's text and participants,
// which the pool must not keep alive. The arrays of an article over
// textDocMaxTokens tokens (ntoks) are left to the collector.
func (b *tlBufs) put(ref *weakRef[tlBufs], ntoks int) {
	if ntoks > textDocMaxTokens {
		tlPool.put(ref, nil)
		return
	}
	clear(b.evs)
	clear(b.noms)
	b.evs, b.noms = b.evs[:0], b.noms[:0]
	tlPool.put(ref, b)
}

// Classes of the words that TL3 and TL5 look for, as bits.
const (
	tlcOrdinalNoun = 1 << iota // TL3: time, meeting ... after an ordinal
	tlcAfter                   // TL3: after, later, then
	tlcSince                   // TL5: after, following, since
	tlcUntil                   // TL5: before, ahead (of), until
)

// tlClassFirst has, for each length of a word of the classes of
// tlWordClass, a bit for the first letter of each (bit 0 for 'a').
var tlClassFirst = func() (m [10]uint32) {
	for _, w := range []string{"day", "time", "term", "then", "round", "visit", "after", "later", "since", "ahead", "until", "before", "meeting", "attempt", "session", "following"} {
		m[len(w)] |= 1 << (w[0] - 'a')
	}
	return m
}()

// tlNextClassWord returns the index of the first of the words [k, end) of td
// that is in a class of tlWordClass, with its classes, or end. Most words
// are passed over by their length and first letter (tlClassFirst) in a
// loop that makes no call.
func tlNextClassWord(td *textDoc, k, end int) (int, uint8) {
	end = min(end, len(td.toks))
	for ; k < end; k++ {
		t := &td.toks[k]
		n := t.End - t.Start
		if t.Kind != tokWord || uint(n-1) >= uint(len(tlClassFirst)-1) {
			continue // no word, or of no length of tlClassFirst
		}
		if c := td.lowText[t.Start] - 'a'; c >= 26 || tlClassFirst[n]&(1<<c) == 0 {
			continue
		}
		if cls := tlWordClass(td.lowText[t.Start:t.End]); cls != 0 {
			return k, cls
		}
	}
	return end, 0
}

// tlWordClass returns the classes of the lower-case word w: a switch on
// its length, then on the few words of that length, so that most words
// are passed over at once.
func tlWordClass(w string) uint8 {
	switch len(w) {
	case 3:
		if w == "day" {
			return tlcOrdinalNoun
		}
	case 4:
		switch w {
		case "time", "term":
			return tlcOrdinalNoun
		case "then":
			return tlcAfter
		}
	case 5:
		switch w {
		case "round", "visit":
			return tlcOrdinalNoun
		case "after":
			return tlcAfter | tlcSince
		case "later":
			return tlcAfter
		case "since":
			return tlcSince
		case "ahead", "until":
			return tlcUntil
		}
	case 6:
		if w == "before" {
			return tlcUntil
		}
	case 7:
		switch w {
		case "meeting", "attempt", "session":
			return tlcOrdinalNoun
		}
	case 9:
		if w == "following" {
			return tlcSince
		}
	}
	return 0
}

// clauses appends the clauses of sentence si, tokens [ss, se) (TL1).
func (td *textDoc) clauses(si, ss, se int, dst []tlClause) []tlClause {
	start := ss
	flush := func(end int) {
		for start < end && td.toks[start].Kind != tokWord {
			start++
		}
		e := end
		for e > start && td.toks[e-1].Kind != tokWord {
			e--
		}
		if e > start && td.hasVerb(start, e) {
			dst = append(dst, tlClause{first: start, last: e, sent: si})
		}
		start = end
	}
	for k := ss; ; k++ {
		if k = td.nextClauseMark(k, se); k >= se {
			break
		}
		t := &td.toks[k]
		if t.Kind == tokPunct {
			p := td.text[t.Start:t.End]
			if p == ";" {
				flush(k)
				start = k + 1
				continue
			}
			if p == "," && k+1 < se && td.toks[k+1].Kind == tokWord {
				switch w := td.lowAt(k + 1); {
				case w == "but" || w == "who" || w == "which" || w == "while" || w == "whereas":
					flush(k + 1)
				case strings.HasSuffix(w, "ing") && w != "quoting" && w != "citing" && td.speechAt(k+1):
					flush(k + 1)
				case w == "and" && k+2 < se && td.subjectAt(k+2):
					flush(k + 1)
				}
			}
			continue
		}
		if t.Kind == tokWord && k > ss && td.lowAt(k) == "which" && td.lowAt(k-1) == "in" && k-1 > start {
			flush(k - 1) // "a show in which he ..."
		}
	}
	flush(se)
	return dst
}

// nextClauseMark returns the index of the first of the tokens [k, se)
// where clauses may cut a clause, a semicolon, a comma or the word
// "which", or se. The loop makes no call.
func (td *textDoc) nextClauseMark(k, se int) int {
	se = min(se, len(td.toks))
	for ; k < se; k++ {
		switch t := &td.toks[k]; t.Kind {
		case tokPunct:
			if t.End-t.Start == 1 && t.Start >= 0 && t.Start < len(td.text) {
				if c := td.text[t.Start]; c == ';' || c == ',' {
					return k
				}
			}
		case tokWord:
			if t.End-t.Start == len("which") && td.lowAt(k) == "which" {
				return k
			}
		}
	}
	return se
}

// speechAt reports whether token k is a speech verb.
func (td *textDoc) speechAt(k int) bool {
	_, ok := lexSpeechVerb(td.lowAt(k))
	return ok
}

// subjectAt reports whether a new subject starts at token k: a pronoun or
// a capitalised word.
func (td *textDoc) subjectAt(k int) bool {
	if td.toks[k].Kind != tokWord {
		return false
	}
	switch td.lowAt(k) {
	case "he", "she", "they", "it", "i", "we", "the":
		return true
	}
	return td.toks[k].is(tokCap)
}

// hasVerb reports whether tokens [s, e) hold a verb form (TL1).
func (td *textDoc) hasVerb(s, e int) bool {
	verbs := tlVerbForms()
	for k := s; k < e; k++ {
		t := &td.toks[k]
		if t.Kind != tokWord || t.is(tokCap) && k > s {
			continue
		}
		w := td.lowAt(k)
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
		// verbs.find(w), with the filter inlined: most words stop there.
		if len(w) > 0 && len(w) <= lexFoldMax {
			if h, ok := verbs.mayHold(w); ok && verbs.probe(w, h, false) >= 0 {
				return true
			}
		}
	}
	return false
}

var (
	tlVerbOnce sync.Once
	tlVerbIdx  lexIndex
)

// tlVerbForms returns the read-only index of the verb forms of TL1 other
// than -ed forms, built once: tlVerbs and the speech-verb forms, so that
// hasVerb looks a word up once.
func tlVerbForms() *lexIndex {
	tlVerbOnce.Do(func() {
		m := map[string]struct{}{}
		for w := range tlVerbs {
			m[w] = struct{}{}
		}
		for w := range lexLoadMaps().verbs {
			m[w] = struct{}{}
		}
		tlVerbIdx, _ = lexIndexOf(m)
	})
	return &tlVerbIdx
}

// appendParticipants appends to dst the IDs of the entities mentioned
// inside span s, each once, in order of first mention (TL4). The mention
// indexes go through scratch, which it returns for reuse.
func (d *edoc) appendParticipants(dst []string, scratch []int, s Span, ids []string) ([]string, []int) {
	scratch = d.appendMentionsIn(scratch[:0], s)
	start := len(dst)
	for _, m := range scratch {
		if id := ids[m]; !slices.Contains(dst[start:], id) {
			dst = append(dst, id)
		}
	}
	return dst, scratch
}

// appendMentionsIn appends to dst the entities mentioned inside span s, in
// text order.
func (d *edoc) appendMentionsIn(dst []int, s Span) []int {
	if !d.sorted {
		slices.SortStableFunc(d.mention, func(a, b emention) int { return a.Start - b.Start })
		d.sorted = true
	}
	lo := sort.Search(len(d.mention), func(i int) bool { return d.mention[i].Start >= s.Start })
	for _, m := range d.mention[lo:] {
		if m.Start >= s.End {
			break
		}
		if m.End <= s.End {
			dst = append(dst, m.ent)
		}
	}
	return dst
}

// tlDated reports whether a TIMEX3 value names a calendar date or part of
// one (2022, 2022-11, 2022-11-10, 2022-W44), not a reference or a duration.
func tlDated(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9'
}

// tlOrdinals are ordinal words.
var tlOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": 99, "final": 99,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}

// tlVerbs are auxiliaries and common irregular verb forms (TL1).
var tlVerbs = set("am", "are", "ate", "became", "become", "began", "begun", "bought", "brought", "built", "came", "can", "could", "did", "does", "drew", "drove", "fell", "felt", "fled", "fought", "found", "gave", "given", "goes", "gone", "got", "had", "has", "have", "heard", "held", "is", "kept", "knew", "known", "led", "left", "lost", "made", "may", "meet", "meets", "met", "might", "must", "paid", "put", "ran", "rose", "said", "sat", "saw", "seen", "sent", "shall", "should", "shot", "sold", "spent", "spoke", "stood", "struck", "taken", "thought", "told", "took", "was", "went", "were", "will", "won", "would", "wrote")

// tlEventNouns are nouns that name events (TL5).
var tlEventNouns = set("accident", "announcement", "arrest", "arrival", "assassination", "attack", "attacks", "ban", "blast", "bombing", "ceasefire", "collapse", "conference", "conviction", "coup", "crash", "death", "debate", "defeat", "departure", "earthquake", "election", "elections", "execution", "explosion", "fire", "flood", "floods", "funeral", "hearing", "inauguration", "interview", "invasion", "killing", "launch", "martyrdom", "meeting", "merger", "murder", "outbreak", "ouster", "poll", "primary", "protest", "protests", "raid", "referendum", "release", "resignation", "riots", "ruling", "sentencing", "shooting", "show", "speech", "storm", "strike", "strikes", "summit", "talks", "trial", "verdict", "victory", "visit", "vote", "war", "wedding", "win")

// tlEventHeads may follow an event noun in a compound: "assassination
// attempt", "election campaign".
var tlEventHeads = set("attempt", "attempts", "bid", "campaign", "day", "night", "plot", "results", "season")
