package news

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The articles in this file are written for the tests; none is copied from
// the seed article or a corpus. Every name in them is made up.

// entityKnownFailures lists the TestEntities cases the library still gets
// wrong, by test/case name, with the observed output. They are reported
// with t.Skip, never deleted; move a case out when it passes.
var entityKnownFailures = map[string]string{
	// Names with lower-case particles are cut at the particle.
	"TestEntities/acronym_and_expansion_with_an_apostrophe": `observed: {Name: "National People", Kind: "organization", ` +
		`Names: ["National People"]} and {Name: "NPF", Descriptions: ["the coalition"], Names: ["NPF"], Descs: ` +
		`["the coalition"]}: the name is cut at "'s", so the acronym does not merge, and "the coalition" is linked to the ` +
		`party that joins it`,
	"TestEntities/upper-case_headline_above_the_story": `observed: {Name: "Cork", Kind: "person"}`,
}

// entityView is the part of an [Entity] the table checks: its name, type,
// titles and descriptions, and the texts of its mentions of each kind,
// sorted.
type entityView struct {
	Name         string
	Kind         string
	Titles       []string
	Descriptions []string
	Names        []string // NameMention texts
	Titled       []string // TitledMention texts
	Descs        []string // DescriptionMention texts
	Pronouns     []string // PronounMention texts
}

// entityViews projects es to comparable values, checking on the way that
// every mention covers exactly its text and has a known kind.
func entityViews(t *testing.T, text string, es []Entity) []entityView {
	t.Helper()
	var out []entityView
	for _, e := range es {
		v := entityView{Name: e.Name, Kind: e.Kind.String(), Titles: e.Titles, Descriptions: e.Descriptions}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Errorf("%s: mention span %v out of range", e.Name, m.Span)
				continue
			}
			if text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention text %q, but its span covers %q", e.Name, m.Text, text[m.Start:m.End])
			}
			switch m.Kind {
			case NameMention:
				v.Names = append(v.Names, m.Text)
			case TitledMention:
				v.Titled = append(v.Titled, m.Text)
			case DescriptionMention:
				v.Descs = append(v.Descs, m.Text)
			case PronounMention:
				v.Pronouns = append(v.Pronouns, m.Text)
			default:
				t.Errorf("%s: mention %q has kind %v", e.Name, m.Text, m.Kind)
			}
		}
		for _, l := range [][]string{v.Names, v.Titled, v.Descs, v.Pronouns} {
			sort.Strings(l)
		}
		out = append(out, v)
	}
	return out
}

// TestEntities checks every entity Entities finds in short articles: names,
// types, titles, descriptions and merged mentions.
func TestEntities(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		text   string
		want   []entityView
	}{
		{
			name:   "particle bin",
			reason: "names with particles: a lower-case `bin` inside a name belongs to it",
			text:   "Talks were led by Hamza bin Tariq, who flew in overnight.",
			want:   []entityView{{Name: "Hamza bin Tariq", Kind: "person", Names: []string{"Hamza bin Tariq"}}},
		},
		{
			name:   "particle al- with hyphen",
			reason: "names with particles: `al-` joined by a hyphen is one word of the name; a gazetteer city is a location (E3)",
			text:   "Khalid al-Mansouri met reporters in Doha on Sunday.",
			want: []entityView{
				{Name: "Khalid al-Mansouri", Kind: "person", Names: []string{"Khalid al-Mansouri"}},
				{Name: "Doha", Kind: "location", Names: []string{"Doha"}},
			},
		},
		{
			name:   "particle de la",
			reason: "names with particles: `de la` between given name and surname",
			text:   "The prize went to Sofia de la Cruz on Friday.",
			want:   []entityView{{Name: "Sofia de la Cruz", Kind: "person", Names: []string{"Sofia de la Cruz"}}},
		},
		{
			name:   "particle van",
			reason: "names with particles: `van` inside a Dutch name; his refers to the only person (E7)",
			text:   "Pieter van Dijkstra named his squad for the qualifier.",
			want:   []entityView{{Name: "Pieter van Dijkstra", Kind: "person", Names: []string{"Pieter van Dijkstra"}, Pronouns: []string{"his"}}},
		},
		{
			name:   "apostrophe name",
			reason: "an apostrophe inside a surname (O'Brien) does not split the name",
			text:   "Sean O'Brien scored twice on Saturday.",
			want:   []entityView{{Name: "Sean O'Brien", Kind: "person", Names: []string{"Sean O'Brien"}}},
		},
		{
			name:   "X-led gives X",
			reason: "hyphen tails: `X-led` gives the name X without the tail",
			text:   "The Nadia Karimi-led commission released its findings on Monday.",
			want:   []entityView{{Name: "Nadia Karimi", Kind: "person", Names: []string{"Nadia Karimi"}}},
		},
		{
			name:   "possessives",
			reason: "a possessive 's is not part of the name, and the surname merges with the full name (E4)",
			text:   "Maya Chen's lawyers filed an appeal. Chen's office declined to comment.",
			want:   []entityView{{Name: "Maya Chen", Kind: "person", Names: []string{"Chen", "Maya Chen"}}},
		},
		{
			name:   "acronym organisation",
			reason: "E3: an acronym says organisation",
			text:   "The IMF approved the loan on Wednesday.",
			want:   []entityView{{Name: "IMF", Kind: "organization", Names: []string{"IMF"}}},
		},
		{
			name:   "acronym and expansion",
			reason: "E4: `Full Name (ACR)` and a later ACR are one organisation named by its expansion",
			text:   "The National Farmers Union (NFU) called a strike. The NFU wants higher milk prices.",
			want:   []entityView{{Name: "National Farmers Union", Kind: "organization", Names: []string{"NFU", "NFU", "National Farmers Union"}}},
		},
		{
			name:   "sentence-initial common word",
			reason: "E2: a capitalised common word at the start of a sentence is not a name",
			text:   "Despite the rain, Laura Vance finished the race. Afterwards she rested.",
			want:   []entityView{{Name: "Laura Vance", Kind: "person", Names: []string{"Laura Vance"}, Pronouns: []string{"she"}}},
		},
		{
			name:   "weekdays and months",
			reason: "E2: weekday and month names are times, not entities",
			text:   "On Monday, Victor Hale said he would return in March.",
			want:   []entityView{{Name: "Victor Hale", Kind: "person", Names: []string{"Victor Hale"}, Pronouns: []string{"he"}}},
		},
		{
			name:   "lone titles",
			reason: "E2: a title with no name after it is not a name",
			text:   "The President spoke briefly. The Minister left early.",
			want:   nil,
		},
		{
			name:   "all-caps dateline and case variant",
			reason: "E4: the dateline's upper-case city and the same name in title case are one location; the agency is dateline metadata (Dateline.Agency), not a mention in the story",
			text:   "NAIROBI (Reuters) - Flooding closed roads across Nairobi on Tuesday.",
			want: []entityView{
				{Name: "Nairobi", Kind: "location", Names: []string{"NAIROBI", "Nairobi"}},
			},
		},
		{
			name:   "organisation word",
			reason: "E3: an organisation word (Ministry) types the name as an organisation",
			text:   "The Ministry of Health issued new guidance on Thursday.",
			want:   []entityView{{Name: "Ministry of Health", Kind: "organization", Names: []string{"Ministry of Health"}}},
		},
		{
			name:   "company word",
			reason: "E3: Company at the end of a name says organisation",
			text:   "Workers at the Baltic Shipping Company walked out.",
			want:   []entityView{{Name: "Baltic Shipping Company", Kind: "organization", Names: []string{"Baltic Shipping Company"}}},
		},
		{
			name:   "gazetteer places",
			reason: "E3: gazetteer cities and `in`/`to` before a name say location",
			text:   "Aid convoys travelled from Amman to Aleppo.",
			want: []entityView{
				{Name: "Amman", Kind: "location", Names: []string{"Amman"}},
				{Name: "Aleppo", Kind: "location", Names: []string{"Aleppo"}},
			},
		},
		{
			name:   "retired rank in parentheses",
			reason: "E1: `Major (r)` is a title of the person, kept as a titled mention and not in the name",
			text:   "Major (r) Imtiaz Qadir spoke at the rally.",
			want: []entityView{{
				Name: "Imtiaz Qadir", Kind: "person", Titles: []string{"Major (r)"},
				Names: []string{"Imtiaz Qadir"}, Titled: []string{"Major (r) Imtiaz Qadir"},
			}},
		},
		{
			name:   "Lt Gen retd",
			reason: "E1: a multi-word rank with `(retd)` is one title",
			text:   "Lt Gen (retd) Nadeem Sethi chaired the inquiry.",
			want: []entityView{{
				Name: "Nadeem Sethi", Kind: "person", Titles: []string{"Lt Gen (retd)"},
				Names: []string{"Nadeem Sethi"}, Titled: []string{"Lt Gen (retd) Nadeem Sethi"},
			}},
		},
		{
			name:   "Gen. with a full stop",
			reason: "E1 and E4: `Gen.` is a title, not a sentence end; the later surname merges",
			text:   "Gen. Marcus Webb took command of the division. Webb had served there before.",
			want: []entityView{{
				Name: "Marcus Webb", Kind: "person", Titles: []string{"Gen."},
				Names: []string{"Marcus Webb", "Webb"}, Titled: []string{"Gen. Marcus Webb"},
			}},
		},
		{
			name:   "Prime Minister Senator Mr Dr",
			reason: "E1: common titles before names become titles; E4: `Mr Pryce` is the senator",
			text:   "Prime Minister Elena Varga met Senator John Pryce. Mr Pryce later met Dr Hana Ito.",
			want: []entityView{
				{Name: "Elena Varga", Kind: "person", Titles: []string{"Prime Minister"}, Names: []string{"Elena Varga"}, Titled: []string{"Prime Minister Elena Varga"}},
				{Name: "John Pryce", Kind: "person", Titles: []string{"Senator", "Mr"}, Names: []string{"John Pryce", "Pryce"}, Titled: []string{"Mr Pryce", "Senator John Pryce"}},
				{Name: "Hana Ito", Kind: "person", Titles: []string{"Dr"}, Names: []string{"Hana Ito"}, Titled: []string{"Dr Hana Ito"}},
			},
		},
		{
			name:   "first name alias",
			reason: "E4: a lone first name merges with the full name it is part of",
			text:   "Rafael Soto won the vote. Rafael thanked his supporters.",
			want:   []entityView{{Name: "Rafael Soto", Kind: "person", Names: []string{"Rafael", "Rafael Soto"}, Pronouns: []string{"his"}}},
		},
		{
			name:   "title and surname alias",
			reason: "E1 and E4: `Judge Hollis` is the `Judge Amelia Hollis` named before",
			text:   "Judge Amelia Hollis opened the hearing. Judge Hollis adjourned it after an hour.",
			want: []entityView{{
				Name: "Amelia Hollis", Kind: "person", Titles: []string{"Judge"},
				Names: []string{"Amelia Hollis", "Hollis"}, Titled: []string{"Judge Amelia Hollis", "Judge Hollis"},
			}},
		},
		{
			name:   "surname that is also a common word",
			reason: "E2 and E4: a sentence-initial word that is the surname of a person just named is that person, not a common word",
			text:   "Judge Amelia Cross opened the hearing. Cross adjourned it after an hour.",
			want: []entityView{{
				Name: "Amelia Cross", Kind: "person", Titles: []string{"Judge"},
				Names: []string{"Amelia Cross", "Cross"}, Titled: []string{"Judge Amelia Cross"},
			}},
		},
		{
			name:   "shared surname kept apart",
			reason: "E4: two people with one surname and different given names are two entities",
			text:   "Omar Qureshi runs the bakery with Leila Qureshi. Leila Qureshi bakes the bread.",
			want: []entityView{
				{Name: "Omar Qureshi", Kind: "person", Names: []string{"Omar Qureshi"}},
				{Name: "Leila Qureshi", Kind: "person", Names: []string{"Leila Qureshi", "Leila Qureshi"}},
			},
		},
		{
			name:   "appositive description",
			reason: "E5: `X, a retired nurse,` describes X",
			text:   "Nora Blake, a retired nurse, organised the vigil.",
			want: []entityView{{
				Name: "Nora Blake", Kind: "person", Descriptions: []string{"a retired nurse"},
				Names: []string{"Nora Blake"}, Descs: []string{"a retired nurse"},
			}},
		},
		{
			name:   "pre-name role description",
			reason: "E5: a role phrase before a name (`Former health minister X`) describes X",
			text:   "Former health minister Sadia Bukhari criticised the plan.",
			want: []entityView{{
				Name: "Sadia Bukhari", Kind: "person", Descriptions: []string{"Former health minister"},
				Names: []string{"Sadia Bukhari"}, Descs: []string{"Former health minister"},
			}},
		},
		{
			name:   "definite description linked by title",
			reason: "E6: `the general` refers to the person whose title is General",
			text:   "General Ivo Petrov inspected the troops. The general later flew home.",
			want: []entityView{{
				Name: "Ivo Petrov", Kind: "person", Titles: []string{"General"}, Descriptions: []string{"The general"},
				Names: []string{"Ivo Petrov"}, Titled: []string{"General Ivo Petrov"}, Descs: []string{"The general"},
			}},
		},
		{
			name:   "pronouns linked",
			reason: "E7: she and her refer to the only person, whose gender they agree with",
			text:   "Clara Moss won the final. She thanked her coach.",
			want:   []entityView{{Name: "Clara Moss", Kind: "person", Names: []string{"Clara Moss"}, Pronouns: []string{"She", "her"}}},
		},
		{
			name:   "pronoun gender picks the right person",
			reason: "E7: gender must agree: he is the man, she the woman",
			text:   "Paul Grant met Irene Walsh in Dublin. She said he was late.",
			want: []entityView{
				{Name: "Paul Grant", Kind: "person", Names: []string{"Paul Grant"}, Pronouns: []string{"he"}},
				{Name: "Irene Walsh", Kind: "person", Names: []string{"Irene Walsh"}, Pronouns: []string{"She"}},
				{Name: "Dublin", Kind: "location", Names: []string{"Dublin"}},
			},
		},
		{
			name:   "acronym and expansion with an apostrophe",
			reason: "E4: an apostrophe inside an organisation's name (People's) does not cut it, and the acronym in brackets merges with it",
			text:   "The National People's Front (NPF) won 12 seats. The NPF will join the coalition.",
			want:   []entityView{{Name: "National People's Front", Kind: "organization", Names: []string{"NPF", "NPF", "National People's Front"}}},
		},
		{
			name:   "upper-case headline above the story",
			reason: "E2: the words of an all-caps headline are not names; a city named as the object of `hit` is a location, not a person",
			text:   "STORM BATTERS COAST\n\nA storm hit Cork on Friday, cutting power to thousands.",
			want:   []entityView{{Name: "Cork", Kind: "location", Names: []string{"Cork"}}},
		},
		{
			name:   "shared surname told apart by given names",
			reason: "E4: Maria Lund and Erik Lund stay two people; E5: `her husband X` describes X; E7: her is Maria",
			text:   "Maria Lund and her husband Erik Lund run the farm. Erik Lund said the harvest was poor. Maria Lund disagreed.",
			want: []entityView{
				{Name: "Maria Lund", Kind: "person", Names: []string{"Maria Lund", "Maria Lund"}, Pronouns: []string{"her"}},
				{Name: "Erik Lund", Kind: "person", Descriptions: []string{"husband"}, Names: []string{"Erik Lund", "Erik Lund"}, Descs: []string{"husband"}},
			},
		},
		{
			name:   "role before the name and a definite description",
			reason: "E5 and E6: `Aid worker X` describes X, and `The aid worker` later refers to X",
			text:   "Aid worker Jonas Meyer was freed on Sunday. The aid worker had been held for six months.",
			want: []entityView{{
				Name: "Jonas Meyer", Kind: "person", Descriptions: []string{"Aid worker", "The aid worker"},
				Names: []string{"Jonas Meyer"}, Descs: []string{"Aid worker", "The aid worker"},
			}},
		},
		{
			name:   "party name",
			reason: "E3: Party at the end of a name says organisation",
			text:   "The Green Unity Party won the by-election in Leeds.",
			want: []entityView{
				{Name: "Green Unity Party", Kind: "organization", Names: []string{"Green Unity Party"}},
				{Name: "Leeds", Kind: "location", Names: []string{"Leeds"}},
			},
		},
		{
			name:   "initials without brackets",
			reason: "E4: an acronym matching the initials of an organisation named before merges with it",
			text:   "The Central Election Commission delayed the count. The CEC blamed a power cut.",
			want:   []entityView{{Name: "Central Election Commission", Kind: "organization", Names: []string{"CEC", "Central Election Commission"}}},
		},
		{
			name:   "possessive country",
			reason: "possessives: `Kenya's` gives the location Kenya",
			text:   "Kenya's parliament passed the budget.",
			want:   []entityView{{Name: "Kenya", Kind: "location", Names: []string{"Kenya"}}},
		},
		{
			name:   "Ms and surname",
			reason: "E1 and E4: `Ms Okafor` is the woman named in full before; her refers to her (E7)",
			text:   "Ngozi Okafor won the seat. Ms Okafor thanked her voters.",
			want: []entityView{{
				Name: "Ngozi Okafor", Kind: "person", Titles: []string{"Ms"},
				Names: []string{"Ngozi Okafor", "Okafor"}, Titled: []string{"Ms Okafor"}, Pronouns: []string{"her"},
			}},
		},
	}
	ran := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ran[t.Name()] = true
			why, known := entityKnownFailures[t.Name()]
			a, err := Parse(tc.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := entityViews(t, tc.text, Entities(a))
			diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty())
			switch {
			case known && diff != "":
				t.Skip("known failure: " + why)
			case known:
				t.Errorf("a known failure passes now: take it out of %s", "entityKnownFailures")
			case diff != "":
				t.Errorf("Entities mismatch (-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
	if len(ran) == len(tests) { // every case ran: no -run filter
		for name := range entityKnownFailures {
			if !ran[name] {
				t.Errorf("entityKnownFailures names no case: %q", name)
			}
		}
	}
}

// TestEntityScratchReuse analyses an article, then others that reuse the
// working arrays of the entity finder (entityScratchPool), then the first
// again: the entities must come out the same, so nothing of one article
// leaks into the next.
func TestEntityScratchReuse(t *testing.T) {
	texts := []string{
		"Gen. Ada Eze, a retired army officer, met Senator Tom Obi (TO) in Lagos. The general said he was pleased.",
		"The Pakistan Peoples Party (PPP) chose Major (r) Amina Yusuf Warsame. Warsame said the party leader agreed.",
		"ISLAMABAD, Nov 11 (Reuters) - Murad Ali Shah resigned. Shah said she would stay. The minister left.",
	}
	run := func(text string) []Entity {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		return Entities(a)
	}
	first := run(texts[0])
	for i := 0; i < 3; i++ {
		for _, text := range texts[1:] {
			run(text)
		}
		if diff := cmp.Diff(first, run(texts[0])); diff != "" {
			t.Fatalf("round %d: entities changed after other articles (-first +again):\n%s", i, diff)
		}
	}
}

// TestEntityScratchCleared checks what release promises of the pooled
// working arrays: whatever they can hold pointers to is cleared to their
// capacity, so that no article's text stays reachable from the pool, when
// release clears only what its article used. A large article, then small
// ones, then the large one again.
func TestEntityScratchCleared(t *testing.T) {
	small := "Gen. Ada Eze, a retired army officer, met Senator Tom Obi (TO) in Lagos. The general said he was pleased."
	large := strings.Repeat("The Pakistan Peoples Party (PPP) chose Major (r) Amina Yusuf Warsame. Warsame said the party leader agreed. ", 40) +
		strings.Repeat("ISLAMABAD, Nov 11 (Reuters) - Murad Ali Shah resigned. Shah said she would stay. The minister left. ", 40)
	for _, text := range []string{large, small, small, large, small} {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		td := newTextDoc(a)
		ed := findEntities(a, td, findQuotes(td))
		ed.entities()
		ed.release()
		s := entityScratchPool.Get().(*entityScratch)
		check := func(name string, n int, zero func(i int) bool) {
			t.Helper()
			for i := range n {
				if !zero(i) {
					t.Fatalf("after release: %s[%d] is not cleared", name, i)
				}
			}
		}
		check("slab", cap(s.slab), func(i int) bool { return s.slab[:cap(s.slab)][i] == entity{} })
		check("ents", cap(s.ents), func(i int) bool { return s.ents[:cap(s.ents)][i] == nil })
		check("strNodes", cap(s.strNodes), func(i int) bool { return s.strNodes[:cap(s.strNodes)][i] == strNode{} })
		check("facts", cap(s.facts), func(i int) bool { return s.facts[:cap(s.facts)][i] == nameFacts{} })
		check("strs", cap(s.strs), func(i int) bool { return s.strs[:cap(s.strs)][i] == "" })
		check("ids", cap(s.ids), func(i int) bool { return s.ids[:cap(s.ids)][i] == "" })
		check("keys", cap(s.keys), func(i int) bool { return s.keys[:cap(s.keys)][i] == keyRefs{} })
		if len(s.descOf) != 0 {
			t.Fatalf("after release: descOf holds %d keys", len(s.descOf))
		}
		entityScratchPool.Put(s)
	}
}

// TestEntityKeys checks the index's hash table (key, addKey): every
// string keeps its key as the table grows, and a string never added has
// none.
func TestEntityKeys(t *testing.T) {
	d := &edoc{keySlots: make([]uint64, 16)}
	var words []string
	for i := range 300 {
		words = append(words, strings.Repeat(string(rune('a'+i%26)), 1+i/26))
	}
	for i, w := range words {
		if k := d.addKey(w); k != int32(i) {
			t.Fatalf("addKey(%q) = %d, want %d", w, k, i)
		}
		if 2*len(d.keys) > len(d.keySlots) {
			t.Fatalf("%d keys in %d slots: more than half full", len(d.keys), len(d.keySlots))
		}
	}
	for i, w := range words {
		if k, k2 := d.key(w), d.addKey(w); k != int32(i) || k2 != int32(i) {
			t.Fatalf("key(%q) = %d, addKey = %d, want %d", w, k, k2, i)
		}
		if k := d.key(strings.ToUpper(w)); k != -1 {
			t.Fatalf("key(%q) = %d, want -1", strings.ToUpper(w), k)
		}
	}
	if k := d.key(""); k != -1 {
		t.Fatalf(`key("") = %d, want -1`, k)
	}
}

// BenchmarkEntityRules measures the entity rules alone (findEntities
// without the tagger) on the PolNeAR dev articles: their tokens,
// attributions and tagged names are made before the timer starts.
func BenchmarkEntityRules(b *testing.B) {
	texts := polnearDev(b)
	if texts == nil {
		b.Skip("no PolNeAR dev articles (../shared)")
	}
	type prepared struct {
		a      *Article
		td     *textDoc
		attrs  []qattr
		tagged []nerMention
	}
	docs := make([]prepared, len(texts))
	n := 0
	for i, t := range texts {
		n += len(t)
		a, _ := Parse(t)
		td := newTextDoc(a)
		d, bounds := newEdoc(a, td)
		docs[i] = prepared{a, td, findQuotes(td), nerTagTokens(t, td.toks, bounds)}
		d.release()
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i := range docs {
			p := &docs[i]
			d, _ := newEdoc(p.a, p.td)
			d.read(d.candidates(p.tagged), p.attrs)
			d.release()
		}
	}
}

// TestEntitiesAreCopies checks that Entities gives each caller its own
// copy, unpacked from the analysis: changing or appending to what one call
// returned changes neither the next call nor the other entities.
func TestEntitiesAreCopies(t *testing.T) {
	a, err := Parse("ISLAMABAD (Reuters) - Major (r) Amina Yusuf Warsame, a retired army officer, met the Pakistan Peoples Party (PPP) on Monday. Warsame said she was pleased. The PPP leader agreed.")
	if err != nil {
		t.Fatal(err)
	}
	first := Entities(a)
	if len(first) < 2 {
		t.Fatalf("want at least 2 entities, got %d", len(first))
	}
	want := Entities(a)
	for _, e := range first {
		if cap(e.Mentions) != len(e.Mentions) || cap(e.Titles) != len(e.Titles) || cap(e.Descriptions) != len(e.Descriptions) {
			t.Errorf("%s: spare capacity in its lists", e.ID)
		}
		for _, m := range e.Mentions {
			if m.Text != a.Text[m.Start:m.End] {
				t.Errorf("%s: mention %q at %v, text there %q", e.ID, m.Text, m.Span, a.Text[m.Start:m.End])
			}
		}
	}
	for i := range first {
		e := &first[i]
		if len(e.Mentions) > 0 {
			e.Mentions[0].Text = "changed"
			e.Mentions = append(e.Mentions, Mention{Text: "appended"})
		}
		e.Titles = append(e.Titles, "appended")
		e.Name = "changed"
	}
	if got := Entities(a); !reflect.DeepEqual(got, want) {
		t.Errorf("a second call saw the first caller's changes:\n got %+v\nwant %+v", got, want)
	}
}

// TestSortMentions checks sortMentions against the library's stable sort:
// nearly sorted lists (its fast path), lists that need a mention moved far
// (its fallback), and equal starts, whose order must stay.
func TestSortMentions(t *testing.T) {
	rnd := lcgRand(7)
	for trial := 0; trial < 500; trial++ {
		n := rnd(60)
		ms := make([]emention, n)
		for i := range ms {
			ms[i] = emention{Span: Span{Start: i / 2 * 10, End: i}, ent: i}
		}
		// A few moves, near or far.
		for k := rnd(4); k > 0 && n > 1; k-- {
			i, j := rnd(n), rnd(n)
			if trial%2 == 0 {
				j = min(n-1, i+rnd(5))
			}
			ms[i], ms[j] = ms[j], ms[i]
		}
		want := append(ms[:0:0], ms...)
		sort.SliceStable(want, func(a, b int) bool { return want[a].Start < want[b].Start })
		sortMentions(ms)
		if !reflect.DeepEqual(ms, want) {
			t.Fatalf("trial %d: sortMentions gave %v, want %v", trial, ms, want)
		}
	}
}

// TestSortByFirst checks sortByFirst against the library's stable sort
// on orders nearly sorted (moves near and far) with equal first mentions.
func TestSortByFirst(t *testing.T) {
	rnd := lcgRand(5)
	for trial := 0; trial < 500; trial++ {
		n := rnd(60)
		d := &edoc{}
		for i := 0; i < n; i++ {
			d.ents = append(d.ents, &entity{first: i / 2 * 10})
		}
		for k := rnd(4); k > 0 && n > 1; k-- {
			i, j := rnd(n), rnd(n)
			if trial%2 == 0 {
				j = min(n-1, i+rnd(5))
			}
			d.ents[i], d.ents[j] = d.ents[j], d.ents[i]
		}
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		want := slices.Clone(order)
		sort.SliceStable(want, func(a, b int) bool { return d.ents[want[a]].first < d.ents[want[b]].first })
		d.sortByFirst(order)
		if !reflect.DeepEqual(order, want) {
			t.Fatalf("trial %d: sortByFirst gave %v, want %v", trial, order, want)
		}
	}
}

// TestMergeCands checks mergeCands against the library's stable sort:
// two runs in order (with equal keys across and within them), runs out of
// order, and second runs longer than its buffer. With no second run it
// leaves the first as it is, as ruleNames did.
func TestMergeCands(t *testing.T) {
	rnd := lcgRand(11)
	for trial := 0; trial < 2000; trial++ {
		n, m := rnd(40), rnd(12)
		cs := make([]nameCand, n+m)
		for i := range cs {
			cs[i] = nameCand{titleStart: rnd(50), first: i} // first tells equals apart
		}
		if trial%4 != 0 { // mostly two runs in order
			slices.SortFunc(cs[:n], func(a, b nameCand) int { return a.titleStart - b.titleStart })
			slices.SortFunc(cs[n:], func(a, b nameCand) int { return a.titleStart - b.titleStart })
		}
		want := append(cs[:0:0], cs...)
		if m > 0 { // with no names added, ruleNames leaves the tagger's order
			sort.SliceStable(want, func(a, b int) bool { return want[a].titleStart < want[b].titleStart })
		}
		mergeCands(cs, n)
		if !reflect.DeepEqual(cs, want) {
			t.Fatalf("trial %d (%d+%d): mergeCands gave %v, want %v", trial, n, m, cs, want)
		}
	}
}

// TestTitlesEndInUpperCase checks the first test of titleBefore that
// cleanName makes before the call (mayEndTitle): wherever titleBefore finds
// a title, the token before the name has an upper-case letter or is
// punctuation. Every title of the list is tried before a name, in a
// sentence of its own and, with a retirement mark, in another.
func TestTitlesEndInUpperCase(t *testing.T) {
	var texts []string
	for title := range lexLoadMaps().titles {
		texts = append(texts, "He met "+title+" Maria Lopez on Monday.", "Then "+title+" (r) John Reed said so.")
	}
	texts = withCorpus(t, texts)
	found := 0
	eachEdoc(t, texts, false, func(text string, _ *Article, d *edoc) {
		for k := range d.toks {
			if d.titleBefore(k) != k {
				found++
				if !d.mayEndTitle(k - 1) {
					t.Errorf("%q: a title ends before token %d, %q, and mayEndTitle says none can", text[:min(len(text), 60)], k, d.lowAt(k))
				}
			}
		}
	})
	if found < len(lexLoadMaps().titles) {
		t.Errorf("titleBefore found %d titles, fewer than the list has", found)
	}
}

// TestLocPreps checks the class eLocPrep that evidence reads of the word
// before a name against the switch it stands for, on every word of the
// corpus and on the words themselves in any case.
func TestLocPreps(t *testing.T) {
	texts := withCorpus(t, []string{"In Lisbon, at Nairobi, to Central Park, from Lima, near Oslo, outside Perth, across Ohio; IN ACROSS Into Nearby."})
	seen := 0
	eachEdoc(t, texts, false, func(text string, _ *Article, d *edoc) {
		for k := range d.toks {
			if d.toks[k].Kind != tokWord {
				continue
			}
			var want bool
			switch d.lowAt(k) {
			case "in", "at", "to", "from", "near", "outside", "across":
				want = true
				seen++
			}
			if got := d.wordAt(k).is(eLocPrep); got != want {
				t.Errorf("%q: token %d %q: eLocPrep %v, want %v", text[:min(len(text), 40)], k, d.lowAt(k), got, want)
			}
		}
	})
	if seen < 9 {
		t.Errorf("only %d of the words seen", seen)
	}
}

// TestEntityClassify checks the per-token facts that classify and wordAt
// keep against the tests they stand for: the marks are every capitalised
// word and every "the" and he/she form, the bits say what lowAt and the
// title table say of each token, and wordAt is the word table's entry.
func TestEntityClassify(t *testing.T) {
	texts := withCorpus(t, []string{"", "The THE the. He said HE, she HERSELF; They them. Lt. Gen. Ali and Mr Khan.", "he",
		"The commander-in-chief met the Inspector-General and counterinsurgency officials."}) // words of over 16 bytes: no id
	tab := eTitleTable()
	eachEdoc(t, texts, false, func(text string, _ *Article, d *edoc) {
		var want []int32
		for k := range d.toks {
			tk := &d.toks[k]
			lw := d.lowAt(k)
			g, pron := pronounGender(lw)
			pron = pron && g != 'p'
			if tk.Kind == tokWord && (tk.Flags&(tokCap|tokAllCaps) != 0 || lw == "the" || pron) {
				want = append(want, int32(k))
			}
			b := d.tokBits[k]
			if (b&eThe != 0) != (tk.Kind == tokWord && lw == "the") || (b&ePronoun != 0) != (tk.Kind == tokWord && pron) {
				t.Errorf("%q: token %d %q: bits %08b", text[:min(len(text), 40)], k, lw, b)
			}
			var f uint8
			if tk.Kind == tokWord && tk.is(tokCap) {
				f = tab.get(d.text[tk.Start:tk.End]).flags
			}
			if (b&eTitleWord != 0) != (f != 0) || b>>eTitleShift != f {
				t.Errorf("%q: token %d %q: bits %08b, title flags %02b", text[:min(len(text), 40)], k, lw, b, f)
			}
			// isSentStart: no word before k in its sentence.
			first := d.sents[d.sentAt(k)][0]
			for first < k && d.toks[first].Kind != tokWord {
				first++
			}
			if d.isSentStart(k) != (first == k) {
				t.Errorf("%q: token %d %q: isSentStart %v", text[:min(len(text), 40)], k, lw, !(first == k))
			}
			for range 2 { // looked up, then kept
				if got, want := d.wordAt(k), d.lists.get(lw)|eWordKnown; got != want {
					t.Errorf("%q: token %d %q: wordAt %x, want %x", text[:min(len(text), 40)], k, lw, got, want)
				}
			}
		}
		if !reflect.DeepEqual(d.marks, want) && len(d.marks)+len(want) > 0 {
			t.Errorf("%q: marks %v, want %v", text[:min(len(text), 40)], d.marks, want)
		}
	})
}

// TestSurnameFilter checks edoc.surnames, knownSurname's filter: after
// the rules have read an article, the bit of the last word of every
// entity's fullest name of two words or more is set (no word that
// knownSurname must look up is filtered out), and most bits are clear.
func TestSurnameFilter(t *testing.T) {
	texts := []string{
		"Warsame arrived on Monday. Major Warsame said he was ready.\n\nMurad Ali Shah met John Mensah in Accra. Shah said the talks went well, and Mensah agreed.\n\nAmina Yusuf Warsame, a retired army officer, spoke. Warsame left.",
	}
	files, _ := filepathGlobTestdata()
	texts = append(texts, files...)
	checked := 0
	eachEdoc(t, texts, true, func(text string, a *Article, d *edoc) {
		set := 0
		for _, w := range d.surnames {
			for ; w != 0; w &= w - 1 {
				set++
			}
		}
		for _, e := range d.ents {
			if ew := d.wordsIn(e.words); len(ew) > 1 {
				s := d.keys[ew[len(ew)-1]].s
				if h := surnameBit(s); d.surnames[h/64]&(1<<(h%64)) == 0 {
					t.Errorf("%q: the bit of %q is clear", e.name, s)
				}
				checked++
			}
		}
		if set > surnameBits/4 {
			t.Errorf("%d bits of %d set", set, surnameBits)
		}
	})
	if checked == 0 {
		t.Error("no entity of two words or more")
	}
}

// filepathGlobTestdata returns the texts of testdata/*.txt.
func filepathGlobTestdata() ([]string, error) {
	names, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// lcgRand returns a source of pseudo-random ints in [0, n), a linear
// congruential generator started at seed: the sort tests' trials are the
// same on every run.
func lcgRand(seed uint32) func(n int) int {
	return func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
}

// TestMentionTokens checks emention.tok, from which afterPreposition and
// the resolution of pronouns read a mention's token and sentence: over
// the corpus, every mention but the dateline's starts at its token, which
// is the first token that starts at or after the mention's start (what
// afterPreposition looked for before), in the sentence of the mention's
// first word.
func TestMentionTokens(t *testing.T) {
	texts := withCorpus(t, []string{"", "Warsame arrived. Major Warsame said he was ready, and he left with Mr Mensah. He said so.",
		"NAIROBI, Kenya (AP) — The party leader met John Mensah. He said the party chief would go."})
	n := 0
	eachEdoc(t, texts, true, func(text string, a *Article, d *edoc) {
		for _, m := range d.mention {
			want := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= m.Start })
			dateline := a.Dateline != nil && m.Span == a.Dateline.PlaceSpan && m.tok == -1
			if !dateline && (int(m.tok) != want || d.toks[want].Start != m.Start) {
				t.Errorf("%q: mention %v (kind %d): token %d, want %d", text[:min(len(text), 40)], m.Span, m.kind, m.tok, want)
			}
			n++
		}
	})
	if n == 0 {
		t.Error("no mentions")
	}
}

// nameEdgeTexts are the edge cases of the tests of how names are split
// into words: abbreviations, hyphens, apostrophes, numbers, non-ASCII
// letters and spaces, invalid UTF-8.
var nameEdgeTexts = []string{"", "U.S. Mr. Dr Mensah-led AT&T O'Brien 1,000 10:30 Zoë\u00a0Ali Ali\u2009Mensah Ali\u3000Mensah \xff Édouard ŁÓDŹ İstanbul a.b x,y 3.5 Jean-Luc",
	"Lt. Gen. Ali and Mr Mensah met U.N. officials in São Paulo; the S&P 500 rose 2.5%."}

// TestOneNameWord checks oneNameWord, which spares nameKeys splitting a
// name: over the corpus and edge cases, every word token it takes for
// one word is that, and so is every head of it (a name that ends before
// a hyphen tail), as nameWords splits its lower-cased text.
func TestOneNameWord(t *testing.T) {
	texts := withCorpus(t, nameEdgeTexts)
	n := 0
	eachEdoc(t, texts, false, func(text string, _ *Article, d *edoc) {
		for k := range d.toks {
			tk := &d.toks[k]
			if tk.Kind != tokWord || tk.End <= tk.Start {
				continue
			}
			c := nameCand{first: k, last: k + 1, end: tk.End}
			if !d.oneNameWord(&c) {
				continue
			}
			for _, end := range []int{tk.End, tk.head()} {
				if end <= tk.Start {
					continue
				}
				lower := d.lowText[tk.Start:end]
				if words := d.nameWords(lower); len(words) != 1 || words[0] != lower {
					t.Errorf("%q: token %d: nameWords(%q) = %q", text[:min(len(text), 40)], k, lower, words)
				}
				n++
			}
		}
	})
	if n == 0 {
		t.Error("no one-word tokens")
	}
}

// TestNameFirstWord checks nameFirstWord against firstWord over the
// corpus and edge cases: for every word token, the texts that start
// there and end at the end of that token or of one of the next few.
func TestNameFirstWord(t *testing.T) {
	texts := withCorpus(t, append(slices.Clone(nameEdgeTexts), "Ali\tMensah\nAli\r\nMensah\vAli\fMensah"))
	n := 0
	eachEdoc(t, texts, false, func(text string, _ *Article, d *edoc) {
		for k := range d.toks {
			if d.toks[k].Kind != tokWord {
				continue
			}
			for j := k; j < len(d.toks) && j < k+4; j++ {
				for _, end := range []int{d.toks[j].End, d.toks[j].head()} {
					if end <= d.toks[k].Start {
						continue
					}
					s := d.text[d.toks[k].Start:end]
					if got, want := d.nameFirstWord(s, k), firstWord(s); got != want {
						t.Errorf("%q: token %d: nameFirstWord(%q) = %q, want %q", text[:min(len(text), 40)], k, s, got, want)
					}
					n++
				}
			}
		}
	})
	if n == 0 {
		t.Error("no names")
	}
}

// eachEdoc calls f with each text, its article and its entity finder: as
// findEntities leaves it when full, else as newEdoc makes it, before it
// reads the sentences.
func eachEdoc(t *testing.T, texts []string, full bool, f func(text string, a *Article, d *edoc)) {
	t.Helper()
	for _, text := range texts {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		td := newTextDoc(a)
		var d *edoc
		if full {
			d = findEntities(a, td, findQuotes(td))
		} else {
			d, _ = newEdoc(a, td)
		}
		f(text, a, d)
		d.release()
		td.release()
	}
}
