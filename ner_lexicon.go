package news

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Word lists for the tokenizer and the name tagger. All lists were written
// by hand for this package from general knowledge of English news style
// (AP-style abbreviations, common titles and organisation words); none is
// taken from a corpus. Each list is sorted and free of duplicates
// (TestNERLexiconSorted checks this).

// nerAbbrevs are case-sensitive words that keep a following '.' (rule K7):
// titles, company suffixes, month names and US state abbreviations.
var nerAbbrevs = []string{
	"Adm", "Ala", "Apr", "Ariz", "Aug", "Ave", "Blvd", "Brig", "Calif", "Capt", "Cmdr",
	"Co", "Col", "Colo", "Conn", "Corp", "Cpl", "Dec", "Del", "Dept", "Dr", "Feb",
	"Fla", "Fr", "Ft", "Ga", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Kan", "Ky",
	"Lt", "Ltd", "Maj", "Md", "Messrs", "Mich", "Minn", "Mo", "Mr", "Mrs", "Ms",
	"Mt", "Neb", "Nev", "No", "Nov", "Oct", "Okla", "Ore", "Pa", "Pvt", "Rep", "Rev",
	"Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "Tenn", "Tex", "Va", "Vt",
	"Wis", "Wyo", "approx", "cf", "etc", "vs",
}

// nerHyphenTails are lower-case second parts of compounds such as
// "Khan-led" whose first part is the name (rule K8); any part ending in
// "ed" or "ing" also counts.
var nerHyphenTails = []string{
	"born", "bred", "centric", "era", "friendly", "held", "led", "made", "run",
	"style", "type", "wide",
}

// nerTitles are lower-case titles and honorifics that come before a
// person's name (trailing dots are removed before lookup).
var nerTitles = []string{
	"adm", "admiral", "ambassador", "archbishop", "bishop", "brig", "capt",
	"captain", "cardinal", "chairman", "chairwoman", "chancellor", "chief", "cmdr",
	"coach", "col", "colonel", "commissioner", "congressman", "congresswoman",
	"cpl", "dame", "deputy", "det", "detective", "dr", "father", "gen", "general",
	"gov", "governor", "imam", "inspector", "judge", "justice", "king", "lady",
	"lord", "lt", "maj", "major", "mayor", "messrs", "minister", "miss", "mr",
	"mrs", "ms", "mufti", "pope", "premier", "president", "prince", "princess",
	"prof", "professor", "queen", "rabbi", "rep", "representative", "rev",
	"secretary", "sen", "senator", "sergeant", "sgt", "sheikh", "sir", "sister",
	"speaker", "spokesman", "spokeswoman", "superintendent", "supt",
}

// nerOrgWords are lower-case words that often end or head organisation
// names (trailing dots are removed before lookup).
var nerOrgWords = []string{
	"academy", "agency", "airlines", "airways", "alliance", "army", "assembly",
	"association", "authority", "bancorp", "bank", "board", "bureau", "cabinet",
	"club", "co", "coalition", "college", "commission", "committee", "company",
	"congress", "corp", "corporation", "council", "court", "department",
	"exchange", "federation", "foundation", "front", "fund", "group", "holdings",
	"inc", "industries", "institute", "league", "llc", "ltd", "ministry",
	"movement", "navy", "network", "organisation", "organization", "parliament",
	"party", "plc", "police", "senate", "service", "society", "tribunal", "trust",
	"union", "university",
}

// nerTimeWords are lower-case month and weekday names and their
// abbreviations; they start with a capital but are not names.
var nerTimeWords = []string{
	"apr", "april", "aug", "august", "dec", "december", "feb", "february", "fri",
	"friday", "jan", "january", "jul", "july", "jun", "june", "mar", "march",
	"monday", "nov", "november", "oct", "october", "sat", "saturday", "sep",
	"sept", "september", "sun", "sunday", "thu", "thurs", "thursday", "tue",
	"tues", "tuesday", "wed", "wednesday",
}

// nerParticles are lower-case words that may stand inside a multi-word name
// between capitalised words (Bank of England, Ludwig van Beethoven, Inzamam
// ul Haq).
var nerParticles = []string{
	"al", "and", "bin", "binti", "da", "das", "de", "del", "della", "der", "des",
	"di", "do", "dos", "du", "el", "for", "ibn", "la", "le", "of",
	"ul", "ur", "van", "von", "y", "zu",
}

// nerFunctionWords are lower-case determiners, pronouns and conjunctions
// that start sentences but never names (rule N8). Single letters and words
// that are also abbreviations or initials (A., I, No., IT) are left out.
var nerFunctionWords = []string{
	"after", "also", "although", "another", "because", "before", "both", "but",
	"each", "every", "he", "her", "his", "however", "if", "its", "many",
	"meanwhile", "most", "my", "our", "she", "some", "such", "that", "the",
	"their", "these", "they", "this", "those", "though", "we", "when", "while",
	"yet", "you", "your",
}

// nerIsAbbrev reports whether w is a case-sensitive abbreviation that keeps
// its final dot (K7). The tokenizer asks at the end of most sentences: a
// word of up to seven bytes is looked up by its bytes as a number in
// nerAbbrevSet, without comparing strings.
func nerIsAbbrev(w string) bool {
	if len(w) <= 7 {
		return nerAbbrevSet.has(nerAbbrevKey(w))
	}
	i := sort.SearchStrings(nerAbbrevs, w)
	return i < len(nerAbbrevs) && nerAbbrevs[i] == w
}

// nerAbbrevKey returns the bytes of w (at most seven) and one more than
// its length as a number: two words have the same key only if they are
// equal, and no key is 0.
func nerAbbrevKey(w string) uint64 {
	k := uint64(len(w)+1) << 56
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

// nerKeySet is a set of nonzero keys: an open-addressing table (linear
// probing), built once and read-only afterwards.
type nerKeySet [256]uint64

// has reports whether k is in s.
func (s *nerKeySet) has(k uint64) bool {
	for i := (k * 0x9E3779B97F4A7C15) >> 56; ; i = (i + 1) & 255 {
		switch s[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// nerAbbrevSet holds the keys (see nerAbbrevKey) of the abbreviations of
// up to seven bytes.
var nerAbbrevSet = func() *nerKeySet {
	s := new(nerKeySet)
	for _, w := range nerAbbrevs {
		if len(w) > 7 {
			continue
		}
		k := nerAbbrevKey(w)
		i := (k * 0x9E3779B97F4A7C15) >> 56
		for s[i] != 0 && s[i] != k {
			i = (i + 1) & 255
		}
		s[i] = k
	}
	return s
}()

// nerIsHyphenTail reports whether the lower-case word s is a compound tail
// such as "led" or "based" (K8).
func nerIsHyphenTail(s string) bool {
	if strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ing") {
		return true
	}
	i := sort.SearchStrings(nerHyphenTails, s)
	return i < len(nerHyphenTails) && nerHyphenTails[i] == s
}

// nerClass is a bit set of the word lists a lower-case word belongs to.
type nerClass uint8

// The word-list classes.
const (
	nerClassTitle nerClass = 1 << iota
	nerClassOrg
	nerClassTime
	nerClassParticle
	nerClassFunction
)

// nerClassTable maps the lower-case hash (see nerHashLower) of every listed
// word to its classes. It is a small open-addressing table (fits in the
// first-level cache), built once and read-only afterwards.
type nerClassTable struct {
	keys    []uint64
	classes []nerClass
	mask    uint64
	// oneLower[c] and oneClass[c] are the lower-case hash and the classes
	// of the one-byte text c (ASCII), which nerDoc.window reads for the
	// one-byte punctuation tokens instead of hashing and probing.
	oneLower [utf8.RuneSelf]uint64
	oneClass [utf8.RuneSelf]nerClass
}

// The class table, built once by nerClasses and read-only afterwards.
var (
	nerClassOnce sync.Once
	nerClassTab  *nerClassTable
)

// get returns the classes of the word with lower-case hash h.
func (t *nerClassTable) get(h uint64) nerClass {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.classes[i]
		case 0:
			return 0
		}
	}
}

// nerHashOneByte is nerHashLower of the one-byte text c (ASCII).
func nerHashOneByte(c byte) uint64 {
	return (nerFNVOffset ^ uint64(nerASCIILower[c])) * nerFNVPrime
}

// nerClasses returns the read-only class table, building it on first use.
func nerClasses() *nerClassTable {
	nerClassOnce.Do(func() {
		t := &nerClassTable{keys: make([]uint64, 1024), classes: make([]nerClass, 1024), mask: 1023}
		add := func(list []string, c nerClass) {
			for _, w := range list {
				h := nerHashLower(w)
				i := h & t.mask
				for t.keys[i] != 0 && t.keys[i] != h {
					i = (i + 1) & t.mask
				}
				t.keys[i] = h
				t.classes[i] |= c
			}
		}
		add(nerTitles, nerClassTitle)
		add(nerOrgWords, nerClassOrg)
		add(nerTimeWords, nerClassTime)
		add(nerParticles, nerClassParticle)
		add(nerFunctionWords, nerClassFunction)
		for c := range utf8.RuneSelf {
			h := nerHashOneByte(byte(c))
			t.oneLower[c], t.oneClass[c] = h, t.get(h)
		}
		nerClassTab = t
	})
	return nerClassTab
}
