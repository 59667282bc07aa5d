package news

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
)

// Training of the name tagger's averaged perceptron. Training is
// deterministic: documents are visited in an order drawn from a fixed-seed
// generator written here (not math/rand, whose streams may change), weights
// are integers, and the model is written sorted by feature key.

// Training settings. Changing any of them changes the model file.
const (
	nerEpochs    = 20       // passes over the training documents
	nerSeed      = 20260127 // seed of the document shuffle
	nerScale     = 16       // averaged weights are stored times nerScale, rounded, clipped to int16
	nerMinWeight = 3        // rows whose largest stored |weight| is below this are dropped

	// nerDropPercent is the share of training tokens whose word-identity
	// features are left out (word dropout), favouring shape and context.
	nerDropPercent = 20
)

// nerTrainDoc is one training document: the JSON Lines record read from
// the corpus.
type nerTrainDoc struct {
	Doc      string `json:"doc"`
	Text     string `json:"text"`
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
	} `json:"entities"`
}

// nerExample is a prepared training document with its gold tags (-1 marks
// tokens that are not learned from: boundary mismatches and hyphen tails).
type nerExample struct {
	text  string
	sents []nerSent
	doc   *nerDoc
	gold  [][]int8
}

// nerWeight is one feature's row during training, with the sums needed for
// averaging.
type nerWeight struct {
	w   [nerNumTags]int32
	tot [nerNumTags]int64
	ts  [nerNumTags]int64
}

// nerTrainModel trains the named-entity model behind the package's entity
// finder from a CoNLL-style JSON Lines corpus (one {"doc", "text",
// "entities": [{"start", "end", "type"}]} object per line, code-point
// offsets, one sentence per line of text) and writes the model in the text
// format that the package embeds as lexicon/ner_model.txt. It is the engine
// of cmd/nertrain; ordinary callers never need it. The same input always
// gives the same bytes. Progress lines go to logw when it is not nil.
func nerTrainModel(train io.Reader, model io.Writer, logw io.Writer) error {
	exs, err := nerReadExamples(train)
	if err != nil {
		return err
	}
	if len(exs) == 0 {
		return fmt.Errorf("news: no training documents")
	}
	weights := make(nerTrainWeights, 1<<20)
	var clock int64
	score := weights
	update := func(feats []uint64, g uint8, delta int32) {
		for _, h := range feats {
			r := weights[h]
			if r == nil {
				r = &nerWeight{}
				weights[h] = r
			}
			r.tot[g] += (clock - r.ts[g]) * int64(r.w[g])
			r.ts[g] = clock
			r.w[g] += delta
		}
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := nerRand(nerSeed)
	var f nerFeaturer
	var v nerViterbi
	var tags, goldSeq []uint8
	for epoch := 0; epoch < nerEpochs; epoch++ {
		for i := len(order) - 1; i > 0; i-- {
			j := int(rng.next() % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		errs, n := 0, 0
		for _, k := range order {
			ex := &exs[k]
			ex.doc.memory.reset()
			for si := range ex.sents {
				f.dropSeed = nerMix(uint64(epoch+1), uint64(k)<<20|uint64(si))
				ps := &ex.sents[si]
				gold := ex.gold[si]
				if cap(tags) < len(ps.toks) {
					tags = make([]uint8, len(ps.toks))
					goldSeq = make([]uint8, len(ps.toks))
				}
				tags, goldSeq = tags[:len(ps.toks)], goldSeq[:len(ps.toks)]
				nerDecode(ex.text, ps, ex.doc, &f, &v, score, tags)
				// Structured perceptron update at candidate tokens whose
				// tag or previous tag differs from gold; ignored gold
				// tokens (-1) take the predicted tag.
				for i := range gold {
					if ps.info[i].cand {
						clock++
					}
				}
				for i := range gold {
					if g := gold[i]; g >= 0 {
						goldSeq[i] = uint8(g)
					} else {
						goldSeq[i] = tags[i]
					}
				}
				for i := range gold {
					if !ps.info[i].cand || gold[i] < 0 {
						continue
					}
					n++
					gp, pp := uint8(nerTagBOS), uint8(nerTagBOS)
					if i > 0 {
						gp, pp = goldSeq[i-1], tags[i-1]
					}
					if goldSeq[i] == tags[i] && gp == pp {
						continue
					}
					if goldSeq[i] != tags[i] {
						errs++
					}
					static := f.features(ex.text, ps.toks, ps.info, ps.s, ex.doc, i)
					update(static, goldSeq[i], 1)
					update(static, tags[i], -1)
					update(f.history(gp), goldSeq[i], 1)
					update(f.history(pp), tags[i], -1)
				}
				nerRemember(ps, ex.doc, tags, v.pos)
			}
		}
		if logw != nil {
			fmt.Fprintf(logw, "epoch %d: %d errors in %d candidate tokens (%.2f%%)\n", epoch+1, errs, n, 100*float64(errs)/float64(max(n, 1)))
		}
	}
	// Average, quantize and prune.
	keys := make([]uint64, 0, len(weights))
	for h := range weights {
		keys = append(keys, h)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	bw := bufio.NewWriter(model)
	fmt.Fprintf(bw, "# Named-entity model of package news: averaged perceptron weights (times %d) per BIO tag.\n", nerScale)
	fmt.Fprintf(bw, "# Code generated by \"go run ./cmd/nertrain\" from CoNLL-2003 train; DO NOT EDIT.\n")
	fmt.Fprintf(bw, "# epochs %d, seed %d, rows with max |weight| < %d dropped.\n", nerEpochs, nerSeed, nerMinWeight)
	fmt.Fprintf(bw, "nermodel 1 tags")
	for _, name := range nerTagNames {
		fmt.Fprintf(bw, " %s", name)
	}
	fmt.Fprintln(bw)
	kept := 0
	var q [nerNumTags]int64
	for _, h := range keys {
		r := weights[h]
		big := int64(0)
		for g := range q {
			tot := r.tot[g] + (clock-r.ts[g])*int64(r.w[g])
			q[g] = min(max(int64(math.Round(float64(tot)*nerScale/float64(clock))), -32767), 32767)
			big = max(big, q[g], -q[g])
		}
		if big < nerMinWeight {
			continue
		}
		kept++
		fmt.Fprintf(bw, "%016x", h)
		for _, v := range q {
			fmt.Fprintf(bw, " %d", v)
		}
		bw.WriteByte('\n')
	}
	f.dropSeed = 0
	if logw != nil {
		fmt.Fprintf(logw, "features: %d seen, %d kept\n", len(weights), kept)
	}
	return bw.Flush()
}

// nerTrainWeights are the weights being learnt, keyed by feature.
type nerTrainWeights map[uint64]*nerWeight

// score adds the current weights of feats to out.
func (ws nerTrainWeights) score(feats []uint64, out *[nerNumTags]int64) {
	for _, h := range feats {
		if r := ws[h]; r != nil {
			for g := range out {
				out[g] += int64(r.w[g])
			}
		}
	}
}

// static adds the current weights of the static features of token i.
func (ws nerTrainWeights) static(f *nerFeaturer, text string, ps *nerSent, d *nerDoc, i int, st *nerStep) {
	ws.score(f.features(text, ps.toks, ps.info, ps.s, d, i), &st.static)
	st.hist = f.nerHistState
}

// finish does nothing: static adds at once.
func (ws nerTrainWeights) finish(f *nerFeaturer, steps []nerStep) {}

// histories returns, in f.hists, the current weights of the history
// features for each previous tag p in valid.
// The sums fit in 32 bits: a weight moves by one per update.
func (ws nerTrainWeights) histories(f *nerFeaturer, valid uint16) *[nerNumTags + 1][nerNumTags]int32 {
	out := &f.hists
	for p := range out {
		if valid&(1<<p) != 0 {
			var sum [nerNumTags]int64
			ws.score(f.history(uint8(p)), &sum)
			for g, v := range sum {
				out[p][g] = int32(v)
			}
		}
	}
	return out
}

// nerReadExamples reads and prepares the training documents.
func nerReadExamples(r io.Reader) ([]nerExample, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var exs []nerExample
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var td nerTrainDoc
		if err := json.Unmarshal(sc.Bytes(), &td); err != nil {
			return nil, fmt.Errorf("news: training line %d: %w", line, err)
		}
		exs = append(exs, nerMakeExample(&td))
	}
	return exs, sc.Err()
}

// nerMakeExample tokenizes one document into sentences (one per line) and
// aligns the gold entities to its tokens.
func nerMakeExample(td *nerTrainDoc) nerExample {
	text := td.Text
	// Code point -> byte offsets.
	cp := make([]int, 0, len(text)+1)
	for i := range text {
		cp = append(cp, i)
	}
	cp = append(cp, len(text))
	byteAt := func(c int) int {
		if c < 0 {
			return 0
		}
		if c >= len(cp) {
			return len(text)
		}
		return cp[c]
	}
	sents, doc := nerPrepareDoc(text, nerLines(text))
	ex := nerExample{text: text, sents: sents, doc: doc, gold: make([][]int8, len(sents))}
	for si := range sents {
		ex.gold[si] = make([]int8, len(sents[si].toks))
	}
	for _, e := range td.Entities {
		bs, be := byteAt(e.Start), byteAt(e.End)
		var base int8
		switch e.Type {
		case "PER":
			base = 1
		case "ORG":
			base = 3
		case "LOC":
			base = 5
		case "MISC":
			base = 7
		default:
			continue
		}
		for si := range sents {
			toks := sents[si].toks
			if len(toks) == 0 || toks[0].Start >= be || toks[len(toks)-1].End <= bs {
				continue
			}
			first := true
			for ti := range toks {
				t := &toks[ti]
				if t.End <= bs || t.Start >= be {
					continue
				}
				g := &ex.gold[si][ti]
				switch {
				case t.Start < bs || t.End > be || t.Flags&tokHyphenTail != 0:
					*g = -1 // boundary inside a token, or a whole "X-based" compound
				case first:
					*g = base
				default:
					*g = base + 1
				}
				first = false
			}
		}
	}
	return ex
}

// nerRandState is a splitmix64 generator: small, fixed, and reproducible
// across Go releases.
type nerRandState struct{ s uint64 }

// nerRand returns a generator seeded with seed.
func nerRand(seed uint64) *nerRandState { return &nerRandState{seed} }

// next returns the next 64 random bits.
func (r *nerRandState) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}
