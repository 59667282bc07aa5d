package news

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
)

// A Span is a half-open byte range [Start, End) of [Article.Text]: the text it
// covers is Text[Start:End]. Every result of the package carries one. The zero
// Span is empty and means "absent" wherever a field is optional.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// in reports whether the position p lies inside s.
func (s Span) in(p int) bool { return s.Start <= p && p < s.End }

// A Header is one metadata line at the top of an article, such as
// "date 2022-11-11" or "title: Flood warning lifted". Key is lower-cased;
// Value is the text after the key and its separator, trimmed.
type Header struct {
	Key       string `json:"key"`
	Value     string `json:"value"`
	Span             // the whole header, key to end of value
	ValueSpan Span   `json:"value_span"`
}

// A Dateline is the place, and sometimes the agency and a date, that opens a
// news story: "ISLAMABAD –", "WASHINGTON (AP) —", "LONDON, Nov 11 (Reuters) -".
type Dateline struct {
	// Place is the place in its usual capitalisation ("Islamabad",
	// "New York"), whatever case the dateline used.
	Place string `json:"place"`
	// Region is a qualifier after a comma ("Pakistan" in "KARACHI,
	// Pakistan —"), empty when absent.
	Region string `json:"region,omitempty"`
	// Agency is the news agency in parentheses ("AP", "Reuters"), empty when
	// absent.
	Agency string `json:"agency"`
	// Date is the date the dateline carries, as a TIMEX3 value: "1996-08-30",
	// or "XXXX-11-11" when it names no year. Empty when absent.
	Date      string `json:"date,omitempty"`
	Span             // the whole dateline including its closing dash or colon
	PlaceSpan Span   `json:"place_span"`
}

// A Paragraph is a block of the body separated from the next by a blank line,
// or a single line when the body has no blank lines at all.
type Paragraph struct {
	Span
	Text string `json:"text"` // Article.Text[Start:End]
}

// A Sentence is one sentence of a paragraph.
type Sentence struct {
	Span
	Text string `json:"text"` // Article.Text[Start:End]
	// Paragraph is the index in [Article.Paragraphs] of the paragraph that
	// holds the sentence.
	Paragraph int `json:"paragraph"`
}

// DateSource says where [Article.Published] came from.
type DateSource int

// The sources of a publication date, in the order Parse prefers them after
// the option.
const (
	DateUnknown  DateSource = iota // no publication date was found
	DateOption                     // from WithPublished
	DateHeader                     // from a header line such as "date 2022-11-11"
	DateDateline                   // from a dateline that carries a full date
)

var dateSourceNames = [...]string{"unknown", "option", "header", "dateline"}

// String returns "unknown", "option", "header" or "dateline".
func (d DateSource) String() string {
	if d < 0 || int(d) >= len(dateSourceNames) {
		return "unknown"
	}
	return dateSourceNames[d]
}

// MarshalText implements encoding.TextMarshaler.
func (d DateSource) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// An Article is a parsed news article. Its fields are filled by [Parse] and
// must not be modified afterwards: the analyses ([Entities], [Quotes],
// [Times], [Timeline]) are computed once, lazily, from them.
type Article struct {
	// Text is the input exactly as given. Every Span indexes it.
	Text string
	// Headers are the metadata lines at the top of the text, in order.
	Headers []Header
	// Title is the article's title from a "title" header or from the layout
	// (a short first line without final punctuation followed by a blank
	// line); empty when there is none. TitleSpan locates it.
	Title     string
	TitleSpan Span
	// Published is the publication date at midnight UTC; the zero Time when
	// unknown. PublishedFrom says where it came from.
	Published     time.Time
	PublishedFrom DateSource
	// Dateline is the story's dateline, nil when it has none.
	Dateline *Dateline
	// Body is the span of the text after the headers and the title.
	Body Span
	// Paragraphs and Sentences are in text order. Sentences never cross a
	// paragraph and leave out the dateline.
	Paragraphs []Paragraph
	Sentences  []Sentence

	once     sync.Once
	an       *analysis
	analyzed atomic.Bool // an is set: see Analyze
}

// An Option changes how [Parse] reads an article.
type Option func(*options)

type options struct {
	published time.Time
	maxBytes  int
}

// DefaultMaxBytes is the largest input Parse accepts unless [WithMaxBytes]
// says otherwise: 16 MiB.
const DefaultMaxBytes = 16 << 20

// WithPublished sets the publication date. It always wins over a date found
// in the text. A zero t leaves the date to be found in the text.
func WithPublished(t time.Time) Option {
	return func(o *options) { o.published = t }
}

// WithMaxBytes sets the largest input, in bytes, that Parse accepts; larger
// input gets a [*SizeError]. n <= 0 means no limit.
func WithMaxBytes(n int) Option {
	return func(o *options) { o.maxBytes = n }
}

// A SizeError is returned by [Parse] for input longer than its limit. No part
// of such an input is analysed. It is the only error of the package's API;
// tell it apart, also when wrapped, with errors.As:
//
//	var se *news.SizeError
//	if errors.As(err, &se) { ... se.Size, se.Limit ... }
type SizeError struct {
	Size  int // the length of the input, in bytes
	Limit int // the limit it is over: DefaultMaxBytes or WithMaxBytes's
}

// Error returns "news: input of <Size> bytes is over the limit of <Limit>
// bytes".
func (e *SizeError) Error() string {
	return fmt.Sprintf("news: input of %d bytes is over the limit of %d bytes", e.Size, e.Limit)
}

// Parse reads a news article. It finds the header lines, the title, the
// dateline, the publication date, the paragraphs and the sentences; the other
// analyses are computed on demand from the returned Article.
//
// Parse never modifies the text: spans index it as given. Curly and straight
// quotes, dashes, no-break spaces and CRLF line ends are told apart only for
// matching. Invalid UTF-8 is not an error: each bad byte is read as one
// unknown symbol (U+FFFD), so spans never shift; note that encoding/json
// replaces such bytes when an Article's texts are marshalled.
//
// Empty or white-space-only text gives an Article with no paragraphs and no
// error. The only error is a [*SizeError] for text over the size limit
// ([DefaultMaxBytes] unless [WithMaxBytes] says otherwise); the Article is
// then nil.
func Parse(text string, opts ...Option) (*Article, error) {
	o := options{maxBytes: DefaultMaxBytes}
	for _, f := range opts {
		f(&o)
	}
	if o.maxBytes > 0 && len(text) > o.maxBytes {
		return nil, &SizeError{Size: len(text), Limit: o.maxBytes}
	}
	a := &Article{Text: text}
	pos := a.parseHeaders()
	a.Body = Span{pos, len(text)}
	paras := splitParagraphs(text, pos)
	paras = a.findTitle(paras)
	if len(paras) > 0 {
		a.Body.Start = paras[0].Start
	} else {
		a.Body.Start = a.Body.End
	}
	a.Paragraphs = paras
	firstSentence := a.findDateline()
	next := newTermScan(text)
	// Room for every sentence at once: at most one per terminator, and
	// one per paragraph for those without. The terminators are counted
	// from the first of each, which the sentence scan needs anyway: a "!"
	// or "?" absent from the body costs no count.
	if len(paras) > 0 {
		body := text[a.Body.Start:]
		next.at(a.Body.Start, len(text))
		n := len(paras)
		for b, c := range [...]string{".", "!", "?"} {
			if p := next.pos[b]; p < len(text) {
				n += strings.Count(text[p:], c)
			}
		}
		a.Sentences = make([]Sentence, 0, min(n, len(body)/2+1))
	}
	for i, p := range paras {
		start := p.Start
		if i == firstSentence.para {
			start = firstSentence.pos
		}
		if d := a.Dateline; d != nil && d.Start <= p.Start && p.End <= d.End {
			continue // D12: a paragraph that is all dateline
		}
		a.Sentences = splitSentences(text, start, p.End, i, &next, a.Sentences)
	}
	switch {
	case !o.published.IsZero():
		y, m, d := o.published.Date()
		a.Published = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		a.PublishedFrom = DateOption
	case !a.Published.IsZero():
		// set by a header line
	case a.Dateline != nil && len(a.Dateline.Date) == 10 && a.Dateline.Date[0] != 'X':
		if t, err := time.Parse(time.DateOnly, a.Dateline.Date); err == nil {
			a.Published = t
			a.PublishedFrom = DateDateline
		}
	}
	return a, nil
}

// text returns the text a span covers.
func (a *Article) text(s Span) string { return a.Text[s.Start:s.End] }

// ---------------------------------------------------------------------------
// Headers

// headerKeys are the metadata keys recognised at the top of an article (H1),
// mapped to the field they fill.
var headerKeys = map[string]string{
	"author": "author", "byline": "author", "by": "author",
	"date": "date", "published": "date", "pubdate": "date", "dateline": "dateline",
	"headline": "title", "title": "title",
	"link": "url", "url": "url",
	"publisher": "source", "source": "source", "outlet": "source",
	"section": "section", "category": "section",
	"description": "description", "subtitle": "description", "summary": "description",
	"keywords": "tags", "tags": "tags",
	"lang": "language", "language": "language",
	"modified": "updated", "updated": "updated",
}

// parseHeaders reads the header lines at the top of the text and returns the
// position where the body starts.
//
// H1. A known key (headerKeys), lower-case and followed by a space, or in
// any case followed by a colon, starts a header line; its value runs to the
// end of the line.
// H2. A "date" header whose value begins with a date ends after that date;
// what follows on the same line is body ("date 2022-11-11 ISLAMABAD – ...").
// H3. An unknown key is a header only when it is a single lower-case word
// followed by a colon, inside a block of header lines that a known key
// started.
// H4. Headers stop at the first line that is not one; blank lines between
// headers are skipped.
// H5. A known key with an empty value ("author:") is skipped without a
// Header.
// H6. A clock time after the date of a date header belongs to its value
// ("Nov. 11, 2022 10:30 a.m. ET", "2022-11-11, 14:05 PKT"); it is not body.
func (a *Article) parseHeaders() int {
	text := a.Text
	pos := skipSpace(text, 0)
	for pos < len(text) {
		lineEnd := indexLineEnd(text, pos)
		keyEnd := pos
		for keyEnd < lineEnd && (isASCIILetter(text[keyEnd]) || text[keyEnd] == '_' || text[keyEnd] == '-') {
			keyEnd++
		}
		if keyEnd == pos || keyEnd-pos > 20 || keyEnd >= lineEnd {
			break
		}
		key := strings.ToLower(text[pos:keyEnd])
		field, known := headerKeys[key]
		lower := text[pos:keyEnd] == key
		var valStart int
		switch {
		case text[keyEnd] == ':': // H1, H3
			if !known && !(lower && len(a.Headers) > 0) {
				return pos
			}
			valStart = keyEnd + 1
		case (text[keyEnd] == ' ' || text[keyEnd] == '\t') && known && lower: // H1
			valStart = keyEnd + 1
		default:
			return pos
		}
		valStart = skipBlank(text, valStart, lineEnd)
		valEnd := trimRightSpace(text, valStart, lineEnd)
		if valStart >= valEnd && known && field != "date" {
			// H5: a known key with no value ("author:") is skipped.
			pos = skipSpace(text, lineEnd)
			continue
		}
		next := lineEnd
		if field == "date" {
			t, n, ok := parseDate(text[valStart:lineEnd])
			if !ok {
				return pos
			}
			valEnd = valStart + n
			valEnd += clockTimeLen(text[valEnd:lineEnd]) // H6
			rest := skipBlank(text, valEnd, lineEnd)
			if rest < lineEnd { // H2: the body is run into the header
				next = rest
			}
			if a.Published.IsZero() {
				a.Published = t
				a.PublishedFrom = DateHeader
			}
		}
		if valStart >= valEnd {
			return pos
		}
		h := Header{Key: key, Value: text[valStart:valEnd], Span: Span{pos, valEnd}, ValueSpan: Span{valStart, valEnd}}
		a.Headers = append(a.Headers, h)
		if field == "title" && a.Title == "" {
			a.Title, a.TitleSpan = h.Value, h.ValueSpan
		}
		if next < lineEnd {
			return next
		}
		pos = skipSpace(text, lineEnd)
	}
	return pos
}

// parseDate reads a calendar date at the start of s and returns it with the
// number of bytes read. It knows ISO dates (2022-11-11, 2022/11/11, with an
// optional time that is read and ignored), "November 11, 2022", "Nov. 11,
// 2022" and "11 November 2022", optionally after a weekday ("Friday, ").
func parseDate(s string) (time.Time, int, bool) {
	i := 0
	// An optional leading weekday: "Friday, November 11, 2022".
	if w, n := leadingWord(s); n > 0 {
		if _, ok := weekdayNames[strings.ToLower(strings.TrimSuffix(w, "."))]; ok {
			j := n
			if j < len(s) && s[j] == ',' {
				j++
			}
			j = skipBlank(s, j, len(s))
			i = j
		}
	}
	if y, m, d, n, ok := parseISODate(s[i:]); ok {
		t, ok := makeDate(y, m, d)
		if !ok {
			return time.Time{}, 0, false
		}
		n += i
		// An optional clock time: T10:00:00Z or " 10:00".
		if n < len(s) && (s[n] == 'T' || s[n] == ' ') && n+3 < len(s) && isDigit(s[n+1]) && isDigit(s[n+2]) && s[n+3] == ':' {
			j := n + 1
			for j < len(s) && (isDigit(s[j]) || s[j] == ':' || s[j] == '.' || s[j] == 'Z' || s[j] == '+' || (s[j] == '-' && j > n+3)) {
				j++
			}
			n = j
		}
		return t, n, true
	}
	rest := s[i:]
	// "November 11, 2022" / "Nov. 11, 2022"
	if w, n := leadingWord(rest); n > 0 {
		if m, ok := monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]; ok {
			j := skipBlank(rest, n, len(rest))
			d, dn := leadingInt(rest[j:], 2)
			if dn > 0 {
				j += dn
				j = skipOrdinalSuffix(rest, j)
				if j < len(rest) && rest[j] == ',' {
					j++
				}
				j = skipBlank(rest, j, len(rest))
				y, yn := leadingInt(rest[j:], 4)
				if yn == 4 {
					if t, ok := makeDate(y, m, d); ok {
						return t, i + j + 4, true
					}
				}
			}
		}
	}
	// "11 November 2022"
	if d, dn := leadingInt(rest, 2); dn > 0 {
		j := skipOrdinalSuffix(rest, dn)
		j = skipBlank(rest, j, len(rest))
		if w, n := leadingWord(rest[j:]); n > 0 {
			if m, ok := monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]; ok {
				j += n
				if j < len(rest) && rest[j] == ',' {
					j++
				}
				j = skipBlank(rest, j, len(rest))
				y, yn := leadingInt(rest[j:], 4)
				if yn == 4 {
					if t, ok := makeDate(y, m, d); ok {
						return t, i + j + 4, true
					}
				}
			}
		}
	}
	return time.Time{}, 0, false
}

// clockTimeLen returns the length of a clock time at the start of s, after
// optional white space, a comma or "at": "10:30", " 10:30 a.m. ET", ", 14:05
// GMT+5". It returns 0 when s does not start with one (H6).
func clockTimeLen(s string) int {
	i := 0
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = skipBlank(s, i, len(s))
	if strings.HasPrefix(s[i:], "at ") {
		i = skipBlank(s, i+3, len(s))
	}
	h, hn := leadingInt(s[i:], 2)
	if hn == 0 || h > 24 || i+hn+3 > len(s) || s[i+hn] != ':' {
		return 0
	}
	if _, mn := leadingInt(s[i+hn+1:], 2); mn != 2 {
		return 0
	}
	j := i + hn + 3
	if j+3 <= len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) {
		j += 3
	}
	end := j
	k := skipBlank(s, j, len(s))
	for _, ap := range [...]string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."} {
		if strings.HasPrefix(s[k:], ap) && (k+len(ap) == len(s) || !isASCIILetter(s[k+len(ap)])) {
			end = k + len(ap)
			k = skipBlank(s, end, len(s))
			break
		}
	}
	// A time zone: two to four upper-case letters, maybe an offset.
	z := k
	for z < len(s) && z-k < 5 && 'A' <= s[z] && s[z] <= 'Z' {
		z++
	}
	if n := z - k; n >= 2 && n <= 4 && (z == len(s) || !isASCIILetter(s[z])) {
		end = z
		if z < len(s) && (s[z] == '+' || s[z] == '-') {
			if _, on := leadingInt(s[z+1:], 2); on > 0 {
				end = z + 1 + on
			}
		}
	}
	return end
}

// parseISODate reads YYYY-MM-DD or YYYY/MM/DD at the start of s.
func parseISODate(s string) (y, m, d, n int, ok bool) {
	if len(s) < 10 {
		return
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(s[i]) {
			return
		}
	}
	if (s[4] != '-' || s[7] != '-') && (s[4] != '/' || s[7] != '/') {
		return
	}
	if len(s) > 10 && isDigit(s[10]) {
		return
	}
	y = atoi(s[0:4])
	m = atoi(s[5:7])
	d = atoi(s[8:10])
	return y, m, d, 10, true
}

// makeDate returns the date y-m-d at midnight UTC if it exists.
func makeDate(y, m, d int) (time.Time, bool) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// ---------------------------------------------------------------------------
// Paragraphs and title

// splitParagraphs returns the paragraphs of text[pos:].
//
// P1. When the text has a blank line (only white space between two line
// ends), paragraphs are separated by blank lines and a single line end is
// just a line wrap.
// P2. Otherwise every non-blank line is a paragraph.
// P3. A paragraph's span is trimmed of white space at both ends.
func splitParagraphs(text string, pos int) []Paragraph {
	if pos >= len(text) {
		return nil
	}
	blankMode := hasBlankLine(text, pos)
	// Room for every paragraph at once: one per line, or one per two
	// lines when blank lines separate them.
	n := strings.Count(text[pos:], "\n") + 1
	if blankMode {
		n = n/2 + 1
	}
	paras := make([]Paragraph, 0, n)
	start := -1 // start of the current paragraph, -1 when between paragraphs
	for pos < len(text) {
		lineEnd, ls := pos, pos // an empty line, as between most paragraphs
		if text[pos] != '\n' {
			lineEnd = indexLineEnd(text, pos)
			ls = skipBlank(text, pos, lineEnd) // the line's first non-blank
		}
		switch {
		case ls >= lineEnd: // a blank line
			if start >= 0 {
				paras = append(paras, newParagraph(text, start, trimRightSpace(text, start, pos)))
				start = -1
			}
		case !blankMode:
			paras = append(paras, newParagraph(text, ls, trimRightSpace(text, ls, lineEnd)))
		case start < 0:
			start = ls
		}
		pos = nextLine(text, lineEnd)
	}
	if start >= 0 {
		paras = append(paras, newParagraph(text, start, trimRightSpace(text, start, len(text))))
	}
	if len(paras) == 0 {
		return nil // white space only
	}
	return paras
}

func newParagraph(text string, start, end int) Paragraph {
	return Paragraph{Span{start, end}, text[start:end]}
}

// hasBlankLine reports whether text[pos:] has a blank line between two
// non-blank ones.
func hasBlankLine(text string, pos int) bool {
	seenText := false
	for pos < len(text) {
		lineEnd := indexLineEnd(text, pos)
		if skipBlank(text, pos, lineEnd) >= lineEnd {
			if seenText {
				// a blank line after text counts if more text follows
				for p := nextLine(text, lineEnd); p < len(text); {
					le := indexLineEnd(text, p)
					if skipBlank(text, p, le) < le {
						return true
					}
					p = nextLine(text, le)
				}
				return false
			}
		} else {
			seenText = true
		}
		pos = nextLine(text, lineEnd)
	}
	return false
}

// findTitle takes the title off the paragraphs when the layout shows one and
// no header gave it.
//
// P4. The first paragraph is the title when it is a single line of at most
// 20 words and 200 bytes, does not end in sentence punctuation (. ! ? : ; ,),
// also inside closing quotation marks or brackets ("... ‘Not Fit.’" is not
// a title), is followed by another paragraph, and is not a dateline.
func (a *Article) findTitle(paras []Paragraph) []Paragraph {
	if a.Title != "" || len(paras) < 2 {
		return paras
	}
	p := paras[0].Span
	t := a.Text[p.Start:p.End]
	if len(t) > 200 || strings.IndexByte(t, '\n') >= 0 || strings.IndexByte(t, '\r') >= 0 {
		return paras
	}
	r, n := utf8.DecodeLastRuneInString(t)
	for n > 0 && n < len(t) && (isClosingQuote(r) || r == ')') {
		t = t[:len(t)-n] // P4: look through closing quotes
		r, n = utf8.DecodeLastRuneInString(t)
	}
	if strings.ContainsRune(".!?:;,", r) || isDash(r) {
		return paras
	}
	if countWords(a.Text[p.Start:p.End]) > 20 {
		return paras
	}
	if _, _, ok := parseDatelineAt(a.Text, p.Start, p.End); ok {
		return paras
	}
	a.Title, a.TitleSpan = a.Text[p.Start:p.End], p
	return paras[1:]
}

// ---------------------------------------------------------------------------
// Dateline

type sentenceStart struct{ para, pos int }

// findDateline looks for the dateline and returns where the first sentence
// of its paragraph starts.
//
// D1. A dateline opens the first paragraph, or one of the first three when
// those before it are short single lines (a headline, a standfirst, a
// byline: at most 200 bytes and 30 words).
// D2. Its place is one to five upper-case words ("NEW YORK", "ISLAMABAD"),
// or capitalised words when an agency follows ("Washington (AFP) –").
// D3. The place may be followed by ", Region", by a date ("Nov 11",
// "1996-08-30") and by an agency in parentheses ("(Reuters)").
// D4. It ends with a dash (- -- – —) or a colon followed by the story, or
// with the end of the line when it carried a date or an agency.
// D5. It is not a dateline when the rest of the line after a dash is in
// upper case: that is a headline ("SOCCER - LEAGUE TABLE").
// D6. After a one-word agency, the story may follow with no separator when
// the place is in upper case or a date was given: "NEW DELHI, Nov 11 (IANS) The
// ..." (IANS, and the Press Trust of India). The dateline then ends at the
// closing parenthesis.
// D7. A colon may also close a dateline that has an agency: "LAHORE (APP):".
// D8. Two places may be joined by a slash: "AMMAN/BEIRUT (Reuters) -".
// D9. A bare upper-case word before a colon or dash is a label, not a
// place, when the rest of the line is in Title Case: "LOOK: Shocking Photos
// Of The Rally" is a headline.
// D10. Colon datelines in two paragraphs in a row are the speaker labels of
// a transcript ("KATE SMITH: Why not?"), not a dateline.
// D11. An em or en dash may touch the story when a capitalised word
// follows: "BOSTON —Standing in front of ...", "WASHINGTON—The Fed ..."
// (The Wall Street Journal). A hyphen must be followed by a space
// ("ABC-TV").
// D12. After a headline, a line that holds only an upper-case place (and a
// region) followed by a line that holds only a date is a dateline over both
// lines: "FARMINGTON HILLS, Mich." then "1996-08-30" (Reuters 1996).
// D13. An underscore followed by a space is a dash in AP and New York Times
// wire copy of the 1990s: "MOSCOW (AP)_ The ...", "WASHINGTON _ The ...".
// D14. A bare upper-case place (no region, date or agency) is a headline
// label when the next paragraph holds a dateline with a date or an agency:
// "PRESS DIGEST - Tunisia - Aug 31." above "TUNIS 1996-08-31".
// D15 (after the loop): a dated dateline alone on the second or third
// line of the first paragraph gives the place and the date.
func (a *Article) findDateline() sentenceStart {
	for i := 0; i < len(a.Paragraphs) && i < 3; i++ {
		p := a.Paragraphs[i].Span
		if d, next, ok := parseDatelineAt(a.Text, p.Start, p.End); ok {
			if a.Text[d.End-1] == ':' && i+1 < len(a.Paragraphs) {
				// D10: "KATE SMITH: ..." followed by "JOHN ROE: ..." is
				// a transcript, not a dateline.
				q := a.Paragraphs[i+1].Span
				if d2, _, ok := parseDatelineAt(a.Text, q.Start, q.End); ok && a.Text[d2.End-1] == ':' {
					break
				}
			}
			if d.Agency == "" && d.Date == "" && d.Region == "" && i+1 < len(a.Paragraphs) && i < 2 {
				// D14: "PRESS DIGEST - Tunisia" above "TUNIS 1996-08-31"
				// is a headline; the fuller dateline below wins.
				q := a.Paragraphs[i+1].Span
				if d2, next2, ok := parseDatelineAt(a.Text, q.Start, q.End); ok && (d2.Date != "" || d2.Agency != "") {
					a.Dateline = d2
					return sentenceStart{i + 1, next2}
				}
			}
			a.Dateline = d
			return sentenceStart{i, next}
		}
		if i > 0 && i+1 < len(a.Paragraphs) {
			if d, ok := parseLonePlace(a.Text, p, a.Paragraphs[i+1].Span); ok { // D12
				a.Dateline = d
				return sentenceStart{i + 1, a.Paragraphs[i+1].End}
			}
		}
		// D1: only short single lines (a headline, a standfirst, a byline)
		// may come before the dateline.
		if i+1 >= min(len(a.Paragraphs), 3) {
			break // the last candidate: no need to measure it
		}
		if t := a.Text[p.Start:p.End]; p.Len() > 200 || strings.IndexByte(t, '\n') >= 0 || countWords(t) > 30 {
			break
		}
	}
	// D15: a dated dateline on its own line under a headline in the same
	// paragraph ("SOCCER - UNITED WIN" then "MANCHESTER 2024-03-03"). It
	// gives the place and the date; the sentences keep the lines as they are.
	if len(a.Paragraphs) > 0 {
		p := a.Paragraphs[0].Span
		pos := p.Start
		for line := 0; line < 3 && pos < p.End; line++ {
			end := indexLineEnd(a.Text, pos)
			if end > p.End {
				end = p.End
			}
			if line > 0 {
				if d, _, ok := parseDatelineAt(a.Text, pos, end); ok && len(d.Date) == 10 && d.Date[0] != 'X' && d.End == trimRightSpace(a.Text, pos, end) {
					a.Dateline = d
					return sentenceStart{-1, 0}
				}
			}
			pos = skipSpace(a.Text, nextLine(a.Text, end))
		}
	}
	return sentenceStart{-1, 0}
}

// parseDatelineAt reads a dateline at text[pos:end] and returns it with the
// position where the story after it starts.
func parseDatelineAt(text string, pos, end int) (*Dateline, int, bool) {
	lineEnd := indexLineEnd(text, pos)
	if lineEnd > end {
		lineEnd = end
	}
	// D2: the place.
	placeEnd, upper := scanPlace(text, pos, lineEnd)
	if placeEnd == pos {
		return nil, 0, false
	}
	d := &Dateline{PlaceSpan: Span{pos, placeEnd}}
	i := placeEnd
	// D3: ", Region"
	if i < lineEnd && text[i] == ',' {
		j := skipBlank(text, i+1, lineEnd)
		if _, _, n, ok := datelineDate(text[j:lineEnd]); ok {
			d.Date = datelineDateValue(text[j : j+n])
			i = j + n
		} else if re, _ := scanPlace(text, j, lineEnd); re > j {
			d.Region = normalizeRegion(text[j:re])
			i = re
		} else if re := scanCapitalised(text, j, lineEnd); re > j {
			d.Region = text[j:re]
			i = re
		}
	}
	// D3: a date after a comma or a space
	if d.Date == "" {
		j := i
		if j < lineEnd && text[j] == ',' {
			j++
		}
		j = skipBlank(text, j, lineEnd)
		if j > i || (j < lineEnd && text[j] == ',') {
			if _, _, n, ok := datelineDate(text[j:lineEnd]); ok {
				d.Date = datelineDateValue(text[j : j+n])
				i = j + n
			}
		}
	}
	// D3: (Agency)
	j := skipBlank(text, i, lineEnd)
	if j < lineEnd && text[j] == '(' {
		k := strings.IndexByte(text[j:lineEnd], ')')
		if k > 1 && k <= 40 {
			ag := strings.TrimSpace(text[j+1 : j+k])
			r, _ := utf8.DecodeRuneInString(ag)
			if ag != "" && unicode.IsUpper(r) && countWords(ag) <= 4 && !isRetirementMark(ag) {
				d.Agency = ag
				i = j + k + 1
			}
		}
	}
	if !upper && d.Agency == "" {
		return nil, 0, false // D2: a capitalised place needs an agency
	}
	// D4: the end.
	j = skipBlank(text, i, lineEnd)
	sep := j
	switch {
	case j < lineEnd && text[j] == ':' && (upper || d.Agency != ""): // D4, D7
		j++
	case j > i && j < lineEnd && d.Agency != "" && !strings.Contains(d.Agency, " ") && (upper || d.Date != "") && opensStory(text, j, lineEnd): // D6
		d.Span = Span{pos, i}
		d.Place = placeCase(text[pos:placeEnd], upper)
		return d, j, true
	case j < lineEnd:
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isDash(r) && r != '_' { // D13: "(AP)_ The ..."
			return nil, 0, false
		}
		j += n
		for j < lineEnd { // "--"
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isDash(r) {
				break
			}
			j += n
		}
		if j < lineEnd && !isSpaceAt(text, j) && (r == '-' || r == '_' || !capitalisedWordAt(text, j, lineEnd)) {
			return nil, 0, false // "ABC-TV" is no dateline (D11)
		}
		// D5: a headline, not a dateline.
		if mostlyUpper(text[j:lineEnd]) {
			return nil, 0, false
		}
	default: // end of line
		if d.Date == "" && d.Agency == "" {
			return nil, 0, false
		}
	}
	if j == sep && j < lineEnd {
		return nil, 0, false
	}
	if j < lineEnd && j > sep && text[sep] == ':' && !isSpaceAt(text, j) {
		return nil, 0, false
	}
	if d.Agency == "" && d.Date == "" && d.Region == "" && titleCased(text[j:lineEnd]) {
		return nil, 0, false // D9
	}
	d.Span = Span{pos, j}
	d.Place = placeCase(text[pos:placeEnd], upper)
	next := skipSpace(text, j)
	if next > end {
		next = end
	}
	return d, next, true
}

// parseLonePlace reads a dateline split over two paragraphs (D12): p holds
// only an upper-case place and an optional region, q only a date.
func parseLonePlace(text string, p, q Span) (*Dateline, bool) {
	placeEnd, upper := scanPlace(text, p.Start, p.End)
	if placeEnd == p.Start || !upper {
		return nil, false
	}
	d := &Dateline{PlaceSpan: Span{p.Start, placeEnd}}
	i := placeEnd
	if i < p.End && text[i] == ',' {
		j := skipBlank(text, i+1, p.End)
		if re, _ := scanPlace(text, j, p.End); re > j {
			d.Region = normalizeRegion(text[j:re])
			i = re
		} else if re := scanCapitalised(text, j, p.End); re > j {
			d.Region = text[j:re]
			i = re
		}
	}
	if i != p.End {
		return nil, false
	}
	_, _, n, ok := datelineDate(text[q.Start:q.End])
	if !ok || q.Start+n != q.End {
		return nil, false
	}
	d.Date = datelineDateValue(text[q.Start:q.End])
	d.Place = placeCase(text[p.Start:placeEnd], true)
	d.Span = Span{p.Start, q.End}
	return d, true
}

// capitalisedWordAt reports whether an upper-case letter followed by a
// lower-case one starts at text[pos:end] (D11).
func capitalisedWordAt(text string, pos, end int) bool {
	r, n := utf8.DecodeRuneInString(text[pos:end])
	if !unicode.IsUpper(r) || pos+n >= end {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(text[pos+n : end])
	return unicode.IsLower(r2)
}

// opensStory reports whether text[pos:end] begins like the first sentence of
// a story: with an upper-case letter or an opening quotation mark (D6).
func opensStory(text string, pos, end int) bool {
	if pos >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[pos:end])
	return unicode.IsUpper(r) || r == '"' || r == '“'
}

// scanPlace reads one to five words of a dateline place from text[pos:end].
// It reports whether the words are in upper case; otherwise they are
// capitalised words, at most three.
func scanPlace(text string, pos, end int) (int, bool) {
	i, words, letters := pos, 0, 0
	upper, lastEnd := true, pos
	for i < end && words < 5 {
		j, nLetters, allUpper, capital := scanPlaceWord(text, i, end)
		if j == i || !capital {
			break
		}
		if words == 0 {
			upper = allUpper
		} else if allUpper != upper && !(upper && isLowerParticle(text[i:j])) {
			break
		}
		words++
		letters += nLetters
		lastEnd = j
		if j < end && text[j] == ' ' && j+1 < end && text[j+1] != ' ' {
			i = j + 1
			continue
		}
		break
	}
	if words == 0 || (upper && letters < 2) || (!upper && words > 3) {
		return pos, false
	}
	if upper {
		if _, common := datelineNonPlaces[text[pos:lastEnd]]; common {
			return pos, false
		}
	}
	return lastEnd, upper
}

// scanPlaceWord reads one word of letters, dots, apostrophes and hyphens.
func scanPlaceWord(text string, pos, end int) (next, letters int, allUpper, capital bool) {
	i := pos
	allUpper = true
	for i < end {
		if c := byteClass[text[i]]; c&bcLetter != 0 { // an ASCII letter: no rune to decode
			if letters == 0 {
				capital = c&bcUpper != 0
			}
			if c&bcUpper == 0 {
				allUpper = false
			}
			letters++
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			if letters == 0 {
				capital = unicode.IsUpper(r)
			}
			if unicode.IsLower(r) {
				allUpper = false
			}
			letters++
		case r == '.' || r == '\'' || r == '’' || (r == '-' && i+n < end && isASCIILetter(text[i+n])):
		case r == '/' && letters > 0 && i+n < end && isASCIILetter(text[i+n]): // D8
		default:
			return i, letters, allUpper && letters > 0, capital
		}
		i += n
	}
	return i, letters, allUpper && letters > 0, capital
}

// isLowerParticle reports whether w may stand in lower case inside an
// upper-case place ("RIO de JANEIRO" is rare; "de", "la" are kept for it).
func isLowerParticle(w string) bool {
	switch w {
	case "de", "la", "del", "da", "do", "al", "el", "es", "of":
		return true
	}
	return false
}

// scanCapitalised reads one to three capitalised words ("Pakistan", "Calif.").
func scanCapitalised(text string, pos, end int) int {
	i, words, last := pos, 0, pos
	for i < end && words < 3 {
		j, _, _, capital := scanPlaceWord(text, i, end)
		if j == i || !capital {
			break
		}
		words++
		last = j
		if j < end && text[j] == ' ' {
			i = j + 1
			continue
		}
		break
	}
	return last
}

// datelineDate reads "Nov 11", "Nov. 11", "November 11, 2022" or an ISO date.
func datelineDate(s string) (month, day, n int, ok bool) {
	if y, m, d, k, ok := parseISODate(s); ok && y > 0 {
		return m, d, k, true
	}
	w, k := leadingWord(s)
	if k == 0 {
		return 0, 0, 0, false
	}
	m, ok := monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]
	if !ok {
		return 0, 0, 0, false
	}
	j := skipBlank(s, k, len(s))
	d, dn := leadingInt(s[j:], 2)
	if dn == 0 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	j += dn
	if j+6 <= len(s) && s[j] == ',' && s[j+1] == ' ' && isDigit(s[j+2]) && isDigit(s[j+3]) && isDigit(s[j+4]) && isDigit(s[j+5]) && (j+6 == len(s) || !isDigit(s[j+6])) {
		j += 6
	}
	return m, d, j, true
}

// datelineDateValue turns a dateline date into a TIMEX3 value.
func datelineDateValue(s string) string {
	if t, _, ok := parseDate(s); ok {
		return t.Format(time.DateOnly)
	}
	m, d, _, ok := datelineDate(s)
	if !ok {
		return ""
	}
	return fmt.Sprintf("XXXX-%02d-%02d", m, d)
}

// datelineNonPlaces are upper-case words that open stories without being
// places: kickers, labels and news agencies ("AP: Trump aide ..."). The
// agencies are the wires of the major news markets: AFP, AP, Reuters, UPI,
// Xinhua, and South Asia's ANI, APP (Associated Press of Pakistan), IANS and
// PTI (Press Trust of India).
var datelineNonPlaces = map[string]struct{}{
	"ADVERTISEMENT": {}, "AFP": {}, "ANALYSIS": {}, "ANI": {}, "AP": {}, "APP": {}, "BREAKING": {}, "BREAKING NEWS": {}, "COMMENT": {},
	"CORRECTION": {}, "EDITORIAL": {}, "EXCLUSIVE": {}, "FACT CHECK": {}, "FEATURE": {},
	"IANS": {}, "INTERVIEW": {}, "LIVE": {}, "NOTE": {}, "OPINION": {}, "PHOTOS": {}, "PTI": {},
	"REUTERS": {}, "REVIEW": {}, "UPDATE": {}, "UPDATED": {}, "UPI": {}, "URGENT": {}, "VIDEO": {},
	"WATCH": {}, "XINHUA": {},
}

// normalizeRegion gives an upper-case region its usual capitalisation unless
// it is an abbreviation ("D.C.", "UK").
func normalizeRegion(s string) string {
	if strings.ContainsRune(s, '.') || len(s) <= 3 {
		return s
	}
	return placeCase(s, true)
}

// titleCased reports whether s is written in Title Case: at least three
// words of four or more letters, over three quarters of them capitalised
// (D9).
func titleCased(s string) bool {
	long, capital := 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j, letters := i, 0
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' {
				break
			}
			letters++
			j += n2
		}
		if letters >= 4 {
			long++
			if unicode.IsUpper(r) {
				capital++
			}
		}
		i = j
	}
	return long >= 3 && 4*capital > 3*long
}

// mostlyUpper reports whether most letters of s are upper case and it has at
// least four letters.
func mostlyUpper(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII: a table read
			if c := byteClass[r]; c&bcUpper != 0 {
				up++
			} else if c&bcLetter != 0 {
				low++
			}
			continue
		}
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up >= 4 && up > 3*low
}

// ---------------------------------------------------------------------------
// Sentences

// termScan finds the sentence terminators of a text: the next ".", "!",
// "?" and "…", each found by strings.IndexByte and kept until passed, so
// that the text is read at most once per byte value, at the speed of
// IndexByte. One termScan serves all the paragraphs of an article, so a
// terminator that is absent from the article ("!" often) costs one search.
// The ellipsis "…" (E2 80 A6) is searched by its last byte: 0xA6 is rare
// in news text, while 0xE2 starts every curly quote and dash.
type termScan struct {
	text string
	pos  [4]int // next position of '.', '!', '?' and '…'; len(text) when none, -1 before the first search
	next int    // the least of pos
}

// newTermScan returns a termScan of text that has searched nothing yet.
func newTermScan(text string) termScan {
	return termScan{text: text, pos: [4]int{-1, -1, -1, -1}, next: -1}
}

// at returns the first position at or after i, before end, of a
// terminator (". ! ? …"), or end.
func (t *termScan) at(i, end int) int {
	if t.next < i {
		p := &t.pos
		if p[0] < i {
			p[0] = t.find(0, i)
		}
		if p[1] < i {
			p[1] = t.find(1, i)
		}
		if p[2] < i {
			p[2] = t.find(2, i)
		}
		if p[3] < i {
			p[3] = t.find(3, i)
		}
		t.next = min(p[0], p[1], p[2], p[3])
	}
	return min(t.next, end)
}

// find returns the first position at or after i of terminator b (an index
// of pos), or len(text).
func (t *termScan) find(b, i int) int {
	text := t.text
	if b < 3 {
		if k := strings.IndexByte(text[i:], ".!?"[b]); k >= 0 {
			return i + k
		}
		return len(text)
	}
	for j := i + 2; j < len(text); j++ {
		k := strings.IndexByte(text[j:], 0xA6) // the last byte of "…"
		if k < 0 {
			break
		}
		j += k
		if text[j-2] == 0xE2 && text[j-1] == 0x80 {
			return j - 2
		}
	}
	return len(text)
}

// splitSentences appends to dst the sentences of text[start:end], which lies
// in paragraph para; next finds the terminators, for the whole article.
//
// S1. A sentence ends at . ! ? or … (and runs of them), after any closing
// quotation marks and brackets, when white space and then an upper-case
// letter, a digit or an opening quotation mark (also the doubled backquote
// of old wire copy) or bracket follow.
// S2. Nothing follows a lower-case letter: `"Why?" he asked.` is one sentence.
// S3. A period after a title or honorific (Mr. Gen. Lt. Sen. Dr. St.) or a
// single letter (an initial: J. K. Rowling) does not end a sentence, except
// as S10 and S11 say.
// S4. A period after another abbreviation (Inc. Corp. Jan. U.S. No.) ends
// one only when the next word usually starts sentences ("The", "He"); a.m.
// and p.m. follow S9.
// S5. A period not followed by white space (3.5, U.S.-led, example.com) is
// not an end.
// S6. The end of the paragraph ends the sentence.
// S7. A quoted ? ! or … does not end a sentence when, on the same line, one
// to four capitalised words and a speech verb follow: `"Why?" Senator Hill
// asked.` The first word must not be a usual sentence starter (`"Why?" He
// answered, ...` is two sentences) and the verb must not be followed by
// "that" (`"..." Trump acknowledged that ...` is reported speech).
// S8. A period inside a retirement mark in parentheses after a rank never
// ends a sentence: "Col. (retd.) Nasir Khan".
// S9. After "a.m." or "p.m." a capitalised word starts a sentence unless it
// is a weekday, a month, a time zone ("EST", "Eastern") or a bracket or a
// digit follows: "at 7 a.m. Monday" goes on, "at 8 p.m. Officials said" ends.
// S10. After an initial, a sentence ends only before a usual starter of two
// or more letters ("Plan B. The vote ..."), never before a name.
// S11. After a title, a sentence ends only before a word that can never be
// a name ("promoted to Maj. Gen. The ceremony ..."); "Gen. He" is kept
// whole, since He is also a surname.
// S12. "No." and "Nos." abbreviate "number" only before a digit: "voted
// no. One member ..." ends a sentence, "No. 10 Downing Street" does not.
// S13. A quotation that opens with a lower-case letter does not start a
// sentence: "the U.S. “clearly” needed ..." is one sentence.
func splitSentences(text string, start, end, para int, next *termScan, dst []Sentence) []Sentence {
	start = skipSpace(text, start)
	s := start
	for i := start; i < end; {
		// Jump to the next terminator (". ! ? …"), found with IndexByte.
		if i = next.at(i, end); i >= end {
			break
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = '…', len("…")
		}
		termStart := i
		j := i + n
		hasPeriodOnly := r == '.'
		for j < end {
			if c := text[j]; c == '.' || c == '!' || c == '?' {
				hasPeriodOnly = hasPeriodOnly && c == '.'
				j++
				continue
			} else if c < utf8.RuneSelf {
				break
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 != '…' {
				break
			}
			hasPeriodOnly = false
			j += n2
		}
		ellipsis := j-termStart >= 3 && hasPeriodOnly
		k := j
		for k < end {
			if c := text[k]; c < utf8.RuneSelf { // ASCII: no rune to decode
				if c != ')' && c != ']' && c != '"' && c != '\'' {
					break
				}
				k++
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(text[k:end])
			if !isClosingQuote(r2) {
				break
			}
			k += n2
		}
		i = k
		if k >= end {
			break // S6
		}
		if !isSpaceAt(text, k) { // S5
			continue
		}
		nx := k + 1 // after one ASCII space, as usual; else skipSpace
		if text[k] != ' ' || nx < len(text) && byteClass[text[nx]]&(bcSpace|bcHigh) != 0 {
			nx = skipSpace(text, k)
		}
		if nx >= end {
			break
		}
		nr, _ := utf8.DecodeRuneInString(text[nx:end])
		if !opensSentence(nr) { // S1, S2
			continue
		}
		if isOpeningQuote(nr) || nr == '`' {
			// S13: a quotation that opens with a lower-case word goes on
			// the sentence: "said the U.S. “clearly” needed ...".
			q := nx
			for q < end {
				r, n := utf8.DecodeRuneInString(text[q:end])
				if !isOpeningQuote(r) && r != '`' {
					break
				}
				q += n
			}
			if q < end {
				if r, _ := utf8.DecodeRuneInString(text[q:end]); unicode.IsLower(r) {
					continue
				}
			}
		}
		if !hasPeriodOnly && k > j && hasQuote(text[j:k]) && !hasLineEnd(text[k:nx]) && attributionFollows(text, nx, end) { // S7
			continue
		}
		if hasPeriodOnly && !ellipsis && k > j && text[j] == ')' {
			// S8: "(retd.)" after a rank.
			word := wordBefore(text, s, termStart)
			if w := termStart - len(word); w > s && text[w-1] == '(' && isRetirementMark(word) {
				continue
			}
		}
		if hasPeriodOnly && !ellipsis && k == j {
			word := wordBefore(text, s, termStart)
			switch abbrevClass(word) {
			case abbrevInitial: // S3, S10
				if !startsSentenceAfterInitial(text, nx, end) {
					continue
				}
			case abbrevTitle: // S3, S11
				if !startsSentenceAfterTitle(text, nx, end) {
					continue
				}
			case abbrevClock: // S9
				if continuesClockTime(text, nx, end) {
					continue
				}
			case abbrevOther: // S4
				if !startsSentence(text, nx, end) && !(isNumberSign(word) && !isDigit(text[nx])) { // S12
					continue
				}
			}
		}
		e := k // k > s: the sentence holds its terminator
		if byteClass[text[k-1]]&(bcSpace|bcHigh) != 0 {
			e = trimRightSpace(text, s, k)
		}
		dst = append(dst, Sentence{Span{s, e}, text[s:e], para})
		s = nx
		i = nx
	}
	if s < end {
		if e := trimRightSpace(text, s, end); e > s {
			dst = append(dst, Sentence{Span{s, e}, text[s:e], para})
		}
	}
	return dst
}

// opensSentence reports whether r may open a sentence (S1): an upper-case
// letter, a digit, an opening quotation mark or bracket, or a backquote.
func opensSentence(r rune) bool {
	if r < utf8.RuneSelf { // ASCII: a table read
		return byteClass[r]&(bcUpper|bcDigit) != 0 || r == '"' || r == '\'' || r == '(' || r == '[' || r == '`'
	}
	return isOpeningQuote(r) || unicode.IsUpper(r) || unicode.IsDigit(r)
}

// wordBefore returns the word that ends at text[end], no further back than
// start: the letters, digits and inner dots before a sentence-final period.
func wordBefore(text string, start, end int) string {
	i := end
	for i > start {
		c := byteClass[text[i-1]]
		if c&(bcLetter|bcDigit|bcDot) != 0 { // ASCII: no rune to decode
			i--
			continue
		}
		if c&bcHigh == 0 {
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[start:i])
		if !(unicode.IsLetter(r) || r == '.' || unicode.IsDigit(r)) {
			break
		}
		i -= n
	}
	return text[i:end]
}

// The classes of word that abbrevClass tells apart.
const (
	abbrevNone    = iota
	abbrevTitle   // a title or honorific before a name (S3, S11)
	abbrevInitial // a single capital letter (S3, S10)
	abbrevClock   // a.m. or p.m. (S9)
	abbrevOther   // any other abbreviation (S4)
)

// abbrevClass says whether word, written before a period, is a title (S3),
// another abbreviation (S4) or neither.
func abbrevClass(word string) int {
	if word == "" {
		return abbrevNone
	}
	if len(word) == 1 {
		if c := byteClass[word[0]]; c&bcUpper != 0 {
			return abbrevInitial // S3: an initial
		} else if c&bcLetter != 0 {
			return abbrevOther
		}
	}
	r, n := utf8.DecodeRuneInString(word)
	if n == len(word) && unicode.IsLetter(r) {
		if unicode.IsUpper(r) {
			return abbrevInitial // S3: an initial
		}
		return abbrevOther
	}
	switch word {
	case "a.m", "p.m", "A.M", "P.M":
		return abbrevClock // S9
	}
	if strings.IndexByte(word, '.') >= 0 {
		return abbrevOther // S4: U.S, a.m, i.e
	}
	// An ASCII word (most are) is looked up without building its lower
	// case; a word longer than every abbreviation is none.
	if len(word) > abbrevMaxLen {
		for i := 0; i < len(word); i++ {
			if word[i] >= utf8.RuneSelf {
				return abbrevClassFold(word)
			}
		}
		return abbrevNone
	}
	var low [abbrevMaxLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return abbrevClassFold(word)
		}
		low[i] = c | byteClass[c]&bcUpper // bcUpper is 0x20: A-Z to a-z
	}
	if f := low[0] - 'a'; f >= 26 || abbrevFirsts[len(word)]&(1<<f) == 0 {
		return abbrevNone // no abbreviation of this length starts so
	}
	if byteClass[word[0]]&bcUpper != 0 {
		if _, ok := titleAbbrevs[word]; ok {
			return abbrevTitle
		}
	}
	if _, ok := otherAbbrevs[string(low[:len(word)])]; ok {
		return abbrevOther
	}
	return abbrevNone
}

// abbrevClassFold is abbrevClass's lookup of a word with non-ASCII
// letters, whose lower case may be shorter than itself (the Kelvin sign).
func abbrevClassFold(word string) int {
	if _, ok := titleAbbrevs[word]; ok {
		return abbrevTitle
	}
	if _, ok := otherAbbrevs[strings.ToLower(word)]; ok {
		return abbrevOther
	}
	return abbrevNone
}

// abbrevFirsts holds, for each length, the first letters of the
// abbreviations of that length (titleAbbrevs and otherAbbrevs), as bit
// c-'a' of the lower-case letter c: a word that matches none ("year",
// "2020") is looked up in neither map. Built once, only read.
var abbrevFirsts = func() (t [abbrevMaxLen + 1]uint32) {
	for _, m := range []map[string]struct{}{titleAbbrevs, otherAbbrevs} {
		for w := range m {
			if len(w) <= abbrevMaxLen && isASCIILetter(w[0]) { // as TestAbbrevTables checks
				t[len(w)] |= 1 << ((w[0] | 0x20) - 'a')
			}
		}
	}
	return t
}()

// abbrevMaxLen is the length of the longest of titleAbbrevs and
// otherAbbrevs ("Messrs", "approx"); a test checks it.
const abbrevMaxLen = 6

// startsSentence reports whether the word at text[pos:] is one that usually
// starts a sentence rather than continuing a name or a date (S4).
func startsSentence(text string, pos, end int) bool {
	if pos < end && (text[pos] == '"' || strings.HasPrefix(text[pos:end], "“")) {
		return true
	}
	w, _ := leadingWord(text[pos:end])
	_, ok := sentenceStarters[w]
	return ok
}

// isNumberSign reports whether word is "No" or "Nos", the number sign,
// which is an abbreviation only before a number (S12).
func isNumberSign(word string) bool {
	return strings.EqualFold(word, "no") || strings.EqualFold(word, "nos")
}

// startsSentenceAfterInitial reports whether the word at text[pos:] starts a
// sentence after an initial (S10): a usual starter of two or more letters.
func startsSentenceAfterInitial(text string, pos, end int) bool {
	if pos < end && (text[pos] == '"' || strings.HasPrefix(text[pos:end], "“")) {
		return true
	}
	w, n := leadingWord(text[pos:end])
	if n < 2 {
		return false
	}
	_, ok := sentenceStarters[w]
	return ok
}

// startsSentenceAfterTitle reports whether the word at text[pos:] starts a
// sentence after a title abbreviation (S11): a word that is never a name.
func startsSentenceAfterTitle(text string, pos, end int) bool {
	w, _ := leadingWord(text[pos:end])
	_, ok := sentenceTitleBreakers[w]
	return ok
}

// continuesClockTime reports whether the text at text[pos:] goes on with a
// clock time's sentence after "a.m." or "p.m." (S9): a weekday, a month, a
// time zone, a digit or a bracket.
func continuesClockTime(text string, pos, end int) bool {
	if pos >= end {
		return false
	}
	if c := text[pos]; isDigit(c) || c == '(' || c == '[' {
		return true
	}
	w, n := leadingWord(text[pos:end])
	if n == 0 {
		return false // a quotation mark: a new sentence
	}
	w = strings.TrimSuffix(w, ".")
	if len(w) <= 4 && strings.ToUpper(w) == w {
		return true // EST, GMT, ET, IST
	}
	lw := strings.ToLower(w)
	if _, ok := weekdayNames[lw]; ok {
		return true
	}
	if _, ok := monthNames[lw]; ok {
		return true
	}
	_, ok := sentenceZoneWords[w]
	return ok
}

// hasLineEnd reports whether s holds a line end.
func hasLineEnd(s string) bool { return strings.IndexByte(s, '\n') >= 0 }

// hasQuote reports whether s holds a closing quotation mark.
func hasQuote(s string) bool {
	for _, r := range s {
		if isClosingQuote(r) {
			return true
		}
	}
	return false
}

// attributionFollows reports whether text[pos:end] begins with one to four
// capitalised words and then a speech verb: "Senator Hill asked" (S7).
func attributionFollows(text string, pos, end int) bool {
	i, words := pos, 0
	for i < end && words <= 4 {
		r, _ := utf8.DecodeRuneInString(text[i:end])
		j := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !(unicode.IsLetter(r2) || r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’') {
				break
			}
			j += n2
		}
		if j == i {
			return false
		}
		if !unicode.IsUpper(r) {
			if _, ok := sentenceSpeechVerbs[strings.TrimRight(text[i:j], ".")]; !ok || words == 0 {
				return false
			}
			// "Trump acknowledged that ..." reports speech: a new sentence.
			return !strings.HasPrefix(text[j:end], " that ")
		}
		if j >= end || text[j] != ' ' && text[j] != ',' {
			return false
		}
		if _, ok := sentenceStarters[text[i:j]]; ok && words == 0 {
			return false // "He answered, ..." starts a new sentence
		}
		words++
		i = j
		for i < end && (text[i] == ' ' || text[i] == ',') {
			i++
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// Small byte and rune helpers shared by the package.

func isDigit(b byte) bool       { return '0' <= b && b <= '9' }
func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }
func isSpaceByte(b byte) bool   { return byteClass[b]&bcSpace != 0 }

// The byte classes of byteClass, as bits.
const (
	bcSpace  = 1 << iota // ASCII white space: \t \n \v \f \r and space
	bcLetter             // A-Z, a-z
	bcDigit              // 0-9
	bcHigh               // 0x80-0xFF: a byte of a multi-byte rune, or invalid
	bcDot                // .
	bcUpper              // A-Z; 0x20, the bit that makes an ASCII letter lower case
)

// byteClass gives the class bits of each byte, so that the hot loops of
// Parse test an ASCII byte with one table read and decode a rune only for
// the others (bcHigh). It is built once and only read.
var byteClass = func() (t [256]uint8) {
	for _, c := range []byte(" \t\n\r\v\f") {
		t[c] = bcSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = bcLetter
		t[c-'a'+'A'] = bcLetter | bcUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bcDigit
	}
	t['.'] = bcDot
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = bcHigh
	}
	return t
}()

// isSpaceRune reports white space, including no-break spaces.
func isSpaceRune(r rune) bool {
	if '\u2010' <= r && r <= '\u2027' {
		return false // dashes, curly quotes, "…": common, and no space among them
	}
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\ufeff'
}

// isSpaceAt reports whether a white-space character starts at text[i].
func isSpaceAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if text[i] < utf8.RuneSelf {
		return isSpaceByte(text[i])
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isSpaceRune(r)
}

// skipSpace returns the position of the first non-space character at or
// after i.
func skipSpace(text string, i int) int {
	if i < len(text) && byteClass[text[i]]&(bcSpace|bcHigh) == 0 {
		return i // no space at all: the usual case, inlined
	}
	return skipSpaces(text, i, len(text), false)
}

// skipBlank is skipSpace limited to text[:end] and to one line: it stops at
// line ends (\n, or the \r of \r\n).
func skipBlank(text string, i, end int) int {
	if i < end && byteClass[text[i]]&(bcSpace|bcHigh) == 0 {
		return i // no space at all: the usual case, inlined
	}
	return skipSpaces(text, i, end, true)
}

func skipSpaces(text string, i, end int, stopAtLine bool) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isSpaceByte(c) || stopAtLine && (c == '\n' || c == '\r' && i+1 < end && text[i+1] == '\n') {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isSpaceRune(r) {
			return i
		}
		i += n
	}
	return i
}

// trimRightSpace returns the end of text[start:end] without trailing space.
func trimRightSpace(text string, start, end int) int {
	for end > start {
		if text[end-1] < utf8.RuneSelf {
			if !isSpaceByte(text[end-1]) {
				return end
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpaceRune(r) {
			return end
		}
		end -= n
	}
	return end
}

// indexLineEnd returns the position of the line end (\n, or \r\n) that ends
// the line holding i, or len(text).
func indexLineEnd(text string, i int) int {
	j := strings.IndexByte(text[i:], '\n')
	if j < 0 {
		return len(text)
	}
	j += i
	if j > i && text[j-1] == '\r' {
		j--
	}
	return j
}

// nextLine returns the start of the line after the line end at i.
func nextLine(text string, i int) int {
	if i < len(text) && text[i] == '\r' {
		i++
	}
	if i < len(text) && text[i] == '\n' {
		i++
	}
	return i
}

// countWords counts the white-space separated words of s. ASCII bytes
// are tested without decoding a rune.
func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && byteClass[s[i]]&bcSpace != 0 { // white space
			i++
		}
		if i == len(s) {
			break
		}
		if s[i] >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
				i += size
				continue
			}
		}
		n++
		for i < len(s) { // the word
			if c := s[i]; c < utf8.RuneSelf {
				if byteClass[c]&bcSpace != 0 {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if isSpaceRune(r) {
				break
			}
			i += size
		}
	}
	return n
}

// leadingWord returns the letters (and a final period) at the start of s.
func leadingWord(s string) (string, int) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf { // ASCII: no rune to decode
			if byteClass[c]&bcLetter == 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	if i > 0 && i < len(s) && s[i] == '.' {
		i++
	}
	return s[:i], i
}

// leadingInt reads up to max digits at the start of s.
func leadingInt(s string, max int) (int, int) {
	v, i := 0, 0
	for i < len(s) && i < max && isDigit(s[i]) {
		v = v*10 + int(s[i]-'0')
		i++
	}
	if i < len(s) && isDigit(s[i]) {
		return 0, 0
	}
	return v, i
}

// skipOrdinalSuffix skips "st", "nd", "rd" or "th" after a day number.
func skipOrdinalSuffix(s string, i int) int {
	if i+2 <= len(s) {
		switch strings.ToLower(s[i : i+2]) {
		case "st", "nd", "rd", "th":
			if i+2 == len(s) || !isASCIILetter(s[i+2]) {
				return i + 2
			}
		}
	}
	return i
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// isDash reports hyphens and dashes used as separators.
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‒', '―', '−':
		return true
	}
	return false
}

// isOpeningQuote reports opening quotation marks (and the straight ones,
// which open as often as they close).
func isOpeningQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '„', '‚', '‹':
		return true
	}
	return false
}

// isClosingQuote reports closing quotation marks (and the straight ones).
func isClosingQuote(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›':
		return true
	}
	return false
}

// isRetirementMark reports "r", "retd", "ret." and the like, the marks that
// follow a rank in parentheses: "Major (r)".
func isRetirementMark(s string) bool {
	switch strings.ToLower(strings.TrimSuffix(s, ".")) {
	case "r", "retd", "ret", "retired", "rtd":
		return true
	}
	return false
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *DateSource) UnmarshalText(b []byte) error {
	*d = DateUnknown
	for i, n := range dateSourceNames {
		if n == string(b) {
			*d = DateSource(i)
		}
	}
	return nil
}
