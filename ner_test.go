package news

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// nerTrainPath is the CoNLL-2003 training split, relative to the module root.
const nerTrainPath = "../shared/corpus/conll03/train.jsonl"

// nerDevPath is the CoNLL-2003 development split, relative to the module root.
const nerDevPath = "../shared/corpus/conll03/dev.jsonl"

// nerOpenCorpus opens a corpus file given relative to the module root
// (../shared/...), also trying one level further up so that the tests find
// the corpus from a helper's working folder.
func nerOpenCorpus(rel string) (*os.File, error) {
	f, err := os.Open(filepath.FromSlash(rel))
	if err != nil {
		if f2, err2 := os.Open(filepath.FromSlash("../" + rel)); err2 == nil {
			return f2, nil
		}
	}
	return f, err
}

// nerFormat renders mentions as "TYPE:text" items joined by '|'.
func nerFormat(text string, ms []nerMention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Type.String()+":"+text[m.Start:m.End])
	}
	return strings.Join(parts, "|")
}

// nerHas reports whether ms holds the mention typ:name.
func nerHas(text string, ms []nerMention, typ nerType, name string) bool {
	for _, m := range ms {
		if m.Type == typ && text[m.Start:m.End] == name {
			return true
		}
	}
	return false
}

// nerKnownFailures lists expected mentions the tagger misses, keyed by
// "case/TYPE:name", with what it gave instead.
var nerKnownFailures = map[string]string{
	// The model never saw a labelled head of a hyphen compound (CoNLL tags
	// "X-based" whole as MISC, and training skips those tokens).
	"3/PER:Bilal Raza": "got LOC:Bilal Raza|LOC:Karachi (span right, type wrong)",
	// A capitalised sentence-initial common noun joins the name through "of".
	"2/ORG:Microsoft Corp.": "got ORG:Shares of Microsoft Corp.|LOC:Berlin",
}

func TestNERTag(t *testing.T) {
	type want struct {
		typ  nerType
		name string
	}
	tests := []struct {
		text   string
		want   []want
		reason string
	}{
		{
			"Opposition leader Tariq Mehmood told reporters in Multan on Tuesday that the election was rigged.",
			[]want{{nerPER, "Tariq Mehmood"}, {nerLOC, "Multan"}},
			"unseen South Asian name after a title-like noun; city after 'in'; weekday is no name",
		},
		{
			"Information Minister Fawad Chaudhry said the government would appeal.",
			[]want{{nerPER, "Fawad Chaudhry"}},
			"person after a title",
		},
		{
			"Shares of Microsoft Corp. rose after the company said it would buy a stake in a Berlin startup.",
			[]want{{nerORG, "Microsoft Corp."}, {nerLOC, "Berlin"}},
			"organisation with a suffix; location used as a modifier",
		},
		{
			"The Bilal Raza-led government faced protests in Karachi.",
			[]want{{nerPER, "Bilal Raza"}, {nerLOC, "Karachi"}},
			"N5: name before a -led tail ends at the hyphen",
		},
		{
			"Senator Elizabeth Warren met officials of the European Union in Brussels.",
			[]want{{nerPER, "Elizabeth Warren"}, {nerORG, "European Union"}, {nerLOC, "Brussels"}},
			"US politics: title before a person, multi-word organisation, capital city",
		},
		{
			"The Bank of England kept interest rates unchanged, Reuters reported.",
			[]want{{nerORG, "Bank of England"}, {nerORG, "Reuters"}},
			"N3: particle inside an organisation name",
		},
	}
	for i, tc := range tests {
		got := nerTag(tc.text, []Span{{0, len(tc.text)}})
		for _, w := range tc.want {
			key := fmt.Sprintf("%d/%s:%s", i, w.typ, w.name)
			if nerHas(tc.text, got, w.typ, w.name) {
				continue
			}
			if why, ok := nerKnownFailures[key]; ok {
				t.Logf("known failure %s: %s", key, why)
				continue
			}
			t.Errorf("%d: nerTag(%q) = %s; missing %s:%s (%s)", i, tc.text, nerFormat(tc.text, got), w.typ, w.name, tc.reason)
		}
	}
}

func TestNERSpanBeforeHyphenTail(t *testing.T) {
	// N5: whatever its type, the name ends before "-led".
	text := "The Bilal Raza-led government faced protests in Karachi."
	got := nerTag(text, []Span{{0, len(text)}})
	found := false
	for _, m := range got {
		if text[m.Start:m.End] == "Bilal Raza" {
			found = true
		}
		if strings.Contains(text[m.Start:m.End], "-led") {
			t.Errorf("mention %q includes the hyphen tail", text[m.Start:m.End])
		}
	}
	if !found {
		t.Errorf("nerTag(%q) = %s; want a mention Bilal Raza", text, nerFormat(text, got))
	}
}

func TestNERHeadlineAndFunctionWords(t *testing.T) {
	// N9: the headline's capitalised common words (Says, Talks, With, Were)
	// are used in lower case in the body, so they are no names; N8: "The"
	// never starts a name.
	text := "Mayor Says Talks With Unions Were Useful\n" +
		"The mayor of Leeds, Ruth Okafor, said talks with the unions were useful and she says more will follow.\n" +
		"The Bank of England was not involved."
	got := nerTag(text, nerLines(text))
	for _, m := range got {
		s := text[m.Start:m.End]
		for _, bad := range []string{"Says", "Talks", "With", "Were", "The"} {
			if strings.Contains(s, bad) {
				t.Errorf("mention %s:%q contains the common word %q; all: %s", m.Type, s, bad, nerFormat(text, got))
			}
		}
	}
	if !nerHas(text, got, nerPER, "Ruth Okafor") || !nerHas(text, got, nerLOC, "Leeds") {
		t.Errorf("got %s; want PER:Ruth Okafor and LOC:Leeds", nerFormat(text, got))
	}
}

func TestNERTagEdgeCases(t *testing.T) {
	tests := []struct {
		text   string
		sents  []Span
		reason string
	}{
		{"", nil, "empty input"},
		{"", []Span{{0, 0}}, "empty sentence"},
		{"Abc \xff\xfe Def", []Span{{0, 11}}, "invalid UTF-8"},
		{"Short", []Span{{-3, 99}}, "out-of-range span is clamped"},
		{"the quick brown fox", []Span{{0, 19}}, "no capitalised word gives no names"},
	}
	for i, tc := range tests {
		got := nerTag(tc.text, tc.sents)
		for _, m := range got {
			if m.Start < 0 || m.End > len(tc.text) || m.Start >= m.End {
				t.Errorf("%d: mention %+v out of range (%s)", i, m, tc.reason)
			}
		}
		if i == 4 && len(got) != 0 {
			t.Errorf("%d: got %s; want none (%s)", i, nerFormat(tc.text, got), tc.reason)
		}
	}
}

func TestNERMentionsOrdered(t *testing.T) {
	text := "Sara Lind flew from Oslo to Nairobi.\nShe met Kenyan officials at the Ministry of Health and the World Bank."
	got := nerTag(text, nerLines(text))
	if !sort.SliceIsSorted(got, func(a, b int) bool { return got[a].Start < got[b].Start }) {
		t.Errorf("mentions not in text order: %s", nerFormat(text, got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].End {
			t.Errorf("mentions overlap: %s", nerFormat(text, got))
		}
	}
	if len(got) < 4 {
		t.Errorf("got %s; want at least Sara Lind, Oslo, Nairobi and an organisation", nerFormat(text, got))
	}
}

func TestNERModelLoads(t *testing.T) {
	m := nerLoadModel()
	if rows := m.rows; rows < 1000 {
		t.Fatalf("embedded model has %d rows; want a trained model", rows)
	}
	if _, err := nerParseModel("garbage"); err == nil {
		t.Errorf("nerParseModel(garbage) succeeded; want an error")
	}
}

func TestNERLexiconSorted(t *testing.T) {
	lists := map[string][]string{
		"nerAbbrevs": nerAbbrevs, "nerHyphenTails": nerHyphenTails, "nerTitles": nerTitles,
		"nerOrgWords": nerOrgWords, "nerFunctionWords": nerFunctionWords, "nerTimeWords": nerTimeWords, "nerParticles": nerParticles,
	}
	for name, l := range lists {
		for i := 1; i < len(l); i++ {
			if l[i-1] >= l[i] {
				t.Errorf("%s: %q before %q: not sorted or duplicate", name, l[i-1], l[i])
			}
		}
	}
}

// TestNERRetrainReproduces retrains the model from the CoNLL-2003 training
// split and checks that it equals the embedded lexicon/ner_model.txt byte
// for byte.
func TestNERRetrainReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("retraining skipped under -short")
	}
	f, err := nerOpenCorpus(nerTrainPath)
	if err != nil {
		t.Skipf("training corpus absent: %v", err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if err := nerTrainModel(f, &buf, nil); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), []byte(nerModelText)) {
		t.Errorf("retrained model (%d bytes) differs from embedded lexicon/ner_model.txt (%d bytes); run go run ./cmd/nertrain -train %s -out lexicon/ner_model.txt", buf.Len(), len(nerModelText), nerTrainPath)
	}
}

func BenchmarkNERTag(b *testing.B) {
	f, err := nerOpenCorpus(nerDevPath)
	if err != nil {
		b.Skipf("dev corpus absent: %v", err)
	}
	data, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		b.Skipf("dev corpus absent: %v", err)
	}
	// Collect about 100 KB of sentence text from the JSON Lines file.
	var sb strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		i := strings.Index(line, `"text": "`)
		if i < 0 {
			continue
		}
		s := line[i+9:]
		if j := strings.Index(s, `", "entities"`); j >= 0 {
			s = s[:j]
		}
		sb.WriteString(strings.ReplaceAll(strings.ReplaceAll(s, `\n`, "\n"), `\"`, `"`))
		sb.WriteByte('\n')
		if sb.Len() >= 100_000 {
			break
		}
	}
	text := sb.String()
	sents := nerLines(text)
	var ntok int
	for _, sp := range sents {
		ntok += len(tokenize(text, sp, nil))
	}
	nerLoadModel()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		nerTag(text, sents)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func FuzzNERTag(f *testing.F) {
	for _, s := range []string{"", "Bilal Raza-led NDM said in Multan.\nBANK OF X RISES", "A\xffB C’s D.E.-based", "Mr. X of Y and Z & Co."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := nerTag(s, nerLines(s))
		prev := 0
		for _, m := range got {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) || m.Type == nerNone {
				t.Fatalf("bad mention %+v (prev end %d) in %q", m, prev, s)
			}
			prev = m.End
		}
	})
}

func TestNERShortShape(t *testing.T) {
	for _, w := range []string{"", "x", "said", "of", "Khan", "U.S.", "don't", "é", "café", "1996", ",", "a\xffb", "A", "7", "(", "\xff", "z", "\x00"} {
		if _, want := nerShapes(w); nerShortShape(w) != want {
			t.Errorf("nerShortShape(%q) differs from nerShapes", w)
		}
	}
	if _, x := nerShapes("said"); x != nerShortShapeX {
		t.Errorf("nerShortShapeX = %x, want %x", uint64(nerShortShapeX), x)
	}
}

// TestNERVocab checks that the vocabulary tells texts apart by their
// bytes (same first or last eight bytes, other lengths, texts at the end
// of the text), keeps what depends on them, and grows.
func TestNERVocab(t *testing.T) {
	var v nerVocab
	var text strings.Builder
	var spans []Span
	words := []string{"a", "A", "ab", "a\x00", "Gen.", "Gen", "abcdefgh", "abcdefghi", "abcdefgh\x00", "xbcdefghi",
		"abcdefghijklmnop", "abcdefghijklmnopq", "bcdefghijklmnop", "Khan-led", "café", "\xff", "&"}
	for i := range 300 {
		words = append(words, fmt.Sprintf("W%d", i), fmt.Sprintf("LongerWord%d", i))
	}
	for _, w := range words {
		start := text.Len()
		text.WriteString(w)
		spans = append(spans, Span{start, text.Len()})
		text.WriteByte(' ')
	}
	// The last words again, at the very end of the text.
	for _, w := range []string{"a", "ab", "Gen."} {
		text.WriteByte(' ')
		start := text.Len()
		text.WriteString(w)
		spans = append(spans, Span{start, text.Len()})
	}
	s := text.String()
	index := map[string]int32{}
	for pass := 0; pass < 2; pass++ {
		for _, sp := range spans {
			w := s[sp.Start:sp.End]
			k := v.find(s, sp.Start, sp.End)
			if len(w) > nerVocabMaxLen {
				if k != 0 {
					t.Fatalf("find(%q) = %d, want 0", w, k)
				}
				continue
			}
			if want, ok := index[w]; ok && k != want || !ok && pass == 1 {
				t.Fatalf("pass %d: find(%q) = %d, want %d", pass, w, k, want)
			}
			index[w] = k
			e := v.words[k-1]
			if _, short := nerShapes(w); e.lower != nerHashLower(w) || e.short != short || e.class != nerClasses().get(e.lower) || int(e.n) != len(w) {
				t.Fatalf("find(%q): entry %+v", w, e)
			}
		}
	}
	if len(v.words) != len(index) {
		t.Errorf("%d entries for %d texts", len(v.words), len(index))
	}
}

// TestNERStaticMatchesFeatures checks that the model scorer's static and
// finish (tables, caches, the vocabulary, deferred lookups) add exactly the
// weights of the keys of nerFeaturer.features, token by token, memory
// included.
func TestNERStaticMatchesFeatures(t *testing.T) {
	texts := []string{
		"Bilal Raza-led NDM said in Multan on Monday.\nBANK OF X RISES AS U.S. FALLS\nBiden Says Talks With McCarthy Go Well\nMr. X of Y and Z & Co. met Gen. Mirza.",
		"Prime Minister Nawaz Sharif said the Pakistan Muslim League-N would win. Sharif spoke in Islamabad. SHARIF WINS\nThe Bank of England and AT&T Inc. agreed.",
	}
	if f, err := nerOpenCorpus(nerDevPath); err == nil {
		data, _ := io.ReadAll(f)
		f.Close()
		if len(data) > 200_000 {
			data = data[:200_000]
		}
		texts = append(texts, string(data))
	}
	m := nerLoadModel()
	tg := &nerTagger{}
	f := &tg.f
	var p nerPrep
	// Twice, the second time with the rows of the vocabulary.
	rows := 0
	for round, text := range append(texts, texts...) {
		if round == len(texts) {
			rows = len(p.vocab.rows)
		}
		all, bounds := nerTokenizeSents(text, nerLines(text))
		prepared, d := p.prepare(text, all, wordIDs{}, bounds)
		f.vocab = d.vocab
		var ref nerFeaturer
		for k := range prepared {
			ps := &prepared[k]
			steps := make([]nerStep, len(ps.toks))
			for i := range ps.toks {
				if ps.info[i].cand {
					m.static(f, text, ps, d, i, &steps[i])
				}
			}
			// finish takes the records static filled, in order.
			var filled []nerStep
			for i := range ps.toks {
				if ps.info[i].cand {
					filled = append(filled, steps[i])
				}
			}
			m.finish(f, filled)
			for i := range ps.toks {
				if !ps.info[i].cand {
					continue
				}
				st := &filled[0]
				filled = filled[1:]
				var want [nerNumTags]int64
				m.score(ref.features(text, ps.toks, ps.info, ps.s, d, i), &want)
				if st.static != want || st.hist != ref.nerHistState {
					tk := ps.toks[i]
					t.Fatalf("token %q: static %v %+v, features %v %+v", text[tk.Start:tk.End], st.static, st.hist, want, ref.nerHistState)
				}
			}
			tags := make([]uint8, len(ps.toks))
			nerDecode(text, ps, d, f, &tg.v, m, tags)
			nerRemember(ps, d, tags, tg.v.pos)
		}
	}
	if rows == 0 || len(p.vocab.rows) != rows {
		t.Errorf("%d word rows, then %d: want some, kept", rows, len(p.vocab.rows))
	}
}

// TestNERClassOneByte checks the class table's entries for the one-byte
// texts (nerDoc.window reads them for the one-byte punctuation tokens)
// against hashing the byte and probing the table.
func TestNERClassOneByte(t *testing.T) {
	c := nerClasses()
	seen := nerClass(0)
	for b := range utf8.RuneSelf {
		h := nerHashLowerRunes(string(rune(b)))
		if c.oneLower[b] != h || c.oneClass[b] != c.get(h) {
			t.Errorf("one-byte %q: hash %x class %d, want %x %d", rune(b), c.oneLower[b], c.oneClass[b], h, c.get(h))
		}
		seen |= c.oneClass[b]
	}
	if seen == 0 {
		t.Errorf("no one-byte text has a class (y is a particle)")
	}
}

func TestNERASCIILower(t *testing.T) {
	if len(nerASCIILower) != 256 {
		t.Fatalf("len(nerASCIILower) = %d", len(nerASCIILower))
	}
	for c := range 256 {
		want := byte(c)
		if 'A' <= c && c <= 'Z' {
			want += 'a' - 'A'
		}
		if nerASCIILower[c] != want {
			t.Errorf("nerASCIILower[%#x] = %#x, want %#x", c, nerASCIILower[c], want)
		}
	}
	for _, w := range []string{"", "Khan", "U.S.", "Gen.", ".", "café", "ÉCOLE", "a\xffB", "İstanbul", "ﬁ", "Σ."} {
		if got, want := nerHashLower(w), nerHashLowerRunes(strings.TrimSuffix(w, ".")); len(w) > 1 && got != want || len(w) <= 1 && got != nerHashLowerRunes(w) {
			t.Errorf("nerHashLower(%q) = %x, want %x", w, got, want)
		}
	}
}

// TestNERHashLowerRunes checks that General Punctuation, which
// nerHashLowerRunes does not lower-case and nerShapes takes as 'o', has
// no case, no letter and no digit.
func TestNERHashLowerRunes(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.ToLower(r) != r || unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsDigit(r) {
			t.Errorf("%U has a case, or is a letter or a digit", r)
		}
	}
}

// TestNERHashWords checks that nerPrepare gives every word with a letter
// the hash of nerHashLower (and other tokens, when it fills them), and
// the words with an upper-case letter their classes, on a few hard cases
// and on the corpus.
func TestNERHashWords(t *testing.T) {
	texts := withCorpus(t, []string{
		"The U.S.-led Coalition's AL-QAIDA naïve ÉCOLE Gen. Straßenbahn 12,000. x \xff O'Brien Khan-led counterintelligence-led",
		"etc. p.m. a.m. e.g. don’t “quoted” café cafés abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq end.",
	})
	for _, text := range texts {
		toks := tokenize(text, Span{0, len(text)}, nil)
		ps, _ := nerPrepareTokens(text, toks, []int{0, len(toks)})
		info := ps[0].info
		for i, tk := range toks {
			want := nerHashLower(text[tk.Start:tk.head()])
			if !nerLetters(&tk) && info[i].lower == 0 {
				want = 0 // outside the windows of the candidates
			}
			if info[i].lower != want || tk.Flags&tokHasUpper != 0 && info[i].class != nerClasses().get(want) {
				t.Fatalf("token %q: hash %x class %d, want %x", text[tk.Start:tk.End], info[i].lower, info[i].class, want)
			}
		}
	}
}

// TestNERIsAbbrev checks nerIsAbbrev on every listed abbreviation and on
// near misses.
func TestNERIsAbbrev(t *testing.T) {
	for _, w := range nerAbbrevs {
		if !nerIsAbbrev(w) {
			t.Errorf("nerIsAbbrev(%q) = false", w)
		}
		for _, v := range []string{w + "x", w[:len(w)-1], "x" + w, strings.ToUpper(w), w + "\x00", "\x00" + w} {
			want := slices.Contains(nerAbbrevs, v)
			if got := nerIsAbbrev(v); got != want {
				t.Errorf("nerIsAbbrev(%q) = %v, want %v", v, got, want)
			}
		}
	}
	for _, w := range []string{"", "a", "the", "Messrsx", "Mr.", "said", "longerword"} {
		if got, want := nerIsAbbrev(w), slices.Contains(nerAbbrevs, w); got != want {
			t.Errorf("nerIsAbbrev(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNERPrepareIDs checks that preparing with word ids (W1), where the
// tagger reads what it can from the vocabulary entries and finds its own
// entries through byID, gives what preparing without them gives: the
// same document evidence, candidates and sentence flags, and where the
// features read them (near the candidates), the same hashes and classes,
// and entries of the same texts. One nerPrep serves articles of two text documents in turn,
// whose vocabularies give the same texts other ids, and then starts its
// own vocabulary over, so that its hints by id are often stale.
func TestNERPrepareIDs(t *testing.T) {
	texts := withCorpus(t, []string{
		"Bilal Raza-led NDM said in Multan on Monday. BANK OF X RISES AS U.S. FALLS\n\nBiden Says Talks With McCarthy Go Well. Mr. X of Y and Z & Co. met Gen. Mirza in São Paulo.",
		"The Bank of England and AT&T Inc. agreed. Café Müller-based ABCDEFGHIJKLMNOPQ and abcdefghijklmnopq said so. Gen. Gen Gen.",
	})
	var withIDs nerPrep
	var docs [2]*textDoc
	for n, text := range texts {
		a, _ := Parse(text)
		if docs[n%2] != nil {
			docs[n%2].release()
		}
		td := newTextDoc(a)
		docs[n%2] = td
		if n%7 == 6 {
			v := &withIDs.vocab // starts over, as startCall does
			clear(v.index)
			v.words, v.rows = v.words[:0], v.rows[:0]
		}
		bounds := td.appendSentBounds(nil)
		var plain nerPrep
		want, wd := plain.prepare(a.Text, td.toks, wordIDs{}, bounds)
		got, gd := withIDs.prepare(a.Text, td.toks, td.wordIDs(), bounds)
		if len(got) != len(want) {
			t.Fatalf("text %d: %d sentences, want %d", n, len(got), len(want))
		}
		if !slices.Equal(gd.lowerSet, wd.lowerSet) || !slices.Equal(gd.capMid, wd.capMid) || gd.running != wd.running {
			t.Fatalf("text %d: the document evidence differs", n)
		}
		for k := range want {
			g, w := &got[k], &want[k]
			if g.s != w.s || !slices.Equal(g.cands, w.cands) {
				t.Fatalf("text %d sentence %d: %+v %v, want %+v %v", n, k, g.s, g.cands, w.s, w.cands)
			}
			// What the features read: the info of the tokens near a
			// candidate.
			near := make([]bool, len(w.info))
			for _, c := range w.cands {
				for i := max(int(c)-2, 0); i <= min(int(c)+2, len(near)-1); i++ {
					near[i] = true
				}
			}
			for i := range w.info {
				if !near[i] {
					continue
				}
				gi, wi := g.info[i], w.info[i]
				if (gi.word == 0) != (wi.word == 0) {
					t.Fatalf("text %d token %d: entry %d, want %d", n, i, gi.word, wi.word)
				}
				if gi.word != 0 {
					ge, we := gd.vocab.words[gi.word-1], wd.vocab.words[wi.word-1]
					ge.row, we.row = 0, 0
					if ge != we {
						tk := w.toks[i]
						t.Fatalf("text %d token %q: entry %+v, want %+v", n, a.Text[tk.Start:tk.End], ge, we)
					}
				}
				gi.word, wi.word = 0, 0
				if gi != wi {
					tk := w.toks[i]
					t.Fatalf("text %d token %q: info %+v, want %+v", n, a.Text[tk.Start:tk.End], gi, wi)
				}
			}
		}
		withIDs.release()
	}
	for _, td := range docs {
		if td != nil {
			td.release()
		}
	}
}

// TestNERVocabFill checks the tagger's fields of vocabulary entries (W2):
// on the words of its lists and edge cases, the class is what the class
// table gives the lower-case hash; and on every word token of the test
// articles, a text marked plain is a word with a lower-case letter, no
// upper-case one and no hyphen tail, as the tokenizer flags it, and the
// tokens of every such text are marked so.
func TestNERVocabFill(t *testing.T) {
	words := []string{"said", "Said", "SAID", "of", "Of", "de", "the", "The", "mr.", "Mr.", "Gen.", "gen", "don't", "well-known",
		"Khan-led", "café", "Café", "1996", "u.s.", "abcdefghijklmnop", "a", "x1", "\xff", "é"}
	for _, list := range [][]string{nerTitles, nerOrgWords, nerTimeWords, nerParticles, nerFunctionWords} {
		words = append(words, list...)
	}
	classes := nerClasses()
	for _, w := range words {
		var e vocabWord
		vocabFill(&e, w, strings.ToLower(w))
		if want := classes.get(nerHashLower(w)); e.nerClass != want {
			t.Errorf("%q: class %v, want %v", w, e.nerClass, want)
		}
		plain := w != "" && strings.ToLower(w) == w && strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz")
		for _, c := range []byte(w) {
			plain = plain && c < 0x80
		}
		if got := e.nerBits&nerWordPlain != 0; got != plain {
			t.Errorf("%q: plain %v, want %v", w, got, plain)
		}
		if _, short := nerShapes(w); (e.nerBits&nerWordX != 0) != (plain && short == nerShortShape("x")) {
			t.Errorf("%q: bits %b, short shape x %v", w, e.nerBits, short == nerShortShape("x"))
		}
	}
	for _, text := range withCorpus(t, []string{"Bilal Raza-led NDM said don't in São Paulo, well-known café."}) {
		a, _ := Parse(text)
		td := newTextDoc(a)
		for i := range td.toks {
			tk := &td.toks[i]
			id := td.ids[i]
			if id <= 0 {
				continue
			}
			e := &td.vocab.words[id-1]
			fl := tk.Flags
			plain := tk.Kind == tokWord && fl&tokHasLower != 0 && fl&tokHasUpper == 0 && tk.tail == 0
			if e.nerBits&nerWordPlain != 0 && !plain {
				t.Errorf("%q: plain, but flags %b, tail %d", a.Text[tk.Start:tk.End], fl, tk.tail)
			}
			if e.nerBits&nerWordPlain == 0 && plain && !strings.ContainsFunc(a.Text[tk.Start:tk.End], func(r rune) bool { return r >= 0x80 }) {
				t.Errorf("%q: not plain", a.Text[tk.Start:tk.End])
			}
		}
		td.release()
	}
}

// TestNERStepScoresPrune checks that nerStepScores passing over previous
// tags by their greatest history weights (hmax, nerPrune) gives the same
// scores, back pointers and tags as trying them all, on random rows with
// many ties and on rows where a tag just reaches the floor.
func TestNERStepScoresPrune(t *testing.T) {
	seed := uint64(1)
	next := func(n int64) int64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int64(seed>>33) % n
	}
	for round := range 20000 {
		var r nerHistRow
		spread := int64(4 + round%3*50) // small spreads make ties
		for p := range r.w {
			for g := range r.w[p] {
				r.w[p][g] = int32(next(spread) - spread/2)
			}
		}
		r.setMax()
		for p := range r.w {
			w := &r.w[p]
			if want := max(w[0], w[1], w[3], w[5], w[7]); r.max[p] != want {
				t.Fatalf("max[%d] = %d, want %d", p, r.max[p], want)
			}
		}
		var prev, sti [nerNumTags]int64
		for g := range prev {
			prev[g], sti[g] = next(3*spread)-spread, next(spread)
		}
		// Valid: O and some others (never BOS here: see nerStepScores).
		valid := uint16(1) | uint16(next(1<<nerNumTags))&^1
		if valid == 1 {
			valid |= 1 << 3
		}
		particle, afterTail := next(4) == 0, next(4) == 0
		var cur1, cur2 [nerNumTags]int64
		var bk1, bk2 [nerNumTags]uint8
		v1 := nerStepScores(&prev, &cur1, &bk1, &r.w, nil, valid, &sti, particle, afterTail)
		v2 := nerStepScores(&prev, &cur2, &bk2, &r.w, &r.max, valid, &sti, particle, afterTail)
		if v1 != v2 || cur1 != cur2 || bk1 != bk2 {
			t.Fatalf("round %d: pruned %b %v %v, want %b %v %v", round, v2, cur2, bk2, v1, cur1, bk1)
		}
	}
}

// TestNERParseLine holds nerParseLine to the strconv reading it replaced
// (a split on spaces, ParseUint of the key in hex and ParseInt of each
// weight as an int16, nothing after the last), on the edges of each field
// and on every line of the embedded model.
func TestNERParseLine(t *testing.T) {
	ref := func(line string) (uint64, [nerNumTags]int16, bool) {
		var w [nerNumTags]int16
		if len(line) < 17 || line[16] != ' ' {
			return 0, w, false
		}
		key, err := strconv.ParseUint(line[:16], 16, 64)
		if err != nil || key == 0 {
			return 0, w, false
		}
		f := strings.Split(line[17:], " ")
		if len(f) != nerNumTags {
			return 0, w, false
		}
		for g, s := range f {
			v, err := strconv.ParseInt(s, 10, 16)
			if err != nil {
				return 0, [nerNumTags]int16{}, false
			}
			w[g] = int16(v)
		}
		return key, w, true
	}
	const key = "00023fbd027e2e08 "
	lines := []string{
		key + "12 0 0 -12 0 0 0 0 0",
		key + "32767 -32768 +5 -0 +0 0007 -00012 1 2",
		"ABCDEFabcdef0123 1 2 3 4 5 6 7 8 9",
		key + "32768 0 0 0 0 0 0 0 0",
		key + "-32769 0 0 0 0 0 0 0 0",
		key + "99999999999999999999 0 0 0 0 0 0 0 0",
		key + "1 2 3 4 5 6 7 8",
		key + "1 2 3 4 5 6 7 8 9 10",
		key + "1 2 3 4 5 6 7 8 9 ",
		key + "1  2 3 4 5 6 7 8 9",
		key + "1 2 3 4 5 6 7 8 9\r",
		key + "- 2 3 4 5 6 7 8 9",
		key + "+-1 2 3 4 5 6 7 8 9",
		key + "1_0 2 3 4 5 6 7 8 9",
		key + "0x1 2 3 4 5 6 7 8 9",
		"0000000000000000 1 2 3 4 5 6 7 8 9",
		"00023fbd027e2e0g 1 2 3 4 5 6 7 8 9",
		"0x023fbd027e2e08 1 2 3 4 5 6 7 8 9",
		"00023fbd027e2e08",
		"00023fbd027e2e08x1 2 3 4 5 6 7 8 9",
		"",
		" ",
	}
	for _, l := range strings.Split(nerModelText, "\n") {
		if l != "" && l[0] != '#' && !strings.HasPrefix(l, "nermodel") {
			lines = append(lines, l)
		}
	}
	if len(lines) < 40000 {
		t.Fatalf("only %d model lines", len(lines))
	}
	for _, l := range lines {
		k, w, err := nerParseLine(l)
		rk, rw, ok := ref(l)
		if (err == nil) != ok || k != rk || w != rw {
			t.Errorf("nerParseLine(%q) = %x %v %v; strconv reads %x %v ok %v", l, k, w, err, rk, rw, ok)
		}
	}
}

// TestNERModelFilter checks the key filter of the model (nerModel.known):
// every key of the model passes it unchanged, the key it gives for the
// others probes an empty slot alone, and it holds back most keys that are
// not in the model (else it would cost a read and save none).
func TestNERModelFilter(t *testing.T) {
	m := nerLoadModel()
	keys := 0
	for line := range strings.Lines(nerModelText) {
		if line[0] == '#' || strings.HasPrefix(line, "nermodel ") || len(line) < 17 {
			continue // a comment or the header
		}
		var key uint64
		if _, err := fmt.Sscanf(line[:16], "%x", &key); err != nil {
			t.Fatalf("model line %q: %v", line[:16], err)
		}
		keys++
		if got := m.known(key); got != key {
			t.Fatalf("known(%016x) = %016x: a key of the model held back", key, got)
		}
	}
	if keys != m.rows {
		t.Errorf("%d keys read, model has %d rows", keys, m.rows)
	}
	if m.slots[m.none].fp != 0 || m.lookup(m.none) != nil {
		t.Fatalf("none key %d: its slot is not empty", m.none)
	}
	// Keys not in the model (as good as random, like the tagger's).
	passed, absent := 0, 0
	for v := uint64(0); absent < 100_000; v++ {
		h := nerMix(nerFBigramM1, v)
		if m.lookup(h) != nil {
			continue
		}
		absent++
		if k := m.known(h); k != m.none {
			passed++
		}
	}
	if rate := float64(passed) / float64(absent); rate > 0.1 {
		t.Errorf("the filter passes %.1f%% of absent keys; want at most 10%%", 100*rate)
	} else {
		t.Logf("the filter passes %.2f%% of absent keys", 100*rate)
	}
	// A damaged model holds back every key, to its empty slot.
	empty := &nerModel{slots: make([]nerSlot, 1)}
	if k := empty.known(12345); empty.lookup(k) != nil {
		t.Errorf("empty model: known gives key %d, which it holds", k)
	}
}
