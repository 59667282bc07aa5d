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
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

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
		// The collector runs at its default target (GOGC=100). This
		// command once set 200, when encoding/json's reflection made each
		// answer's garbage; with its own encoder, on 2,772 PolNeAR
		// articles (21 MB of JSON) written to a file, 8 interleaved
		// rounds: 1.07 s on one core at both, 0.65 s on two at 100
		// against 0.67 s at 200, and 40 MB of peak RSS against 56 MB: the
		// larger heap's page faults cost more than the collections it
		// saves.
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

// batchLine is one line of batch output: the analysis with its id. Its JSON
// (json.Marshal's) is what appendAnswer writes.
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
	line int    // its line number in the input
	seq  int    // its number among the lines answered (blank lines are not), from 0
	data []byte // the line, in its worker's line buffer
	err  error  // set when the line could not be read whole
}

type batchResult struct {
	data   []byte   // the answer without its line end
	failed bool     // an error answer
	keep   freeList // where data goes back once written, or nil
	ok     bool     // set: the answer is made (answerWriter)
}

// maxLine is the longest batch line read; longer lines are answered with an
// error without being held in memory.
func maxLine(maxBytes int) int {
	if maxBytes <= 0 {
		return 1 << 30
	}
	return 4*maxBytes + 1<<20
}

// freeList keeps byte buffers that their last user has given back, so that
// a batch worker reuses its answer buffers instead of allocating (and the
// collector clearing) a fresh one for each line. It holds at most cap(f)
// buffers, none larger than maxKept bytes (a rare huge answer does not pin
// its buffer for the rest of the run).
type freeList chan []byte

const maxKept = 4 << 20

// get returns an empty buffer: a kept one, or nil when none is kept.
func (f freeList) get() []byte {
	select {
	case b := <-f:
		return b[:0]
	default:
		return nil
	}
}

// put gives b back; the caller must not use it any more.
func (f freeList) put(b []byte) {
	if cap(b) == 0 || cap(b) > maxKept {
		return
	}
	select {
	case f <- b:
	default:
	}
}

// batchBuffers are the buffers a worker of a batch reuses: its answers
// (it takes them, and they come back to it once written: see
// answerWriter).
type batchBuffers struct {
	answers freeList
}

// runBatch answers each JSON line of r on w, in order, analysing up to
// workers lines at once. It returns the number of lines that failed.
func runBatch(r io.Reader, w io.Writer, workers, maxBytes int) (int, error) {
	return runBatchWith(r, w, workers, maxBytes, analyseLine)
}

// runBatchWith is runBatch answering each line with analyse (tests give
// their own). Each worker reads its next line itself, in turn (see
// lineReader), answers it and writes its answer in turn (answerWriter):
// a line and its answer stay with the worker, and on the core, that made
// them.
func runBatchWith(r io.Reader, w io.Writer, workers, maxBytes int, analyse func(batchJob, int, *batchBuffers) batchResult) (int, error) {
	if workers < 1 {
		workers = 1
	}
	// The answers read and not yet written: those being made and those
	// waiting for their turn.
	room := 4*workers + 2
	lr := &lineReader{br: bufio.NewReaderSize(r, 1<<16), limit: maxLine(maxBytes)}
	aw := newAnswerWriter(w, room)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The worker's own line buffer and answer buffers.
			bufs := &batchBuffers{answers: make(freeList, room)}
			var line []byte
			for {
				aw.room <- struct{}{} // wait while room answers are not written
				j, ok := lr.next(line)
				if !ok {
					<-aw.room
					return
				}
				res := safeAnalyse(j, maxBytes, bufs, analyse)
				if line = j.data; cap(line) > maxKept {
					line = nil // a huge line's buffer is not kept
				}
				res.keep = bufs.answers
				aw.done(j.seq, res)
			}
		}()
	}
	wg.Wait()
	if aw.err != nil {
		return aw.failed, aw.err
	}
	return aw.failed, lr.err
}

// lineReader hands the lines of a batch's input to its workers, one at a
// time and numbered in order, skipping blank lines.
type lineReader struct {
	mu    sync.Mutex
	br    *bufio.Reader
	limit int   // the longest line read (see readLine)
	n     int   // the number of the last line read
	seq   int   // the number of the next line answered
	end   bool  // the input has ended
	err   error // the read error that ended it, if any
}

// next reads the next line that is not blank into buf (which may be nil),
// and returns it as a job; false at the end of the input (or after a read
// error, kept in lr.err).
func (lr *lineReader) next(buf []byte) (batchJob, bool) {
	lr.mu.Lock()
	defer lr.mu.Unlock()
	for !lr.end {
		data, err := readLine(lr.br, lr.limit, buf[:0])
		lr.n++
		if err == io.EOF && len(data) == 0 {
			lr.end = true
			break
		}
		if err != nil && err != io.EOF && !errors.Is(err, errLineTooLong) {
			lr.end, lr.err = true, err
			break
		}
		if err == io.EOF {
			err = nil // the last line, which has no line end
		}
		if err == nil && len(bytes.TrimSpace(data)) == 0 {
			buf = data // blank lines are not articles; buf is read into again
			continue
		}
		j := batchJob{line: lr.n, seq: lr.seq, data: data, err: err}
		lr.seq++
		return j, true
	}
	return batchJob{}, false
}

// answerWriter writes the answers of a batch in the order of their lines
// (B4), each by a worker: the worker that made an answer writes it when
// its turn has come, and then the answers after it that are waiting;
// before its turn, it leaves the answer waiting and goes on to its next
// line. So most answers are written by the core that made them, from its
// own cache, and their buffers are reused by that core. (A writer
// goroutine, on whichever core was free, read every answer, and the
// worker that next reused the buffer had to take its cache lines back:
// on two cores that cost about 8% of the CPU time of a batch.) One write
// a line: the answers are not copied into a shared buffer either.
type answerWriter struct {
	w    io.Writer
	room chan struct{} // a token for each line read and not yet written

	mu      sync.Mutex
	next    int           // the number of the next answer to write
	waiting []batchResult // answers made before their turn, at seq % len
	writing bool          // a worker is writing answers (outside mu)
	failed  int           // the failed lines written
	err     error         // the first write error; nothing is written after it
}

func newAnswerWriter(w io.Writer, room int) *answerWriter {
	return &answerWriter{w: w, room: make(chan struct{}, room), waiting: make([]batchResult, room)}
}

// done takes answer seq (0 for the first line answered): it writes it,
// and the answers waiting after it, when its turn has come, and leaves it
// waiting otherwise. Only one worker writes at a time: one that finds
// another writing leaves its answer to it.
func (aw *answerWriter) done(seq int, res batchResult) {
	res.ok = true
	aw.mu.Lock()
	aw.waiting[seq%len(aw.waiting)] = res
	if aw.writing || seq != aw.next {
		aw.mu.Unlock()
		return
	}
	aw.writing = true
	for {
		slot := &aw.waiting[aw.next%len(aw.waiting)]
		if !slot.ok {
			break
		}
		res := *slot
		*slot = batchResult{}
		aw.next++
		if res.failed {
			aw.failed++
		}
		err := aw.err
		aw.mu.Unlock()
		if err == nil {
			_, err = aw.w.Write(append(res.data, '\n'))
		}
		res.keep.put(res.data)
		<-aw.room
		aw.mu.Lock()
		if aw.err == nil {
			aw.err = err
		}
	}
	aw.writing = false
	aw.mu.Unlock()
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its line end, appending it to buf (which
// may be nil) and returning the extended buffer. A line longer than limit
// is skipped and reported with errLineTooLong and an empty buffer. At the
// end of input it returns an empty buffer and io.EOF, or the last line
// (which had no line end) and io.EOF.
func readLine(br *bufio.Reader, limit int, buf []byte) ([]byte, error) {
	buf = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			// Drop the rest of the line without keeping it.
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err == io.EOF || err == nil {
				return buf[:0], errLineTooLong
			}
			return buf[:0], err
		}
		buf = append(buf, chunk...)
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimRight(buf, "\r\n"), nil
		case io.EOF:
			return buf, io.EOF
		default:
			return buf[:0], err
		}
	}
}

// safeAnalyse answers one batch line with analyse, and answers it with an
// error line if analyse panics: a bug that one article triggers must not
// take down a run over millions (the panic value is in the message, to be
// reported).
func safeAnalyse(j batchJob, maxBytes int, bufs *batchBuffers, analyse func(batchJob, int, *batchBuffers) batchResult) (res batchResult) {
	defer func() {
		if r := recover(); r != nil {
			b, _ := json.Marshal(batchError{Line: j.line, Error: fmt.Sprintf("line %d: internal error (please report): %v", j.line, r)})
			res = batchResult{data: b, failed: true}
		}
	}()
	return analyse(j, maxBytes, bufs)
}

// analyseLine answers one batch line, encoding the answer into a buffer of
// bufs.answers. A panic in the library (a bug) is answered as that line's
// error, so that one bad article does not stop a run over millions.
func analyseLine(j batchJob, maxBytes int, bufs *batchBuffers) (res batchResult) {
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
	in, ok := decodeLineFast(j.data)
	if !ok {
		var msg string
		if in, msg = decodeLine(j.data); msg != "" {
			return fail(in.id, msg)
		}
	}
	opts := []news.Option{news.WithMaxBytes(maxBytes)}
	if p := in.published; p != "" {
		if len(p) > 10 {
			p = p[:10]
		}
		t, err := time.Parse(time.DateOnly, p)
		if err != nil {
			return fail(in.id, "\"published\" is not a YYYY-MM-DD date")
		}
		opts = append(opts, news.WithPublished(t))
	}
	a, err := news.Parse(in.text, opts...)
	if err != nil {
		return fail(in.id, err.Error())
	}
	out := batchLine{Analysis: news.Analyze(a)}
	if in.id != nil {
		out.ID = *in.id
	}
	// What json.Marshal returns, straight into a reused buffer, made large
	// enough at once: an answer is 4.6 times its line for the median
	// PolNeAR article, 6.1 times at the 99th percentile, and growing it
	// as it is written would copy it and clear the new arrays. The room is
	// made up to maxKept only: a huge article's answer grows as written.
	buf := slices.Grow(bufs.answers.get(), min(answerRoom*len(j.data)+512, maxKept))
	b, err := appendAnswer(buf, out.ID, out.Analysis)
	if err != nil {
		bufs.answers.put(b)
		return fail(in.id, err.Error())
	}
	return batchResult{data: b}
}

// answerRoom is the room made for an answer, in times the length of its
// line (see analyseLine).
const answerRoom = 6

// lineIn is what batch mode reads from an input line.
type lineIn struct {
	id        *string // nil when the line has no "id"
	text      string
	published string // "" when absent
}

// decodeLine reads an input line: a JSON object whose "text" is a string,
// whose "id" (optional) is a string or a number (taken as its text) and
// whose "published" (optional) is a string or null. Member names are
// matched exactly; when one occurs twice, the last one counts. It returns a
// message when the line is not such an object (and the id when that is
// known). It is the definition of the accepted lines; decodeLineFast reads
// the usual ones in one pass.
func decodeLine(data []byte) (lineIn, string) {
	var in lineIn
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return in, "not a JSON object: " + err.Error()
	}
	if raw, ok := fields["id"]; ok {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			// A number is accepted as its text.
			if t := strings.TrimSpace(string(raw)); t != "" && (t[0] == '-' || (t[0] >= '0' && t[0] <= '9')) {
				s = t
			} else {
				return in, "\"id\" is not a string"
			}
		}
		in.id = &s
	}
	raw, ok := fields["text"]
	if !ok {
		return in, "no \"text\""
	}
	if err := json.Unmarshal(raw, &in.text); err != nil || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return in, "\"text\" is not a string"
	}
	if raw, ok := fields["published"]; ok {
		if err := json.Unmarshal(raw, &in.published); err != nil {
			return in, "\"published\" is not a string"
		}
	}
	return in, ""
}

// decodeLineFast reads the usual input line as decodeLine does, in one
// pass and without decodeLine's map and copies: a JSON object whose "text"
// and "published" are strings, whose "id" is a string or a number and whose
// member names hold no escapes. It checks the JSON syntax itself (strictly:
// what it accepts, encoding/json accepts) and decodes strings as
// encoding/json does. On any other line it returns false, and decodeLine
// must read it (and give the error, if any).
func decodeLineFast(data []byte) (lineIn, bool) {
	var in lineIn
	var id, text, published []byte // the last value of each, as JSON
	s := jsonScanner{b: data}
	s.space()
	ok := s.object(1, func(key, value []byte) {
		switch string(key) {
		case "id":
			id = value
		case "text":
			text = value
		case "published":
			published = value
		}
	})
	s.space()
	if !ok || s.i != len(data) || text == nil || text[0] != '"' {
		return in, false
	}
	if id != nil {
		var str string
		switch c := id[0]; {
		case c == '"':
			str = unquote(id)
		case c == '-' || (c >= '0' && c <= '9'):
			str = string(id) // a number, taken as its text
		default:
			return in, false
		}
		in.id = &str
	}
	if published != nil {
		if published[0] != '"' {
			return in, false
		}
		in.published = unquote(published)
	}
	in.text = unquote(text)
	return in, true
}

// jsonScanner checks the JSON syntax of b from b[i] on, one value at a
// time, without building anything.
type jsonScanner struct {
	b []byte
	i int
}

// maxDepth is the deepest nesting jsonScanner accepts; deeper values are
// left to encoding/json.
const maxDepth = 100

// space skips JSON white space.
func (s *jsonScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// value skips one JSON value at nesting depth depth, reporting whether it
// is valid JSON.
func (s *jsonScanner) value(depth int) bool {
	if s.i >= len(s.b) {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		return s.str()
	case c == '{':
		return s.object(depth+1, nil)
	case c == '[':
		return s.array(depth + 1)
	case c == '-' || (c >= '0' && c <= '9'):
		return s.number()
	default:
		return s.literal("true") || s.literal("false") || s.literal("null")
	}
}

// object skips a JSON object, calling member (unless nil) with the name
// (as written, without its quotes) and the value (as JSON) of each of its
// members. It reports false for a member name with an escape when member
// is not nil (the name would need decoding).
func (s *jsonScanner) object(depth int, member func(key, value []byte)) bool {
	return s.list(depth, '{', '}', func() bool {
		start := s.i
		if !s.str() {
			return false
		}
		key := s.b[start+1 : s.i-1]
		s.space()
		if s.i >= len(s.b) || s.b[s.i] != ':' {
			return false
		}
		s.i++
		s.space()
		start = s.i
		if !s.value(depth) {
			return false
		}
		if member != nil {
			if bytes.IndexByte(key, '\\') >= 0 {
				return false
			}
			member(key, s.b[start:s.i])
		}
		return true
	})
}

// array skips a JSON array.
func (s *jsonScanner) array(depth int) bool {
	return s.list(depth, '[', ']', func() bool { return s.value(depth) })
}

// list skips what is between open and close, separated by commas, each
// read by item: the members of an object or the elements of an array.
func (s *jsonScanner) list(depth int, open, close byte, item func() bool) bool {
	if depth > maxDepth || s.i >= len(s.b) || s.b[s.i] != open {
		return false
	}
	s.i++
	s.space()
	if s.i < len(s.b) && s.b[s.i] == close {
		s.i++
		return true
	}
	for {
		if !item() {
			return false
		}
		s.space()
		if s.i >= len(s.b) {
			return false
		}
		switch s.b[s.i] {
		case ',':
			s.i++
			s.space()
		case close:
			s.i++
			return true
		default:
			return false
		}
	}
}

// str skips a JSON string: no control characters, only JSON's escapes.
func (s *jsonScanner) str() bool {
	b, i := s.b, s.i
	if i >= len(b) || b[i] != '"' {
		return false
	}
	for i++; i < len(b); {
		i = strRun(b, i)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case '"':
			s.i = i + 1
			return true
		case '\\':
			if i+1 >= len(b) {
				return false
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if getu4(b[i:]) < 0 {
					return false
				}
				i += 6
			default:
				return false
			}
		default: // a control character
			return false
		}
	}
	return false
}

// strRun returns the end of the run of bytes from b[i] on that stand for
// themselves in a JSON string: up to a quote, a backslash or a control
// character. It tests eight bytes at a time while none of them is one.
func strRun(b []byte, i int) int {
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		// A byte below ' ' (the subtraction's borrow sets its high bit,
		// &^ w leaves out the bytes from 0x80 on), '"' or '\\'.
		if ((w-' '*lowBits)&^w|hasByte(w, '"')|hasByte(w, '\\'))&highBits != 0 {
			break
		}
	}
	for i < len(b) && b[i] >= ' ' && b[i] != '"' && b[i] != '\\' {
		i++
	}
	return i
}

// number skips a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *jsonScanner) number() bool {
	b, i := s.b, s.i
	digits := func(i int) int {
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = digits(i)
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return false
		}
		i = j
	}
	s.i = i
	return true
}

// literal skips word (true, false or null) if it comes next.
func (s *jsonScanner) literal(word string) bool {
	if !bytes.HasPrefix(s.b[s.i:], []byte(word)) {
		return false
	}
	s.i += len(word)
	return true
}

// getu4 decodes the \uXXXX escape at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c = c - '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquote decodes the JSON string raw (with its quotes), which jsonScanner
// has found valid, as encoding/json does: bytes that are not UTF-8 and
// unpaired surrogates become U+FFFD.
func unquote(raw []byte) string {
	s := raw[1 : len(raw)-1]
	r := plainRun(s, 0)
	if r == len(s) {
		return string(s)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	sb.Write(s[:r])
	for r < len(s) {
		if s[r] != '\\' {
			sb.WriteRune(utf8.RuneError) // a byte that is not UTF-8
			r++
		} else {
			switch c := s[r+1]; c {
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				rr := getu4(s[r:])
				r += 6
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, getu4(s[r:])); dec != unicode.ReplacementChar {
						rr = dec // a pair
						r += 6
					} else {
						rr = unicode.ReplacementChar
					}
				}
				sb.WriteRune(rr)
				r -= 2 // the escape's two bytes are counted below
			default: // '"', '\\' or '/'
				sb.WriteByte(c)
			}
			r += 2
		}
		j := plainRun(s, r)
		sb.Write(s[r:j])
		r = j
	}
	return sb.String()
}

// plainRun returns the end of the run of bytes from s[i] on that stand for
// themselves in a valid JSON string: up to an escape or a byte that is not
// UTF-8.
func plainRun(s []byte, i int) int {
	// Usually the whole run up to the next escape is valid UTF-8.
	end := len(s)
	if j := bytes.IndexByte(s[i:], '\\'); j >= 0 {
		end = i + j
	}
	if utf8.Valid(s[i:end]) {
		return end
	}
	for i < len(s) {
		c := s[i]
		if c == '\\' {
			break
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		rr, size := utf8.DecodeRune(s[i:])
		if rr == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return i
}
