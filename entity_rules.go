package news

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The entity rules. Names come from the tagger (ner.go) and the dateline;
// these rules clean them, type them, merge aliases and link descriptions
// and pronouns.
//
//	E1  a name loses the titles and ranks written before it ("General",
//	    "Major (r)", "Lt. Gen."): they become the entity's titles, and the
//	    titled form is kept as a mention of kind "title".
//	E2  a lone title, a pronoun, a month or weekday, or a sentence-initial
//	    common word ("Quoting", "When") is not a name.
//	E3  a name's type is the vote of all its mentions: titles, given names
//	    and person role words say person; organisation words ("Party",
//	    "Ministry") and acronyms say organisation; the gazetteer and "in",
//	    "at", "to", "from" before a name say location; the tagger's type
//	    counts once per mention.
//	E4  aliases merge: a person name whose words are a subset of another
//	    person's name ("Warsame", "Amina Yusuf" and "Amina Yusuf
//	    Warsame"); an acronym and its expansion ("Pakistan Peoples Party
//	    (PPP)", or initials matching); the same name in another case
//	    ("ISLAMABAD", "Islamabad"). When two entities could take an alias,
//	    the more salient one does.
//	E5  descriptions: an appositive ("Warsame, a retired army officer,") and
//	    a role phrase before a name ("Former finance minister Lena
//	    Chaudhry") describe that entity.
//	E6  a definite description ("the general", "the party leader") refers to
//	    the most salient entity whose titles or descriptions share its head
//	    or a modifier; failing that, a person description refers to the
//	    most salient person and an organisation description to the most
//	    salient organisation.
//	E7  pronouns: he, she and their forms refer to (a) the speaker of the
//	    attribution whose content they open ("X said he ..."), else (b) the
//	    nearest earlier person of the same sentence, else (c) the subject of
//	    the previous sentence, else (d) the most salient person; gender must
//	    agree where it is known.
//	E8  a quote's speaker phrase headed by a lower-case person noun ("a
//	    White House official", "a Trump aide") is the entity only when the
//	    phrase itself is its mention (a linked description); a name that
//	    merely qualifies the head does not speak.
//
// Salience: each mention adds 2 (a subject: the first mention of its
// sentence not after a preposition) or 1, halved for every sentence since.

// entity is an entity under construction.
//
// The slab of an article holds some dozens of them: the small fields come
// last, packed.
type entity struct {
	name      string
	acronym   string
	noGender  string // the first word of a name that lexGivenName gave no gender
	votes     [5]float64
	salience  float64 // as of sentence salSent
	first     int     // position of the first mention (addMention)
	kind      EntityKind
	titles    strList // each once, in order of first use
	descs     strList // each once, in order of first use
	salSent   int32
	nMention  int32     // how many mentions it has
	mentions  int32     // where its next mention goes in the packed mentions (entities)
	mruPrev   int32     // the entity mentioned next after its latest mention (-1): see edoc.mruHead
	mruNext   int32     // the entity whose latest mention is the one before its own (-1)
	lastSeq   int32     // 1 + the number of its latest mention that added salience (edoc.nRecent), 0 for none
	words     wordRange // the keys of the lower-cased words of its fullest name
	acrKey    int32     // the key of the acronym (appendAcronymKey)
	ner       nerType
	gender    byte // 'm', 'f' or 0
	described bool // it has words in descOf: titles or descriptions
}

// edoc is the working state of the entity finder.
type edoc struct {
	*textDoc
	// The textDoc's text and arrays, which do not change while the finder
	// lives, copied here so that reading a token is one indirection rather
	// than two (through the *textDoc): the rules read tokens at every
	// step. They hide the textDoc's fields of the same names, as sentAt
	// and lowAt hide its methods.
	text, lowText string
	toks          []token
	sents         [][2]int
	sentOf        []int32

	a         *Article
	sc        *entityScratch // where the arrays below come from
	lists     *eWords        // eWordTable
	ents      []*entity
	tokBits   []uint8     // per token: eCovered, eInQuote (marks only), eMentionStart, eTitleWord
	marks     []int32     // the tokens the rules start at (classify)
	winfo     []uint32    // per token: 0, or the eWordInfo of its word (wordAt)
	vw        []vocabWord // the entries of the word ids (textDoc.vocab.words)
	wids      []int32     // textDoc.ids, a field of its own so that wordAt inlines
	nextMk    int         // the first of marks that readSentence has not passed
	nextStart int         // the first of the attribution starts after the last pronoun (contentAt)
	starts    []attrStart // the attributions by the token their content starts at (read)
	attrs     []qattr     // the attributions
	mention   []emention  // every resolved mention, in text order
	subject   []int       // per sentence: entity of its subject, -1
	cur       int         // the sentence being read

	// The index that keeps alias matching and resolution linear. Every
	// string it knows (a lower-cased name, an acronym key or initials, a
	// word of a name, a title or a description) has a number, its key:
	// key and addKey find it through keySlots, and keys[key] says what
	// the string stands for. How an entity uses a word of its titles and
	// descriptions is in descOf, by key and entity (descKey). The strings
	// are substrings of the text (td.lowText) wherever possible, so that
	// indexing a name does not build strings.
	keySlots []uint64 // a hash table (see findKey): 0, or lexHash << 32 | 1 + key
	keys     []keyRefs
	descOf   map[uint64]descWord
	wordNode []wordNode // per name word, its entities as a list, newest first
	// The entities in order of their latest mention that added salience
	// (addMention), newest first: the first, and the next through
	// entity.mruNext (-1 ends the list); and how many such mentions
	// there have been. Mentions are read sentence by sentence, so the
	// list is in the order of entity.salSent too (for active).
	mruHead int32
	nRecent int32
	sorted  bool // mention is sorted by Start
	longest int  // the length in bytes of the longest mention
	// A filter for knownSurname: the bit surnameBit(s) is set for the
	// last word s of each name of two words or more that an entity has
	// had as its fullest (noteSurname), so that most words are known to
	// be none without looking them up.
	surnames [surnameBits / 64]uint64

	// Per-article backing stores, so that entities do not each allocate
	// their own small slices: the entities themselves and the word keys
	// of their names (each entity's words a wordRange of words).
	slab    []entity
	words   []int32
	strs    []strNode   // the titles and descriptions of every entity
	facts   []nameFacts // see factsOf
	scratch []string    // the words of one title or description, reused
	nameBuf []string    // the words of one name, reused
}

// The bits of edoc.tokBits.
const (
	eCovered         uint8 = 1 << iota // inside a name candidate (ruleNames)
	eInQuote                           // inside a direct quotation (set on the marks alone: see read)
	eMentionStart                      // a mention starts here
	eTitleWord                         // a capitalised word that is a title or starts one (eTitleTable)
	eThe                               // lowAt is "the"
	ePronoun                           // lowAt is he, she or one of their forms (pronounGender, not plural)
	eTitleFullWord                     // eTitleTable: the word is a title (eTitleFull)
	eTitlePrefixWord                   // eTitleTable: the word starts a longer title (eTitlePrefix)
)

// eTitleShift shifts the bits of a token down to the eTitleTable flags of
// its word: tokBits[k]>>eTitleShift is eTitleFull|eTitlePrefix as they
// apply.
const eTitleShift = 6

// strList is a list of strings of one entity (its titles, its
// descriptions) kept in the article's edoc.strs: the first and last nodes,
// which mean something only when the length n is not 0 (the zero value is
// the empty list).
type strList struct {
	head, tail, n int32
}

// strNode is a node of a strList: a string and the node after it, or -1.
type strNode struct {
	s    string
	next int32
}

// contains reports whether the list l holds s.
func (d *edoc) contains(l strList, s string) bool {
	if l.n == 0 {
		return false
	}
	for n := l.head; n >= 0; n = d.strs[n].next {
		if d.strs[n].s == s {
			return true
		}
	}
	return false
}

// appendOnce adds s to the end of the list l unless l holds it already.
func (d *edoc) appendOnce(l *strList, s string) {
	if d.contains(*l, s) {
		return
	}
	d.strs = append(d.strs, strNode{s: s, next: -1})
	n := int32(len(d.strs) - 1)
	if l.n == 0 {
		l.head = n
	} else {
		d.strs[l.tail].next = n
	}
	l.tail = n
	l.n++
}

// appendList appends the strings of l to dst.
func (d *edoc) appendList(dst []string, l strList) []string {
	if l.n == 0 {
		return dst
	}
	for n := l.head; n >= 0; n = d.strs[n].next {
		dst = append(dst, d.strs[n].s)
	}
	return dst
}

// The kinds of ref of a key of the article's index (keyRefs).
const (
	idxName  uint8 = iota // a lower-cased name; the ref is its entity
	idxAcr                // an acronym key or initials; the ref is the entity
	idxWord               // a name word; the ref is the newest wordNode of the entities that have it
	idxFacts              // a lower-cased name; the ref is the nameFacts of one way of writing it
)

// keyRefs is what a key of the index stands for.
type keyRefs struct {
	s    string   // the string of the key
	refs [4]int32 // for each kind (idxName, idxAcr, idxWord, idxFacts) 1 + its ref, 0 for none
	// For a lower-cased name, the keys of its words, when split (see
	// nameKeys).
	words wordRange
	split bool
}

// wordRange is a window of edoc.words: the keys of the words of a name.
type wordRange struct{ start, end int32 }

// wordsIn returns the keys of r, with no spare capacity.
func (d *edoc) wordsIn(r wordRange) []int32 { return d.words[r.start:r.end:r.end] }

// key returns the key of s, or -1 when the index has none.
func (d *edoc) key(s string) int32 {
	k, _, _ := d.findKey(s)
	return k
}

// findKey returns the key of s, or -1 and the slot of keySlots where it
// goes, and the hash of s. The slots are a hash table with linear
// probing, at most half full (addKey), whose keys are never removed: a
// slot holds the hash of its string (lexHash) in its high half, so that
// most probes compare no string, and 1 + its key in the low half.
func (d *edoc) findKey(s string) (int32, int, uint32) {
	h := lexHash(s)
	mask := len(d.keySlots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		sl := d.keySlots[i]
		if sl == 0 {
			return -1, i, h
		}
		if k := int32(uint32(sl)) - 1; uint32(sl>>32) == h && d.keys[k].s == s {
			return k, i, h
		}
	}
}

// addKey returns the key of s, giving it one if it has none.
func (d *edoc) addKey(s string) int32 {
	k, i, h := d.findKey(s)
	if k >= 0 {
		return k
	}
	k = int32(len(d.keys))
	d.keys = append(d.keys, keyRefs{s: s})
	d.keySlots[i] = uint64(h)<<32 | uint64(k+1)
	if 2*len(d.keys) > len(d.keySlots) {
		d.growKeys()
	}
	return k
}

// growKeys doubles keySlots, keeping it at most half full.
func (d *edoc) growKeys() {
	old := d.keySlots
	d.keySlots = make([]uint64, 2*len(old))
	mask := len(d.keySlots) - 1
	for _, sl := range old {
		if sl == 0 {
			continue
		}
		i := int(sl>>32) & mask
		for d.keySlots[i] != 0 {
			i = (i + 1) & mask
		}
		d.keySlots[i] = sl
	}
}

// ref returns the ref of the given kind of key k (-1 for none).
func (d *edoc) ref(k int32, kind uint8) (int, bool) {
	if k < 0 {
		return -1, false
	}
	r := d.keys[k].refs[kind]
	return int(r) - 1, r != 0
}

// setRef records ref for key k of the given kind.
func (d *edoc) setRef(k int32, kind uint8, ref int) {
	d.keys[k].refs[kind] = int32(ref) + 1
}

// lookup returns the ref of string s of the given kind.
func (d *edoc) lookup(kind uint8, s string) (int, bool) {
	return d.ref(d.key(s), kind)
}

// nameFacts are what the word lists say of a name as written (E3), for
// evidence, match and the gender of addName: looked up once per article
// for each way of writing a name (factsOf), where most names come back
// several times.
type nameFacts struct {
	text    string // the name as written
	fwLen   int32  // the length of its first word (firstWord)
	gender  byte   // lexGivenName of the first word
	given   bool   // the first word is in lexGivenName
	common  bool   // ... as a common word too
	place   bool   // lexPlace
	demonym bool   // lexDemonym
	acronym bool   // isAcronym
}

// factsOf returns the nameFacts of text, a name whose lower-cased form
// has key nk and which starts at token first. The facts of the way nk
// was last written are kept (the ref idxFacts of nk), where addName reads
// them when the name comes back written the same way; factsOf looks the
// others up. The pointer is into d.facts: valid until the next call.
func (d *edoc) factsOf(nk int32, text string, first int) *nameFacts {
	// The first word, or the whole name, is the text of the first token
	// when it has its length (text starts where the token does): its
	// entry has the lookups (W2). A word token holds no white space: a
	// name of one token is its own first word.
	var e *vocabWord
	n := -1 // the length of the entry's text
	if id := d.ids[first]; id != 0 && d.vw[id-1].eName&eNameLooked != 0 {
		e, n = &d.vw[id-1], d.toks[first].End-d.toks[first].Start
	}
	var f nameFacts
	var fw string
	if e != nil && len(text) == n {
		fw = text
		f = nameFacts{text: text, fwLen: int32(len(fw)), acronym: e.eName&eNameAcronym != 0}
	} else {
		fw = d.nameFirstWord(text, first)
		f = nameFacts{text: text, fwLen: int32(len(fw)), acronym: isAcronym(text)}
	}
	if e != nil && len(fw) == n {
		f.gender, f.common, f.given = e.eGender, e.eName&eNameCommon != 0, e.eName&eNameGiven != 0
	} else {
		f.gender, f.common, f.given = lexGivenName(fw)
	}
	if e != nil && len(text) == n {
		f.place, f.demonym = e.eName&eNamePlace != 0, e.eName&eNameDemonym != 0
	} else {
		_, _, f.place = lexPlace(text)
		_, f.demonym = lexDemonym(text)
	}
	d.facts = append(d.facts, f)
	d.keys[nk].refs[idxFacts] = int32(len(d.facts))
	return &d.facts[len(d.facts)-1]
}

// descKey is the key of descOf for entity ei and the word of key k.
func descKey(k int32, ei int) uint64 {
	return uint64(uint32(k))<<32 | uint64(uint32(ei))
}

// descWordOf returns how entity ei uses the word of key k (-1 for a word
// the index does not know) in its titles and descriptions.
func (d *edoc) descWordOf(ei int, k int32) descWord {
	if k < 0 {
		return descWord{}
	}
	return d.descOf[descKey(k, ei)]
}

// wordNode is one entry of the idxWord lists: an entity that has the word,
// and the node of the entity indexed under the same word before it (-1).
type wordNode struct {
	ent, next int32
}

// descWord says how an entity uses a word: in how many places of its
// titles' words (lower-cased, dots dropped, full forms added: "lt",
// "lieutenant", "gen", "general"), and whether it is the head of one of
// its descriptions or a modifier in one (descHeadWord, descModWord).
type descWord struct {
	titles int32
	flags  uint8
}

// The flags of descWord.
const (
	descHeadWord uint8 = 1 << iota
	descModWord
)

// emention is a resolved mention, kept for speaker lookup. Its token
// (the one it starts at) spares afterPreposition a search, and gives its
// sentence (sentAt).
type emention struct {
	Span
	ent  int
	tok  int32 // the token the mention starts at (addMention), -1 for the dateline
	kind uint8 // a MentionKind
}

// nameCand is a name found in a sentence, in tokens.
type nameCand struct {
	first, last int // token range [first, last)
	end         int // byte end (before a hyphen tail)
	titleStart  int // first token of the titles before it, == first if none (see title)
	sent        int
	typ         nerType
}

// title returns the titles written before the name of c ("Major (r)"),
// "" for none, and their byte offset in the text.
func (d *edoc) title(c *nameCand) (string, int) {
	if c.titleStart >= c.first {
		return "", 0
	}
	raw := d.text[d.toks[c.titleStart].Start:d.toks[c.first-1].End]
	return strings.TrimSpace(raw), d.toks[c.titleStart].Start + len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
}

// entityScratch holds the working arrays of findEntities, none of which
// the analysis keeps: an analysis takes one from entityScratchPool and
// returns it when done (edoc.release), so that a batch of articles reuses
// the same arrays instead of making them per article. Each field is the
// array last used, emptied (and, where it can hold pointers, cleared, so
// that no article's text stays reachable from the pool).
type entityScratch struct {
	doc      edoc // the finder, zero between analyses
	tokBits  []uint8
	ints     []int
	winfo    []uint32
	marks    []int32
	mention  []emention
	cands    []nameCand
	keySlots []uint64
	keys     []keyRefs
	descOf   map[uint64]descWord
	wordNode []wordNode
	words    []int32
	strs     []string
	ents     []*entity
	slab     []entity
	strNodes []strNode
	facts    []nameFacts
	starts   []attrStart
	order    []int    // entities
	ids      []string // entities
}

// entityScratchPool holds the entityScratch of finished analyses.
var entityScratchPool = sync.Pool{New: func() any { return new(entityScratch) }}

// entityScratchMaxTokens bounds the articles whose working arrays are
// pooled: release clears every array to its capacity, and a pool that
// kept the arrays of one huge article would make every later release pay
// for them. Larger scratches are left to the collector.
const entityScratchMaxTokens = 1 << 15

// reuseZero returns s with n zero elements, in its own array when that is
// large enough (the scratch of the entity rules and the tagger).
func reuseZero[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// reuseEmpty returns s emptied, with room for n elements.
func reuseEmpty[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// release returns the working arrays of d to entityScratchPool. Nothing
// the analysis keeps is in them: entities() and finish make their own.
// d must not be used afterwards: it is scratch itself (entityScratch.doc),
// which the next analysis reuses.
func (d *edoc) release() {
	s := d.sc
	if s == nil {
		return
	}
	if cap(s.tokBits) > entityScratchMaxTokens {
		*d = edoc{}
		return
	}
	// The arrays that can hold pointers are cleared as far as this
	// article used them: beyond, they are zero already (each release
	// clears what its article used, and new arrays start zero), so that
	// the cost follows the article rather than the largest the pool has
	// seen. The entities fill the first slab (sc.slab) first.
	clear(d.ents)
	clear(d.strs)
	clear(d.facts)
	clear(s.slab[:min(len(d.ents), cap(s.slab))])
	clear(s.strs) // the scratch and nameBuf, as reuseZero made them
	clear(s.ids)  // as entities made it
	clear(d.keys)
	clear(s.descOf)
	// The arrays as last grown.
	s.mention, s.wordNode, s.ents, s.strNodes = d.mention[:0], d.wordNode[:0], d.ents[:0], d.strs[:0]
	s.keys, s.words, s.facts = d.keys[:0], d.words[:0], d.facts[:0]
	if cap(d.keySlots) > cap(s.keySlots) {
		s.keySlots = d.keySlots // grown (growKeys) beyond the pooled one
	}
	*d = edoc{}
	entityScratchPool.Put(s)
}

// findEntities builds the entities of an article. Its working arrays come
// from entityScratchPool; the caller may hand them back with release.
func findEntities(a *Article, td *textDoc, attrs []qattr) *edoc {
	d, bounds := newEdoc(a, td)
	// The tagger's names are read by candidates only, in the tagger's
	// own array.
	var cands []nameCand
	nerTagTokensFunc(a.Text, td.toks, td.wordIDs(), bounds, func(tagged []nerMention) { cands = d.candidates(tagged) })
	d.read(cands, attrs)
	return d
}

// newEdoc returns the entity finder of an article, its working arrays
// taken from entityScratchPool, and the sentence bounds the tagger wants
// (the end token of each sentence after a 0).
func newEdoc(a *Article, td *textDoc) (*edoc, []int) {
	sc := entityScratchPool.Get().(*entityScratch)
	d := &sc.doc // the finder itself is scratch too: see release
	*d = edoc{textDoc: td, a: a, sc: sc, lists: eWordTable(), vw: td.vocab.words, wids: td.ids, mruHead: -1,
		text: td.text, lowText: td.lowText, toks: td.toks, sents: td.sents, sentOf: td.sentOf}
	// The per-token and per-sentence arrays: the ints are the subjects
	// and bounds (per sentence); winfo and the room for the marks are 32
	// bits a token (as ints they took 16 bytes a token, three times the
	// text, which the bound on the memory of one analysis counts).
	nt, ns := len(td.toks), len(td.sents)
	sc.tokBits = reuseEmpty(sc.tokBits, nt)[:nt] // classify sets every byte
	d.tokBits = sc.tokBits
	sc.ints = reuseZero(sc.ints, 2*ns+1)
	ints := sc.ints
	w := 2*ns + 1
	sc.winfo = reuseZero(sc.winfo, nt)
	d.winfo = sc.winfo[:nt:nt]
	sc.marks = reuseEmpty(sc.marks, nt)
	d.marks = sc.marks[:0:nt]
	d.classify()
	d.subject = ints[:ns:ns]
	for i := range d.subject {
		d.subject[i] = -1
	}
	bounds := td.appendSentBounds(ints[ns:ns:w])
	n := nt/8 + 8
	d.mention = reuseEmpty(sc.mention, n)
	return d, bounds
}

// wordAt returns what the word lists of the entity rules say of token
// k, d.lists.get(d.lowAt(k)) | eWordKnown: from its vocabulary entry
// when it has an id (W2), else from d.winfo, which classify fills for
// the word tokens without an id (lookupWord; words of over 16 bytes,
// rare). The other tokens have no lowAt, so nothing in the lists: their
// d.winfo is 0 and wordAt gives eWordKnown alone. No call, so that
// wordAt is inlined: the rules ask about tens of thousands of tokens an
// article set.
func (d *edoc) wordAt(k int) eWordInfo {
	if id := d.wids[k]; id != 0 {
		return d.vw[id-1].eInfo
	}
	return eWordInfo(d.winfo[k]) | eWordKnown
}

// lookupWord is wordAt for a word token without an id, which classify
// calls once: d.lists.get, with the filter test that rejects most words
// inlined. It returns what it keeps in d.winfo.
func (d *edoc) lookupWord(k int) eWordInfo {
	var w eWordInfo
	if lw := d.lowAt(k); lw != "" {
		if h, ok := d.lists.idx.mayHold(lw); ok {
			if i := d.lists.idx.probe(lw, h, true); i >= 0 {
				w = d.lists.vals[i]
			}
		}
	}
	v := w | eWordKnown
	d.winfo[k] = uint32(v)
	return v
}

// eVocabFill computes the entity rules' fields of a vocabulary entry
// (W2) for the word w, of lower-cased form low: eMarks, what classify
// does with it (eVocabMarks); eInfo, what lookupWord gives; eName and
// eGender, what the name lists say of it (eNameOf).
func eVocabFill(e *vocabWord, w, low string) {
	e.eMarks = eVocabMarks(w, low)
	e.eInfo = eWordInfoOf(low)
	e.eName, e.eGender = eNameOf(w)
}

// The bits of vocabWord.eName: what the name lists say of a word as
// written, when eNameLooked is set.
const (
	eNameLooked  uint8 = 1 << iota // the lists were asked (eNameOf)
	eNameGiven                     // lexGivenName finds it
	eNameCommon                    // ... as a common word too
	eNameWord                      // lexCommonWord
	eNamePlace                     // lexPlace
	eNameDemonym                   // lexDemonym
	eNameAcronym                   // isAcronym
)

// eNameOf returns the eName bits of the word w as written, and its
// lexGivenName gender. A word that starts with a lower-case ASCII letter
// is seldom the start of a name, which is what the rules ask the name
// lists about: it is left out (no eNameLooked), and the few that are
// asked about are looked up then, which keeps the fill of a new word
// short.
func eNameOf(w string) (b uint8, gender byte) {
	if w == "" || 'a' <= w[0] && w[0] <= 'z' {
		return 0, 0
	}
	b = eNameLooked
	gender, common, ok := lexGivenName(w)
	if ok {
		b |= eNameGiven
		if common {
			b |= eNameCommon
		}
	}
	if lexCommonWord(w) {
		b |= eNameWord
	}
	if _, _, ok := lexPlace(w); ok {
		b |= eNamePlace
	}
	if _, ok := lexDemonym(w); ok {
		b |= eNameDemonym
	}
	if isAcronym(w) {
		b |= eNameAcronym
	}
	return b, gender
}

// givenName is lexGivenName of the text of token k, read from its entry
// when it has an id and the entry has it (W2, eNameLooked).
func (d *edoc) givenName(k int) (gender byte, common, ok bool) {
	if id := d.ids[k]; id != 0 && d.vw[id-1].eName&eNameLooked != 0 {
		e := &d.vw[id-1]
		return e.eGender, e.eName&eNameCommon != 0, e.eName&eNameGiven != 0
	}
	t := &d.toks[k]
	return lexGivenName(d.text[t.Start:t.End])
}

// commonWord is lexCommonWord of the text of token k, read from its
// entry when it has an id and the entry has it (W2, eNameLooked).
func (d *edoc) commonWord(k int) bool {
	if id := d.ids[k]; id != 0 && d.vw[id-1].eName&eNameLooked != 0 {
		return d.vw[id-1].eName&eNameWord != 0
	}
	t := &d.toks[k]
	return lexCommonWord(d.text[t.Start:t.End])
}

// eWordInfoOf returns what the word lists of the entity rules say of the
// lower-case word lw (eWordTable), with eWordKnown set.
func eWordInfoOf(lw string) eWordInfo {
	var w eWordInfo
	if lw != "" {
		w = eWordTable().get(lw)
	}
	return w | eWordKnown
}

// classify sets the first bits of every token in d.tokBits (eTitleWord;
// the other bits clear) and lists in d.marks the tokens that readSentence
// and ruleNames start at: the words that are capitalised or in capitals,
// and the lower-case words "the" and he, she and their forms (a pronoun
// of pronounGender that is not plural). One pass over the tokens, so that
// the rules jump from mark to mark rather than each pass over the words
// between (about four in five). A word with an id reads its bits from
// its vocabulary entry (eVocabMarks, W2); the others are looked up
// (classifyWord).
func (d *edoc) classify() {
	toks := d.toks
	bits := d.tokBits[:len(toks)]
	marks := d.marks[:len(toks)] // room for every token: no append
	ids, vw := d.ids[:len(toks)], d.vw
	m := 0
	clear(bits)
	for k, id := range ids {
		var b uint8
		if id != 0 {
			// The word's bits as its entry has them (W2, eVocabMarks);
			// none for most words.
			if b = vw[id-1].eMarks; b == 0 {
				continue
			}
			if b&eVocabByFlags != 0 {
				// The title bits apply to a capitalised word only.
				b &^= eVocabByFlags
				if f := toks[k].Flags; f&tokCap == 0 {
					b &= eThe | ePronoun
					if b == 0 && f&tokAllCaps == 0 {
						continue
					}
				}
			} else if b&eVocabMarked == 0 {
				continue
			} else {
				b &^= eVocabMarked
			}
		} else if t := &toks[k]; t.Kind != tokWord {
			continue
		} else {
			d.lookupWord(k) // its d.winfo, for wordAt: such words are few
			if b = d.classifyWord(t); b == eNotMarked {
				continue
			}
		}
		bits[k] = b
		marks[m] = int32(k)
		m++
	}
	d.marks = marks[:m]
}

// eNotMarked is what classifyWord returns for a word that classify does
// not mark: no token has all the bits.
const eNotMarked uint8 = 0xff

// classifyWord returns the bits that classify sets for the word token t
// that has no id, or eNotMarked: for the words that are capitalised or in
// capitals, eTitleWord and the eTitleTable flags (capitalised only), and
// eThe or ePronoun; for the others, eThe or ePronoun when they are marked.
func (d *edoc) classifyWord(t *token) uint8 {
	low := d.lowText
	if t.Flags&(tokCap|tokAllCaps) == 0 {
		if n := uint(t.End - t.Start); n < 8 && eMarkLengths[low[t.Start]]>>n&1 != 0 {
			// Most words fail this cheaper test first.
			if b := eTheOrPronoun(low[t.Start:t.End]); b != 0 {
				return b
			}
		}
		return eNotMarked
	}
	// The title words, "The" and the pronouns among the capitalised
	// words.
	var b uint8
	if w := d.text[t.Start:t.End]; t.Flags&tokCap != 0 {
		// tab.get(w).flags != 0, the filter test inlined: most words
		// fail it.
		tab := eTitleTable()
		if h, ok := tab.idx.mayHold(w); ok {
			if i := tab.idx.probe(w, h, true); i >= 0 && tab.vals[i].flags != 0 {
				b = eTitleWord | tab.vals[i].flags<<eTitleShift
			}
		}
	}
	if n := uint(t.End - t.Start); n < 8 && eMarkLengths[low[t.Start]]>>n&1 != 0 {
		b |= eTheOrPronoun(low[t.Start:t.End])
	}
	return b
}

// The bits of vocabWord.eMarks that are not token bits: eCovered and
// eInQuote, which classify never sets.
const (
	eVocabMarked  = eCovered // classify marks the word
	eVocabByFlags = eInQuote // the rest is eWordMarks, to read with the token's flags
)

// eVocabMarks returns the eMarks of a vocabulary entry (W2) for the word
// w, of lower-cased form low. When w is ASCII, its flags tokCap and
// tokAllCaps follow from its bytes (tokCap: its first byte is upper
// case; tokAllCaps: it has upper-case letters and no lower-case ones),
// and so does all that classify does with it: eMarks is the bits it
// sets, with eVocabMarked when it marks the word. Else it is
// eWordMarks(w, low) with eVocabByFlags: classify reads the token's
// flags.
func eVocabMarks(w, low string) uint8 {
	b := eWordMarks(w, low)
	var upper, lower bool
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return b | eVocabByFlags
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lower = true
		}
	}
	capital := len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
	if !capital {
		b &= eThe | ePronoun
	}
	if capital || upper && !lower || b != 0 {
		b |= eVocabMarked
	}
	return b
}

// eWordMarks returns the bits that classify sets for a capitalised word
// w, of lower-cased form low, for its vocabulary entry (W2): eTitleWord
// and the eTitleTable flags of w, and eThe or ePronoun as eTheOrPronoun
// gives them for low. classify keeps only the last two for a word that
// is not capitalised, so the titles are not asked about a word that
// starts with a lower-case ASCII letter.
func eWordMarks(w, low string) uint8 {
	var b uint8
	if len(w) == 0 {
		return 0
	}
	if c := w[0]; c < 'a' || c > 'z' {
		if f := eTitleTable().get(w).flags; f != 0 {
			b = eTitleWord | f<<eTitleShift
		}
	}
	if n := uint(len(low)); n < 8 && eMarkLengths[low[0]]>>n&1 != 0 {
		b |= eTheOrPronoun(low)
	}
	return b
}

// eTheOrPronoun returns eThe for "the", ePronoun for he, she and their
// forms (pronounGender, not plural), else 0.
func eTheOrPronoun(lw string) uint8 {
	if lw == "the" {
		return eThe
	}
	if g, ok := pronounGender(lw); ok && g != 'p' {
		return ePronoun
	}
	return 0
}

// eMarkLengths are, by first byte, the lengths of "the" and of he, she
// and their forms (bit n for n bytes), for classify's first test.
var eMarkLengths = [256]uint8{'t': 1 << 3, 's': 1 << 3, 'h': 1<<2 | 1<<3 | 1<<4 | 1<<7}

// read applies the rules to the name candidates cands (candidates) and
// the attributions attrs.
func (d *edoc) read(cands []nameCand, attrs []qattr) {
	a, td, sc := d.a, d.textDoc, d.sc
	nt := len(td.toks)
	sc.cands = cands
	// The index and stores, sized for the names found (on PolNeAR, per
	// name: 1.2 keys, 1.5 words, 0.9 word nodes, 0.2 words of titles and
	// descriptions). There are at most as many entities as names, and the
	// dateline.
	if sc.descOf == nil {
		sc.descOf = make(map[uint64]descWord, len(cands)/4)
	}
	d.descOf = sc.descOf
	d.keys = reuseEmpty(sc.keys, len(cands)+len(cands)/2+8)
	slots := 16 // at most half full (addKey): room for 2 keys a name
	for slots < 4*len(cands) {
		slots *= 2
	}
	sc.keySlots = reuseZero(sc.keySlots, slots)
	d.keySlots = sc.keySlots
	d.wordNode = reuseEmpty(sc.wordNode, len(cands)+8)
	d.words = reuseEmpty(sc.words, 2*len(cands))
	sc.strs = reuseZero(sc.strs, 32) // the scratch, then nameBuf
	d.scratch = sc.strs[:0:16]
	d.nameBuf = sc.strs[16:16:32]
	d.ents = reuseEmpty(sc.ents, len(cands)+1)
	sc.slab = reuseEmpty(sc.slab, len(cands)/2+2) // about one entity in two names
	d.slab = sc.slab
	d.strs = reuseEmpty(sc.strNodes, len(cands)/4+4)
	d.facts = reuseEmpty(sc.facts, len(cands)/2+4)
	// The dateline place is a location (E3).
	if dl := a.Dateline; dl != nil && dl.PlaceSpan.Len() > 0 {
		lower := d.placeLower(dl)
		nk := d.addKey(lower)
		wr := d.nameKeys(nk, lower, nil)
		e := d.newEntity(Location, dl.Place, wr, dl.PlaceSpan.Start)
		e.votes[Location] += 3
		d.addMention(d.entIndex(e), dl.PlaceSpan, NameMention, -1)
		d.index(d.entIndex(e), isAcronym(dl.Place), lower, nk, d.wordsIn(wr))
	}
	ci := 0
	// The attributions by the token their content starts at, for E7a.
	starts := reuseEmpty(sc.starts, len(attrs))
	for ai := range attrs {
		at := &attrs[ai] // not a copy: the fields below are a few of many
		if at.contentFirst >= 0 && at.contentFirst < nt {
			starts = append(starts, attrStart{int32(at.contentFirst), int32(ai)})
		}
		if at.kind == Direct && at.region >= 0 {
			// The tokens of the quotation from contentFirst on, as far as
			// they start before its end; readSentence asks eInQuote of
			// the marks alone, and so it is set on those.
			toks, bits, marks, end := td.toks, d.tokBits, d.marks, at.content.End
			for mi := markFrom(marks, at.contentFirst); mi < len(marks) && toks[marks[mi]].Start < end; mi++ {
				bits[marks[mi]] |= eInQuote
			}
		}
	}
	// The attributions come in text order as a rule: a pass that finds
	// them in order spares the sort.
	for i := 1; i < len(starts); i++ {
		if starts[i].tok < starts[i-1].tok {
			slices.SortStableFunc(starts, func(a, b attrStart) int { return int(a.tok - b.tok) })
			break
		}
	}
	sc.starts = starts
	d.starts, d.attrs = starts, attrs
	for si := range td.sents {
		// Names of this sentence first, then descriptions and pronouns in
		// text order, so that resolution sees what came before.
		c0 := ci
		for ci < len(cands) && cands[ci].sent == si {
			ci++
		}
		d.readSentence(si, cands[c0:ci])
	}
	d.finish()
}

// readSentence reads sentence si, whose name candidates are names, in text
// order: names, descriptions (E5, E6), known surnames (E4) and pronouns
// (E7) outside the direct quotations (eInQuote).
//
// The loop below visits the names and the marks (classify) only: each
// rule is called only for the tokens its own first test lets through
// (description: "the" or capitals; knownSurname: a capitalised word;
// pronoun: a pronoun), tested here on the token itself, and the marks are
// the tokens that some of those tests may let through. A function of its
// own, so that the loop keeps its variables in registers.
func (d *edoc) readSentence(si int, names []nameCand) {
	d.cur = si
	toks, marks := d.toks, d.marks
	sr := d.sents[si]
	ni, mi := 0, d.nextMk
	for k := sr[0]; k < sr[1]; k++ {
		// Up to the next name, pass over the tokens no rule wants: to
		// the next mark.
		for mi < len(marks) && int(marks[mi]) < k {
			mi++
		}
		next := sr[1]
		if mi < len(marks) {
			next = min(next, int(marks[mi]))
		}
		if ni < len(names) && names[ni].titleStart >= k {
			next = min(next, names[ni].titleStart)
		}
		if k = next; k == sr[1] {
			break
		}
		t, b := &toks[k], d.tokBits[k]
		word := t.Kind == tokWord && b&eInQuote == 0
		if word && (t.is(tokAllCaps) || b&eThe != 0) && (ni >= len(names) || names[ni].titleStart >= k) {
			// A description may hold names as modifiers ("The PPP
			// leader"); they are added as names too.
			if n := d.description(si, k); n > k {
				for ni < len(names) && names[ni].titleStart < n {
					d.addName(&names[ni])
					ni++
				}
				k = n - 1
				continue
			}
		}
		if ni < len(names) && names[ni].titleStart == k {
			c := &names[ni]
			ni++
			d.addName(c)
			k = c.last - 1
			continue
		}
		if t.Kind == tokWord && t.Flags&(tokCap|tokAllCaps) == tokCap && d.maySurname(d.lowText[t.Start:t.End]) { // capitalised, not in capitals
			if ei := d.knownSurname(k); ei >= 0 {
				d.addMention(ei, t.Span, NameMention, k) // E4
				continue
			}
		}
		if !word {
			continue // the speaker's own words have their own I and he
		}
		if b&ePronoun != 0 { // pronoun passes over 'p'
			d.pronoun(si, k, d.contentAt(k))
		}
	}
	for ni < len(names) {
		d.addName(&names[ni])
		ni++
	}
	d.nextMk = mi
}

// markFrom returns the first of the marks (classify) at or after token
// k, or len(marks).
func markFrom(marks []int32, k int) int {
	i, hi := 0, len(marks)
	for i < hi {
		if m := int(uint(i+hi) >> 1); int(marks[m]) < k {
			i = m + 1
		} else {
			hi = m
		}
	}
	return i
}

// attrStart is an attribution (its index in attrs) whose content starts at
// token tok.
type attrStart struct {
	tok, ai int32
}

// contentAt returns the attribution whose content starts at token k (of
// several, the last listed), or nil. d.starts is sorted by token, stably,
// and k grows from call to call (the pronouns in text order): the search
// goes on from d.nextStart, the first start after the last k.
func (d *edoc) contentAt(k int) *qattr {
	starts := d.starts
	i := d.nextStart
	for i < len(starts) && int(starts[i].tok) <= k {
		i++
	}
	d.nextStart = i
	if i > 0 && int(starts[i-1].tok) == k {
		return &d.attrs[starts[i-1].ai]
	}
	return nil
}

// candidates cleans the tagger's names into candidates (E1, E2).
func (d *edoc) candidates(tagged []nerMention) []nameCand {
	out := reuseEmpty(d.sc.cands, len(tagged)+len(tagged)/4+4) // room for ruleNames too
	for _, m := range tagged {
		// Tokens [i, j) cover the tagged name, within its sentence: the
		// tagger gives their indexes (nerMention).
		i, j := int(m.first), int(m.last)+1
		// The name ends at the head of its last token: "Smith-led" gives
		// "Smith" (N5, which the tagger applies).
		c := nameCand{first: i, last: j, end: m.End, typ: m.Type, sent: d.sentAt(i)}
		if d.cleanName(&c) {
			out = append(out, c)
		}
	}
	return d.joinNames(d.ruleNames(out))
}

// joinNames applies E1 to names the tagger cut: "Hamza" "bin" "Tariq" and
// "Sofia" "de la" "Cruz" are one person, and a given name just before a
// name joins it ("Ahmed" + "Raza").
func (d *edoc) joinNames(cands []nameCand) []nameCand {
	// In place: the names kept are cands[:n], each moved (when an earlier
	// one joined the one before) only once it is final.
	n := 0
	for i := range cands {
		c := &cands[i]
		if n > 0 {
			p := &cands[n-1] // n-1 < i
			gap := c.titleStart - p.last
			if p.sent == c.sent && c.titleStart == c.first && gap >= 1 && gap <= 2 {
				particles := true
				for k := p.last; k < c.first; k++ {
					if !d.wordAt(k).is(eParticle) || d.toks[k].is(tokCap) {
						particles = false
					}
				}
				if particles {
					p.last, p.end = c.last, c.end
					p.typ = nerPER // the particles are those of personal names
					continue
				}
			}
		}
		// A given name just before the name, which the tagger left out.
		if k := c.titleStart - 1; c.titleStart == c.first && k >= 0 && d.toks[k].is(tokCap) && d.toks[k].Kind == tokWord && d.sentAt(k) == c.sent && d.toks[k].End+1 == d.toks[c.first].Start {
			if _, common, ok := d.givenName(k); ok && !common {
				if n == 0 || cands[n-1].last <= k {
					c.first, c.titleStart = k, k
					c.typ = nerPER
				}
			}
		}
		if n != i {
			cands[n] = *c
		}
		n++
	}
	return cands[:n]
}

// ruleNames adds the person names the tagger missed (E1):
// a title followed by capitalised words ("General Okafor"), and
// capitalised words opened by a known given name ("Ayesha Malik").
func (d *edoc) ruleNames(cands []nameCand) []nameCand {
	bits := d.tokBits
	for _, c := range cands {
		for k := c.titleStart; k < c.last; k++ {
			bits[k] |= eCovered
		}
	}
	// The names found here go after those of the tagger, in the same
	// array; the two are sorted together at the end.
	tagged := len(cands)
	toks, marks := d.toks, d.marks
	mi := 0
	for i := 0; i < len(toks); i++ {
		// The next capitalised word outside the candidates, from the
		// marks (classify), which hold every capitalised word.
		// (Covered first: the tagger's names cover more of the marks
		// than "the" and the pronouns are.)
		for mi < len(marks) && (int(marks[mi]) < i || bits[marks[mi]]&eCovered != 0 || !toks[marks[mi]].is(tokCap)) {
			mi++
		}
		if mi == len(marks) {
			break
		}
		i = int(marks[mi])
		start := i
		n := d.titleAt(i, d.sents[d.sentAt(i)][1])
		titled := n > i
		if !titled {
			// Two capitalised words at least, the first not in capitals
			// (the loop below): the cheap tests before the list.
			if p := i + 1; toks[i].is(tokAllCaps) || p >= len(toks) || bits[p]&eCovered != 0 || toks[p].Kind != tokWord || d.sentAt(p) != d.sentAt(i) {
				continue
			}
			if _, common, ok := d.givenName(i); !ok || common {
				continue
			}
		}
		e := n
		for e < len(d.toks) && bits[e]&eCovered == 0 && d.sentAt(e) == d.sentAt(i) && d.toks[e].Kind == tokWord {
			if !d.toks[e].is(tokCap) || d.toks[e].is(tokAllCaps) {
				// "Erik ten Hag": a particle between capitalised words.
				if d.wordAt(e).is(eParticle) && e > n && e+1 < len(d.toks) && d.toks[e+1].Kind == tokWord && d.toks[e+1].is(tokCap) && d.sentAt(e+1) == d.sentAt(i) {
					e++
					continue
				}
				break
			}
			if bits[e]&eTitleFullWord != 0 && e > n { // lexTitle, as classify found
				break
			}
			e++
		}
		if e == n || !titled && e-start < 2 {
			continue
		}
		c := nameCand{first: start, last: e, end: d.toks[e-1].End, typ: nerPER, sent: d.sentAt(i)}
		if h := d.toks[e-1].head(); h > d.toks[e-1].Start && h < d.toks[e-1].End {
			c.end = h
		}
		if d.cleanName(&c) {
			cands = append(cands, c)
			for k := c.titleStart; k < c.last; k++ {
				bits[k] |= eCovered
			}
		}
		i = e - 1
	}
	mergeCands(cands, tagged)
	return cands
}

// mergeCands sorts cands by titleStart, stably, where cands[:n] (the
// tagger's names) and cands[n:] (those of ruleNames, a few) are each in
// that order as a rule: a merge from the back, the second run copied out
// first, in linear time. When a run is out of order, or the second is
// long, the library's stable sort does it. Either way the order is the
// one stable order.
func mergeCands(cands []nameCand, n int) {
	var buf [8]nameCand
	add := cands[n:]
	if len(add) == 0 {
		return
	}
	if len(add) > len(buf) || !candsInOrder(cands[:n]) || !candsInOrder(add) {
		slices.SortStableFunc(cands, func(a, b nameCand) int { return a.titleStart - b.titleStart })
		return
	}
	b := buf[:copy(buf[:], add)]
	i, j := n-1, len(b)-1
	for w := len(cands) - 1; j >= 0; w-- {
		// Of equals, the tagger's goes first: the added one is written
		// (further back) first.
		if i >= 0 && cands[i].titleStart > b[j].titleStart {
			cands[w] = cands[i]
			i--
		} else {
			cands[w] = b[j]
			j--
		}
	}
}

// candsInOrder reports whether cs are in order of titleStart.
func candsInOrder(cs []nameCand) bool {
	for i := 1; i < len(cs); i++ {
		if cs[i].titleStart < cs[i-1].titleStart {
			return false
		}
	}
	return true
}

// cleanName applies E1 and E2 to a candidate; it reports whether a name
// remains.
func (d *edoc) cleanName(c *nameCand) bool {
	// Drop leading "the" and sentence-initial common words.
	for c.first < c.last {
		t := &d.toks[c.first]
		if t.Kind != tokWord {
			c.first++
			continue
		}
		if d.isThe(c.first) || (d.isSentStart(c.first) || c.typ == nerNone) && !t.is(tokAllCaps) && d.commonWord(c.first) {
			if _, _, ok := d.givenName(c.first); !ok {
				c.first++
				continue
			}
		}
		break
	}
	if c.first >= c.last {
		return false // nothing but "the" and common words
	}
	// E1: titles inside the tagged span, and capitalised role words that
	// go with them ("Chief Executive", "Managing Director").
	titleStart := c.first
	if n := d.titleAt(c.first, c.last); n > c.first {
		c.first = n
	}
	roleStart := c.first
	for c.first+1 < c.last && d.toks[c.first].Kind == tokWord && d.toks[c.first].is(tokCap) && d.toks[c.first+1].is(tokCap) {
		if !d.wordAt(c.first).is(eRoleNoun) {
			break
		}
		c.first++
	}
	// E1: titles just before it.
	c.titleStart = titleStart
	if titleStart == roleStart && d.mayEndTitle(roleStart-1) {
		c.titleStart = d.titleBefore(roleStart) // titleStart (roleStart) when there is none
	}
	if c.first >= c.last || d.toks[c.first].Kind != tokWord {
		return false
	}
	// Drop trailing punctuation and possessives.
	for c.last > c.first && d.toks[c.last-1].Kind != tokWord {
		c.last--
	}
	if c.last <= c.first {
		return false
	}
	if c.end > d.toks[c.last-1].End {
		c.end = d.toks[c.last-1].End
	}
	if c.end <= d.toks[c.first].Start {
		return false
	}
	// E2: pronouns, lone common words, months and weekdays; a lone role
	// noun after "the" ("the Collector said") is a description.
	if c.last-c.first == 1 {
		if p := c.first - 1; p >= 0 && d.isThe(p) && d.sentAt(p) == c.sent && c.titleStart == c.first {
			if d.wordAt(c.first).is(eRoleNoun) {
				return false
			}
		}
		w := d.text[d.toks[c.first].Start:c.end]
		lw := d.lowText[d.toks[c.first].Start:c.end]
		if _, ok := pronounGender(lw); ok || w == "I" {
			return false
		}
		whole := c.end == d.toks[c.first].End // w is the token's text
		if whole && !strings.HasSuffix(lw, ".") {
			if d.wordAt(c.first).is(eCalendar) { // monthNames, weekdayNames
				return false
			}
		} else if d.lists.get(strings.TrimSuffix(lw, ".")).is(eCalendar) {
			return false
		}
		if t := &d.toks[c.first]; c.end == t.End && t.is(tokCap) {
			if d.tokBits[c.first]&eTitleFullWord != 0 { // lexTitle(w), as classify found
				return false
			}
		} else if _, _, ok := lexTitle(w); ok {
			return false
		}
		if whole {
			if !d.toks[c.first].is(tokAllCaps) && d.commonWord(c.first) {
				if _, _, ok := d.givenName(c.first); !ok {
					return false
				}
			}
		} else if !d.toks[c.first].is(tokAllCaps) && lexCommonWord(w) {
			if _, _, ok := lexGivenName(w); !ok {
				return false
			}
		}
	}
	if !d.toks[c.first].is(tokHasUpper) && !d.toks[c.first].is(tokHasDigit) {
		return false
	}
	return true
}

// sentAt is textDoc.sentAt, from the finder's own copy of sentOf.
func (d *edoc) sentAt(i int) int { return int(d.sentOf[i]) }

// lowAt is textDoc.lowAt, from the finder's own copies of the tokens and
// lowText.
func (d *edoc) lowAt(i int) string {
	t := &d.toks[i]
	end := t.End
	if t.Kind != tokWord {
		end = t.Start // empty
	}
	return d.lowText[t.Start:end]
}

// isThe reports whether token k is the word "the" in any case: d.lowAt(k)
// == "the", as classify found.
func (d *edoc) isThe(k int) bool { return d.tokBits[k]&eThe != 0 }

// isSentStart reports whether token i opens its sentence (after any
// quotation marks). A word does when it is the first of its sentence,
// which the tokenizer marks (tokSentStart: each sentence is tokenized
// on its own).
func (d *edoc) isSentStart(i int) bool {
	if t := &d.toks[i]; t.Kind == tokWord {
		return t.Flags&tokSentStart != 0
	}
	s := d.sents[d.sentAt(i)][0]
	for s < i && d.toks[s].Kind != tokWord {
		s++
	}
	return s == i
}

// titleAt returns the end of the longest title (with a retirement mark)
// starting at token k, or k when there is none. The first test is here,
// inlined where titleAt is called: most words start no title.
func (d *edoc) titleAt(k, limit int) int {
	if k >= limit || d.tokBits[k]&eTitleWord == 0 {
		return k // titles are capitalised words, and this one starts none (classify)
	}
	return d.titleFrom(k, limit)
}

// titleFrom is titleAt for a token k < limit that starts a title word.
func (d *edoc) titleFrom(k, limit int) int {
	best := k
	tab := eTitleTable()
	for n := 1; k+n-1 < limit; n++ {
		t := &d.toks[k+n-1]
		if t.Kind != tokWord {
			break
		}
		// Multi-word titles are listed with single spaces.
		if n > 1 && (t.Start != d.toks[k+n-2].End+1 || d.text[t.Start-1] != ' ') {
			break
		}
		var f uint8
		if n == 1 {
			f = d.tokBits[k] >> eTitleShift // classify looked the word up
		} else {
			f = tab.get(d.text[d.toks[k].Start:t.End]).flags
		}
		if f&eTitleFull != 0 {
			best = k + n
		}
		if f&eTitlePrefix == 0 {
			break // no longer title starts with these words
		}
	}
	if best == k {
		return k
	}
	// "(r)", "(retd)" after the title.
	if d.isPunctAt(best, '(') && best+2 < limit && d.isPunctAt(best+2, ')') {
		if _, ok := lexRetirementMark("(" + d.text[d.toks[best+1].Start:d.toks[best+1].End] + ")"); ok {
			best += 3
		}
	}
	return best
}

// mayEndTitle is the first test of titleBefore(p+1), made before the call
// (it inlines): a title ends with the ")" of a retirement mark or with a
// word that has an upper-case letter (the last word of every title has
// one: TestTitlesEndInUpperCase), and the token p before most names is
// neither.
func (d *edoc) mayEndTitle(p int) bool {
	return p >= 0 && (d.toks[p].Flags&tokHasUpper != 0 || d.toks[p].Kind == tokPunct)
}

// titleBefore returns the first token of the titles that end just before
// token k ("Major (r)" before "Amina"), or k.
func (d *edoc) titleBefore(k int) int {
	s := d.sents[d.sentAt(k)][0]
	// A title ends with a word or with the ")" of a retirement mark.
	if p := k - 1; p < s || d.toks[p].Kind != tokWord && !d.isPunctAt(p, ')') {
		return k
	}
	// The longest: the first start, from six tokens back, whose title
	// ends at k. Titles start with a title word (titleAt).
	for start := max(s, k-6); start < k; start++ {
		if d.tokBits[start]&eTitleWord != 0 && d.titleAt(start, k) == k {
			return start
		}
	}
	return k
}

// isPunctAt reports whether token i is the punctuation mark p, one byte.
func (d *edoc) isPunctAt(i int, p byte) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	return t.Kind == tokPunct && t.End-t.Start == 1 && d.text[t.Start] == p
}

// ---------------------------------------------------------------------------
// Names and merging

// addName resolves a name candidate to an entity (E3, E4) and records its
// mentions and title.
func (d *edoc) addName(c *nameCand) {
	span := Span{d.toks[c.first].Start, c.end}
	text := d.text[span.Start:span.End]
	lower := d.lowText[span.Start:span.End]
	nk := d.addKey(lower)
	// Most names come back: what the index keeps of a name seen before
	// (its word keys, its facts, its entity) is read here, where the tests
	// inline; nameKeys, factsOf and match work out the rest.
	wr := d.keys[nk].words
	if !d.keys[nk].split {
		wr = d.nameKeys(nk, lower, c)
	}
	wk := d.wordsIn(wr)
	if len(wk) == 0 {
		return
	}
	var f *nameFacts // d.facts does not grow below
	if r := d.keys[nk].refs[idxFacts]; r != 0 && d.facts[r-1].text == text {
		f = &d.facts[r-1] // written this way last time
	} else {
		f = d.factsOf(nk, text, c.first)
	}
	var votes [5]float64
	kind := d.evidence(c, len(wk), f, &votes)
	ei, named := -1, false
	if i, ok := d.ref(nk, idxName); !ok {
		ei = d.match(kind, lower, wk, f)
	} else if e := d.ents[i]; e.ner == c.typ || e.ner == nerNone || c.typ == nerNone || e.ner == nerMISC || c.typ == nerMISC || e.kind == Person && c.typ != nerORG {
		// The same name is the same entity (E4) unless the tagger reads
		// it as another type here: "New York" the city and "New York"
		// the team.
		ei, named = i, true
	}
	if ei < 0 {
		e := d.newEntity(kind, text, wr, span.Start)
		e.ner = c.typ
		ei = d.entIndex(e)
	}
	e := d.ents[ei]
	ev := &e.votes
	ev[0], ev[1], ev[2], ev[3], ev[4] = ev[0]+votes[0], ev[1]+votes[1], ev[2]+votes[2], ev[3]+votes[3], ev[4]+votes[4]
	if n := e.words.end - e.words.start; len(wk) > int(n) || len(wk) == int(n) && len(text) > len(e.name) {
		e.words, e.name = wr, text
		d.noteSurname(wr)
	}
	var title string
	var titleOff int
	if c.titleStart < c.first { // else no title: title returns ""
		title, titleOff = d.title(c)
	}
	if title != "" {
		if !d.contains(e.titles, title) {
			d.scratch = d.lowerFields(d.scratch[:0], title, titleOff)
			for _, tw := range d.scratch {
				tw = strings.TrimSuffix(tw, ".")
				d.addTitleWord(ei, tw)
				if full := expandTitle(tw); full != tw {
					d.addTitleWord(ei, full)
				}
			}
			d.appendOnce(&e.titles, title)
		}
		e.votes[Person] += 3
		if g := titleGender(title); g != 0 {
			e.gender = g
		}
		ts := Span{d.toks[c.titleStart].Start, span.End}
		d.addMention(ei, ts, TitledMention, c.titleStart)
	}
	d.addMention(ei, span, NameMention, c.first)
	// "Name (ACR)": the acronym is an alias (E4).
	if d.isPunctAt(c.last, '(') && d.isPunctAt(c.last+2, ')') && d.toks[c.last+1].is(tokAllCaps) {
		t := d.toks[c.last+1]
		if acr := d.text[t.Start:t.End]; acr != e.acronym {
			e.acronym = acr
			e.acrKey = d.addAcronymKey(d.lower(acr, t.Start))
		}
	}
	if !named || e.acronym != "" {
		d.index(ei, f.acronym, lower, nk, wk) // else indexed already: see index
	}
	if e.gender == 0 {
		// A word that gave no gender once gives none again.
		if fw := text[:f.fwLen]; fw != e.noGender {
			if f.given && f.gender != 'u' {
				e.gender = f.gender
			} else {
				e.noGender = fw
			}
		}
	}
	// The first tests of describeBefore and appositive, here, where they
	// inline: most names have no role noun before them and no comma
	// after.
	if k := c.titleStart - 1; k >= 0 && d.wordAt(k).is(eRoleNoun) {
		d.describeBefore(ei, c)
	}
	if d.isPunctAt(c.last, ',') {
		d.appositive(ei, c.last)
	}
}

// addTitleWord counts w as a word of the titles of entity ei.
func (d *edoc) addTitleWord(ei int, w string) {
	k := descKey(d.addKey(w), ei)
	v := d.descOf[k]
	v.titles++
	d.descOf[k] = v
	d.ents[ei].described = true
}

// knownSurname applies E4 to a capitalised word the tagger missed: the
// last name of a person already named ("Shah said ..." after "Murad Ali
// Shah") is that person. It returns the entity, or -1.
func (d *edoc) knownSurname(k int) int {
	t := &d.toks[k]
	if t.Kind != tokWord || !t.is(tokCap) || t.is(tokAllCaps) {
		return -1
	}
	if n := k + 1; n < len(d.toks) && d.toks[n].Kind == tokWord && d.toks[n].is(tokCap) && d.sentAt(n) == d.sentAt(k) {
		return -1 // part of a longer name the tagger did not take
	}
	lw := d.lowAt(k)
	if !d.maySurname(lw) { // readSentence tests it first too
		return -1 // the last word of no entity's name of two words or more
	}
	w := d.key(lw)
	// The latest entity indexed under w that qualifies (newest first).
	for n := d.wordList(w); n >= 0; n = d.wordNode[n].next {
		i := int(d.wordNode[n].ent)
		e := d.ents[i]
		if ew := d.wordsIn(e.words); len(ew) > 1 && ew[len(ew)-1] == w && d.isPerson(i) {
			return i
		}
	}
	return -1
}

// maySurname is the filter test of knownSurname, made before the call
// (it inlines): false when the lower-cased word lw is the last word of no
// entity's name of two words or more (d.surnames), as most are.
func (d *edoc) maySurname(lw string) bool {
	h := surnameBit(lw)
	return d.surnames[h>>6]&(1<<(h&63)) != 0
}

// noteSurname records in d.surnames the last word of the name words r
// that an entity takes as its fullest (entity.words), when there are two
// or more.
func (d *edoc) noteSurname(r wordRange) {
	if r.end-r.start >= 2 {
		h := surnameBit(d.keys[d.words[r.end-1]].s)
		d.surnames[h>>6] |= 1 << (h & 63)
	}
}

// surnameBit returns the bit of edoc.surnames for the word w: a hash of
// its length and its first, second and last bytes, which a lookup of w
// in the index would have to hash in full.
func surnameBit(w string) uint {
	if len(w) == 0 {
		return 0
	}
	h := uint(len(w))*0x9e37 ^ uint(w[0])*0x85eb ^ uint(w[min(1, len(w)-1)])*0xc2b2 ^ uint(w[len(w)-1])*0x27d4
	return (h ^ h>>11) % surnameBits
}

// surnameBits is the size in bits of edoc.surnames: a few dozen surnames
// an article leave most bits clear.
const surnameBits = 2048

// wordList returns the first (newest) node of the entities indexed under
// the name word of key k (-1 for none), or -1.
func (d *edoc) wordList(k int32) int32 {
	n, _ := d.ref(k, idxWord)
	return int32(n)
}

// evidence adds to v the type votes of one name mention (E3), of nWords
// words and facts f, and returns the type they elect.
func (d *edoc) evidence(c *nameCand, nWords int, f *nameFacts, v *[5]float64) EntityKind {
	// The tagger reads the context; the word lists only lean on it.
	switch c.typ {
	case nerPER:
		v[Person] += 2
	case nerORG:
		v[Organization] += 2
	case nerLOC:
		v[Location] += 2
	case nerMISC:
		v[OtherEntity] += 2
	}
	if c.titleStart < c.first { // a title (see title)
		v[Person] += 3
	}
	if nWords > 1 && f.given && !f.common {
		v[Person] += 2 // "Maria Lund": a given name, then a surname
	}
	if f.place {
		v[Location] += 1
	}
	if f.demonym {
		v[OtherEntity] += 1
	}
	if c.last-c.first > 1 {
		if d.wordAt(c.last - 1).is(eOrgHead) { // lexOrgNoun folds case
			v[Organization] += 1
		}
	}
	if !f.place && f.acronym {
		v[Organization] += 0.25
	}
	// "in Lisbon", "to Central Park": a place.
	if p := c.titleStart - 1; p >= 0 && d.toks[p].Kind == tokWord && d.sentAt(p) == c.sent {
		if d.wordAt(p).is(eLocPrep) { // eLocPreps
			v[Location] += 0.5
		}
	}
	// "Swat district", "Zaman Park residence": a place noun right after a
	// name (not "the Smith residence") all but settles it.
	if n := c.last; n < len(d.toks) && d.toks[n].Kind == tokWord && d.sentAt(n) == c.sent {
		if d.wordAt(n).is(ePlaceNoun) && (c.titleStart == 0 || !d.isThe(c.titleStart-1)) {
			v[Location] += 4
		}
	}
	return elect(v, UnknownEntity)
}

// elect returns the kind with the most votes in v, counting from best
// and then from Person to OtherEntity, the first of equals: for k :=
// Person; k <= OtherEntity; k++ { if v[k] > v[best] { best = k } },
// written out.
func elect(v *[5]float64, best EntityKind) EntityKind {
	bv := v[best]
	if v[Person] > bv {
		best, bv = Person, v[Person]
	}
	if v[Organization] > bv {
		best, bv = Organization, v[Organization]
	}
	if v[Location] > bv {
		best, bv = Location, v[Location]
	}
	if v[OtherEntity] > bv {
		best = OtherEntity
	}
	return best
}

// match finds the entity a name is an alias of (E4), or -1, for a name
// that is not indexed under itself (addName looks that up first).
//
// lower is the name lower-cased; wk the keys of its words; f its facts.
func (d *edoc) match(kind EntityKind, lower string, wk []int32, f *nameFacts) int {
	best, bestSal := -1, -1.0
	if f.acronym {
		if i, ok := d.acronymRef(idxAcr, lower); ok {
			return i
		}
	}
	if len(wk) > 1 && kind != Person {
		var buf [16]byte
		if i, ok := d.lookup(idxAcr, string(d.appendInitials(buf[:0], wk))); ok && isAcronym(d.ents[i].name) {
			return i // an expansion after its acronym
		}
	}
	if kind != Person && kind != UnknownEntity {
		// The tagger often mistypes a lone surname: one that belongs to a
		// person already named is that person, unless it is a known place
		// or an acronym.
		if f.place || f.acronym {
			return -1
		}
	}
	// Person aliases share a word: look only at entities that have one,
	// the 64 latest per word. The most salient wins; of equals, the first
	// in the order of words and, per word, of indexing.
	for _, w := range wk {
		wBest, wSal := -1, -1.0
		k := 0
		for n := d.wordList(w); n >= 0 && k < 64; n, k = d.wordNode[n].next, k+1 {
			i := int(d.wordNode[n].ent)
			e := d.ents[i]
			if !(e.kind == Person || e.kind == UnknownEntity || e.votes[Person] > 0) {
				continue
			}
			if kind != Person && kind != UnknownEntity && !(e.votes[Person] > e.votes[Location] && e.votes[Person] > e.votes[Organization]) {
				continue
			}
			if ew := d.wordsIn(e.words); subsetWords(wk, ew) || len(wk) > 1 && subsetWords(ew, wk) {
				// Newest first: an equal older one is earlier in the order.
				if sal := d.sal(e); sal >= wSal {
					wBest, wSal = i, sal
				}
			}
		}
		if wBest >= 0 && wSal > bestSal {
			best, bestSal = wBest, wSal
		}
	}
	return best
}

// index records an entity's name (lower-cased lower, whose key is nk;
// acronym when the name as written isAcronym), words (and their keys
// wk), acronym and initials for match.
func (d *edoc) index(ei int, acronym bool, lower string, nk int32, wk []int32) {
	e := d.ents[ei]
	if i, ok := d.ref(nk, idxName); ok && i == ei && e.acronym == "" {
		return // this name of this entity is indexed already
	}
	d.setRef(nk, idxName, ei)
	if acronym {
		d.setRef(d.addAcronymKey(lower), idxAcr, ei)
	} else if len(wk) > 1 && (e.kind == Organization || e.votes[Organization] > 0) {
		var buf [16]byte
		if in := d.appendInitials(buf[:0], wk); len(in) > 1 {
			k := d.key(string(in))
			if _, taken := d.ref(k, idxAcr); !taken {
				if k < 0 {
					k = d.addKey(string(in))
				}
				d.setRef(k, idxAcr, ei)
			}
		}
	}
	if e.acronym != "" {
		d.setRef(e.acrKey, idxAcr, ei)
	}
	for _, w := range wk {
		head := d.wordList(w)
		if head < 0 || d.wordNode[head].ent != int32(ei) {
			d.wordNode = append(d.wordNode, wordNode{ent: int32(ei), next: head})
			d.setRef(w, idxWord, len(d.wordNode)-1)
		}
	}
}

// entitySlab is how many entities newEntity allocates at a time.
const entitySlab = 32

func (d *edoc) newEntity(kind EntityKind, name string, words wordRange, pos int) *entity {
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]entity, 0, entitySlab) // the full one stays, its entities in use
	}
	d.slab = append(d.slab, entity{kind: kind, name: name, words: words, first: pos, salSent: -1})
	d.noteSurname(words)
	e := &d.slab[len(d.slab)-1]
	d.ents = append(d.ents, e)
	return e
}

func (d *edoc) entIndex(e *entity) int {
	for i := len(d.ents) - 1; i >= 0; i-- {
		if d.ents[i] == e {
			return i
		}
	}
	return -1
}

// addMention records a mention of entity ei that starts at token tok (-1 for
// the dateline) and adds to its salience.
func (d *edoc) addMention(ei int, s Span, kind MentionKind, tok int) {
	e := d.ents[ei]
	e.nMention++
	sent := -1
	if tok >= 0 {
		sent = d.sentAt(tok)
		d.tokBits[tok] |= eMentionStart
	}
	d.mention = append(d.mention, emention{Span: s, ent: ei, kind: uint8(kind), tok: int32(tok)})
	d.longest = max(d.longest, s.End-s.Start)
	// The first mention in text order: the entity's name starts the
	// first one it has (newEntity), and those added since may start
	// before.
	e.first = min(e.first, s.Start)
	if kind == TitledMention {
		return
	}
	w := 1.0
	if tok >= 0 && d.subject[sent] < 0 && d.isSubject(tok) { // isSubject is false once the sentence has one
		w = 2
		if d.subject[sent] < 0 {
			d.subject[sent] = ei
		}
	}
	e.salience = d.sal(e) + w
	e.salSent = int32(d.cur)
	d.nRecent++
	d.toFront(ei)
	e.lastSeq = d.nRecent
	d.sorted = false
}

// isSubject reports whether the mention at token k is its sentence's subject:
// the first mention, not after a preposition.
func (d *edoc) isSubject(k int) bool {
	si := d.sentAt(k)
	if d.subject[si] >= 0 {
		return false
	}
	p := k - 1
	for p >= d.sents[si][0] && d.toks[p].Kind == tokWord && d.toks[p].is(tokCap) {
		p-- // a role phrase or title before the name
	}
	if p >= d.sents[si][0] && d.toks[p].Kind == tokWord {
		if d.wordAt(p).is(ePrep) {
			return false
		}
	}
	return true
}

// sal returns an entity's salience at the sentence being read: every
// mention's weight halves with each sentence since.
func (d *edoc) sal(e *entity) float64 {
	n := d.cur - int(e.salSent)
	if n <= 0 {
		return e.salience
	}
	if n > 60 {
		return 0
	}
	return e.salience * math.Float64frombits(uint64(1023-n)<<52) // math.Ldexp(e.salience, -n), exact: 2^-n
}

// activeWindow is how many sentences back resolution looks for entities,
// and activeMentions how many mentions at most (a bound for pathological
// sentences that go on for pages).
const (
	activeWindow   = 25
	activeMentions = 400
)

// active calls fn once for each entity mentioned in the last activeWindow
// sentences and the last activeMentions mentions that added salience,
// most recent first: the head of the list of entities by latest mention
// (edoc.mruHead), each entity once, rather than every mention of theirs.
func (d *edoc) active(fn func(ei int)) {
	from, oldest := int32(d.cur-activeWindow), d.nRecent-activeMentions
	for i := d.mruHead; i >= 0; { // fn adds no mention: the list stays
		e := d.ents[i]
		if e.salSent < from || e.lastSeq <= oldest {
			break // and so are all the entities after it
		}
		next := e.mruNext
		fn(int(i))
		i = next
	}
}

// toFront moves entity ei to the head of the list of entities by latest
// mention (edoc.mruHead), adding it when it is not in it.
func (d *edoc) toFront(ei int) {
	i := int32(ei)
	if d.mruHead == i {
		return
	}
	e := d.ents[ei]
	if e.lastSeq != 0 { // in the list, not first: unlink it
		if e.mruPrev >= 0 {
			d.ents[e.mruPrev].mruNext = e.mruNext
		}
		if e.mruNext >= 0 {
			d.ents[e.mruNext].mruPrev = e.mruPrev
		}
	}
	e.mruPrev, e.mruNext = -1, d.mruHead
	if d.mruHead >= 0 {
		d.ents[d.mruHead].mruPrev = i
	}
	d.mruHead = i
}

// ---------------------------------------------------------------------------
// Descriptions

// describeBefore applies E5 to a role phrase just before a name (and its
// titles): "PPP member Major (r) ...", "Obi's close aide Ada Eze".
func (d *edoc) describeBefore(ei int, c *nameCand) {
	end := c.titleStart // exclusive
	s := d.sents[c.sent][0]
	k := end - 1
	if k < s || d.toks[k].Kind != tokWord {
		return
	}
	if !d.wordAt(k).is(eRoleNoun) {
		return
	}
	start := k
	for j := k - 1; j >= s && j >= k-6; j-- {
		t := d.toks[j]
		if t.Kind == tokPossessive {
			start = j
			continue
		}
		if t.Kind != tokWord {
			break
		}
		lw := d.lowAt(j)
		wi := d.wordAt(j)
		if wi.is(eDescEnd) { // a stop word or a preposition
			break
		}
		if !t.is(tokCap) && wi.is(eSpeech) {
			break
		}
		if strings.HasSuffix(lw, "ing") && !t.is(tokCap) {
			if _, ok := eIngAdjectives[lw]; !ok {
				break
			}
		}
		start = j
	}
	if d.toks[start].Kind == tokPossessive {
		start++
	}
	span := Span{d.toks[start].Start, d.toks[k].End}
	d.addDescription(ei, span, start)
}

// appositive applies E5 to ", a retired army officer," after a name that
// ends at token k (exclusive).
func (d *edoc) appositive(ei, k int) {
	if !d.isPunctAt(k, ',') || !d.isWordAt(k+1) {
		return
	}
	switch d.lowAt(k + 1) {
	case "a", "an", "the":
	default:
		return
	}
	se := d.sents[d.sentAt(k)][1]
	e := k + 2
	for e < se && e < k+14 && !d.isPunctAt(e, ',') {
		if d.toks[e].Kind == tokWord {
			if !d.toks[e].is(tokCap) && d.wordAt(e).is(eSpeech) {
				return
			}
		}
		e++
	}
	if e >= se || !d.isPunctAt(e, ',') {
		return
	}
	// The phrase must name a role: its head (before "of", "who") is a role noun.
	head := e - 1
find:
	for j := k + 2; j < e; j++ {
		switch d.lowAt(j) {
		case "of", "who", "for", "at":
			head = j - 1
			break find
		}
	}
	if !d.wordAt(head).is(eRoleNoun) {
		return
	}
	d.addDescription(ei, Span{d.toks[k+1].Start, d.toks[e-1].End}, k+1)
}

func (d *edoc) isWordAt(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].Kind == tokWord }

// addDescription records a description mention of entity ei.
func (d *edoc) addDescription(ei int, s Span, tok int) {
	e := d.ents[ei]
	text := d.text[s.Start:s.End]
	d.appendOnce(&e.descs, text)
	ws := d.lowerFields(d.scratch[:0], text, s.Start)
	d.scratch = ws
	for i, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if i == len(ws)-1 {
			d.markDescWord(ei, w, descHeadWord)
			if g, ok := lexRoleNoun(w); ok && g != '-' && e.gender == 0 {
				e.gender = g
			}
		} else {
			d.markDescWord(ei, w, descModWord)
		}
	}
	if _, ok := lexRoleNoun(ws[len(ws)-1]); ok {
		e.votes[Person] += 1
	}
	d.addMention(ei, s, DescriptionMention, tok)
}

// markDescWord sets flag f on the word w of a description of entity ei.
func (d *edoc) markDescWord(ei int, w string, f uint8) {
	k := descKey(d.addKey(w), ei)
	v := d.descOf[k]
	v.flags |= f
	d.descOf[k] = v
	d.ents[ei].described = true
}

// description applies E6 at token k: a definite description ("the general",
// "The PPP leader") or a sentence-initial bare role ("PPP leader said"). It
// returns the token after the description, or k when there is none: always
// k unless the word is "the" or in capitals, which findEntities tests
// before it calls.
func (d *edoc) description(si, k int) int {
	start := k
	bare := false
	switch {
	case d.isThe(k):
		start = k + 1
	case d.toks[k].is(tokAllCaps) && d.toks[k].End-d.toks[k].Start >= 2 && d.isSentStart(k):
		bare = true // "PPP leader then claimed"
	default:
		return k
	}
	se := d.sents[si][1]
	// Modifiers then a head noun: up to five words. The same pass notes
	// the first word that may head an organisation description (orgAt),
	// for when no role noun heads it.
	head, orgAt := -1, -1
	for j := start; j < se && j < start+6; j++ {
		if d.toks[j].Kind != tokWord {
			break
		}
		wi := d.wordAt(j)
		if !wi.is(eOrgDesc | eOrgHead | eRoleNoun | eDescEnd | eSpeech) {
			continue // in none of the lists below: a modifier, as most words are
		}
		if orgAt < 0 && (wi.is(eOrgDesc) || wi.is(eOrgHead) && j == start) && !d.toks[j].is(tokCap) {
			orgAt = j
		}
		if (!d.toks[j].is(tokCap) || j == start && !bare) && wi.is(eRoleNoun) {
			head = j
			// "the general officer": a longer head wins.
			if j+1 < se && d.isWordAt(j+1) && !d.toks[j+1].is(tokCap) {
				if d.wordAt(j + 1).is(eRoleNoun) {
					continue
				}
			}
			break
		}
		if d.tokBits[j]&eMentionStart != 0 && !bare {
			// "the Bilal Raza-led party": a name inside is a modifier.
			continue
		}
		// A stop word, a preposition or a speech verb ends it: the small
		// lists first.
		if wi.is(eDescEnd) { // a stop word or a preposition
			return k
		}
		if !d.toks[j].is(tokCap) && wi.is(eSpeech) {
			return k
		}
	}
	orgHead := false
	if head < 0 {
		// An organisation description: "the party", "the daily". The
		// pass above read the same words (up to five, to the first that
		// is not a word) when it found no head.
		if orgAt < 0 {
			return k
		}
		head, orgHead = orgAt, true
	}
	// Not a role phrase before a name: "the party's spokesman John Smith".
	if n := head + 1; n < se && d.toks[n].Kind == tokWord && d.toks[n].is(tokCap) {
		return k
	}
	if n := head + 1; n < se && d.toks[n].Kind == tokPossessive {
		return k
	}
	// "the other side", "another official": someone not yet named.
	for j := start; j < head; j++ {
		if d.lowAt(j) == "other" {
			return k
		}
	}
	span := Span{d.toks[k].Start, d.toks[head].End}
	ei := d.resolveDescription(si, start, head, orgHead)
	if ei < 0 {
		return head + 1
	}
	d.addDescription(ei, span, k)
	return head + 1
}

// resolveDescription finds the entity a description refers to (E6).
func (d *edoc) resolveDescription(si, start, head int, org bool) int {
	hw := d.lowAt(head)
	// The words by their keys in the index, asked once, not per entity: a
	// word the index does not know is in no entity's titles or
	// descriptions, and adds nothing to any score.
	hk := d.key(hw)
	var modBuf [6]int32 // description scans at most five modifiers
	mods := modBuf[:0]
	for j := start; j < head; j++ {
		if d.toks[j].Kind == tokWord {
			if k := d.key(d.lowAt(j)); k >= 0 {
				mods = append(mods, k)
			}
		}
	}
	best, bestScore := -1, 0.0
	hwi := d.wordAt(head) // asked once, not per entity
	hwGender, hwRole := hwi.gender(), hwi.is(eRoleNoun)
	d.active(func(i int) {
		e := d.ents[i]
		if !e.described || hk < 0 && len(mods) == 0 {
			return // its score is 0
		}
		if org != (e.kind == Organization || e.votes[Organization] > e.votes[Person]) {
			if !(org && e.kind == UnknownEntity) {
				return
			}
		}
		if hwRole && hwGender != '-' && e.gender != 0 && e.gender != hwGender {
			return
		}
		// 3 for each of its title words that is the head or a modifier,
		// 2 if a description of it has the same head, 1.5 for each
		// modifier found in its descriptions. (Halves and small integers:
		// the sum is exact in any order.)
		hd := d.descWordOf(i, hk)
		score := 3 * float64(hd.titles)
		if hd.flags&descHeadWord != 0 {
			score += 2
		}
		for _, m := range mods {
			dw := d.descWordOf(i, m)
			score += 3 * float64(dw.titles)
			if dw.flags != 0 {
				score += 1.5
			}
		}
		if score == 0 {
			return
		}
		score = 10*score + d.sal(e)
		if score > bestScore {
			best, bestScore = i, score
		}
	})
	if best >= 0 {
		return best
	}
	// Failing evidence, an organisation description ("the party", "the
	// daily") is the most salient organisation. A person description
	// without evidence may be someone new ("the committee chairman"): it
	// stays unlinked.
	if !org {
		return -1
	}
	d.active(func(i int) {
		e := d.ents[i]
		isOrg := e.kind == Organization || e.votes[Organization] > e.votes[Person] && e.votes[Organization] > e.votes[Location]
		isPerson := e.kind == Person || e.votes[Person] > e.votes[Organization] && e.votes[Person] > e.votes[Location]
		if org && !isOrg || !org && !isPerson {
			return
		}
		if sal := d.sal(e); sal > bestScore {
			best, bestScore = i, sal
		}
	})
	if bestScore < 0.5 {
		return -1
	}
	return best
}

// ---------------------------------------------------------------------------
// Pronouns

// pronoun applies E7 at token k.
func (d *edoc) pronoun(si, k int, at *qattr) {
	lw := d.lowAt(k)
	g, ok := pronounGender(lw)
	if !ok || g == 'p' {
		return
	}
	ei := -1
	if at != nil && at.speaker != noRange {
		sp := at.speaker
		if at.ref[1] > at.ref[0] {
			sp = at.ref // "X, who said he ...": the relative's antecedent
		}
		if e, ok := d.entityIn(sp); ok && d.compatible(e, g) {
			ei = e // E7a
		}
	}
	if ei < 0 {
		// E7b: the nearest earlier person of the sentence, passing over
		// those inside a prepositional phrase ("hosted by X in which he").
		fallback := -1
		first := d.sents[si][0] // the mentions of the sentence start here or after
		for j := len(d.mention) - 1; j >= 0; j-- {
			m := &d.mention[j]
			if int(m.tok) < first {
				break
			}
			if m.Start < d.toks[k].Start && d.isPerson(m.ent) && d.compatible(m.ent, g) {
				if d.afterPreposition(m) {
					if fallback < 0 {
						fallback = m.ent
					}
					continue
				}
				ei = m.ent
				break
			}
		}
		if ei < 0 {
			ei = fallback
		}
	}
	if ei < 0 && si > 0 {
		// E7c: the subject of the previous sentence.
		if e := d.subject[si-1]; e >= 0 && d.isPerson(e) && d.compatible(e, g) {
			ei = e
		}
	}
	if ei < 0 {
		// E7d: the most salient person.
		best := 0.25
		d.active(func(i int) {
			if sal := d.sal(d.ents[i]); d.isPerson(i) && d.compatible(i, g) && sal > best {
				ei, best = i, sal
			}
		})
	}
	if ei < 0 {
		return
	}
	d.addMention(ei, d.toks[k].Span, PronounMention, k)
	e := d.ents[ei]
	if e.gender == 0 && (g == 'm' || g == 'f') {
		e.gender = g
	}
}

// afterPreposition reports whether the word before mention m (past titles
// and capitalised words of the same name), of a sentence, is a
// preposition.
func (d *edoc) afterPreposition(m *emention) bool {
	i := int(m.tok)
	si := -1
	if i < len(d.toks) {
		si = d.sentAt(i)
	}
	for p := i - 1; p >= 0 && d.sentAt(p) == si; p-- {
		if d.toks[p].Kind != tokWord {
			return false
		}
		if d.toks[p].is(tokCap) {
			continue
		}
		return d.wordAt(p).is(ePrep)
	}
	return false
}

// entityIn returns the entity of the mention inside token range r: a name
// (the last one that is a person, else the last), else a description or
// pronoun.
func (d *edoc) entityIn(r [2]int) (int, bool) {
	if r[0] < 0 {
		return -1, false
	}
	s := Span{d.toks[r[0]].Start, d.toks[r[1]-1].End}
	// While the text is being read the mentions are not sorted yet: look
	// back over the recent ones only (the speaker is in the same or the
	// previous sentence), without sorting.
	si := d.sentAt(r[0])
	best, bestRank := -1, -1
	for j := len(d.mention) - 1; j >= 0 && j >= len(d.mention)-activeMentions; j-- {
		m := d.mention[j]
		if m.tok >= 0 && d.sentAt(int(m.tok)) < si-1 {
			break
		}
		if rank := mentionRank(m, s, d.isPerson(m.ent)); rank > bestRank {
			best, bestRank = m.ent, rank
		}
	}
	return best, best >= 0
}

// mentionRank scores how well mention m stands for the phrase s: -1 when
// it lies outside; higher for the mention that ends where s ends (the
// head), for names over descriptions over pronouns, for people.
func mentionRank(m emention, s Span, person bool) int {
	if m.End <= s.Start || m.Start >= s.End {
		return -1
	}
	rank := 0
	if m.Start >= s.Start && m.End <= s.End {
		rank += 5 // inside the phrase, not just overlapping it
	}
	if m.End == s.End {
		rank += 4 // the head: "the party's spokesman"
	}
	switch MentionKind(m.kind) {
	case NameMention, TitledMention:
		rank += 2
		if person {
			rank += 6 // "Rep. Rosa DeLauro of Connecticut" is DeLauro
		}
	case DescriptionMention:
		rank++
	}
	return rank
}

// speakerAt is entityAt for a quote's speaker phrase (E8): a name that
// only qualifies a person noun at the head of the phrase does not speak.
// "a White House official" is someone at the White House, not the White
// House, and "a Trump supporter" is not Trump: they stay unresolved unless
// the phrase itself is linked to an entity ("the party leader", a
// description of a person named before, is that person).
func (d *edoc) speakerAt(s Span) (int, bool) {
	t := d.lowText[s.Start:s.End]
	h := strings.LastIndexByte(t, ' ') + 1
	head := t[h:]
	if head == "" || d.text[s.Start+h] != head[0] || !d.lists.get(head).is(eRoleNoun) && !d.lists.get(strings.TrimSuffix(head, "s")).is(eRoleNoun) {
		return d.entityAt(s) // no lower-case person noun at the head ("aides" is "aide"'s plural)
	}
	ei, ok := d.entityAt(s)
	if !ok {
		return ei, ok
	}
	for _, m := range d.mentionsAt(s) {
		if m.ent == ei && m.End == s.End {
			return ei, ok // the phrase itself is the entity's mention
		}
	}
	return -1, false
}

// mentionsAt returns the mentions that start at most 256 bytes before s
// and before its end, from the sorted list.
func (d *edoc) mentionsAt(s Span) []emention {
	lo := d.mentionFrom(s.Start - 256)
	hi := lo
	for hi < len(d.mention) && d.mention[hi].Start < s.End {
		hi++
	}
	return d.mention[lo:hi]
}

// mentionFrom returns the first of the sorted mentions that starts at or
// after byte pos (sort.Search, written out: it is asked for every
// speaker).
func (d *edoc) mentionFrom(pos int) int {
	i, hi := 0, len(d.mention)
	for i < hi {
		if m := int(uint(i+hi) >> 1); d.mention[m].Start < pos {
			i = m + 1
		} else {
			hi = m
		}
	}
	return i
}

// entityAt is entityIn for a byte span.
func (d *edoc) entityAt(s Span) (int, bool) {
	if !d.sorted {
		sortMentions(d.mention)
		d.sorted = true
	}
	// Mentions are short: start a little before s, at most 256 bytes, and
	// no further back than the longest mention reaches (those that start
	// before end before s).
	lo := d.mentionFrom(s.Start - min(256, d.longest))
	best, bestRank := -1, -1
	for i := lo; i < len(d.mention); i++ {
		m := &d.mention[i]
		if m.Start >= s.End {
			break
		}
		if m.End <= s.Start {
			continue // outside s: mentionRank is -1, whoever it is
		}
		if rank := mentionRank(*m, s, d.isPerson(m.ent)); rank >= 0 && rank >= bestRank {
			best, bestRank = m.ent, rank
		}
	}
	return best, best >= 0
}

func (d *edoc) isPerson(ei int) bool {
	e := d.ents[ei]
	return e.kind == Person || e.kind == UnknownEntity && e.votes[Person] >= e.votes[Organization] || e.votes[Person] > 0 && e.votes[Person] >= e.votes[Location] && e.votes[Person] >= e.votes[Organization]
}

func (d *edoc) compatible(ei int, g byte) bool {
	e := d.ents[ei]
	return e.gender == 0 || g == 0 || e.gender == g
}

// ---------------------------------------------------------------------------
// Output

// finish settles each entity's type by its votes (E3) and the position of
// its first mention; it sorts the mentions in text order.
func (d *edoc) finish() {
	// Stable by Start, as entityAt and mentionsIn want them: each
	// entity's mentions come out in text order, equal starts in the order
	// they were found.
	if !d.sorted {
		sortMentions(d.mention)
		d.sorted = true
	}
	for _, e := range d.ents {
		best := elect(&e.votes, e.kind)
		if best == UnknownEntity {
			best = OtherEntity
		}
		e.kind = best
	}
}

// sortMentions sorts ms by Start, stably. The mentions are recorded
// nearly in text order (a description before a name comes after the
// name's mentions): an insertion sort that moves each mention a few
// places at most sorts them in linear time, and when one would move
// further the library's stable sort takes over. Either way the order is
// the one stable order.
func sortMentions(ms []emention) {
	const far = 8
	for i := 1; i < len(ms); i++ {
		if ms[i].Start >= ms[i-1].Start {
			continue
		}
		m := ms[i]
		j := i - 1 // ms[j] goes after m
		for j > 0 && j > i-far && ms[j-1].Start > m.Start {
			j--
		}
		if j > 0 && ms[j-1].Start > m.Start {
			slices.SortStableFunc(ms, func(a, b emention) int { return a.Start - b.Start })
			return
		}
		copy(ms[j+1:i+1], ms[j:i])
		ms[j] = m
	}
}

// entities returns the Entities in order of first mention, their mentions
// packed (see packedMentions), and the map from the finder's entity index
// to the output ID. The IDs are substrings of one string, and the titles
// and descriptions windows of one array (with no spare capacity); the
// entities' Mentions are nil: cloneEntities makes them from the packed
// ones, which take a third of the room. The map is a working array of d:
// it is valid until release, and entities (or unpackedEntities) is
// called once per edoc.
func (d *edoc) entities() ([]Entity, packedMentions, []string) {
	return d.makeEntities(false)
}

// unpackedEntities is entities for an analysis that nothing else holds
// (Analyze's own): the entities' Mentions are made at once, as
// cloneEntities makes them from the packed ones (windows of one array,
// with no spare capacity; nil when empty), rather than packed.
func (d *edoc) unpackedEntities() ([]Entity, []string) {
	es, _, ids := d.makeEntities(true)
	return es, ids
}

// makeEntities is entities, with the mentions unpacked into the
// entities' Mentions when unpack is set (and no packed mentions).
func (d *edoc) makeEntities(unpack bool) ([]Entity, packedMentions, []string) {
	d.sc.order = reuseZero(d.sc.order, len(d.ents))
	order := d.sc.order
	for i := range order {
		order[i] = i
	}
	d.sortByFirst(order)
	// "e1e2...eN", cut into the IDs below.
	var num [20]byte
	var b strings.Builder
	b.Grow(len(order) * (1 + len(strconv.AppendInt(num[:0], int64(len(order)), 10))))
	nstr := 0
	for n := range order {
		b.WriteByte('e')
		b.Write(strconv.AppendInt(num[:0], int64(n+1), 10))
		nstr += int(d.ents[n].titles.n + d.ents[n].descs.n)
	}
	idText := b.String()
	strs := make([]string, 0, nstr)
	d.sc.ids = reuseZero(d.sc.ids, len(d.ents))
	ids := d.sc.ids
	// The packed mentions: where each entity's go (e.mentions counts
	// up from its first slot), then the mentions in text order. Or,
	// unpacked, the same in an array of Mentions, each entity's a window
	// of e.nMention that ends at e.mentions once they are in.
	var packed packedMentions
	var mens []Mention
	off := int32(0)
	if unpack {
		if len(d.mention) > 0 {
			mens = make([]Mention, len(d.mention))
		}
		for _, i := range order {
			e := d.ents[i]
			e.mentions = off
			off += e.nMention
		}
		for i := range d.mention {
			m := &d.mention[i]
			e := d.ents[m.ent]
			mens[e.mentions] = Mention{Span: m.Span, Text: d.text[m.Start:m.End], Kind: MentionKind(m.kind)}
			e.mentions++
		}
	} else {
		if len(d.ents) > 0 {
			packed = make(packedMentions, len(d.ents)+3*len(d.mention))
		}
		for _, i := range order {
			e := d.ents[i]
			packed[off] = e.nMention
			e.mentions = off + 1
			off += 1 + 3*e.nMention
		}
		for i := range d.mention {
			m := &d.mention[i]
			e := d.ents[m.ent]
			packed[e.mentions], packed[e.mentions+1], packed[e.mentions+2] = int32(m.Start), int32(m.End), int32(m.kind)
			e.mentions += 3
		}
	}
	out := make([]Entity, 0, len(d.ents))
	pos := 0
	for n, i := range order {
		e := d.ents[i]
		l := 1 + len(strconv.AppendInt(num[:0], int64(n+1), 10))
		ids[i] = idText[pos : pos+l]
		pos += l
		t := len(strs)
		strs = d.appendList(strs, e.titles)
		k := len(strs)
		strs = d.appendList(strs, e.descs)
		out = append(out, Entity{
			ID: ids[i], Name: e.name, Kind: e.kind,
			Titles:       strs[t:k:k],
			Descriptions: strs[k:len(strs):len(strs)],
		})
		if unpack && e.nMention > 0 {
			out[len(out)-1].Mentions = mens[e.mentions-e.nMention : e.mentions : e.mentions]
		}
	}
	return out, packed, ids
}

// sortByFirst sorts order, the indexes of the entities, by their first
// mention, stably. The entities are made nearly in that order (the text
// is read in order, and most make their entity at their first mention):
// as sortMentions, an insertion sort that moves each a few places at most
// does it in linear time, and when one would move further the library's
// stable sort takes over. Either way the order is the one stable order.
func (d *edoc) sortByFirst(order []int) {
	const far = 8
	ents := d.ents
	for i := 1; i < len(order); i++ {
		x := order[i]
		f := ents[x].first
		if f >= ents[order[i-1]].first {
			continue
		}
		j := i - 1 // order[j] goes after x
		for j > 0 && j > i-far && ents[order[j-1]].first > f {
			j--
		}
		if j > 0 && ents[order[j-1]].first > f {
			slices.SortStableFunc(order, func(a, b int) int { return ents[a].first - ents[b].first })
			return
		}
		copy(order[j+1:i+1], order[j:i])
		order[j] = x
	}
}

// packedMentions are the mentions of a list of entities, for the text of
// their article: for each entity in turn, the number n of its mentions,
// then n times the Start, End and Kind of a mention.
type packedMentions []int32

// ---------------------------------------------------------------------------
// Helpers

// nameWords returns the words of a lower-cased name, hyphenated parts kept:
// the fields of s between white space, '.' and ','. They are substrings of
// s, in d.nameBuf: valid until the next call.
func (d *edoc) nameWords(s string) []string {
	// ASCII, the usual case, byte by byte; else rune by rune, below.
	words := d.nameBuf[:0]
	start := 0
	for i := 0; i < len(s); i++ {
		switch nameBytes[s[i]] {
		case 0:
			continue
		case nameSep:
			if i > start {
				words = append(words, s[start:i])
			}
			start = i + 1
		default:
			return d.nameWordsUnicode(s)
		}
	}
	if start < len(s) {
		words = append(words, s[start:])
	}
	d.nameBuf = words
	return words
}

// nameWordsUnicode is nameWords for s that is not all ASCII.
func (d *edoc) nameWordsUnicode(s string) []string {
	words := d.nameBuf[:0]
	start := -1
	for i := 0; i < len(s); {
		// As for i, r := range s, decoding only what is not ASCII.
		var sep bool
		size := 1
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			sep = unicode.IsSpace(r)
		default:
			sep = nameSeparators[c]
		}
		if sep {
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	d.nameBuf = words
	return words
}

// nameSeparators are the ASCII bytes between the words of a name for
// nameWords: white space, '.' and ','.
var nameSeparators = [utf8.RuneSelf]bool{' ': true, '.': true, ',': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// nameBytes classes every byte for nameWords' first loop: 0 for the ASCII
// bytes of a word, nameSep for nameSeparators, nameNotASCII for the bytes
// of other runes.
var nameBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = nameNotASCII
		case nameSeparators[c]:
			t[c] = nameSep
		}
	}
	return t
}()

// The classes of nameBytes.
const (
	nameSep uint8 = 1 + iota
	nameNotASCII
)

// nameKeys returns the keys of the words of the lower-cased name lower,
// whose key is nk, in the article's word store d.words: split
// (nameWords) and looked up once per article, and kept in the key's
// keyRefs for the names that come back. c is the candidate of the name,
// or nil: when it is one word (oneNameWord), it is not split.
func (d *edoc) nameKeys(nk int32, lower string, c *nameCand) wordRange {
	if r := &d.keys[nk]; r.split {
		return r.words
	}
	wr := wordRange{start: int32(len(d.words))}
	if c != nil && d.oneNameWord(c) {
		d.words = append(d.words, nk) // "khan" the word is "khan" the name
	} else if words := d.nameWords(lower); len(words) == 1 && len(words[0]) == len(lower) {
		d.words = append(d.words, nk) // "khan" the word is "khan" the name
	} else {
		for _, w := range words {
			d.words = append(d.words, d.addKey(w)) // d.keys may grow
		}
	}
	wr.end = int32(len(d.words))
	r := &d.keys[nk]
	r.words, r.split = wr, true
	return wr
}

// oneNameWord reports whether the name of candidate c, as addName reads
// it (from its first token's start to c.end, not empty: cleanName), is
// one word for nameWords, the whole of its lower-cased text: when it is
// one word token with no dot and no digit. The tokenizer joins into a
// word only word runes (letters, digits, marks: never white space),
// '.' (tokHasDot), ',' and ':' between digits (tokHasDigit), '&',
// hyphens and apostrophes, none of which separate the words of a name
// but '.' and ','; lower-casing keeps a letter a letter.
func (d *edoc) oneNameWord(c *nameCand) bool {
	t := &d.toks[c.first]
	return c.last-c.first == 1 && t.Kind == tokWord && t.Flags&(tokHasDot|tokHasDigit) == 0
}

// placeLower returns strings.ToLower(dl.Place). The place is the text
// of its span recased: when it is ASCII and the same as that text up to
// case, its lower-case form is that of the text, a substring of lowText.
func (d *edoc) placeLower(dl *Dateline) string {
	sp, p := dl.PlaceSpan, dl.Place
	if sp.Start < 0 || sp.End > len(d.lowText) || sp.Len() != len(p) {
		return strings.ToLower(p)
	}
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			return strings.ToLower(p)
		}
	}
	// EqualFold matches rune by rune: the text, as long as p in bytes
	// and in runes, is ASCII too.
	if !strings.EqualFold(p, d.text[sp.Start:sp.End]) {
		return strings.ToLower(p)
	}
	return d.lowText[sp.Start:sp.End]
}

// lower returns strings.ToLower(s), where s is the text at byte offset
// off: for ASCII s, the substring of d.lowText.
func (d *edoc) lower(s string, off int) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return d.lowText[off : off+len(s)]
}

// lowerFields appends to dst the white-space separated words of
// strings.ToLower(s), where s is the text at byte offset off. For ASCII s
// the words are substrings of d.lowText, the same text lower-cased, and
// nothing is allocated.
func (d *edoc) lowerFields(dst []string, s string, off int) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, strings.Fields(strings.ToLower(s))...)
		}
	}
	low := d.lowText[off : off+len(s)]
	start := -1
	for i := 0; i < len(low); i++ {
		switch low[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			if start >= 0 {
				dst = append(dst, low[start:i])
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		dst = append(dst, low[start:])
	}
	return dst
}

// nameFirstWord is firstWord(text) for a name whose text starts where
// word token first does. A word token holds no white space (the
// tokenizer joins into a word only word runes and a few joining marks):
// the first word is the token's text when the text ends in it or goes on
// after an ASCII space, as most names do; else it is looked for.
func (d *edoc) nameFirstWord(text string, first int) string {
	n := d.toks[first].End - d.toks[first].Start
	if d.toks[first].Kind == tokWord {
		if n >= len(text) {
			return text
		}
		if c := text[n]; c == ' ' || '\t' <= c && c <= '\r' {
			return text[:n]
		}
	}
	return firstWord(text)
}

// firstWord returns s up to its first white space (unicode.IsSpace),
// reading ASCII bytes without decoding them.
func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			if j := strings.IndexFunc(s[i:], unicode.IsSpace); j >= 0 {
				return s[:i+j]
			}
			return s
		case c == ' ' || '\t' <= c && c <= '\r':
			return s[:i]
		}
	}
	return s
}

// subsetWords reports whether every word of a is in b.
func subsetWords(a, b []int32) bool {
	if len(a) == 0 || len(a) > len(b) {
		return false
	}
	for _, w := range a {
		found := false
		for _, x := range b {
			if x == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// appendInitials appends to b the lower-case initials of the name words
// whose keys are wk (nameKeys: nameWords of the name, in order),
// hyphenated parts counted when capitalised in the original
// ("tehreek-e-insaf" gives "ti"). Callers pass a small array of their own
// and look the result up as a map key without converting it to a string.
func (d *edoc) appendInitials(b []byte, wk []int32) []byte {
	for _, k := range wk {
		w := d.keys[k].s
		switch w {
		case "of", "and", "the", "for", "de", "&":
			continue
		}
		if strings.IndexByte(w, '-') < 0 {
			if w != "" {
				b = append(b, w[0]) // one part
			}
			continue
		}
		// Each hyphenated part of three or more letters counts.
		for i, part := 0, 0; i <= len(w); i++ {
			if i < len(w) && w[i] != '-' {
				continue
			}
			if i > part && (part == 0 || i-part >= 3) {
				b = append(b, w[part])
			}
			part = i + 1
		}
	}
	return b
}

// appendAcronymKey appends to dst the key of an acronym: the acronym
// lower-cased, lower, without its dots ("u.s." -> "us").
func appendAcronymKey(dst []byte, lower string) []byte {
	for i := 0; i < len(lower); i++ {
		if lower[i] != '.' {
			dst = append(dst, lower[i])
		}
	}
	return dst
}

// acronymRef is d.lookup(kind, key) for the key of the acronym lower
// (appendAcronymKey), built on the stack rather than as a string of its
// own.
func (d *edoc) acronymRef(kind uint8, lower string) (int, bool) {
	if strings.IndexByte(lower, '.') < 0 {
		return d.lookup(kind, lower)
	}
	var buf [32]byte
	return d.lookup(kind, string(appendAcronymKey(buf[:0], lower)))
}

// addAcronymKey is d.addKey(key) for the key of the acronym lower
// (appendAcronymKey): the key string is allocated only when the index
// does not have it yet.
func (d *edoc) addAcronymKey(lower string) int32 {
	if strings.IndexByte(lower, '.') < 0 {
		return d.addKey(lower)
	}
	var buf [32]byte
	b := appendAcronymKey(buf[:0], lower)
	if k := d.key(string(b)); k >= 0 {
		return k
	}
	return d.addKey(string(b))
}

// isAcronym reports a word of two to six upper-case letters, dots allowed.
func isAcronym(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ { // ASCII, the usual case, without decoding
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			n++
		case c >= utf8.RuneSelf:
			return isAcronymUnicode(s)
		case c != '.' && c != '&':
			return false
		}
	}
	return n >= 2 && n <= 6
}

// isAcronymUnicode is isAcronym for s that is not all ASCII.
func isAcronymUnicode(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			n++
		case r < utf8.RuneSelf && r != '.' && r != '&':
			return false // the common case, without the Unicode tables
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// titleGender returns the gender a title implies ('m', 'f') or 0.
func titleGender(t string) byte {
	switch strings.TrimSuffix(firstWord(strings.TrimLeftFunc(t, unicode.IsSpace)), ".") {
	case "Mr", "Sir", "Lord", "King", "Prince", "Sheikh":
		return 'm'
	case "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Begum":
		return 'f'
	}
	return 0
}

// expandTitle maps an abbreviated title word to its full form ("gen" to
// "general") through the title list: the word capitalised, then with a
// dot. A short ASCII word is capitalised in a small array of its own.
func expandTitle(w string) string {
	var buf [31]byte
	if w != "" && w[0] < utf8.RuneSelf && len(w) < len(buf) {
		form := append(buf[:0], w...)
		if c := form[0]; 'a' <= c && c <= 'z' {
			form[0] = c - ('a' - 'A')
		}
		tab := eTitleTable()
		if t := tab.get(string(form)); t.flags&eTitleFull != 0 {
			return t.lowCanon
		}
		if t := tab.get(string(append(form, '.'))); t.flags&eTitleFull != 0 {
			return t.lowCanon
		}
		return w
	}
	for _, form := range [...]string{strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w[:1]) + w[1:] + "."} {
		if _, canon, ok := lexTitle(form); ok {
			return strings.ToLower(canon)
		}
	}
	return w
}

// pronounGender returns the gender of a lower-cased third-person pronoun:
// 'm', 'f', or 'p' for plural (not resolved to people). A switch, not a
// map: it is asked about nearly every word.
func pronounGender(lw string) (g byte, ok bool) {
	switch lw {
	case "he", "him", "his", "himself":
		return 'm', true
	case "she", "her", "hers", "herself":
		return 'f', true
	case "they", "them", "their", "themselves":
		return 'p', true
	}
	return 0, false
}

// The flags of eTitleTable.
const (
	eTitleFull   uint8 = 1 << iota // a title as written (lexTitle)
	eTitlePrefix                   // the words before a space of a longer title
)

// eTitle is an entry of eTitleTable: its flags and, for a title, its
// canonical form lower-cased ("lieutenant general").
type eTitle struct {
	flags    uint8
	lowCanon string
}

// eTitles is the table of eTitleTable: an exact index (L4) of its keys,
// which rejects most capitalised words without hashing them, and the
// entry of each key.
type eTitles = lexExact[eTitle]

var (
	eTitleOnce sync.Once
	eTitleTab  *eTitles
)

// eTitleTable returns the titles of lexTitle and the space-ended prefixes
// of the multi-word ones ("Lt." of "Lt. Gen."), so that titleAt reads a
// title word by word and stops as soon as no title goes on, and
// expandTitle finds a full form without lower-casing it each time. Built
// once, read-only afterwards.
func eTitleTable() *eTitles {
	eTitleOnce.Do(func() {
		titles := lexLoadMaps().titles
		tab := make(map[string]eTitle, 2*len(titles))
		for t, e := range titles {
			x := tab[t]
			x.flags |= eTitleFull
			x.lowCanon = strings.ToLower(e.canonical)
			tab[t] = x
			for i := 0; i < len(t); i++ {
				if t[i] == ' ' {
					x := tab[t[:i]]
					x.flags |= eTitlePrefix
					tab[t[:i]] = x
				}
			}
		}
		t := &eTitles{}
		t.idx, t.vals = lexIndexOf(tab)
		eTitleTab = t
	})
	return eTitleTab
}

// eWordInfo is what the word lists of the entity rules say of a
// lower-case word: its classes (eRoleNoun, ...) and, for a role noun, its
// gender.
//
// Its classes are its low 16 bits, the gender (lexRoleNoun's) the next 8;
// eWordKnown marks an entry of edoc.winfo as looked up.
type eWordInfo uint32

// eWordKnown is set in the entries of edoc.winfo that lookupWord has filled.
const eWordKnown eWordInfo = 1 << 31

// gender returns the gender of a role noun ('m', 'f', '-'), else 0.
func (w eWordInfo) gender() byte { return byte(w >> 16) }

// The classes of eWordInfo.
const (
	eRoleNoun  uint16 = 1 << iota // lexRoleNoun
	eSpeech                       // lexSpeechVerb
	eOrgHead                      // lexOrgNoun head
	eOrgDesc                      // lexOrgNoun desc
	eDescEnd                      // eDescStop or qPrepositions: ends a description
	ePrep                         // qPrepositions
	eParticle                     // eNameParticles
	ePlaceNoun                    // ePlaceNouns
	eCalendar                     // monthNames or weekdayNames
	eLocPrep                      // eLocPreps
)

// is reports whether the word is in any of the classes c.
func (w eWordInfo) is(c uint16) bool { return uint16(w)&c != 0 }

// eWords is every word of the lists above in one exact index (L4), for
// the rules that ask several lists about the same word: one lookup
// answers them all, and most words are rejected without hashing them
// (see lexIndex). The lists looked up with case folded (L3) are asked
// about words of td.low and lowText, which are in lower case already, so
// an exact lookup gives the same answer.
type eWords = lexExact[eWordInfo]

var (
	eWordsOnce sync.Once
	eWordsTab  *eWords
)

// eWordTable returns the eWords, built once, read-only afterwards.
func eWordTable() *eWords {
	eWordsOnce.Do(func() {
		m := make(map[string]eWordInfo)
		add := func(w string, c uint16) eWordInfo {
			x := m[w] | eWordInfo(c)
			m[w] = x
			return x
		}
		lt := lexLoadMaps()
		// The folded lists find no word longer than lexFoldMax (L3).
		for w, g := range lt.roles {
			if len(w) <= lexFoldMax {
				x := add(w, eRoleNoun)
				m[w] = x&^(0xff<<16) | eWordInfo(g)<<16
			}
		}
		for w := range lt.verbs {
			if len(w) <= lexFoldMax {
				add(w, eSpeech)
			}
		}
		for w, fl := range lt.orgs {
			if len(w) <= lexFoldMax && fl&lexOrgHead != 0 {
				add(w, eOrgHead)
			}
			if len(w) <= lexFoldMax && fl&lexOrgDesc != 0 {
				add(w, eOrgDesc)
			}
		}
		for _, l := range []struct {
			words map[string]struct{}
			c     uint16
		}{{eDescStop, eDescEnd}, {qPrepositions, eDescEnd | ePrep}, {eNameParticles, eParticle}, {ePlaceNouns, ePlaceNoun}, {eLocPreps, eLocPrep}} {
			for w := range l.words {
				add(w, l.c)
			}
		}
		for _, l := range []map[string]int{monthNames, weekdayNames} {
			for w := range l {
				add(w, eCalendar)
			}
		}
		t := &eWords{}
		t.idx, t.vals = lexIndexOf(m)
		eWordsTab = t
	})
	return eWordsTab
}

// eDescStop end a description scanned from its start or its head.
var eDescStop = set("a", "an", "and", "as", "but", "by", "for", "from", "he", "her", "his", "if", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was", "were", "when", "which", "while", "who", "with")

// eIngAdjectives are -ing words that can stand in a role phrase: "ruling
// party", "acting director".
var eIngAdjectives = set("acting", "founding", "governing", "incoming", "leading", "outgoing", "ruling", "serving", "sitting", "visiting", "presiding", "reigning", "opposing", "managing")

// eLocPreps before a name make it lean to a place (evidence): "in Lisbon",
// "to Zaman Park".
var eLocPreps = set("in", "at", "to", "from", "near", "outside", "across")

// ePlaceNouns after a name make it a place: "Zaman Park residence".
var ePlaceNouns = set("airport", "area", "border", "city", "compound", "county", "district", "estate", "highway", "neighbourhood", "neighborhood", "province", "region", "residence", "road", "street", "town", "township", "valley", "village")

// eNameParticles are lower-case words inside personal names: "bin", "de la",
// "van". Source: common Arabic, Romance, Dutch and German name particles.
var eNameParticles = set("al", "bin", "binti", "bint", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "ul", "ur", "van", "von", "zu")
