package news

import (
	"reflect"
	"testing"
)

// TestAnalyzeOwnsItsValues checks that Analyze gives the same values
// whether it computes its own analysis (nothing cached in the article) or
// copies a cached one, and that the values are the caller's: each list
// has no spare capacity that an append could share with another value,
// no two quotes share a speaker or a cue, and changing them changes
// nothing that a later call returns.
func TestAnalyzeOwnsItsValues(t *testing.T) {
	const text = "date 2022-11-11\n\nLONDON (Reuters) - Prime Minister Ana Ruiz met the Labour Party leaders on Thursday. " +
		"\u201cWe agreed on a plan,\u201d Ruiz said. \u201cIt starts next week.\u201d\n\n" +
		"John Smith, a spokesman for the party, said the talks had gone well. Ruiz told reporters she would visit Paris on Monday, Smith said.\n"
	parse := func() *Article {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	fresh := Analyze(parse())
	if len(fresh.Quotes) < 3 || len(fresh.Entities) < 2 || len(fresh.Events) < 2 {
		t.Fatalf("want at least 3 quotes, 2 entities and 2 events, got %d, %d, %d", len(fresh.Quotes), len(fresh.Entities), len(fresh.Events))
	}
	cachedArticle := parse()
	Entities(cachedArticle) // computes and keeps the analysis
	if got := Analyze(cachedArticle); !reflect.DeepEqual(got, fresh) {
		t.Errorf("Analyze of an analysed article differs from a fresh one:\n got %+v\nwant %+v", got, fresh)
	}

	a := parse()
	mine := Analyze(a)
	seen := map[any]bool{}
	for i := range mine.Quotes {
		q := &mine.Quotes[i]
		for _, p := range []any{q.Speaker, q.Via, q.Cue} {
			if !reflect.ValueOf(p).IsNil() {
				if seen[p] {
					t.Errorf("quote %d shares a speaker or cue with another quote", i)
				}
				seen[p] = true
			}
		}
		if cap(q.Parts) != len(q.Parts) {
			t.Errorf("quote %d: spare capacity in its parts", i)
		}
	}
	for i, e := range mine.Events {
		if cap(e.Participants) != len(e.Participants) {
			t.Errorf("event %d: spare capacity in its participants", i)
		}
	}
	for i := range mine.Quotes {
		q := &mine.Quotes[i]
		q.Text = "changed"
		if q.Speaker != nil {
			q.Speaker.Name = "changed"
		}
		if q.Cue != nil {
			q.Cue.Text = "changed"
		}
		q.Parts = append(q.Parts, Span{})
	}
	for i := range mine.Events {
		mine.Events[i].Participants = append(mine.Events[i].Participants, "appended")
	}
	mine.Times[0].Value = "changed"
	mine.Entities[0].Name = "changed"
	if got := Analyze(a); !reflect.DeepEqual(got, fresh) {
		t.Errorf("a second Analyze saw the first caller's changes:\n got %+v\nwant %+v", got, fresh)
	}
	if got := Quotes(a); !reflect.DeepEqual(got, fresh.Quotes) {
		t.Errorf("Quotes after Analyze saw the caller's changes:\n got %+v\nwant %+v", got, fresh.Quotes)
	}
}
