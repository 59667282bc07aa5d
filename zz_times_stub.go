package news

import "time"

// Placeholder until times.go lands.
type Time struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Rule  string `json:"rule"`
}

func findTimes(text string, sents []Span, published time.Time) []Time { return nil }

// Times returns the time expressions of the article.
func Times(a *Article) []Time { return append([]Time(nil), a.analyze().times...) }
