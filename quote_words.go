package news

import (
	"slices"
	"sync"
)

// The word classes of the quote rules. The cue and stance tests of
// quote_rules.go (cueAt, stance) ask, for nearly every token outside a
// quotation, whether it is a speech verb that may cue and whether it is a
// stance adjective or noun. qWordTable answers all three with one lookup,
// and findQuotes makes that lookup once per token (qdoc.classify). It also
// holds the words that open the phrase rules of sentenceCues ("according
// to", "quoted ... as saying"), so that sentenceCues passes over a token
// that is none of these at once.

// qWordClass holds the classes of a word as bits: those below, the
// classes of quote_classes.go, and a speech verb (see qwVerbShift).
type qWordClass uint64

// The word classes.
const (
	qwVerb       qWordClass = 1 << iota // a form of a speech verb (lexicon/speech_verbs.txt)
	qwCue                               // ... whose lemma may cue: see cueAt
	qwStanceAdj                         // in qStanceAdjectives
	qwStanceNoun                        // in qStanceNouns
	qwPhrase                            // opens a phrase rule: "according", "quoted", "reportedly", "in"
)

// qWordInfo is what the quote rules know of a word.
type qWordInfo struct {
	cls  qWordClass
	verb int32 // index in qWordTable.verbs when cls has qwVerb
}

// qWordTable is the read-only index of the words of every class, built
// once from the lexicon and the lists of quote_lexicon.go.
type qWordTable struct {
	idx   lexIndex
	info  []qWordInfo // per key of idx
	verbs []lexVerb
	// lemmas are the lemma classes of each verb's lemma (qLemmaClasses
	// of verbs[k].Lemma), read by primeLemma.
	lemmas []qLemmaClass
	tok    []qWordClass // per key of idx: what classify keeps for a token of it
	low    qLowerIndex  // the keys of idx again, for lower-case words
}

var (
	qWordOnce sync.Once
	qWordTab  *qWordTable
)

// qWords returns the word table, building it on first use.
func qWords() *qWordTable {
	qWordOnce.Do(func() {
		t := &qWordTable{}
		m := map[string]qWordInfo{}
		for form, v := range lexLoadMaps().verbs {
			w := qWordInfo{cls: qwVerb | qwVerbForm, verb: int32(len(t.verbs))}
			t.verbs = append(t.verbs, v)
			// cueAt: a speech verb, or another verb of qCognitionCues,
			// qAsCues or qObjectCues; not one of qNotCues, nor a form of
			// qAmbiguousForms.
			_, cog := qCognitionCues[v.Lemma]
			_, as := qAsCues[v.Lemma]
			_, obj := qObjectCues[v.Lemma]
			_, not := qNotCues[v.Lemma]
			_, amb := qAmbiguousForms[form]
			if (v.Class == lexSpeech || cog || as || obj) && !not && !amb {
				w.cls |= qwCue
			}
			if _, thatOnly := qThatCues[v.Lemma]; thatOnly {
				w.cls |= qwPhrase // a cue before "that" only: see sentenceCues
			}
			m[form] = w
		}
		for w := range qStanceAdjectives {
			e := m[w]
			e.cls |= qwStanceAdj
			m[w] = e
		}
		for w := range qStanceNouns {
			e := m[w]
			e.cls |= qwStanceNoun
			m[w] = e
		}
		// Phrase openers: "according to" (Q9), "quoted ... as saying"
		// (Q8), hearsay adverbs (Q17), the "in" of a poll (Q18), "as X put it"
		// (Q19), "made (it) clear that".
		for _, w := range []string{"according", "quoted", "reportedly", "allegedly", "purportedly", "in", "put", "made", "make", "makes", "making"} {
			e := m[w]
			e.cls |= qwPhrase
			m[w] = e
		}
		qAddClasses(m)
		t.idx, t.info = lexIndexOf(m)
		if len(t.verbs) >= 1<<(64-qwVerbShift) {
			panic("news: too many speech verbs for the bits of qwVerbShift")
		}
		t.low = newQLowerIndex(t.idx.keyList(), qWordSlots)
		if len(t.low.slots) != qWordSlots {
			// The lists, not the input: TestQClasses fails first.
			panic("news: qWordSlots is too small for the quote word lists")
		}
		t.lemmas = make([]qLemmaClass, len(t.verbs))
		for k, v := range t.verbs {
			t.lemmas[k] = qLemmaClasses(v.Lemma)
		}
		t.tok = make([]qWordClass, len(t.info))
		for k, w := range t.info {
			t.tok[k] = w.cls
			if w.cls&qwVerb != 0 {
				t.tok[k] |= qWordClass(w.verb+1) << qwVerbShift
			}
		}
		for i := range t.low.slots {
			if sl := &t.low.slots[i]; sl.n != 0 {
				sl.cls = t.tok[sl.key]
			}
		}
		qWordTab = t
	})
	return qWordTab
}

// qWordSlots is the size of qWordTable.low, fixed so that classify's
// lookup knows it: at least three times the number of words (qWords
// checks it).
const (
	qWordShift = 64 - 13
	qWordSlots = 1 << (64 - qWordShift)
)

// classify looks up every word token once, and keeps its classes: those
// of qwRule (the only ones cueAt, stance and sentenceCues read), the
// others (quote_classes.go) and its speech verb; listCands takes the rule
// classes off the words inside quotations. In the same pass it lists the
// quotation marks, in text order, for pairQuotes, in the array of region
// (there are no more of them than tokens), which it makes, and the
// candidates of listCands (d.cands); it marks the sentences with a colon.
//
// A word with an id has its classes in its vocabulary entry (W2,
// vocabWord.q); lookupWord finds those of another.
func (d *qdoc) classify() (qmarks []int) {
	tab := qWords()
	// Every element of words is set below: no clearing.
	nt := len(d.toks)
	d.words = reuseEmpty(d.bufs.words, nt)[:nt]
	// tcase (see titleCase) and colons in one array.
	ns := len(d.sents)
	d.bufs.tcase = reuseZero(d.bufs.tcase, 2*ns)
	d.tcase, d.colons = d.bufs.tcase[:ns:ns], d.bufs.tcase[ns:]
	// region's array holds the quotation marks (then region, made by
	// pairQuotes) and listCands' cands and sentCands.
	d.region = reuseEmpty(d.bufs.region, 2*nt+ns+1)[:nt]
	// Two passes. The first sets the classes of the words with an id
	// (nearly all), read from their entries (W2), and lists those of a
	// class of qwRule, the candidates of listCands, in text order, in the
	// array's second nt elements; it lists the other tokens in its first
	// nt. The second pass, over those, finds the classes of punctuation
	// and of the words without an id (lookupWord), marks the sentences
	// with a colon, and keeps the quotation marks, in text order, in place
	// of the list it reads (there are no more of them than it has read).
	//
	// The events finder reads the tokens of its classes (see tlScan):
	// the words of its classes, which the first pass lists with the
	// others, and the commas and semicolons. The second pass lists them
	// for it, in text order, in td.tlToks (one pass over the tokens for
	// both finders).
	buf := d.region[:2*nt]
	others, cands := buf[:nt:nt], buf[nt:]
	words := d.words[:nt]
	vw := d.vocab.words
	nc, no := fillVocabClasses(d.ids[:nt], vw, words, cands, others)
	low, toks, ids := d.lowText, d.toks[:nt], d.ids[:nt]
	nq, rule := 0, false
	tl := reuseEmpty(d.tlToks, no) // room for all: append never grows it
	for _, i := range others[:no] {
		if x := uint(uint32(ids[i]) - 1); x < uint(len(vw)) {
			tl = append(tl, int32(i)) // a word of the events finder's classes
			continue
		}
		switch t := &toks[i]; t.Kind {
		case tokWord:
			c := d.lookupWord(tab, i)
			c |= qSuffixClasses(d.lowAt(i), c)
			words[i] = c
			rule = rule || c&qwRule != 0
		case tokPunct:
			if t.End-t.Start == 1 {
				c := qPunctClasses[low[t.Start]]
				words[i] = c
				if c == qwColon {
					d.colons[d.sentAt(i)] = 1
				}
				if c&(qwComma|qwSemicolon) != 0 {
					tl = append(tl, int32(i))
				}
			}
		case tokQuote:
			others[nq] = i
			nq++
		}
	}
	if rule {
		// A candidate out of order: list them again.
		nc = 0
		for i, c := range words {
			if c&qwRule != 0 {
				cands[nc] = i
				nc++
			}
		}
	}
	qmarks = others[:nq]
	d.tlToks, d.tlListed = tl, true
	d.verbs, d.lemmas = tab.verbs, tab.lemmas
	d.cands = cands[:nc]
	return qmarks
}

// fillVocabClasses sets words[i] to the classes of the word with id
// ids[i] (W2), read from its entry in vw, and to 0 for a token without an
// id. It lists the tokens of a class of qwRule in cands and those without
// an id or with one of the events finder's classes (tlvClasses: see
// classify) in others, in text order, and returns how many of each. words,
// cands and others have at least len(ids) elements. Its loop makes no
// call: it is the one pass over every token. It is kept out of line:
// inlined in classify, its loop's variables were kept in memory, not in
// registers (10 instructions more a token).
//
//go:noinline
func fillVocabClasses(ids []int32, vw []vocabWord, words []qWordClass, cands, others []int) (nc, no int) {
	words, cands, others = words[:len(ids)], cands[:len(ids)], others[:len(ids)]
	for i, id := range ids {
		// One test for both "no id" and the bounds of vw: id 0 wraps to
		// a number past any vocabulary.
		x := uint(uint32(id) - 1)
		if x >= uint(len(vw)) {
			words[i] = 0
			others[no] = i
			no++
			continue
		}
		c := vw[x].q
		words[i] = c
		if c&qwRule != 0 {
			cands[nc] = i
			nc++
		}
		if vw[x].tl&tlvClasses != 0 {
			others[no] = i
			no++
		}
	}
	return nc, no
}

// lookupWord returns the classes of word token i, which has no id (W1),
// looking it up in tab.low: the lookup is tab.low.find written out for
// words of the article's text, which is read eight bytes at a time.
func (d *qdoc) lookupWord(tab *qWordTable, i int) qWordClass {
	low, t := d.lowText, &d.toks[i]
	n := t.End - t.Start
	if uint(n-1) >= lexFoldMax {
		return 0
	}
	var head uint64
	if t.Start+8 <= len(low) {
		head = qLE64(low, t.Start) & qHeadMask[n&31]
	} else {
		head = qHead(low[t.Start:t.End]) // at the end of the text
	}
	tail := uint64(0)
	if n > 8 {
		tail = qLE64(low, t.End-8)
	}
	slots := (*[qWordSlots]qSlot)(tab.low.slots)
	for h := qHash(head, tail, qWordShift); ; h = (h + 1) & (qWordSlots - 1) {
		sl := &slots[h]
		if sl.head == head && sl.tail == tail && int(sl.n) == n {
			if n > 16 {
				// Its middle bytes are still to compare.
				if k := tab.low.find(d.lowAt(i)); k >= 0 {
					return tab.tok[k]
				}
				return 0
			}
			return sl.cls
		}
		if sl.n == 0 {
			return 0
		}
	}
}

// qWordClassOf returns the classes classify gives a word of 1 to 16
// bytes whose lower-cased text is w (see vocabWord.q).
func qWordClassOf(w string) qWordClass {
	tab := qWords()
	var c qWordClass
	if k := tab.low.find(w); k >= 0 {
		c = tab.tok[k]
	}
	return c | qSuffixClasses(w, c)
}

// listCands takes the rule classes off the words inside quotations (they
// are for words outside them only) and lists the tokens of the others,
// cands, and where each sentence's start, sentCands. It runs after
// pairQuotes, over the candidates that classify listed (the tokens of a
// class of qwRule).
func (d *qdoc) listCands() {
	nt, ns := len(d.toks), len(d.sents)
	buf := d.region[:2*nt+ns+1] // see classify
	d.sentCands = buf[2*nt : 2*nt+ns+1]
	words, region := d.words[:nt], d.region[:nt]
	cands := d.cands[:0] // classify's candidates, filtered in place
	for _, i := range d.cands {
		if region[i] >= 0 {
			words[i] &^= qwRule
		} else {
			cands = append(cands, i)
		}
	}
	// Where each sentence's candidates start.
	p := 0
	for si, r := range d.sents {
		for p < len(cands) && cands[p] < r[0] {
			p++
		}
		d.sentCands[si] = p
	}
	d.sentCands[len(d.sents)] = len(cands)
	d.cands = cands
}

// verbAt returns the speech verb of word token i (one of qwVerbForm), the
// zero lexVerb for other tokens.
func (d *qdoc) verbAt(i int) lexVerb {
	if i < 0 || i >= len(d.words) {
		return lexVerb{}
	}
	if v := d.words[i] >> qwVerbShift; v > 0 {
		return d.verbs[v-1]
	}
	return lexVerb{}
}

// qSortAttrs sorts attributions by content start, keeping the order of
// equal starts (as slices.SortStableFunc would). An attribution is a large
// struct, so it sorts their indexes (packed with their starts, see
// qPackKey) and then moves each attribution once, following the
// permutation's cycles.
func qSortAttrs(attrs []qattr) {
	sorted := true
	for i := 1; i < len(attrs); i++ {
		if attrs[i].content.Start < attrs[i-1].content.Start {
			sorted = false
			break
		}
	}
	if sorted {
		return
	}
	var buf [128]uint64 // most articles: no allocation
	keys := buf[:0]
	if len(attrs) > len(buf) {
		keys = make([]uint64, 0, len(attrs))
	}
	ok := uint64(len(attrs)) < qPackedIndex
	for i := range attrs {
		k, fits := qPackKey(attrs[i].content.Start, i)
		keys = append(keys, k)
		ok = ok && fits
	}
	if !ok {
		slices.SortStableFunc(attrs, func(x, y qattr) int { return x.content.Start - y.content.Start })
		return
	}
	slices.Sort(keys)
	// attrs[i] becomes the old attrs[keys[i]&qPackedIndex]; a done place
	// is marked qPackedDone.
	for i := range keys {
		if keys[i] == qPackedDone || int(keys[i]&qPackedIndex) == i {
			continue // moved already, or in its place
		}
		tmp := attrs[i]
		j := i
		for {
			k := int(keys[j] & qPackedIndex)
			keys[j] = qPackedDone
			if k == i {
				attrs[j] = tmp
				break
			}
			attrs[j] = attrs[k]
			j = k
		}
	}
}

// qPackedIndex takes the index out of a key of qPackKey; qPackedDone is no
// key of it (its index would be 1<<32 - 1).
const (
	qPackedIndex = 1<<32 - 1
	qPackedDone  = ^uint64(0)
)

// qPackKey packs index i with its sort key k as k<<32 | i, so that one sort
// of plain integers orders indexes by key, equal keys in index order (a
// stable sort), far cheaper than a stable sort with a comparison
// function. ok is false when k does not fit in 32 bits (an article of 4
// GiB), nor should i: the caller then sorts another way.
func qPackKey(k, i int) (_ uint64, ok bool) {
	if uint64(k) > qPackedIndex { // a negative key too
		return 0, false
	}
	return uint64(k)<<32 | uint64(i), true
}
