package news

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokTexts returns the texts of the tokens of the whole of text.
func tokTexts(text string) []string {
	var out []string
	for _, t := range tokenize(text, Span{0, len(text)}, nil) {
		out = append(out, text[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in     string
		want   string // tokens joined by '|'
		reason string
	}{
		{"The mayor spoke.", "The|mayor|spoke|.", "K1/K7: words split at spaces; an ordinary final dot is punctuation"},
		{"Nadia Rahman’s office", "Nadia|Rahman|’s|office", "K6: curly possessive split off"},
		{"the DIRECTOR'S CUT", "the|DIRECTOR|'S|CUT", "K6: upper-case possessive split off"},
		{"O'Neill said he didn’t know", "O'Neill|said|he|didn’t|know", "K6: apostrophes before other letters stay inside the word"},
		{"the players' union", "the|players|'|union", "K2: a trailing apostrophe is its own token"},
		{"a Sadiq Ansari-led panel", "a|Sadiq|Ansari-led|panel", "K5: hyphenated words stay whole"},
		{"the U.S. envoy", "the|U.S.|envoy", "K3/K7: dotted abbreviation keeps both dots"},
		{"Brig. Gen. Tom Hale", "Brig.|Gen.|Tom|Hale", "K7: listed abbreviations keep their dot"},
		{"author P.D. Vance and R. Okoro", "author|P.D.|Vance|and|R.|Okoro", "K3/K7: initials with and without space"},
		{"rose 3.5 percent at 10:30 to 1,250", "rose|3.5|percent|at|10:30|to|1,250", "K3/K4: decimals, times and thousands"},
		{"On Jan. 4, he left", "On|Jan.|4|,|he|left", "K7: month abbreviation keeps its dot; the comma splits"},
		{"AT&T shares", "AT&T|shares", "K4: ampersand between capitals joins"},
		{"wait -- no – never — ever - done", "wait|--|no|–|never|—|ever|-|done", "K9: dashes are tokens"},
		{"“Go,” she said.", "“|Go|,|”|she|said|.", "K2: curly quotes are tokens"},
		{"\"Yes\"", "\"|Yes|\"", "K2: straight quotes are tokens"},
		{"Wait...what", "Wait|...|what", "K9: a run of dots is one token"},
		{"2022-11-11 report", "2022-11-11|report", "K5: dates with hyphens stay whole"},
		{"São Paulo’s mayor", "São|Paulo|’s|mayor", "non-ASCII letters are word runes"},
		{"a\xffb", "a|\xff|b", "K1: an invalid byte is a one-byte token"},
		{"", "", "empty input gives no tokens"},
		{"  \n\t ", "", "white space only gives no tokens"},
		{"end of sentence in the U.S.", "end|of|sentence|in|the|U.S.", "K7: sentence-final abbreviation keeps its dot"},
	}
	for i, tc := range tests {
		got := strings.Join(tokTexts(tc.in), "|")
		if got != tc.want {
			t.Errorf("%d: tokenize(%q) = %q; want %q (%s)", i, tc.in, got, tc.want, tc.reason)
		}
	}
}

// TestTokenSize checks that a token takes 24 bytes (16 on 32-bit
// platforms): the article's tokens are the largest shared array.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 3*unsafe.Sizeof(0) {
		t.Errorf("a token takes %d bytes, want %d", n, 3*unsafe.Sizeof(0))
	}
}

func TestTokenizeHead(t *testing.T) {
	tests := []struct {
		in, word, head string
		reason         string
	}{
		{"Ansari-led", "Ansari-led", "Ansari", "K8: listed tail -led"},
		{"Lahore-based", "Lahore-based", "Lahore", "K8: any -ed tail"},
		{"U.S.-brokered", "U.S.-brokered", "U.S.", "K8: dotted head"},
		{"Chester-le-Street", "Chester-le-Street", "Chester-le-Street", "K8: capitalised last part is no tail"},
		{"Ata-ur-Rehman", "Ata-ur-Rehman", "Ata-ur-Rehman", "K8: names with inner particles stay whole"},
		{"well-known", "well-known", "well-known", "K8: lower-case head is no name"},
	}
	for i, tc := range tests {
		toks := tokenize(tc.in, Span{0, len(tc.in)}, nil)
		if len(toks) != 1 {
			t.Errorf("%d: tokenize(%q) gave %d tokens; want 1 (%s)", i, tc.in, len(toks), tc.reason)
			continue
		}
		if got := tc.in[toks[0].Start:toks[0].head()]; got != tc.head {
			t.Errorf("%d: head of %q = %q; want %q (%s)", i, tc.in, got, tc.head, tc.reason)
		}
	}
}

func TestTokenizeFlags(t *testing.T) {
	text := "NASA chief Bill Nye 42"
	toks := tokenize(text, Span{0, len(text)}, nil)
	want := []tokenFlag{
		tokAllCaps | tokCap | tokHasUpper | tokSentStart,
		tokHasLower,
		tokCap | tokHasUpper | tokHasLower,
		tokCap | tokHasUpper | tokHasLower,
		tokHasDigit,
	}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens; want %d", len(toks), len(want))
	}
	for i, w := range want {
		if toks[i].Flags != w {
			t.Errorf("token %d %q: flags %b; want %b", i, text[toks[i].Start:toks[i].End], toks[i].Flags, w)
		}
	}
}

func TestTokenizeSubspan(t *testing.T) {
	text := "One two. Three four."
	toks := tokenize(text, Span{9, len(text)}, nil)
	if len(toks) != 3 || text[toks[0].Start:toks[0].End] != "Three" || toks[0].Flags&tokSentStart == 0 {
		t.Errorf("tokenize of a sub-span: got %v; want Three (sentence start), four, .", toks)
	}
	// Out-of-range spans are clamped, not a panic.
	if got := tokenize(text, Span{-5, 1000}, nil); len(got) != 6 {
		t.Errorf("clamped span: got %d tokens; want 6", len(got))
	}
	if got := tokenize(text, Span{10, 3}, nil); len(got) != 0 {
		t.Errorf("reversed span: got %d tokens; want 0", len(got))
	}
}

// tokCheck verifies the tokenizer invariants on text.
func tokCheck(t *testing.T, text string) {
	toks := tokenize(text, Span{0, len(text)}, nil)
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) || tk.head() <= tk.Start || tk.head() > tk.End {
			t.Fatalf("token %d %+v out of order or range (prev end %d, len %d) in %q", i, tk, prev, len(text), text)
		}
		if strings.ContainsAny(text[tk.Start:tk.End], " \n\t") {
			t.Fatalf("token %d %q contains white space", i, text[tk.Start:tk.End])
		}
		if utf8.ValidString(text) && !utf8.ValidString(text[tk.Start:tk.End]) {
			t.Fatalf("token %d %q splits a rune", i, text[tk.Start:tk.End])
		}
		prev = tk.End
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "Khan’s U.S.-led 3.5 10:30 O'Brien don’t -- “x”", "a\xff\xfe’s", "A.B.C.D-ed", "’s", "x'", "1,2,3", "&&A&B&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tokCheck(t, s)
		if got, want := tokenize(s, Span{0, len(s)}, nil), refTokenize(s, Span{0, len(s)}, nil); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v; want %v (the reference)", s, got, want)
		}
		if got, want := tokLowerASCII(s), refLowerASCII(s); got != want {
			t.Fatalf("tokLowerASCII(%q) = %q; want %q", s, got, want)
		}
	})
}

func TestTokLowerASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"Imran KHAN-led PTI", "imran khan-led pti"},
		{"ÉCOLE Zürich\xff", "École zürich\xff"},
	} {
		if got := tokLowerASCII(tc.in); got != tc.want {
			t.Errorf("tokLowerASCII(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestTokenizeMatchesReference checks the tokenizer against the plain
// rune-by-rune reading of K1-K9 in token_ref_test.go, token by token, on
// the test documents, the PolNeAR dev articles (when ../shared is there)
// and tricky snippets, whole and cut at every offset of the snippets.
func TestTokenizeMatchesReference(t *testing.T) {
	texts := withCorpus(t, []string{
		"Khan’s U.S.-led 3.5 10:30 O'Brien don’t -- “x”", "a\xff\xfe’s", "A.B.C.D-ed", "’s", "x'", "1,2,3", "&&A&B&",
		"Gen. Jan. Inc. J. 3. U.S. approx. vs. Messrs. Messrsx. ...", "KHAN-led Khan-based Ümit-led 1996-08-22 a—b a–b x - y",
		"AT&T Ü&Ö 1٫2 ١:٢ José’S O’Brien’s rock’n’roll e\u0301 \u00a0x\u2028y", "'s ’S x’s’ x's. x''s",
	})
	check := func(text string, s Span) {
		got := tokenize(text, s, nil)
		want := refTokenize(text, s, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q, %v) = %v; want %v", text, s, got, want)
		}
	}
	for k, text := range texts {
		check(text, Span{0, len(text)})
		if k < 11 {
			for i := 0; i <= len(text); i++ {
				check(text, Span{i, len(text)})
				check(text, Span{0, i})
			}
		}
	}
}

// refLowerASCII is tokLowerASCII byte by byte.
func refLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestTokLowerASCIIAllBytes puts every byte value at every position of
// eight-byte words, among letters and non-ASCII bytes.
func TestTokLowerASCIIAllBytes(t *testing.T) {
	for c := range 256 {
		for pos := range 17 {
			for _, fill := range []byte{'a', 'Z', 0x80, 0xff, '@', '['} {
				b := []byte(strings.Repeat(string(fill), 17))
				b[pos] = byte(c)
				for n := pos + 1; n <= len(b); n += 3 {
					s := string(b[:n])
					if got, want := tokLowerASCII(s), refLowerASCII(s); got != want {
						t.Fatalf("tokLowerASCII(%q) = %q; want %q", s, got, want)
					}
				}
			}
		}
	}
}

// TestTokGenPunct checks that the General Punctuation block holds no word
// rune, as tokIsWordRune assumes, and that its dashes and quotation marks,
// which tokenize tests before white space, are not white space.
func TestTokGenPunct(t *testing.T) {
	for r := rune(tokGenPunctFirst); r <= tokGenPunctLast; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U is a word rune", r)
		}
	}
	for _, r := range "\u2013\u2014\u2015\u2212\u2010\u2011\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a" {
		if unicode.IsSpace(r) || refTokIsWordRune(r) {
			t.Errorf("%U is white space or a word rune", r)
		}
	}
}
