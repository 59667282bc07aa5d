//go:build nertrain

// Command nertrain trains the named-entity model that package news embeds.
//
// Usage:
//
//	go run -tags nertrain ./cmd/nertrain -train ../shared/corpus/conll03/train.jsonl -out lexicon/ner_model.txt
//
// The training file holds one CoNLL-style JSON object per line ({"doc",
// "text", "entities": [{"start", "end", "type"}]}, code-point offsets, one
// sentence per line of text). Training is deterministic: the same input
// gives the same model bytes, which TestNERRetrainReproduces checks.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/newsgraph/news"
)

// main parses the flags and runs the training.
func main() {
	train := flag.String("train", "../shared/corpus/conll03/train.jsonl", "training corpus (JSON Lines)")
	out := flag.String("out", "lexicon/ner_model.txt", "model file to write")
	flag.Parse()
	if err := run(*train, *out); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

// run trains from the file at train and writes the model to out.
func run(train, out string) error {
	start := time.Now()
	f, err := os.Open(train)
	if err != nil {
		return err
	}
	defer f.Close()
	var buf bytes.Buffer
	if err := news.TrainNERModel(f, &buf, os.Stderr); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) in %s\n", out, buf.Len(), time.Since(start).Round(time.Millisecond))
	return nil
}
