package news_test

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/newsgraph/news"
)

const exampleArticle = `date 2023-03-03
LAGOS (Reuters) - The central bank raised its main rate on Thursday, Governor Ada Okafor said.

"Inflation is too high," she told reporters. The bank meets again in May.
`

// A made-up story in the style of a wire report, used by the examples.
const exampleStory = `WASHINGTON (AP) — Senator Maria Lopez said on Tuesday that the bill would pass next week.

"We have the votes," Lopez told reporters. The senator added that the White House had asked for changes.

Her office, quoting the committee chairman, said the hearing was delayed for the second time.
`

// The whole analysis of one article, as the news command prints it.
func Example() {
	a, err := news.Parse(exampleStory, news.WithPublished(time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		log.Fatal(err)
	}
	an := news.Analyze(a)
	fmt.Println(an.Published, an.Dateline.Place, an.Dateline.Agency)
	fmt.Println(len(an.Entities) > 0, len(an.Quotes), len(an.Times) > 0)
	// Output:
	// 2024-05-16 Washington AP
	// true 4 true
}

// Parse finds the header, the dateline and the sentences of an article.
func ExampleParse() {
	a, err := news.Parse(exampleArticle)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Published.Format("2006-01-02"), a.PublishedFrom)
	fmt.Println(a.Dateline.Place, a.Dateline.Agency)
	for _, s := range a.Sentences {
		fmt.Println(s.Paragraph, s.Text)
	}
	// Output:
	// 2023-03-03 header
	// Lagos Reuters
	// 0 The central bank raised its main rate on Thursday, Governor Ada Okafor said.
	// 1 "Inflation is too high," she told reporters.
	// 1 The bank meets again in May.
}

// Parse refuses input over the size limit with a *SizeError.
func ExampleParse_errors() {
	_, err := news.Parse("Too long for this limit.", news.WithMaxBytes(10))
	var se *news.SizeError
	fmt.Println(errors.As(err, &se), err)
	// Output:
	// true news: input of 24 bytes is over the limit of 10 bytes
}

// WithPublished gives the date that relative times resolve against; it
// wins over a date in the text.
func ExampleWithPublished() {
	day := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC) // a Thursday
	a, err := news.Parse("The vote was held on Tuesday.", news.WithPublished(day))
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range news.Times(a) {
		fmt.Println(t.Text, t.Value)
	}
	// Output:
	// Tuesday 2024-05-14
}

// WithMaxBytes sets the largest input Parse accepts.
func ExampleWithMaxBytes() {
	_, err := news.Parse("A short story.", news.WithMaxBytes(1<<10))
	fmt.Println(err)
	// Output:
	// <nil>
}

// Entities merges every mention of a person: name, surname, title,
// description and pronoun.
func ExampleEntities() {
	a, err := news.Parse(exampleStory)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range news.Entities(a) {
		if e.Kind != news.Person {
			continue
		}
		fmt.Println(e.ID, e.Name, e.Titles)
		for _, m := range e.Mentions {
			fmt.Printf("  %s %q\n", m.Kind, m.Text)
		}
	}
	// Output:
	// e2 Maria Lopez [Senator]
	//   title "Senator Maria Lopez"
	//   name "Maria Lopez"
	//   name "Lopez"
	//   description "The senator"
	//   pronoun "Her"
}

// Quotes finds direct and reported speech with its speaker and cue.
func ExampleQuotes() {
	a, err := news.Parse(exampleStory)
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range news.Quotes(a) {
		fmt.Printf("%s %s (%s) %q\n", q.Kind, q.Speaker.Name, q.Cue.Text, q.Text)
	}
	// Output:
	// indirect Maria Lopez (said) "the bill would pass next week"
	// direct Maria Lopez (told) "We have the votes"
	// indirect Maria Lopez (added) "the White House had asked for changes"
	// indirect the committee chairman (said) "the hearing was delayed for the second time"
}

// A relayed quote: the office speaks for the chairman, so the chairman is
// the speaker and the office comes through Via.
func ExampleQuotes_via() {
	a, err := news.Parse(`The minister, quoting the army chief, said the border was calm.`)
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range news.Quotes(a) {
		fmt.Printf("%s via %s: %s\n", q.Speaker.Text, q.Via.Text, q.Text)
	}
	// Output:
	// the army chief via The minister: the border was calm
}

// Times normalises time expressions against the publication date.
func ExampleTimes() {
	a, err := news.Parse(exampleStory, news.WithPublished(time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range news.Times(a) {
		fmt.Println(t.Type, t.Value, t.Text)
	}
	// Output:
	// date 2024-05-14 Tuesday
	// date 2024-W21 next week
}

// Timeline orders the events: dated ones by date, the rest by ordinals
// and text order.
func ExampleTimeline() {
	a, err := news.Parse(exampleStory, news.WithPublished(time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range news.Timeline(a) {
		fmt.Printf("%d %q %s\n", e.Order, e.Value, e.Text)
	}
	// Output:
	// 0 "2024-05-14" Senator Maria Lopez said on Tuesday that the bill would pass next week
	// 1 "" We have the votes," Lopez told reporters
	// 1 "" The senator added that the White House had asked for changes
	// 1 "" Her office, quoting the committee chairman, said the hearing was delayed for the second time
}

// Analyze returns everything at once, ready for encoding/json.
func ExampleAnalyze() {
	a, err := news.Parse(exampleArticle)
	if err != nil {
		log.Fatal(err)
	}
	an := news.Analyze(a)
	fmt.Println(an.Published, len(an.Paragraphs), len(an.Sentences))
	for _, q := range an.Quotes {
		fmt.Println(q.Kind, q.Speaker.Name, q.Text)
	}
	// Output:
	// 2023-03-03 2 3
	// indirect Ada Okafor The central bank raised its main rate on Thursday
	// direct Ada Okafor Inflation is too high
}
