package news

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// txTokenTexts are texts whose tokens the two tokenizers of the times
// parser must agree on: white space of every kind, blank lines inside a
// sentence, words the shared tokenizer joins (U.S., 10:30, Khan-led,
// don't, AT&T) or splits (’s), letters outside ASCII, combining marks,
// digits of other scripts and invalid bytes.
var txTokenTexts = []string{
	"The talks ended on Thursday night, two days ago.",
	"at 10:35 a.m. EST Friday, Nov. 11, 2022 and 11 November 2022",
	"\xff\xfe mid-1990s \xe2\x80\x94 the '80s, every two weeks, 2 1/2 years",
	"nineteen ninety-six\n\nthe year two thousand",
	"Khan’s U.S.-led plan, AT&T's Q3 2023 results and the 1,000 don't-care cases",
	"in\u00a0May\u2009last\u3000year \u0085 then\n \n\nNovember",
	"cafe\u0301 été Ünïcödé ＭＯＮＤＡＹ ١٢٣ twenty\u200bthree",
	"SATURDAY... Mon.-Fri. 9-5, 24/7, 3.5 years, 1990s-era, e-mail",
	"A\tB\vC\fD\rE\n\n\n\nF  G   H",
	"abcdefgh abcdefghi ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop x",
	"YESTERDAY, Yesterday yesterdays September SEPTEMBER sEpTeMbEr Thanksgiving afternoon quarterly centuries abcdefghijklmnopq yesterday",
	"wordsatendoftext",
	// The window of the scan (txWindowStart): cues of tense ten to twelve
	// tokens before a weekday or month, weak triggers five tokens before
	// an anchor, modifiers and apostrophes before numbers.
	"Workers had long scheduled to meet with the group from the city on Friday.",
	"Workers will go to the big group in one city on Friday, the may day.",
	"Workers had long scheduled to meet with the group from the city in October.",
	"The deal had been scheduled to close, as the two firms agreed, on Friday.",
	"Officials said that the talks , which were long and hard , ended Friday night.",
	"It will, as it said in a long and very dull note, start in May and end Aug. 6.",
	"Some of the more than a few of the early '80s and the end of mid-1990s.",
	"A dozen of the people at the no more than nine hundred two years ago",
	"a",
	"",
}

// txCheckTokens compares, for every sentence and for the title of text,
// the tokens that txFromTokens reads from the shared tokens with those of
// txTokenize.
func txCheckTokens(t *testing.T, text string) {
	t.Helper()
	a, err := Parse(text)
	if err != nil {
		return
	}
	td := newTextDoc(a)
	ownVocab(td)
	tab := txLexicon()
	title := 0
	if a.Title != "" && a.TitleSpan.Len() > 0 {
		title = 1
	}
	if len(td.sents) != len(a.Sentences)+title {
		t.Fatalf("%q: %d shared sentences for %d sentences and %d title", text, len(td.sents), len(a.Sentences), title)
	}
	spans := []Span{}
	if title == 1 {
		spans = append(spans, a.TitleSpan)
	}
	for _, s := range a.Sentences {
		spans = append(spans, s.Span)
	}
	for si, s := range spans {
		toks := td.sentToks(si)
		if !txTokensWithin(toks, s) {
			t.Errorf("%q: shared tokens of sentence %d are outside %v", text, si, s)
			continue
		}
		want, wantHot := txTokenize(text, s.Start, s.End, tab, nil)
		got, gotHot := txFromTokens(text, s, toks, tab, nil)
		if !slices.Equal(got, want) || gotHot != wantHot {
			t.Errorf("%q: sentence %q:\ntxFromTokens %v (hot %v)\ntxTokenize   %v (hot %v)", text, text[s.Start:s.End], got, gotHot, want, wantHot)
		}
		// And with the word ids: the entries of the vocabulary.
		ids := td.sentIDs(si)
		if len(ids.ids) != len(toks) {
			t.Errorf("%q: sentence %d: %d ids for %d tokens", text, si, len(ids.ids), len(toks))
		}
		if got := txFromTokensAt(text, s, toks, ids.ids, ids.words, tab, nil, true); !slices.Equal(got, want) {
			t.Errorf("%q: sentence %q:\ntxFromTokensAt with ids %v\ntxTokenize             %v", text, text[s.Start:s.End], got, want)
		}
		for w := range toks {
			if got, want := txWindowStart(text, td.lowText, toks[w:], ids.ids[w:], ids.words, tab, nil), txWindowStart(text, td.lowText, toks[w:], nil, nil, tab, nil); got != want {
				t.Errorf("%q: sentence %q from token %d: window %d with ids, %d without", text, text[s.Start:s.End], w, got, want)
			}
			// And from where txColdRunID stops, as findArticleTimes
			// knows it from its scan of the article.
			x0 := txColdRunID(toks[w:], ids.ids[w:], ids.words)
			if got, want := txWindowStartFrom(text, td.lowText, toks[w:], ids.ids[w:], ids.words, tab, nil, x0), txWindowStart(text, td.lowText, toks[w:], ids.ids[w:], ids.words, tab, nil); got != want {
				t.Errorf("%q: sentence %q from token %d: window %d from token %d, %d", text, text[s.Start:s.End], w, got, x0, want)
			}
		}
	}
}

// txArticleTimesRef is findArticleTimes as it was, from the text alone.
func txArticleTimesRef(a *Article) []Time {
	sents := make([]Span, 0, len(a.Sentences)+2)
	if a.Title != "" {
		sents = append(sents, a.TitleSpan)
	}
	if dl := a.Dateline; dl != nil {
		sents = append(sents, dl.Span)
	}
	for _, s := range a.Sentences {
		sents = append(sents, s.Span)
	}
	slices.SortFunc(sents, func(a, b Span) int { return a.Start - b.Start })
	return findTimes(a.Text, sents, a.Published)
}

// TestTxFromTokens checks that the times parser reads the same tokens
// from the shared ones as from the text, and finds the same times in the
// article, on the test texts, the testdata articles and the PolNeAR dev
// articles (when ../shared is present).
func TestTxFromTokens(t *testing.T) {
	texts := withCorpus(t, txTokenTexts)
	for _, text := range texts {
		txCheckTokens(t, text)
		a, err := Parse(text)
		if err != nil {
			continue
		}
		got, want := findArticleTimes(a, newTextDoc(a)), txArticleTimesRef(a)
		if !slices.Equal(got, want) {
			t.Errorf("%.60q: findArticleTimes %v\nfrom the text %v", text, got, want)
		}
		// With a publication date, which the tense of a clause moves.
		if b, err := Parse(text); err == nil && b.Published.IsZero() {
			b.Published = time.Date(2022, 11, 11, 0, 0, 0, 0, time.UTC)
			if got, want := findArticleTimes(b, newTextDoc(b)), txArticleTimesRef(b); !slices.Equal(got, want) {
				t.Errorf("%.60q published %v: findArticleTimes %v\nfrom the text %v", text, b.Published, got, want)
			}
		}
		// Without the shared tokens, the text is read.
		if got := findArticleTimes(a, nil); !slices.Equal(got, want) {
			t.Errorf("%.60q: findArticleTimes without tokens %v\nfrom the text %v", text, got, want)
		}
	}
}

// FuzzTxFromTokens checks txFromTokens against txTokenize on any input.
func FuzzTxFromTokens(f *testing.F) {
	for _, s := range txTokenTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		txCheckTokens(t, text)
	})
}

// FuzzTxWindow checks findArticleTimes, which scans each sentence from
// its window (txWindowStart), against the scan of the whole text, on any
// input, with a publication date.
func FuzzTxWindow(f *testing.F) {
	for _, s := range txTokenTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a, err := Parse(text)
		if err != nil {
			return
		}
		a.Published = time.Date(2022, 11, 11, 0, 0, 0, 0, time.UTC)
		if got, want := findArticleTimes(a, newTextDoc(a)), txArticleTimesRef(a); !slices.Equal(got, want) {
			t.Errorf("%q: findArticleTimes %v\nfrom the text %v", text, got, want)
		}
	})
}

// TestTxVocabFill checks what the times finder keeps of a word in the
// vocabulary (txVocabFill) against the lookups it replaces: the entry
// txTokenize and txPlainWords find, the anchor txAnchorReach and
// txColdRun tell, the number txTokenizeFrom reads. The words are those of
// the lexicon in lower case, in capitals and with a capital, and words of
// other kinds: sixteen letters and more, dots, hyphens, digits,
// apostrophes, other scripts and their digits.
func TestTxVocabFill(t *testing.T) {
	tab := txLexicon()
	words := []string{"a", "Z", "s", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "ABCDEFGHIJKLMNOP",
		"abcdefghijklmnopq", "U.S.", "Jan.", "Sept.", "mid-March", "Khan-led", "été", "1990s", "10:30",
		"don't", "x1", "Q3", "ＭＯＮＤＡＹ", "Mayday", "Septembers", "MAy", "tHURSDAY", "Ünïcödé",
		"2016", "0", "9999999999999999", "123456789", "22,000", "8.8", "١٢٣", "١٢٣-5", "mid-1990s",
		"May-June", "pre-Christmas", "U.S.-led", "didn’t", "G-20", "40-year-old", "Sunday-Monday",
		"中文", "Jmdmd1Maurice"}
	for w := range tab.ids {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	const tail = " and so on, and so forth." // so that the old lookups read the tables
	plains, digits, hots, tenses, others := 0, 0, 0, 0, 0
	for _, w := range words {
		text := w + tail
		toks := tokenize(text, Span{0, len(text)}, nil)
		if len(toks) == 0 || toks[0].End != len(w) || toks[0].Kind != tokWord {
			t.Errorf("%q: not one word token", w)
			continue
		}
		if len(w) > vocabMaxLen {
			continue // no id (W1)
		}
		tok := toks[:1]
		low := tokLowerASCII(w)
		var e vocabWord
		txVocabFill(&e, w, low)
		sub := txTokensOf(w, tab)
		plain := len(sub) == 1 && sub[0].kind == txkWord && txASCIILetters(w, 0, len(w))
		if got := e.txFlags&txvPlain != 0; got != plain {
			t.Errorf("%q: plain %v, want %v", w, got, plain)
		}
		isNum := len(sub) == 1 && sub[0].kind == txkNum
		if got := e.txFlags&txvDigits != 0; got != isNum {
			t.Errorf("%q: digits %v, want %v", w, got, isNum)
		}
		switch {
		case plain:
			plains++
			if e.txLex != sub[0].lex {
				t.Errorf("%q: entry %d, txTokenize's %d", w, e.txLex, sub[0].lex)
			}
			var out [1]txTok
			if n, _ := txPlainWords(text, tok, 0, true, tab, out[:]); n != 1 || out[0].lex != e.txLex || out[0].upper != (e.txFlags&txvUpper != 0) {
				t.Errorf("%q: entry %d, capital %v; txPlainWords' %d, %v (%d tokens)", w, e.txLex, e.txFlags&txvUpper != 0, out[0].lex, out[0].upper, n)
			}
		case isNum:
			digits++
			if v := txDigitsValue(w); v != sub[0].num || sub[0].nd != len(w) {
				t.Errorf("%q: value %d, txTokenize's %d (%d digits)", w, v, sub[0].num, sub[0].nd)
			}
		default:
			others++
			if e.txLex != 0 || e.txFlags&txvUpper != 0 {
				t.Errorf("%q: not plain, but entry %d and flags %b", w, e.txLex, e.txFlags)
			}
		}
		reach := txAnchorReach(text, tokLowerASCII(text), &tok[0], tab, nil)
		want := uint8(0)
		switch reach {
		case txReach:
			want = txvHot
			hots++
		case txReachTense:
			want = txvHot | txvTense
			tenses++
		}
		if e.txFlags&txvReach == 0 {
			if want != 0 && strings.ContainsAny(w, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				t.Errorf("%q: anchor %d, but no txvReach", w, reach)
			}
			continue
		}
		if got := e.txFlags & (txvHot | txvTense); got != want {
			t.Errorf("%q: flags %b, want %b (txAnchorReach %d)", w, got, want, reach)
		}
		if txColdRun(tokLowerASCII(text), tok, tab) == 1 && e.txFlags&txvHot != 0 {
			t.Errorf("%q: hot, but txColdRun passes it", w)
		}
	}
	if plains == 0 || digits == 0 || hots == 0 || tenses == 0 || others == 0 {
		t.Errorf("%d plain words, %d numbers, %d other words, %d hot, %d months or weekdays with a capital: the test tests little", plains, digits, others, hots, tenses)
	}
}
