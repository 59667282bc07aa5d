package news

import (
	"strings"
	"sync"
)

// Per-token word classes of the closed-class lists of quote_lexicon.go.
//
// The quote rules ask of the same few tokens, again and again, whether
// they are a determiner, a preposition, an auxiliary and so on: the rule
// functions scan left and right of every cue, and several scans pass over
// the same words. Rather than a map lookup per question, qWords (see
// quote_words.go) holds every word of these lists with its classes as bits,
// classify looks each word token up once, and a question is then a bit
// test, d.is(k, qwDet). A class holds exactly the words of its list that
// are in lower case (the rules look the lists up with d.lw or d.lowAt,
// which are lower case, so no other key could match); d.is is false for
// tokens out of range and tokens that are not words, as the lookup of ""
// that d.lw returns for them is.
//
// A new list that the rules look up per token should get a class here:
// add the bit, then the list to qClassLists.

// The classes of every word token (the first five, qwVerb to qwPhrase, are
// in quote_words.go and are set outside quotations only), and of four
// punctuation tokens of one byte (first, so that classify's tests of them
// with qwRule are small constants).
const (
	qwComma        qWordClass = 1 << (iota + 5) // the punctuation token "," (not a word: see qPunctClasses)
	qwColon                                     // ":"
	qwPeriod                                    // "." (one dot)
	qwSemicolon                                 // ";"
	qwVerbForm                                  // a form of a speech verb, inside quotations too (lexSpeechVerb)
	qwDet                                       // qDeterminers
	qwPassiveAux                                // qPassiveAux
	qwSkipLeft                                  // qSkipLeft
	qwAspect                                    // qAspectVerbs
	qwSubjPron                                  // qSubjectPronouns
	qwObjPron                                   // qObjectPronouns
	qwSentAdv                                   // qSentenceAdverbs
	qwNPStop                                    // qNPStop
	qwPrep                                      // qPrepositions
	qwTimeWord                                  // qTimeWords
	qwTimeUnit                                  // qTimeUnits
	qwDurationUnit                              // qDurationUnits
	qwClauseOpener                              // qClauseOpeners
	qwFirstPerson                               // the lower-case form of a word of qFirstPerson (which is case-sensitive)
	qwNotAdverb                                 // qNotAdverbs
	qwNPOpener                                  // qNPOpeners
	qwShare                                     // qShareNouns
	qwColonLabel                                // qColonLabels
	qwSource                                    // qSourceNouns
	qwSmallNumber                               // qSmallNumbers
	qwPollNoun                                  // qPollNouns
	qwNotTopic                                  // qNotTopics
	qwAux                                       // qAuxiliaries
	qwWh                                        // qWhWords
	qwNotSpeaker                                // qNotSpeakers
	qwSourceless                                // qSourcelessStances
	qwStancePrep                                // qStancePreps
	qwCopula                                    // qCopulas
	qwSeem                                      // qSeemForms
	qwAppear                                    // qAppearForms
	qwRaising                                   // qRaisingPassives
	qwJudged                                    // qJudgedPassives
	qwAppearAdj                                 // qAppearAdjectives
	qwMonth                                     // monthNames (a month, value > 0)
	qwTLVerb                                    // tlVerbs
	qwAndBut                                    // "and", "but"
	qwEvidWord                                  // "reportedly", "allegedly", "purportedly", "expected" (see evidential)
	qwMake                                      // "made", "make", "makes", "making" (see madeClear)
	qwAdverb                                    // qIsAdverb: in -ly, of five bytes or more, not of qNotAdverbs (see qSuffixClasses)
	qwEd                                        // in -ed, of five bytes or more (verbLike, pastLike)
	qwIng                                       // in -ing
	qwNegated                                   // in -n't or -n’t
	qwLastClass                                 // not a class: the first bit after them
)

// qPunctClasses are the classes of punctuation tokens of one byte, by
// that byte: d.is(k, qwComma) is d.isPunct(k, ",") and so on.
var qPunctClasses = [256]qWordClass{',': qwComma, ':': qwColon, '.': qwPeriod, ';': qwSemicolon}

// The speech verb of a word token is kept in the high bits of its classes:
// its index in qWordTable.verbs plus one, 0 for no verb.
const qwVerbShift = 53

// qwRule are the classes that sentenceCues starts rules at, set outside
// quotations only.
const qwRule = qwVerb | qwCue | qwStanceAdj | qwStanceNoun | qwPhrase

// qClassLists are the lists that the classes stand for.
func qClassLists() []struct {
	cls   qWordClass
	words []string
} {
	type list = struct {
		cls   qWordClass
		words []string
	}
	keys := func(m map[string]struct{}) []string {
		out := make([]string, 0, len(m))
		for w := range m {
			out = append(out, w)
		}
		return out
	}
	trues := func(m map[string]bool) []string {
		var out []string
		for w, ok := range m {
			if ok {
				out = append(out, w)
			}
		}
		return out
	}
	var months []string
	for w, m := range monthNames {
		if m > 0 {
			months = append(months, w)
		}
	}
	var firstPerson []string
	for w := range qFirstPerson {
		firstPerson = append(firstPerson, qASCIILower(w))
	}
	return []list{
		{qwDet, keys(qDeterminers)},
		{qwPassiveAux, keys(qPassiveAux)},
		{qwSkipLeft, keys(qSkipLeft)},
		{qwAspect, keys(qAspectVerbs)},
		{qwSubjPron, keys(qSubjectPronouns)},
		{qwObjPron, keys(qObjectPronouns)},
		{qwSentAdv, keys(qSentenceAdverbs)},
		{qwNPStop, keys(qNPStop)},
		{qwPrep, keys(qPrepositions)},
		{qwTimeWord, keys(qTimeWords)},
		{qwTimeUnit, keys(qTimeUnits)},
		{qwDurationUnit, keys(qDurationUnits)},
		{qwClauseOpener, keys(qClauseOpeners)},
		{qwFirstPerson, firstPerson},
		{qwNotAdverb, keys(qNotAdverbs)},
		{qwNPOpener, keys(qNPOpeners)},
		{qwShare, keys(qShareNouns)},
		{qwColonLabel, keys(qColonLabels)},
		{qwSource, keys(qSourceNouns)},
		{qwSmallNumber, keys(qSmallNumbers)},
		{qwPollNoun, keys(qPollNouns)},
		{qwNotTopic, keys(qNotTopics)},
		{qwAux, keys(qAuxiliaries)},
		{qwWh, keys(qWhWords)},
		{qwNotSpeaker, keys(qNotSpeakers)},
		{qwSourceless, keys(qSourcelessStances)},
		{qwStancePrep, keys(qStancePreps)},
		{qwCopula, keys(qCopulas)},
		{qwSeem, trues(qSeemForms)},
		{qwAppear, trues(qAppearForms)},
		{qwRaising, trues(qRaisingPassives)},
		{qwJudged, trues(qJudgedPassives)},
		{qwAppearAdj, trues(qAppearAdjectives)},
		{qwMonth, months},
		{qwTLVerb, keys(tlVerbs)},
		{qwAndBut, []string{"and", "but"}},
		{qwEvidWord, []string{"reportedly", "allegedly", "purportedly", "expected"}},
		{qwMake, []string{"made", "make", "makes", "making"}},
	}
}

// qASCIILower returns w with ASCII upper case folded, as textDoc.lowAt
// folds it.
func qASCIILower(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// qAddClasses adds the classes of qClassLists to the word table's map.
// Words not in lower case are left out: the lists are looked up with
// lower-case words, which never match them.
func qAddClasses(m map[string]qWordInfo) {
	for _, l := range qClassLists() {
		for _, w := range l.words {
			if w != qASCIILower(w) || w == "" || len(w) > lexFoldMax {
				continue
			}
			e := m[w]
			e.cls |= l.cls
			m[w] = e
		}
	}
}

// is reports whether token i has one of the classes c (a word of one of
// their lists). It is false for an index out of range and for a token
// that is not a word.
func (d *qdoc) is(i int, c qWordClass) bool {
	return uint(i) < uint(len(d.words)) && d.words[i]&c != 0
}

// qSuffixClasses returns the classes of a word's ending, qwAdverb, qwEd,
// qwIng and qwNegated, of a word whose lower-cased text is w and whose
// other classes are cls (for qwNotAdverb). classify gives them to every
// word token: with the others, they are a function of its text (W2).
func qSuffixClasses(w string, cls qWordClass) qWordClass {
	var c qWordClass
	if len(w) >= 5 && strings.HasSuffix(w, "ly") && cls&qwNotAdverb == 0 {
		c |= qwAdverb
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		c |= qwEd
	}
	if strings.HasSuffix(w, "ing") {
		c |= qwIng
	}
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		c |= qwNegated
	}
	return c
}

// adverb is qIsAdverb(d.lw(k)): a word in -ly of five letters or more,
// not one of qNotAdverbs.
func (d *qdoc) adverb(k int) bool {
	return d.is(k, qwAdverb)
}

// verbLike is qVerbLike(d.lw(k)).
func (d *qdoc) verbLike(k int) bool {
	return d.is(k, qwTLVerb|qwVerbForm|qwEd)
}

// pastLike is qPastLike(d.lw(k)).
func (d *qdoc) pastLike(k int) bool {
	return d.is(k, qwTLVerb|qwEd)
}

// firstPerson is qFirstPerson[d.tokText(k)] for a word token k: the list
// is case-sensitive, and the class holds its lower-case forms.
func (d *qdoc) firstPerson(k int) bool {
	if !d.is(k, qwFirstPerson) {
		return false
	}
	if x, ok := d.extra(k); ok {
		return x&qxFirstPerson != 0
	}
	_, ok := qFirstPerson[d.tokText(k)]
	return ok
}

// qExtraClass holds, as bits, what the quote rules ask of a word now and
// then rather than of every token (so not in qWordClass, which classify
// copies for every token): the rules read it from the word's vocabulary
// entry (vocabWord.qx, W2) when the token has an id, and look the word up
// when it has none.
type qExtraClass uint8

// The extra classes.
const (
	qxPersonNoun  qExtraClass = 1 << iota // qPersonNoun of the word in lower case
	qxFirstPerson                         // in qFirstPerson as written (case-sensitive)
)

// qVocabFill sets what the quote rules read of a word's vocabulary entry
// (W2): w is its text as written, low the same in lower case.
func qVocabFill(e *vocabWord, w, low string) {
	e.q = qWordClassOf(low)
	e.qx = 0
	if qPersonNoun(low) {
		e.qx |= qxPersonNoun
	}
	if _, ok := qFirstPerson[w]; ok {
		e.qx |= qxFirstPerson
	}
}

// extra returns the extra classes of token k from its vocabulary entry,
// and false when it has no id (or k is out of range).
func (d *qdoc) extra(k int) (qExtraClass, bool) {
	if uint(k) < uint(len(d.ids)) {
		if id := d.ids[k]; id != 0 {
			return d.vocab.words[id-1].qx, true
		}
	}
	return 0, false
}

// personNoun is qPersonNoun(d.lowAt(k)) for a token k.
func (d *qdoc) personNoun(k int) bool {
	if x, ok := d.extra(k); ok {
		return x&qxPersonNoun != 0
	}
	return qPersonNoun(d.lowAt(k))
}

// The classes must stay below the speech verb's bits.
const _ = uint64(1<<qwVerbShift - qwLastClass)

// qLowerIndex finds a lower-case word among the keys of qWords, for
// classify, and the lemmas of qLemmaIs. Its words come from
// textDoc.lowAt, already folded, so a key is found by plain comparison
// (lexIndex folds case byte by byte). A word is read as two 64-bit
// numbers, its first eight bytes and its last eight (see qPacked), which
// with its length are the whole word up to 16 bytes: the hash mixes them,
// and a slot holds them, so that a word is compared with a key in three
// comparisons of numbers (and its bytes only when it is longer). The
// table is a third full at most, so a word of no class is mostly
// rejected at its first slot.
type qLowerIndex struct {
	slots []qSlot
	keys  []string
	shift uint32
}

// qSlot is a slot of qLowerIndex (32 bytes): a key, read as numbers (see
// qPacked), its index in keys and the classes that qWords gives it (for
// classify); n is 0 for an empty slot.
type qSlot struct {
	head, tail uint64
	n, key     int32
	cls        qWordClass
}

// qPacked is a word read as numbers: its first eight bytes (the first
// byte lowest, zero above the last byte of a shorter word), its last eight
// when it is longer than eight bytes (else 0), and its length.
type qPacked struct {
	head, tail uint64
	n          int32
}

// newQLowerIndex indexes the lower-case keys of keys (others are never
// found, as lexIndex.find never finds them for a lower-case word).
// The table has at least minSlots slots.
func newQLowerIndex(keys []string, minSlots int) qLowerIndex {
	x := qLowerIndex{keys: keys, shift: 64 - 6}
	for 1<<(64-x.shift) < max(3*len(keys), minSlots) {
		x.shift--
	}
	x.slots = make([]qSlot, 1<<(64-x.shift))
	mask := uint32(len(x.slots) - 1)
	for k, w := range keys {
		if w == "" || len(w) > lexFoldMax || w != qASCIILower(w) {
			continue
		}
		p := qPack(w)
		i := qHash(p.head, p.tail, x.shift)
		for x.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = qSlot{head: p.head, tail: p.tail, n: p.n, key: int32(k)}
	}
	return x
}

// qPack reads word w (of 1 to lexFoldMax bytes) as numbers, byte by byte.
func qPack(w string) qPacked {
	p := qPacked{n: int32(len(w)), head: qHead(w)}
	if len(w) > 8 {
		for i := len(w) - 1; i >= len(w)-8; i-- {
			p.tail = p.tail<<8 | uint64(w[i])
		}
	}
	return p
}

// qHead returns the first eight bytes of w, or all of a shorter w, as a
// little-endian number, byte by byte.
func qHead(w string) uint64 {
	var h uint64
	for i := min(len(w), 8) - 1; i >= 0; i-- {
		h = h<<8 | uint64(w[i])
	}
	return h
}

// qLE64 returns the eight bytes of s at i as a little-endian number (one
// load: the compiler merges the byte reads).
func qLE64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// qHash returns the slot of a word read as head and tail (see qPacked)
// in a table of 1<<(64-shift) slots. The length is left out: a word of
// eight bytes or less has as many non-zero bytes in head, and the rare
// longer words of the same head^tail are told apart by the comparison.
func qHash(head, tail uint64, shift uint32) uint32 {
	return uint32((head ^ tail) * 0x9e3779b97f4a7c15 >> (shift & 63))
}

// qHeadMask keeps, for a word of n bytes, the bytes of head (see
// qPacked) that are the word's: the first min(n, 8).
var qHeadMask = func() (m [32]uint64) {
	for n := range m {
		m[n] = ^uint64(0) >> (64 - 8*min(n, 8))
	}
	return m
}()

// find returns the index of the key equal to s, or -1.
func (x *qLowerIndex) find(s string) int {
	if len(s) == 0 || len(s) > lexFoldMax {
		return -1
	}
	p := qPack(s)
	mask := uint32(len(x.slots) - 1)
	for i := qHash(p.head, p.tail, x.shift); ; i = (i + 1) & mask {
		sl := &x.slots[i]
		if sl.n == 0 {
			return -1
		}
		if sl.head == p.head && sl.tail == p.tail && sl.n == p.n && (p.n <= 16 || x.keys[sl.key] == s) {
			return int(sl.key)
		}
	}
}

// qLemmaClass holds the classes of a speech verb's lemma as bits: the
// lemma lists of quote_lexicon.go that the cue rules ask about, several
// times for each cue.
type qLemmaClass uint16

// The lemma classes.
const (
	qlNaming     qLemmaClass = 1 << iota // qNamingCues
	qlObject                             // qObjectCues
	qlIntent                             // qIntentCues
	qlInvertible                         // qInvertibleCues
	qlCognition                          // qCognitionCues
	qlBare                               // qBareCues
	qlAs                                 // qAsCues
	qlAsReport                           // qAsReportCues
	qlThat                               // qThatCues
)

// qLemmaLists are the lists that the lemma classes stand for.
func qLemmaLists() map[qLemmaClass]map[string]struct{} {
	return map[qLemmaClass]map[string]struct{}{
		qlNaming: qNamingCues, qlObject: qObjectCues, qlIntent: qIntentCues, qlInvertible: qInvertibleCues,
		qlCognition: qCognitionCues, qlBare: qBareCues, qlAs: qAsCues,
		qlAsReport: qAsReportCues, qlThat: qThatCues,
	}
}

// qLemmaTable indexes the lemmas of the lemma classes.
type qLemmaTable struct {
	idx qLowerIndex
	cls []qLemmaClass // per key of idx
}

var (
	qLemmaOnce sync.Once
	qLemmaTab  *qLemmaTable
)

// lemmaIs is qLemmaIs, keeping the answer for the next question about the
// same lemma.
func (d *qdoc) lemmaIs(lemma string, c qLemmaClass) bool {
	return d.lemmaClasses(lemma)&c != 0
}

// lemmaClasses is qLemmaClasses, keeping the answer for the next question
// about the same lemma.
func (d *qdoc) lemmaClasses(lemma string) qLemmaClass {
	if !d.lemmaOK || lemma != d.lemma {
		d.lemma, d.lemmaCls, d.lemmaOK = lemma, qLemmaClasses(lemma), true
	}
	return d.lemmaCls
}

// primeLemma makes lemmaClasses answer for v's lemma without a lookup
// when v is the speech verb of token c (as verbAt(c) gives it, whatever
// its particle): the word table has the lemma classes of its verbs. For
// another v it does nothing, and lemmaClasses looks the lemma up.
func (d *qdoc) primeLemma(c int, v lexVerb) {
	if uint(c) >= uint(len(d.words)) {
		return
	}
	if k := d.words[c] >> qwVerbShift; k > 0 && d.verbs[k-1].Lemma == v.Lemma {
		d.lemma, d.lemmaCls, d.lemmaOK = v.Lemma, d.lemmas[k-1], true
	}
}

// qLemmaIs reports whether lemma is in one of the lemma classes c: it is
// qBareCues[lemma] and the like, with one cheap lookup.
func qLemmaIs(lemma string, c qLemmaClass) bool {
	return qLemmaClasses(lemma)&c != 0
}

// qLemmaClasses returns the lemma classes of lemma.
func qLemmaClasses(lemma string) qLemmaClass {
	qLemmaOnce.Do(func() {
		m := map[string]qLemmaClass{}
		for c, l := range qLemmaLists() {
			for w := range l {
				m[w] |= c
			}
		}
		t := &qLemmaTable{}
		keys := make([]string, 0, len(m))
		for w := range m {
			keys = append(keys, w)
		}
		t.idx = newQLowerIndex(keys, 0)
		for _, w := range keys {
			t.cls = append(t.cls, m[w])
		}
		qLemmaTab = t
	})
	if k := qLemmaTab.idx.find(lemma); k >= 0 {
		return qLemmaTab.cls[k]
	}
	return 0
}
