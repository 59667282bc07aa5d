// Command news analyses English news articles: who is in them, who said
// what, and when things happened.
//
// Usage:
//
//	news [-json] FILE...     analyse each FILE ("-" reads standard input)
//	news -jsonl              batch mode: JSON Lines in, JSON Lines out
//
// Without flags it prints a report a person can read. With -json it prints
// the analysis object of each file (the schema is in the README). In batch
// mode each input line is {"id": string, "text": string, "published":
// "YYYY-MM-DD" (optional)} and each output line is the analysis object of
// that line with the same "id", in input order; lines are analysed in
// parallel on all cores. A line that cannot be analysed is answered with
// {"id": ..., "line": N, "error": "..."} and the run goes on; the exit
// status is then 1.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/newsgraph/news"
)

func main() {
	jsonOut := flag.Bool("json", false, "print the analysis of each file as JSON")
	jsonl := flag.Bool("jsonl", false, "batch mode: read JSON Lines from standard input, write JSON Lines")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "batch mode: articles analysed at once")
	maxBytes := flag.Int("max-bytes", news.DefaultMaxBytes, "largest article accepted, in bytes (0: no limit)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: news [-json] FILE...\n       news -jsonl < in.jsonl > out.jsonl\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *jsonl {
		// The analysis allocates much and keeps little: with the default
		// GOGC the collector runs so often that a second core adds little.
		// A higher target (unless the user set GOGC) keeps the heap small
		// (tens of MB) and lets the batch scale with cores.
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(400)
		}
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(1 << 30) // collect harder rather than pass 1 GiB
		}
		failed, err := runBatch(os.Stdin, os.Stdout, *workers, *maxBytes)
		if err != nil {
			fmt.Fprintln(os.Stderr, "news:", err)
			os.Exit(2)
		}
		if failed > 0 {
			fmt.Fprintf(os.Stderr, "news: %d lines failed\n", failed)
			os.Exit(1)
		}
		return
	}
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	status := 0
	for _, name := range flag.Args() {
		if err := runFile(os.Stdout, name, *jsonOut, *maxBytes); err != nil {
			fmt.Fprintln(os.Stderr, "news:", err)
			status = 1
		}
	}
	os.Exit(status)
}

// runFile analyses one file and prints its report or JSON.
func runFile(w io.Writer, name string, asJSON bool, maxBytes int) error {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(os.Stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	a, err := news.Parse(string(b), news.WithMaxBytes(maxBytes))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	an := news.Analyze(a)
	if asJSON {
		out, err := json.MarshalIndent(an, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", out)
		return err
	}
	bw := bufio.NewWriter(w)
	report(bw, name, a, an)
	return bw.Flush()
}

// batchLine is one line of batch output: the analysis with its id.
type batchLine struct {
	ID string `json:"id"`
	*news.Analysis
}

// batchError is the answer to a line that could not be analysed.
type batchError struct {
	ID    *string `json:"id"`
	Line  int     `json:"line"`
	Error string  `json:"error"`
}

type batchJob struct {
	line int
	data []byte
	err  error // set when the line could not be read whole
	out  chan batchResult
}

type batchResult struct {
	data   []byte
	failed bool
}

// maxLine is the longest batch line read; longer lines are answered with an
// error without being held in memory.
func maxLine(maxBytes int) int {
	if maxBytes <= 0 {
		return 1 << 30
	}
	return 4*maxBytes + 1<<20
}

// runBatch answers each JSON line of r on w, in order, analysing up to
// workers lines at once. It returns the number of lines that failed.
func runBatch(r io.Reader, w io.Writer, workers, maxBytes int) (int, error) {
	if workers < 1 {
		workers = 1
	}
	jobs := make(chan batchJob, 2*workers)
	order := make(chan chan batchResult, 2*workers)
	var readErr error
	go func() {
		defer close(jobs)
		defer close(order)
		br := bufio.NewReaderSize(r, 1<<16)
		limit := maxLine(maxBytes)
		for n := 1; ; n++ {
			data, err := readLine(br, limit)
			if err == io.EOF && data == nil {
				return
			}
			if err != nil && err != io.EOF && !errors.Is(err, errLineTooLong) {
				readErr = err
				return
			}
			if err == io.EOF {
				err = nil
			}
			if err == nil && len(bytes.TrimSpace(data)) == 0 {
				continue // blank lines are not articles
			}
			ch := make(chan batchResult, 1)
			order <- ch
			jobs <- batchJob{line: n, data: data, err: err, out: ch}
		}
	}()
	for i := 0; i < workers; i++ {
		go func() {
			for j := range jobs {
				j.out <- safeAnalyse(j, maxBytes, analyseLine)
			}
		}()
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	failed := 0
	for ch := range order {
		res := <-ch
		if res.failed {
			failed++
		}
		bw.Write(res.data)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return failed, err
	}
	return failed, readErr
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its line end. A line longer than limit is
// skipped and reported with errLineTooLong.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			// Drop the rest of the line without keeping it.
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err == io.EOF || err == nil {
				return []byte{}, errLineTooLong
			}
			return nil, err
		}
		buf = append(buf, chunk...)
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimRight(buf, "\r\n"), nil
		case io.EOF:
			if len(buf) == 0 {
				return nil, io.EOF
			}
			return buf, io.EOF
		default:
			return nil, err
		}
	}
}

// safeAnalyse answers one batch line with analyse, and answers it with an
// error line if analyse panics: a bug that one article triggers must not
// take down a run over millions (the panic value is in the message, to be
// reported).
func safeAnalyse(j batchJob, maxBytes int, analyse func(batchJob, int) batchResult) (res batchResult) {
	defer func() {
		if r := recover(); r != nil {
			b, _ := json.Marshal(batchError{Line: j.line, Error: fmt.Sprintf("line %d: internal error (please report): %v", j.line, r)})
			res = batchResult{data: b, failed: true}
		}
	}()
	return analyse(j, maxBytes)
}

// analyseLine answers one batch line. A panic in the library (a bug) is
// answered as that line's error, so that one bad article does not stop a
// run over millions.
func analyseLine(j batchJob, maxBytes int) (res batchResult) {
	fail := func(id *string, msg string) batchResult {
		b, _ := json.Marshal(batchError{ID: id, Line: j.line, Error: fmt.Sprintf("line %d: %s", j.line, msg)})
		return batchResult{data: b, failed: true}
	}
	defer func() {
		if r := recover(); r != nil {
			res = fail(nil, fmt.Sprintf("internal error (please report): %v", r))
		}
	}()
	if j.err != nil {
		return fail(nil, j.err.Error())
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(j.data, &fields); err != nil {
		return fail(nil, "not a JSON object: "+err.Error())
	}
	var id *string
	if raw, ok := fields["id"]; ok {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			// A number is accepted as its text.
			if t := strings.TrimSpace(string(raw)); t != "" && (t[0] == '-' || (t[0] >= '0' && t[0] <= '9')) {
				s = t
			} else {
				return fail(nil, "\"id\" is not a string")
			}
		}
		id = &s
	}
	raw, ok := fields["text"]
	if !ok {
		return fail(id, "no \"text\"")
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return fail(id, "\"text\" is not a string")
	}
	opts := []news.Option{news.WithMaxBytes(maxBytes)}
	if raw, ok := fields["published"]; ok {
		var p string
		if err := json.Unmarshal(raw, &p); err != nil {
			return fail(id, "\"published\" is not a string")
		}
		if p != "" {
			if len(p) > 10 {
				p = p[:10]
			}
			t, err := time.Parse(time.DateOnly, p)
			if err != nil {
				return fail(id, "\"published\" is not a YYYY-MM-DD date")
			}
			opts = append(opts, news.WithPublished(t))
		}
	}
	a, err := news.Parse(text, opts...)
	if err != nil {
		return fail(id, err.Error())
	}
	out := batchLine{Analysis: news.Analyze(a)}
	if id != nil {
		out.ID = *id
	}
	b, err := json.Marshal(out)
	if err != nil {
		return fail(id, err.Error())
	}
	return batchResult{data: b}
}
