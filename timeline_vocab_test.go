package news

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// tlVocabTexts are texts with every word the events finder looks up: its
// word lists, the speech verbs, and edge cases (case, -ed words, 16 and 17
// bytes, dots, hyphen tails, non-ASCII, bytes that are not UTF-8).
func tlVocabTexts() []string {
	var words []string
	words = append(words, tlClassWords...)
	for _, m := range []map[string]struct{}{tlVerbs, tlEventNouns, tlEventHeads} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range lexLoadMaps().verbs {
		words = append(words, w)
	}
	for w := range tlOrdinals {
		words = append(words, w)
	}
	sort.Strings(words)
	var texts []string
	for i := 0; i < len(words); i += 40 {
		chunk := words[i:min(i+40, len(words))]
		var b strings.Builder
		for j, w := range chunk {
			switch j % 4 {
			case 1:
				w = strings.ToUpper(w)
			case 2:
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if j%7 == 3 {
				b.WriteString(",")
			}
			if j%11 == 5 {
				b.WriteString(";")
			}
			b.WriteString(" ")
		}
		b.WriteString("end.")
		texts = append(texts, b.String())
	}
	texts = append(texts,
		"The talks, which resumed after the vote, ended; he said, saying nothing, and she left in which case.",
		"He was FIRED. She ReCeIvEd it, quoting him, and they agreed. Announced-ed wed red bed Added ADDED.",
		"abcdefghijklmned abcdefghijklmnoed reconsideredness overcompensated re-elected Khan-led self-proclaimed U.S.-based.",
		"Zo\u00eb stopped, caf\u00e9 opened; na\u00efve voted \u00e9lected said\u00e9d. \xff\xfe was \xff said.",
		"Said Said SAID said, said; TIME time Time, after AFTER After ahead Ahead of the summit.",
		"which Which WHICH, which in which In Which. x",
		"He came, but she left, who knew, and he said, saying no, quoting him, citing her, and The Times, and they, whereas it, while we, AND IT, But I, Saying so.",
		"The first time, the SECOND meeting, a Third attempt, the 2nd round, the final session, last term, the tenth day, after the Election Campaign, before the vote results, ahead of the funeral.",
		"Reporters, telling it, and THE, announcing, and then, stated, and We, reported, following the assassination attempt.",
	)
	return texts
}

// TestTlVocabFill checks that the entry of every word (tlVocabFill) gives
// what the lookups of a token without an id give: the classes of
// tlWordClass, hasVerb and speechAt (W2); and that tlScan and hasVerb
// give the same with the ids as without them.
func TestTlVocabFill(t *testing.T) {
	for _, n := range tlOrdinals {
		if n <= 0 || n > 255 {
			t.Errorf("ordinal %d does not fit vocabWord.tlOrd", n)
		}
	}
	for _, w := range []string{"said", "was", "ended", "time", "which", "after", "and", "he", "death", "campaign", "saying", "first"} {
		var e vocabWord
		tlVocabFill(&e, w, w)
		if e.tl == 0 && e.tlOrd == 0 {
			t.Errorf("tlVocabFill(%q) = 0", w)
		}
	}
	for _, text := range tlVocabTexts() {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		d := newTextDoc(a)
		ownVocab(d)
		checkVocabIDs(t, d)
		old := *d
		old.ids = nil // every lookup by the old path
		withIDs := 0
		for k := range d.toks {
			id := d.ids[k]
			if id == 0 {
				continue
			}
			withIDs++
			tk := &d.toks[k]
			w := d.text[tk.Start:tk.End]
			tl := d.vocab.words[id-1].tl
			if got, want := uint8(tl&tlvClasses), tlWordClass(old.lowAt(k)); got != want {
				t.Errorf("%q: classes %#x, want %#x", w, got, want)
			}
			// hasVerb of the word alone, as the first word of a clause.
			if got, want := tl&tlvVerb != 0, old.hasVerb(k, k+1); got != want {
				t.Errorf("%q: verb %v, want %v", w, got, want)
			}
			if got, want := tl&tlvSpeech != 0, old.speechAt(k); got != want {
				t.Errorf("%q: speech verb %v, want %v", w, got, want)
			}
			if got, want := d.speechAt(k), old.speechAt(k); got != want {
				t.Errorf("%q: speechAt %v, want %v", w, got, want)
			}
			if got, want := d.ingSpeechAt(k), old.ingSpeechAt(k); got != want {
				t.Errorf("%q: ingSpeechAt %v, want %v", w, got, want)
			}
			if got, want := d.subjectAt(k), old.subjectAt(k); got != want {
				t.Errorf("%q: subjectAt %v, want %v", w, got, want)
			}
			if got, want := d.tlIn(k, tlvEventNoun, tlEventNouns), old.tlIn(k, tlvEventNoun, tlEventNouns); got != want {
				t.Errorf("%q: event noun %v, want %v", w, got, want)
			}
			if got, want := d.tlIn(k, tlvEventHead, tlEventHeads), old.tlIn(k, tlvEventHead, tlEventHeads); got != want {
				t.Errorf("%q: event head %v, want %v", w, got, want)
			}
			gn, gok := d.tlOrdinalAt(k)
			wn, wok := old.tlOrdinalAt(k)
			if gn != wn || gok != wok {
				t.Errorf("%q: ordinal %d %v, want %d %v", w, gn, gok, wn, wok)
			}
			// The words that cut a clause after a comma (clauses).
			low := old.lowAt(k)
			cut := low == "but" || low == "who" || low == "which" || low == "while" || low == "whereas"
			ingCut := strings.HasSuffix(low, "ing") && low != "quoting" && low != "citing" && old.speechAt(k)
			if tl&tlvCut != 0 != cut || tl&tlvIngCut != 0 != ingCut || tl&tlvAnd != 0 != (low == "and") {
				t.Errorf("%q: bits %#x, want cut %v, -ing cut %v", w, tl, cut, ingCut)
			}
		}
		if withIDs == 0 {
			t.Errorf("%q: no word has an id", text)
		}
		for s := range d.toks {
			for e := s + 1; e <= len(d.toks) && e <= s+6; e++ {
				if got, want := d.hasVerb(s, e), old.hasVerb(s, e); got != want {
					t.Errorf("%q: hasVerb(%d, %d) = %v, want %v", text, s, e, got, want)
				}
			}
		}
		for si, sr := range d.sents {
			got, _ := d.tlScan(sr[0], sr[1], nil, nil)
			want, _ := old.tlScan(sr[0], sr[1], nil, nil)
			if !slices.Equal(got, want) {
				t.Errorf("%q: tlScan = %v, want %v", text, got, want)
			}
			gotc := d.clauses(si, sr[0], sr[1], got, nil)
			wantc := old.clauses(si, sr[0], sr[1], want, nil)
			if !slices.Equal(gotc, wantc) {
				t.Errorf("%q: clauses = %v, want %v", text, gotc, wantc)
			}
		}
		d.release()
	}
}

// TestTlListedWords checks that the tokens the quote finder lists for the
// events finder (td.tlToks, qdoc.classify) give what tlScan finds in the
// sentences out of headlines, token by token (tlListedWords).
func TestTlListedWords(t *testing.T) {
	titled := 0
	texts := append(tlVocabTexts(),
		"Talks, which ended after the vote, failed; then, the second time, before the summit\n\nThe talks, which resumed after the vote, ended; he said, saying nothing, and the meeting ended.",
		"Which time, after, since, until; ahead, before\n\nAfter the vote, the third session began.")
	for _, text := range withCorpus(t, texts) {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		td := newTextDoc(a)
		if td.tlListed {
			t.Fatal("tlListed before the quote finder ran")
		}
		findQuotes(td)
		if !td.tlListed {
			t.Fatal("the quote finder did not list the tokens")
		}
		ids, vw := td.tlIDs(len(td.toks))
		if ids == nil {
			t.Fatal("no word ids")
		}
		got := td.tlListedWords(ids, vw, nil)
		var want []tlWord
		for si, sr := range td.sents {
			if td.paraOf[si] < 0 {
				titled++
				continue
			}
			want, _ = td.tlScan(sr[0], sr[1], want, nil)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%.60q: tlListedWords = %v, want %v", text, got, want)
		}
		td.release()
	}
	if titled == 0 {
		t.Error("no headline read")
	}
}
