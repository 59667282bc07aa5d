package news

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The quote rules. Each attribution the package reports names the rule that
// found it (Quote.Rule):
//
//	Q1  a quotation with its attribution beside it: `"...," he said.`,
//	    `"...," said Mr Smith.`, `He said: "..."`.
//	Q2  split quotes: `"First," she said, "second."` gives both parts the
//	    same speaker.
//	Q3  multi-paragraph quotes: a paragraph that opens a quotation and does
//	    not close it continues into the next paragraph that opens with a
//	    quotation mark; the quote spans them.
//	Q4  floating quotes: a quotation that opens a paragraph and has no
//	    attribution is the previous quote's speaker's, if that quote is in
//	    the same or the previous paragraph; likewise a later quotation in a
//	    paragraph whose earlier quotation was attributed.
//	Q5  reported speech: `X said (that) CONTENT`, `X told Y (that) CONTENT`,
//	    `X claimed meeting ...`; the content runs to the end of the clause.
//	Q6  trailing attribution: `CONTENT, X said.`, `CONTENT, said X.`
//	Q7  participles: `..., saying CONTENT`, `..., adding that CONTENT` take
//	    the speaker of the clause they hang on.
//	Q8  nested attribution: `A while quoting B said ...`, `A, quoting B,
//	    said ...` and `A quoted B as saying ...` give speaker B via A.
//	Q9  `according to X, CONTENT` and `CONTENT, according to X`.
//	Q10 scare quotes: a short quotation (under four words) with no cue is
//	    not speech; inside reported speech it makes the quote mixed.
//	Q11 unmarked direct speech: reported content in the first person (I,
//	    we, my ...) without quotation marks is direct.
//	Q12 coordination: `X assured that ... and urged ...` gives the second
//	    cue the first cue's speaker.
//	Q13 `Name: CONTENT` at the start of a sentence (interviews, headlines).
//	Q14 passive cues: `X was reported by Y`, `warned by Y that ...` give
//	    speaker Y; without "by" the speaker is unsaid (nil).
//	Q15 stances: `X is critical of Y`, `X was concerned that ...`, `X's
//	    support for Y`, `his attacks on Y`, and with the holder unsaid
//	    `allegations of Y` (Speech only for nouns of speech).
//	Q16 topics: a verb and the preposition of its topic, `X talked about
//	    Y`, `X pointed to Y`, `X commented on Y`: Y is the content.
//	Q17 evidentials: `X seemed to ...`, `X appears to ...`, `X is expected
//	    to ...`, `it appears that ...`, `X reportedly ...`: the clause is
//	    an unsourced judgement or hearsay (no speaker, not speech).
//	Q18 polls: `In a new poll, CONTENT` gives the poll as the speaker.
//	Q19 `As X put it, CONTENT` and `CONTENT, as X put it`.
//	Q20 long subjects: a subject too long for a short phrase speaks by its
//	    head, `Many speakers at the service — including ... — said`, `A
//	    report released Monday says`, `Voters who came to the city to
//	    protest say` (no finite verb may stand between it and the cue).
//	Q21 an attribution inside a relative clause: `a plan that X hopes will
//	    pass`, `which, his aides believe, would ...`: the clause is the
//	    content.
//	Q22 `As X reported, CONTENT`, `As reported by X, CONTENT`, `CONTENT, as
//	    X believe.`, `A, as X said, B` (the content runs over it).
//	Q23 a quotation after a colon is the speech of its sentence's subject:
//	    `She turned to the crowd: “...”`.
//
// Verbs with an object report it as a stance, not speech ("criticised the
// plan", "accused him of ...", "called him a liar", "sees X as Y"); a
// relative pronoun speaks for its antecedent ("X, who said ...", "a group
// that supports ..."); a share of those polled can speak ("47 percent
// said").
//
// A quote's kind: direct when its content is one quotation (or Q11), mixed
// when reported content holds a quotation, indirect otherwise.

// qregion is a quotation: the text between a pair of quotation marks.
type qregion struct {
	open, close int // token indexes of the marks; close is -1 when unclosed
	first, last int // token indexes of the content, [first, last)
	double      bool
	used        bool
}

// qattr is an attribution found by the rules, in token indexes.
type qattr struct {
	cue          [2]int // token range of the cue
	speaker      [2]int // token range of the speaker mention, {-1,-1} if none
	via          [2]int
	content      Span
	kind         QuoteKind
	rule         string
	region       int // the quotation that is the content, -1 if none
	sent         int
	contentFirst int // first content token

	speech bool // the cue is a verb of communication with reported content

	// ref is what a relative-pronoun speaker ("who said") stands for: its
	// antecedent, whose entity the speaker is; {-1,-1} otherwise.
	ref     [2]int
	refSpan Span

	// relative: the cue is in a relative clause set off by commas ("X,
	// who said ..., was"): the content ends where the clause does.
	relative bool
	// restrictive: the cue is in a relative clause without commas
	// ("voters who backed the plan said ..."): the content ends before
	// the sentence's own verb of speech.
	restrictive bool
	// opener: the cue opens the sentence as a participle ("Asked whether
	// ..., she said"): the content ends at the first comma.
	opener bool

	// Byte spans, set by findQuotes from the token ranges.
	cueSpan, speakerSpan, viaSpan Span
}

// qdoc is the working state of the quote finder for one article.
type qdoc struct {
	*textDoc
	region  []int  // innermost speech quotation holding each token, -1
	twin    []bool // a '' pair: the first ' of it stands for a double mark
	tcase   []int8 // per sentence: 1 title case, -1 not, 0 not yet known
	regions []qregion
	attrs   []qattr
	words   []qWordClass  // per token outside quotations: its classes in qWords
	verbs   []lexVerb     // qWords().verbs, the verbs of the classes (see verbAt)
	lemmas  []qLemmaClass // qWords().lemmas, their lemma classes (see primeLemma)
	colons  []int8        // per sentence: 1 when it has a token ":" (see colon)
	// cands are the tokens with a class of qwRule, in text order, and
	// sentCands[si] the first of them in sentence si (see sentenceCues).
	cands     []int
	sentCands []int
	bufs      qdocBufs // the arrays above but attrs, kept for the next article
	// The lemma that lemmaIs was asked of last, and its classes: a cue's
	// rules ask of the same lemma several times.
	lemma    string
	lemmaCls qLemmaClass
	lemmaOK  bool
	ref      *weakRef[qdocBufs]
	bufsP    *qdocBufs // what getBufs had from qdocPool, for putBufs to reuse
}

// qdocBufs are the working arrays of a qdoc, which nothing found outlives
// (findQuotes returns the attributions only), kept from one article to
// the next through qdocPool.
type qdocBufs struct {
	marks   []bool // twin and pairQuotes' skip, in one array
	region  []int
	regions []qregion
	words   []qWordClass
	tcase   []int8
	order   []int    // leftoverRegions' attributions by start and by end
	keys    []uint64 // and the keys it sorts them by (sortAttrIndexes)
}

// qdocPool keeps a qdoc's arrays for the next article.
var qdocPool weakPool[qdocBufs]

// getBufs takes the arrays of an earlier article, if a collection has not
// taken them.
func (d *qdoc) getBufs() {
	var p *qdocBufs
	p, d.ref = qdocPool.get()
	if p != nil {
		d.bufs = *p
	}
	d.bufsP = p
}

// putBufs gives the arrays to the next article (those of articles over
// textDocMaxTokens tokens are left to the collector). It keeps them in
// the holder getBufs had, when there was one: no allocation, and the
// same weak pointer.
func (d *qdoc) putBufs() {
	var b *qdocBufs
	if len(d.toks) <= textDocMaxTokens {
		b = d.bufsP
		if b == nil {
			b = new(qdocBufs)
		}
		*b = qdocBufs{marks: d.bufs.marks, region: d.region, regions: d.regions, words: d.words, tcase: d.bufs.tcase, order: d.bufs.order, keys: d.bufs.keys}
	}
	qdocPool.put(d.ref, b)
	d.ref, d.bufsP = nil, nil
}

var noRange = [2]int{-1, -1}

// qMaxContent is the longest reported content, in tokens, that a rule
// reads. It keeps the cost of a pathological sentence (thousands of cues
// and no full stop) linear; real news sentences are far shorter.
const qMaxContent = 300

// findQuotes runs the quote rules over an article's tokens.
func findQuotes(td *textDoc) []qattr {
	attrs, _ := findQuotesPooled(td)
	return attrs
}

// qattrPool keeps the attributions' array of one analysis for the next:
// computeAnalysis gives it back (releaseAttrs) once the quotes, entities
// and events have read it. At 208 bytes an attribution, with room for one
// per sentence, it was the largest allocation of an analysis.
var qattrPool weakPool[[]qattr]

// qattrHold is what releaseAttrs needs to give an array back to
// qattrPool: its holder, and the slice header that the pool points to
// (nil when the array is new).
type qattrHold struct {
	ref *weakRef[[]qattr]
	p   *[]qattr
}

// findQuotesPooled is findQuotes with its array from qattrPool, and what
// gives it back.
func findQuotesPooled(td *textDoc) ([]qattr, qattrHold) {
	p, ref := qattrPool.get()
	var attrs []qattr
	if p != nil {
		attrs = (*p)[:0]
	}
	// News has fewer attributions than sentences: room for most
	// articles in one allocation.
	if cap(attrs) < len(td.sents)+4 {
		attrs = make([]qattr, 0, len(td.sents)+4)
	}
	d := &qdoc{textDoc: td, attrs: attrs}
	d.getBufs()
	defer d.putBufs()
	qmarks := d.classify()
	d.pairQuotes(qmarks)
	d.listCands()
	for si := range d.sents {
		d.sentenceCues(si)
	}
	d.dropInsideSpeech()
	d.leftoverRegions()
	qSortAttrs(d.attrs)
	for i := range d.attrs {
		at := &d.attrs[i]
		at.cueSpan = d.rangeSpan(at.cue)
		at.speakerSpan = d.rangeSpan(at.speaker)
		at.viaSpan = d.rangeSpan(at.via)
		at.refSpan = d.rangeSpan(at.ref)
	}
	return d.attrs, qattrHold{ref, p}
}

// releaseAttrs gives the array of attrs, from findQuotesPooled with h, to
// the next analysis. attrs must not be used after.
func releaseAttrs(h qattrHold, attrs []qattr) {
	const maxKept = 1 << 12 // larger arrays are left to the collector
	p := h.p
	if cap(attrs) > maxKept {
		p = nil
	} else if p == nil {
		p = new([]qattr)
	}
	if p != nil {
		*p = attrs[:0]
	}
	qattrPool.put(h.ref, p)
}

// ---------------------------------------------------------------------------
// Quotation marks

// markRole says whether the quotation mark at token i opens (1), closes (2)
// or may do either (3), and whether it is a double mark.
func (d *qdoc) markRole(i int) (role int, double bool) {
	t := d.toks[i]
	r, _ := utf8.DecodeRuneInString(d.text[t.Start:t.End])
	spaceBefore := i == 0 || d.toks[i-1].End < t.Start || d.sentAt(i-1) != d.sentAt(i) || d.toks[i-1].Kind == tokDash || d.isPunct(i-1, "(")
	n := i + 1
	if d.twin[i] {
		n, r = i+2, '"'
		t.End = d.toks[i+1].End
	}
	spaceAfter := n >= len(d.toks) || d.toks[n].Start > t.End || d.sentAt(n) != d.sentAt(i)
	switch r {
	case '“', '„', '«':
		return 1, true
	case '”', '»':
		return 2, true
	case '‘', '‹', '‚':
		return 1, false
	case '’', '›':
		if spaceBefore && !spaceAfter {
			return 1, false // a ’ used as an opening mark
		}
		return 2, false
	}
	double = r == '"'
	switch {
	case spaceBefore && !spaceAfter:
		return 1, double
	case !spaceBefore && spaceAfter:
		return 2, double
	case !spaceBefore && !spaceAfter:
		if n < len(d.toks) && d.toks[n].Kind == tokPunct {
			return 2, double // `word",`
		}
		return 3, double
	}
	return 3, double
}

// pairQuotes pairs quotation marks into regions (Q3, Q10). It visits the
// quotation marks only, and finds where a paragraph ends from the
// sentences (paraBreak), not token by token.
func (d *qdoc) pairQuotes(qmarks []int) {
	// '' stands for a double mark in some papers' copy.
	n := len(d.toks)
	d.bufs.marks = reuseZero(d.bufs.marks, 2*n) // twin and skip in one array
	d.twin = d.bufs.marks[:n:n]
	skip := d.bufs.marks[n:]
	// Until the regions are known, region holds the token indexes of the
	// quotation marks, qmarks (see classify).
	nq := 0 // quotation marks: no more regions than that
	for _, i := range qmarks {
		if i+1 >= n {
			continue
		}
		nq++
		if d.toks[i+1].Kind == tokQuote && d.toks[i].End == d.toks[i+1].Start &&
			d.tokText(i) == "'" && d.tokText(i+1) == "'" && !skip[i] {
			d.twin[i], skip[i+1] = true, true
		}
	}
	d.regions = reuseEmpty(d.bufs.regions, nq+1)
	para := func(i int) int { return d.paraOf[d.sentAt(i)] }
	// paraBreak returns the first token after token i in another
	// paragraph than i's, or n. Asked for tokens in text order, it keeps
	// its last answer while it holds, so that its scans over the
	// sentences never overlap.
	cs, cp, cb := -1, 0, 0 // the sentence and paragraph asked last, and the answer's sentence
	paraBreak := func(i int) int {
		s, p := d.sentAt(i), para(i)
		if cs < 0 || s < cs || p != cp || s >= cb {
			cs, cp, cb = s, p, s+1
			for cb < len(d.sents) && (d.sents[cb][0] == d.sents[cb][1] || d.paraOf[cb] == p) {
				cb++
			}
		}
		cs = s
		if cb < len(d.sents) {
			return d.sents[cb][0]
		}
		return n
	}
	// Double marks first, across paragraphs (Q3).
	open := -1
	closeAt := func(end, closeTok int) {
		r := qregion{open: open, close: closeTok, first: open + 1, last: end, double: true}
		if d.twin[open] {
			r.first++
		}
		if r.last > r.first {
			d.regions = append(d.regions, r)
		}
		open = -1
	}
	brk := n // while a quotation is open: the first token of the next paragraph
	for m := 0; m <= len(qmarks); m++ {
		i := n // past the last mark: only the paragraph breaks remain
		if m < len(qmarks) {
			i = qmarks[m]
		}
		for open >= 0 && brk < n && brk <= i {
			// A new paragraph while a quotation is open: it goes on only
			// if this paragraph opens with a quotation mark (Q3); the mark
			// is skipped. A quotation of the title (paragraph -1) ends
			// with it: the body is another text.
			if b := brk; para(open) >= 0 && d.isParaStart(b) && d.toks[b].Kind == tokQuote && !skip[b] && d.isDoubleOpen(b) {
				skip[b] = true
				if d.twin[b] {
					skip[b+1] = true
				}
				brk = paraBreak(b)
				continue
			}
			closeAt(brk, -1)
		}
		if i >= n {
			break
		}
		if skip[i] {
			continue
		}
		role, double := d.markRole(i)
		if !double {
			continue
		}
		switch {
		case open < 0 && role != 2:
			open, brk = i, paraBreak(i)
		case open >= 0 && role != 1:
			closeAt(i, i)
		case open >= 0 && role == 1:
			closeAt(i, -1) // an unclosed quotation before a new one
			open, brk = i, paraBreak(i)
		}
	}
	if open >= 0 {
		closeAt(n, -1)
	}
	// Single marks outside double quotations, within a sentence or
	// paragraph. A double region covers the tokens from its opening mark
	// to its closing one (and the second ' of a '' pair), or to its last
	// token when unclosed; they come in text order.
	nd := len(d.regions)
	p := 0
	inDouble := func(i int) bool {
		for ; p < nd; p++ {
			r := &d.regions[p]
			hi := min(r.last, n) - 1
			if r.close >= 0 {
				hi = r.close
				if d.twin[r.close] {
					hi++
				}
			}
			if i <= hi {
				return r.open <= i
			}
		}
		return false
	}
	open, cs = -1, -1
	for _, i := range qmarks {
		if open >= 0 && (brk <= i || i-open > 120) {
			open = -1
		}
		if skip[i] || inDouble(i) {
			continue
		}
		role, double := d.markRole(i)
		if double {
			continue
		}
		switch {
		case open < 0 && role == 1:
			open, brk = i, paraBreak(i)
		case open >= 0 && role != 1:
			if i > open+1 {
				d.regions = append(d.regions, qregion{open: open, close: i, first: open + 1, last: i})
			}
			open = -1
		case open >= 0 && role == 1:
			open, brk = i, paraBreak(i)
		}
	}
	// The double regions, then the single ones, each in text order (no
	// two open at one mark): most often already sorted.
	for k := 1; k < len(d.regions); k++ {
		if d.regions[k].open < d.regions[k-1].open {
			slices.SortFunc(d.regions, func(a, b qregion) int { return a.open - b.open })
			break
		}
	}
	// region = -1 everywhere, copied in doubling runs.
	if n > 0 {
		d.region[0] = -1
		for k := 1; k < n; k *= 2 {
			copy(d.region[k:], d.region[:k])
		}
	}
	// A token in a double quotation is its; one in a single quotation
	// only is the single one's. The double quotations do not overlap (they
	// are paired in text order), so that a token of one needs no test.
	region, regions := d.region, d.regions
	for ri, r := range regions {
		k, end := r.open, min(d.regionEnd(r), len(region))
		if r.double {
			if k < end {
				span := region[k:end] // no bounds test a token
				for i := range span {
					span[i] = ri
				}
			}
			continue
		}
		for ; k < end; k++ {
			if region[k] < 0 || !regions[region[k]].double {
				region[k] = ri
			}
		}
	}
}

// regionEnd returns the token after region r's closing mark (and the
// second mark of a twin pair), or its last token's when unclosed: the
// tokens [r.open, regionEnd(r)) are those that region holds.
func (d *qdoc) regionEnd(r qregion) int {
	if r.close < 0 {
		return r.last
	}
	if d.twin[r.close] {
		return r.close + 2
	}
	return r.close + 1
}

func (d *qdoc) isDoubleOpen(i int) bool {
	role, double := d.markRole(i)
	return double && role != 2
}

// isParaStart reports whether token i is the first of its paragraph.
func (d *qdoc) isParaStart(i int) bool {
	return i == 0 || d.paraOf[d.sentAt(i-1)] != d.paraOf[d.sentAt(i)]
}

// paraEndTok returns the index after the last token of token i's paragraph.
func (d *qdoc) paraEndTok(i int) int {
	p := d.paraOf[d.sentAt(i)]
	j := i
	for j < len(d.toks) && d.paraOf[d.sentAt(j)] == p {
		j++
	}
	return j
}

// titleCase reports whether sentence si is a headline in title case: most
// of its words capitalised ("Bush Says We Should Pay Attention").
func (d *qdoc) titleCase(si int) bool {
	if d.tcase == nil {
		d.tcase = make([]int8, len(d.sents))
	}
	if d.tcase[si] == 0 {
		words, caps := 0, 0
		for k := d.sents[si][0]; k < d.sents[si][1]; k++ {
			if d.toks[k].Kind == tokWord && !d.toks[k].is(tokHasDigit) {
				words++
				if d.toks[k].is(tokCap) {
					caps++
				}
			}
		}
		d.tcase[si] = -1
		if words >= 3 && caps*10 >= words*6 {
			d.tcase[si] = 1
		}
	}
	return d.tcase[si] == 1
}

// isName reports whether tokens [s, e) are one to four capitalised words.
func (d *qdoc) isName(s, e int) bool {
	if e <= s || e-s > 4 {
		return false
	}
	for k := s; k < e; k++ {
		if !d.isWord(k) || !d.toks[k].is(tokCap) || lexCommonWord(d.tokText(k)) && !d.toks[k].is(tokAllCaps) {
			return false
		}
	}
	return true
}

// opensAt reports whether a quotation opens at token i.
func (d *qdoc) opensAt(i int) bool {
	ri, ok := d.isOpen(i)
	return ok && !d.regions[ri].used
}

// regionSpan returns the content span of a region, trimmed of space.
func (d *qdoc) regionSpan(r qregion) Span {
	if r.last <= r.first {
		return Span{d.toks[r.open].End, d.toks[r.open].End}
	}
	return d.trimSpan(Span{d.toks[r.first].Start, d.toks[r.last-1].End})
}

// regionWords counts the words of a region.
func (d *qdoc) regionWords(r qregion) int {
	n := 0
	for k := r.first; k < r.last; k++ {
		if d.toks[k].Kind == tokWord {
			n++
		}
	}
	return n
}

// ---------------------------------------------------------------------------
// Token predicates

func (d *qdoc) tokText(i int) string { return d.text[d.toks[i].Start:d.toks[i].End] }

func (d *qdoc) isPunct(i int, p string) bool {
	return uint(i) < uint(len(d.toks)) && d.toks[i].Kind == tokPunct && d.tokText(i) == p
}

func (d *qdoc) isWord(i int) bool {
	return uint(i) < uint(len(d.toks)) && d.toks[i].Kind == tokWord
}

func (d *qdoc) lw(i int) string {
	if uint(i) >= uint(len(d.toks)) {
		return ""
	}
	return d.lowAt(i)
}

// isClose reports whether token i is the closing mark of a region, and which.
func (d *qdoc) isClose(i int) (int, bool) {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != tokQuote {
		return -1, false
	}
	ri := d.region[i]
	if ri >= 0 && d.regions[ri].close == i {
		return ri, true
	}
	return -1, false
}

// isOpen reports whether token i is the opening mark of a region, and which.
func (d *qdoc) isOpen(i int) (int, bool) {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != tokQuote {
		return -1, false
	}
	// Most often the region that holds the mark is the one it opens (a
	// single quotation inside a double one is not); else, regions are
	// sorted by their opening mark.
	if ri := d.region[i]; ri >= 0 && d.regions[ri].open == i {
		return ri, true
	}
	ri := sort.Search(len(d.regions), func(k int) bool { return d.regions[k].open >= i })
	if ri < len(d.regions) && d.regions[ri].open == i {
		return ri, true
	}
	return -1, false
}

// prepCue applies Q16 at token i: a verb of communication or thought and
// the preposition that introduces its topic ("talked about the economy",
// "pointed to the polls", "commented on the ruling"). The verb returned has
// the preposition as its particle; the topic is its content.
func (d *qdoc) prepCue(i int) (lexVerb, bool) {
	if !d.is(i, qwVerb) || !d.is(i+1, qwPrep) {
		// Most words (the tests below, made first): the prepositions
		// below are all of qPrepositions.
		return lexVerb{}, false
	}
	if !d.isWord(i) || !d.isWord(i+1) || d.region[i] >= 0 || d.toks[i].is(tokCap) && i > d.sents[d.sentAt(i)][0] {
		return lexVerb{}, false
	}
	p := d.lowAt(i + 1)
	switch p {
	case "about", "against", "at", "for", "of", "on", "to", "with":
	default:
		return lexVerb{}, false // most words: no lookup
	}
	if d.words[i]&qwVerb == 0 {
		return lexVerb{}, false
	}
	v := d.verbAt(i)
	if !slices.Contains(qPrepCues[v.Lemma], p) {
		return lexVerb{}, false
	}
	// The topic: a noun phrase, not a time ("spoke on Tuesday"), a number
	// ("talked for about 20 minutes") or a stock phrase ("spoke on
	// condition of anonymity").
	k := i + 2
	if !d.isWord(k) && !d.opensAt(k) || d.isWord(k) && d.toks[k].is(tokHasDigit) {
		return lexVerb{}, false
	}
	if d.isWord(k) {
		if tw := d.is(k, qwTimeWord); tw || d.is(k, qwMonth) {
			return lexVerb{}, false
		}
	}
	// A noun, not a verb: "a lot of talk about", "at one point to".
	if w := d.lw(i - 1); w == "of" || w == "one" {
		return lexVerb{}, false
	} else if det := d.is(i-1, qwDet); det {
		return lexVerb{}, false
	}
	// Not a topic: "spoke on (the) condition of anonymity", "spoke on the
	// phone", "did not respond to a request for comment".
	for e := k; e < k+3 && d.isWord(e); e++ {
		if ok := d.is(e, qwNotTopic); ok {
			return lexVerb{}, false
		}
	}
	v.Particle = p
	return v, true
}

// cueAt returns the speech verb at token i, if it is one outside quotations.
func (d *qdoc) cueAt(i int) (v lexVerb, ok bool) {
	// The class first (most tokens, inlined): it is set on words outside
	// quotations only.
	if i >= 0 && i < len(d.words) && d.words[i]&qwCue != 0 {
		v, ok = d.cueAtWord(i)
	}
	return v, ok
}

// cueAtWord is cueAt for a token of class qwCue.
func (d *qdoc) cueAtWord(i int) (lexVerb, bool) {
	if !d.cueWord(i) {
		return lexVerb{}, false
	}
	return d.verbAt(i), true
}

// isCue reports whether cueAt(i) finds a cue, the class tested inline.
func (d *qdoc) isCue(i int) bool {
	return uint(i) < uint(len(d.words)) && d.words[i]&qwCue != 0 && d.cueWord(i)
}

// cueWord reports whether cueAt finds a cue at token i.
func (d *qdoc) cueWord(i int) bool {
	if !d.isWord(i) || d.region[i] >= 0 {
		return false
	}
	// The word itself: a speech verb, or a cognition verb of
	// qCognitionCues, and not one of qNotCues (classified once, qWords).
	if d.words[i]&qwCue == 0 {
		return false
	}
	// A capitalised word inside a sentence is part of a name: "Secretary
	// of State", "the United States", "the Daily Report".
	if t := &d.toks[i]; t.is(tokCap) && !t.is(tokAllCaps) && i > d.sents[d.sentAt(i)][0] && !d.titleCase(d.sentAt(i)) {
		prevName := d.isWord(i-1) && (d.toks[i-1].is(tokCap) || d.lowAt(i-1) == "of" || d.lowAt(i-1) == "the")
		nextName := d.isWord(i+1) && d.toks[i+1].is(tokCap) && d.sentAt(i+1) == d.sentAt(i)
		if prevName || nextName {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------------
// Cues in a sentence

// sentenceCues applies the cue rules to sentence si. Every rule starts at
// a word of qWords (a speech verb, a stance word, or a phrase opener of
// qwPhrase) outside quotations, so other tokens are passed over at once: a
// new rule that starts at another word must add it to qWords.
func (d *qdoc) sentenceCues(si int) {
	first := len(d.attrs)
	// Q13 only where colon's first test holds, made here without a call:
	// most sentences hold no colon.
	if d.colons[si] != 0 || d.is(d.sents[si][1], qwColon) {
		d.colon(si)
	}
	// Only the words of qwRule outside quotations (classify lists them):
	// none of the tests below can hold at another token.
	// The word classes are read once per candidate (no rule changes them).
	words := d.words
	for _, c := range d.cands[d.sentCands[si]:d.sentCands[si+1]] {
		wc := words[c]
		// The phrase, stance and evidential rules first; most candidates
		// (speech verbs) have none of their classes and skip them at once.
		if wc&qPhraseRules != 0 && d.phraseRules(si, c, wc, first) {
			continue
		}
		if wc&qwVerb != 0 && d.is(c+1, qwPrep) { // prepCue's first tests, inline
			if v, ok := d.prepCue(c); ok {
				d.cue(si, c, c+2, v, first) // Q16
				continue
			}
		}
		if wc&(qwCue|qwVerb) == qwVerb && d.lw(c+1) == "that" && d.region[c] < 0 {
			// A verb of qThatCues: "Critics charge that ...".
			v := d.verbAt(c)
			d.primeLemma(c, v)
			if ok := d.lemmaIs(v.Lemma, qlThat); ok {
				d.cue(si, c, c+1, v, first)
			}
			continue
		}
		if wc&qwCue == 0 {
			continue // cueAt's first test, inline
		}
		// cueAtWord(c): of cueWord's tests, a candidate of qwCue can fail
		// only those of a capitalised word.
		if d.toks[c].is(tokCap) && !d.cueWord(c) {
			continue
		}
		v := d.verbAt(c)
		cueEnd := c + 1
		if v.Particle != "" {
			if d.lw(c+1) != v.Particle {
				continue
			}
			cueEnd = c + 2
		}
		d.cue(si, c, cueEnd, v, first)
	}
}

// qPhraseRules are the classes of a candidate that sentenceCues tries
// phraseRules at: one of them is the first test of each of its rules.
const qPhraseRules = qwPhrase | qwStanceAdj | qwStanceNoun | qwSeem | qwAppear | qwRaising | qwJudged | qwEvidWord | qwMake

// phraseRules applies, in this order, the rules of sentenceCues that start
// at a phrase opener (Q9, Q17 to Q19, "made clear", Q8's "quoted"), a
// stance word or an evidential word, to candidate c of classes wc, and
// reports whether one applied (the candidate is done).
func (d *qdoc) phraseRules(si, c int, wc qWordClass, first int) bool {
	w := "" // the words compared with it below are all of qwPhrase
	if wc&qwPhrase != 0 {
		w = d.lowAt(c) // a word: d.lw(c)
	}
	if w == "according" && d.lw(c+1) == "to" && d.region[c] < 0 {
		d.accordingTo(si, c)
		return true
	}
	// Each rule below is tried only at the words it can start at
	// (the class tests are the rule's own first tests, made here).
	if wc&(qwStanceAdj|qwStanceNoun) != 0 && d.region[c] < 0 && d.stance(si, c) {
		return true
	}
	if wc&(qwSeem|qwAppear|qwRaising|qwJudged|qwEvidWord) != 0 && d.region[c] < 0 && d.evidential(si, c) {
		return true
	}
	if w == "in" && d.region[c] < 0 && d.inPoll(si, c) {
		return true
	}
	if w == "put" && d.lw(c+1) == "it" && d.region[c] < 0 && d.asPutIt(si, c) {
		return true
	}
	if wc&qwMake != 0 {
		if e := d.madeClear(c); e > c {
			// "made (it) clear that ...": a statement in other words.
			d.cue(si, c, e, lexVerb{Lemma: "make clear", Class: lexSpeech}, first)
			return true
		}
	}
	if w == "quoted" && d.region[c] < 0 && d.quotedAsSaying(si, c) {
		return true
	}
	return false
}

// cue applies Q1, Q5 to Q8, Q11 and Q12 to the speech verb at token c.
func (d *qdoc) cue(si, c, cueEnd int, v lexVerb, first int) {
	ss, se := d.sents[si][0], d.sents[si][1]
	d.primeLemma(c, v) // the rules below ask of v's lemma
	w := d.lowAt(c)
	ing := d.is(c, qwIng)
	// A noun, not a verb: "the claim", "his remarks"; but "some say",
	// "some said": a quantifier standing for people.
	if det := d.is(c-1, qwDet); det && c-1 >= ss {
		if q := d.is(c-1, qwNPOpener); !q || w == v.Lemma+"s" || ing {
			return
		}
	}
	// Skip adverbs and auxiliaries to the left.
	j := c - 1
	passive := false
	for j >= ss && d.isWord(j) {
		if aux := d.is(j, qwPassiveAux); aux && !ing && w != v.Lemma {
			passive = true
		}
		if skip := d.is(j, qwSkipLeft); skip || d.is(j, qwAdverb|qwNegated) {
			j--
			continue
		}
		// A time between subject and verb: "X on Tuesday rejected",
		// "X Tuesday said", "X last week told".
		if tw := d.is(j, qwTimeWord); tw || d.is(j, qwMonth) {
			j--
			switch d.lw(j) {
			case "on", "last", "this", "early", "late", "in", "next":
				j--
			}
			continue
		}
		// "X this week announced", "X a month later announced".
		if d.is(j, qwDurationUnit) || d.lw(j) == "later" && d.is(j-1, qwDurationUnit) {
			k := j
			if d.lw(k) == "later" {
				k--
			}
			switch d.lw(k - 1) {
			case "this", "last", "next", "a", "one":
				j = k - 2
				continue
			}
		}
		if ing {
			if ok := d.is(j, qwAspect); ok {
				j--
				continue
			}
		}
		break
	}
	if j >= ss && d.lw(j) == "to" {
		// "went on to say", "continued to insist": the subject is further left.
		switch {
		case d.lw(j-1) == "on" && (d.lw(j-2) == "went" || d.lw(j-2) == "goes" || d.lw(j-2) == "go"):
			j -= 3
		case d.lw(j-1) == "continued" || d.lw(j-1) == "continues" || d.lw(j-1) == "continue" || d.lw(j-1) == "proceeded":
			j -= 2
		case j-1 >= ss && d.isWord(j-1) && d.is(cueEnd, qwColon|qwComma) && d.opensAt(cueEnd+1):
			j -= 2 // "interjected to say: “...”"

		default:
			return // "to say", "declined to comment"
		}
		for j >= ss && d.isWord(j) {
			if skip := d.is(j, qwSkipLeft); skip || d.adverb(j) {
				j--
				continue
			}
			break
		}
	}
	if a := c - 1; a >= ss && d.lw(a) == "as" && d.lw(cueEnd) == "by" && (a == ss || d.is(a-1, qwComma)) {
		// Q22 in the passive: "As reported by X, CONTENT".
		if sp := d.rightNP(cueEnd+1, se); sp != noRange && d.asClauseEnds(sp[1], se) {
			at := qattr{cue: [2]int{c, cueEnd}, speaker: sp, via: noRange, ref: noRange, region: -1, sent: si, speech: v.Class == lexSpeech, rule: "Q22"}
			d.asContent(at, a, sp[1])
			return
		}
	}
	// What stands just left: a comma, a closing quotation mark, or both.
	jq, comma, leftRegion := j, false, -1
	for jq >= ss && jq >= j-1 && (d.is(jq, qwComma) || d.toks[jq].Kind == tokQuote) {
		if ri, ok := d.isClose(jq); ok {
			leftRegion = ri
		}
		if d.is(jq, qwComma) {
			comma = true
		}
		jq--
	}
	punct := jq < j
	// Set field by field: a composite literal of this large struct was
	// built in a temporary and copied.
	var at qattr
	at.cue, at.speaker, at.via, at.ref = [2]int{c, cueEnd}, noRange, noRange, noRange
	at.region, at.sent, at.speech = -1, si, v.Class == lexSpeech
	right := cueEnd
	switch {
	case w == "asked" && !passive && (j < ss || d.lw(j) == "when" || d.lw(j) == "after" || d.lw(j) == "once" || d.lw(j) == "if") && d.asksWhat(d.pastPlace(c+1, se)):
		if p := d.pastPlace(c+1, se); p > c+1 {
			right = p
		}
		// Q14: "Asked whether ...", "When asked about ...": the one who
		// asked is unsaid; the question is the content.
		at.rule, at.opener = "Q14", true
		d.addRightContent(&at, v, right, se)
		return
	case ing && (comma || j >= ss && d.toks[j].Kind == tokDash || qParticipleLead(d.lw(j))):
		// Q7: ", saying ...": the speaker of the clause it hangs on.
		at.speaker, at.via = d.clauseSpeaker(si, j, first)
		at.rule = "Q7"
	case punct && leftRegion >= 0:
		// Q1: `"...," said X`.
		sp := d.rightNP(cueEnd, se)
		if sp == noRange {
			return
		}
		next, ok := d.attributionEnds(sp[1], se)
		if !ok {
			return
		}
		at.speaker, at.rule = sp, "Q1"
		d.addRegionQuote(&at, leftRegion)
		d.splitQuote(at, next, se)
		return
	case punct && comma:
		// Q6: "CONTENT, said the minister." (After "told" the phrase is
		// the listener.)
		if inv := d.lemmaIs(v.Lemma, qlInvertible); inv && !v.Listener && d.hasVerb(ss, jq+1) {
			if sp := d.rightNP(cueEnd, se); sp != noRange && !d.holdsVerb(sp) {
				if _, ok := d.attributionEnds(sp[1], se); ok {
					at.speaker, at.rule = sp, "Q6"
					d.addLeftContent(&at, ss, jq+1)
					return
				}
			}
		}
		// "X, an aide to Y, said ...": skip the appositive.
		k := jq
		for k > ss && (!d.is(k, qwComma) || d.region[k] >= 0) && j-k < 30 {
			k--
		}
		if k > ss && d.is(k, qwComma) {
			if q := k + 1; d.lw(q) == "quoting" || d.lw(q) == "citing" {
				// Q8: "A, quoting B, said ...".
				at.speaker, _ = d.leftNP(q+1, jq)
				at.via, _ = d.leftNP(ss, k-1)
				if at.speaker == noRange {
					at.speaker, at.via = at.via, noRange
				}
			} else if d.isName(k+1, jq+1) {
				// "Labour's spokeswoman, Anna Price, said": the name
				// between the commas is the speaker.
				at.speaker = [2]int{k + 1, jq + 1}
			} else {
				at.speaker, at.via = d.leftNP(ss, k-1)
				if at.speaker != noRange && at.via == noRange {
					at.speaker = d.headBeforePrep(ss, k-1, at.speaker)
				}
				// "Ann Reed, president of X, a group that ..., said": two
				// appositives; the name that opens the sentence speaks.
				if sp := at.speaker; sp != noRange && sp[0]-1 > ss && d.is(sp[0]-1, qwComma) && !d.toks[sp[0]].is(tokCap) && d.isName(ss, sp[0]-1) {
					at.speaker = [2]int{ss, sp[0] - 1}
				}
			}
		} else if k == ss && jq >= ss && d.region[jq] < 0 {
			// A stray comma between the subject and its verb: "Sen. Ann
			// Reed (D-R.I.), said ...".
			if sp, via := d.leftNP(ss, jq); sp[0] == ss {
				at.speaker, at.via = sp, via // the subject opens the sentence
			}
		}
		if sp := at.speaker; sp != noRange && at.via == noRange && sp[0]-1 > ss && d.toks[sp[0]].is(tokCap) {
			// "Sen. Ann Reed, facing a challenge in Iowa, a swing state,
			// said": a name inside a phrase of place is no subject; the
			// name that opens the sentence is.
			if prep := d.is(sp[0]-1, qwPrep); prep && d.lw(sp[0]-1) != "of" {
				if f := d.firstComma(ss, min(jq, ss+8)); f > ss && f < sp[0] && d.isName(ss, f) {
					at.speaker = [2]int{ss, f}
				}
			}
		}
		if at.speaker == noRange || d.isNumber(at.speaker) {
			// "Yousef Ghazal, 39, a visitor from Lebanon, told ...": the
			// name that opens the sentence, before its appositives.
			at.speaker = noRange
			if f := d.firstComma(ss, min(jq, ss+8)); f > ss && d.isName(ss, f) {
				at.speaker = [2]int{ss, f}
			}
		}
		if at.speaker == noRange {
			return
		}
		at.rule = "Q5"
	case j >= ss && d.is(j, qwAndBut):
		// Q12: "... and urged ...", "X has ... but has said ...".
		if n := len(d.attrs); n > first && !d.semicolonBetween(d.attrs[n-1].cue[1], j) {
			prev := d.attrs[n-1]
			at.speaker, at.via, at.ref = prev.speaker, prev.via, prev.ref
		} else {
			at.speaker, at.via = d.clauseSpeaker(si, j, first)
		}
		if at.speaker == noRange {
			return
		}
		at.rule = "Q12"
	case j >= ss && d.isWord(j) && d.relativePronoun(ss, j):
		// "X, who said ...", "a group that supports ...": the relative
		// speaks for its antecedent.
		at.speaker = [2]int{j, j + 1}
		at.rule = "Q5"
		at.relative = d.is(j-1, qwComma)
		at.restrictive = !at.relative
	case j >= ss && (d.isWord(j) || d.isPunct(j, ")") && d.parenOpen(ss, j) >= 0 || d.isPunct(j, "%") && d.isWord(j-1) || d.toks[j].Kind == tokDash):
		// "Rick Scott (R) said": a short parenthetical ends the name.
		if d.isWord(j) || d.toks[j].Kind != tokDash {
			at.speaker, at.via = d.leftNP(ss, j)
		}
		if w := d.relativeSubject(ss, j); w > ss && v.Class == lexSpeech {
			// "An official who spoke anonymously to discuss the talks
			// said ...": the speaker is the phrase the relative clause
			// describes.
			if sp, via := d.leftNP(ss, w-1); sp != noRange && (sp[0] == ss || d.is(sp[0]-1, qwComma) || sp[0] == ss+1 && d.is(ss, qwSentAdv)) {
				at.speaker, at.via = sp, via
			}
		}
		if at.speaker == noRange && d.isWord(j) {
			if ok := d.is(j, qwSubjPron); ok {
				at.speaker = [2]int{j, j + 1} // "... a deal's potential he said"
			}
		}
		if at.speaker == noRange {
			at.speaker = d.subjectHead(ss, j)
		} else if at.via == noRange {
			at.speaker = d.headBeforePrep(ss, j, at.speaker)
		}
		if at.speaker == noRange {
			return
		}
		if w == v.Lemma && j == c-1 && at.speaker[1] == c && c-2 >= ss && d.isWord(c-1) && d.singularPhrase([2]int{c - 2, c}) {
			return // "launched a pre-emptive attack against": a noun
		}
		if w == v.Lemma && j == c-1 && d.singularPhrase(at.speaker) {
			return // "The Orlando attack now ranks": a noun, not a verb
		}
		at.rule = "Q5"
	default:
		return
	}
	if at.speaker != noRange && at.speaker[1]-at.speaker[0] == 1 && d.relativePronoun(ss, at.speaker[0]) {
		// The speaker is the "who" the attribution uses; it stands for
		// its antecedent.
		at.ref = d.antecedent(ss, at.speaker[0])
	}
	if passive {
		// "was told that ...": the subject heard it; the speaker is
		// unsaid, or named after "by" (Q14).
		subject := at.speaker
		at.speaker, at.via = noRange, noRange
		if d.lw(right) == "by" {
			if sp := d.rightNP(right+1, se); sp != noRange {
				at.speaker, at.rule = sp, "Q14"
				right = sp[1]
				// "X was first reported by Y.": the subject is the content.
				if _, ok := d.attributionEnds(sp[1], se); ok && !d.hasThatAhead(right, se) && subject != noRange {
					at.content = Span{d.toks[subject[0]].Start, d.toks[subject[1]-1].End}
					at.contentFirst = subject[0]
					d.finishContent(&at, subject[0], subject[1])
					return
				}
			}
		}
		if !d.hasThatAhead(right, se) && !(v.Lemma == "ask" && d.asksWhat(right)) && !(v.Lemma == "ask" && v.Particle == "about") {
			return // "was asked what ...", "was asked about X": the question is the content
		}
		if at.rule == "" || at.rule == "Q5" {
			at.rule = "Q14"
		}
	}
	if at.speaker != noRange && d.isPronounIt(at.speaker) && !(at.speaker[1]-at.speaker[0] == 1 && d.relativePronoun(ss, at.speaker[0])) {
		return // "it was decided", "there is said"
	}
	if at.rule == "Q5" {
		start := at.speaker[0]
		if at.via != noRange && at.via[0] < start {
			start = at.via[0]
		}
		lc := d.lemmaClasses(v.Lemma)
		naming, asReport := lc&qlNaming != 0, lc&qlAsReport != 0
		if a := start - 1; a >= ss && d.lw(a) == "as" && !naming && (asReport || v.Class != lexSpeech) && v.Particle == "" && (a == ss || d.is(a-1, qwComma|qwAndBut) || d.isWord(a-1) && right >= se-1) && d.asClauseEnds(right, se) {
			// Q22: "As X reported, CONTENT", "CONTENT, as X said." and
			// "A, as X said, B".
			at.rule = "Q22"
			d.asContent(at, a, right)
			return
		}
		if r := d.embeddingRelative(ss, start); r >= 0 {
			// Q21: a relative clause that holds the attribution: "a plan
			// that Clinton hopes can help", "which, his advisers
			// believe, would lead to ...", "what it hopes will become".
			k := right
			if d.is(k, qwComma) && d.is(start-1, qwComma) {
				k++
			}
			if d.finiteAt(k) {
				end := d.contentEnd(&at, k, se)
				at.rule = "Q21"
				d.addContent(&at, r, end)
				return
			}
		}
		// Q1: a quotation just before the speaker: `"...," he said`,
		// whatever follows the cue, unless a "that" clause does.
		k := start - 1
		lo := ss
		if start == ss && si > 0 && d.paraOf[si-1] == d.paraOf[si] && d.toks[ss-1].Kind == tokQuote && (d.isPunct(ss-2, "?") || d.isPunct(ss-2, "!")) && d.trailing(v, right, se) {
			// `“...?” Clinton writes to Sullivan.`: the question mark
			// ended the sentence before the attribution.
			lo = ss - 1
		}
		for k >= lo && k >= start-3 && (d.is(k, qwComma) || d.toks[k].Kind == tokDash || d.toks[k].Kind == tokQuote) {
			if ri, ok := d.isClose(k); ok {
				// Not when the cue has content of its own: in `On
				// “Hannity,” X said if ...` the title is no quote; nor a
				// short quotation after other words (`words like
				// “perhaps”, he said`): the clause is the content (Q6).
				r := d.regions[ri]
				fragment := d.regionWords(r) < 4 && r.open > ss+2
				// A "when" after the cue dates the quotation: `"...," X
				// wrote when they were having problems`.
				clause := d.clauseAfter(v, right, se) && !(d.lw(right) == "when" && v.Lemma != "ask" && v.Lemma != "wonder")
				if !d.hasThatAhead(right, se) && !clause && !fragment {
					at.rule = "Q1"
					d.addRegionQuote(&at, ri)
					d.splitQuote(at, right, se)
					return
				}
			}
			k--
		}
		// Q6: the cue ends its clause: the content is on the left.
		if d.trailing(v, right, se) {
			// "teachers and union officials told X": the speakers are
			// coordinated.
			if at.via == noRange && start-2 > ss && (d.lw(start-1) == "and" || d.lw(start-1) == "or") && d.isWord(start-2) && (d.personNoun(start-2) || d.toks[start-2].is(tokCap)) {
				start -= 2
				at.speaker[0] = start
			}
			k := start - 1
			if k >= ss && (d.is(k, qwComma) || d.toks[k].Kind == tokDash) {
				at.rule = "Q6"
				d.addLeftContent(&at, ss, k)
			} else if _, ok := d.isClose(k); ok && k > ss && d.is(k-1, qwComma) {
				// `The summit achieved "too little," he added`: the
				// clause ends with a quoted fragment and its comma.
				at.rule = "Q6"
				d.addLeftContent(&at, ss, k+1)
			}
			return
		}
		// A parenthetical attribution before a phrase that is no clause:
		// "Things have changed, she says, especially in ..." is one
		// content around it; without a verb on the left ("So it makes
		// sense, X said, for ...") the left side only.
		if k := start - 1; k > ss && d.is(k, qwComma) && d.is(right, qwComma) && d.isWord(right+1) {
			prep := d.is(right+1, qwPrep)
			if prep || d.adverb(right+1) {
				// The sentence around the attribution, as PolNeAR marks it,
				// when the words before it are a clause.
				if d.hasVerb(ss, k) {
					d.addAround(at, ss, right+1)
					return
				}
				at.rule = "Q6"
				d.addLeftContent(&at, ss, k)
				return
			}
			// Between a subject and its verb: "His leverage, they
			// believe, isn't going anywhere" is one content around the
			// attribution (as PolNeAR marks it).
			if !d.toks[right+1].is(tokCap) && (d.pastLike(right+1) || d.is(right+1, qwNegated)) && d.hasWords(ss, k, 2) && d.nounPhrase(ss, k-1) {
				d.addAround(at, ss, right+1)
				return
			}
		}
	}
	d.addRightContent(&at, v, right, se)
}

// addAround records Q6's content around a parenthetical attribution: from
// the sentence's start ss over the attribution to the end of the clause
// that goes on at token k.
func (d *qdoc) addAround(at qattr, ss, k int) {
	end := d.contentEnd(&at, k, d.sents[at.sent][1])
	at.rule = "Q6"
	d.addContent(&at, ss, end)
}

// pollRatio reports whether token k is the "in" of a poll's ratio between
// two numbers: "six in 10", "3 in 4".
func (d *qdoc) pollRatio(k int) bool {
	if d.lw(k) != "in" || !d.isWord(k-1) || !d.isWord(k+1) {
		return false
	}
	num := func(i int) bool {
		if d.toks[i].is(tokHasDigit) {
			return true
		}
		ok := d.is(i, qwSmallNumber)
		return ok
	}
	return num(k-1) && num(k+1)
}

// inPoll applies Q18 at the "in" of token c: a finding reported from a
// poll or survey that opens the sentence, `In a new poll, 52 percent said
// ...`; the content follows the comma and the poll is the speaker. (The
// same phrase at the end, "X leads in the latest poll", is left alone: the
// clause it qualifies is too often not the finding.)
func (d *qdoc) inPoll(si, c int) bool {
	ss, se := d.sents[si][0], d.sents[si][1]
	if c != ss {
		return false // the rule below holds at the sentence's start only
	}
	// The poll phrase: "in" then up to 12 tokens holding a poll noun,
	// ending at a comma or the end of the sentence.
	noun, e := -1, c+1
	for ; e < se && e < c+13; e++ {
		if d.is(e, qwComma) || d.is(e, qwPeriod) && e == se-1 {
			break
		}
		if !d.isWord(e) && d.toks[e].Kind != tokPossessive && !d.isPunct(e, "/") && !d.isPunct(e, "-") {
			return false
		}
		if ok := d.is(e, qwPollNoun); ok && noun < 0 {
			noun = e
		}
	}
	if noun < 0 || e >= se && e < c+13 && !d.is(e-1, qwPeriod) && e != se {
		return false
	}
	at := qattr{cue: [2]int{c, c + 1}, speaker: [2]int{c + 1, e}, via: noRange, region: -1, sent: si, rule: "Q18"}
	if c == ss && d.is(e, qwComma) {
		// "In a new poll, CONTENT."
		k := e + 1
		end := d.contentEnd(&at, k, se)
		if !d.hasWords(k, end, 3) {
			return false
		}
		d.addContent(&at, k, end)
		return true
	}
	return false
}

// asPutIt applies Q19 at the "put" of "as X put it": `As one voter put
// it, CONTENT.` (the content follows) and `CONTENT, as X put it.` (the
// content precedes).
func (d *qdoc) asPutIt(si, c int) bool {
	ss, se := d.sents[si][0], d.sents[si][1]
	a := c - 1
	for a > ss && a > c-10 && d.lw(a) != "as" {
		a--
	}
	if d.lw(a) != "as" || a+1 >= c {
		return false
	}
	sp, _ := d.leftNP(a+1, c-1)
	if sp == noRange {
		return false
	}
	at := qattr{cue: [2]int{c, c + 2}, speaker: sp, via: noRange, ref: noRange, region: -1, sent: si, rule: "Q19", speech: true}
	k, end := -1, -1
	switch {
	case a == ss && d.is(c+2, qwComma):
		k, end = c+3, d.contentEnd(&at, c+3, se) // "As X put it, CONTENT"
	case a > ss+1 && d.is(a-1, qwComma):
		k, end = ss, a-1 // "CONTENT, as X put it"
	default:
		return false
	}
	if !d.hasWords(k, end, 3) {
		return false
	}
	if ri, ok := d.isOpen(k); ok && d.regions[ri].close == end-1 {
		d.addRegionQuote(&at, ri)
		return true
	}
	d.addContent(&at, k, end)
	return true
}

// madeClear returns the end of the cue "made clear" or "made it clear" at
// token c when "that" follows it, else c.
func (d *qdoc) madeClear(c int) int {
	switch d.lw(c) {
	case "made", "make", "makes", "making":
	default:
		return c
	}
	if d.region[c] >= 0 {
		return c
	}
	e := c + 1
	if d.lw(e) == "it" {
		e++
	}
	if d.lw(e) != "clear" || d.lw(e+1) != "that" {
		return c
	}
	return e + 1
}

// objectEnd ends a noun phrase [k, end) before a finite verb that follows
// a noun: in "their criticism of the plan grew louder" the phrase is "the
// plan", and "grew" is the sentence's own verb.
func (d *qdoc) objectEnd(k, end int) int {
	for e := k + 1; e < end; e++ {
		if !d.isWord(e) || d.toks[e].is(tokCap) || !d.isWord(e-1) || !d.verbLike(e) {
			continue
		}
		p := d.lowAt(e - 1)
		if det := d.is(e-1, qwDet); det || d.adverb(e-1) || p == "to" {
			continue
		}
		if aux := d.is(e-1, qwAux); aux {
			continue
		}
		if pron := d.is(e-1, qwSubjPron); pron {
			continue
		}
		return e
	}
	return end
}

// relativePronoun reports whether token j is a relative pronoun that can
// be a speaker: "who" after a word or comma, or "that" / "which" right
// after a noun or a comma ("a group that supports", "the firm, which
// said"), not after a verb ("said that ...").
func (d *qdoc) relativePronoun(ss, j int) bool {
	if j <= ss {
		return false
	}
	switch d.lowAt(j) {
	case "who":
		return true
	case "that", "which":
		if d.is(j-1, qwComma) {
			return d.lowAt(j) == "which"
		}
		if !d.isWord(j-1) || d.toks[j-1].is(tokCap) && d.lowAt(j) == "that" {
			return false
		}
		if ok := d.isCue(j - 1); ok || d.verbLike(j-1) || d.adverb(j-1) {
			return false
		}
		if ok := d.is(j-1, qwPrep); ok {
			return false
		}
		if ok := d.is(j-1, qwDet); ok {
			return false
		}
		if ok := d.is(j-1, qwNPStop); ok {
			return false
		}
		aux := d.is(j-1, qwAux)
		return !aux
	}
	return false
}

// asContent records the content of Q22's attribution whose "as" is token a
// and whose clause goes on from token right to a comma or the end: the
// clause after the comma when the "as" opens the sentence, the words before
// it when it ends the sentence, and both with the attribution between them
// when it stands in the middle (as PolNeAR marks such content).
func (d *qdoc) asContent(at qattr, a, right int) {
	si := at.sent
	ss, se := d.sents[si][0], d.sents[si][1]
	e := right
	for e < se && e < right+10 && !d.is(e, qwComma) {
		e++
	}
	if a > ss+1 && d.isWord(a-1) && d.lw(a-1) != "and" && d.lw(a-1) != "but" {
		// "The numbers are not as bad as most insiders believe."
		d.addLeftContent(&at, ss, a)
		return
	}
	if a == ss || !d.is(a-1, qwComma) {
		// The as-clause opens the sentence: the content follows its comma.
		if e < se && d.is(e, qwComma) && d.isWord(e+1) {
			end := d.contentEnd(&at, e+1, se)
			at.content = Span{d.toks[e+1].Start, d.toks[end-1].End}
			at.contentFirst = e + 1
			d.finishContent(&at, e+1, end)
		}
		return
	}
	if e < se && d.is(e, qwComma) && d.isWord(e+1) {
		// In the middle: the content runs on both sides of it.
		l := max(ss, a-qMaxContent)
		for i := len(d.attrs) - 1; i >= 0 && d.attrs[i].sent == si && d.attrs[i].cue[1] >= l; i-- {
			l = max(l, d.attrs[i].cue[1])
		}
		end := d.contentEnd(&at, e+1, se)
		if !d.hasWords(l, a, 2) {
			l = e + 1 // "If, as I've suggested, he ...": the clause after it
		}
		d.addContent(&at, l, end)
		return
	}
	d.addLeftContent(&at, ss, a-1)
}

// asClauseEnds reports whether the clause of Q22's "as X said" ends after
// the cue at token k: at most a short phrase of time, place or listener
// before a comma or the end of the sentence, with no clause of its own.
func (d *qdoc) asClauseEnds(k, se int) bool {
	for e := k; e < se && e < k+8; e++ {
		if d.is(e, qwComma) || e == se-1 && !d.isWord(e) {
			return true
		}
		if !d.isWord(e) {
			return false
		}
		w := d.lowAt(e)
		if w == "that" || w == "to" && e == k {
			return false
		}
		if aux := d.is(e, qwAux); aux {
			return false
		}
		if pron := d.is(e, qwSubjPron); pron {
			return false
		}
	}
	return k >= se
}

// embeddingRelative returns the relative pronoun just before a speaker
// phrase that starts at token start ("that Clinton hopes", "which, his
// advisers believe,", "what it hopes"), or -1.
func (d *qdoc) embeddingRelative(ss, start int) int {
	p := start - 1
	if d.is(p, qwComma) && d.lw(p-1) == "which" {
		return p - 1
	}
	switch d.lw(p) {
	case "what":
		if p >= ss {
			return p
		}
	case "that", "which":
		if d.relativePronoun(ss, p) {
			return p
		}
	}
	return -1
}

// finiteAt reports whether token k is a finite verb that can open the rest
// of a relative clause after an embedded attribution: an auxiliary or
// modal, or a common irregular form ("hopes will become", "says is").
func (d *qdoc) finiteAt(k int) bool {
	if !d.isWord(k) || d.toks[k].is(tokCap) {
		return false
	}
	if aux := d.is(k, qwAux); aux {
		return true
	}
	return d.is(k, qwTLVerb)
}

// qPossessivePronoun reports a possessive pronoun that can own a stance
// ("his criticism of").
func qPossessivePronoun(w string) bool {
	switch w {
	case "his", "her", "their", "its", "our", "my":
		return true
	}
	return false
}

// singularPhrase reports whether a noun phrase opened by a determiner has
// a singular head ("the latest", "The Romney"): a bare verb form after it
// ("The Romney attack hit ...") is a noun, since a verb would agree.
func (d *qdoc) singularPhrase(np [2]int) bool {
	switch d.lowAt(np[0]) {
	case "the", "a", "an", "this":
	default:
		return false
	}
	h := np[1] - 1
	if !d.isWord(h) || h == np[0] {
		return h == np[0] // "The attack ...": the determiner alone
	}
	head := d.lowAt(h)
	if share := d.is(h, qwShare); share || strings.HasSuffix(head, "s") || d.isPunct(h, "%") {
		return false
	}
	switch head {
	case "people", "men", "women", "children", "police", "media", "public", "staff", "majority", "team", "government", "administration", "two", "three", "four", "five", "both", "others", "rest":
		return false // "The two admit that ..."
	}
	return !d.toks[h].is(tokHasDigit)
}

// naming reports whether what follows a naming verb at token k is its
// object and what it is called: a quotation or "as" in the clause
// ("called the plan 'a disaster'", "described him as ..."), or an object
// pronoun or name and a noun phrase or adjective (nameComplement).
func (d *qdoc) naming(at *qattr, k, se int) bool {
	end := d.contentEnd(at, k, se)
	if end <= k {
		return false
	}
	if d.nameComplement(k, end) {
		return true
	}
	for e := k + 1; e < end; e++ {
		if d.region[e] >= 0 || d.lw(e) == "as" {
			return true
		}
	}
	return false
}

// nameComplement reports whether [k, end) after a naming verb is an object
// and what it is called: a pronoun or a name, then a noun phrase or an
// adjective ("called him a political opportunist", "branded Smith
// unfit"), not a phrase of time, place or purpose ("called Smith on
// Monday", "called him to ask").
func (d *qdoc) nameComplement(k, end int) bool {
	e := k
	if pron := d.is(k, qwObjPron); pron || qReflexive(d.lw(k)) {
		e++
	} else {
		for e < end && e < k+4 && d.isWord(e) && d.toks[e].is(tokCap) {
			e++
		}
	}
	if e == k || e >= end {
		return false
	}
	if d.toks[e].Kind == tokQuote {
		return true // "called Trump “unhinged”"
	}
	if !d.isWord(e) || d.toks[e].is(tokCap) {
		return false
	}
	w := d.lowAt(e)
	if prep := d.is(e, qwPrep); prep {
		return false
	}
	if tw := d.is(e, qwTimeWord); tw || d.verbLike(e) || qClauseLinker(w) || w == "and" || w == "or" || w == "up" || w == "off" || w == "out" || w == "back" || w == "in" {
		return false
	}
	return d.hasWords(e, end, 1)
}

// quoteRunsOn reports whether the clause goes on after quotation ri with
// a word that is not a new attribution: in `says “the wind is at our
// backs” despite his loss` the content is mixed and runs to the clause's
// end.
func (d *qdoc) quoteRunsOn(ri, se int) bool {
	r := d.regions[ri]
	if r.close < 0 || r.close+1 >= se {
		return false
	}
	n := r.close + 1
	if !d.isWord(n) || d.toks[n].is(tokCap) {
		return false
	}
	if ok := d.isCue(n); ok {
		return false
	}
	if pron := d.is(n, qwSubjPron); pron {
		return false
	}
	if ok := d.isCue(n + 1); ok {
		return false
	}
	return true
}

// timeWord reports whether word token k is a word of time (qTimeWords):
// "this" and "last" only before a unit, a month or a day ("said last week",
// but "believe this provides ...").
func (d *qdoc) timeWord(k int) bool {
	if tw := d.is(k, qwTimeWord); !tw {
		return false
	}
	if w := d.lw(k); w != "this" && w != "last" {
		return true
	}
	return d.is(k+1, qwTimeUnit|qwTimeWord|qwMonth)
}

// animate reports whether a speaker phrase can hold a preference (the
// object verbs of thought: favour, prefer, back, seek): it names
// someone (a capitalised word), is a pronoun or a relative, or its words
// name people, organisations or a share of those polled. An empty speaker
// (a passive) passes. "this rule" or "the data" do not.
func (d *qdoc) animate(sp [2]int) bool {
	if sp == noRange {
		return true
	}
	for e := sp[0]; e < sp[1]; e++ {
		if !d.isWord(e) {
			if d.isPunct(e, "%") {
				return true
			}
			continue
		}
		w := d.lowAt(e)
		if d.toks[e].is(tokCap) || d.personNoun(e) {
			return true
		}
		if ok := d.is(e, qwSubjPron); ok {
			return true
		}
		if ok := d.is(e, qwShare); ok {
			return true
		}
		if w == "that" || w == "which" || w == "who" {
			return true
		}
		if head, _ := lexOrgNoun(w); head {
			return true
		}
		if len(w) > 3 && w[len(w)-1] == 's' {
			if head, _ := lexOrgNoun(w[:len(w)-1]); head {
				return true
			}
		}
	}
	return false
}

// qReflexive reports a reflexive pronoun ("calls himself a socialist").
func qReflexive(w string) bool {
	switch w {
	case "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves":
		return true
	}
	return false
}

// clauseAfter reports whether reported content follows a cue ending at
// token k: a clause opener ("said if ...", "said he would ...") rather than
// the end of the attribution.
func (d *qdoc) clauseAfter(v lexVerb, k, se int) bool {
	if k >= se || !d.isWord(k) {
		return false
	}
	if ok := d.is(k, qwClauseOpener); ok && d.lowAt(k) != "all" && d.lowAt(k) != "both" {
		return true
	}
	pron := d.is(k, qwSubjPron)
	return pron && d.lowAt(k) != "it" && !v.Listener && d.isWord(k+1)
}

// relativeSubject returns the "who" of a relative clause that runs from a
// sentence-opening subject to the verb at token j+1 ("An official who spoke
// on condition of anonymity said"), or -1: no comma, quotation or other
// relative in between, at most 15 tokens.
func (d *qdoc) relativeSubject(ss, j int) int {
	for k := j; k > ss && k > j-15; k-- {
		if !d.isWord(k) && d.toks[k].Kind != tokPossessive && !d.is(k, qwPeriod) {
			return -1
		}
		if d.is(k, qwWh) && d.lowAt(k) == "who" {
			return k
		}
	}
	return -1
}

// capsBetweenCommas returns the token of the second comma when the comma
// at token e is followed by one to four capitalised words and another
// comma ("Columbus, Ohio, that"), else 0.
func (d *qdoc) capsBetweenCommas(e, se int) int {
	n := e + 1
	for n < se && n <= e+4 && d.isWord(n) && d.toks[n].is(tokCap) {
		n++
	}
	if n > e+1 && d.is(n, qwComma) {
		return n
	}
	return 0
}

// qTitleModifier reports a word that qualifies a title before a name
// ("former Gov.", "acting President").
func qTitleModifier(w string) bool {
	switch w {
	case "former", "then", "current", "acting", "retired", "outgoing", "incoming", "late", "ex", "interim", "deputy", "vice", "senior", "junior", "new", "longtime", "veteran", "embattled", "freshman":
		return true
	}
	return false
}

// firstComma returns the first comma at or after token ss and before
// token end, or -1. Callers bound end: a name opening a sentence is short,
// and an unbounded scan per cue would be quadratic in a long sentence.
func (d *qdoc) firstComma(ss, end int) int {
	for e := ss; e < end; e++ {
		if d.is(e, qwComma) {
			return e
		}
	}
	return -1
}

// isNumber reports whether the phrase sp is a lone number ("39").
func (d *qdoc) isNumber(sp [2]int) bool {
	return sp[1]-sp[0] == 1 && d.toks[sp[0]].is(tokHasDigit) && !d.toks[sp[0]].is(tokHasUpper) && !d.toks[sp[0]].is(tokHasLower)
}

// asAhead reports whether "as" follows the object that starts at token k:
// a few words, no comma ("see the plan as a mistake").
func (d *qdoc) asAhead(k, se int) bool {
	for e := k + 1; e < se && e < k+8; e++ {
		if d.lw(e) == "as" {
			return true
		}
		if !d.isWord(e) && d.toks[e].Kind != tokPossessive {
			return false
		}
	}
	return false
}

// asksWhat reports whether a question follows token k: a wh-word, "if",
// "whether" or "about".
// pastPlace returns the token after a short phrase of place or medium
// that starts at k and runs up to a question word ("Asked on Fox News who
// leads ...", "asked in an interview whether ..."), else k.
func (d *qdoc) pastPlace(k, se int) int {
	switch d.lw(k) {
	case "on", "in", "at", "by", "during":
	default:
		return k
	}
	for e := k + 1; e < se && e <= k+6 && d.isWord(e); e++ {
		if wh := d.is(e, qwWh); wh && e > k+1 {
			return e
		}
	}
	return k
}

func (d *qdoc) asksWhat(k int) bool {
	if d.lw(k) == "about" {
		return true
	}
	wh := d.is(k, qwWh)
	return wh
}

// holdsVerb reports whether a phrase read as a speaker after a cue holds a
// finite verb after a noun: in "X, a Republican, said the family deserved
// better" the words after the cue are a clause, not an inverted speaker.
// A participle after a determiner or adverb ("the embattled leader") is an
// adjective.
func (d *qdoc) holdsVerb(sp [2]int) bool {
	for e := sp[0] + 1; e < sp[1]; e++ {
		if !d.isWord(e) || d.toks[e].is(tokCap) || !d.isWord(e-1) || !d.verbLike(e) {
			continue
		}
		if det := d.is(e-1, qwDet); det || d.adverb(e-1) {
			continue
		}
		return true
	}
	return false
}

// hasVerb reports whether [s, e) holds a word that can be a finite verb:
// an auxiliary, a negated form, a past form or a common verb. Q6's content
// before ", said X" is a clause; "X's campaign manager, Ann Reed, said the
// plan ..." has none, and its speaker is on the left.
func (d *qdoc) hasVerb(s, e int) bool {
	for ; s < e; s++ {
		if !d.isWord(s) || d.toks[s].is(tokCap) || d.region[s] >= 0 && d.toks[s].Kind == tokQuote {
			continue
		}
		if d.region[s] >= 0 {
			return true // a quotation is content
		}
		if d.is(s, qwAux|qwTLVerb|qwVerbForm|qwEd|qwNegated) { // an auxiliary, verbLike, or in -n't
			return true
		}
	}
	return false
}

// parenOpen returns the "(" of a short parenthetical (at most four tokens
// inside) closed at token j, after a word: "Rick Scott (R-Fla.)"; -1 if
// there is none.
func (d *qdoc) parenOpen(ss, j int) int {
	for k := j - 1; k >= ss && k >= j-5; k-- {
		if d.isPunct(k, "(") {
			if k-1 >= ss && d.isWord(k-1) && k+1 < j {
				return k
			}
			return -1
		}
	}
	return -1
}

// attributionEnds reports whether an attribution's speaker phrase that ends
// at token e closes it: the sentence ends, perhaps after an appositive or a
// short phrase of place or time, or a comma brings a new quotation or a
// participle. It returns where what follows starts.
func (d *qdoc) attributionEnds(e, se int) (int, bool) {
	words := 0 // words since the last comma
	limit := 25
	role := false // inside an appositive role that must hold no verb
	for n := 0; e < se; n++ {
		if n > limit || words > 6 {
			return e, false
		}
		t := &d.toks[e]
		switch {
		case d.is(e, qwComma):
			if ri, ok := d.isOpen(e + 1); ok && !d.regions[ri].used {
				return e, true
			}
			if d.isWord(e+1) && d.is(e+1, qwIng) {
				return e, true
			}
			// An appositive: ", the minister,". One opened by a
			// determiner may be long: ", a professor of economics at
			// ... and a former adviser to ...".
			e++
			words = -6
			if det := d.is(e, qwDet); det && n < 12 {
				words, limit = -40, 60
			} else if n < 12 && d.isWord(e) && !d.toks[e].is(tokCap) {
				// ", urban policy professor and director of the ... Center
				// at New York University": a role, long, with no verb.
				words, limit, role = -20, 40, true
			}
		case t.Kind == tokWord:
			lw := d.lowAt(e)
			if lw == "who" || lw == "which" {
				return se, true
			}
			if role {
				if aux := d.is(e, qwAux); aux || d.pastLike(e) && !d.toks[e].is(tokCap) {
					return e, false
				}
			}
			words++
			if n == 0 {
				if prep := d.is(e, qwPrep); !prep {
					if tw := d.is(e, qwTimeWord); !tw {
						return e, false
					}
				}
			}
			e++
		default:
			e++
		}
	}
	return e, true
}

// antecedent finds what the relative "who" at token w refers to: the name
// before it, past an appositive ("Scott Reed, the party's strategist, who
// added ...").
func (d *qdoc) antecedent(ss, w int) [2]int {
	k := w - 1
	if d.is(k, qwComma) {
		k--
	}
	if k < ss || !d.isWord(k) {
		return noRange
	}
	np, _ := d.leftNP(ss, k)
	if np == noRange {
		return noRange
	}
	if !d.toks[np[0]].is(tokCap) && d.is(np[0]-1, qwComma) && np[0]-2 >= ss {
		if name, _ := d.leftNP(ss, np[0]-2); name != noRange && d.toks[name[0]].is(tokCap) {
			return name
		}
	}
	return np
}

// splitQuote applies Q2: after `"First," she said`, a comma and a new
// quotation continue the same speaker's words.
func (d *qdoc) splitQuote(at qattr, k, se int) {
	if !d.is(k, qwComma) && !d.is(k, qwColon) {
		return
	}
	if ri, ok := d.isOpen(k + 1); ok && !d.regions[ri].used {
		at.rule = "Q2"
		d.addRegionQuote(&at, ri)
	}
}

// clauseSpeaker finds the speaker of the clause that a participle at a comma
// (token j) hangs on: the last attribution of the sentence, else the
// sentence's subject.
func (d *qdoc) clauseSpeaker(si, j, first int) ([2]int, [2]int) {
	ss := d.sents[si][0]
	// A semicolon before j starts the clause: "He proposes ...; she backs
	// ... but embraces".
	for k := j - 1; k > ss && k > j-qMaxContent; k-- {
		if d.is(k, qwSemicolon) && d.region[k] < 0 {
			ss = k + 1
			break
		}
	}
	for k := len(d.attrs) - 1; k >= first; k-- {
		if d.attrs[k].sent == si && d.attrs[k].speaker != noRange && d.attrs[k].cue[0] >= ss {
			return d.attrs[k].speaker, d.attrs[k].via
		}
	}
	// An opening phrase of time or place, an opening subordinate clause or
	// one opening word: "In April, Twitter reported ... and said", "Just
	// before the flight took off, the pilot ... asked", "Sunday, on CNN,
	// while commenting ...", "Instead, the senator is sticking ...,
	// hoping".
	switch d.lw(ss) {
	case "and", "but", "so", "yet", "or":
		ss++ // "And he continued on, mocking ..."
	}
	adv := d.is(ss, qwSentAdv)
	limit := 8
	switch d.lw(ss) {
	case "when", "while", "after", "before", "because", "although", "though", "since", "once", "until", "unless", "just":
		adv, limit = true, 20
	}
	// One opening word before a comma, an adverb or a time ("Instead,",
	// "Sunday,"), not a subject with an appositive ("Pence, on the other
	// hand, had").
	word := d.is(ss+1, qwComma) && d.isWord(ss) && (d.adverb(ss) || d.is(ss, qwTimeWord|qwMonth) || d.lw(ss) == "instead")
	if prep := d.is(ss, qwPrep); prep || adv && d.lw(ss) != "the" && d.lw(ss) != "a" && d.lw(ss) != "an" || word {
		if f := d.firstComma(ss, min(j, ss+limit)); f > ss && d.isWord(f+1) {
			ss = f + 1
		}
	}
	// The subject: the words opening the sentence up to the first verb
	// ("The driver appeared ..."), if they make a noun phrase.
	if ok := d.is(ss, qwSentAdv); ok && d.lw(ss) != "the" && d.lw(ss) != "a" && d.lw(ss) != "an" {
		return noRange, noRange
	}
	end := ss
	for end < j && end < ss+10 && (d.isWord(end) || d.toks[end].Kind == tokPossessive) {
		if w := d.lowAt(end); end > ss && d.isWord(end) && !d.toks[end].is(tokCap) && (d.verbLike(end) || w == "who" || w == "that") {
			break
		}
		end++
	}
	// Not the adverbs before the verb: "She then addressed".
	for end-1 > ss && d.isWord(end-1) {
		if skip := d.is(end-1, qwSkipLeft); !skip && !d.adverb(end-1) {
			break
		}
		end--
	}
	if end > ss && end < j && d.nounPhrase(ss, end-1) {
		return [2]int{ss, end}, noRange
	}
	return noRange, noRange
}

// semicolonBetween reports whether a semicolon outside quotations stands
// among the tokens [a, b).
func (d *qdoc) semicolonBetween(a, b int) bool {
	for ; a < b; a++ {
		if d.is(a, qwSemicolon) && d.region[a] < 0 {
			return true
		}
	}
	return false
}

// qVerbLike reports a word that is probably a finite verb: a past form in
// -ed, a common irregular or auxiliary, or a speech verb.
func qVerbLike(w string) bool {
	if _, ok := tlVerbs[w]; ok {
		return true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	_, ok := lexSpeechVerb(w)
	return ok
}

// qPastLike reports a word that is probably a finite verb and never a
// noun: a past form in -ed or a common irregular or auxiliary ("In court
// documents" holds none; qVerbLike would take "documents").
func qPastLike(w string) bool {
	if _, ok := tlVerbs[w]; ok {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// leftNP finds the noun phrase that ends at token j (inclusive) and starts
// after a clause boundary, no further back than ss. It splits off Q8's
// "A while quoting B": the speaker is B and via is A.
func (d *qdoc) leftNP(ss, j int) (speaker, via [2]int) {
	k := j
	if ss < j-12 {
		ss = j - 12 // a speaker is a short phrase: look no further
	}
	for k >= ss {
		t := &d.toks[k]
		if t.Kind == tokWord {
			if d.is(k, qwIng) && (d.lowAt(k) == "quoting" || d.lowAt(k) == "citing") {
				speaker = [2]int{k + 1, j + 1}
				if speaker[0] > j {
					return noRange, noRange
				}
				m := k - 1
				if m >= ss && (d.lw(m) == "while" || d.lw(m) == "when") {
					m--
				}
				if m >= ss && d.is(m, qwComma) {
					m--
				}
				v, _ := d.leftNP(ss, m)
				return speaker, v
			}
			if stop := d.is(k, qwNPStop); stop && !d.pollRatio(k) {
				break
			}
			if ok := d.isCue(k); ok && k != j && !d.toks[k].is(tokCap) {
				break
			}
			k--
			continue
		}
		if t.Kind == tokPossessive || d.isPunct(k, "(") || d.isPunct(k, ")") || d.isPunct(k, "&") || (d.is(k, qwPeriod) || d.isPunct(k, "%")) && k > ss && d.isWord(k-1) {
			k--
			continue
		}
		break
	}
	start := k + 1
	// Drop a leading preposition or conjunction left in the phrase.
	for start <= j && d.isWord(start) {
		if ok := d.is(start, qwPrep); !ok {
			break
		}
		start++
	}
	// Nothing of a verb phrase: start after an auxiliary left inside.
	for k := j; k >= start; k-- {
		if d.isWord(k) {
			if aux := d.is(k, qwAux); aux || d.is(k, qwNegated) {
				start = k + 1
				break
			}
		}
	}
	if start <= j && j-start >= 10 {
		// Too long for a speaker: "the state party's convention Sen.
		// Ann Reed (D-Ore.)" keeps its final title and name.
		n := j
		for n > start && (d.isWord(n-1) && d.toks[n-1].is(tokCap) || d.is(n-1, qwPeriod) || d.isPunct(n-1, "(") || d.isPunct(n-1, ")") || d.isPunct(n, ")")) {
			n--
		}
		if j-n < 8 && d.toks[n].is(tokCap) && n > start {
			start = n
		}
	}
	// "the capital Sen. Ann Reed": a common noun before a title and its
	// name is a phrase of place or time run into the name; the speaker
	// starts at the title ("former Gov. X" and "Florida Gov. X" stay).
	for t := start + 1; t < j; t++ {
		if !d.isWord(t) || !d.toks[t].is(tokCap) || !d.isWord(t-1) || d.toks[t-1].is(tokCap) {
			continue
		}
		form := d.tokText(t)
		if d.is(t+1, qwPeriod) {
			form = d.text[d.toks[t].Start:d.toks[t+1].End]
		}
		if _, _, title := lexTitle(form); !title {
			continue
		}
		if det := d.is(t-1, qwDet); det || qTitleModifier(d.lowAt(t-1)) {
			continue
		}
		start = t
		break
	}
	if start > j || j-start >= 10 || !d.nounPhrase(start, j) && !d.barePlural(start, j) {
		return noRange, noRange
	}
	// Not speakers: "you" in an essay, a span of time ("the six months").
	if bad := d.is(j, qwNotSpeaker); bad && !d.toks[j].is(tokCap) {
		return noRange, noRange
	}
	return [2]int{start, j + 1}, noRange
}

// subjectHead applies Q20: the speaker of a cue whose subject is too long
// for leftNP, a noun phrase that opens the sentence and runs up to token j
// with its modifiers: "Many speakers at the service — including ... —
// said", "A court document filed Thursday says", "supporters who came to
// the city to protest say". The speaker is the phrase's head, up to its
// first preposition, comma, dash, relative pronoun or participle. Nothing
// before j may be a finite verb (outside a relative clause), so a clause
// is never read as a subject.
func (d *qdoc) subjectHead(ss, j int) [2]int {
	s := ss
	// After a quotation that opens the sentence: `"...?" a staffer in
	// the room wondered`.
	for s < j && (d.region[s] >= 0 || d.toks[s].Kind == tokQuote || d.is(s, qwComma)) {
		s++
	}
	if j-s > 30 {
		return noRange
	}
	for s < j && d.isWord(s) {
		switch d.lowAt(s) {
		case "but", "and", "so", "yet", "still", "indeed", "meanwhile", "now", "instead", "however":
			s++
			if d.is(s, qwComma) {
				s++
			}
			continue
		}
		break
	}
	if !d.isWord(s) {
		return noRange
	}
	if prep := d.is(s, qwPrep); prep {
		// An opening phrase of time or place: "On Friday, families of
		// ... urged".
		f := d.firstComma(s, min(j, s+8))
		if f <= s || !d.isWord(f+1) {
			return noRange
		}
		s = f + 1
		if prep := d.is(s, qwPrep); prep {
			return noRange
		}
	}
	head, relative := -1, false
	for k := s; k <= j; k++ {
		t := &d.toks[k]
		if d.region[k] >= 0 || d.is(k, qwColon|qwSemicolon) {
			return noRange
		}
		if t.Kind != tokWord {
			if head < 0 && k > s && (d.is(k, qwComma) || t.Kind == tokDash || d.isPunct(k, "(")) {
				head = k
			}
			continue
		}
		w := d.lowAt(k)
		switch w {
		case "if", "when", "because", "although", "though", "while", "unless", "whether", "since", "as", "where":
			if !relative {
				return noRange // a subordinate clause: "X mentioned that if someone is telling"
			}
		case "who", "which", "that", "whose":
			if k == s || w == "that" && head == k-1 && d.isWord(k-1) && strings.HasSuffix(d.lowAt(k-1), "ed") {
				return noRange // "that" after a verb: a complement clause
			}
			relative = true
			if head < 0 {
				head = k
			}
			continue
		}
		if relative {
			continue
		}
		if d.is(k, qwAux|qwNegated) {
			return noRange
		}
		irregular := d.is(k, qwTLVerb)
		if k > s && !t.is(tokCap) && (irregular || d.is(k, qwEd)) {
			// A participle after a noun ("a document filed Thursday")
			// starts a modifier; a verb after anything else is a clause.
			p := d.lowAt(k - 1)
			if det := d.is(k-1, qwDet); det && p != "those" && p != "these" || !d.isWord(k-1) || !strings.HasSuffix(w, "ed") {
				return noRange
			}
			if head < 0 {
				head = k
			}
			continue
		}
		if head < 0 {
			if stop := d.is(k, qwNPStop); stop && k > s {
				head = k
			} else if prep := d.is(k, qwPrep); prep && k > s && w != "of" {
				head = k
			}
		}
	}
	if head < 0 {
		return noRange // leftNP would have found a short phrase
	}
	if head-s > 10 || head == s || !d.nounPhrase(s, head-1) && !d.barePlural(s, s) {
		return noRange
	}
	if bad := d.is(head-1, qwNotSpeaker); bad && !d.toks[head-1].is(tokCap) {
		return noRange
	}
	return [2]int{s, head}
}

// headBeforePrep returns the head of the subject that opens the sentence
// when the phrase sp that leftNP found for the subject ending at token j
// follows a preposition: in "Insiders in the next two states said" the
// insiders speak, not the states (Q20). Otherwise it returns sp.
func (d *qdoc) headBeforePrep(ss, j int, sp [2]int) [2]int {
	if sp[0]-1 <= ss {
		return sp
	}
	if prep := d.is(sp[0]-1, qwPrep); !prep || d.lw(sp[0]-1) == "of" {
		return sp
	}
	// The head ends at the preposition, or at a participle whose phrase
	// holds it: "families of the miners killed in the blast urged".
	if h := d.subjectHead(ss, j); h != noRange && (h[1] == sp[0]-1 || h[1] < sp[0]-1 && strings.HasSuffix(d.lw(h[1]), "ed")) {
		return h
	}
	return sp
}

// barePlural reports whether token start, which is also token end, is a
// plural noun alone at the start of a clause, the subject of the cue that
// follows it: "If it slows, forecasters say ...", "Still, economists
// warn ...".
func (d *qdoc) barePlural(start, end int) bool {
	if start != end || !d.isWord(start) || d.toks[start].is(tokCap) {
		return false
	}
	w := d.lowAt(start)
	if len(w) < 5 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") || d.verbLike(start) || d.adverb(start) {
		return false
	}
	if bad := d.is(start, qwNotSpeaker); bad {
		return false
	}
	p := start - 1
	return p < d.sents[d.sentAt(start)][0] || d.is(p, qwComma|qwColon|qwAndBut)
}

// nounPhrase reports whether tokens [start, end] can be a speaker: a name,
// a pronoun, a phrase opened by a determiner, or a person noun.
func (d *qdoc) nounPhrase(start, end int) bool {
	head := d.toks[end]
	if head.is(tokCap) || d.toks[start].is(tokCap) {
		return true
	}
	if ok := d.is(end, qwSubjPron); ok && start == end {
		return true
	}
	if ok := d.is(start, qwDet); ok {
		return true
	}
	if ok := d.is(start, qwNPOpener); ok {
		return true
	}
	// "58 percent of voters overall": a person noun inside the phrase;
	// "47 percent", "six in 10", "a majority": a share of those polled.
	for k := start; k <= end; k++ {
		if d.isWord(k) && d.personNoun(k) {
			return true
		}
		if ok := d.is(k, qwShare); ok && d.isWord(k) || d.isPunct(k, "%") {
			return true
		}
		if ok := d.is(k, qwSource); ok && k == end && d.isWord(k) {
			return true // "fundraising documents show", "new filings show"
		}
		if d.pollRatio(k) {
			return true
		}
	}
	return false
}

// rightNP finds the noun phrase that starts at token k (after an inverted
// cue: "said Mr Smith, the minister") and ends before a comma or the end.
func (d *qdoc) rightNP(k, se int) [2]int {
	if k >= se || !d.isWord(k) {
		return noRange
	}
	if d.timeWord(k) {
		return noRange // "said Monday that ..."
	}
	if ok := d.is(k, qwSubjPron); !ok && !d.toks[k].is(tokCap) {
		det := d.is(k, qwDet)
		op := d.is(k, qwNPOpener)
		// "said defence lawyer Kim Novak", "said retired neurosurgeon
		// Ben Carson": a role, then a name.
		role := false
		for e := k; e < se && e < k+3 && d.isWord(e); e++ {
			if d.toks[e].is(tokCap) {
				role = e > k && (d.personNoun(e-1) || d.roleWords(k, e))
				break
			}
		}
		if !det && !op && !role {
			return noRange
		}
	}
	if ok := d.is(k, qwSubjPron); ok {
		// A pronoun is the whole phrase: in "said he isn't fit" what
		// follows is the pronoun's own clause.
		return [2]int{k, k + 1}
	}
	e := k
	for e < se {
		t := &d.toks[e]
		if t.Kind == tokWord {
			if aux := d.is(e, qwAux); aux && e > k {
				break // "the agency had sent ...": a clause, not a speaker
			}
			if stop := d.is(e, qwNPStop); stop {
				// "former Gov. and Party Chairman Ed Rendell": titles joined.
				if !(d.lowAt(e) == "and" && e > k && e+1 < se && d.isWord(e+1) && d.toks[e+1].is(tokCap) && d.toks[e-1].is(tokCap)) {
					break
				}
			}
			if prep := d.is(e, qwPrep); prep && e > k && !(d.lowAt(e) == "of" || d.lowAt(e) == "for") {
				break
			}
			e++
			continue
		}
		if t.Kind == tokPossessive || d.isPunct(e, "(") || d.isPunct(e, ")") {
			e++
			continue
		}
		break
	}
	if e == k || e-k > 10 {
		return noRange
	}
	return [2]int{k, e}
}

// roleWords reports whether the lower-case words [k, e) before a name can
// describe it ("retired neurosurgeon", "urban policy professor"): none is
// a preposition, conjunction, auxiliary or time word.
func (d *qdoc) roleWords(k, e int) bool {
	for ; k < e; k++ {
		if d.is(k, qwPrep|qwNPStop|qwAux) || d.timeWord(k) {
			return false
		}
	}
	return true
}

// clauseEndsAt reports whether nothing but punctuation or a participle
// clause follows token e in the sentence.
func (d *qdoc) clauseEndsAt(e, se int) bool {
	for ; e < se; e++ {
		if d.isWord(e) {
			return false
		}
		if d.is(e, qwComma) && d.isWord(e+1) && d.is(e+1, qwIng) {
			return true
		}
	}
	return true
}

// trailing reports whether the cue ends its clause (Q6): what follows it is
// at most a short phrase of place, time or listener, with no "that", no
// colon and no quotation.
func (d *qdoc) trailing(v lexVerb, k, se int) bool {
	lc := d.lemmaClasses(v.Lemma) // the lemma classes asked below
	if v.Lemma == "call" && (d.lw(k) == "for" || d.lw(k) == "on") {
		return false // "called for an inquiry": the phrase is the content
	}
	if intent := lc&qlIntent != 0; intent && d.lw(k) == "to" && d.isWord(k+1) {
		return false // "declined to comment", "vowed to fight on"
	}
	if e := d.listenerEnd(k, se); v.Listener && e > k && d.lw(e) == "to" && d.isWord(e+1) {
		return false // "urged Congress to act": the listener's task is the content
	}
	if naming := lc&qlNaming != 0; naming && d.naming(&qattr{}, k, se) {
		return false // "called him “a fraud.”"
	}
	if obj := lc&qlObject != 0; obj && d.isWord(k) && !d.timeWord(k) {
		if prep := d.is(k, qwPrep); !prep {
			return false // "accused him of sexism": the object is the content
		}
	}
	n := 0
	for e := k; e < se; e++ {
		t := &d.toks[e]
		if t.Kind == tokQuote {
			// `said, “...”` and `said Wednesday, “...”`: the quotation
			// is the content.
			if _, ok := d.isOpen(e); ok && (n == 0 || d.is(e-1, qwComma|qwColon)) {
				return false
			}
			continue
		}
		if d.is(e, qwComma) {
			if d.isWord(e+1) && (d.is(e+1, qwIng) || qClauseLinker(d.lowAt(e+1))) {
				break
			}
			if n == 0 {
				if _, ok := d.isOpen(e + 1); ok {
					return false
				}
			}
			continue
		}
		if d.is(e, qwColon) {
			return false
		}
		if t.Kind == tokDash && n == 0 {
			return true // "..., allies believe — backers she will need"
		}
		if t.Kind != tokWord {
			continue
		}
		lw := d.lowAt(e)
		if lw == "that" {
			return false
		}
		if n > 0 && (lw == "he" || lw == "she" || lw == "they" || lw == "we" || lw == "i") {
			return false // "told him he had ...": a clause, the content
		}
		if n > 0 && (lw == "why" || lw == "how" || lw == "whether") {
			return false // "explained to reporters why ...": the question
		}
		if aux := d.is(e, qwAux); aux && n > 1 {
			return false // "reported on Wednesday the ministry had ...": a clause
		}
		if n == 0 {
			prep := d.is(e, qwPrep)
			if lw == "about" && d.contentStartOK(e) {
				return false // "said about half of ...": content
			}
			tw := d.timeWord(e)
			pron := d.is(e, qwObjPron)
			if det := d.is(e, qwDet); det && v.Listener && d.listenerEnds(e, se) {
				return true // "..., X told a Senate panel Wednesday."
			}
			if !prep && !tw && !(v.Listener && (pron || t.is(tokCap) || lw == "reporters" || lw == "journalists")) {
				return false
			}
		}
		n++
		if n > 8 {
			return false
		}
	}
	return true
}

// listenerEnds reports whether the listener phrase at token k, perhaps
// followed by time words, ends the sentence.
func (d *qdoc) listenerEnds(k, se int) bool {
	e := d.listenerEnd(k, se)
	if e == k {
		return false
	}
	for e < se && d.isWord(e) && d.timeWord(e) {
		e++
	}
	return e >= se || e == se-1 && !d.isWord(e) && d.toks[e].Kind != tokQuote
}

// hasThatAhead reports whether "that" follows within a few tokens.
func (d *qdoc) hasThatAhead(k, se int) bool {
	for e := k; e < se && e < k+8; e++ {
		if d.lw(e) == "that" {
			return true
		}
		if d.is(e, qwComma) {
			return false
		}
	}
	return false
}

// isPronounIt reports whether a speaker is "it" or "there": no speaker.
func (d *qdoc) isPronounIt(sp [2]int) bool {
	if sp[1]-sp[0] != 1 {
		return false
	}
	switch d.lowAt(sp[0]) {
	case "there", "which", "what", "who":
		return true
	}
	return false
}

// addRegionQuote records a quotation as the content of an attribution:
// a copy of at with the quotation's fields (at itself is left as it is).
func (d *qdoc) addRegionQuote(at *qattr, ri int) {
	r := &d.regions[ri]
	if r.used {
		return
	}
	r.used = true
	d.record(at)
	n := &d.attrs[len(d.attrs)-1]
	n.region = ri
	n.content = d.regionSpan(*r)
	n.contentFirst = r.first
	n.kind = Direct
}

// addLeftContent records the content from the clause start to token k
// (exclusive) for Q6. Like addLeft, it may change *at, the caller's:
// every caller is done with it.
func (d *qdoc) addLeftContent(at *qattr, ss, k int) {
	d.addLeft(at, ss, k, false, 2)
}

// addLeft is addLeftContent with the least number of words given; when
// whole is set (Q9's "according to"), the content is all the words before
// k, a clause or not, over any earlier attribution of the sentence.
func (d *qdoc) addLeft(at *qattr, ss, k int, whole bool, minWords int) {
	if ss < k-qMaxContent {
		ss = k - qMaxContent
	}
	start := ss
	// Start after an earlier attribution of the sentence (looking no
	// further back than the content can reach), unless it lies in an
	// opening subordinate clause, which belongs to the content: "When
	// they asked me to sign, I walked out, the witness said".
	sub := d.subordinateEnd(at.sent, d.sents[at.sent][0], k)
	for i := len(d.attrs) - 1; !whole && i >= 0 && d.attrs[i].sent == at.sent && d.attrs[i].cue[1] >= ss; i-- {
		if sub < k && d.attrs[i].cue[1] <= sub {
			continue
		}
		if d.attrs[i].cue[1] <= k && d.attrs[i].cue[1] > start && d.attrs[i].content.End <= d.toks[k].Start {
			start = d.attrs[i].cue[1]
		}
	}
	for start < k && !d.isWord(start) && d.toks[start].Kind != tokQuote {
		start++
	}
	if !d.hasWords(start, k, minWords) {
		return
	}
	if !whole && !d.leftClause(start, k) {
		return
	}
	d.addContent(at, start, k)
}

// leftClause reports whether [start, k), the words before a trailing
// attribution, can be reported content: a clause or a quotation, not an
// opening phrase of time, place or manner ("In court documents, the counsel
// asked ...", "During the inquiry, X declined ...") nor a name with its
// description ("Tim Ruiz, organizer of a group called ...").
func (d *qdoc) leftClause(start, k int) bool {
	if d.toks[start].Kind == tokQuote || d.region[start] >= 0 {
		return true
	}
	w := d.lowAt(start)
	opener := d.is(start, qwPrep)
	opener = opener && w != "to" // "To win, candidates need ...": a clause follows
	switch w {
	case "as", "when", "while", "after", "before", "although", "though", "because", "since", "once", "until", "despite":
		opener = true
	}
	if d.is(start, qwIng) && d.isWord(start+1) {
		opener = true // "Dashing into a meeting, X called ..."
	}
	if !d.hasWords(start, k, 5) && (d.adverb(start) || w == "most" || w == "then" || d.isWord(start+1) && d.adverb(start+1)) {
		opener = true // "Most recently, X called ...", "Then as now, X ..."
	}
	if !opener {
		return true
	}
	// After an opening phrase, a clause needs a verb: a past form, an
	// auxiliary or a common irregular form.
	for e := start + 1; e < k; e++ {
		if d.isWord(e) && !d.toks[e].is(tokCap) && (d.pastLike(e) || d.is(e, qwNegated)) {
			return true
		}
	}
	return false
}

// subordinateEnd ends content that starts at token k, inside a
// subordinate clause opening the sentence, at the comma that closes that
// clause: in "When Fiorina announced 6,000 layoffs, workers protested" the
// content is "6,000 layoffs".
func (d *qdoc) subordinateEnd(si, k, end int) int {
	ss := d.sents[si][0]
	switch d.lw(ss) {
	case "when", "after", "as", "while", "because", "although", "though", "before", "since", "once", "if", "until", "unless":
	default:
		return end
	}
	// An opening clause is short: look no further (which also keeps a
	// pathological sentence linear).
	for e := ss + 1; e < end && e < ss+qMaxOpening; e++ {
		if d.is(e, qwComma) && d.region[e] < 0 {
			if e > k && d.isWord(e+1) {
				return e
			}
			return end // the clause closed before the content
		}
	}
	return end
}

// qMaxOpening is the longest opening clause or phrase, in tokens, that
// the rules look for the end of.
const qMaxOpening = 80

// isCapRegion reports whether every word of quotation r is capitalised
// (a title: "Meet the Press" has a small "the" but starts and ends with
// capitals).
func (d *qdoc) isCapRegion(r qregion) bool {
	if r.first >= r.last || !d.toks[r.first].is(tokCap) {
		return false
	}
	last := r.last - 1
	for last > r.first && !d.isWord(last) {
		last--
	}
	return d.toks[last].is(tokCap)
}

// durationEnd returns the token after a phrase of duration that starts at
// token k ("for weeks", "over the past two years", "in recent days"), or k
// when there is none.
func (d *qdoc) durationEnd(k, se int) int {
	switch d.lw(k) {
	case "for", "over", "in", "during", "throughout", "on":
	default:
		return k
	}
	for e := k + 1; e < se && e <= k+5 && d.isWord(e); e++ {
		w := d.lowAt(e)
		unit := d.is(e, qwDurationUnit)
		if unit || d.timeWord(e) || d.is(e, qwMonth) {
			// The phrase ends here unless a date goes on: "on Jan. 5".
			n := e + 1
			for n < se && n <= e+3 && (d.is(n, qwPeriod) || d.isWord(n) && d.toks[n].is(tokHasDigit)) {
				n++
			}
			if d.isWord(n) {
				return n
			}
			return k
		}
		num := d.is(e, qwSmallNumber)
		switch {
		case num || d.toks[e].is(tokHasDigit):
		case w == "the" || w == "past" || w == "last" || w == "several" || w == "many" || w == "some" || w == "few" || w == "recent" || w == "a" || w == "coming":
		default:
			return k
		}
	}
	return k
}

// addRightContent records the content after the cue for Q5 and Q7. It
// may change *at, the caller's: every caller is done with it.
func (d *qdoc) addRightContent(at *qattr, v lexVerb, k, se int) {
	lc := d.lemmaClasses(v.Lemma) // the lemma classes asked below
	if v.Lemma == "decide" && d.lw(k) != "to" {
		return // "it was decided that ...": a decision, not a report
	}
	// Skip ": " or ", " before a quotation.
	if d.is(k, qwColon|qwComma) {
		if ri, ok := d.isOpen(k + 1); ok {
			d.addRegionQuote(at, ri)
			return
		}
		if d.is(k, qwColon) {
			k++
		}
	}
	if ri, ok := d.isOpen(k); ok && !d.quoteRunsOn(ri, se) {
		d.addRegionQuote(at, ri)
		return
	}
	if (d.lw(k) == "yes" || d.lw(k) == "no") && v.Lemma == "say" && (k+1 >= se || d.is(k+1, qwPeriod|qwComma|qwSemicolon)) {
		// "said no", "said yes": the one-word answer.
		at.content = Span{d.toks[k].Start, d.toks[k].End}
		at.contentFirst = k
		d.finishContent(at, k, k+1)
		return
	}
	// A short phrase, then a colon and a quotation: "added about Carson:
	// “...”".
	// The colon or comma (not words) can only follow the phrase's last
	// word: it is tested there.
	e := k
	for e < se && e < k+8 && d.isWord(e) {
		e++
	}
	if e > k && d.is(e, qwColon|qwComma) && d.opensAt(e+1) {
		ri, _ := d.isOpen(e + 1)
		d.addRegionQuote(at, ri)
		return
	}
	// A parenthetical attribution: "In contrast, Berkman said, there ...".
	if d.is(k, qwComma) && d.contentStartOK(k+1) {
		k++
	} else if d.is(k, qwComma) {
		// A parenthetical after the cue: "believes, for example, that".
		for e := k + 1; e < se && e <= k+5 && d.isWord(e); e++ {
			if aux := d.is(e, qwAux); aux {
				break
			}
			if d.is(e+1, qwComma) && d.isWord(e+2) {
				k = e + 2
				break
			}
		}
	}
	// A "that" within the next tokens, after a listener or a phrase of
	// time or place: "told reporters on Monday that".
	that, object := false, false
	for e := k; e < se && e < k+14; e++ {
		if det := d.is(e, qwDet); det && e == k && !v.Listener {
			break // "planned a tour that ...": a relative clause, not the content
		}
		if d.lw(e) == "that" {
			k, that = e+1, true
			break
		}
		if d.is(e, qwComma) && e > k {
			// A name set off by commas inside the listener phrase: "told
			// supporters in Columbus, Ohio, that", "vented to her
			// husband, Frank Fiorina, that".
			if n := d.capsBetweenCommas(e, se); n > 0 {
				e = n
				continue
			}
		}
		if d.toks[e].Kind == tokQuote && d.region[e] < 0 && d.isWord(e+1) && d.toks[e+1].is(tokHasDigit) {
			continue // "said in ’08 that"
		}
		if ri, ok := d.isOpen(e); ok && e > k {
			// A title: `stating on NBC's "Meet the Press" that`.
			if r := d.regions[ri]; r.close > e && r.close-e <= 6 && d.isCapRegion(r) {
				e = r.close
				continue
			}
		}
		if !d.isWord(e) && !d.is(e, qwPeriod) && d.toks[e].Kind != tokPossessive {
			break
		}
		if ok := d.isCue(e); ok {
			// A noun after a determiner or a name is no new cue: "said
			// in an interview taped before the attacks that", "said
			// during this week's GOP debate that".
			det := d.is(e-1, qwDet)
			if !(e > k && (det || d.toks[e-1].Kind == tokPossessive || d.toks[e-1].is(tokCap))) {
				break
			}
		}
		// A clause has begun ("said he meets families in a city that
		// ..."): its "that" is not the cue's.
		if pron := d.is(e, qwSubjPron); pron && d.lowAt(e) != "it" && d.lowAt(e) != "there" {
			break
		}
		if aux := d.is(e, qwAux); aux {
			break
		}
	}
	if !that {
		// Leading time words: "said Wednesday he agrees", "has said for
		// weeks he is".
		for k < se && d.isWord(k) {
			if e := d.durationEnd(k, se); e > k {
				k = e
				continue
			}
			if !d.timeWord(k) {
				break
			}
			k++
		}
		callFor := v.Lemma == "call" && (d.lw(k) == "for" || d.lw(k) == "on") && d.isWord(k+1)
		prep := v.Particle != "" && slices.Contains(qPrepCues[v.Lemma], v.Particle) && d.lw(k-1) == v.Particle
		if v.Class == lexSpeech && d.lw(k) == "to" {
			// "explained to CBS why ...": past the listener to the question.
			if e := d.listenerEnd(k+1, se); e > k+1 {
				if wh := d.is(e, qwWh); wh && d.lw(e) != "which" && d.lw(e) != "who" {
					k = e
				}
			}
		}
		whNext := d.is(k, qwWh)
		naming := lc&qlNaming != 0
		naming = naming && d.naming(at, k, se)
		// A stance keeps its object: "accused him of sexism".
		objCue := lc&qlObject != 0
		if v.Listener && !callFor && !prep && !whNext && !naming && !(objCue && d.lw(d.listenerEnd(k, se)) != "that") {
			// "told reporters he would ...": skip the listener.
			if e := d.listenerEnd(k, se); e > k {
				if d.lw(e) == "to" || d.lw(e) == "not" {
					// "urged X (not) to ...": the content includes X.
				} else {
					k = e
					if d.is(k, qwColon) && d.isWord(k+1) {
						k++ // "Tells Voters: They Need a Change"
					}
				}
			}
		}
		bare := lc&qlBare != 0
		cog := lc&qlCognition != 0
		obj := lc&qlObject != 0
		intentTo := false
		if intent := lc&qlIntent != 0; intent && d.lw(k) == "to" && d.isWord(k+1) {
			bare, cog, intentTo = true, false, true // "vowed to fight on"
			at.speech = false
		}
		// "called for an inquiry", "called on X to ...".
		if prep {
			bare, cog = true, false // Q16: the topic is the content
			at.speech, at.rule = v.Class == lexSpeech, "Q16"
		} else if callFor {
			k++
			bare = true
		} else if isNaming := lc&qlNaming != 0; isNaming {
			// "called X 'a disaster'", "called him a liar": the object
			// and what it is called.
			if !naming {
				return
			}
			bare = true
		}
		if v.Lemma == "ask" {
			// "asked Y whether ...", "asked who ...", "asked about Y",
			// "asked Y Friday how ...".
			e := d.listenerEnd(k, se)
			for e < se && e > k && d.timeWord(e) {
				e++
			}
			if d.lw(k) == "about" && at.rule == "Q14" && d.isWord(k+1) {
				k, bare = k+1, true
			} else if wh := d.is(e, qwWh); wh {
				k, bare = e, true
			} else if wh := d.is(k, qwWh); wh {
				bare = true
			}
		}
		if obj && d.isWord(k) {
			cog = false // "favoured the plan": an object, no clause needed
		}
		if cog && !d.clauseLike(k) {
			return
		}
		if as := lc&qlAs != 0; as {
			// "sees X as Y", "considered him as ...": the judgement X as Y.
			if !d.asAhead(k, se) {
				if v.Lemma != "see" {
					return
				}
			} else {
				bare, cog = true, false
				at.speech = false
			}
		}
		if cog && (v.Lemma == "see" || v.Lemma == "hear" || v.Lemma == "watch" || v.Lemma == "notice") {
			// "saw the tweet" is seeing, not believing: a perception verb
			// attributes only with "that" or a clause with a pronoun subject.
			if ok := d.is(k, qwSubjPron); !ok {
				return
			}
		}
		if obj && d.isWord(k) {
			if v.Class != lexSpeech && !d.animate(at.speaker) {
				return // "this rule favours large firms": no one's preference
			}
			bare, object = true, true
			at.speech = false // "criticised the plan": a stance, not speech
		}
		if !bare && !cog {
			if !v.Listener || !(d.lw(d.listenerEnd(k, se)) == "to" || d.lw(d.listenerEnd(k, se)) == "not") {
				return
			}
		} else if !intentTo && !(callFor && d.lw(k) == "more") && !d.contentStartOK(k) {
			return
		}
	}
	if ri, ok := d.isOpen(k); ok {
		if r := d.regions[ri]; r.close >= 0 && (r.close+1 >= se || d.is(r.close+1, qwPeriod)) {
			d.addRegionQuote(at, ri)
			return
		}
	}
	end := d.contentEnd(at, k, se)
	end = d.subordinateEnd(at.sent, k, end)
	if n := d.wordsUpTo(k, end, 2); n < 2 {
		// One word is content only as the object of a stance, a name or
		// a pronoun: "attacked Romney", "opposed it".
		pron := d.is(k, qwObjPron)
		if n < 1 || !object || !(d.toks[k].is(tokCap) || pron) {
			return
		}
	}
	// A quotation that starts inside the content and ends beyond the
	// sentence extends it.
	last := end - 1
	if ri := d.region[last]; ri >= 0 && d.regions[ri].close > last {
		last = d.regions[ri].close
		end = last + 1
	}
	at.content = Span{d.toks[k].Start, d.toks[last].End}
	at.contentFirst = k
	d.finishContent(at, k, end)
}

// listenerEnd returns the end of a listener phrase at k ("reporters", "CNN",
// "him", "the committee"), or k when there is none.
func (d *qdoc) listenerEnd(k, se int) int {
	if !d.isWord(k) {
		return k
	}
	if ok := d.is(k, qwObjPron); ok {
		return k + 1
	}
	e := k
	for e < se && e < k+5 && d.isWord(e) {
		w := d.lowAt(e)
		if w == "that" || w == "to" || w == "not" {
			break
		}
		if subj := d.is(e, qwSubjPron); subj && e > k {
			break
		}
		if wh := d.is(e, qwWh); wh && e > k {
			break // "asked Mook if ..."
		}
		e++
		if d.toks[e-1].Kind == tokWord && !d.toks[e-1].is(tokCap) {
			if det := d.is(e-1, qwDet); !det {
				if e < se && d.isWord(e) && !d.toks[e].is(tokCap) {
					// "told reporters ..." ends at the plural noun, but
					// "the party leadership" goes on over its nouns.
					if det := d.is(k, qwDet); det && d.compoundNoun(e) {
						continue
					}
					break
				}
			}
		}
	}
	if e < se && d.toks[e].Kind == tokPossessive {
		return k
	}
	return e
}

// contentStartOK reports whether reported content may start at token k
// without "that": any word but a preposition, a time word or a
// conjunction ("said in a statement" has no content).
func (d *qdoc) contentStartOK(k int) bool {
	if !d.isWord(k) {
		_, ok := d.isOpen(k)
		return ok
	}
	lw := d.lowAt(k)
	if lw == "about" && d.isWord(k+1) && (d.toks[k+1].is(tokHasDigit) || d.lowAt(k+1) == "half" || d.lowAt(k+1) == "a") {
		return true // "said about half of ...": an estimate, not a topic
	}
	if ok := d.is(k, qwPrep); ok {
		return false
	}
	if d.timeWord(k) {
		return false
	}
	switch lw {
	case "more", "much", "little":
		return d.lw(k+1) == "of" || d.isWord(k+1) && !d.toks[k+1].is(tokCap) && d.lw(k+1) != "than" // "said much of ...", "more voters"
	case "and", "or", "but", "as", "so", "nothing", "anything", "something", "goodbye", "hello", "yes", "thanks", "sorry", "grace":
		return false
	case "no":
		return d.isWord(k + 1) // "said no one came", not "said no."
	case "nearly", "almost", "roughly", "only", "just", "fewer", "less":
		// "said nearly every voter ...", "said only 10 percent ..."
		if d.isWord(k + 1) {
			det := d.is(k+1, qwDet)
			op := d.is(k+1, qwNPOpener)
			return det || op || d.toks[k+1].is(tokHasDigit) || d.lowAt(k+1) == "half"
		}
		return false
	}
	return !d.adverb(k)
}

// compoundNoun reports whether the lower-case word at k can go on a noun
// phrase: not a verb form, pronoun, determiner, preposition or time word.
func (d *qdoc) compoundNoun(k int) bool {
	w := d.lowAt(k)
	if d.verbLike(k) || strings.HasSuffix(w, "ing") {
		return false
	}
	if d.is(k, qwSubjPron|qwDet|qwPrep|qwTimeWord|qwNPStop|qwClauseOpener) {
		return false
	}
	return !d.adverb(k)
}

// clauseLike reports whether a clause seems to start at k: a subject
// pronoun, a determiner, a capitalised word or a number.
func (d *qdoc) clauseLike(k int) bool {
	if !d.isWord(k) {
		return false
	}
	if ok := d.is(k, qwSubjPron); ok {
		return true
	}
	if ok := d.is(k, qwDet); ok {
		return true
	}
	if ok := d.is(k, qwClauseOpener); ok {
		return true
	}
	if d.toks[k].is(tokCap) || d.toks[k].is(tokHasDigit) {
		return true
	}
	// A bare noun phrase and its auxiliary: "women are likely ...",
	// "other senators would ...".
	for e := k + 1; e < k+4 && d.isWord(e); e++ {
		if aux := d.is(e, qwAux); aux {
			return true
		}
		if prep := d.is(e, qwPrep); prep {
			return false
		}
	}
	return false
}

// contentEnd returns the token index where reported content that starts at
// k ends: the sentence end, or before a participle cue (", saying"), a
// coordinated cue ("and urged", Q12), "according to" or a semicolon; the
// first comma for a gerund complement ("claimed meeting X, ...").
func (d *qdoc) contentEnd(at *qattr, k, se int) int {
	gerund := d.isWord(k) && d.is(k, qwIng) && !d.clauseLike(k)
	pronounSubject := false
	switch d.lw(k) {
	case "he", "she", "they", "i", "we":
		pronounSubject = true
	}
	if se > k+qMaxContent {
		se = k + qMaxContent
	}
	end := se
	// The tests below hold only at a ";", a ",", an "and" or a "but", or
	// for a restrictive clause: the other tokens are passed over at once
	// (through locals: a tight loop).
	restrictive, words := at.restrictive, d.words
	for e := k; e < se; e++ {
		if !restrictive {
			// Over a slice of the rest: no bounds test a token.
			rest := words[e:se]
			n := 0
			for n < len(rest) && rest[n]&(qwSemicolon|qwComma|qwAndBut) == 0 {
				n++
			}
			if e += n; e >= se {
				break
			}
		}
		if d.region[e] >= 0 && d.toks[e].Kind != tokQuote {
			continue
		}
		if d.is(e, qwSemicolon) {
			return e
		}
		if at.restrictive && e > k && d.isWord(e-1) {
			det := d.is(e-1, qwDet)
			if ok := d.isCue(e); ok && !det && !d.is(e, qwIng) {
				return e // "voters who backed the plan said ..."
			}
		}
		if d.is(e, qwComma) {
			if gerund || at.opener {
				return e
			}
			if ok := d.isCue(e + 1); ok && d.is(e+1, qwIng) {
				return e
			}
			if d.lw(e+1) == "according" && d.lw(e+2) == "to" {
				return e
			}
			if at.relative && e > k && d.isWord(e+1) && !d.toks[e+1].is(tokCap) {
				if aux := d.is(e+1, qwAux); aux || d.verbLike(e+1) {
					return e // "X, who said ..., was there"
				}
			}
		}
		if d.is(e, qwAndBut) && !pronounSubject {
			// "... and urged ...": a second cue of the same speaker (Q12);
			// not a noun ("and support for Sanders would have ...").
			if ok := d.isCue(e + 1); ok && !d.is(e+1, qwIng) {
				switch d.lw(e + 2) {
				case "for", "of", "among", "from":
				default:
					return e
				}
			}
		}
	}
	// Leave out final punctuation outside quotations, but for ? and !.
	for end > k && d.toks[end-1].Kind == tokPunct && d.region[end-1] < 0 && d.tokText(end-1) != "?" && d.tokText(end-1) != "!" {
		end--
	}
	return end
}

// addContent records at with the content of tokens [k, end).
func (d *qdoc) addContent(at *qattr, k, end int) {
	at.content = Span{d.toks[k].Start, d.toks[end-1].End}
	at.contentFirst = k
	d.finishContent(at, k, end)
}

// finishContent sets the kind of reported content [k, end) and records it:
// mixed when it holds a quotation (Q10), direct when it is in the first
// person (Q11), else indirect.
func (d *qdoc) finishContent(at *qattr, k, end int) {
	at.kind = Indirect
	firstPerson := false
	if k < end {
		// Through locals of one length: a tight loop, most tokens
		// passed over at the first test.
		region := d.region[k:end]
		words := d.words[k:end]
		words = words[:len(region)]
		for j, ri := range region {
			if ri < 0 {
				if words[j]&qwFirstPerson != 0 && !firstPerson && d.firstPerson(k+j) {
					firstPerson = true
				}
				continue
			}
			if e := k + j; d.toks[e].Kind == tokQuote && d.regions[ri].open == e {
				d.regions[ri].used = true
				at.kind = Mixed
			}
		}
	}
	if at.kind == Indirect && firstPerson && !d.speakerFirstPerson(at.speaker) {
		at.kind = Direct // Q11
	}
	// Trim quotation marks and punctuation at the ends of the span.
	at.content = d.trimSpan(at.content)
	if at.content.Len() == 0 {
		return
	}
	d.record(at)
}

// record appends *at to the attributions. It grows the array first, so
// that the attribution (208 bytes) is copied once, into its place: append
// copied it to a temporary first.
func (d *qdoc) record(at *qattr) {
	n := len(d.attrs)
	d.attrs = slices.Grow(d.attrs, 1)[:n+1]
	d.attrs[n] = *at
}

func (d *qdoc) speakerFirstPerson(sp [2]int) bool {
	if sp == noRange {
		return false
	}
	for k := sp[0]; k < sp[1]; k++ {
		if ok := d.firstPerson(k); ok {
			return true
		}
	}
	return false
}

// trimSpan trims white space, a leading comma or colon, and unpaired final
// commas from a content span.
func (d *qdoc) trimSpan(s Span) Span {
	for s.Start < s.End {
		if c := d.text[s.Start]; c < utf8.RuneSelf {
			// ASCII, most often: as below, without decoding.
			if !(qASCIISpace(c) || c == ',' || c == ':' || c == ';') {
				break
			}
			s.Start++
			continue
		}
		r, n := utf8.DecodeRuneInString(d.text[s.Start:s.End])
		if !(unicode.IsSpace(r) || r == ',' || r == ':' || r == ';') {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		if c := d.text[s.End-1]; c < utf8.RuneSelf {
			if !(qASCIISpace(c) || c == ',' || c == ':' || c == ';') {
				break
			}
			s.End--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(d.text[s.Start:s.End])
		if !(unicode.IsSpace(r) || r == ',' || r == ':' || r == ';' || r == '—' || r == '–') {
			break
		}
		s.End -= n
	}
	return s
}

// qASCIISpace is unicode.IsSpace for an ASCII byte.
func qASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// hasWords reports whether tokens [k, end) hold n words or more,
// counting no further than n.
func (d *qdoc) hasWords(k, end, n int) bool {
	return d.wordsUpTo(k, end, n) >= n
}

// wordsUpTo returns the number of words in tokens [k, end), or n when
// there are more, counting no further.
func (d *qdoc) wordsUpTo(k, end, n int) int {
	c := 0
	for e := k; e < end && e < len(d.toks) && c < n; e++ {
		if d.toks[e].Kind == tokWord {
			c++
		}
	}
	return c
}

// accordingTo applies Q9 to "according to" at token c.
func (d *qdoc) accordingTo(si, c int) {
	ss, se := d.sents[si][0], d.sents[si][1]
	sp := d.rightNP(c+2, se)
	if sp == noRange {
		// "according to exit polls": any words up to a comma.
		e := c + 2
		for e < se && (d.isWord(e) || d.toks[e].Kind == tokPossessive) && e < c+12 {
			e++
		}
		if e == c+2 {
			return
		}
		sp = [2]int{c + 2, e}
	}
	at := qattr{cue: [2]int{c, c + 2}, speaker: sp, via: noRange, region: -1, sent: si, rule: "Q9", speech: true}
	if c == ss || c > ss && (d.is(c-1, qwComma) || d.isPunct(c-1, "(")) && c-1 == ss {
		// "According to X, CONTENT"
		k := sp[1]
		if d.is(k, qwComma) {
			k++
		}
		if ri, ok := d.isOpen(k); ok && !d.regions[ri].used {
			d.addRegionQuote(&at, ri) // "According to X, “...”"
			return
		}
		end := d.contentEnd(&at, k, se)
		if !d.hasWords(k, end, 2) {
			return
		}
		at.content = Span{d.toks[k].Start, d.toks[end-1].End}
		d.finishContent(&at, k, end)
		return
	}
	if c > ss && (d.is(c-1, qwComma) || d.toks[c-1].Kind == tokDash) {
		if ri, ok := d.isClose(c - 2); ok {
			d.addRegionQuote(&at, ri)
			return
		}
		// "Fundraising, according to the campaign, has surged": the
		// sentence around the phrase.
		if d.is(sp[1], qwComma) && d.hasWords(sp[1]+1, se, 2) {
			end := d.contentEnd(&at, sp[1]+1, se)
			at.content = d.trimSpan(Span{d.toks[ss].Start, d.toks[end-1].End})
			at.contentFirst = ss
			d.finishContent(&at, ss, end)
			return
		}
		// "CONTENT, according to X.": whatever stands before is the
		// content, a clause or not ("About 58 percent of firms ...",
		// "In 2007, X set up ...").
		d.addLeft(&at, ss, c-1, true, 2)
		return
	}
	if c > ss+1 && d.toks[c-1].Kind == tokPossessive && d.isWord(c-2) && d.accordingEnds(sp[1], se) {
		d.addLeft(&at, ss, c-1, true, 1) // "That's according to X."
		return
	}
	if c > ss && d.isWord(c-1) && d.accordingEnds(sp[1], se) {
		d.addLeft(&at, ss, c, true, 3) // "X leads by 271 delegates according to a count"
	}
}

// accordingEnds reports whether Q9's source phrase ending at token e ends
// the sentence, perhaps after a few more words of its own ("according to a
// count by The Associated Press.").
func (d *qdoc) accordingEnds(e, se int) bool {
	for n := 0; e < se; e++ {
		if d.is(e, qwComma|qwSemicolon) || d.toks[e].Kind == tokQuote {
			return false
		}
		if d.isWord(e) {
			if n++; n > 8 {
				return false
			}
		}
	}
	return true
}

// stance applies Q15 at token c: an attitude stated with an adjective
// ("X is critical of Y", "X was concerned that ...") or a possessed noun
// ("X's support for Y", "X's claim that ..."). The content runs to the end
// of the clause; Speech is set only for nouns of speech (claim,
// statement). It reports whether it found one.
func (d *qdoc) stance(si, c int) bool {
	ss, se := d.sents[si][0], d.sents[si][1]
	cls := d.words[c]
	if cls&(qwStanceAdj|qwStanceNoun) == 0 {
		return false // most words (classified once, qWords)
	}
	w := d.lw(c)
	prep := d.lw(c + 1)
	var at qattr // field by field, as in cue
	at.cue, at.speaker, at.via = [2]int{c, c + 2}, noRange, noRange
	at.region, at.sent, at.rule = -1, si, "Q15"
	unsaid := false // the stance's holder is not named
	if cls&qwStanceAdj != 0 {
		// "X is critical of": a copula before, a preposition or "that" after.
		if ok := d.is(c+1, qwStancePrep); !ok {
			return false
		}
		j := c - 1
		for j >= ss && d.isWord(j) && (d.adverb(j) || d.lowAt(j) == "very" || d.lowAt(j) == "more" || d.lowAt(j) == "most" || d.lowAt(j) == "so" || d.lowAt(j) == "too" || d.lowAt(j) == "not") {
			j--
		}
		if cop := d.is(j, qwCopula); !cop {
			return false
		}
		j--
		for j >= ss && d.isWord(j) {
			if skip := d.is(j, qwSkipLeft); !skip {
				break
			}
			j--
		}
		if j < ss || !d.isWord(j) {
			return false
		}
		at.speaker, _ = d.leftNP(ss, j)
	} else if cls&qwStanceNoun != 0 && c >= ss+2 && d.toks[c-1].Kind == tokPossessive {
		// "X's support for": the possessor speaks.
		if ok := d.is(c+1, qwStancePrep); !ok {
			return false
		}
		at.speaker, _ = d.leftNP(ss, c-2)
		at.speech = lexSpeechNoun(w)
	} else if _, ok := qStanceNouns[w]; ok && c >= ss+1 && qPossessivePronoun(d.lw(c-1)) {
		// "his attacks on", "their criticism of": the possessive pronoun
		// is the speaker.
		if ok := d.is(c+1, qwStancePrep); !ok {
			return false
		}
		at.speaker = [2]int{c - 1, c}
		at.speech = lexSpeechNoun(w)
	} else if ok := d.is(c, qwSourceless); ok && c > ss && prep != "that" {
		// "criticism of the plan", "allegations of fraud": the stance
		// with its source unsaid.
		if ok := d.is(c+1, qwStancePrep); !ok {
			return false
		}
		at.speech = lexSpeechNoun(w)
		unsaid = true
	} else {
		return false
	}
	if !unsaid && (at.speaker == noRange || d.isPronounIt(at.speaker)) {
		return false
	}
	k := c + 2
	if d.is(k, qwTimeWord|qwMonth) {
		return false // "her criticism on Tuesday", "his remarks on Thursday"
	}
	end := d.contentEnd(&at, k, se)
	if prep != "that" {
		// "Their criticism of the plan grew louder": the noun phrase
		// after the preposition, not the sentence's own verb.
		end = d.objectEnd(k, end)
		// Nor a parenthetical attribution after it: "Ryan's endorsement
		// of Trump, many think, is ...".
		for e := k + 1; e < end; e++ {
			if !d.is(e, qwComma) || d.region[e] >= 0 {
				continue
			}
			for n := e + 1; n < se && n <= e+5 && d.isWord(n); n++ {
				if d.words[n]&qwCue != 0 && d.is(n+1, qwComma) {
					end = e
					break
				}
			}
		}
	}
	if !d.hasWords(k, end, 1) {
		return false
	}
	d.addContent(&at, k, end)
	return true
}

// evidential applies Q17 at token c: an unsourced judgement or hearsay,
// "X seemed (to) ...", "X appears to ...", "X is expected to ...", "it
// appears that ...", "X reportedly ...". The content is the clause with its subject (after "it ... that",
// the that-clause); there is no speaker and it is not speech.
func (d *qdoc) evidential(si, c int) bool {
	ss, se := d.sents[si][0], d.sents[si][1]
	w := d.lw(c)
	cue := [2]int{c, c + 1}
	switch {
	case d.is(c, qwSeem):
	case w == "reportedly" || w == "allegedly" || w == "purportedly":
		// "X reportedly spent ...": hearsay, its source unsaid.
	case d.is(c, qwAppear):
		// "appears to", "it appears that", "appeared more attractive",
		// "appears likely": not "appeared on television".
		n := d.lw(c + 1)
		if n != "to" && n != "that" && !(d.is(c+1, qwComma) && d.lw(c-1) == "it") && !d.is(c+1, qwAppearAdj) {
			return false
		}
	case w == "expected" || d.is(c, qwRaising|qwJudged):
		// "is expected to", "is widely believed to", "is said to"; "is
		// considered unclean", "is seen as", "was known as".
		b := c - 1
		for b > ss && (d.lw(b) == "not" || d.lw(b) == "also" || d.lw(b) == "still" || d.adverb(b)) {
			b--
		}
		if cop := d.is(b, qwCopula); !cop || !d.isWord(c+1) {
			return false
		}
		next := d.lw(c + 1)
		switch {
		case w == "expected" || d.is(c, qwRaising):
			if next != "to" {
				return false
			}
		case next == "by" || next == "that" || next == "to":
			return false // an agent or a clause: the cue rules' passives
		case (w == "seen" || w == "known") && next != "as" && (strings.HasSuffix(next, "ing") || strings.HasSuffix(next, "ed") || d.timeWord(c+1)):
			return false // "was seen sobbing", "can be seen parked": perception
		}
		cue[0] = b
	default:
		return false
	}
	if !d.isWord(c+1) && !d.is(c+1, qwComma) {
		return false
	}
	at := qattr{cue: cue, speaker: noRange, via: noRange, region: -1, sent: si, rule: "Q17"}
	// The subject: the noun phrase left of the cue, past adverbs and
	// auxiliaries ("would seem", "also appeared").
	j := cue[0] - 1
	for j >= ss && d.isWord(j) {
		if skip := d.is(j, qwSkipLeft); skip || d.adverb(j) {
			j--
			continue
		}
		break
	}
	if j < ss || !d.isWord(j) {
		return false
	}
	k := -1
	if d.lowAt(j) == "it" && j == cue[0]-1 {
		// "It appears (, though,) that ...": the that-clause; "it must be
		// considered": the clause with its subject.
		for e := c + 1; e < se && e < c+6; e++ {
			if d.lw(e) == "that" {
				k = e + 1
				break
			}
		}
		if k < 0 && (d.is(c, qwJudged|qwRaising) || w == "expected") {
			k = j
		}
	} else if d.relativePronoun(ss, j) {
		k = j // "who was accused of ...": the relative clause
	} else if subj, _ := d.leftNP(ss, j); subj != noRange && !d.isPronounIt(subj) {
		k = subj[0]
	} else {
		// Any subject will do for a judgement: "The ballot question fight
		// is expected to ..." (leftNP stops at the verb-like "question").
		k = j
		for k > ss && k > j-8 && d.isWord(k-1) {
			if stop := d.is(k-1, qwNPStop); stop {
				break
			}
			k--
		}
	}
	if k < 0 || k >= se {
		return false
	}
	end := d.contentEnd(&at, k, se)
	if end <= c+1 && k < c || !d.hasWords(k, end, 3) {
		return false
	}
	d.addContent(&at, k, end)
	return true
}

// colon applies Q13: a sentence that opens with a name and a colon
// ("Trump: Clinton should have called", "Lopez: Well, no one ...") is that
// speaker's. The name is one to four capitalised words, none of them a
// common word ("Note:", "Update:" are labels), and three words must follow.
func (d *qdoc) colon(si int) {
	ss, se := d.sents[si][0], d.sents[si][1]
	// Both forms below have a colon within the first nine tokens, after
	// words, possessives and full stops only (it may be token se): most
	// sentences have none (classify marks those with one).
	if d.colons[si] == 0 && !d.is(se, qwColon) {
		return
	}
	k := ss
	for k < se && k < ss+9 && (d.isWord(k) || d.toks[k].Kind == tokPossessive || d.is(k, qwPeriod)) {
		k++
	}
	if !d.is(k, qwColon) {
		return
	}
	k = ss
	// In a headline every word is capitalised, so common words may name
	// ("Judicial Watch: ..."); an interview's "Q:" and "A:" are letters.
	for k < se && k < ss+4 && d.isWord(k) && d.toks[k].is(tokCap) {
		if lexCommonWord(d.tokText(k)) && !d.toks[k].is(tokAllCaps) && !(d.paraOf[si] < 0 || d.titleCase(si)) {
			k = ss
			break
		}
		k++
	}
	if k == ss || !d.is(k, qwColon) {
		// A described speaker before a quotation: "Republican pollster
		// Jane Doe: “...”" (up to eight words ending in a name).
		k = ss
		for k < se && k < ss+8 && (d.isWord(k) || d.toks[k].Kind == tokPossessive || d.is(k, qwPeriod)) {
			k++
		}
		if k == ss || !d.is(k, qwColon) || !d.opensAt(k+1) || !d.toks[k-1].is(tokCap) {
			return
		}
	}
	if !d.hasWords(k+1, se, 3) || d.region[k] >= 0 || !d.colonSpeaker(ss, k) {
		return
	}
	at := qattr{cue: [2]int{k, k + 1}, speaker: [2]int{ss, k}, via: noRange, region: -1, sent: si, rule: "Q13", speech: true}
	if ri, ok := d.isOpen(k + 1); ok {
		d.addRegionQuote(&at, ri)
		return
	}
	end := d.contentEnd(&at, k+1, se)
	if end <= k+1 {
		return
	}
	at.content = Span{d.toks[k+1].Start, d.toks[end-1].End}
	at.contentFirst = k + 1
	at.kind = Direct
	at.content = d.trimSpan(at.content)
	if at.content.Len() > 0 {
		d.record(&at)
	}
}

// colonSpeaker reports whether the words [ss, k) before a colon can name a
// speaker: not a label in capitals ("CORRECTION:", "STAT OF THE WEEK:"),
// not a place heading a list ("Iowa: ..."). An interview's "Q:" and "A:"
// pass: the words are speech, whoever says them.
func (d *qdoc) colonSpeaker(ss, k int) bool {
	// A label in capitals is common words ("CORRECTION", "STAT OF THE
	// WEEK"); a transcript's speaker is a name ("JAKE TAPPER:").
	caps, common, allCommon := true, false, true
	for e := ss; e < k; e++ {
		if d.isWord(e) && !d.toks[e].is(tokAllCaps) {
			caps = false
		}
		if d.isWord(e) && lexCommonWord(d.lowAt(e)) {
			common = true
		} else if d.isWord(e) {
			allCommon = false
		}
	}
	letter := k-ss == 1 && d.toks[ss].End-d.toks[ss].Start == 1
	if (caps && common || allCommon) && !letter {
		// A label ("CORRECTION:", "Revealed:", "The Latest:"); but "A:"
		// is an interview's answer.
		return false
	}
	if label := d.is(ss, qwColonLabel); label && k-ss == 1 {
		return false
	}
	if _, _, place := lexPlace(d.text[d.toks[ss].Start:d.toks[k-1].End]); place {
		return false
	}
	return true
}

// quotedAsSaying applies Q8 to "A quoted B as saying CONTENT".
func (d *qdoc) quotedAsSaying(si, c int) bool {
	ss, se := d.sents[si][0], d.sents[si][1]
	sp := d.rightNP(c+1, se)
	if sp == noRange || d.lw(sp[1]) != "as" {
		return false
	}
	cue := sp[1] + 1
	if ok := d.isCue(cue); !ok {
		return false
	}
	via, _ := d.leftNP(ss, c-1)
	at := qattr{cue: [2]int{cue, cue + 1}, speaker: sp, via: via, region: -1, sent: si, rule: "Q8", speech: true}
	v, _ := d.cueAt(cue)
	d.addRightContent(&at, v, cue+1, se)
	return true
}

// dropInsideSpeech removes attributions whose cue lies inside unmarked
// direct speech (Q11): "When they asked me to sign, I walked out, the
// witness said" is the witness's speech, not a report of the asking.
func (d *qdoc) dropInsideSpeech() {
	// Most articles have no such quote: nothing to drop.
	some := false
	for i := range d.attrs {
		if o := &d.attrs[i]; o.kind == Direct && o.region < 0 && (o.rule == "Q6" || o.rule == "Q7") {
			some = true
			break
		}
	}
	if !some {
		return
	}
	out := d.attrs[:0]
	for i, at := range d.attrs {
		keep := true
		if at.cue[0] >= 0 {
			cs := d.toks[at.cue[0]].Start
			for j := max(0, i-8); j < len(d.attrs) && j <= i+8; j++ {
				o := &d.attrs[j]
				if j != i && o.kind == Direct && o.region < 0 && (o.rule == "Q6" || o.rule == "Q7") && o.content.Start <= cs && cs < o.content.End {
					keep = false
				}
			}
		}
		if keep {
			out = append(out, at)
		}
	}
	d.attrs = out
}

// leftoverRegions applies Q4 and Q10 to quotations no rule attributed.
// Attributions are swept in order of start and of end, so the cost stays
// linear in the number of quotations and attributions.
func (d *qdoc) leftoverRegions() {
	// byStart and byEnd in one pooled array (qdocBufs.order).
	n := len(d.attrs)
	d.bufs.order = reuseEmpty(d.bufs.order, 2*n)
	byStart, byEnd := d.bufs.order[:n], d.bufs.order[n:2*n]
	d.sortAttrIndexes(byStart, byEnd)
	si, ei := 0, 0
	maxEnd := -1 // the furthest end of the attributions started so far
	prev := -1   // the attribution ending last before the region
	for ri := range d.regions {
		r := &d.regions[ri]
		span := d.regionSpan(*r)
		for si < len(byStart) && d.attrs[byStart[si]].content.Start <= span.Start {
			if e := d.attrs[byStart[si]].content.End; e > maxEnd {
				maxEnd = e
			}
			si++
		}
		for ei < len(byEnd) && d.attrs[byEnd[ei]].content.End <= span.Start {
			prev = byEnd[ei]
			ei++
		}
		if r.used || d.regionWords(*r) < 4 {
			continue // Q10: scare quotes, or attributed already
		}
		if maxEnd >= span.End {
			continue // inside reported content: it made that quote mixed
		}
		// Q23: a quotation after a colon, its sentence's subject the
		// speaker: `She then addressed the supporters: “...”`, `he
		// returned to his familiar lines: "..."`.
		if c := r.open - 1; c > 0 && d.is(c, qwColon) && d.sentAt(c) == d.sentAt(r.open) {
			si := d.sentAt(r.open)
			if sp, via := d.clauseSpeaker(si, c, len(d.attrs)); sp != noRange && sp[1] < c {
				prev = d.addRegionAttr(qattr{cue: [2]int{c, c + 1}, speaker: sp, via: via, ref: noRange, region: ri, sent: si, rule: "Q23", kind: Direct, speech: true}, span)
				continue
			}
		}
		// Q4: a quotation that opens a sentence right after a sentence of
		// the same paragraph that names someone new as its subject and
		// attributes nothing ("Prosecutor Dan Reyes was unmoved. “...”")
		// is that person's.
		if si := d.sentAt(r.open); r.open == d.sents[si][0] && si > 0 && d.paraOf[si-1] == d.paraOf[si] &&
			(prev < 0 || d.attrs[prev].sent < si-1) {
			if sp, _ := d.clauseSpeaker(si-1, d.sents[si-1][1], len(d.attrs)); sp != noRange && d.toks[sp[1]-1].is(tokCap) {
				prev = d.addRegionAttr(qattr{cue: noRange, speaker: sp, via: noRange, region: ri, sent: si, rule: "Q4", kind: Direct, speech: true}, span)
				continue
			}
		}
		// Q4: the previous attributed quotation in this or the previous
		// paragraph lends its speaker.
		if prev < 0 {
			continue
		}
		pa := d.attrs[prev]
		para := d.paraOf[d.sentAt(r.open)]
		if pa.speaker == noRange {
			continue
		}
		if p := d.paraOf[pa.sent]; p != para && p != para-1 {
			continue
		}
		if !(d.isParaStart(r.open) || d.paraOf[pa.sent] == para) {
			continue
		}
		// The nearest attribution now.
		prev = d.addRegionAttr(qattr{cue: noRange, speaker: pa.speaker, via: pa.via, ref: pa.ref, region: ri, sent: d.sentAt(r.open), rule: "Q4", kind: Direct, speech: true}, span)
	}
}

// sortAttrIndexes sets byStart and byEnd to the indexes of d.attrs sorted
// by content start and by content end, equal keys in index order (see
// qPackKey), in one pass over the attributions.
func (d *qdoc) sortAttrIndexes(byStart, byEnd []int) {
	n := len(d.attrs)
	d.bufs.keys = reuseEmpty(d.bufs.keys, 2*n)
	starts, ends := d.bufs.keys[:n], d.bufs.keys[n:2*n]
	ok := uint64(n) < qPackedIndex
	for i := range d.attrs {
		c := &d.attrs[i].content
		s, ok1 := qPackKey(c.Start, i)
		e, ok2 := qPackKey(c.End, i)
		starts[i], ends[i] = s, e
		ok = ok && ok1 && ok2
	}
	if !ok {
		for i := range byStart {
			byStart[i], byEnd[i] = i, i
		}
		slices.SortStableFunc(byStart, func(a, b int) int { return d.attrs[a].content.Start - d.attrs[b].content.Start })
		slices.SortStableFunc(byEnd, func(a, b int) int { return d.attrs[a].content.End - d.attrs[b].content.End })
		return
	}
	// The attributions come mostly in text order: test before sorting.
	if !slices.IsSorted(starts) {
		slices.Sort(starts)
	}
	if !slices.IsSorted(ends) {
		slices.Sort(ends)
	}
	for i := range byStart {
		byStart[i], byEnd[i] = int(starts[i]&qPackedIndex), int(ends[i]&qPackedIndex)
	}
}

// addRegionAttr records at as the attribution of its quotation region,
// whose text is span, and returns its index.
func (d *qdoc) addRegionAttr(at qattr, span Span) int {
	r := &d.regions[at.region]
	r.used = true
	at.content = span
	at.contentFirst = r.first
	d.record(&at)
	return len(d.attrs) - 1
}

// rangeSpan returns the byte span of a token range, zero for noRange.
func (d *qdoc) rangeSpan(r [2]int) Span {
	if r[0] < 0 || r[1] <= r[0] || r[1] > len(d.toks) {
		return Span{}
	}
	return Span{d.toks[r[0]].Start, d.toks[r[1]-1].End}
}

// qClauseLinker reports words that open a new clause after a comma: what
// comes before them is a clause of its own.
func qClauseLinker(w string) bool {
	switch w {
	case "and", "but", "as", "while", "when", "after", "before", "because", "since", "although", "though", "which", "who", "whereas", "so", "even", "until":
		return true
	}
	return false
}

// qParticipleLead reports words that lead a participle clause: "while
// saying", "before adding".
func qParticipleLead(w string) bool {
	switch w {
	case "while", "when", "after", "before", "by", "also", "upon", "without", "in":
		return true
	}
	return false
}

// qIsAdverb reports a lower-case -ly adverb ("repeatedly", "publicly").
func qIsAdverb(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") {
		return false
	}
	_, not := qNotAdverbs[w]
	return !not
}
