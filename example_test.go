package news_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/newsgraph/news"
)

const exampleArticle = `date 2023-03-03
LAGOS (Reuters) - The central bank raised its main rate on Thursday, Governor Ada Okafor said.

"Inflation is too high," she told reporters. The bank meets again in May.
`

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
