package news

// The tokenizer as it was before the byte-class rewrite, kept as the
// oracle of TestTokenizeMatchesReference: a plain rune-by-rune reading of
// rules K1-K9.

import (
	"unicode"
	"unicode/utf8"
)

// refTokenize appends to dst the tokens of text[s.Start:s.End] and returns dst.
// The span is clamped to the text, so any Span is safe. Tokens come in text
// order, do not overlap and never contain white space. One pass over the
// bytes; invalid UTF-8 bytes become one-byte tokPunct tokens (K1).
//
// Rules:
//
//	K1: white space (Unicode White_Space, including no-break spaces) separates tokens; an invalid byte is a 1-byte symbol.
//	K2: quotation marks (" “ ” „ ‘ ’ ' « » ‹ ›) are single tokens unless K6 joins an apostrophe to a word.
//	K3: '.' inside a word joins it when a letter or digit follows (U.S, 3.5, J.K).
//	K4: ':' and ',' join digits on both sides (10:30, 1,000); '&' joins upper-case letters (AT&T).
//	K5: a hyphen (- or U+2010/U+2011) joins a word to the letters or digits after it (Khan-led, 1996-08-22).
//	K6: an apostrophe (' or ’) followed by "s"/"S" and no further letter is split off as a possessive
//	    token (Khan’s -> Khan ’s); before other letters it stays inside the word (O'Brien, don’t).
//	K7: a final '.' stays with the word when the word is one letter (initial J.), already has
//	    dots (U.S.), or is a known abbreviation (Gen., Jan., Inc.); otherwise it is punctuation.
//	K8: a word whose last hyphen part is a lower-case suffix such as -led, -based or any -ed/-ing
//	    form, and whose first part is capitalised, gets its head at that hyphen (Khan-led -> head Khan).
//	K9: "--", a hyphen between spaces, and en/em dashes are tokDash tokens; runs of '.' are one token.
func refTokenize(text string, s Span, dst []token) []token {
	start, end := s.Start, s.End
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	first := true
	i := start
	for i < end {
		c := text[i]
		// K1: white space.
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if r == utf8.RuneError && n <= 1 {
				dst = append(dst, token{Span: Span{i, i + 1}, Kind: tokPunct, Flags: tokBadByte})
				i++
				continue
			}
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		switch {
		case refTokIsWordRune(r):
			var t token
			i, t = refTokWordAt(text, i, end)
			if first {
				t.Flags |= tokSentStart
				first = false
			}
			dst = append(dst, t)
			// K6: possessive split.
			if p := refTokPossessiveAt(text, i, end); p > i {
				dst = append(dst, token{Span: Span{i, p}, Kind: tokPossessive})
				i = p
			}
		case r == '-' || r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212' || r == '\u2010' || r == '\u2011':
			// K9: dashes; "--" and "---" are one token.
			j := i + n
			if r == '-' {
				for j < end && text[j] == '-' {
					j++
				}
			}
			dst = append(dst, token{Span: Span{i, j}, Kind: tokDash})
			i = j
		case refTokIsQuote(r):
			// K2: quotation marks.
			dst = append(dst, token{Span: Span{i, i + n}, Kind: tokQuote})
			i += n
		case r == '.':
			// K9: a run of dots is one token.
			j := i + 1
			for j < end && text[j] == '.' {
				j++
			}
			dst = append(dst, token{Span: Span{i, j}, Kind: tokPunct, Flags: tokHasDot})
			i = j
		default:
			dst = append(dst, token{Span: Span{i, i + n}, Kind: tokPunct})
			i += n
		}
	}
	return dst
}

// refTokIsWordRune reports whether r can start or continue a word: a letter,
// a digit or a combining mark.
func refTokIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// refTokIsQuote reports whether r is a quotation mark or apostrophe (K2).
func refTokIsQuote(r rune) bool {
	switch r {
	case '"', '\'', '`', '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2039', '\u203a':
		return true
	}
	return false
}

// refTokRuneAt decodes the rune at text[i:end], returning (0, 0) at end.
func refTokRuneAt(text string, i, end int) (rune, int) {
	if i >= end {
		return 0, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	if r == utf8.RuneError && n <= 1 {
		return utf8.RuneError, 0 // 0 marks a bad byte: never part of a word
	}
	return r, n
}

// refTokIsApostrophe reports whether r is an apostrophe (K6).
func refTokIsApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// refTokPossessiveAt returns the end of a possessive 's or ’s starting at i
// (K6), or i when there is none.
func refTokPossessiveAt(text string, i, end int) int {
	r, n := refTokRuneAt(text, i, end)
	if n == 0 || !refTokIsApostrophe(r) {
		return i
	}
	j := i + n
	if j < end && (text[j] == 's' || text[j] == 'S') {
		if r2, n2 := refTokRuneAt(text, j+1, end); n2 == 0 || !refTokIsWordRune(r2) {
			return j + 1
		}
	}
	return i
}

// refTokWordAt scans the word starting at i (whose first rune is a word rune)
// and returns the index after it and the token, applying K3-K8.
func refTokWordAt(text string, i, end int) (int, token) {
	t := token{Kind: tokWord}
	t.Start = i
	j := i
	dots, letters := 0, 0
	lastHyphen := -1    // index of the last joining hyphen
	var prev rune       // previous rune in the word
	var tailLower bool  // all letters after lastHyphen are lower case
	var tailLetters int // letters after lastHyphen
	for j < end {
		// Fast path for ASCII letters and digits.
		if c := text[j]; 'a' <= c && c <= 'z' {
			// A run of lower-case ASCII letters at once.
			k := j + 1
			for k < end && 'a' <= text[k] && text[k] <= 'z' {
				k++
			}
			t.Flags |= tokHasLower
			letters += k - j
			if lastHyphen >= 0 {
				tailLetters += k - j
			}
			prev = rune(text[k-1])
			j = k
			continue
		} else if 'A' <= c && c <= 'Z' {
			t.Flags |= tokHasUpper
			if j == i {
				t.Flags |= tokCap
			}
			tailLower = false
			letters++
			if lastHyphen >= 0 {
				tailLetters++
			}
			prev = rune(c)
			j++
			continue
		} else if '0' <= c && c <= '9' {
			t.Flags |= tokHasDigit
			tailLower = false
			prev = rune(c)
			j++
			continue
		}
		r, n := refTokRuneAt(text, j, end)
		if n == 0 {
			break
		}
		if refTokIsWordRune(r) {
			if unicode.IsUpper(r) {
				t.Flags |= tokHasUpper
				if j == i {
					t.Flags |= tokCap
				}
				tailLower = false
			} else if unicode.IsLower(r) {
				t.Flags |= tokHasLower
			} else if unicode.IsDigit(r) {
				t.Flags |= tokHasDigit
				tailLower = false
			}
			if unicode.IsLetter(r) {
				letters++
				if lastHyphen >= 0 {
					tailLetters++
				}
			}
			prev = r
			j += n
			continue
		}
		next, nn := refTokRuneAt(text, j+n, end)
		nextWord := nn > 0 && refTokIsWordRune(next)
		switch {
		case r == '.' && nextWord:
			// K3: inner dot.
			dots++
			t.Flags |= tokHasDot
		case r == '.' && next == '-' && dots > 0 && refTokWordAfter(text, j+n+1, end):
			// K3: U.S.-led keeps the abbreviation's dot before the hyphen.
			t.Flags |= tokHasDot
		case (r == ':' || r == ',') && nextWord && refTokIsDigit(prev) && refTokIsDigit(next):
			// K4: 10:30, 1,000.
		case r == '&' && nextWord && unicode.IsUpper(prev) && unicode.IsUpper(next):
			// K4: AT&T.
		case (r == '-' || r == '\u2010' || r == '\u2011') && nextWord:
			// K5: hyphenated word.
			t.Flags |= tokHasHyphen
			lastHyphen = j
			tailLower, tailLetters = true, 0
		case refTokIsApostrophe(r) && nextWord && !(refTokPossessiveAt(text, j, end) > j):
			// K6: O'Brien, don’t.
		default:
			goto done
		}
		prev = r
		j += n
	}
done:
	// K7: final dot.
	if j < end && text[j] == '.' && (j+1 >= end || text[j+1] != '.') {
		w := text[i:j]
		if letters == 1 && j-i <= 2 && t.Flags&tokHasDigit == 0 || dots > 0 && t.Flags&tokHasDigit == 0 || nerIsAbbrev(w) {
			j++
			t.Flags |= tokHasDot
		}
	}
	t.End = j
	if t.Flags&tokHasUpper != 0 && t.Flags&tokHasLower == 0 {
		t.Flags |= tokAllCaps
	}
	// K8: lower-case hyphen suffix after a capitalised head.
	if lastHyphen > i && tailLower && tailLetters >= 2 && t.Flags&tokCap != 0 && nerIsHyphenTail(text[lastHyphen+1:refTokTrimDot(text, lastHyphen+1, j)]) {
		t.tail = uint32(j - lastHyphen)
		t.Flags |= tokHyphenTail
	}
	return j, t
}

// refTokWordAfter reports whether a word rune starts at text[i:end].
func refTokWordAfter(text string, i, end int) bool {
	r, n := refTokRuneAt(text, i, end)
	return n > 0 && refTokIsWordRune(r)
}

// refTokTrimDot returns j, less one if text[j-1] is a dot that K7 attached.
func refTokTrimDot(text string, i, j int) int {
	if j > i && text[j-1] == '.' {
		return j - 1
	}
	return j
}

// refTokIsDigit reports whether r is a decimal digit.
func refTokIsDigit(r rune) bool {
	return '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
}
