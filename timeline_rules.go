package news

import (
	"cmp"
	"math"
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

// tlEvent is an event being ordered (TL3). It holds no pointer, so that
// the pooled array of them (tlBufs.evs) need not be cleared: its text is
// that of its span, its value and participants are indexes, and the
// Event is made from them at the end, in the order of TL3.
type tlEvent struct {
	Span
	value          int // its value: times[value].Value, -1 for none; a value is always dated (tlDated)
	partLo, partHi int // its participants: parts[partLo:partHi]
	key            int // sortable time: the rank of YYYY-MM-DD..., or of the publication date, among the article's (see findEvents)
	ordinal        int
	after          bool
	nomLo, nomHi   int // its nominals: noms[nomLo:nomHi]
}

// findEvents builds the timeline of an article. Its scratch (clauses,
// events, nominals, the words tlScan finds, token and entity indexes) is
// one slice each, kept from one article to the next (tlBufs), and the
// participants of every event share one backing array, which the events
// returned keep.
func findEvents(a *Article, td *textDoc, times []Time, attrs []qattr, ed *edoc, ids []string) []Event {
	b, ref := tlPool.get()
	if b == nil {
		b = new(tlBufs)
	}
	clauses := reuseEmpty(b.clauses, len(td.sents)+len(td.sents)/2+1)
	evs, noms := b.evs[:0], b.noms[:0]
	// scratch: tlScan's hits (without word ids only: at most a run of
	// sentences' tokens), then the entities of each event's participants.
	most := 32
	for _, sr := range td.sents {
		most = max(most, sr[1]-sr[0])
	}
	scratch := reuseEmpty(b.scratch, most)
	words := b.words[:0]
	defer func() {
		b.clauses, b.evs, b.noms, b.scratch, b.words = clauses, evs, noms, scratch, words
		b.put(ref, len(td.toks))
	}()
	// One pass over the words of the sentences finds the tokens that
	// TL1, TL3 and TL5 look for (tlScan); the clauses and the events then
	// read them in order, from one list.
	// The words are those of the sentences out of headlines (a headline
	// sums up; it states no event of its own), read a run of sentences
	// at a time (tlScan reads each token alone); or, when the quote finder
	// has listed the tokens in its own pass over them all (td.tlListed),
	// read from its list (tlListedWords): no second pass.
	listed := false
	if wids, vw := td.tlIDs(len(td.toks)); td.tlListed && wids != nil {
		words, listed = td.tlListedWords(wids, vw, words), true
	}
	for si := 0; si < len(td.sents) && !listed; {
		if td.paraOf[si] < 0 {
			si++
			continue
		}
		s, e := td.sents[si][0], td.sents[si][1]
		for si++; si < len(td.sents) && td.paraOf[si] >= 0 && td.sents[si][0] == e; si++ {
			e = td.sents[si][1]
		}
		words, scratch = td.tlScan(s, e, words, scratch)
	}
	wi := 0 // the words of the sentences before are words[:wi]
	for si, sr := range td.sents {
		if td.paraOf[si] < 0 {
			continue
		}
		w0 := wi
		for wi < len(words) && int(words[wi].k) < sr[1] {
			wi++
		}
		clauses = td.clauses(si, sr[0], sr[1], words[w0:wi], clauses)
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
	ed.sortMentions()
	mi := 0    // the mentions that start before the clause are ed.mention[:mi]
	mnext := 0 // those that start before the end of the clause before are ed.mention[:mnext]
	ti := 0
	wi = 0 // the words of the clauses before are words[:wi]
	for _, c := range clauses {
		span := Span{td.toks[c.first].Start, td.toks[c.last-1].End}
		// The event is built in place, at the end of evs, field by field:
		// a composite literal of this large struct was built in a
		// temporary, then copied.
		if len(evs) == cap(evs) {
			evs = slices.Grow(evs, 1)
		}
		evs = evs[:len(evs)+1]
		e := &evs[len(evs)-1]
		e.Span, e.value = span, -1
		e.key, e.ordinal, e.after, e.nomLo, e.nomHi = 0, 0, false, len(noms), len(noms)
		// TL2: a date inside the clause.
		for ti < len(times) && times[ti].End <= span.Start {
			ti++
		}
		for k := ti; k < len(times) && times[k].Start < span.End; k++ {
			t := times[k]
			if (t.Type == Date || t.Type == TimeOfDay) && tlDated(t.Value) {
				e.value = k
				break
			}
		}
		// TL4: participants. Clauses come in text order, so mi moves on,
		// past the mentions that start in the clause before (mnext).
		mi = max(mi, mnext)
		if mi > 0 && ed.mention[mi-1].Start >= span.Start {
			mi = sort.Search(len(ed.mention), func(i int) bool { return ed.mention[i].Start >= span.Start })
		}
		for mi < len(ed.mention) && ed.mention[mi].Start < span.Start {
			mi++
		}
		p0 := len(parts)
		parts, scratch, mnext = ed.appendParticipants(parts, scratch, span, ids, mi)
		e.partLo, e.partHi = p0, len(parts)
		// TL3 and TL5 read the words of the clause that are in a class
		// of tlWordClass, found by tlScan.
		for wi < len(words) && int(words[wi].k) < c.first {
			wi++
		}
		for _, w := range words[wi:] {
			k, cls := int(w.k), w.cls
			if k >= c.last {
				break
			}
			if cls == tlcMark {
				continue // TL1's
			}
			// TL3: ordinals ("the second time") and "after".
			if cls&tlcOrdinalNoun != 0 && k > c.first {
				if n, ok := td.tlOrdinalAt(k - 1); ok {
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
				if td.tlIn(h, tlvEventNoun, tlEventNouns) {
					// "assassination attempt", "election campaign".
					for h+1 < c.last && td.toks[h+1].Kind == tokWord {
						if !td.tlIn(h+1, tlvEventHead, tlEventHeads) {
							break
						}
						h++
					}
					ns := Span{td.toks[start].Start, td.toks[h].End}
					n := Event{Span: ns, Text: a.Text[ns.Start:ns.End]}
					p0 := len(parts)
					parts, scratch, _ = ed.appendParticipants(parts, scratch, ns, ids, mi)
					n.Participants = parts[p0:len(parts):len(parts)]
					noms = append(noms, tlNominal{Event: n, rel: rel})
					e.nomHi = len(noms)
					break
				}
			}
		}
	}
	// TL2: reported content takes the time of its attribution; a
	// participle clause (", saying ...") the time of the clause it hangs on.
	// Events come in text order and attributions by content start, so the
	// attributions that start before an event are attrs[:hi], hi moving
	// on from one event to the next; reach is the last content end of
	// attrs[:hi], past which no content holds an event.
	hi, reach := 0, -1
	// (A value is always dated, never empty: value >= 0 tells one.)
	for i := range evs {
		if evs[i].value >= 0 {
			continue
		}
		if i > 0 && evs[i-1].value >= 0 && clauses[i].sent == clauses[i-1].sent {
			if k := clauses[i].first; td.ingSpeechAt(k) {
				evs[i].value = evs[i-1].value
				continue
			}
		}
		// The attribution whose content holds the clause: one of the last
		// few that start before it.
		if i > 0 && evs[i].Start < evs[i-1].Start {
			// Out of text order (not met): search, and read all from now.
			hi = sort.Search(len(attrs), func(k int) bool { return attrs[k].content.Start > evs[i].Start })
			reach = math.MaxInt
		}
		for hi < len(attrs) && attrs[hi].content.Start <= evs[i].Start {
			reach = max(reach, attrs[hi].content.End)
			hi++
		}
		if reach < evs[i].End {
			continue // no content reaches the end of the clause
		}
		for k := hi - 1; k >= 0 && k >= hi-8; k-- {
			at := &attrs[k]
			if at.content.Start > evs[i].Start || evs[i].End > at.content.End || at.cueSpan.Len() == 0 {
				continue
			}
			cue := at.cueSpan
			j := sort.Search(len(evs), func(j int) bool { return evs[j].End >= cue.End })
			if j < len(evs) && evs[j].value >= 0 && evs[j].Start <= cue.Start {
				evs[i].value = evs[j].value
				break
			}
		}
	}
	// TL3: an event's time is its value, or the publication date. The
	// times, sorted and each kept once in keys, are compared by their
	// ranks there, as numbers.
	var keysBuf [32]string // most articles' times
	keys := append(keysBuf[:0], pub)
	for i := range evs {
		if v := evs[i].value; v >= 0 { // dated
			keys = append(keys, times[v].Value)
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	pubKey, _ := slices.BinarySearch(keys, pub)
	for i := range evs {
		evs[i].key = pubKey
		if v := evs[i].value; v >= 0 { // dated
			evs[i].key, _ = slices.BinarySearch(keys, times[v].Value)
		}
	}
	var orderBuf [128]int // most articles' events: no allocation
	order := orderBuf[:0]
	if len(evs) > len(orderBuf) {
		order = make([]int, 0, len(evs))
	}
	var placesBuf [32]int // most articles' keys
	places := placesBuf[:]
	if len(keys) >= len(places) {
		b.places = slices.Grow(b.places[:0], len(keys)+1)
		places = b.places[:len(keys)+1]
	}
	order = tlOrder(evs, order, places[:len(keys)+1])
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
		// The Event of e: its text from its span, its value from times,
		// its participants from parts (out has room for it).
		v := Event{Span: e.Span, Text: a.Text[e.Start:e.End], Order: rank, Participants: parts[e.partLo:e.partHi:e.partHi]}
		if e.value >= 0 {
			v.Value = times[e.value].Value
		}
		if e.nomLo == e.nomHi { // no named event: the usual case
			out = append(out, v)
			continue
		}
		// TL5: a named event that came before gets its own earlier rank.
		for _, nom := range noms[e.nomLo:e.nomHi] {
			if nom.rel < 0 {
				nom.Value = v.Value
				nom.Order = rank
				out = append(out, nom.Event)
				rank++
			}
		}
		v.Order = rank
		out = append(out, v)
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

// tlOrder appends to order the indexes of evs sorted stably by key (a rank
// below len(places)-1), then by ordinal where both events have one (TL3),
// and returns it; places is its scratch. Ordinals are only a partial order,
// so the result depends on the algorithm: slices.SortStableFunc runs the
// same insertion sort and merges as sort.SliceStable did, so the order is
// unchanged. Where no two ordinals differ, the usual case, the comparison
// is by key alone, which every stable sort does alike: then the events are
// counted into the places of their keys.
func tlOrder(evs []tlEvent, order, places []int) []int {
	if !tlOrdinalsAgree(evs) {
		for i := range evs {
			order = append(order, i)
		}
		// The comparison is that of "less(x, y)" and "less(y, x)" with
		// less true for a smaller key, or for the same key and a smaller
		// ordinal where both have one.
		slices.SortStableFunc(order, func(x, y int) int {
			a, b := &evs[x], &evs[y]
			switch {
			case a.key != b.key:
				return cmp.Compare(a.key, b.key)
			case a.ordinal > 0 && b.ordinal > 0:
				return cmp.Compare(a.ordinal, b.ordinal)
			}
			return 0
		})
		return order
	}
	clear(places)
	for i := range evs {
		places[evs[i].key+1]++
	}
	for r := 1; r < len(places); r++ {
		places[r] += places[r-1] // the first place of key r
	}
	n := len(order)
	order = slices.Grow(order, len(evs))[:n+len(evs)]
	for i := range evs {
		k := evs[i].key
		order[n+places[k]] = i
		places[k]++
	}
	return order
}

// tlOrdinalsAgree reports whether no two events have different ordinals
// (TL3), not counting those without one.
func tlOrdinalsAgree(evs []tlEvent) bool {
	ord := 0
	for i := range evs {
		if o := evs[i].ordinal; o > 0 {
			if ord > 0 && o != ord {
				return false
			}
			ord = o
		}
	}
	return true
}

// tlBufs are the working arrays of findEvents, which nothing it returns
// refers to (the events it returns are copies, and their participants'
// array is its own), kept from one article to the next through tlPool.
type tlBufs struct {
	clauses []tlClause
	evs     []tlEvent
	noms    []tlNominal
	scratch []int    // tlScan's hits, then appendParticipants' entities
	words   []tlWord // see tlScan
	places  []int    // TL3: tlOrder's places, when there are many keys
}

// tlPool keeps findEvents' arrays for the next article.
var tlPool weakPool[tlBufs]

// put gives b to the next article through tlPool, its nominals cleared
// first: they hold the article's text and participants, which the pool
// must not keep alive (its events hold no pointer: nothing to clear). The arrays of an article over
// textDocMaxTokens tokens (ntoks) are left to the collector.
func (b *tlBufs) put(ref *weakRef[tlBufs], ntoks int) {
	if ntoks > textDocMaxTokens {
		tlPool.put(ref, nil)
		return
	}
	clear(b.noms) // evs hold no pointer
	b.evs, b.noms = b.evs[:0], b.noms[:0]
	tlPool.put(ref, b)
}

// Classes of the words that TL1, TL3 and TL5 look for, as bits.
const (
	tlcOrdinalNoun = 1 << iota // TL3: time, meeting ... after an ordinal
	tlcAfter                   // TL3: after, later, then
	tlcSince                   // TL5: after, following, since
	tlcUntil                   // TL5: before, ahead (of), until
	tlcMark                    // TL1: a comma, a semicolon or "which", where clauses may cut a clause
)

// tlWord is a token in a class of tlWordClass, or a comma or a semicolon
// (tlcMark): its index and its classes, in 8 bytes (tlScanIDs makes room
// for one per token). A token index fits in an int32, as the entities'
// marks and the tagger's candidates take it.
type tlWord struct {
	k   int32
	cls uint8
}

// tlClassWords are the words of the classes of tlWordClass.
var tlClassWords = []string{"day", "time", "term", "then", "round", "visit", "after", "later", "since", "ahead", "until", "before", "meeting", "attempt", "session", "following", "which"}

// tlHitLen bounds the lengths of the tokens that tlHits keeps: those of
// the words of tlClassWords and of a comma or a semicolon.
const tlHitLen = 10

// tlHitFirst has, for each length below tlHitLen and each first byte, the
// last letters (bit 0 for 'a') of the words of tlClassWords of that length
// and first letter, and bit 31 for a comma and a semicolon: one look-up
// passes over most tokens. Built once, only read.
var tlHitFirst = func() (t [tlHitLen][256]uint32) {
	for _, w := range tlClassWords {
		t[len(w)][w[0]] |= 1 << (w[len(w)-1] - 'a')
	}
	t[1][','] |= 1 << 31
	t[1][';'] |= 1 << 31
	return t
}()

// tlScan appends to words, in order, the tokens of [s, e) where clauses
// may cut a clause (TL1: tlcMark), a semicolon, a comma or the word
// "which", and the words in another class of tlWordClass (TL3, TL5), with
// their classes. It returns words and hits, its scratch: tlHits keeps
// there the few tokens that may be either, which are then classed.
func (td *textDoc) tlScan(s, e int, words []tlWord, hits []int) ([]tlWord, []int) {
	toks := td.toks[:max(min(e, len(td.toks)), 0)]
	s = max(s, 0)
	if s >= len(toks) {
		return words, hits
	}
	if ids, vw := td.tlIDs(len(toks)); ids != nil {
		return td.tlScanIDs(s, ids, vw, words), hits
	}
	hits = slices.Grow(hits[:0], len(toks)-s)[:len(toks)-s]
	hits = hits[:tlHits(toks[s:], td.lowText, hits)]
	for _, k := range hits {
		k += s
		t := &td.toks[k]
		if t.Kind == tokPunct {
			if c := td.text[t.Start]; c == ';' || c == ',' {
				words = append(words, tlWord{int32(k), tlcMark})
			}
			continue
		}
		if cls := tlWordClass(td.lowAt(k)); cls != 0 {
			words = append(words, tlWord{int32(k), cls})
		}
	}
	return words, hits
}

// tlListedWords appends to words what tlScan finds in the sentences out of
// headlines, read from the quote finder's list of the tokens that may be
// in a class (td.tlToks, in text order: see qdoc.classify) instead of
// every token: a word with an id (W1), of its classes (tlvClasses), and a
// token without one, a comma or a semicolon (tlcMark). ids and vw are
// the word ids and the entries they index (tlIDs).
func (td *textDoc) tlListedWords(ids []int32, vw []vocabWord, words []tlWord) []tlWord {
	for _, k := range td.tlToks {
		if uint(k) >= uint(len(ids)) || uint(k) >= uint(len(td.sentOf)) {
			continue
		}
		if si := td.sentOf[k]; uint(si) >= uint(len(td.paraOf)) || td.paraOf[si] < 0 {
			continue // a headline's
		}
		cls := uint8(tlcMark)
		if x := uint(uint32(ids[k]) - 1); x < uint(len(vw)) {
			cls = uint8(vw[x].tl & tlvClasses)
		}
		if cls != 0 {
			words = append(words, tlWord{k, cls})
		}
	}
	return words
}

// tlScanIDs is tlScan of the tokens from s to len(ids), ids being their
// word ids (W1) and vw the entries they index: a word with an id has its
// classes in its entry (tlvClasses), and of the tokens without one, only a
// comma or a semicolon (tlcMark) may be in a class (no word of
// tlClassWords is longer than vocabMaxLen).
func (td *textDoc) tlScanIDs(s int, ids []int32, vw []vocabWord, words []tlWord) []tlWord {
	toks := td.toks[:len(ids)]
	// The words are written in place, into room for them all: the loop
	// makes no call.
	n := len(words)
	words = slices.Grow(words, len(ids)-s)
	out := words[n : n+len(ids)-s]
	j := 0
	for k := s; k < len(ids); k++ {
		// x is the index of the entry: for id 0, it is past the end of
		// vw, so that one test finds the tokens with an entry.
		if x := uint(uint32(ids[k]) - 1); x < uint(len(vw)) {
			if cls := uint8(vw[x].tl & tlvClasses); cls != 0 && j < len(out) {
				out[j] = tlWord{int32(k), cls}
				j++
			}
			continue
		}
		t := &toks[k]
		if t.Kind == tokPunct && t.End-t.Start == 1 && j < len(out) {
			if c := td.text[t.Start]; c == ';' || c == ',' {
				out[j] = tlWord{int32(k), tlcMark}
				j++
			}
		}
	}
	return words[:n+j]
}

// tlHits writes to hits (at least len(toks) long) the indexes of the
// tokens that may be a comma or a semicolon or a word of tlClassWords, by their
// length and first and last bytes (tlHitFirst), and returns their number.
// low is the lower-case text (textDoc.lowText). The loop makes no call.
func tlHits(toks []token, low string, hits []int) int {
	n := 0
	for i := range toks {
		t := &toks[i]
		w := uint(t.End - t.Start)
		if w >= tlHitLen || uint(t.Start) >= uint(len(low)) {
			continue
		}
		m := tlHitFirst[w][low[t.Start]]
		if m == 0 {
			continue
		}
		// The last byte: a letter of m, or (bit 31) the first byte again.
		if e := t.End - 1; uint(e) < uint(len(low)) {
			if c := low[e] - 'a'; c < 26 && m&(1<<c) != 0 || c >= 26 && m >= 1<<31 {
				hits[n] = i
				n++
			}
		}
	}
	return n
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
		case "which":
			return tlcMark
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

// clauses appends the clauses of sentence si, tokens [ss, se) (TL1);
// words are the words of the sentence found by tlScan, in order: those of
// tlcMark are where a clause may be cut.
func (td *textDoc) clauses(si, ss, se int, words []tlWord, dst []tlClause) []tlClause {
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
	for _, w := range words {
		if w.cls != tlcMark {
			continue
		}
		k := int(w.k)
		t := &td.toks[k]
		if t.Kind == tokPunct {
			p := td.text[t.Start:t.End]
			if p == ";" {
				flush(k)
				start = k + 1
				continue
			}
			if p == "," && k+1 < se && td.toks[k+1].Kind == tokWord {
				if e := td.tlEntry(k + 1); e != nil {
					// The cases below, read from its entry (W2).
					if e.tl&(tlvCut|tlvIngCut) != 0 || e.tl&tlvAnd != 0 && k+2 < se && td.subjectAt(k+2) {
						flush(k + 1)
					}
					continue
				}
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

// speechAt reports whether token k is a speech verb: its entry says so
// (tlvSpeech) when it has an id (W1).
func (td *textDoc) speechAt(k int) bool {
	if e := td.tlEntry(k); e != nil {
		return e.tl&tlvSpeech != 0
	}
	_, ok := lexSpeechVerb(td.lowAt(k))
	return ok
}

// ingSpeechAt reports whether token k is a speech verb in -ing (TL2's
// participle clause: ", saying ..."): its entry says so (tlvIngSpeech)
// when it has an id (W1).
func (td *textDoc) ingSpeechAt(k int) bool {
	if e := td.tlEntry(k); e != nil {
		return e.tl&tlvIngSpeech != 0
	}
	return strings.HasSuffix(td.lowAt(k), "ing") && td.speechAt(k)
}

// tlEntry returns the vocabulary entry of token k when it has an id (W1),
// else nil.
func (td *textDoc) tlEntry(k int) *vocabWord {
	if ids, vw := td.tlIDs(len(td.toks)); uint(k) < uint(len(ids)) {
		if x := uint(uint32(ids[k]) - 1); x < uint(len(vw)) { // id 0: past the end
			return &vw[x]
		}
	}
	return nil
}

// tlIn reports whether token k is a word of list, which is the words of
// the bit of tlv: its entry says so when it has an id (W1).
func (td *textDoc) tlIn(k int, bit uint16, list map[string]struct{}) bool {
	if e := td.tlEntry(k); e != nil {
		return e.tl&bit != 0
	}
	_, ok := list[td.lowAt(k)]
	return ok
}

// tlOrdinalAt returns the value of token k in tlOrdinals, and whether it
// is one: its entry has it (tlOrd) when it has an id (W1).
func (td *textDoc) tlOrdinalAt(k int) (int, bool) {
	if e := td.tlEntry(k); e != nil {
		return int(e.tlOrd), e.tlOrd != 0
	}
	n, ok := tlOrdinals[td.lowAt(k)]
	return n, ok
}

// subjectAt reports whether a new subject starts at token k: a pronoun or
// a capitalised word. A word with an id (W1) is a pronoun when its entry
// says so (tlvSubject).
func (td *textDoc) subjectAt(k int) bool {
	if td.toks[k].Kind != tokWord {
		return false
	}
	if e := td.tlEntry(k); e != nil {
		return e.tl&tlvSubject != 0 || td.toks[k].is(tokCap)
	}
	switch td.lowAt(k) {
	case "he", "she", "they", "it", "i", "we", "the":
		return true
	}
	return td.toks[k].is(tokCap)
}

// hasVerb reports whether tokens [s, e) hold a verb form (TL1). A word
// with an id (W1) is a verb form when its entry says so (tlvVerb); the
// others are looked up.
func (td *textDoc) hasVerb(s, e int) bool {
	ids, vw := td.tlIDs(e)
	if ids == nil {
		return td.hasVerbSlow(s, e)
	}
	toks := td.toks[:len(ids)]
	for k := s; k < len(ids); k++ {
		// A token with an id is a word (W1); its flags are read only
		// when it is a verb form. x is the index of its entry, past the
		// end of vw for id 0 (see tlScanIDs).
		if x := uint(uint32(ids[k]) - 1); x < uint(len(vw)) {
			if vw[x].tl&tlvVerb != 0 && (k == s || !toks[k].is(tokCap)) {
				return true
			}
		} else if t := &toks[k]; t.Kind == tokWord && (k == s || !t.is(tokCap)) && tlVerbWord(td.lowText[t.Start:t.End]) {
			return true
		}
	}
	return false
}

// tlVerbWord reports whether the lower-case word w is a verb form of TL1,
// as hasVerbSlow finds it: a past form in -ed, or a form of tlVerbForms.
func tlVerbWord(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || len(w) > 0 && len(w) <= lexFoldMax && tlVerbForms().find(w) >= 0
}

// hasVerbSlow is hasVerb of a text document without word ids: it looks
// each word up.
func (td *textDoc) hasVerbSlow(s, e int) bool {
	verbs := tlVerbForms()
	low, toks := td.lowText, td.toks[:e]
	for k := s; k < len(toks); k++ {
		t := &toks[k]
		if t.Kind != tokWord || t.is(tokCap) && k > s {
			continue
		}
		w := low[t.Start:t.End] // lowAt(k)
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

// tlIDs returns the word ids (W1) of the tokens before e, and the entries
// they index; the ids are nil when td has none.
func (td *textDoc) tlIDs(e int) ([]int32, []vocabWord) {
	if len(td.ids) != len(td.toks) || td.vocab == nil || e > len(td.ids) {
		return nil, nil
	}
	return td.ids[:e], td.vocab.words
}

// Bits of vocabWord.tl, what the events finder reads of a word (W2): its
// classes of tlWordClass (the low five bits), and those below.
const (
	tlvClasses   = 1<<5 - 1 // tlcOrdinalNoun ... tlcMark
	tlvVerb      = 1 << 5   // TL1: a verb form, as hasVerb reads it
	tlvSpeech    = 1 << 6   // a speech verb, as speechAt reads it
	tlvIngSpeech = 1 << 7   // a speech verb in -ing (ingSpeechAt)
	tlvEventNoun = 1 << 8   // TL5: a word of tlEventNouns
	tlvEventHead = 1 << 9   // TL5: a word of tlEventHeads
	tlvCut       = 1 << 10  // TL1: a word that cuts a clause after a comma: "but", "who" ...
	tlvIngCut    = 1 << 11  // TL1: a speech verb in -ing that does so, but "quoting" and "citing"
	tlvAnd       = 1 << 12  // TL1: "and", which does so before a new subject
	tlvSubject   = 1 << 13  // TL1: a pronoun that starts a new subject (subjectAt)
)

// tlVocabFill sets e.tl and e.tlOrd for the word w, low being w with its
// ASCII letters in lower case (vocabFill; W2): what tlWordClass, hasVerb,
// speechAt, the word lists and clauses' comparisons find of low.
func tlVocabFill(e *vocabWord, w, low string) {
	tl := uint16(tlWordClass(low))
	if tlVerbWord(low) {
		tl |= tlvVerb
	}
	_, speech := lexSpeechVerb(low)
	ing := strings.HasSuffix(low, "ing")
	if speech {
		tl |= tlvSpeech
	}
	if ing && speech {
		tl |= tlvIngSpeech
	}
	if _, ok := tlEventNouns[low]; ok {
		tl |= tlvEventNoun
	}
	if _, ok := tlEventHeads[low]; ok {
		tl |= tlvEventHead
	}
	switch low {
	case "but", "who", "which", "while", "whereas":
		tl |= tlvCut
	}
	if ing && low != "quoting" && low != "citing" && speech {
		tl |= tlvIngCut
	}
	if low == "and" {
		tl |= tlvAnd
	}
	switch low {
	case "he", "she", "they", "it", "i", "we", "the":
		tl |= tlvSubject
	}
	e.tl = tl
	n := tlOrdinals[low]
	e.tlOrd = uint8(n)
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
// inside span s, each once, in order of first mention (TL4). The mentions
// are sorted (sortMentions), and those before lo start before s. The
// entities already taken go through scratch, which it returns for reuse:
// each entity has an ID of its own, so comparing entities compares IDs.
// It also returns the index of the first mention from lo on that starts
// at or after the end of s (len(d.mention) if none).
func (d *edoc) appendParticipants(dst []string, scratch []int, s Span, ids []string, lo int) ([]string, []int, int) {
	scratch = scratch[:0]
	i := max(lo, 0)
	for ; i < len(d.mention); i++ {
		m := &d.mention[i]
		if m.Start >= s.End {
			break
		}
		if m.Start >= s.Start && m.End <= s.End && !slices.Contains(scratch, m.ent) {
			scratch = append(scratch, m.ent)
			dst = append(dst, ids[m.ent])
		}
	}
	return dst, scratch, i
}

// sortMentions sorts the mentions of d by start, stably, if they are not.
func (d *edoc) sortMentions() {
	if !d.sorted {
		slices.SortStableFunc(d.mention, func(a, b emention) int { return a.Start - b.Start })
		d.sorted = true
	}
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
