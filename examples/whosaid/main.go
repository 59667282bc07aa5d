// Command whosaid prints who said what in a news article: one line per
// quote, with the speaker's canonical name, the cue and the words.
//
//	go run ./examples/whosaid testdata/seed.txt
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/newsgraph/news"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: whosaid FILE")
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	a, err := news.Parse(string(b))
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range news.Quotes(a) {
		if !q.Speech {
			continue // a belief, intention or stance, not words said
		}
		who := "unknown"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		if q.Via != nil {
			who += " (via " + q.Via.Name + ")"
		}
		cue := ""
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		fmt.Printf("%-28s %-9s %-8s %s\n", who, cue, q.Kind, q.Text)
	}
}
