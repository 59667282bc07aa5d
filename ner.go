package news

import (
	_ "embed"
	"errors"
	"math/bits"
	"strings"
	"sync"
)

// The name tagger: an averaged structured perceptron over BIO tags, decoded
// with first-order Viterbi search (see ner_features.go for the features and
// ner_train.go for training). The model is lexicon/ner_model.txt, trained on
// CoNLL-2003 English train by cmd/nertrain and embedded as text.
//
// Rules:
//
//	N1: all-caps and title-case lines are recognised (see nerPrepare) and get their own features.
//	N2: only candidate tokens (words with an upper-case letter, and N3 particles) are scored; all others are O.
//	N3: a listed particle (of, de, van, bin, ul, ...) or '&' between two capitalised words may continue a name, never start one.
//	N4: I-X may only follow B-X or I-X; a name never continues past a token with a hyphen tail (K8).
//	N5: a name ending in a hyphen-tail token ends at its head: "Bilal Raza-led" gives "Bilal Raza".
//	N6: trailing particles are dropped from a name ("Bank of" -> "Bank").
//	N7: the type last given to a word in the same call is a feature for its later mentions.
//	N8: listed function words (The, This, However, ...) are never candidates (see nerDoc.candidates).
//	N9: in a mixed-case headline only words the running text capitalises mid-sentence are candidates.

// A nerType is the type of a name: person, organisation, location or other.
// The zero value nerNone means "not a name".
type nerType uint8

// The name types.
const (
	nerNone nerType = iota
	nerPER
	nerORG
	nerLOC
	nerMISC
)

// String returns the CoNLL label of t: "PER", "ORG", "LOC", "MISC" or "O".
func (t nerType) String() string {
	switch t {
	case nerPER:
		return "PER"
	case nerORG:
		return "ORG"
	case nerLOC:
		return "LOC"
	case nerMISC:
		return "MISC"
	}
	return "O"
}

// A nerMention is one name found in the text: its byte span and type,
// and the indexes of its first and last tokens in the tokens the tagger
// was given (see nerTagTokensFunc), so that a caller with those tokens
// need not search for them (the entity finder's candidates).
type nerMention struct {
	Span
	Type        nerType
	first, last int32
}

// BIO tags: 0 is O, then B and I for each type in nerType order.
const (
	nerNumTags = 9 // nerModel.score spells out the nine tags
	nerTagO    = 0
	nerTagBOS  = nerNumTags // history value before the first token
)

// nerTagType returns the name type of BIO tag g.
func nerTagType(g uint8) nerType {
	if g == 0 || g >= nerNumTags {
		return nerNone
	}
	return nerType((g + 1) / 2)
}

// nerIsInside reports whether BIO tag g is an I tag.
func nerIsInside(g uint8) bool { return g != 0 && g < nerNumTags && g%2 == 0 }

// nerTagNames are the tag names written in the model file.
var nerTagNames = [nerNumTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

//go:embed lexicon/ner_model.txt
var nerModelText string

// nerModel is a read-only table from feature key to per-tag weights, using
// open addressing with linear probing. A slot holds the key and its weights
// together so that a lookup touches one cache line.
type nerModel struct {
	slots []nerSlot
	rows  int // number of features
	mask  uint64

	// History weights gathered at load time (see nerFeaturer.history).
	trans [nerNumTags + 1][nerNumTags]int32    // nerFTag1 by previous tag
	memT  [5][nerNumTags + 1][nerNumTags]int32 // nerFMemoryTag1 by memory type and previous tag

	ctx nerContextTables // context weights gathered at load time

	// filter and none pass over the keys surely absent from slots (see
	// known).
	filter [nerFilterWords]uint64
	none   uint64
}

// The key filter of a nerModel is a blocked Bloom filter of its keys:
// nerFilterWords words of 64 bits (32 KB), a key setting three bits of
// one word (nerFilterBits). The table is 4 MB and read at random, a cache
// line per key, and about a third of the keys static looks up are not in
// it (most bigrams of a word and the word before it are not): the filter
// tells most of those from the others at the cost of one word read, so
// that they touch no slot of the table. At about ten keys a word it
// passes about 6% of the absent keys; it never fails a key of the table,
// so it changes no weight. Its size is a trade: the rest of an analysis
// reads enough to push much of a filter out of a 1 MB cache between its
// reads. Over the PolNeAR dev articles, one of 64 KB missed that cache
// about 10K times a pass, one of 32 KB 6K (and one of 16 KB passes a
// quarter of the absent keys); static's reads of the table missed it 22K
// times a pass before the filter, 10K with it. Filtering only the keys
// most often absent (the bigrams) saved less: the filter is then read
// too seldom to stay in the cache.
const (
	nerFilterShift = 52 // a key's word is its top 64-52 = 12 bits
	nerFilterWords = 1 << (64 - nerFilterShift)
)

// nerFilterBits returns the three bits key h sets in its filter word
// h>>nerFilterShift: bits of h apart from those that choose the word and
// from the low ones that choose the slot.
func nerFilterBits(h uint64) uint64 {
	return 1<<(h>>17&63) | 1<<(h>>23&63) | 1<<(h>>29&63)
}

// known returns h when the filter holds key h, else m.none, a key whose
// home slot is empty (an absent key, so its weights are zero, and one
// slot for all, which stays in the cache). Either way, summing its
// weights adds the same as summing h's.
func (m *nerModel) known(h uint64) uint64 {
	b, none := nerFilterBits(h), m.none // none read first: a conditional move, not a branch
	if m.filter[h>>nerFilterShift]&b != b {
		h = none
	}
	return h
}

// nerHistRow caches, for one short shape and every previous tag, the
// summed weights of nerFTag1 and nerFTag1Short, and in the memory cache
// those of nerFMemoryTag1 for memory type mem too; and for every previous
// tag the greatest of its weights for O and the B tags (see
// nerStepScores).
type nerHistRow struct {
	short uint64
	mem   uint8
	full  bool
	w     [nerNumTags + 1][nerNumTags]int32
	max   [nerNumTags + 1]int32
}

// setMax sets the maxima of r from its weights.
func (r *nerHistRow) setMax() {
	for p := range r.w {
		w := &r.w[p]
		r.max[p] = max(w[nerTagO], w[1], w[3], w[5], w[7]) // O and the B tags
	}
}

// The caches of history rows are direct-mapped, of nerHistCacheSize
// entries each (the text has few short shapes: Xx, X, X.X., ...; and four
// memory types).
const (
	nerHistCacheBits = 6
	nerHistCacheSize = 1 << nerHistCacheBits
)

// nerSlot is one table slot (32 bytes: a lookup touches one cache line).
// It keeps a 32-bit fingerprint of the feature key (the high half, with
// the low bit set; 0 marks an empty slot); the slot index comes from the
// low bits, so two keys are confused only if they agree in about 49 bits.
// The weights are packed (see nerPacked); those of an empty slot are zero
// (scorePacked relies on it).
type nerSlot struct {
	fp uint32
	w  nerPacked
}

// nerPacked holds nine per-tag integers, three to an int64, in lanes of
// 21 bits: tag g is lane g%3 of word g/3, and a word holds
// v[0] + v[1]<<21 + v[2]<<42 for its three values v. Packing is linear:
// the plain sum of packed vectors is the packed sum of the vectors (the
// sums wrap, but exactly), so summing the weights of a feature costs three
// additions rather than nine. Unpacking (addTo) is exact when every value
// of the sum lies in [-2^20, 2^20).
//
// The bound holds for every packed sum the tagger makes: each is a sum of
// at most nerMaxFeatures = 32 model weights, all int16 (nerParseModel
// reads them so), and 32 * -32768 = -2^20 while 32 * 32767 < 2^20. The
// static features of one token number at most 26 (9 word features and 17
// context features, CapsShort and TitleShort excluding each other), and
// score sums longer lists in chunks of nerMaxFeatures.
//
// The three words are fields, not an array, so that the compiler keeps a
// sum in registers.
type nerPacked struct {
	w0, w1, w2 int64 // tags 0-2, 3-5 and 6-8
}

// This fails to compile unless nerNumTags is 9, three lanes of three
// words (see nerPacked; nerStepScores, nerBest and nerDecode also write
// the tags out).
var _ = [1]struct{}{}[nerNumTags-9]

// nerPack returns w packed.
func nerPack(w *[nerNumTags]int16) nerPacked {
	var words [3]int64
	for g, v := range w {
		words[g/3] += int64(v) << (21 * (g % 3))
	}
	return nerPacked{words[0], words[1], words[2]}
}

// add adds q to p.
func (p *nerPacked) add(q *nerPacked) {
	p.w0 += q.w0
	p.w1 += q.w1
	p.w2 += q.w2
}

// addTo adds the nine values of p to out (see nerPacked for the bound).
func (p *nerPacked) addTo(out *[nerNumTags]int64) {
	nerUnpack(p.w0, (*[3]int64)(out[0:3]))
	nerUnpack(p.w1, (*[3]int64)(out[3:6]))
	nerUnpack(p.w2, (*[3]int64)(out[6:9]))
}

// nerUnpack adds the three lanes of the packed word x to out.
func nerUnpack(x int64, out *[3]int64) {
	a := x << 43 >> 43 // lane 0, sign-extended
	x = (x - a) >> 21
	b := x << 43 >> 43
	c := (x - b) >> 21
	out[0] += a
	out[1] += b
	out[2] += c
}

// nerFingerprint returns the slot fingerprint of key h.
func nerFingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

// The parsed embedded model, built once by nerLoadModel and read-only
// afterwards.
var (
	nerModelOnce sync.Once
	nerModelData *nerModel
)

// nerLoadModel returns the embedded model, parsing it on first use. A
// damaged model yields an empty one (every token O), never a panic.
func nerLoadModel() *nerModel {
	nerModelOnce.Do(func() {
		m, err := nerParseModel(nerModelText)
		if err != nil {
			m = &nerModel{slots: make([]nerSlot, 1)}
		}
		nerModelData = m
	})
	return nerModelData
}

// nerPrefetch starts the model's parse once per process (nerPrefetchModel).
var nerPrefetch sync.Once

// nerPrefetchModel starts parsing the model on another goroutine, the
// first time it is called, and returns at once. The first analysis of a
// process calls it before it reads its words, which loads the word lists:
// on a second core the two loads (about 40 ms each) overlap, instead of
// the tagger's waiting for its model after the word lists. A batch run
// starts that much sooner on two cores and more; on one, the same work
// is done in another order.
func nerPrefetchModel() {
	nerPrefetch.Do(func() { go nerLoadModel() })
}

// nerParseModel parses the text model format written by nerWriteModel:
// comment lines starting with '#', a header line "nermodel 1 tags ...",
// then one line per feature: 16 hex digits and nerNumTags integers.
func nerParseModel(s string) (*nerModel, error) {
	n := strings.Count(s, "\n") + 1
	size := 1
	for size < 2*n {
		size <<= 1
	}
	m := &nerModel{slots: make([]nerSlot, size), mask: uint64(size - 1)}
	header := false
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if !header {
			if !strings.HasPrefix(line, "nermodel 1 ") {
				return nil, errors.New("news: bad NER model header")
			}
			header = true
			continue
		}
		key, w, err := nerParseLine(line)
		if err != nil {
			return nil, err
		}
		slot := key & m.mask
		fp := nerFingerprint(key)
		dup := false
		for m.slots[slot].fp != 0 {
			if m.slots[slot].fp == fp {
				dup = true // an astronomically rare fingerprint clash: keep the first
				break
			}
			slot = (slot + 1) & m.mask
		}
		if !dup {
			m.slots[slot] = nerSlot{fp, nerPack(&w)}
			m.rows++
		}
		m.filter[key>>nerFilterShift] |= nerFilterBits(key)
	}
	if !header {
		return nil, errors.New("news: empty NER model")
	}
	// The table is at most half full: it has an empty slot, whose index
	// is a key (of fingerprint 1) that probes it alone.
	for m.slots[m.none].fp != 0 {
		m.none++
	}
	for p := uint64(0); p <= nerNumTags; p++ {
		m.add(nerMix(nerFTag1, p), &m.trans[p])
		for t := uint64(1); t < 5; t++ {
			m.add(nerMix2(nerFMemoryTag1, t, p), &m.memT[t][p])
		}
	}
	m.buildContext()
	return m, nil
}

// lookup returns the slot of key h, or nil.
func (m *nerModel) lookup(h uint64) *nerSlot {
	slot := h & m.mask
	fp := nerFingerprint(h)
	for {
		sl := &m.slots[slot]
		if sl.fp == fp {
			return sl
		}
		if sl.fp == 0 {
			return nil
		}
		slot = (slot + 1) & m.mask
	}
}

// add adds the weights of feature h to out.
func (m *nerModel) add(h uint64, out *[nerNumTags]int32) {
	if sl := m.lookup(h); sl != nil {
		var w [nerNumTags]int64
		sl.w.addTo(&w)
		for g := range out {
			out[g] += int32(w[g])
		}
	}
}

// addPacked adds the packed weights of feature h to out.
func (m *nerModel) addPacked(h uint64, out *nerPacked) {
	if sl := m.lookup(h); sl != nil {
		out.add(&sl.w)
	}
}

// histories returns the weights of the history features of the token
// last passed to f.features for every previous tag: it equals scoring
// f.history(p) for each p. The weights of nerFTag1 and nerFTag1Short come
// from the cache of rows by short shape (histCache); when the
// word has a type in the memory, the rows with those of nerFMemoryTag1
// added come from a second cache, by short shape and type (memCache).
// It sets f.histMax to the maxima of the rows (see nerHistRow).
func (m *nerModel) histories(f *nerFeaturer, valid uint16) *[nerNumTags + 1][nerNumTags]int32 {
	row := &f.histCache[(f.short*0xD6E8FEB86659FD93)>>(64-nerHistCacheBits)]
	if !row.full || row.short != f.short {
		row.short, row.full = f.short, true
		for q := uint64(0); q <= nerNumTags; q++ {
			row.w[q] = m.trans[q]
			m.add(nerMix2(nerFTag1Short, q, f.short), &row.w[q])
		}
		row.setMax()
	}
	if !f.hasMem || f.mem >= 5 {
		f.histMax = &row.max
		return &row.w
	}
	mrow := &f.memCache[((f.short^uint64(f.mem)*0x9E3779B97F4A7C15)*0xD6E8FEB86659FD93)>>(64-nerHistCacheBits)]
	if !mrow.full || mrow.short != f.short || mrow.mem != f.mem {
		mrow.short, mrow.mem, mrow.full = f.short, f.mem, true
		mt := &m.memT[f.mem]
		for p := range mrow.w {
			for g := range mrow.w[p] {
				mrow.w[p][g] = row.w[p][g] + mt[p][g]
			}
		}
		mrow.setMax()
	}
	f.histMax = &mrow.max
	return &mrow.w
}

// score adds the weights of feats to out, summed packed (see nerPacked)
// in chunks of nerMaxFeatures.
func (m *nerModel) score(feats []uint64, out *[nerNumTags]int64) {
	for len(feats) > 0 {
		n := min(len(feats), nerMaxFeatures)
		var sum nerPacked
		m.scorePacked(feats[:n], &sum)
		sum.addTo(out)
		feats = feats[n:]
	}
}

// scorePacked adds the packed weights of feats to out: at most
// nerMaxFeatures of them for out to unpack exactly (see nerPacked).
//
// Whether a key is in the table is as good as random, so the probe makes
// one test per slot, not two: it stops at the key's slot or at an empty
// one (a product of two 32-bit values is zero only if one of them is), and
// adds that slot's weights either way, an empty slot's being zero.
func (m *nerModel) scorePacked(feats []uint64, out *nerPacked) {
	s0, s1, s2 := out.w0, out.w1, out.w2
	slots, mask := m.slots, m.mask
	for _, h := range feats {
		slot := h & mask
		fp := nerFingerprint(h)
		sl := &slots[slot]
		for uint64(sl.fp^fp)*uint64(sl.fp) != 0 {
			slot = (slot + 1) & mask
			sl = &slots[slot]
		}
		s0 += sl.w.w0
		s1 += sl.w.w1
		s2 += sl.w.w2
	}
	out.w0, out.w1, out.w2 = s0, s1, s2
}

// static adds to st.static the weights of the static features of token i
// of ps (see nerFeaturer.features) and records in st.hist what history
// needs, deferring some additions until finish: the weights of
// its word features are summed once per distinct word (a row of the
// vocabulary, kept from call to call); those of its context features come
// from tables (see below) or, for the neighbouring words, are looked up
// per token.
func (m *nerModel) static(f *nerFeaturer, text string, ps *nerSent, d *nerDoc, i int, st *nerStep) {
	in := &ps.info[i]
	var short uint64
	var row int32
	st.rowEnd = 0
	if in.word != 0 {
		v := f.vocab
		e := &v.words[in.word-1]
		short = e.short
		if e.row == 0 {
			// The word's first time as a candidate: its row, to be summed
			// by finish before it is used.
			v.rows = append(v.rows, nerVocabRow{})
			e.row = int32(len(v.rows))
			t := &ps.toks[i]
			w := text[t.Start:t.head()]
			shape, _ := nerShapes(w)
			n := len(f.pend)
			f.pend = f.wordFeatures(f.pend, w, in.lower, shape, short, in.class, true)
			m.touch(f, f.pend[n:])
			st.rowEnd = len(f.pend)
		}
		row = e.row
	} else {
		// A word too long for the vocabulary: its word features are
		// summed with its context ones.
		t := &ps.toks[i]
		w := text[t.Start:t.head()]
		var shape uint64
		shape, short = nerShapes(w)
		n := len(f.pend)
		f.pend = f.wordFeatures(f.pend, w, in.lower, shape, short, in.class, true)
		m.touch(f, f.pend[n:])
	}
	// The context features (contextFeatures for the model scorer, ident
	// set): the packed weights of those of few values (classes, position,
	// line style, document evidence, hyphen tail, memory and the shapes)
	// from the tables of m and f, summed at once; the keys of the others
	// (the neighbouring words) appended to f.pend for finish. It records
	// what history needs, as contextFeatures does.
	c := &m.ctx
	info := ps.info
	lower := in.lower
	// The neighbours: their classes into sum at once, their words as
	// keys.
	lm1, lm2, lp1 := uint64(nerHashBOS), uint64(nerHashBOS), uint64(nerHashEOS)
	sum := c.class[0][255]
	if i >= 1 {
		lm1, sum = info[i-1].lower, c.class[0][info[i-1].class]
		if i >= 2 {
			lm2 = info[i-2].lower
		}
	}
	sp1 := uint64(nerHashEOS)
	if i+1 < len(info) {
		lp1 = info[i+1].lower
		sum.add(&c.class[1][info[i+1].class])
		if k := info[i+1].word; k != 0 {
			sp1 = f.vocab.words[k-1].short
		} else if id := ps.idAt(i + 1); id > 0 && d.words[id-1].nerBits&nerWordX != 0 {
			sp1 = nerShortShapeX
		} else {
			t1 := &ps.toks[i+1]
			sp1 = nerShortShape(text[t1.Start:t1.head()])
		}
		if i+2 < len(info) {
			sum.add(&c.class[2][info[i+2].class])
		} else {
			sum.add(&c.class[2][255])
		}
	} else {
		sum.add(&c.class[1][255])
		sum.add(&c.class[2][255])
	}
	// Their home slots are read at once (see finish).
	k1, k2, k3 := m.known(nerMix(nerFLowerM1, lm1)), m.known(nerMix(nerFLowerP1, lp1)), m.known(nerMix(nerFLowerM2, lm2))
	k4, k5 := m.known(nerMix2(nerFLowerM1Short, lm1, short)), m.known(nerMix2(nerFBigramM1, lm1, lower))
	slots, mask := m.slots, m.mask
	f.touched |= slots[k1&mask].fp | slots[k2&mask].fp | slots[k3&mask].fp | slots[k4&mask].fp | slots[k5&mask].fp
	f.pend = append(f.pend, k1, k2, k3, k4, k5)
	s := ps.s
	if s.allCaps {
		k := m.known(nerMix(nerFCapsLower, lower))
		f.touched |= slots[k&mask].fp
		f.pend = append(f.pend, k)
	}
	// The shape features: the next word's, and the word's own at the
	// start of a sentence, in all-caps and in title-case lines.
	sum.add(&m.shapeRow(f, sp1).p1)
	fl := ps.toks[i].Flags
	var start uint64
	if fl&tokSentStart != 0 {
		start = 1
	}
	if start == 1 || s.allCaps || s.titleCase {
		row := m.shapeRow(f, short)
		if start == 1 {
			sum.add(&row.start)
		}
		if s.allCaps {
			sum.add(&row.caps)
		} else if s.titleCase {
			sum.add(&row.title)
		}
	}
	// Position, line style, hyphen tail and document evidence.
	var capMid, lowSeen, hyphen uint64
	if fl&tokHyphenTail != 0 {
		hyphen = 1
	}
	if d.has(d.capMid, lower) {
		capMid = 1
	}
	if d.has(d.lowerSet, lower) {
		lowSeen = 1
	}
	sum.add(&c.state[nerStateIndex(uint64(min(i, 3)), start, nerLineStyle(s, start), capMid, lowSeen, hyphen)])
	mem, hasMem := d.memory.get(lower)
	if hasMem {
		if int(mem) < len(c.memory) {
			sum.add(&c.memory[mem])
		} else {
			n := len(f.pend)
			f.pend = append(f.pend, nerMix(nerFMemory, uint64(mem)))
			m.touch(f, f.pend[n:])
		}
	}
	st.hist = nerHistState{short: short, mem: mem, hasMem: hasMem}
	st.end, st.row, st.ctx = len(f.pend), row, sum
}

// The context weights gathered at load time, indexed by the few values
// their features take (see nerModel.static).
type nerContextTables struct {
	class  [3][256]nerPacked // nerFClassM1, nerFClassP1, nerFClassP2 by class (255: outside the sentence)
	state  [256]nerPacked    // position, start, style, document evidence and hyphen tail (nerStateIndex)
	memory [5]nerPacked      // nerFMemory by name type
}

// nerStateIndex packs the small values of a token's position, line style
// and document evidence features into an index of nerContextTables.state:
// pos 0-3, start 0-1, style 0-3, capMid 0-1, lowSeen 0-1, hyphen 0-1.
func nerStateIndex(pos, start, style, capMid, lowSeen, hyphen uint64) int {
	return int(pos | start<<2 | style<<3 | capMid<<5 | lowSeen<<6 | hyphen<<7)
}

// buildContext fills m.ctx from the feature table: for every value a
// small context feature can take, the weights contextFeatures' keys for
// it would have.
func (m *nerModel) buildContext() {
	c := &m.ctx
	for k, tmpl := range [...]uint64{nerFClassM1, nerFClassP1, nerFClassP2} {
		for v := range c.class[k] {
			m.addPacked(nerMix(tmpl, uint64(v)), &c.class[k][v])
		}
	}
	for pos := uint64(0); pos < 4; pos++ {
		for start := uint64(0); start < 2; start++ {
			for style := uint64(0); style < 4; style++ {
				for capMid := uint64(0); capMid < 2; capMid++ {
					for lowSeen := uint64(0); lowSeen < 2; lowSeen++ {
						for hyphen := uint64(0); hyphen < 2; hyphen++ {
							row := &c.state[nerStateIndex(pos, start, style, capMid, lowSeen, hyphen)]
							m.addPacked(nerMix2(nerFPosition, pos, start), row)
							m.addPacked(nerMix2(nerFDocCapMid, capMid, style), row)
							m.addPacked(nerMix2(nerFDocLower, lowSeen, style), row)
							if hyphen == 1 {
								m.addPacked(nerMix(nerFHyphenTail, 1), row)
							}
						}
					}
				}
			}
		}
	}
	for t := range c.memory {
		m.addPacked(nerMix(nerFMemory, uint64(t)), &c.memory[t])
	}
}

// nerShapeRow holds, for one short shape, the weights of the features
// keyed by it alone: nerFShortP1, nerFStartShort, nerFCapsShort and
// nerFTitleShort.
type nerShapeRow struct {
	short                  uint64
	full                   bool
	p1, start, caps, title nerPacked
}

// The cache of shape rows is direct-mapped, of nerShapeCacheSize
// entries, kept from call to call with the featurer.
const (
	nerShapeCacheBits = 6
	nerShapeCacheSize = 1 << nerShapeCacheBits
)

// shapeRow returns the cached row of short shape short, filling its entry
// on a miss.
func (m *nerModel) shapeRow(f *nerFeaturer, short uint64) *nerShapeRow {
	row := &f.shapes[(short*0x9E3779B97F4A7C15)>>(64-nerShapeCacheBits)]
	if !row.full || row.short != short {
		*row = nerShapeRow{short: short, full: true}
		m.addPacked(nerMix(nerFShortP1, short), &row.p1)
		m.addPacked(nerMix(nerFStartShort, short), &row.start)
		m.addPacked(nerMix(nerFCapsShort, short), &row.caps)
		m.addPacked(nerMix(nerFTitleShort, short), &row.title)
	}
	return row
}

// touch replaces the keys the filter does not hold by m.none (see
// known) and reads the home slots of keys, as static does for every key
// it defers (see finish).
func (m *nerModel) touch(f *nerFeaturer, keys []uint64) {
	touch := f.touched
	for j, h := range keys {
		h = m.known(h)
		keys[j] = h
		touch |= m.slots[h&m.mask].fp
	}
	f.touched = touch
}

// finish makes the deferred additions of static to steps, the records
// it filled since the last finish, in order (a word's row is summed
// before it is used). Most keys are rare words or contexts, whose
// slots are seldom in the cache: static has read every home slot as it
// deferred the key, loads that do not wait on each other, so that the
// cache misses overlap while it works; finish then probes. Each token's
// weights are summed packed, and unpacked once: they are the weights of at
// most 26 features (see nerPacked).
func (m *nerModel) finish(f *nerFeaturer, steps []nerStep) {
	start := 0
	rows := f.vocab.rows
	for k := range steps {
		st := &steps[k]
		if st.rowEnd > start {
			// The keys of a word's row first.
			row := &rows[st.row-1].sum
			*row = nerPacked{}
			m.scorePacked(f.pend[start:st.rowEnd], row)
			start = st.rowEnd
		}
		sum := st.ctx
		if st.row != 0 {
			sum.add(&rows[st.row-1].sum)
		}
		m.scorePacked(f.pend[start:st.end], &sum)
		sum.addTo(&st.static)
		start = st.end
	}
	f.pend = f.pend[:0]
}

// nerSent is one prepared sentence: its tokens, their features' inputs,
// its line style and its number of candidates.
type nerSent struct {
	base  int // the index of toks[0] in the tokens of the call
	toks  []token
	ids   []int32 // the word ids of toks (W1), or nil (see nerDoc.words)
	info  []nerTokInfo
	s     nerSentInfo
	cands []int32 // the indexes of the candidates, in order
}

// idAt returns the word id (W1) of token i of ps, or 0 when it has none
// or the caller gave no ids (see nerDoc.words).
func (ps *nerSent) idAt(i int) int32 {
	if len(ps.ids) != len(ps.toks) {
		return 0
	}
	return ps.ids[i]
}

// nerPrepareDoc tokenizes and prepares the given sentences and gathers the
// document-level evidence.
func nerPrepareDoc(text string, sents []Span) ([]nerSent, *nerDoc) {
	all, bounds := nerTokenizeSents(text, sents)
	return nerPrepareTokens(text, all, bounds)
}

// nerLines returns the spans of the non-empty lines of text: the sentences
// of the tagger's training and test corpora, one per line.
func nerLines(text string) []Span {
	var spans []Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				spans = append(spans, Span{start, i})
			}
			start = i + 1
		}
	}
	return spans
}

// nerTokenizeSents tokenizes the given sentences into one slice; sentence k
// is all[bounds[k]:bounds[k+1]].
func nerTokenizeSents(text string, sents []Span) (all []token, bounds []int) {
	all = make([]token, 0, len(text)/5+16)
	bounds = make([]int, 0, len(sents)+1)
	bounds = append(bounds, 0)
	for _, sp := range sents {
		all = tokenize(text, sp, all)
		bounds = append(bounds, len(all))
	}
	return all, bounds
}

// nerPrepareTokens is nerPrepareDoc for text already tokenized: all holds
// the tokens of every sentence, sentence k being all[bounds[k]:bounds[k+1]].
// The tokens are only read.
func nerPrepareTokens(text string, all []token, bounds []int) ([]nerSent, *nerDoc) {
	return new(nerPrep).prepare(text, all, wordIDs{}, bounds)
}

// nerPrep holds prepared sentences and their document evidence; its
// storage is reused by the next prepare.
type nerPrep struct {
	info  []nerTokInfo
	sents []nerSent
	sets  []uint64 // the bit sets of doc
	first []int32  // the first candidates of every sentence (see nerPrepare)
	cands []int32  // the final ones (see nerSent.cands)
	doc   nerDoc
	vocab nerVocab // kept from call to call when p is
}

// prepare is nerPrepareTokens into the storage of p. The result is valid
// until the next prepare or release.
func (p *nerPrep) prepare(text string, all []token, ids wordIDs, bounds []int) ([]nerSent, *nerDoc) {
	sents := bounds[:len(bounds)-1]
	if len(ids.ids) == len(all) {
		p.info = reuseZero(p.info, len(all)) // nerPlainWordsIDs sets the entries it fills
	} else {
		p.info = reuseEmpty(p.info, len(all))[:len(all)] // nerPlainWords sets every entry
	}
	info := p.info
	classes := nerClasses()
	d := &p.doc
	p.vocab.startCall()
	d.vocab = &p.vocab
	p.sets = d.init(len(all), p.sets)
	d.words, d.keys = ids.words, ids.keys
	p.sents = reuseEmpty(p.sents, len(sents))[:len(sents)] // the loop below sets every field
	out := p.sents
	// The first candidates of sentence k are first[ends[k-1]:ends[k]],
	// ends being kept in the sentences' cands for now.
	first := p.first[:0]
	for k := range sents {
		a, b := bounds[k], bounds[k+1]
		ps := &out[k]
		ps.base, ps.toks, ps.info = a, all[a:b:b], info[a:b:b]
		n := len(first)
		ps.ids = nil
		if len(ids.ids) == len(all) {
			ps.ids = ids.ids[a:b:b]
		}
		d.ids = ps.ids
		ps.s, first = nerPrepare(text, ps.toks, ps.info, classes, d, first)
		ps.cands = first[n:len(first):len(first)]
	}
	p.first = first
	// At most one particle between two candidates: room for all.
	cands := reuseEmpty(p.cands, 2*len(first))
	for k := range out {
		ps := &out[k]
		n := len(cands)
		d.ids = ps.ids
		cands = d.candidates(text, ps.toks, ps.info, ps.s, classes, ps.cands, cands)
		ps.cands = cands[n:len(cands):len(cands)]
	}
	p.cands = cands
	d.ids = nil
	d.memory.size(len(cands))
	return out, d
}

// release drops the references of p to the caller's tokens and word
// vocabulary, so that a pooled p does not keep them alive.
func (p *nerPrep) release() {
	clear(p.sents)
	p.doc.ids, p.doc.words, p.doc.keys = nil, nil, nil
}

// nerScorer scores feature lists: the embedded model at tagging time, the
// weights being learnt at training time. static must add to st.static
// exactly what score(f.features(...), &st.static) would once finish has
// run, and record in st.hist what features records in f; histories must
// return what score(f.history(p), out) would for each p. They may use
// caches kept in f.
type nerScorer interface {
	score(feats []uint64, out *[nerNumTags]int64)
	// static may defer some of its additions to st.static until finish,
	// which is given the records passed to static since the last finish,
	// in order.
	static(f *nerFeaturer, text string, ps *nerSent, d *nerDoc, i int, st *nerStep)
	finish(f *nerFeaturer, steps []nerStep)
	// histories returns rows whose row p, for each previous tag p whose
	// bit is set in valid, holds the weights of the history features for
	// p (the other rows may hold anything). The rows are valid until the
	// next call.
	histories(f *nerFeaturer, valid uint16) *[nerNumTags + 1][nerNumTags]int32
}

// nerNegInf marks an impossible Viterbi state.
const nerNegInf = -1 << 60

// nerViterbi is the scratch space of the Viterbi decoder: per candidate of
// the sentence, what the static pass computed and the back pointers.
type nerViterbi struct {
	steps []nerStep // one per candidate of the sentence
	pos   []int32   // the tokens that may have a name tag, in order: the candidates (see nerDecode)
}

// nerStep is the decoder's record of one candidate.
type nerStep struct {
	back   [nerNumTags]uint8 // best previous tag of each tag
	static [nerNumTags]int64 // static scores
	hist   nerHistState      // what history needs
	// What nerModel.static defers to finish: the keys of its features
	// in nerFeaturer.pend up to end (from the previous step's end), of
	// which, when rowEnd is past that start, those up to rowEnd are the
	// keys of a new word row; row is the word's row (0: none) and ctx
	// the packed weights static found in its tables.
	rowEnd, end int
	row         int32
	ctx         nerPacked
}

// nerDecode tags one prepared sentence into tags (len(ps.toks)) with
// first-order Viterbi search over BIO tags, applying N2-N4. Non-candidate
// tokens are O and cost nothing: only O reaches them, and O goes on from
// the best tag before them whatever it is, so the search falls apart into
// the runs of consecutive candidates, each searched on its own from O (or
// BOS at the start of the sentence) and ended at its best last tag. Adding
// the same score to every path of a run changes none of its choices, so a
// run starts from a score of 0. It leaves the candidates in v.pos; the
// caller then calls nerRemember.
func nerDecode(text string, ps *nerSent, d *nerDoc, f *nerFeaturer, v *nerViterbi, sc nerScorer, tags []uint8) {
	cands := ps.cands
	clear(tags)
	v.pos = cands
	if len(cands) == 0 {
		return
	}
	if cap(v.steps) < len(cands) {
		v.steps = make([]nerStep, len(cands))
	}
	steps := v.steps[:len(cands)]
	// The static scores of all candidates first (the memory of N7 does not
	// change within a sentence), so that the scorer may gather their table
	// reads (see nerModel.static).
	for k, i := range cands {
		st := &steps[k]
		st.static = [nerNumTags]int64{}
		sc.static(f, text, ps, d, int(i), st)
	}
	sc.finish(f, steps)
	// prev is the best score of a path over the run's tokens before token
	// i ending in each tag; cur is being filled for token i (the two swap).
	var rows [2][nerNumTags]int64
	for a := 0; a < len(cands); {
		// The run cands[a:b].
		b := a + 1
		for b < len(cands) && cands[b] == cands[b-1]+1 {
			b++
		}
		prev, cur := &rows[0], &rows[1]
		// The tags of prev with a path (the others may hold anything): BOS
		// alone at the start of the sentence, else O alone (the token
		// before is no candidate); then what nerStepScores says.
		var valid uint16 = 1 << nerTagO
		prev[nerTagO] = 0
		if cands[a] == 0 {
			valid = 1 << nerTagBOS
		}
		if b == a+1 {
			// A candidate alone, the commonest run: the best of O and
			// the B tags (nerStepScores' scores from BOS or O, then
			// nerBest's choice: the first best in tag order), or O for a
			// particle (N3; one stands between two candidates, never
			// alone).
			i := int(cands[a])
			st := &steps[a]
			f.nerHistState = st.hist
			q := uint8(nerTagO)
			if valid == 1<<nerTagBOS {
				q = nerTagBOS
			}
			hq, sti := &sc.histories(f, valid)[q], &st.static
			best, arg := int64(hq[nerTagO])+sti[nerTagO], uint8(nerTagO)
			if !ps.info[i].particle {
				// The B tags, written out (nerNumTags is 9).
				if s := int64(hq[1]) + sti[1]; s > best {
					best, arg = s, 1
				}
				if s := int64(hq[3]) + sti[3]; s > best {
					best, arg = s, 3
				}
				if s := int64(hq[5]) + sti[5]; s > best {
					best, arg = s, 5
				}
				if s := int64(hq[7]) + sti[7]; s > best {
					arg = 7
				}
			}
			tags[i] = arg
			a = b
			continue
		}
		for k := a; k < b; k++ {
			i := int(cands[k])
			st := &steps[k]
			f.nerHistState = st.hist
			f.histMax = nil // set by the model's histories
			h := sc.histories(f, valid)
			valid = nerStepScores(prev, cur, &st.back, h, f.histMax, valid, &st.static, ps.info[i].particle,
				i > 0 && ps.toks[i-1].Flags&tokHyphenTail != 0)
			prev, cur = cur, prev
		}
		// Back from the end of the run; the token before it is O.
		_, arg := nerBest(prev, valid)
		for k := b - 1; k >= a; k-- {
			tags[cands[k]] = arg
			arg = steps[k].back[arg]
		}
		a = b
	}
}

// nerBest returns the best score of row and its tag, the first of the
// best in tag order, among the tags whose bit is set in valid (some tag
// of 0..nerNumTags-1).
func nerBest(row *[nerNumTags]int64, valid uint16) (int64, uint8) {
	best, arg := int64(nerNegInf), uint8(0)
	// The tags written out (nerNumTags is 9).
	if valid&(1<<0) != 0 && row[0] > best {
		best, arg = row[0], 0
	}
	if valid&(1<<1) != 0 && row[1] > best {
		best, arg = row[1], 1
	}
	if valid&(1<<2) != 0 && row[2] > best {
		best, arg = row[2], 2
	}
	if valid&(1<<3) != 0 && row[3] > best {
		best, arg = row[3], 3
	}
	if valid&(1<<4) != 0 && row[4] > best {
		best, arg = row[4], 4
	}
	if valid&(1<<5) != 0 && row[5] > best {
		best, arg = row[5], 5
	}
	if valid&(1<<6) != 0 && row[6] > best {
		best, arg = row[6], 6
	}
	if valid&(1<<7) != 0 && row[7] > best {
		best, arg = row[7], 7
	}
	if valid&(1<<8) != 0 && row[8] > best {
		best, arg = row[8], 8
	}
	return best, arg
}

// nerStepScores fills cur and bk, the best scores of the paths ending in
// each tag at a candidate token and the previous tag of each, from prev,
// those at the token before (valid marks the tags with a path, or BOS
// alone at the start, where prev is not read), the history weights h by
// previous tag and the token's static scores sti. The static score of a
// tag is the same from every previous tag, so it is added to the best.
// O and B-X come from every valid previous tag, in order (the first best
// wins); N3: a particle is never B. N4: I-X only after B-X or I-X (never
// at the start, where only BOS is valid), never after a hyphen tail.
// After a token that is no candidate only O has a path, and the tags with
// no chance are not visited. hmax, when not nil, holds for each previous
// tag the greatest of its weights in h for O and the B tags: a previous
// tag whose path, with it, falls short of every score of O and the B tags
// from O, which only grow as the others are tried, betters none of them,
// and is passed over (nerPrune: about two thirds of them on news text).
// It returns the tags of cur with a path, as bits; the other entries of
// cur are left as they were.
func nerStepScores(prev, cur *[nerNumTags]int64, bk *[nerNumTags]uint8, h *[nerNumTags + 1][nerNumTags]int32, hmax *[nerNumTags + 1]int32, valid uint16, sti *[nerNumTags]int64, particle, afterTail bool) uint16 {
	if valid == 1<<nerTagBOS || valid == 1<<nerTagO {
		// One previous tag, with no I-X after it.
		q := uint8(nerTagBOS)
		pv := int64(0)
		if valid == 1<<nerTagO {
			q, pv = nerTagO, prev[nerTagO]
		}
		hq := &h[q]
		cur[nerTagO], bk[nerTagO] = pv+int64(hq[nerTagO])+sti[nerTagO], q
		if particle {
			return 1 << nerTagO
		}
		// The B tags, written out (nerNumTags is 9).
		cur[1], bk[1] = pv+int64(hq[1])+sti[1], q
		cur[3], bk[3] = pv+int64(hq[3])+sti[3], q
		cur[5], bk[5] = pv+int64(hq[5])+sti[5], q
		cur[7], bk[7] = pv+int64(hq[7])+sti[7], q
		return 1<<nerTagO | 1<<1 | 1<<3 | 1<<5 | 1<<7 // O and the B tags
	}
	// Here BOS is not valid, and O is: the first valid tag is O.
	pv, h0 := prev[nerTagO], &h[nerTagO]
	c0 := pv + int64(h0[nerTagO])
	var b0 uint8
	out := uint16(1 << nerTagO)
	if particle {
		for v := valid &^ 1; v != 0; v &= v - 1 {
			p := uint8(bits.TrailingZeros16(v))
			if s := prev[p] + int64(h[p][nerTagO]); s > c0 {
				c0, b0 = s, p
			}
		}
	} else {
		c1, c3, c5, c7 := pv+int64(h0[1]), pv+int64(h0[3]), pv+int64(h0[5]), pv+int64(h0[7])
		var b1, b3, b5, b7 uint8
		try := valid &^ 1
		if hmax != nil {
			try = nerPrune(prev, hmax, try, min(c0, c1, c3, c5, c7))
		}
		for v := try; v != 0; v &= v - 1 {
			p := uint8(bits.TrailingZeros16(v))
			pv, hp := prev[p], &h[p]
			if s := pv + int64(hp[nerTagO]); s > c0 {
				c0, b0 = s, p
			}
			// The B tags, written out.
			if s := pv + int64(hp[1]); s > c1 {
				c1, b1 = s, p
			}
			if s := pv + int64(hp[3]); s > c3 {
				c3, b3 = s, p
			}
			if s := pv + int64(hp[5]); s > c5 {
				c5, b5 = s, p
			}
			if s := pv + int64(hp[7]); s > c7 {
				c7, b7 = s, p
			}
		}
		cur[1], bk[1] = c1+sti[1], b1
		cur[3], bk[3] = c3+sti[3], b3
		cur[5], bk[5] = c5+sti[5], b5
		cur[7], bk[7] = c7+sti[7], b7
		out |= 1<<1 | 1<<3 | 1<<5 | 1<<7
	}
	cur[nerTagO], bk[nerTagO] = c0+sti[nerTagO], b0
	if !afterTail {
		// I-X from B-X or I-X, in that order.
		for c := uint8(2); c < nerNumTags; c += 2 {
			switch valid >> (c - 1) & 3 {
			case 1:
				cur[c], bk[c] = prev[c-1]+int64(h[c-1][c])+sti[c], c-1
			case 2:
				cur[c], bk[c] = prev[c]+int64(h[c][c])+sti[c], c
			case 3:
				s, p := prev[c-1]+int64(h[c-1][c]), c-1
				if t := prev[c] + int64(h[c][c]); t > s {
					s, p = t, c
				}
				cur[c], bk[c] = s+sti[c], p
			default:
				continue
			}
			out |= 1 << c
		}
	}
	return out
}

// nerPrune returns the tags of try (as bits) whose paths in prev, with
// their greatest history weights hmax, reach floor (see nerStepScores).
func nerPrune(prev *[nerNumTags]int64, hmax *[nerNumTags + 1]int32, try uint16, floor int64) uint16 {
	for v := try; v != 0; v &= v - 1 {
		if p := bits.TrailingZeros16(v); prev[p]+int64(hmax[p]) < floor {
			try &^= 1 << p
		}
	}
	return try
}

// nerRemember records the types given in a tagged sentence in the
// document memory (N7). Only the tokens in pos (in order: the candidates,
// as nerDecode leaves them) can have a name tag.
func nerRemember(ps *nerSent, d *nerDoc, tags []uint8, pos []int32) {
	for _, i := range pos {
		if t := nerTagType(tags[i]); t != nerNone {
			d.memory.set(ps.info[i].lower, uint8(t))
		}
	}
}

// nerMentions appends to dst the mentions of a tagged sentence (N5, N6),
// and records their types in the document memory, as nerRemember does.
// A mention starts at a B tag, which only tokens in pos (in order) can
// have.
func nerMentions(ps *nerSent, d *nerDoc, tags []uint8, pos []int32, dst []nerMention) []nerMention {
	next := 0 // the tokens before next are done
	for _, i32 := range pos {
		i := int(i32)
		t := nerTagType(tags[i])
		if t == nerNone {
			continue
		}
		d.memory.set(ps.info[i].lower, uint8(t)) // nerRemember
		if i < next || nerIsInside(tags[i]) {
			continue
		}
		j := i + 1
		for j < len(tags) && nerIsInside(tags[j]) && nerTagType(tags[j]) == t {
			j++
		}
		last := j - 1
		for last > i && ps.info[last].particle {
			last-- // N6
		}
		dst = append(dst, nerMention{Span: Span{ps.toks[i].Start, ps.toks[last].head()}, Type: t,
			first: int32(ps.base + i), last: int32(ps.base + last)})
		next = j
	}
	return dst
}

// nerTag returns the names found in the given sentences, in text order
// (sentences are expected in text order and not to overlap). Spans are byte
// offsets into text. Empty input, or sentences without names, give nil.
// All sentences of one call are treated as one document (N7), so pass the
// sentences of one article together.
func nerTag(text string, sents []Span) []nerMention {
	all, bounds := nerTokenizeSents(text, sents)
	return nerTagTokens(text, all, bounds)
}

// nerTagTokens is nerTag for text already tokenized (see nerPrepareTokens).
// Its scratch space comes from nerScratchPool; only the result is
// allocated.
func nerTagTokens(text string, all []token, bounds []int) []nerMention {
	var out []nerMention
	nerTagTokensFunc(text, all, wordIDs{}, bounds, func(found []nerMention) {
		if len(found) > 0 {
			out = make([]nerMention, len(found))
			copy(out, found)
		}
	})
	return out
}

// nerTagTokensFunc is nerTagTokens handing the names found to use, in
// an array of the tagger's scratch that is valid only during the call:
// the entity finder reads them there, so that tagging allocates nothing
// once the scratch has grown, and no copy outlives the reading.
func nerTagTokensFunc(text string, all []token, ids wordIDs, bounds []int, use func([]nerMention)) {
	sc, ref := nerScratchPool.get()
	if sc == nil {
		sc = new(nerScratch) // the first call, or a collection ran since the last
	}
	prepared, d := sc.prep.prepare(text, all, ids, bounds)
	found := sc.tg.tag(text, prepared, d, sc.found[:0])
	use(found)
	sc.found = found[:0]
	sc.prep.release()
	if len(all) > nerScratchMaxTokens {
		sc = nil // left to the collector
	}
	nerScratchPool.put(ref, sc)
}

// nerScratch is the scratch space of nerTagTokens: the prepared sentences,
// the tagger and the mentions found, reused from call to call through
// nerScratchPool. Nothing in it outlives a call but storage and the
// tagger's caches (rows of model weights by shape, and the vocabulary with
// its rows of word weights: see nerVocab), which depend on the model and
// the words alone.
type nerScratch struct {
	prep  nerPrep
	tg    nerTagger
	found []nerMention
}

// nerScratchPool keeps a scratch space between tagging calls, weakly (see
// weakPool): a batch of articles reuses one scratch between collections,
// while an idle process holds none. A scratch belongs to one call at a
// time.
var nerScratchPool weakPool[nerScratch]

// nerScratchMaxTokens bounds the size of the articles whose scratch space
// is kept for the next call: larger ones are left to the collector.
const nerScratchMaxTokens = 1 << 16

// nerTagger is the scratch space of tagging calls: the featurer with its
// buffers and caches, and the decoder.
type nerTagger struct {
	f      nerFeaturer
	v      nerViterbi
	lowBuf [64]byte // room for the lower-case form of most words
	tags   []uint8
}

// nerMaxFeatures is room for the static features of one token (at most 9
// word and 17 context features; more would only cost a larger buffer).
const nerMaxFeatures = 32

// tag tags prepared sentences, in order, and appends their mentions to
// out.
func (tg *nerTagger) tag(text string, prepared []nerSent, d *nerDoc, out []nerMention) []nerMention {
	m := nerLoadModel()
	longest, cands, maxCands := 0, 0, 0
	for k := range prepared {
		ps := &prepared[k]
		longest = max(longest, len(ps.toks))
		cands += len(ps.cands)
		maxCands = max(maxCands, len(ps.cands))
	}
	if cands == 0 {
		return out
	}
	f := &tg.f
	f.low = tg.lowBuf[:0]
	f.vocab = d.vocab
	if cap(tg.v.steps) < maxCands {
		tg.v.steps = make([]nerStep, maxCands)
	}
	// Room for the deferred features of the sentence with most candidates:
	// per candidate, its context and perhaps its word features.
	if n := nerMaxFeatures * maxCands; cap(f.pend) < n {
		f.pend = make([]uint64, 0, n)
	}
	if cap(tg.tags) < longest {
		tg.tags = make([]uint8, longest)
	}
	for k := range prepared {
		ps := &prepared[k]
		if len(ps.cands) == 0 {
			continue // N2: all O
		}
		tags := tg.tags[:len(ps.toks)]
		nerDecode(text, ps, d, f, &tg.v, m, tags)
		out = nerMentions(ps, d, tags, tg.v.pos, out)
	}
	return out
}
