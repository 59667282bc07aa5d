package news

// EntityKind is the type of an [Entity]. The zero value, UnknownEntity, is an
// entity whose type could not be told.
type EntityKind int

// The kinds of entity.
const (
	UnknownEntity EntityKind = iota
	Person
	Organization
	Location
	OtherEntity // a named thing that is none of the above: an event, a law, a nationality
)

var entityKindNames = [...]string{"unknown", "person", "organization", "location", "other"}

// String returns "person", "organization", "location", "other" or "unknown".
func (k EntityKind) String() string {
	if k < 0 || int(k) >= len(entityKindNames) {
		return "unknown"
	}
	return entityKindNames[k]
}

// MarshalText implements encoding.TextMarshaler. UnknownEntity marshals as
// "other", the JSON contract's catch-all.
func (k EntityKind) MarshalText() ([]byte, error) {
	if k == UnknownEntity {
		return []byte("other"), nil
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *EntityKind) UnmarshalText(b []byte) error {
	*k = UnknownEntity
	for i, n := range entityKindNames {
		if n == string(b) {
			*k = EntityKind(i)
		}
	}
	return nil
}

// MentionKind says how a [Mention] refers to its entity.
type MentionKind int

// The kinds of mention. The zero value is not used by the package.
const (
	UnknownMention     MentionKind = iota
	NameMention                    // a proper name: "Khan", "the United Nations"
	DescriptionMention             // a common-noun phrase: "the minister", "a retired officer"
	PronounMention                 // a pronoun: "he", "she", "they", "I" in a quote
	// TitledMention is a name together with the titles written before it
	// ("Major (r) Warsame"): the same place as a NameMention, with more of
	// the text. Tools that count names should count NameMention only.
	TitledMention
)

var mentionKindNames = [...]string{"", "name", "description", "pronoun", "title"}

// String returns "name", "description", "pronoun", "title" or "".
func (k MentionKind) String() string {
	if k < 0 || int(k) >= len(mentionKindNames) {
		return ""
	}
	return mentionKindNames[k]
}

// MarshalText implements encoding.TextMarshaler.
func (k MentionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MentionKind) UnmarshalText(b []byte) error {
	*k = UnknownMention
	for i, n := range mentionKindNames {
		if n == string(b) {
			*k = MentionKind(i)
		}
	}
	return nil
}

// A Mention is one place where the text refers to an entity.
type Mention struct {
	Span
	Text string      `json:"text"` // Article.Text[Start:End]
	Kind MentionKind `json:"kind"`
}

// An Entity is a person, organisation, place or other named thing of the
// article, with every mention of it merged.
type Entity struct {
	// ID identifies the entity within its article ("e1", "e2", ... in order
	// of first mention).
	ID string `json:"id"`
	// Name is the fullest proper name the article uses for it.
	Name string     `json:"name"`
	Kind EntityKind `json:"type"`
	// Titles are the titles and ranks written before its name ("Gen",
	// "Major (r)", "Senator"), each once, in order of first use.
	Titles []string `json:"titles"`
	// Descriptions are the common-noun phrases the article uses for it
	// ("a retired army officer", "the party chief"), each once.
	Descriptions []string `json:"descriptions"`
	// Mentions are all its mentions in text order.
	Mentions []Mention `json:"mentions"`
}

// Entities returns the people, organisations and places of the article in
// order of first mention. It returns nil when there are none. The slice is
// the caller's; the analysis behind it is computed once per Article.
func Entities(a *Article) []Entity {
	an := a.analyze()
	return cloneEntities(a.Text, an.entities, an.mentions)
}

// cloneEntities returns a deep copy of es for the caller, with their
// mentions, packed (in the text of the article), unpacked: Titles and
// Descriptions non-nil, Mentions nil when empty. The copies of all the
// entities share one array of strings and one of mentions, each entity's
// a window with no spare capacity, so that appending to one never writes
// into another.
func cloneEntities(text string, es []Entity, packed packedMentions) []Entity {
	if es == nil {
		return nil
	}
	nstr := 0
	for _, e := range es {
		nstr += len(e.Titles) + len(e.Descriptions)
	}
	strs := make([]string, 0, nstr)
	var mens []Mention
	if nmen := (len(packed) - len(es)) / 3; nmen > 0 {
		mens = make([]Mention, nmen)
	}
	out := make([]Entity, len(es))
	copy(out, es) // in bulk; each then gets its own windows below
	for i := range out {
		e := &out[i]
		k := len(strs)
		strs = append(strs, e.Titles...)
		e.Titles = strs[k:len(strs):len(strs)]
		k = len(strs)
		strs = append(strs, e.Descriptions...)
		e.Descriptions = strs[k:len(strs):len(strs)]
	}
	unpackMentions(text, out, packed, mens)
	return out
}

// unpackMentions sets the Mentions of each entity of es from packed (nil
// when it has none), as windows with no spare capacity of mens, which has
// room for all of them.
func unpackMentions(text string, es []Entity, packed packedMentions, mens []Mention) {
	p, m := 0, 0 // the next of packed, of mens
	for i := range es {
		e := &es[i]
		e.Mentions = nil
		if p < len(packed) {
			n := int(packed[p])
			p++
			if n > 0 && m+n <= len(mens) && p+3*n <= len(packed) {
				ms, ps := mens[m:m+n:m+n], packed[p:p+3*n]
				for j := range ms {
					// ps[:3] is this mention (one bounds check: ps[2] first).
					kind, s, end := MentionKind(ps[2]), int(ps[0]), int(ps[1])
					ms[j] = Mention{Span: Span{s, end}, Text: text[s:end], Kind: kind}
					ps = ps[3:]
				}
				e.Mentions = ms
				m += n
				p += 3 * n
			}
		}
	}
}
