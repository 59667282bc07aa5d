package news

import "sync"

// Word lists for time expressions. Source: the Gregorian calendar, the ISO
// 8601 and TimeML TIMEX3 (2009) unit and part-of-day codes, and ordinary
// English number and calendar vocabulary, written down for this package.
// Every list is sorted by word and free of duplicates (TestTxLexiconSorted).

// txWordVal pairs a lower-case word with a small integer value.
type txWordVal struct {
	w string
	v int
}

// txMonthWords maps month names and their usual abbreviations to 1..12.
// Abbreviations (short forms) must be followed by a period or a number.
var txMonthWords = []txWordVal{
	{"apr", 4}, {"april", 4}, {"aug", 8}, {"august", 8}, {"dec", 12},
	{"december", 12}, {"feb", 2}, {"february", 2}, {"jan", 1}, {"january", 1},
	{"jul", 7}, {"july", 7}, {"jun", 6}, {"june", 6}, {"mar", 3}, {"march", 3},
	{"may", 5}, {"nov", 11}, {"november", 11}, {"oct", 10}, {"october", 10},
	{"sep", 9}, {"sept", 9}, {"september", 9},
}

// txWeekdayWords maps weekday names to ISO weekday numbers (Monday = 1).
var txWeekdayWords = []txWordVal{
	{"friday", 5}, {"monday", 1}, {"saturday", 6}, {"sunday", 7},
	{"thursday", 4}, {"tuesday", 2}, {"wednesday", 3},
}

// Unit codes (txu*) used by txUnitWords and the duration formatter.
const (
	txuNone = iota
	txuSecond
	txuMinute
	txuHour
	txuDay
	txuWeek
	txuWeekend
	txuFortnight
	txuMonth
	txuQuarter
	txuYear
	txuDecade
	txuCentury
)

// txUnitWords maps calendar unit nouns to unit codes; plural forms have the
// value plus 100.
var txUnitWords = []txWordVal{
	{"centuries", 100 + txuCentury}, {"century", txuCentury}, {"day", txuDay},
	{"days", 100 + txuDay}, {"decade", txuDecade}, {"decades", 100 + txuDecade},
	{"fortnight", txuFortnight}, {"fortnights", 100 + txuFortnight},
	{"hour", txuHour}, {"hours", 100 + txuHour}, {"minute", txuMinute},
	{"minutes", 100 + txuMinute}, {"month", txuMonth},
	{"months", 100 + txuMonth}, {"quarter", txuQuarter},
	{"quarters", 100 + txuQuarter}, {"second", txuSecond},
	{"seconds", 100 + txuSecond}, {"week", txuWeek}, {"weekend", txuWeekend},
	{"weekends", 100 + txuWeekend}, {"weeks", 100 + txuWeek}, {"year", txuYear},
	{"years", 100 + txuYear},
}

// txNumberWords maps cardinal number words to values; -1 means an
// unspecified quantity ("several years" -> PXY).
var txNumberWords = []txWordVal{
	{"eight", 8}, {"eighteen", 18}, {"eighty", 80}, {"eleven", 11}, {"few", -1},
	{"fifteen", 15}, {"fifty", 50}, {"five", 5}, {"forty", 40}, {"four", 4},
	{"fourteen", 14}, {"many", -1}, {"nine", 9}, {"nineteen", 19},
	{"ninety", 90}, {"one", 1}, {"seven", 7}, {"seventeen", 17},
	{"seventy", 70}, {"several", -1}, {"six", 6}, {"sixteen", 16},
	{"sixty", 60}, {"ten", 10}, {"thirteen", 13}, {"thirty", 30}, {"three", 3},
	{"twelve", 12}, {"twenty", 20}, {"two", 2},
}

// txOrdinalWords maps ordinal words to values (quarters, halves, centuries).
var txOrdinalWords = []txWordVal{
	{"eighth", 8}, {"fifth", 5}, {"first", 1}, {"fourth", 4}, {"ninth", 9},
	{"second", 2}, {"seventh", 7}, {"sixth", 6}, {"tenth", 10}, {"third", 3},
}

// Part-of-day codes from TIMEX3: index into txPODCodes.
var txPODCodes = [...]string{"", "MO", "AF", "EV", "NI"}

// txPODWords maps part-of-day nouns to txPODCodes indexes.
var txPODWords = []txWordVal{
	{"afternoon", 2}, {"evening", 3}, {"morning", 1}, {"night", 4},
}

// Season codes from TIMEX3: index into txSeasonCodes, in calendar order
// (winter counted at the start of the year).
var txSeasonCodes = [...]string{"", "WI", "SP", "SU", "FA"}

// txSeasonWords maps season names to txSeasonCodes indexes.
var txSeasonWords = []txWordVal{
	{"autumn", 4}, {"fall", 4}, {"spring", 2}, {"summer", 3}, {"winter", 1},
}

// Relation codes for words that place a unit relative to the reference date.
const (
	txrNone   = iota
	txrLast   // last, past, previous, preceding
	txrThis   // this, current, present
	txrNext   // next, coming, upcoming, following
	txrRecent // recent
	txrLatest // latest, most recent reported period
)

// txRelWords maps relation words to txr codes.
var txRelWords = []txWordVal{
	{"coming", txrNext}, {"current", txrThis}, {"following", txrNext},
	{"last", txrLast}, {"latest", txrLatest}, {"next", txrNext},
	{"past", txrLast}, {"preceding", txrLast}, {"previous", txrLast},
	{"recent", txrRecent}, {"this", txrThis}, {"upcoming", txrNext},
}

// txSetWords maps frequency adverbs to TIMEX3 SET values (index into
// txSetValues). "quarterly" is left out: in news it mostly qualifies a
// dividend, which TimeBank does not mark.
var txSetWords = []txWordVal{
	{"annually", 4}, {"biweekly", 7}, {"daily", 1}, {"hourly", 5},
	{"monthly", 3}, {"nightly", 8}, {"weekly", 2}, {"yearly", 4},
}

// txSetValues are the values of txSetWords.
var txSetValues = [...]string{"", "P1D", "P1W", "P1M", "P1Y", "PT1H", "P3M", "P2W", "P1D"}

// txApproxWords are one-word approximators that a duration or date keeps in
// its span (TimeBank: "about two years", "nearly an hour").
// "about" and "almost" are left out: TimeBank keeps them out of the span
// ("about five hours") more often than in.
var txApproxWords = []string{
	"approximately", "around", "nearly", "roughly",
}

// txTimeZones are time-zone abbreviations that may follow a clock time.
var txTimeZones = []string{
	"bst", "cdt", "cet", "cst", "ct", "edt", "est", "et", "gmt", "mdt", "mst",
	"pdt", "pst", "pt", "utc",
}

// Past-tense and future cues for the tense of a clause (rule T4b).
var txPastCues = []string{
	"began", "came", "did", "fell", "gave", "got", "had", "held", "left",
	"made", "met", "paid", "ran", "rose", "said", "sat", "saw", "sent", "spoke",
	"stood", "struck", "told", "took", "was", "went", "were", "won", "wrote",
}

// txFutureCues are words after which a weekday or month points forward
// (rule T4b). will, shall, 'll, might, soon, next, upcoming, and on the
// left also scheduled, planned, planning and expected, always count; the
// others only when "to" or "for" follows them ("is due to", "set for").
var txFutureCues = []string{
	"due", "expected", "forecast", "going", "intends", "likely", "ll",
	"might", "next", "plan", "planned", "planning", "plans", "poised", "ready",
	"scheduled", "set", "shall", "slated", "soon", "upcoming", "will",
}

// txNotPastEd are -ed words that are not past-tense verbs.
var txNotPastEd = []string{
	"bed", "exceed", "hundred", "indeed", "need", "proceed", "red", "seed",
	"speed", "succeed", "united",
}

// Holidays with a fixed date or a rule (rule T16); v encodes month*100+day
// for fixed dates, or a negative rule number for moving ones (-1 Easter,
// -2 Thanksgiving, -3 US Election Day). Election, Independence and Veterans
// need a following "Day".
var txHolidayWords = []txWordVal{
	{"christmas", 1225}, {"easter", -1}, {"election", -3}, {"halloween", 1031},
	{"independence", 704}, {"thanksgiving", -2}, {"veterans", 1111},
}

// Lexicon flags of a word (txLex.cls).
const (
	txcMonth = 1 << iota
	txcWeekday
	txcUnit
	txcNum
	txcOrd
	txcPOD
	txcSeason
	txcRel
	txcSet
	txcApprox
	txcHoliday
	txcZone
	txcPast
	txcFuture
	txcNotPast
	txcTrigger // other words that can start an expression
	txcWeak    // a trigger only when a strong word or a number follows

	// txcStrong are the classes that make a following expression likely
	// (with non-weak triggers such as "today").
	txcStrong = txcMonth | txcWeekday | txcUnit | txcNum | txcOrd | txcPOD | txcSeason | txcRel | txcSet | txcHoliday
)

// txWeakTriggers are trigger words too common to start a match on their
// own; the scan tries them only with a number or calendar word close by.
var txWeakTriggers = []string{
	"a", "an", "at", "beginning", "couple", "distant", "dozen", "each",
	"early", "earlier", "end", "every", "fewer", "fiscal", "half", "immediate",
	"late", "later", "less", "mid", "middle", "more", "near", "no", "over", "q",
	"right", "some", "start", "the", "these", "up", "within",
}

// Function-word codes (txLex.fw): the weak words that approx (T14) and
// modifier (T13) tell apart, by code rather than by their letters.
const (
	txfNone = iota
	txfAt
	txfBeginning
	txfEarlier
	txfEarly
	txfEnd
	txfFewer
	txfLate
	txfLater
	txfLess
	txfMid
	txfMiddle
	txfMore
	txfNo
	txfOver
	txfSome
	txfStart
	txfUp
	// The codes of txWordCodes, read where a rule asks for one of a few
	// words: no weak function word of approx or modifier has one.
	txfA
	txfAn
	txfEach
	txfEvery
	txfFew
	txfFiscal
	txfHalf
	txfMany
	txfQ
	txfSeveral
)

// txFuncWords maps the function words of approx and modifier to their
// codes (txf*); every one is a weak trigger.
var txFuncWords = []txWordVal{
	{"at", txfAt}, {"beginning", txfBeginning}, {"earlier", txfEarlier},
	{"early", txfEarly}, {"end", txfEnd}, {"fewer", txfFewer}, {"late", txfLate},
	{"later", txfLater}, {"less", txfLess}, {"mid", txfMid},
	{"middle", txfMiddle}, {"more", txfMore}, {"no", txfNo}, {"over", txfOver},
	{"some", txfSome}, {"start", txfStart}, {"up", txfUp},
}

// txWordCodes gives codes (txf*) to more words of the lexicon, which the
// rules (core, numPhrase) tell apart by their entry rather than by their
// letters: a word token has the code c exactly when it is the word of c
// (in any case), as each code is given to one word only and a token's
// entry is that of its lower-case form. Each word is in the lexicon
// through another list; the codes add none (TestTxWordCodes).
var txWordCodes = []txWordVal{
	{"a", txfA}, {"an", txfAn}, {"each", txfEach}, {"every", txfEvery},
	{"few", txfFew}, {"fiscal", txfFiscal}, {"half", txfHalf},
	{"many", txfMany}, {"q", txfQ}, {"several", txfSeveral},
}

// The rules of a trigger word's head (txLex.heads, core): a word without
// the bit of a rule is no head of it, and core does not try it.
const (
	txhDeictic  = 1 << iota // deictic (T5, T10)
	txhClock                // clock (T11)
	txhYear                 // year (T3): fiscal
	txhDecade               // decade (T3b)
	txhDuration             // duration (T7, T8) at a word with no number class: a, an, half, some
)

// txHeadWords lists, per rule of txLex.heads, the words that deictic,
// clock, year and decade take as their head, and the words with no
// number class that duration takes (numPhrase); at any other trigger
// word they find nothing, nor does wordYear at a trigger word with no
// number class (TestTxHeads).
var txHeadWords = map[uint8][]string{
	txhDeictic: {"currently", "distant", "future", "immediate", "lately", "midday", "midnight", "near",
		"noon", "now", "nowadays", "recently", "right", "these", "today", "tomorrow", "tonight", "yesterday"},
	txhClock:    {"midday", "midnight", "noon"},
	txhYear:     {"fiscal"},
	txhDecade:   {"eighties", "nineties", "seventies", "sixties"},
	txhDuration: {"a", "an", "half", "some"},
}

// txTriggerWords are further words that can start (or prefix) an
// expression: deictic adverbs, determiners and modifiers.
var txTriggerWords = []string{
	"a", "an", "at", "beginning", "couple", "currently", "distant", "dozen",
	"each", "earlier", "early", "eighties", "end", "every", "fewer", "fiscal",
	"future", "half", "immediate", "late", "lately", "later", "less", "mid",
	"midday", "middle", "midnight", "more", "near", "nineties", "no", "noon",
	"now", "nowadays", "over", "q", "recently", "right", "seventies", "sixties",
	"some", "start", "the", "these", "today", "tomorrow", "tonight", "up",
	"within", "yesterday",
}

// txLex is the lexicon entry of a lower-case word.
type txLex struct {
	cls                                                      uint32
	month, wday, unit, num, ord, pod, season, rel, set, hday int
	plural                                                   bool
	fw                                                       uint8 // function-word code, txf*
	heads                                                    uint8 // txh* rules it may head
	// hot: the word can start an expression (txParser.trigger) or let a
	// weak trigger before it start one: it has a strong class, or a class
	// that starts one and is not weak.
	hot bool
}

// txLexTable is the read-only word table: ids maps a lower-case word to
// its index in entries (entry 0 is unused, so a zero token index means no
// entry). Tokens hold the index, not a pointer, so token slices carry no
// pointers for the garbage collector.
type txLexTable struct {
	ids     map[string]uint16
	entries []txLex
	// idx indexes the words of ids for the tokenizer, which looks up
	// every word: find folds ASCII case itself, rejects most words
	// before hashing them, and is faster than the map.
	idx    lexIndex
	idxIDs []uint16 // per key of idx: its entry
	// bytes holds the class bits (txb*) of each byte, for the
	// tokenizer's loops; bytes of multi-byte UTF-8 runes have none.
	bytes [256]uint8
	// short is a second index of the words of at most eight bytes, for
	// the loop of txPlainWords, which has the word, lower-cased, in a
	// register: an open-addressing table of the words packed into a
	// number (txPack), about a quarter full.
	short [txShortSlots]txShortSlot
	// long is the like index of the words of nine to sixteen bytes,
	// packed into two numbers, for the same loop (txLongWord).
	long   [txLongSlots]txLongSlot
	longOK bool // long holds all those words (else txLongWord finds none)
	// hotBits has bit txHotHash(txPack(w)) set for each hot word w of
	// one to eight bytes: a filter that tells most other words at once
	// (txColdRun), with no probe.
	hotBits [txHotBits / 64]uint64
	// lexBits is the like filter of all the words of one to eight
	// bytes (txPlainWords), and (txHotHash2) of nine to sixteen
	// (txLongWord).
	lexBits [txHotBits / 64]uint64
}

// txHotBits is the size of txLexTable.hotBits in bits: a power of two.
const txHotBits = 1 << 14

// txHotHash returns the bit of txLexTable.hotBits and lexBits of the
// packed word w of one to eight bytes.
func txHotHash(w uint64) uint32 {
	return uint32((w*0x9e3779b97f4a7c15)>>50) & (txHotBits - 1)
}

// txHotHash2 returns the bit of txLexTable.lexBits of a word of nine to
// sixteen bytes, packed into lo and hi as in txLexTable.long.
func txHotHash2(lo, hi uint64) uint32 {
	return uint32(((lo^hi*0xff51afd7ed558ccd)*0x9e3779b97f4a7c15)>>50) & (txHotBits - 1)
}

// txLongSlots is the size of txLexTable.long: a power of two.
const txLongSlots = 128

// A txLongSlot holds a word of nine to sixteen bytes packed by txPack,
// its first eight bytes in lo and the others in hi (lo is 0 when the
// slot is empty), its entry and the entry's hot.
type txLongSlot struct {
	lo, hi uint64
	id     uint16
	hot    bool
}

// txLongHash returns the slot of txLexTable.long where the search for the
// packed word lo, hi starts.
func txLongHash(lo, hi uint64) uint32 {
	return uint32(((lo^hi*0xff51afd7ed558ccd)*0x9e3779b97f4a7c15)>>57) & (txLongSlots - 1)
}

// txShortSlots is the size of txLexTable.short: a power of two.
const txShortSlots = 1024

// A txShortSlot holds a word packed by txPack (0 when empty), its entry
// and the entry's hot.
type txShortSlot struct {
	word uint64
	id   uint16
	hot  bool
}

// txPack returns the word s of one to eight bytes as a little-endian
// number, s[0] in the low byte.
func txPack(s string) uint64 {
	var w uint64
	for i := len(s) - 1; i >= 0; i-- {
		w = w<<8 | uint64(s[i])
	}
	return w
}

// txShortHash returns the slot of txLexTable.short where the search for
// the packed word w starts.
func txShortHash(w uint64) uint32 {
	return uint32((w*0x9e3779b97f4a7c15)>>54) & (txShortSlots - 1)
}

// The byte classes of txLexTable.bytes.
const (
	txbSpace  uint8 = 1 << iota // ASCII white space: ' ', \t, \n, \v, \f, \r
	txbLetter                   // an ASCII letter
)

var (
	txLexOnce sync.Once
	txLexTab  *txLexTable
)

// txLexicon returns the read-only word table, built once.
func txLexicon() *txLexTable {
	txLexOnce.Do(func() {
		t := &txLexTable{ids: make(map[string]uint16, 256), entries: make([]txLex, 1, 256)}
		get := func(w string) *txLex {
			id, ok := t.ids[w]
			if !ok {
				id = uint16(len(t.entries))
				t.entries = append(t.entries, txLex{})
				t.ids[w] = id
			}
			return &t.entries[id]
		}
		for _, x := range txMonthWords {
			e := get(x.w)
			e.cls |= txcMonth
			e.month = x.v
		}
		for _, x := range txWeekdayWords {
			e := get(x.w)
			e.cls |= txcWeekday
			e.wday = x.v
		}
		for _, x := range txUnitWords {
			e := get(x.w)
			e.cls |= txcUnit
			e.unit = x.v % 100
			e.plural = x.v >= 100
		}
		for _, x := range txNumberWords {
			e := get(x.w)
			e.cls |= txcNum
			e.num = x.v
		}
		for _, x := range txOrdinalWords {
			e := get(x.w)
			e.cls |= txcOrd
			e.ord = x.v
		}
		for _, x := range txPODWords {
			e := get(x.w)
			e.cls |= txcPOD
			e.pod = x.v
		}
		for _, x := range txSeasonWords {
			e := get(x.w)
			e.cls |= txcSeason
			e.season = x.v
		}
		for _, x := range txRelWords {
			e := get(x.w)
			e.cls |= txcRel
			e.rel = x.v
		}
		for _, x := range txSetWords {
			e := get(x.w)
			e.cls |= txcSet
			e.set = x.v
		}
		for _, x := range txHolidayWords {
			e := get(x.w)
			e.cls |= txcHoliday
			e.hday = x.v
		}
		for _, w := range txApproxWords {
			get(w).cls |= txcApprox
		}
		for _, w := range txTimeZones {
			get(w).cls |= txcZone
		}
		for _, w := range txPastCues {
			get(w).cls |= txcPast
		}
		for _, w := range txFutureCues {
			get(w).cls |= txcFuture
		}
		for _, w := range txNotPastEd {
			get(w).cls |= txcNotPast
		}
		for _, w := range txTriggerWords {
			get(w).cls |= txcTrigger
		}
		for _, w := range txWeakTriggers {
			get(w).cls |= txcWeak
		}
		for _, x := range txFuncWords {
			get(x.w).fw = uint8(x.v)
		}
		for _, x := range txWordCodes {
			if id, ok := t.ids[x.w]; ok { // always (TestTxWordCodes)
				t.entries[id].fw = uint8(x.v)
			}
		}
		for h, ws := range txHeadWords {
			for _, w := range ws {
				get(w).heads |= h
			}
		}
		for i := range t.entries {
			e := &t.entries[i]
			e.hot = e.cls&txcStrong != 0 || e.cls&^(txcZone|txcPast|txcFuture|txcNotPast) != 0 && e.cls&txcWeak == 0
		}
		t.idx, t.idxIDs = lexIndexOf(t.ids)
		for w, id := range t.ids {
			if len(w) == 0 || len(w) > 8 || len(t.ids) > txShortSlots/2 {
				continue // the table stays at most half full (a quarter now)
			}
			i := txShortHash(txPack(w))
			for t.short[i].word != 0 {
				i = (i + 1) & (txShortSlots - 1)
			}
			t.short[i] = txShortSlot{txPack(w), id, t.entries[id].hot}
		}
		for w, id := range t.ids {
			if len(w) > 8 && len(w) <= 16 {
				h := txHotHash2(txPack(w[:8]), txPack(w[8:]))
				t.lexBits[h/64] |= 1 << (h % 64)
			}
			if len(w) == 0 || len(w) > 8 {
				continue
			}
			h := txHotHash(txPack(w))
			t.lexBits[h/64] |= 1 << (h % 64)
			if t.entries[id].hot {
				t.hotBits[h/64] |= 1 << (h % 64)
			}
		}
		nlong := 0
		for w := range t.ids {
			if len(w) > 8 && len(w) <= 16 {
				nlong++
			}
		}
		t.longOK = nlong <= txLongSlots/2 // the table stays at most half full
		for w, id := range t.ids {
			if len(w) <= 8 || len(w) > 16 || !t.longOK {
				continue
			}
			lo, hi := txPack(w[:8]), txPack(w[8:])
			i := txLongHash(lo, hi)
			for t.long[i].lo != 0 {
				i = (i + 1) & (txLongSlots - 1)
			}
			t.long[i] = txLongSlot{lo, hi, id, t.entries[id].hot}
		}
		for c := range 256 {
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				t.bytes[c] = txbSpace
			case txIsASCIILetter(byte(c)):
				t.bytes[c] = txbLetter
			}
		}
		txLexTab = t
	})
	return txLexTab
}
