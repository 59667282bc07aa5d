package news

import (
	"slices"
	"strconv"
	"sync"
	"time"
)

// The rules of findTimes. Each expression is found by one scan over the
// tokens of a sentence; at a token that can start an expression (a digit, a
// calendar word, or a function word with one of those close behind) the
// longest rule match wins, and the scan resumes after it. Span conventions
// follow TimeBank (TimeML TIMEX3): the governing preposition (on, in, at,
// for, since) is left out; "the", modifiers (early, late, mid-, earlier,
// later, the end of) and most approximators (nearly, at least, more than)
// are kept; "about" and "almost" are left out, as TimeBank mostly does.
// A Time's Rule is the main rule ID below; lettered sub-rules (T2b ...) name
// the decisions inside it.
//
//	T1  numeric dates: 2022-11-11, 11/11/2022 -> 2022-11-11
//	T2  month dates: Nov. 11, 2022; 11 November 2022; March eighth;
//	    November 2022 -> 2022-11; July last year -> 2021-07
//	T2b a day or month without a year takes the occurrence nearest the
//	    publication date, leaning to the past (a day up to 150 days ahead
//	    or 240 back stays in the publication year; a month 5 ahead or 7
//	    back); a future clause (T4b) moves a past day forward
//	T2c "the March for Life", "a march on ..." are events; lower-case
//	    "may" and a bare "May" without in/by/last... are not months
//	T3  years: 1990, fiscal 1989 -> 1990; the 1988 period
//	T3a a year before 1900 or more than 20 years after publication needs a
//	    preposition (in 1462); "fell to 2082" is an index value
//	T3b decades: the 1990s, '80s, the nineties -> 199
//	T3c centuries: the 20th century -> 19
//	T3d years in words: nineteen ninety-six, the year two thousand
//	T4  weekdays: news weekdays point to the most recent such day on or
//	    before publication, or to the next one when the clause is future
//	    (T4b); "Friday, Oct. 23" takes the written date; a part of day
//	    joins as a TIMEX3 suffix: Thursday night -> 2022-11-10TNI
//	T4b tense of the clause: the nearest cue within 10 tokens to the left
//	    (then 8 to the right) decides: will, 'll, shall, might, soon,
//	    next, upcoming, scheduled/planned/expected, "due to", "set for"
//	    -> forward, unless after had/was/were/been; said, was, other
//	    past forms and -ed verbs (not after be/been/to) -> back
//	T5  deictic days: today, yesterday, tomorrow, tonight (+ morning, night)
//	T5b a part of day before a day (afternoon yesterday) or after
//	    mid-/early/late (mid-afternoon)
//	T6  relative units: last week -> 2022-W44, this month, next year,
//	    last fall, this morning, last night, next Friday, last April
//	T7  N units ago / earlier / from now: two days ago -> 2022-11-09, at the
//	    granularity of the unit (a year ago -> 2021)
//	T7b "three days later" counts from a story event: a duration, P3D
//	T8  durations: three years -> P3Y, 48 hours -> PT48H, a decade -> P10Y,
//	    the past two years -> P2Y, a few days -> PXD, 16-hour -> PT16H,
//	    2 1/2 years -> P2Y6M, recent weeks -> PXW
//	T8a ages are not durations: a 6-year-old, six years old
//	T8b bare plurals after for/over: for years -> PXY
//	T8c "a year" after an amount is a rate, not a duration: $5 a year
//	T8d "the year ended June 30" is a year-long period: P1Y
//	T9  quarters and halves: the third quarter, third-quarter, Q3 2023 ->
//	    2023-Q3; the first half of 1990 -> 1990-H1; the quarter and the
//	    latest period -> the quarter last named, else the last completed
//	    one; the first nine months -> P9M
//	T10 reference words: now, currently, these days -> PRESENT_REF;
//	    recently, lately, the past, recent years -> PAST_REF; the future,
//	    the near term, the coming weeks -> FUTURE_REF
//	T11 clock times: 10 a.m. -> 2022-11-11T10:00, 10:35 p.m. EST Friday,
//	    0930 GMT, noon, midnight (T24:00)
//	T12 sets: daily -> P1D, every week -> P1W, each Thursday -> XXXX-WXX-4,
//	    every two weeks -> P2W, once a year -> P1Y
//	T13 modifiers early/late/mid-/earlier/later/the end of keep the value
//	    of what they modify (at most two nest); T13b year-end -> the year
//	T14 approximators (nearly, around, at least, more than, up to, some
//	    and over before a number) are kept in the span
//	T15 year-earlier, year-ago (+ quarter, period) -> the year before
//	T15b "a year earlier/ago" and "year-earlier" after a quarter was named
//	    are that quarter a year before (third quarter ... -> 2021-Q3)
//	T16 holidays: Christmas (Eve), Thanksgiving, Easter, Halloween, and
//	    Election, Independence and Veterans Day, nearest to publication
//	T17 the weekend -> 2022-W45-WE (the past one early in the week)
//	T19 the year, the month, the week -> the current one

// txParser holds the state of one findTimes call.
type txParser struct {
	text   string
	tab    *txLexTable
	toks   []txTok
	buf    *[]txTok          // where release keeps toks' array for the next article
	ref    *weakRef[[]txTok] // buf's holder in txToksPool
	pub    time.Time
	hasPub bool
	lastQ  string // the last quarter value found in the article (T15b)

	// days caches day(n) for |n| <= txDayCache: an article names the
	// same few days again and again.
	days [2*txDayCache + 1]string
}

// txDayCache is how many days around the publication date day caches.
const txDayCache = 14

// txHit is a match over tokens [i, j).
type txHit struct {
	i, j     int
	typ      TimeType
	val      string
	rule     string
	theOK    bool // a preceding "the" belongs to the expression
	approxOK bool // a preceding approximator belongs to the expression
}

// scan appends the expressions of p.toks to out.
func (p *txParser) scan(out []Time) []Time {
	for i := 0; ; {
		if i = txNextCandidate(p.text, p.toks, i); i >= len(p.toks) {
			break
		}
		if !p.trigger(i) {
			i++
			continue
		}
		h := p.at(i)
		if h.j <= h.i || h.j > len(p.toks) {
			i++
			continue
		}
		s, e := p.toks[h.i].s, p.toks[h.j-1].e
		// Set field by field at the end of out: a composite literal was
		// built in a temporary, then copied.
		if len(out) == cap(out) {
			out = slices.Grow(out, 1)
		}
		out = out[:len(out)+1]
		t := &out[len(out)-1]
		t.Span, t.Text, t.Type, t.Value, t.Rule = Span{Start: s, End: e}, p.text[s:e], h.typ, h.val, h.rule
		if h.rule == "T9" && len(h.val) == 7 && h.val[5] == 'Q' && h.val[6] != 'X' && h.val[0] != 'X' {
			p.lastQ = h.val
		}
		i = h.j
	}
	return out
}

// txNextCandidate returns the index of the first of toks[i:] that may be
// a trigger, or len(toks). A word in no list and a mark that is no
// apostrophe (whose first byte is ' or that of ’ and ‘), most tokens, are
// no trigger: a loop that makes no call passes over them.
func txNextCandidate(text string, toks []txTok, i int) int {
	for ; i < len(toks); i++ {
		switch t := &toks[i]; t.kind {
		case txkWord:
			if t.lex != 0 {
				return i
			}
		case txkPunct:
			if t.e <= t.s || text[t.s] == '\'' || text[t.s] == 0xE2 {
				return i
			}
		default:
			return i
		}
	}
	return len(toks)
}

// trigger reports whether token i can start an expression.
func (p *txParser) trigger(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case txkNum, txkAlnum:
		return true
	case txkPunct:
		return txIsApostrophe(p.text[t.s:t.e])
	case txkWord:
		l := p.entry(t)
		if l == nil || l.cls&^(txcZone|txcPast|txcFuture|txcNotPast) == 0 {
			return false
		}
		if l.cls&txcWeak == 0 {
			return true
		}
		// A function word ("the", "a", "at", "early") starts an expression
		// only when a number or a calendar word follows soon.
		for k := i + 1; k < len(p.toks) && k <= i+5; k++ {
			u := &p.toks[k]
			if u.kind == txkNum || u.kind == txkAlnum {
				return true
			}
			if ul := p.entry(u); ul != nil && (ul.cls&txcStrong != 0 || ul.cls&txcTrigger != 0 && ul.cls&txcWeak == 0) {
				return true
			}
		}
		return false
	}
	return false
}

// Token helpers; all are safe for any index.

// lx returns the lexicon entry of word token i, or nil.
func (p *txParser) lx(i int) *txLex {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != txkWord {
		return nil
	}
	return p.entry(&p.toks[i])
}

// entry returns the lexicon entry of token t, or nil.
func (p *txParser) entry(t *txTok) *txLex {
	if t.lex == 0 || int(t.lex) >= len(p.tab.entries) {
		return nil
	}
	return &p.tab.entries[t.lex]
}

// code returns the code (txLex.fw) of token i, txfNone if it is no word
// of the lexicon: code(i) == txfHalf is is(i, "half") for each word of
// txFuncWords and txWordCodes.
func (p *txParser) code(i int) uint8 {
	if l := p.lx(i); l != nil {
		return l.fw
	}
	return txfNone
}

// has reports whether token i is a word with a lexicon class in cls.
func (p *txParser) has(i int, cls uint32) bool {
	l := p.lx(i)
	return l != nil && l.cls&cls != 0
}

// is reports whether token i is the word w (lower case), in any case.
// The rules ask it of many words in a row, so it is small enough to be
// inlined: most calls stop at the length. A word token holds letters
// only, so c|0x20 folds its ASCII capitals, and leaves every other byte
// unequal to a lower-case letter, as txEqFold does.
func (p *txParser) is(i int, w string) bool {
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	t := &p.toks[i]
	if t.e-t.s != len(w) || t.kind != txkWord {
		return false
	}
	s := p.text[t.s:t.e]
	for k := 0; k < len(w); k++ {
		if s[k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// pu reports whether token i is the one-byte punctuation c.
func (p *txParser) pu(i int, c byte) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != txkPunct {
		return false
	}
	t := p.toks[i]
	return t.e-t.s == 1 && p.text[t.s] == c
}

// adj reports whether token i exists and touches the token before it.
func (p *txParser) adj(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].sp
}

// upper reports whether token i starts with a capital letter.
func (p *txParser) upper(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].upper
}

// num returns the value and digit count of digit token i.
func (p *txParser) num(i int) (int, int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != txkNum {
		return 0, 0, false
	}
	return p.toks[i].num, p.toks[i].nd, true
}

// suffix returns the lower-case letters after the digits of an alnum token.
func (p *txParser) suffix(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != txkAlnum {
		return ""
	}
	t := p.toks[i]
	s := p.text[t.s+t.nd : t.e]
	for _, w := range []string{"s", "th", "st", "nd", "rd"} {
		if txEqFold(s, w) {
			return w
		}
	}
	return ""
}

// at returns the longest expression starting at token i (j == 0 if none).
func (p *txParser) at(i int) txHit {
	return p.atDepth(i, 0)
}

// atDepth is at with the number of enclosing T13 modifiers; at most two
// nest ("the end of early 1990"), which keeps the scan linear.
func (p *txParser) atDepth(i, depth int) txHit {
	k := i
	// T14: approximators.
	ap := p.approx(k)
	k += ap
	the := -1
	if p.is(k, "the") {
		the = k
		k++
	}
	// T13: modifiers.
	if n := p.modifier(k); n > 0 && depth < 2 {
		h := p.atDepth(k+n, depth+1)
		if h.j > 0 && h.i == k+n && (h.typ == Date || h.typ == TimeOfDay) {
			h.i = k
			if p.modifier(k) == 2 && !p.pu(k+1, '-') {
				h.theOK = true // the end of ...
			}
			if the >= 0 && h.theOK {
				h.i = the
			}
			if h.i == k+n {
				h.i = k
			}
			h.rule = "T13"
			return h
		}
	}
	h := p.core(k)
	if h.j == 0 {
		return h
	}
	h.i = k
	if the >= 0 && h.theOK {
		h.i = the
	}
	// T8d: "the year ended June 30" is the year-long period that ends then.
	if h.typ == Date && p.is(h.j-1, "year") && (p.is(h.j, "ended") || p.is(h.j, "ending")) {
		h.typ, h.val, h.rule = Duration, "P1Y", "T8"
	}
	if ap > 0 && h.approxOK && h.i == i+ap {
		h.i = i
	}
	return h
}

// approx returns the number of tokens of an approximator at i (T14).
func (p *txParser) approx(i int) int {
	l := p.lx(i)
	if l == nil || l.cls&(txcApprox|txcWeak) == 0 {
		return 0
	}
	if l.cls&txcApprox != 0 {
		return 1
	}
	switch l.fw {
	case txfMore, txfLess, txfFewer:
		if p.is(i+1, "than") {
			return 2
		}
	case txfNo:
		if p.is(i+1, "more") && p.is(i+2, "than") {
			return 3
		}
	case txfAt:
		if p.is(i+1, "least") || p.is(i+1, "most") {
			return 2
		}
	case txfUp:
		if p.is(i+1, "to") {
			return 2
		}
	case txfSome, txfOver:
		if p.toks[min(i+1, len(p.toks)-1)].kind == txkNum || p.has(i+1, txcNum) || p.is(i+1, "a") || p.is(i+1, "an") {
			return 1
		}
	}
	return 0
}

// modifier returns the number of tokens of a T13 modifier at i.
func (p *txParser) modifier(i int) int {
	l := p.lx(i)
	if l == nil || l.cls&txcWeak == 0 {
		return 0
	}
	switch l.fw {
	case txfEarly, txfLate, txfMid, txfEarlier, txfLater:
		if p.pu(i+1, '-') && p.adj(i+1) {
			return 2
		}
		return 1
	case txfEnd, txfBeginning, txfStart, txfMiddle:
		if p.is(i+1, "of") {
			return 2
		}
	}
	return 0
}

// core returns the longest expression whose head starts at token k.
func (p *txParser) core(k int) txHit {
	if k >= len(p.toks) {
		return txHit{}
	}
	var best txHit
	take := func(h txHit) {
		if h.j > best.j {
			best = h
		}
	}
	t := &p.toks[k]
	switch t.kind {
	case txkNum:
		take(p.numericDate(k))
		take(p.clock(k))
		take(p.dayMonth(k))
		take(p.duration(k))
		take(p.year(k))
		// No quarter: quarterAt takes an ordinal word or an alnum (3rd),
		// and Q3 and fiscal are words.
	case txkAlnum:
		take(p.decade(k))
		take(p.dayMonth(k))
		take(p.quarter(k))
	case txkPunct:
		take(p.decade(k))
	case txkWord:
		l := p.entry(t)
		if l == nil {
			return best
		}
		if l.cls&txcMonth != 0 {
			take(p.monthDate(k))
		}
		if l.cls&txcWeekday != 0 {
			take(p.weekdayDate(k))
		}
		if l.cls&txcNum != 0 || l.heads&txhDuration != 0 {
			take(p.duration(k))
		}
		if l.cls&txcNum != 0 {
			take(p.wordYear(k))
		}
		if l.cls&txcOrd != 0 || l.fw == txfQ || l.fw == txfFiscal { // "q", "fiscal" (txWordCodes)
			take(p.quarter(k))
		}
		if l.cls&txcRel != 0 {
			take(p.relative(k))
		}
		if l.cls&txcUnit != 0 {
			take(p.unitLed(k))
		}
		if l.cls&txcSeason != 0 {
			take(p.season(k, 0, k))
		}
		if l.cls&txcPOD != 0 {
			take(p.podLed(k))
		}
		if l.cls&txcHoliday != 0 {
			take(p.holiday(k, 0))
		}
		if l.cls&txcSet != 0 || l.fw == txfEvery || l.fw == txfEach { // "every", "each"
			take(p.set(k))
		}
		if l.cls&txcTrigger != 0 {
			// Each only at a word that can head it (txHeadWords).
			if l.heads&txhDeictic != 0 {
				take(p.deictic(k))
			}
			if l.heads&txhClock != 0 {
				take(p.clock(k))
			}
			if l.heads&txhYear != 0 {
				take(p.year(k))
			}
			if l.heads&txhDecade != 0 {
				take(p.decade(k))
			}
		}
	}
	return best
}

// ---- dates and formatting ----

// txItoa formats n with at least width digits. Numbers 0 to 9999 and
// widths up to 4, which are nearly all (years, months, days, hours), are
// sliced from a table without allocating.
func txItoa(n, width int) string {
	if 0 <= n && n < 10000 && width <= 4 {
		w := 1
		for x := n; x >= 10; x /= 10 {
			w++
		}
		w = max(w, width)
		return txDigits()[4*n+4-w : 4*n+4]
	}
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

var (
	txDigitsOnce sync.Once
	txDigitsTab  string
)

// txDigits returns the read-only table of txItoa: 0000 to 9999, four
// digits each, built once.
func txDigits() string {
	txDigitsOnce.Do(func() {
		b := make([]byte, 0, 40000)
		for n := range 10000 {
			b = append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
		}
		txDigitsTab = string(b)
	})
	return txDigitsTab
}

// txYMD formats a date as YYYY-MM-DD.
func txYMD(t time.Time) string {
	return txItoa(t.Year(), 4) + "-" + txItoa(int(t.Month()), 2) + "-" + txItoa(t.Day(), 2)
}

// txYM formats a month as YYYY-MM.
func txYM(y, m int) string { return txItoa(y, 4) + "-" + txItoa(m, 2) }

// txWeek formats the ISO week of t as YYYY-Www.
func txWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return txItoa(y, 4) + "-W" + txItoa(w, 2)
}

// day returns the publication date shifted by n days, or XXXX-XX-XX.
func (p *txParser) day(n int) string {
	if !p.hasPub {
		return "XXXX-XX-XX"
	}
	if -txDayCache <= n && n <= txDayCache {
		c := &p.days[n+txDayCache]
		if *c == "" {
			*c = txYMD(p.pub.AddDate(0, 0, n))
		}
		return *c
	}
	return txYMD(p.pub.AddDate(0, 0, n))
}

// txAnyWeekday returns the value of weekday wd in an unknown week,
// XXXX-WXX-wd.
func txAnyWeekday(wd int) string {
	if 0 <= wd && wd < len(txAnyWeekdays) {
		return txAnyWeekdays[wd]
	}
	return "XXXX-WXX-" + strconv.Itoa(wd)
}

// txAnyWeekdays are the values of txAnyWeekday, 0 to 7.
var txAnyWeekdays = [...]string{"XXXX-WXX-0", "XXXX-WXX-1", "XXXX-WXX-2", "XXXX-WXX-3", "XXXX-WXX-4", "XXXX-WXX-5", "XXXX-WXX-6", "XXXX-WXX-7"}

// txValidDay reports whether y-m-d is a real date (y may be 0 for unknown).
func txValidDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// tense returns +1 when the clause around tokens [i, j) points forward,
// -1 when it points back and 0 when no cue is found (T4b).
func (p *txParser) tense(i, j int) int {
	cue := func(k int, left bool) int {
		t := &p.toks[k]
		if t.kind == txkPunct {
			c := p.text[t.s]
			if c == ';' || c == ':' || c == '"' || c == '(' || c == ')' {
				return 2
			}
			return 0
		}
		if t.kind == txkBreak {
			return 2
		}
		if t.kind != txkWord {
			return 0
		}
		l := p.entry(t)
		if l != nil && l.cls&txcFuture != 0 {
			// will, shall, 'll, next, upcoming always; "expected",
			// "scheduled", "plans" ... only as "expected to/for".
			if p.is(k, "will") || p.is(k, "shall") || p.is(k, "ll") || p.is(k, "next") || p.is(k, "upcoming") ||
				p.is(k, "might") || p.is(k, "soon") ||
				left && (p.is(k, "planned") || p.is(k, "planning") || p.is(k, "scheduled") || p.is(k, "expected")) ||
				left && (p.is(k+1, "to") || p.is(k+1, "for")) {
				// "had been scheduled to expire Friday": a past plan
				for b := k - 1; b >= k-2 && b >= 0; b-- {
					if p.is(b, "had") || p.is(b, "was") || p.is(b, "were") || p.is(b, "been") {
						return -1
					}
				}
				return 1
			}
		}
		if p.text[t.s:t.e] == "may" {
			return 1
		}
		if l != nil && l.cls&txcPast != 0 {
			return -1
		}
		if t.e-t.s > 3 && txEqFold(p.text[t.e-2:t.e], "ed") && (l == nil || l.cls&txcNotPast == 0) {
			// a passive "to be named" is not a past tense
			if p.is(k-1, "be") || p.is(k-1, "been") || p.is(k-1, "being") || p.is(k-1, "to") {
				return 0
			}
			return -1
		}
		return 0
	}
	for k, n := i-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if c := cue(k, true); c == 2 {
			break
		} else if c != 0 {
			return c
		}
	}
	for k, n := j, 0; k < len(p.toks) && n < 8; k, n = k+1, n+1 {
		if c := cue(k, false); c == 2 {
			break
		} else if c != 0 {
			return c
		}
	}
	return 0
}

// weekday resolves ISO weekday wd: dir < 0 the most recent on or before the
// publication date (strictly before when strict), dir > 0 the next one after
// it, dir == 0 the one in the publication week.
func (p *txParser) weekday(wd, dir int, strict bool) string {
	if !p.hasPub {
		return txAnyWeekday(wd)
	}
	cur := int(p.pub.Weekday())
	if cur == 0 {
		cur = 7
	}
	switch {
	case dir > 0:
		d := (wd - cur + 7) % 7
		if d == 0 {
			d = 7
		}
		return p.day(d)
	case dir == 0:
		return p.day(wd - cur)
	}
	d := (cur - wd + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return p.day(-d)
}

// monthYear returns the year of month m (and day d, 0 for none) by
// direction dir as in weekday; strict excludes the publication month.
func (p *txParser) monthYear(m, d, dir int, strict bool) int {
	y := p.pub.Year()
	pm, pd := int(p.pub.Month()), p.pub.Day()
	cmp := m*100 + d - (pm*100 + pd)
	if d == 0 {
		cmp = m - pm
	}
	switch {
	case dir < 0 && (cmp > 0 || strict && cmp == 0):
		return y - 1
	case dir > 0 && (cmp < 0 || strict && cmp == 0):
		return y + 1
	case dir == 0:
		// T2b: no direction: the occurrence nearest the publication date,
		// leaning to the past (news reports more than it announces).
		if d == 0 {
			if cmp > 5 {
				return y - 1
			} else if cmp < -7 {
				return y + 1
			}
			return y
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		days := t.Sub(p.pub).Hours() / 24
		if days > 150 {
			return y - 1
		} else if days < -240 {
			return y + 1
		}
	}
	return y
}

// ---- T1 numeric dates ----

// numericDate parses T1 at a number: 2022-11-11 or 11/11/2022 (month first).
func (p *txParser) numericDate(k int) txHit {
	y, nd, _ := p.num(k)
	if nd == 4 && p.pu(k+1, '-') && p.adj(k+1) && p.adj(k+2) && p.pu(k+3, '-') && p.adj(k+3) && p.adj(k+4) {
		m, nm, ok1 := p.num(k + 2)
		d, ndd, ok2 := p.num(k + 4)
		if ok1 && ok2 && nm == 2 && ndd == 2 && txValidDay(y, m, d) {
			return txHit{j: k + 5, typ: Date, val: txItoa(y, 4) + "-" + txItoa(m, 2) + "-" + txItoa(d, 2), rule: "T1", approxOK: true}
		}
	}
	m := y
	if nd <= 2 && p.pu(k+1, '/') && p.adj(k+1) && p.adj(k+2) && p.pu(k+3, '/') && p.adj(k+3) && p.adj(k+4) {
		d, ndd, ok1 := p.num(k + 2)
		yy, ny, ok2 := p.num(k + 4)
		if ok1 && ok2 && ndd <= 2 && (ny == 4 || ny == 2) {
			if ny == 2 {
				yy += 1900
				if yy < 1950 {
					yy += 100
				}
			}
			if txValidDay(yy, m, d) {
				return txHit{j: k + 5, typ: Date, val: txItoa(yy, 4) + "-" + txItoa(m, 2) + "-" + txItoa(d, 2), rule: "T1", approxOK: true}
			}
		}
	}
	return txHit{}
}

// ---- T2 month dates ----

// monthAt returns the month at token i and the index after it (taking an
// abbreviation's period), or 0.
func (p *txParser) monthAt(i int) (int, int, bool) {
	l := p.lx(i)
	if l == nil || l.cls&txcMonth == 0 || !p.upper(i) {
		return 0, i, false
	}
	t := p.toks[i]
	abbr := t.e-t.s <= 4 && !txEqFold(p.text[t.s:t.e], "june") && !txEqFold(p.text[t.s:t.e], "july") && !txEqFold(p.text[t.s:t.e], "may")
	j := i + 1
	if abbr && p.pu(j, '.') && p.adj(j) {
		j++
	}
	return l.month, j, abbr
}

// yearAt returns a plausible 4-digit year at token i.
func (p *txParser) yearAt(i int) (int, bool) {
	y, nd, ok := p.num(i)
	if !ok || nd != 4 || y < 1000 || y > 2199 {
		return 0, false
	}
	if p.pu(i+1, '%') || (p.pu(i+1, ',') && p.adj(i+1) && p.adj(i+2)) {
		return 0, false
	}
	return y, true
}

// dayAt returns a day of month at token i (11, 11th).
func (p *txParser) dayAt(i int) (int, bool) {
	if i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if l := p.lx(i); l != nil && l.cls&txcOrd != 0 {
		return l.ord, true // March eighth
	}
	if t.nd == 0 || t.nd > 2 || t.num < 1 || t.num > 31 {
		return 0, false
	}
	if t.kind == txkAlnum {
		s := p.suffix(i)
		if s == "" || s == "s" {
			return 0, false
		}
	} else if t.kind != txkNum || (p.pu(i+1, ':') || p.pu(i+1, '.')) && p.adj(i+1) && p.adj(i+2) && p.toks[i+2].kind == txkNum {
		return 0, false
	}
	return t.num, true
}

// relYear parses "this year", "last year", "next year" at i.
func (p *txParser) relYear(i int) (int, bool) {
	if !p.is(i+1, "year") || !p.hasPub {
		return 0, false
	}
	switch {
	case p.is(i, "this"):
		return p.pub.Year(), true
	case p.is(i, "last"):
		return p.pub.Year() - 1, true
	case p.is(i, "next"):
		return p.pub.Year() + 1, true
	}
	return 0, false
}

// monthDate parses T2 at a month name: Month [day] [,] [year].
func (p *txParser) monthDate(k int) txHit {
	return p.monthDateDir(k, 0, false)
}

// monthDateDir is monthDate with a direction from a preceding
// last/next/this (dir, strict) used when no year is written.
func (p *txParser) monthDateDir(k, dir int, rel bool) txHit {
	m, j, abbr := p.monthAt(k)
	if m == 0 {
		return txHit{}
	}
	h := txHit{typ: Date, rule: "T2", approxOK: true}
	yx := func(y int) string {
		if y == 0 {
			return "XXXX"
		}
		return txItoa(y, 4)
	}
	if d, ok := p.dayAt(j); ok {
		jj := j + 1
		if txValidDay(0, m, d) {
			y := 0
			if p.pu(jj, ',') {
				if yy, ok := p.yearAt(jj + 1); ok {
					y, jj = yy, jj+2
				}
			} else if yy, ok := p.yearAt(jj); ok {
				y, jj = yy, jj+1
			}
			if y == 0 && p.hasPub {
				y = p.monthYear(m, d, dir, false)
				if dir == 0 && p.tense(k, jj) > 0 && time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Before(p.pub) {
					y++ // T4b: "flights will start Aug. 6"
				}
			}
			if y == 0 || txValidDay(y, m, d) {
				h.j, h.val = jj, yx(y)+"-"+txItoa(m, 2)+"-"+txItoa(d, 2)
				return h
			}
		}
	}
	if p.is(j, "of") {
		if y, ok := p.yearAt(j + 1); ok {
			h.j, h.val = j+2, txYM(y, m)
			return h
		}
	}
	if p.pu(j, ',') && p.toks[min(j+1, len(p.toks)-1)].nd == 4 {
		j++
	}
	if y, ok := p.yearAt(j); ok {
		h.j, h.val = j+1, txYM(y, m)
		return h
	}
	if y, ok := p.relYear(j); ok {
		h.j, h.val = j+2, txYM(y, m)
		return h
	}
	if y, jy, ok := p.yearWords(j); ok {
		h.j, h.val = jy, txYM(y, m)
		return h
	}
	// A month alone: abbreviations and "May" need support.
	if abbr && !rel {
		return txHit{}
	}
	if m == 5 && !rel && !p.monthCue(k-1) {
		return txHit{}
	}
	// T2c: "the March for Life", "a march on Washington" are events.
	if !rel && (p.is(k-1, "the") || p.is(k-1, "a") || p.is(k-1, "annual")) && (p.is(j, "for") || p.is(j, "on") || p.is(j, "of") || p.is(j, "against")) {
		return txHit{}
	}
	h.j = j
	if !p.hasPub {
		h.val = "XXXX-" + txItoa(m, 2)
		return h
	}
	strict := rel
	if dir == 0 {
		// T4b: the tense decides only when the month is on its wrong side.
		cmp := m - int(p.pub.Month())
		if t := p.tense(k, j); t > 0 && cmp < 0 || t < 0 && cmp > 2 {
			dir = t
		}
	}
	h.val = txYM(p.monthYear(m, 0, dir, strict), m)
	return h
}

// monthCue reports whether token i makes a following "May" a month.
func (p *txParser) monthCue(i int) bool {
	for _, w := range []string{"in", "since", "until", "till", "by", "of", "from", "through", "before", "after", "during", "early", "late", "mid", "last", "this", "next", "each", "every", "to", "and", "or", "between", "end"} {
		if p.is(i, w) {
			return true
		}
	}
	return p.pu(i, '-') && p.is(i-1, "mid")
}

// dayMonth parses T2 day-first dates: 11 November 2022, 11th of November.
func (p *txParser) dayMonth(k int) txHit {
	d, ok := p.dayAt(k)
	if !ok && p.toks[k].kind == txkNum && p.toks[k].nd <= 2 && !p.pu(k+1, ':') {
		d, ok = p.toks[k].num, p.toks[k].num >= 1 && p.toks[k].num <= 31
	}
	if !ok {
		return txHit{}
	}
	j := k + 1
	if p.is(j, "of") {
		j++
	}
	m, jj, _ := p.monthAt(j)
	if m == 0 || !txValidDay(0, m, d) {
		return txHit{}
	}
	y := 0
	if yy, ok := p.yearAt(jj); ok {
		y, jj = yy, jj+1
	} else if p.hasPub {
		y = p.monthYear(m, d, 0, false)
	}
	if p.toks[jj-1].kind == txkPunct && jj < len(p.toks) && p.toks[jj].kind != txkWord {
		jj-- // sentence period after an abbreviation
	}
	v := "XXXX"
	if y != 0 {
		v = txItoa(y, 4)
	}
	return txHit{j: jj, typ: Date, val: v + "-" + txItoa(m, 2) + "-" + txItoa(d, 2), rule: "T2", approxOK: true, theOK: true}
}

// ---- T3 years, decades, centuries ----

var txYearPreps = []string{"after", "around", "before", "by", "circa", "from", "in", "of", "since", "summer", "through", "until", "year"}

// year parses T3: 1990; fiscal 1989; the 1988 period; the year 2000.
func (p *txParser) year(k int) txHit {
	j := k
	fiscal := false
	if p.is(j, "fiscal") {
		fiscal = true
		j++
		if p.is(j, "year") {
			j++
		}
	}
	y, ok := p.yearAt(j)
	if !ok {
		if fiscal && p.is(k+1, "year") {
			return p.relUnit(k+1, txrThis, k)
		}
		return txHit{}
	}
	if p.pu(k-1, '$') || p.pu(k-1, '#') || p.has(j+1, txcUnit) && !p.has(j+1, txcOrd) && !p.is(j+1, "quarter") && !p.is(j+1, "period") && !p.is(j+1, "year") {
		return txHit{}
	}
	if p.pu(j+1, '-') && p.adj(j+1) && p.toks[min(j+2, len(p.toks)-1)].kind == txkNum && p.adj(j+2) {
		return txHit{}
	}
	// T3a: years far from the publication date need a preposition
	// ("in 1462"); "the index fell to 2082" is not a year.
	far := y < 1900 || p.hasPub && y > p.pub.Year()+20 || !p.hasPub && y > 2100
	if !fiscal && far {
		ok := false
		for _, w := range txYearPreps {
			ok = ok || p.is(k-1, w)
		}
		if !ok {
			return txHit{}
		}
	}
	h := txHit{j: j + 1, typ: Date, val: txItoa(y, 4), rule: "T3", approxOK: true}
	// "the 1988 period", "the 1988 third quarter"
	if p.is(k-1, "the") {
		if p.is(j+1, "period") || p.is(j+1, "year") {
			h.j, h.theOK = j+2, true
		} else if p.is(j+1, "quarter") {
			// the 1988 quarter: the quarter last spoken of, in 1988
			h.j, h.theOK = j+2, true
			if p.lastQ != "" {
				h.val += p.lastQ[4:]
			}
		} else if q := p.quarterAt(j+1, y); q.j > 0 {
			q.theOK = true
			return q
		}
	}
	return h
}

// decade parses T3b/T3c: 1990s, '80s, the nineties, the 20th century.
func (p *txParser) decade(k int) txHit {
	t := &p.toks[k]
	switch {
	case t.kind == txkAlnum && t.nd == 4 && p.suffix(k) == "s" && t.num%10 == 0:
		return txHit{j: k + 1, typ: Date, val: txItoa(t.num/10, 3), rule: "T3b", theOK: true, approxOK: true}
	case t.kind == txkPunct && txIsApostrophe(p.text[t.s:t.e]) && k+1 < len(p.toks) && p.adj(k+1) && p.toks[k+1].kind == txkAlnum && p.toks[k+1].nd == 2 && p.suffix(k+1) == "s" && p.toks[k+1].num%10 == 0:
		return txHit{j: k + 2, typ: Date, val: "19" + strconv.Itoa(p.toks[k+1].num/10), rule: "T3b", theOK: true, approxOK: true}
	case t.kind == txkAlnum && t.nd <= 2 && t.num >= 1 && t.num <= 30 && p.suffix(k) != "" && p.suffix(k) != "s" && (p.is(k+1, "century") || p.pu(k+1, '-') && p.is(k+2, "century")):
		j := k + 2
		if !p.is(k+1, "century") {
			j = k + 3
		}
		return txHit{j: j, typ: Date, val: txItoa(t.num-1, 2), rule: "T3c", theOK: true}
	case t.kind == txkWord && p.is(k-1, "the"):
		for i, w := range []string{"sixties", "seventies", "eighties", "nineties"} {
			if p.is(k, w) {
				return txHit{j: k + 1, typ: Date, val: "19" + strconv.Itoa(6+i), rule: "T3b", theOK: true}
			}
		}
	}
	return txHit{}
}

// ---- T4 weekdays ----

// pod returns the TIMEX3 part-of-day suffix at token i ("TNI"), or "".
func (p *txParser) pod(i int) string {
	if l := p.lx(i); l != nil && l.cls&txcPOD != 0 {
		return "T" + txPODCodes[l.pod]
	}
	return ""
}

// weekdayDate parses T4 at a weekday name.
func (p *txParser) weekdayDate(k int) txHit {
	return p.weekdayDir(k, 0, false, k)
}

// weekdayDir parses a weekday at k; dir/strict come from a relation word
// (rel > 0), else from the tense of the clause.
func (p *txParser) weekdayDir(k, dir int, strict bool, start int) txHit {
	l := p.lx(k)
	if l == nil || l.cls&txcWeekday == 0 || !p.upper(k) {
		return txHit{}
	}
	// Friday, Oct. 13 [, 1989]: the written date wins.
	j := k + 1
	if p.pu(j, ',') {
		j++
	}
	if md := p.monthDateDir(j, 0, false); md.j > 0 && len(md.val) == 10 {
		md.rule = "T4"
		return md
	}
	h := txHit{j: k + 1, typ: Date, rule: "T4", approxOK: true}
	if dir == 0 && start == k {
		dir = p.tense(k, k+1)
		if dir == 0 || p.pu(k+1, '\'') && p.is(k+2, "s") {
			dir = -1 // "Wednesday's ruling" names a known, past event
		}
	}
	h.val = p.weekday(l.wday, dir, strict)
	if s := p.pod(k + 1); s != "" {
		h.j, h.typ, h.val = k+2, TimeOfDay, h.val+s
	}
	return h
}

// ---- T5 / T10 deictic words ----

// deictic parses today, yesterday, tomorrow, tonight, now, recently ...
func (p *txParser) deictic(k int) txHit {
	h := txHit{j: k + 1, typ: Date, rule: "T5"}
	off := 0
	switch {
	case p.is(k, "today"):
	case p.is(k, "yesterday"):
		off = -1
	case p.is(k, "tomorrow"):
		off = 1
	case p.is(k, "tonight"):
		h.typ, h.val = TimeOfDay, p.day(0)+"TNI"
		return h
	case p.is(k, "now") || p.is(k, "currently") || p.is(k, "nowadays"):
		h.rule, h.val = "T10", "PRESENT_REF"
		return h
	case p.is(k, "right") && p.is(k+1, "now"):
		h.rule, h.val, h.j = "T10", "PRESENT_REF", k+2
		return h
	case p.is(k, "these") && p.is(k+1, "days"):
		h.rule, h.val, h.j = "T10", "PRESENT_REF", k+2
		return h
	case p.is(k, "recently") || p.is(k, "lately"):
		h.rule, h.val = "T10", "PAST_REF"
		return h
	case p.is(k, "noon") || p.is(k, "midday") || p.is(k, "midnight"):
		return p.clock(k)
	case p.is(k, "future") && p.is(k-1, "the"):
		h.rule, h.val, h.theOK = "T10", "FUTURE_REF", true
		return h
	case (p.is(k, "near") || p.is(k, "distant") || p.is(k, "immediate")) && p.is(k+1, "future") || p.is(k, "near") && p.is(k+1, "term"):
		h.rule, h.val, h.theOK, h.j = "T10", "FUTURE_REF", true, k+2
		return h
	default:
		return txHit{}
	}
	h.val = p.day(off)
	if s := p.pod(k + 1); s != "" {
		h.j, h.typ, h.val = k+2, TimeOfDay, h.val+s
	}
	return h
}

// ---- T11 clock times ----

// clock parses 10 a.m., 10:35, 4 p.m. EST Friday, noon Saturday.
func (p *txParser) clock(k int) txHit {
	hr, mi := 0, 0
	j := k
	switch {
	case p.is(k, "noon") || p.is(k, "midday"):
		hr, j = 12, k+1
	case p.is(k, "midnight"):
		hr, j = 24, k+1
	default:
		n, nd, ok := p.num(k)
		if ok && nd == 4 && n/100 < 24 && n%100 < 60 && p.has(k+1, txcZone) && p.upper(k+1) {
			hr, mi, j = n/100, n%100, k+1 // T11: 0930 GMT
			break
		}
		if !ok || nd > 2 || n > 24 {
			return txHit{}
		}
		hr, j = n, k+1
		colon := false
		if p.pu(j, ':') && p.adj(j) && p.adj(j+1) {
			if m, nm, ok := p.num(j + 1); ok && nm == 2 && m < 60 {
				mi, j, colon = m, j+2, true
			}
		}
		ampm := 0
		switch {
		case (p.is(j, "a") || p.is(j, "p")) && p.pu(j+1, '.') && p.adj(j+1) && p.is(j+2, "m") && p.adj(j+2):
			ampm = 1
			if p.is(j, "p") {
				ampm = 2
			}
			j += 3
			if p.pu(j, '.') && p.adj(j) {
				j++
			}
		case p.is(j, "am") || p.is(j, "pm"):
			ampm = 1
			if p.is(j, "pm") {
				ampm = 2
			}
			j++
		case p.is(j, "o") && p.pu(j+1, '\'') && p.is(j+2, "clock"):
			j += 3
		default:
			if !colon || hr > 23 {
				return txHit{}
			}
		}
		if ampm != 0 && (hr < 1 || hr > 12) {
			return txHit{}
		}
		if ampm == 2 && hr < 12 {
			hr += 12
		} else if ampm == 1 && hr == 12 {
			hr = 0
		}
	}
	if p.has(j, txcZone) && p.upper(j) {
		j++
	}
	date := ""
	end := j
	dj := j
	if p.pu(dj, ',') {
		dj++
	}
	if w := p.weekdayDate(dj); w.j > 0 && w.typ == Date {
		date, end = w.val, w.j
	} else if m := p.monthDate(dj); m.j > 0 && len(m.val) == 10 {
		date, end = m.val, m.j
	} else if d := p.deictic(dj); d.j > 0 && d.typ == Date && len(d.val) == 10 && d.val[0] != 'P' {
		date, end = d.val, d.j
	}
	if date == "" {
		date = p.day(0)
	}
	// A sentence period after "a.m." stays in; only clock-final abbreviations do.
	val := date + "T" + txItoa(hr, 2) + ":" + txItoa(mi, 2)
	return txHit{j: end, typ: TimeOfDay, val: val, rule: "T11", approxOK: true}
}

// ---- T7 / T8 durations and ago ----

// numPhrase parses a quantity at k: 3, 2 1/2, three, twenty-four, a, a few,
// several, a couple of, a dozen, half a. n < 0 means unspecified.
func (p *txParser) numPhrase(k int) (n int, half bool, j int, ok bool) {
	if k >= len(p.toks) {
		return 0, false, k, false
	}
	t := &p.toks[k]
	code := p.code(k)
	switch {
	case t.kind == txkNum:
		if p.pu(k+1, '.') && p.adj(k+1) || p.pu(k+1, ',') && p.adj(k+1) && p.adj(k+2) {
			if p.pu(k+1, '.') && p.adj(k+2) {
				if f, nd, ok := p.num(k + 2); ok && nd == 1 && f == 5 {
					return t.num, true, k + 3, true
				}
			}
			return 0, false, k, false
		}
		if p.pu(k-1, '$') || p.pu(k-1, '.') && p.adj(k) {
			return 0, false, k, false
		}
		j = k + 1
		if a, _, ok := p.num(j); ok && a == 1 && p.pu(j+1, '/') && p.adj(j+1) && p.adj(j+2) {
			if b, _, ok := p.num(j + 2); ok && b == 2 {
				return t.num, true, j + 3, true
			}
		}
		return t.num, false, j, true
	case code == txfA || code == txfAn: // "a", "an"
		switch {
		case p.is(k+1, "few"):
			return -1, false, k + 2, true
		case p.is(k+1, "couple"):
			if p.is(k+2, "of") {
				return 2, false, k + 3, true
			}
			return 2, false, k + 2, true
		case p.is(k+1, "dozen"):
			return 12, false, k + 2, true
		case p.is(k+1, "half"):
			return 0, true, k + 2, true
		}
		return 1, false, k + 1, true
	case code == txfHalf && (p.is(k+1, "a") || p.is(k+1, "an")):
		return 0, true, k + 2, true
	case code == txfSome || code == txfSeveral || code == txfFew || code == txfMany:
		return -1, false, k + 1, true
	case p.has(k, txcNum):
		n, j = p.tens(p.lx(k).num, k+1)
		if n > 0 && (p.is(j, "hundred") || p.is(j, "thousand")) {
			if p.is(j, "hundred") {
				n *= 100
			} else {
				n *= 1000
			}
			j++
		}
		return n, false, j, true
	}
	return 0, false, k, false
}

// unitAt returns the unit at token i, skipping one adjective such as
// "more" or "trading", and the index after it.
func (p *txParser) unitAt(i int) (unit int, plural bool, j int) {
	if p.has(i+1, txcUnit) {
		for _, w := range []string{"more", "additional", "full", "straight", "consecutive", "trading", "business", "calendar", "whole", "extra", "long"} {
			if p.is(i, w) {
				i++
				break
			}
		}
	}
	if p.pu(i, '-') && p.adj(i) && p.adj(i+1) {
		i++
	}
	l := p.lx(i)
	if l == nil || l.cls&txcUnit == 0 {
		return 0, false, i
	}
	return l.unit, l.plural, i + 1
}

// txDur formats a TIMEX3 duration of n units (n < 0: unspecified).
func txDur(n int, half bool, unit int) string {
	var code string
	timeUnit := false
	mult := 1
	switch unit {
	case txuSecond:
		code, timeUnit = "S", true
	case txuMinute:
		code, timeUnit = "M", true
	case txuHour:
		code, timeUnit = "H", true
	case txuDay:
		code = "D"
	case txuWeek:
		code = "W"
	case txuWeekend:
		code, mult = "D", 2
	case txuFortnight:
		code, mult = "W", 2
	case txuMonth:
		code = "M"
	case txuQuarter:
		code = "Q"
	case txuYear:
		code = "Y"
	case txuDecade:
		code, mult = "Y", 10
	case txuCentury:
		code, mult = "Y", 100
	default:
		return ""
	}
	pre := "P"
	if timeUnit {
		pre = "PT"
	}
	if n < 0 {
		if unit == txuCentury {
			return "PXC"
		}
		return pre + "X" + code
	}
	v := pre
	if n > 0 || !half {
		v += strconv.Itoa(n*mult) + code
	}
	if half {
		switch unit {
		case txuYear:
			v += "6M"
		case txuHour:
			v += "30M"
		case txuMinute:
			v += "30S"
		case txuDay:
			if n == 0 {
				return "PT12H"
			}
			v += "T12H"
		case txuMonth:
			v += "15D"
		}
	}
	if v == pre {
		return ""
	}
	return v
}

// ago formats the date n units before (sign < 0) or after the publication
// date, at the granularity of the unit (T7).
func (p *txParser) ago(n, unit, sign int) string {
	if n < 0 {
		if sign < 0 {
			return "PAST_REF"
		}
		return "FUTURE_REF"
	}
	if !p.hasPub {
		switch unit {
		case txuDay, txuWeek, txuFortnight, txuWeekend, txuHour, txuMinute, txuSecond:
			return "XXXX-XX-XX"
		case txuMonth:
			return "XXXX-XX"
		case txuQuarter:
			return "XXXX-QX"
		}
		return "XXXX"
	}
	n *= sign
	switch unit {
	case txuDay:
		return p.day(n)
	case txuWeek, txuWeekend:
		return p.day(7 * n)
	case txuFortnight:
		return p.day(14 * n)
	case txuMonth:
		t := p.pub.AddDate(0, n, 1-p.pub.Day())
		return txYM(t.Year(), int(t.Month()))
	case txuQuarter:
		q := p.pub.Year()*4 + (int(p.pub.Month())-1)/3 + n
		return txItoa(q/4, 4) + "-Q" + strconv.Itoa(q%4+1)
	case txuYear:
		return txItoa(p.pub.Year()+n, 4)
	case txuDecade:
		return txItoa(p.pub.Year()+10*n, 4)
	case txuCentury:
		return txItoa(p.pub.Year()+100*n, 4)
	}
	return p.day(0)
}

// duration parses T7/T8 at a quantity: three years, 16-hour, two days ago.
func (p *txParser) duration(k int) txHit {
	n, half, j, ok := p.numPhrase(k)
	if !ok {
		return txHit{}
	}
	unit, _, jj := p.unitAt(j)
	if unit == 0 {
		return txHit{}
	}
	a := k < len(p.toks) && (p.is(k, "a") || p.is(k, "an"))
	if unit == txuSecond && (a || p.toks[k].kind != txkNum && !p.lx(jj-1).plural) {
		return txHit{} // "a second term"
	}
	if p.toks[k].kind == txkNum && p.toks[k].nd == 4 && !p.adj(j) {
		return txHit{}
	}
	hyphen := p.pu(jj-2, '-') && p.adj(jj-1)
	if hyphen && unit == txuQuarter && p.lx(jj-1).plural {
		return txHit{} // three-quarters: a fraction
	}
	if p.pu(jj, '-') && p.adj(jj) && p.is(jj+1, "old") || p.is(jj, "old") {
		return txHit{} // T8a: ages, a 6-year-old, six years old
	}
	j = jj
	if p.is(j, "and") && p.is(j+1, "a") && p.is(j+2, "half") {
		half, j = true, j+3
	}
	if p.is(j, "or") && p.is(j+1, "so") && (p.is(j+2, "ago") || p.is(j+2, "earlier") || p.is(j+2, "later")) {
		j += 2 // "a week or so ago"
	}
	h := txHit{j: j, typ: Duration, val: txDur(n, half, unit), rule: "T8", theOK: !hyphen, approxOK: true}
	switch {
	case p.is(j, "ago") || p.is(j, "earlier") && n >= 0:
		h.j, h.typ, h.val, h.rule = j+1, Date, p.ago(n, unit, -1), "T7"
		if n == 1 && unit == txuYear && p.hasPub {
			h.val = p.yearBeforeQuarter(h.val)
		}
	case p.is(j, "later"):
		// T7b: "three days later" counts from an event of the story, not
		// from publication: it stays a duration and "later" stays out.
	case p.is(j, "from") && p.is(j+1, "now"):
		h.j, h.typ, h.val, h.rule = j+2, Date, p.ago(n, unit, 1), "T7"
	}
	if h.typ == Duration && a && (p.is(k-1, "once") || p.is(k-1, "twice") || p.is(k-1, "times")) {
		h.typ, h.val, h.rule = Set, txDur(1, false, unit), "T12"
	} else if h.typ == Duration && a && p.rate(k-1) {
		return txHit{} // T8c: a rate, "$1.76 a year", "four flights a week"
	}
	if h.val == "" {
		return txHit{}
	}
	return h
}

// ---- T6 relative expressions ----

// relative parses a relation word at k: last week, the past two years,
// next Friday, this morning, recent years, the past.
func (p *txParser) relative(k int) txHit {
	rel := p.lx(k).rel
	j := k + 1
	strict := true
	if p.is(k, "this") && (p.is(j, "past") || p.is(j, "coming")) {
		if p.is(j, "past") {
			rel = txrLast
		} else {
			rel = txrNext
		}
		j++
		strict = false
	}
	if p.is(k, "past") && !p.is(k-1, "the") && !p.is(k-1, "this") && !p.has(j, txcNum|txcUnit) && p.toks[min(j, len(p.toks)-1)].kind != txkNum {
		return txHit{}
	}
	dir := txRelDir(rel)
	// the past two years, the next few days: durations.
	if n, half, jn, ok := p.numPhrase(j); ok && !p.is(j, "a") && !p.is(j, "an") && rel != txrThis {
		if unit, _, ju := p.unitAt(jn); unit != 0 {
			return txHit{j: ju, typ: Duration, val: txDur(n, half, unit), rule: "T8", theOK: true, approxOK: true}
		}
	}
	if p.is(j, "fiscal") && p.is(j+1, "year") {
		j++
	}
	if rel == txrLatest && p.is(j, "period") {
		return txHit{j: j + 1, typ: Date, val: p.relUnitQuarter(-1), rule: "T9", theOK: true}
	}
	if l := p.lx(j); l != nil {
		switch {
		case l.cls&txcUnit != 0:
			if l.plural {
				v := "PAST_REF"
				if dir > 0 {
					v = "FUTURE_REF"
				}
				if rel == txrThis {
					return txHit{}
				}
				if rel == txrRecent && l.unit < txuYear {
					// recent weeks: a stretch of unstated length up to now
					return txHit{j: j + 1, typ: Duration, val: txDur(-1, false, l.unit), rule: "T8", theOK: true}
				}
				return txHit{j: j + 1, typ: Date, val: v, rule: "T10", theOK: true}
			}
			h := p.relUnit(j, rel, k)
			if h.j > 0 {
				h.theOK = true
			}
			return h
		case l.cls&txcWeekday != 0:
			h := p.weekdayDir(j, dir, strict, k)
			if rel == txrThis {
				h = p.weekdayDir(j, 0, false, k)
			}
			h.rule = "T6"
			return h
		case l.cls&txcMonth != 0:
			if rel == txrThis {
				h := p.monthDateDir(j, 0, true)
				if h.j > 0 && p.hasPub && len(h.val) == 7 {
					h.val = txYM(p.pub.Year(), int(h.val[5]-'0')*10+int(h.val[6]-'0'))
				}
				return h
			}
			return p.monthDateDir(j, dir, true)
		case l.cls&txcSeason != 0:
			return p.season(j, dir, k)
		case l.cls&txcHoliday != 0:
			return p.holiday(j, dir)
		case l.cls&txcPOD != 0:
			switch {
			case rel == txrThis && l.pod != 4:
				return txHit{j: j + 1, typ: TimeOfDay, val: p.day(0) + "T" + txPODCodes[l.pod], rule: "T6"}
			case rel == txrLast && p.is(k, "last") && (l.pod == 4 || l.pod == 3):
				return txHit{j: j + 1, typ: TimeOfDay, val: p.day(-1) + "T" + txPODCodes[l.pod], rule: "T6"}
			}
		}
	}
	// the past, the recent past
	if p.is(k, "past") && p.is(k-1, "the") {
		return txHit{j: k + 1, typ: Date, val: "PAST_REF", rule: "T10", theOK: true}
	}
	return txHit{}
}

// relUnit resolves a singular unit at j related by rel (T6, T9, T17, T19).
func (p *txParser) relUnit(j, rel, start int) txHit {
	l := p.lx(j)
	if l == nil {
		return txHit{}
	}
	dir := txRelDir(rel)
	h := txHit{j: j + 1, typ: Date, rule: "T6", theOK: true}
	if !p.hasPub {
		switch l.unit {
		case txuDay:
			h.val = "XXXX-XX-XX"
		case txuWeek:
			h.val = "XXXX-WXX"
		case txuWeekend:
			h.val = "XXXX-WXX-WE"
		case txuMonth:
			h.val = "XXXX-XX"
		case txuQuarter:
			h.val = "XXXX-QX"
		case txuYear:
			h.val = "XXXX"
		default:
			return txHit{}
		}
		return h
	}
	switch l.unit {
	case txuDay:
		if p.is(start, "this") || p.is(start, "last") || p.is(start, "past") || rel == txrLatest || rel == txrRecent {
			return txHit{}
		}
		h.val = p.day(dir)
	case txuWeek:
		h.val = txWeek(p.pub.AddDate(0, 0, 7*dir))
	case txuWeekend:
		if dir == 0 && p.pub.Weekday() >= time.Monday && p.pub.Weekday() <= time.Tuesday {
			dir = -1
		}
		h.val = txWeek(p.pub.AddDate(0, 0, 7*dir)) + "-WE"
		h.rule = "T17"
	case txuMonth:
		h.val = p.ago(1, txuMonth, dir)
		if dir == 0 {
			h.val = txYM(p.pub.Year(), int(p.pub.Month()))
		}
	case txuQuarter:
		h.val = p.ago(1, txuQuarter, dir)
		if dir == 0 {
			h.val = p.ago(0, txuQuarter, 1)
		}
		h.rule = "T9"
	case txuYear:
		h.val = txItoa(p.pub.Year()+dir, 4)
		if p.pu(j+1, '\'') && p.is(j+2, "s") {
			if q := p.quarterAt(j+3, p.pub.Year()+dir); q.j > 0 {
				return q
			}
		}
	case txuDecade:
		if dir != 0 {
			return txHit{j: j + 1, typ: Duration, val: "P10Y", rule: "T8", theOK: true}
		}
		h.val = txItoa(p.pub.Year()/10, 3)
	case txuCentury:
		h.val = txItoa(p.pub.Year()/100+dir, 2)
	default:
		return txHit{}
	}
	return h
}

// unitLed parses expressions headed by a unit word: year-earlier, year-end,
// the year, the quarter, the weekend, for years (T8b, T13b, T15, T19).
func (p *txParser) unitLed(k int) txHit {
	l := p.lx(k)
	if h := p.wordYear(k); h.j > 0 {
		return h
	}
	if l.unit == txuYear && !l.plural {
		if p.pu(k+1, '-') && p.adj(k+1) && (p.is(k+2, "earlier") || p.is(k+2, "ago")) {
			h := txHit{j: k + 3, typ: Date, val: p.ago(1, txuYear, -1), rule: "T15", theOK: p.is(k+3, "period") || p.is(k+3, "quarter")}
			if p.hasPub {
				h.val = p.yearBeforeQuarter(h.val)
			}
			if p.is(k+3, "period") || p.is(k+3, "quarter") {
				h.j, h.val = k+4, p.yearBeforeQuarter(p.ago(5, txuQuarter, -1))
			} else if q := p.quarterAt(k+3, p.pub.Year()-1); q.j > 0 && p.hasPub {
				q.rule, q.theOK = "T15", true
				return q
			}
			return h
		}
		if p.pu(k+1, '-') && p.adj(k+1) && p.is(k+2, "end") || p.is(k+1, "end") {
			j := k + 2
			if p.pu(k+1, '-') {
				j = k + 3
			}
			return txHit{j: j, typ: Date, val: p.ago(0, txuYear, 1), rule: "T13", theOK: true}
		}
	}
	if p.is(k-1, "the") && !l.plural {
		switch l.unit {
		case txuYear, txuMonth, txuWeek, txuWeekend:
			if p.is(k+1, "of") || p.is(k+1, "before") || p.is(k+1, "after") {
				return txHit{}
			}
			h := p.relUnit(k, txrThis, k)
			h.rule = "T19"
			if l.unit == txuWeekend {
				h.rule = "T17"
			}
			return h
		case txuQuarter:
			if p.is(k+1, "of") {
				return txHit{}
			}
			v := p.relUnitQuarter(-1)
			if p.lastQ != "" {
				v = p.lastQ
			}
			return txHit{j: k + 1, typ: Date, val: v, rule: "T9", theOK: true}
		}
	}
	if l.plural && l.unit != txuSecond && (p.is(k-1, "for") || p.is(k-1, "over")) {
		return txHit{j: k + 1, typ: Duration, val: txDur(-1, false, l.unit), rule: "T8"}
	}
	return txHit{}
}

// ---- T9 quarters ----

// quarterAt parses ordinal [fiscal] quarter|half [of year] at i, in year y
// unless one is written.
func (p *txParser) quarterAt(i, y int) txHit {
	n := 0
	if l := p.lx(i); l != nil && l.cls&txcOrd != 0 {
		n = l.ord
	} else if i < len(p.toks) && p.toks[i].kind == txkAlnum && p.suffix(i) != "" && p.suffix(i) != "s" {
		n = p.toks[i].num
	}
	if n < 1 || n > 4 {
		return txHit{}
	}
	j := i + 1
	if p.pu(j, '-') && p.adj(j) {
		j++
	}
	if p.is(j, "fiscal") {
		j++
	}
	if p.pu(j, '-') && p.adj(j) {
		j++
	}
	half := p.is(j, "half")
	if !p.is(j, "quarter") && !half || half && n > 2 {
		return txHit{}
	}
	j++
	if p.is(j, "of") || p.pu(j, ',') {
		if yy, ok := p.yearAt(j + 1); ok {
			y, j = yy, j+2
		} else if yy, ok := p.relYear(j + 1); ok {
			y, j = yy, j+3
		}
	} else if yy, ok := p.yearAt(j); ok {
		y, j = yy, j+1
	}
	v := "XXXX"
	if y > 0 {
		v = txItoa(y, 4)
	}
	if half {
		v += "-H" + strconv.Itoa(n)
	} else {
		v += "-Q" + strconv.Itoa(n)
	}
	return txHit{j: j, typ: Date, val: v, rule: "T9", theOK: !p.pu(i+1, '-'), approxOK: true}
}

// quarter parses T9 at k: third quarter, fiscal 1989, Q3 2023, the first
// nine months.
func (p *txParser) quarter(k int) txHit {
	y := 0
	if p.hasPub {
		y = p.pub.Year()
	}
	if p.is(k, "fiscal") {
		if h := p.year(k); h.j > 0 {
			h.theOK = true
			return h
		}
		h := p.quarterAt(k+1, y)
		h.theOK = true
		return h
	}
	if p.is(k, "q") && p.adj(k+1) {
		if n, nd, ok := p.num(k + 1); ok && nd == 1 && n >= 1 && n <= 4 {
			j := k + 2
			if yy, ok := p.yearAt(j); ok {
				y, j = yy, j+1
			}
			v := "XXXX"
			if y > 0 {
				v = txItoa(y, 4)
			}
			return txHit{j: j, typ: Date, val: v + "-Q" + strconv.Itoa(n), rule: "T9", theOK: true}
		}
		return txHit{}
	}
	// the first nine months: a duration.
	if p.is(k, "first") || p.is(k, "last") {
		if n, half, jn, ok := p.numPhrase(k + 1); ok && n > 1 {
			if unit, _, ju := p.unitAt(jn); unit != 0 {
				return txHit{j: ju, typ: Duration, val: txDur(n, half, unit), rule: "T9", theOK: true}
			}
		}
	}
	return p.quarterAt(k, y)
}

// ---- seasons, holidays, sets ----

// season parses a season name at k (T6), related by dir when start < k.
func (p *txParser) season(k, dir, start int) txHit {
	l := p.lx(k)
	if l == nil || l.cls&txcSeason == 0 {
		return txHit{}
	}
	if start == k && !(p.is(k-1, "the") || p.is(k-1, "in") || p.is(k-1, "early") || p.is(k-1, "late") || p.is(k-1, "during") || p.is(k-1, "since") || p.is(k-1, "by") || p.is(k-1, "until") || p.is(k-1, "mid")) {
		return txHit{}
	}
	code := txSeasonCodes[l.season]
	j := k + 1
	y := 0
	if p.is(j, "of") {
		if yy, ok := p.yearAt(j + 1); ok {
			y, j = yy, j+2
		} else if yy, jy, ok := p.yearWords(j + 1); ok {
			y, j = yy, jy
		}
	} else if yy, ok := p.yearAt(j); ok {
		y, j = yy, j+1
	}
	if y == 0 && start == k && p.is(k, "fall") && !p.is(k-1, "the") {
		return txHit{}
	}
	if y == 0 && p.hasPub {
		y = p.pub.Year()
		cur := []int{1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 1}[p.pub.Month()-1]
		switch {
		case dir < 0 && l.season >= cur:
			y--
		case dir > 0 && l.season <= cur:
			y++
		}
	}
	v := "XXXX"
	if y > 0 {
		v = txItoa(y, 4)
	}
	return txHit{j: j, typ: Date, val: v + "-" + code, rule: "T6", theOK: true}
}

// holiday parses T16 at k: Christmas, Thanksgiving Day, Easter.
func (p *txParser) holiday(k, dir int) txHit {
	l := p.lx(k)
	if l == nil || l.cls&txcHoliday == 0 || !p.upper(k) {
		return txHit{}
	}
	j := k + 1
	if (l.hday == -3 || l.hday == 704 || l.hday == 1111) && !p.is(j, "day") && !(p.pu(j, '\'') && p.is(j+1, "day")) {
		return txHit{}
	}
	if p.pu(j, '\'') && p.is(j+1, "day") {
		j++
	}
	if p.is(j, "day") || p.is(j, "eve") && l.hday == 1225 {
		if p.is(j, "eve") {
			j++
			return p.holidayVal(k, j, dir, 1224)
		}
		j++
	} else if p.is(j, "sunday") && l.hday == -1 {
		j++
	}
	return p.holidayVal(k, j, dir, l.hday)
}

// holidayVal resolves holiday code v for tokens [k, j).
func (p *txParser) holidayVal(k, j, dir, v int) txHit {
	y := 0
	if yy, ok := p.yearAt(j); ok {
		y, j = yy, j+1
	}
	on := func(y int) time.Time {
		switch v {
		case -1: // Easter (anonymous Gregorian algorithm)
			a, b, c := y%19, y/100, y%100
			d, e := b/4, b%4
			f := (b + 8) / 25
			g := (b - f + 1) / 3
			hh := (19*a + b - d - g + 15) % 30
			i, kk := c/4, c%4
			ll := (32 + 2*e + 2*i - hh - kk) % 7
			m := (a + 11*hh + 22*ll) / 451
			mo := (hh + ll - 7*m + 114) / 31
			da := (hh+ll-7*m+114)%31 + 1
			return time.Date(y, time.Month(mo), da, 0, 0, 0, 0, time.UTC)
		case -2: // Thanksgiving: fourth Thursday of November
			t := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
			off := (int(time.Thursday) - int(t.Weekday()) + 7) % 7
			return t.AddDate(0, 0, off+21)
		case -3: // US Election Day: the Tuesday after the first Monday of November
			t := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
			off := (int(time.Monday) - int(t.Weekday()) + 7) % 7
			return t.AddDate(0, 0, off+1)
		}
		return time.Date(y, time.Month(v/100), v%100, 0, 0, 0, 0, time.UTC)
	}
	if y == 0 {
		if !p.hasPub {
			return txHit{j: j, typ: Date, val: "XXXX-XX-XX", rule: "T16", theOK: true}
		}
		y = p.pub.Year()
		if dir == 0 {
			// T2b: the nearest occurrence
			days := on(y).Sub(p.pub).Hours() / 24
			if days > 183 {
				y--
			} else if days < -183 {
				y++
			}
		}
		if dir < 0 && !on(y).Before(p.pub) {
			y--
		} else if dir > 0 && on(y).Before(p.pub) {
			y++
		}
	}
	return txHit{j: j, typ: Date, val: txYMD(on(y)), rule: "T16", theOK: true}
}

// set parses T12: daily, every week, each Thursday, every two weeks.
func (p *txParser) set(k int) txHit {
	if l := p.lx(k); l != nil && l.cls&txcSet != 0 {
		return txHit{j: k + 1, typ: Set, val: txSetValues[l.set], rule: "T12"}
	}
	j := k + 1
	n := 1
	if p.is(j, "other") {
		n, j = 2, j+1
	} else if m, _, jn, ok := p.numPhrase(j); ok && m > 1 {
		n, j = m, jn
	}
	if unit, _, ju := p.unitAt(j); unit != 0 {
		return txHit{j: ju, typ: Set, val: txDur(n, false, unit), rule: "T12"}
	}
	l := p.lx(j)
	if l == nil {
		return txHit{}
	}
	switch {
	case l.cls&txcWeekday != 0 && p.upper(j):
		return txHit{j: j + 1, typ: Set, val: txAnyWeekday(l.wday), rule: "T12"}
	case l.cls&txcMonth != 0 && p.upper(j):
		return txHit{j: j + 1, typ: Set, val: "XXXX-" + txItoa(l.month, 2), rule: "T12"}
	case l.cls&txcPOD != 0:
		return txHit{j: j + 1, typ: Set, val: "XXXX-XX-XXT" + txPODCodes[l.pod], rule: "T12"}
	case l.cls&txcSeason != 0:
		return txHit{j: j + 1, typ: Set, val: "XXXX-" + txSeasonCodes[l.season], rule: "T12"}
	}
	return txHit{}
}

// relUnitQuarter returns the quarter dir quarters from the publication one.
func (p *txParser) relUnitQuarter(dir int) string {
	if !p.hasPub {
		return "XXXX-QX"
	}
	return p.ago(1, txuQuarter, dir)
}

// yearBeforeQuarter returns the quarter a year before the last quarter the
// article spoke of (T15b: in "net rose in the third quarter from a year
// earlier", a year earlier is the third quarter of the year before), or
// fallback when the article named no quarter yet.
func (p *txParser) yearBeforeQuarter(fallback string) string {
	if p.lastQ == "" {
		return fallback
	}
	y, err := strconv.Atoi(p.lastQ[:4])
	if err != nil {
		return fallback
	}
	return txItoa(y-1, 4) + p.lastQ[4:]
}

// rate reports whether token i ends a quantity, so that a following "a
// year" or "a week" is a rate (T8c): a number, or a plural noun.
func (p *txParser) rate(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	if t.kind == txkNum || t.kind == txkAlnum {
		return true
	}
	if t.kind != txkWord || t.e-t.s < 4 || p.text[t.e-1] != 's' || p.text[t.e-2] == 's' {
		return false
	}
	for _, w := range []string{"this", "was", "has", "its", "his", "plus", "thus", "does", "is", "as"} {
		if p.is(i, w) {
			return false
		}
	}
	return p.lx(i) == nil || p.lx(i).cls&txcUnit == 0
}

// yearWords parses a year said in words at i (T3d): nineteen ninety-six,
// two thousand [and] three. It returns the year and the index after it.
func (p *txParser) yearWords(i int) (int, int, bool) {
	if p.is(i, "nineteen") || p.is(i, "twenty") && !p.is(i+1, "thousand") {
		c := 19
		if p.is(i, "twenty") {
			c = 20
		}
		l := p.lx(i + 1)
		if l == nil || l.cls&txcNum == 0 || l.num < 10 || l.num > 90 {
			return 0, i, false
		}
		n, j := p.tens(l.num, i+2)
		return c*100 + n, j, true
	}
	if p.is(i, "two") && p.is(i+1, "thousand") {
		j := i + 2
		if p.is(j, "and") {
			j++
		}
		if o := p.lx(j); o != nil && o.cls&txcNum != 0 && o.num > 0 && o.num < 20 {
			return 2000 + o.num, j + 1, true
		}
		return 2000, i + 2, true
	}
	return 0, i, false
}

// wordYear parses T3d at k: a year in words, alone or after "the year".
func (p *txParser) wordYear(k int) txHit {
	j := k
	if p.is(k, "year") {
		j++
	}
	y, jj, ok := p.yearWords(j)
	if !ok || j == k && !p.is(k-1, "in") && !p.is(k-1, "of") && !p.is(k-1, "since") && !p.is(k-1, "until") && !p.is(k-1, "by") {
		return txHit{}
	}
	return txHit{j: jj, typ: Date, val: txItoa(y, 4), rule: "T3", theOK: j > k}
}

// txRelDir is the direction of a relation code: -1 back, 0 now, 1 forward.
func txRelDir(rel int) int {
	switch rel {
	case txrLast, txrRecent, txrLatest:
		return -1
	case txrNext:
		return 1
	}
	return 0
}

// podLed parses a part of day at k (T5b): "afternoon yesterday", "night
// Friday", or one after mid-/early/late ("mid-afternoon"), which is the
// publication day's.
func (p *txParser) podLed(k int) txHit {
	code := p.pod(k)
	if code == "" {
		return txHit{}
	}
	if d := p.deictic(k + 1); d.j > 0 && d.typ == Date && d.rule == "T5" {
		return txHit{j: d.j, typ: TimeOfDay, val: d.val + code, rule: "T5"}
	}
	if w := p.weekdayDate(k + 1); w.j > 0 && w.typ == Date {
		return txHit{j: w.j, typ: TimeOfDay, val: w.val + code, rule: "T4"}
	}
	b := k - 1
	if p.pu(b, '-') && p.adj(k) {
		b--
	}
	if p.is(b, "mid") || p.is(b, "early") || p.is(b, "late") {
		return txHit{j: k + 1, typ: TimeOfDay, val: p.day(0) + code, rule: "T5"}
	}
	return txHit{}
}

// txIsApostrophe reports whether s is a straight or curly apostrophe.
func txIsApostrophe(s string) bool {
	return s == "'" || s == "\u2019" || s == "\u2018"
}

// tens adds a unit word to a round tens number n whose next token is j:
// "twenty five" and "twenty-five" are 25. It returns the number and the
// token after it.
func (p *txParser) tens(n, j int) (int, int) {
	if n >= 20 && n%10 == 0 {
		jj := j
		if p.pu(jj, '-') && p.adj(jj) {
			jj++
		}
		if o := p.lx(jj); o != nil && o.cls&txcNum != 0 && o.num > 0 && o.num < 10 {
			return n + o.num, jj + 1
		}
	}
	return n, j
}
