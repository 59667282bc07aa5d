package news

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lexFileShape gives, per lexicon file, the allowed column counts of an entry.
var lexFileShape = map[string][2]int{
	"lexicon/attribution_phrases.txt": {1, 1},
	"lexicon/common_words.txt":        {1, 1},
	"lexicon/demonyms.txt":            {2, 2},
	"lexicon/given_names.txt":         {2, 3},
	"lexicon/org_nouns.txt":           {2, 2},
	"lexicon/places.txt":              {3, 3},
	"lexicon/retirement_marks.txt":    {2, 2},
	"lexicon/role_nouns.txt":          {2, 2},
	"lexicon/speech_nouns.txt":        {1, 1},
	"lexicon/speech_verbs.txt":        {4, 5},
	"lexicon/titles.txt":              {3, 3},
}

// lexMinEntries gives the least number of entries each list must keep (the
// brief's floors), so an accidental truncation fails.
var lexMinEntries = map[string]int{
	"lexicon/attribution_phrases.txt": 10,
	"lexicon/common_words.txt":        1500,
	"lexicon/demonyms.txt":            193,
	"lexicon/given_names.txt":         3000,
	"lexicon/org_nouns.txt":           100,
	"lexicon/places.txt":              800,
	"lexicon/retirement_marks.txt":    8,
	"lexicon/role_nouns.txt":          250,
	"lexicon/speech_nouns.txt":        50,
	"lexicon/speech_verbs.txt":        230,
	"lexicon/titles.txt":              300,
}

// TestLexFilesWellFormed checks every list: a '#' header naming a Source,
// then entries that are valid UTF-8, not empty, free of stray spaces, with the
// right number of tab-separated columns, sorted by the byte order of the first
// column with no duplicates (strictly increasing).
func TestLexFilesWellFormed(t *testing.T) {
	if len(lexFileShape) != len(lexFiles) {
		t.Fatalf("lexFileShape has %d files, lexFiles %d", len(lexFileShape), len(lexFiles))
	}
	for _, name := range lexFiles {
		t.Run(strings.TrimPrefix(name, "lexicon/"), func(t *testing.T) {
			shape, ok := lexFileShape[name]
			if !ok {
				t.Fatalf("no shape for %s", name)
			}
			data, err := lexFS.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(data) {
				t.Fatal("not valid UTF-8")
			}
			text := string(data)
			if !strings.HasSuffix(text, "\n") {
				t.Error("file does not end in a newline")
			}
			lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
			header, source := true, false
			prev, n := "", 0
			for i, line := range lines {
				if header && strings.HasPrefix(line, "#") {
					source = source || strings.Contains(line, "Source:")
					continue
				}
				header = false
				if strings.HasPrefix(line, "#") {
					t.Errorf("line %d: comment after the first entry", i+1)
					continue
				}
				if line == "" || strings.TrimSpace(line) != line || strings.Contains(line, "  ") ||
					strings.Contains(line, "\r") {
					t.Errorf("line %d %q: empty entry or stray white space", i+1, line)
					continue
				}
				cols := strings.Split(line, "\t")
				if len(cols) < shape[0] || len(cols) > shape[1] {
					t.Errorf("line %d %q: %d columns, want %d..%d", i+1, line, len(cols), shape[0], shape[1])
				}
				for _, c := range cols {
					if c == "" || strings.TrimSpace(c) != c {
						t.Errorf("line %d %q: empty or padded column", i+1, line)
					}
				}
				key := cols[0]
				if n > 0 && key <= prev {
					t.Errorf("line %d: %q not after %q (byte order, unique)", i+1, key, prev)
				}
				prev = key
				n++
			}
			if !source {
				t.Error("header names no Source:")
			}
			if n < lexMinEntries[name] {
				t.Errorf("%d entries, want at least %d", n, lexMinEntries[name])
			}
		})
	}
}

// TestLexParseClean checks that every shipped line parses (L2, L5) and that
// each file produced as many entries as the loader counted.
func TestLexParseClean(t *testing.T) {
	tab := lexLoad()
	for _, err := range tab.errs {
		t.Error(err)
	}
	for _, name := range lexFiles {
		if tab.counts[name] == 0 {
			t.Errorf("%s: no entries parsed", name)
		}
	}
}

// TestLexLowercaseLists checks that the lists looked up by folded lowercase
// words (L3) hold no upper-case ASCII and no entry longer than lexFoldMax.
func TestLexLowercaseLists(t *testing.T) {
	maps := lexLoadMaps()
	check := func(list string, keys func(func(string))) {
		keys(func(k string) {
			if strings.ToLower(k) != k || len(k) > lexFoldMax {
				t.Errorf("%s: %q is not lowercase or too long", list, k)
			}
		})
	}
	check("speech_verbs", func(f func(string)) {
		for k := range maps.verbs {
			f(k)
		}
	})
	check("speech_nouns", func(f func(string)) {
		for k := range maps.speechNouns {
			f(k)
		}
	})
	check("role_nouns", func(f func(string)) {
		for k := range maps.roles {
			f(k)
		}
	})
	check("org_nouns", func(f func(string)) {
		for k := range maps.orgs {
			f(k)
		}
	})
	check("common_words", func(f func(string)) {
		for k := range maps.common {
			f(k)
		}
	})
}

// TestLexSpeechVerb spot-checks verb lookups.
func TestLexSpeechVerb(t *testing.T) {
	tests := []struct {
		form     string
		lemma    string
		class    uint8
		listener bool
		particle string
		ok       bool
		reason   string
	}{
		{"said", "say", lexSpeech, false, "", true, "irregular past of the commonest cue"},
		{"Told", "tell", lexSpeech, true, "", true, "L3: case folded; tell takes a listener"},
		{"criticised", "criticise", lexSpeech, false, "", true, "British spelling is its own lemma"},
		{"criticizing", "criticize", lexSpeech, false, "", true, "American spelling, -ing form"},
		{"admitted", "admit", lexSpeech, false, "", true, "consonant doubling"},
		{"believes", "believe", lexCognition, false, "", true, "cognition, not speech"},
		{"heard", "hear", lexPerception, false, "", true, "perception verb"},
		{"pointed", "point", lexSpeech, false, "out", true, "needs the particle out"},
		{"warned", "warn", lexSpeech, true, "", true, "listener verb"},
		{"tweeted", "tweet", lexSpeech, false, "", true, "social-media cue"},
		{"table", "", 0, false, "", false, "not a verb of the list"},
		{"", "", 0, false, "", false, "empty input"},
		{strings.Repeat("A", 100), "", 0, false, "", false, "L3: longer than lexFoldMax"},
		{"\xff\xfe", "", 0, false, "", false, "invalid UTF-8 is just not found"},
	}
	for _, tc := range tests {
		v, ok := lexSpeechVerb(tc.form)
		if ok != tc.ok || v.Lemma != tc.lemma || v.Class != tc.class || v.Listener != tc.listener ||
			v.Particle != tc.particle {
			t.Errorf("lexSpeechVerb(%q) = %+v, %v; want %s/%d/%v/%q, %v (%s)", tc.form, v, ok,
				tc.lemma, tc.class, tc.listener, tc.particle, tc.ok, tc.reason)
		}
	}
}

// TestLexTitle spot-checks title lookups and lexTitleMaxWords.
func TestLexTitle(t *testing.T) {
	tests := []struct {
		form      string
		class     uint8
		canonical string
		ok        bool
		reason    string
	}{
		{"Lt. Gen.", lexTitleMilitary, "Lieutenant General", true, "dotted abbreviation"},
		{"Lt Gen", lexTitleMilitary, "Lieutenant General", true, "undotted abbreviation"},
		{"Lt-Gen", lexTitleMilitary, "Lieutenant General", true, "hyphenated abbreviation"},
		{"Maj", lexTitleMilitary, "Major", true, "short military rank"},
		{"Havaldar", lexTitleMilitary, "Havaldar", true, "South Asian rank"},
		{"Sen.", lexTitlePolitical, "Senator", true, "AP abbreviation"},
		{"PM", lexTitlePolitical, "Prime Minister", true, "headline abbreviation"},
		{"Chief Justice", lexTitleJudicial, "Chief Justice", true, "judicial title"},
		{"Mr.", lexTitleHonorific, "Mr", true, "honorific with dot"},
		{"Imam", lexTitleReligious, "Imam", true, "religious title"},
		{"Sheikh", lexTitleReligious, "Sheikh", true, "religious/honorific title"},
		{"Crown Prince", lexTitleRoyal, "Crown Prince", true, "royal title"},
		{"Prof.", lexTitleAcademic, "Professor", true, "academic abbreviation"},
		{"DSP", lexTitlePolice, "Deputy Superintendent of Police", true, "South Asian police rank"},
		{"lt. gen.", 0, "", false, "L4: case-sensitive"},
		{"AM", 0, "", false, "left out: collides with the time marker"},
		{"", 0, "", false, "empty input"},
	}
	for _, tc := range tests {
		cl, canon, ok := lexTitle(tc.form)
		if cl != tc.class || canon != tc.canonical || ok != tc.ok {
			t.Errorf("lexTitle(%q) = %d, %q, %v; want %d, %q, %v (%s)", tc.form, cl, canon, ok,
				tc.class, tc.canonical, tc.ok, tc.reason)
		}
	}
	if n := lexTitleMaxWords(); n < 3 || n > 6 {
		t.Errorf("lexTitleMaxWords() = %d, want 3..6 (\"Deputy Superintendent of Police\" has 4)", n)
	}
}

// TestLexOtherLookups spot-checks the remaining tables; every case has a reason.
func TestLexOtherLookups(t *testing.T) {
	t.Run("retirement", func(t *testing.T) {
		for _, tc := range []struct {
			form       string
			before, ok bool
			reason     string
		}{
			{"(retd)", false, true, "South Asian style, after the title"},
			{"(r)", false, true, "short form"},
			{"(Ret.)", false, true, "US style"},
			{"retired", true, true, "precedes the title"},
			{"former", false, false, "former is not a retirement mark"},
		} {
			b, ok := lexRetirementMark(tc.form)
			if b != tc.before || ok != tc.ok {
				t.Errorf("lexRetirementMark(%q) = %v, %v; want %v, %v (%s)", tc.form, b, ok, tc.before, tc.ok, tc.reason)
			}
		}
	})
	t.Run("roles", func(t *testing.T) {
		for _, tc := range []struct {
			word   string
			gender byte
			ok     bool
			reason string
		}{
			{"spokeswoman", 'f', true, "female role"},
			{"Chairman", 'm', true, "L3: folded; male role"},
			{"minister", '-', true, "unmarked role"},
			{"table", 0, false, "not a role"},
		} {
			g, ok := lexRoleNoun(tc.word)
			if g != tc.gender || ok != tc.ok {
				t.Errorf("lexRoleNoun(%q) = %q, %v; want %q, %v (%s)", tc.word, g, ok, tc.gender, tc.ok, tc.reason)
			}
		}
	})
	t.Run("orgs", func(t *testing.T) {
		for _, tc := range []struct {
			word       string
			head, desc bool
			reason     string
		}{
			{"Inc", true, false, "legal-form suffix"},
			{"Ministry", true, true, "L3: folded; ends names and heads descriptions"},
			{"daily", true, true, "the daily = a newspaper; also ends names (China Daily)"},
			{"broadcaster", false, true, "description only"},
			{"banana", false, false, "not an org noun"},
		} {
			h, d := lexOrgNoun(tc.word)
			if h != tc.head || d != tc.desc {
				t.Errorf("lexOrgNoun(%q) = %v, %v; want %v, %v (%s)", tc.word, h, d, tc.head, tc.desc, tc.reason)
			}
		}
	})
	t.Run("names", func(t *testing.T) {
		for _, tc := range []struct {
			name       string
			gender     byte
			common, ok bool
			reason     string
		}{
			{"Muhammad", 'm', false, true, "common Arabic/South Asian name"},
			{"Priyanka", 'f', false, true, "Indian name"},
			{"Hiroshi", 'm', false, true, "Japanese name"},
			{"Grace", 'f', true, true, "also an English word"},
			{"Andrea", 'u', false, true, "male in Italian, female elsewhere"},
			{"Wang", 0, false, false, "Chinese surname, left out on purpose"},
			{"muhammad", 0, false, false, "L4: case-sensitive"},
		} {
			g, c, ok := lexGivenName(tc.name)
			if g != tc.gender || c != tc.common || ok != tc.ok {
				t.Errorf("lexGivenName(%q) = %q, %v, %v; want %q, %v, %v (%s)", tc.name, g, c, ok, tc.gender, tc.common, tc.ok, tc.reason)
			}
		}
	})
	t.Run("places", func(t *testing.T) {
		for _, tc := range []struct {
			name    string
			kind    uint8
			country string
			ok      bool
			reason  string
		}{
			{"U.S.", lexPlaceCountry, "US", true, "dotted short form"},
			{"Britain", lexPlaceCountry, "GB", true, "common short form"},
			{"Islamabad", lexPlaceCapital, "PK", true, "capital"},
			{"Karachi", lexPlaceCity, "PK", true, "big city"},
			{"Khyber Pakhtunkhwa", lexPlaceState, "PK", true, "Pakistani province"},
			{"Texas", lexPlaceState, "US", true, "US state"},
			{"Middle East", lexPlaceRegion, "-", true, "supranational region"},
			{"Africa", lexPlaceContinent, "-", true, "continent"},
			{"Red Sea", lexPlaceWater, "-", true, "body of water"},
			{"Mobile", 0, "", false, "left out: a common word"},
			{"NEW YORK", lexPlaceCity, "US", true, "L8: dateline capitals"},
			{"ST. LOUIS", lexPlaceCity, "US", true, "L8: capital after a dot"},
			{"U.S.", lexPlaceCountry, "US", true, "L8 not needed: exact first"},
			{"Calif.", lexPlaceState, "US", true, "AP state abbreviation"},
			{"new york", 0, "", false, "L4: lower case is not folded"},
			{"NEW YORKER", 0, "", false, "L8: still must match an entry"},
		} {
			k, cc, ok := lexPlace(tc.name)
			if k != tc.kind || cc != tc.country || ok != tc.ok {
				t.Errorf("lexPlace(%q) = %d, %q, %v; want %d, %q, %v (%s)", tc.name, k, cc, ok, tc.kind, tc.country, tc.ok, tc.reason)
			}
		}
	})
	t.Run("demonyms", func(t *testing.T) {
		for _, tc := range []struct {
			word, country string
			ok            bool
			reason        string
		}{
			{"Pakistani", "PK", true, "nationality"},
			{"Briton", "GB", true, "noun form"},
			{"Kurdish", "-", true, "ethnic, no single country"},
			{"Pakistan", "", false, "a place, not a demonym"},
			{"DUTCH", "NL", true, "L8: headline capitals"},
			{"Serbs", "RS", true, "plural noun"},
			{"Muslim", "-", true, "religious group word, MISC in CoNLL"},
		} {
			cc, ok := lexDemonym(tc.word)
			if cc != tc.country || ok != tc.ok {
				t.Errorf("lexDemonym(%q) = %q, %v; want %q, %v (%s)", tc.word, cc, ok, tc.country, tc.ok, tc.reason)
			}
		}
	})
	t.Run("common", func(t *testing.T) {
		for _, tc := range []struct {
			word   string
			want   bool
			reason string
		}{
			{"However", true, "L3: sentence-initial adverb"},
			{"quoting", true, "verb form"},
			{"Former", true, "adjective"},
			{"the", true, "function word"},
			{"Will", false, "left out: often a name"},
			{"March", false, "left out: month and name"},
			{"Karachi", false, "a place"},
		} {
			if got := lexCommonWord(tc.word); got != tc.want {
				t.Errorf("lexCommonWord(%q) = %v; want %v (%s)", tc.word, got, tc.want, tc.reason)
			}
		}
	})
	t.Run("speech nouns", func(t *testing.T) {
		for _, tc := range []struct {
			word   string
			want   bool
			reason string
		}{
			{"statement", true, "in a statement"},
			{"Remarks", true, "L3: folded"},
			{"banana", false, "not a speech noun"},
		} {
			if got := lexSpeechNoun(tc.word); got != tc.want {
				t.Errorf("lexSpeechNoun(%q) = %v; want %v (%s)", tc.word, got, tc.want, tc.reason)
			}
		}
	})
}

// TestLexAttributionPhraseAt checks phrase matching (L7).
func TestLexAttributionPhraseAt(t *testing.T) {
	tests := []struct {
		words  []string
		want   int
		reason string
	}{
		{[]string{"According", "to", "the", "ministry"}, 2, "case-insensitive two-word phrase"},
		{[]string{"as", "quoted", "by", "X"}, 3, "three-word phrase"},
		{[]string{"quoted", "as", "saying"}, 3, "longest wins over shorter overlaps"},
		{[]string{"Quoting", "a", "spokesman"}, 1, "one-word phrase"},
		{[]string{"according"}, 0, "incomplete phrase"},
		{nil, 0, "empty input"},
	}
	for _, tc := range tests {
		if got := lexAttributionPhraseAt(tc.words); got != tc.want {
			t.Errorf("lexAttributionPhraseAt(%q) = %d; want %d (%s)", tc.words, got, tc.want, tc.reason)
		}
	}
	ps := lexAttributionPhrases()
	for i := 1; i < len(ps); i++ {
		if len(ps[i]) > len(ps[i-1]) {
			t.Fatalf("phrases not longest first at %d: %q after %q", i, ps[i], ps[i-1])
		}
	}
}

// TestLexNoAlloc checks that lookups do not allocate, folded or not (L3).
func TestLexNoAlloc(t *testing.T) {
	lexLoad()
	words := []string{"Said", "told", "Lt. Gen.", "Imran", "Karachi", "However", "Ministry"}
	n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			lexSpeechVerb(w)
			lexTitle(w)
			lexGivenName(w)
			lexPlace(w)
			lexCommonWord(w)
			lexOrgNoun(w)
			lexRoleNoun(w)
			lexDemonym(w)
			lexSpeechNoun(w)
		}
		lexAttributionPhraseAt(words)
	})
	if n != 0 {
		t.Errorf("lookups allocate %v times per run, want 0", n)
	}
}

// BenchmarkLexLookup measures one round of typical lookups.
func BenchmarkLexLookup(b *testing.B) {
	lexLoad()
	words := []string{"Said", "told", "Lt. Gen.", "Imran", "Karachi", "However", "Ministry", "unknownword"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			lexSpeechVerb(w)
			lexTitle(w)
			lexGivenName(w)
			lexPlace(w)
			lexCommonWord(w)
			lexOrgNoun(w)
		}
	}
}
