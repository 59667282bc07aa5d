package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/news"
)

// report prints the analysis of one article for a person to read.
func report(w io.Writer, name string, a *news.Article, an *news.Analysis) {
	fmt.Fprintf(w, "%s\n", name)
	pub := an.Published
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(w, "  published  %s (%s)\n", pub, an.PublishedFrom)
	if an.Title != "" {
		fmt.Fprintf(w, "  title      %s\n", an.Title)
	}
	if d := an.Dateline; d != nil {
		fmt.Fprintf(w, "  dateline   %s", d.Place)
		if d.Region != "" {
			fmt.Fprintf(w, ", %s", d.Region)
		}
		if d.Agency != "" {
			fmt.Fprintf(w, " (%s)", d.Agency)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "  %d paragraphs, %d sentences\n", len(an.Paragraphs), len(an.Sentences))

	names := map[string]string{}
	if len(an.Entities) > 0 {
		fmt.Fprintf(w, "\nEntities\n")
	}
	for _, e := range an.Entities {
		names[e.ID] = e.Name
		fmt.Fprintf(w, "  %-4s %-13s %s", e.ID, e.Kind, e.Name)
		if len(e.Titles) > 0 {
			fmt.Fprintf(w, "  [%s]", strings.Join(e.Titles, ", "))
		}
		fmt.Fprintf(w, "  (%d mentions)\n", len(e.Mentions))
		for _, d := range e.Descriptions {
			fmt.Fprintf(w, "         - %s\n", d)
		}
	}
	if len(an.Quotes) > 0 {
		fmt.Fprintf(w, "\nQuotes\n")
	}
	for _, q := range an.Quotes {
		who := "(unknown)"
		if q.Speaker != nil {
			who = q.Speaker.Name
			if q.Speaker.Text != q.Speaker.Name {
				who += " [" + q.Speaker.Text + "]"
			}
		}
		if q.Via != nil {
			who += " via " + q.Via.Name
		}
		cue := ""
		if q.Cue != nil {
			cue = " " + q.Cue.Text
		}
		text := q.Text
		if len(q.Parts) > 0 {
			var parts []string
			for _, p := range q.Parts {
				parts = append(parts, a.Text[p.Start:p.End])
			}
			text = strings.Join(parts, " … ")
		}
		kind := q.Kind.String()
		if !q.Speech {
			kind = "stance" // an attribution that reports no words
		}
		fmt.Fprintf(w, "  %-8s %s%s: %s\n", kind, who, cue, clip(text, 110))
	}
	if len(an.Times) > 0 {
		fmt.Fprintf(w, "\nTimes\n")
	}
	for _, t := range an.Times {
		fmt.Fprintf(w, "  %-22s %-9v %s\n", t.Value, t.Type, t.Text)
	}
	if len(an.Events) > 0 {
		fmt.Fprintf(w, "\nTimeline\n")
	}
	for _, e := range an.Events {
		when := e.Value
		if when == "" {
			when = "?"
		}
		var who []string
		for _, id := range e.Participants {
			who = append(who, names[id])
		}
		fmt.Fprintf(w, "  %3d  %-12s %s", e.Order, when, clip(e.Text, 90))
		if len(who) > 0 {
			fmt.Fprintf(w, "  {%s}", strings.Join(who, ", "))
		}
		fmt.Fprintln(w)
	}
}

// clip shortens s to at most n runes, marking the cut with "…".
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
