package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/news"
)

// batchCase is one input line of the batch tests and the answer it must get.
type batchCase struct {
	line   string
	bad    string // why the line must get an error line; "" for a good line
	errHas string // a piece of the error message, for bad lines
}

// batchInput builds n input lines: good articles with ids "a1", "a2", ...,
// a blank line (skipped), and one bad line of each kind every 50 lines. The
// line over the size limit holds maxBytes+1 bytes of text, and one line is
// longer than the reader keeps (maxLine).
func batchInput(n, maxBytes int) []batchCase {
	var cs []batchCase
	for i := 1; len(cs) < n; i++ {
		id := fmt.Sprintf("a%d", i)
		text := fmt.Sprintf("The mayor of Town %d said on Monday that the road would reopen. \"We are ready,\" she said.", i)
		good, _ := json.Marshal(map[string]string{"id": id, "text": text, "published": "2021-03-04"})
		switch i % 50 {
		case 7:
			cs = append(cs, batchCase{`{"id": "x", "text": "unterminated`, "bad JSON", "not a JSON object"})
		case 13:
			cs = append(cs, batchCase{fmt.Sprintf(`{"id": %q}`, id), "no text", `no "text"`})
		case 19:
			cs = append(cs, batchCase{fmt.Sprintf(`{"id": %q, "text": 42}`, id), "text is a number", `"text" is not a string`})
		case 23:
			cs = append(cs, batchCase{fmt.Sprintf(`{"id": %q, "text": null}`, id), "text is null", `"text" is not a string`})
		case 29:
			big, _ := json.Marshal(map[string]string{"id": id, "text": strings.Repeat("x", maxBytes+1)})
			cs = append(cs, batchCase{string(big), "text over -max-bytes", "over the limit"})
		case 31:
			cs = append(cs, batchCase{`[1, 2, 3]`, "an array, not an object", "not a JSON object"})
		case 37:
			cs = append(cs, batchCase{fmt.Sprintf(`{"id": %q, "text": "x", "published": "someday"}`, id), "a bad date", "not a YYYY-MM-DD date"})
		case 41:
			cs = append(cs, batchCase{"", "", ""}) // blank: skipped, no answer
		case 43:
			if len(cs) < 100 {
				huge := `{"id": "huge", "text": "` + strings.Repeat("y", maxLine(maxBytes)) + `"}`
				cs = append(cs, batchCase{huge, "a line longer than the reader keeps", "line too long"})
				continue
			}
			cs = append(cs, batchCase{string(good), "", ""})
		default:
			cs = append(cs, batchCase{string(good), "", ""})
		}
	}
	return cs
}

// checkBatch checks the output of a batch run over cases: one answer per
// non-blank line, in input order; good lines answered with their id and an
// analysis; bad lines with an error line that names their line number. It
// returns the number of bad lines.
func checkBatch(t *testing.T, cases []batchCase, out []byte) int {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	var want []int // indexes of the cases that must be answered
	for i, c := range cases {
		if c.line != "" {
			want = append(want, i)
		}
	}
	if len(lines) != len(want) {
		t.Fatalf("B1: %d output lines for %d non-blank input lines", len(lines), len(want))
	}
	bad := 0
	for k, i := range want {
		c := cases[i]
		lineNo := i + 1
		var got struct {
			ID        *string         `json:"id"`
			Line      int             `json:"line"`
			Error     string          `json:"error"`
			Sentences json.RawMessage `json:"sentences"`
		}
		if err := json.Unmarshal([]byte(lines[k]), &got); err != nil {
			t.Errorf("B2: output line %d is not JSON: %v", k+1, err)
			continue
		}
		if c.bad != "" {
			bad++
			if got.Error == "" || got.Line != lineNo || !strings.HasPrefix(got.Error, fmt.Sprintf("line %d: ", lineNo)) {
				t.Errorf("B3: input line %d (%s): want an error line naming line %d, got line %d error %q", lineNo, c.bad, lineNo, got.Line, got.Error)
			} else if !strings.Contains(got.Error, c.errHas) {
				t.Errorf("B3: input line %d (%s): error %q does not say %q", lineNo, c.bad, got.Error, c.errHas)
			}
			continue
		}
		var in struct{ ID string }
		json.Unmarshal([]byte(c.line), &in)
		if got.Error != "" || got.ID == nil || *got.ID != in.ID || len(got.Sentences) < 3 {
			t.Errorf("B4: input line %d (id %s): want its analysis in place, got id %v error %q", lineNo, in.ID, got.ID, got.Error)
		}
	}
	return bad
}

// TestRunBatch runs batch mode over 300 lines with bad ones of every kind
// mixed in, on 4 workers so that answers finish out of order.
func TestRunBatch(t *testing.T) {
	const maxBytes = 4096
	cases := batchInput(300, maxBytes)
	var in bytes.Buffer
	for _, c := range cases {
		in.WriteString(c.line)
		in.WriteByte('\n')
	}
	var out bytes.Buffer
	failed, err := runBatch(&in, &out, 4, maxBytes)
	if err != nil {
		t.Fatal(err)
	}
	bad := checkBatch(t, cases, out.Bytes())
	if bad < 6 {
		t.Fatalf("the input has only %d bad lines; the test needs every kind", bad)
	}
	if failed != bad {
		t.Errorf("B5: runBatch reports %d failed lines; %d were bad", failed, bad)
	}
}

// TestBatchOrder runs batches whose answers finish in a random order (a
// random wait on each) on 1 to 8 workers: the answers must come out in the
// order of their lines (B4), each once, with the failed ones counted, and
// the writes must be of whole answers, one at a time.
func TestBatchOrder(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 7))
	for _, workers := range []int{1, 2, 3, 8} {
		const n = 400
		var in bytes.Buffer
		for i := 0; i < n; i++ {
			if i%50 == 7 {
				in.WriteString("\n") // blank lines are skipped
			}
			fmt.Fprintf(&in, "%d\n", i)
		}
		waits := make([]time.Duration, n)
		for i := range waits {
			waits[i] = time.Duration(rnd.IntN(300)) * time.Microsecond
		}
		echo := func(j batchJob, _ int, bufs *batchBuffers) batchResult {
			k, err := strconv.Atoi(string(j.data))
			if err != nil {
				panic(err)
			}
			time.Sleep(waits[k])
			return batchResult{data: fmt.Appendf(bufs.answers.get(), "answer %d", k), failed: k%9 == 0}
		}
		var out orderCheck
		failed, err := runBatchWith(&in, &out, workers, 0, echo)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if len(got) != n {
			t.Fatalf("%d workers: %d answers for %d lines", workers, len(got), n)
		}
		for i, l := range got {
			if want := fmt.Sprintf("answer %d", i); l != want {
				t.Fatalf("B4: %d workers: answer %d is %q, want %q", workers, i, l, want)
			}
		}
		if want := (n + 8) / 9; failed != want {
			t.Errorf("B5: %d workers: %d failed, want %d", workers, failed, want)
		}
		if out.overlap {
			t.Errorf("%d workers: two writes at once", workers)
		}
	}
}

// orderCheck is a bytes.Buffer that notes writes made at once, and
// writes that are not one whole answer line.
type orderCheck struct {
	bytes.Buffer
	busy    atomic.Bool
	overlap bool
}

func (c *orderCheck) Write(p []byte) (int, error) {
	if !c.busy.CompareAndSwap(false, true) || bytes.IndexByte(p, '\n') != len(p)-1 {
		c.overlap = true
	}
	defer c.busy.Store(false)
	time.Sleep(time.Duration(len(p)%3) * 10 * time.Microsecond)
	return c.Buffer.Write(p)
}

// TestBatchWriteError checks that a failing output ends in its error,
// with nothing written after it, and that the batch still reads its
// input to the end (the workers do not wait for a writer that has gone).
func TestBatchWriteError(t *testing.T) {
	var in bytes.Buffer
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&in, "{\"text\": \"Line %d.\"}\n", i)
	}
	w := &failAfter{n: 20}
	_, err := runBatch(&in, w, 3, news.DefaultMaxBytes)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err %v, want the write error", err)
	}
	if w.calls != 21 {
		t.Errorf("%d writes, want 21 (20 and the failing one)", w.calls)
	}
	if in.Len() != 0 {
		t.Errorf("%d bytes of input left unread", in.Len())
	}
}

// failAfter fails every write after its first n.
type failAfter struct{ n, calls int }

func (f *failAfter) Write(p []byte) (int, error) {
	f.calls++
	if f.calls > f.n {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestReadLine checks the line reader on the ends of input it must handle.
func TestReadLine(t *testing.T) {
	for _, tc := range []struct {
		reason string
		in     string
		want   []string // the lines read; "!" for a line too long
	}{
		{"a last line without a line end is read", "a\nb", []string{"a", "b"}},
		{"CRLF line ends are dropped", "a\r\nb\r\n", []string{"a", "b"}},
		{"empty lines are read as empty", "\n\na\n", []string{"", "", "a"}},
		{"a line over the limit is skipped whole and reported", "ab\n" + strings.Repeat("x", 100) + "\ncd\n", []string{"ab", "!", "cd"}},
		{"a line over the limit at the end of input", "ab\n" + strings.Repeat("x", 100), []string{"ab", "!"}},
	} {
		t.Run(tc.reason, func(t *testing.T) {
			var got []string
			br := newTestReader(tc.in)
			var buf []byte // reused from line to line, as runBatch does
			for range 10 {
				b, err := readLine(br, 50, buf)
				buf = b
				if errors.Is(err, errLineTooLong) {
					got = append(got, "!")
					continue
				}
				if len(b) == 0 && err != nil { // the end of input
					break
				}
				got = append(got, string(b))
				if err != nil {
					break
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

// TestBatchExitStatus builds the command and runs it in batch mode: a run
// with a bad line exits with status 1 and says how many lines failed; a run
// with only good lines exits 0 (B6).
func TestBatchExitStatus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "news")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		reason string
		in     string
		status int
		stderr string
	}{
		{"all lines good", `{"id": "1", "text": "The mayor said yes."}` + "\n" + `{"id": "2", "text": "He left."}` + "\n", 0, ""},
		{"one bad line of two", `{"id": "1", "text": "The mayor said yes."}` + "\n" + `{"id": 2, "text": [` + "\n", 1, "news: 1 lines failed"},
		{"a line over -max-bytes", `{"id": "1", "text": "` + strings.Repeat("a", 200) + `"}` + "\n", 1, "news: 1 lines failed"},
	} {
		t.Run(tc.reason, func(t *testing.T) {
			cmd := exec.Command(bin, "-jsonl", "-max-bytes", "100")
			cmd.Stdin = strings.NewReader(tc.in)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			status := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				status = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != tc.status {
				t.Errorf("exit status %d; want %d (stderr %q)", status, tc.status, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr %q does not say %q", stderr.String(), tc.stderr)
			}
			if n := strings.Count(stdout.String(), "\n"); n != strings.Count(tc.in, "\n") {
				t.Errorf("%d output lines for %d input lines", n, strings.Count(tc.in, "\n"))
			}
		})
	}
}

// TestBatchLoad is the measurement of the report, not a CI test: it writes
// $NEWS_BATCH_LOAD_LINES (default 20,000) lines, 1% of them bad and one of
// them a 20 MB line, runs the built command over them with the default
// limits, and checks the answers as TestRunBatch does. Run it with
//
//	NEWS_BATCH_LOAD=1 go test -run TestBatchLoad -v ./cmd/news
//
// and measure the peak memory with /usr/bin/time -v on the logged command.
func TestBatchLoad(t *testing.T) {
	if os.Getenv("NEWS_BATCH_LOAD") != "1" {
		t.Skip("set NEWS_BATCH_LOAD=1 to run the 20,000-line batch measurement")
	}
	seed, err := os.ReadFile("../../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("NEWS_BATCH_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	paras := strings.Split(strings.TrimSpace(string(seed)), "\n")
	var cases []batchCase
	for i := 1; len(cases) < 20000; i++ {
		id := fmt.Sprintf("a%d", i)
		switch {
		case i == 5000:
			big, _ := json.Marshal(map[string]string{"id": id, "text": strings.Repeat("word ", 4<<20)}) // 20 MB
			cases = append(cases, batchCase{string(big), "a 20 MB line", "over the limit"})
		case i%100 == 17:
			kinds := []batchCase{
				{`{"id": "x", "text": "unterminated`, "bad JSON", "not a JSON object"},
				{fmt.Sprintf(`{"id": %q}`, id), "no text", `no "text"`},
				{fmt.Sprintf(`{"id": %q, "text": {"a": 1}}`, id), "text is an object", `"text" is not a string`},
			}
			cases = append(cases, kinds[(i/100)%len(kinds)])
		default:
			// A different article on every line: the seed's paragraphs
			// rotated, with the line number in the first sentence.
			k := i % len(paras)
			text := fmt.Sprintf("Report %d. ", i) + strings.Join(append(append([]string{}, paras[k:]...), paras[:k]...), "\n")
			good, _ := json.Marshal(map[string]string{"id": id, "text": text})
			cases = append(cases, batchCase{string(good), "", ""})
		}
	}
	inPath := filepath.Join(dir, "batch.jsonl")
	f, err := os.Create(inPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		fmt.Fprintln(f, c.line)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "news")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	outPath := filepath.Join(dir, "out.jsonl")
	t.Logf("command: %s -jsonl < %s > %s", bin, inPath, outPath)
	cmd := exec.Command(bin, "-jsonl")
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		// GNU time reports the peak RSS and passes the exit status on.
		cmd = exec.Command("/usr/bin/time", "-v", bin, "-jsonl")
	}
	cmd.Stdin, _ = os.Open(inPath)
	outFile, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = outFile
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	outFile.Close()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Errorf("exit: %v; want status 1", err)
	}
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(l, "news:") || strings.Contains(l, "Maximum resident") || strings.Contains(l, "Elapsed (wall") || strings.Contains(l, "User time") {
			t.Log(strings.TrimSpace(l))
		}
	}
	out, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	bad := checkBatch(t, cases, out)
	t.Logf("%d lines, %d bad, %d output lines", len(cases), bad, bytes.Count(out, []byte("\n")))
	if want := fmt.Sprintf("news: %d lines failed", bad); !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q; want %q", stderr.String(), want)
	}
}

// newTestReader reads s through the smallest buffer bufio allows, so that
// lines cross buffer ends.
func newTestReader(s string) *bufio.Reader {
	return bufio.NewReaderSize(strings.NewReader(s), 16)
}

// TestSafeAnalyse checks that a panic while analysing one line becomes that
// line's error line (B7) and that other lines are unaffected.
func TestSafeAnalyse(t *testing.T) {
	bufs := &batchBuffers{answers: make(freeList, 2)}
	boom := func(j batchJob, maxBytes int, bufs *batchBuffers) batchResult { panic("boom") }
	res := safeAnalyse(batchJob{line: 7}, 0, bufs, boom)
	var got batchError
	if err := json.Unmarshal(res.data, &got); err != nil {
		t.Fatal(err)
	}
	if !res.failed || got.Line != 7 || !strings.HasPrefix(got.Error, "line 7: internal error") || !strings.Contains(got.Error, "boom") {
		t.Errorf("a panic gave %s (failed %v); want an error line for line 7 that says boom", res.data, res.failed)
	}
	res = safeAnalyse(batchJob{line: 8, data: []byte(`{"id": "x", "text": "He said yes."}`)}, 0, bufs, analyseLine)
	if res.failed {
		t.Errorf("a good line failed: %s", res.data)
	}
}

// decodeCases are input lines for the decoding tests: the usual forms,
// which decodeLineFast must read itself (fast true), and the unusual ones,
// which it may leave to decodeLine.
var decodeCases = []struct {
	line string
	fast bool
}{
	{`{"id": "a1", "text": "He said \"yes\".\nShe left.", "published": "2021-03-04"}`, true},
	{`{"doc": "x", "text": "A.", "meta": {"t": "}{\"", "n": [1, {"a": "]"}]}, "quotes": [{"id": "E1", "content": [1, 2]}]}`, true},
	{` { "text" : "ends in a backslash \\" , "id" : 12 } `, true},
	{`{"id": -3.5e2, "text": "a"}`, true},
	{`{"text": "first", "text": "last"}`, true},
	{`{"text": "x", "published": "2021-03-04T10:00:00Z", "ID": "case", "Text": "case"}`, true},
	{`{"text": "\u00e9\ud83d\ude00 \ud800 <a href=x>&</a> \u2028"}`, true},
	{"{\"text\": \"bad UTF-8 \xff\xfe here\"}", true},
	{`{"text": ""}`, true},
	{`{"ID": "x", "Text": "member names are matched exactly"}`, false},
	{`{"id": "x", "TEXT": "y"}`, false},
	{`{"id": "x", "publiſhed": "2021-03-04", "text": "y"}`, true},
	{`{"\u0074ext": "an escaped name is decoded"}`, false},
	{`{"text": null}`, false},
	{`{"text": 42}`, false},
	{`{"text": ["a"]}`, false},
	{`{"text": "a", "text": null}`, false},
	{`{"id": null, "text": "a"}`, false},
	{`{"id": true, "text": "a"}`, false},
	{`{"id": {"a": 1}, "text": "a"}`, false},
	{`{"text": "a", "published": null}`, false},
	{`{"text": "a", "published": 20210304}`, false},
	{`{"id": "x", "text": "unterminated`, false},
	{`{"text": "a"} {"text": "b"}`, false},
	{`{"text": "a",}`, false},
	{`[1, 2, 3]`, false},
	{`null`, false},
	{`"text"`, false},
	{`{}`, false},
	{``, false},
	{`{"text": "a", "n": 01}`, false},
	{`{"text": "a", "n": 1.}`, false},
	{`{"text": "a", "n": -}`, false},
	{`{"text": "a", "n": 1e}`, false},
	{`{"text": "a", "n": [1, 2,]}`, false},
	{`{"text": "a", "n": tru}`, false},
	{`{"text": "a", "n": truex}`, false},
	{`{"text": "a\x"}`, false},
	{`{"text": "a\u12"}`, false},
	{"{\"text\": \"a\tb\"}", false},
	{`{"text": "a", "n": ` + strings.Repeat("[", 200) + strings.Repeat("]", 200) + `}`, false},
	{`{"text": "a", "n": [0, -0.5e+3, 1E-2, true, false, null, {}, [], ""]}`, true},
	{`{"text": "\\\"\/\b\f\n\r\t\u0041\udc00\ud800\u0041\ud83d\ude00x"}`, true},
}

// TestDecodeLineFast checks that the one-pass reader reads the usual lines
// itself (B8) and reads them exactly as decodeLine does, or leaves them to
// it (B9): same id, text and date, member names matched exactly.
func TestDecodeLineFast(t *testing.T) {
	for _, c := range decodeCases {
		got, ok := decodeLineFast([]byte(c.line))
		if ok != c.fast && c.fast {
			t.Errorf("B8: %s: decodeLineFast leaves a usual line to the slow reader", c.line)
		}
		checkSameDecode(t, []byte(c.line), got, ok)
	}
	// A member name matched case-insensitively would take "Text" here.
	in, msg := decodeLine([]byte(`{"id": "x", "Text": "y"}`))
	if msg != `no "text"` || in.id == nil || *in.id != "x" {
		t.Errorf(`B9: {"id": "x", "Text": "y"} read as id %v, message %q; want id x, no "text"`, in.id, msg)
	}
}

// checkSameDecode fails when decodeLineFast read line (ok) differently from
// decodeLine.
func checkSameDecode(t *testing.T, line []byte, got lineIn, ok bool) {
	t.Helper()
	if !ok {
		return
	}
	want, msg := decodeLine(line)
	if msg != "" {
		t.Errorf("B9: %q: decodeLineFast accepts a line that decodeLine rejects: %s", line, msg)
		return
	}
	if (got.id == nil) != (want.id == nil) || (got.id != nil && *got.id != *want.id) || got.text != want.text || got.published != want.published {
		t.Errorf("B9: %q: decodeLineFast reads id %v text %q published %q; decodeLine id %v text %q published %q",
			line, got.id, got.text, got.published, want.id, want.text, want.published)
	}
}

// FuzzDecodeLine checks that decodeLineFast reads any line it accepts as
// decodeLine does (B9).
func FuzzDecodeLine(f *testing.F) {
	for _, c := range decodeCases {
		f.Add([]byte(c.line))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		got, ok := decodeLineFast(line)
		checkSameDecode(t, line, got, ok)
	})
}

// TestBatchAnswersAsMarshal checks that each batch answer is byte for byte
// what json.Marshal gives for that line's analysis (B10), HTML escaping
// included, while line and answer buffers are reused: long and short lines
// alternate, and error answers are mixed in, on 3 workers.
func TestBatchAnswersAsMarshal(t *testing.T) {
	var in bytes.Buffer
	var want [][]byte
	for i := range 60 {
		if i%11 == 5 {
			in.WriteString(`{"id": "bad", "text": 7}` + "\n")
			want = append(want, nil)
			continue
		}
		text := fmt.Sprintf("Mayor Ann Lee of Town %d said <b>&</b> \u2028 on Monday: \"We are ready.\"", i)
		if i%2 == 0 {
			text = strings.Repeat(text+"\n", 1+i%7)
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": text})
		in.Write(line)
		in.WriteByte('\n')
		a, err := news.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(batchLine{ID: fmt.Sprint(i), Analysis: news.Analyze(a)})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, b)
	}
	var out bytes.Buffer
	if _, err := runBatch(&in, &out, 3, news.DefaultMaxBytes); err != nil {
		t.Fatal(err)
	}
	got := bytes.Split(bytes.TrimSuffix(out.Bytes(), []byte("\n")), []byte("\n"))
	if len(got) != len(want) {
		t.Fatalf("B10: %d answers for %d lines", len(got), len(want))
	}
	for i := range want {
		if want[i] == nil {
			if !bytes.Contains(got[i], []byte(`"error":`)) {
				t.Errorf("B10: line %d: want an error answer, got %.80s", i+1, got[i])
			}
			continue
		}
		if !bytes.Equal(got[i], want[i]) {
			t.Errorf("B10: line %d: answer differs from json.Marshal:\n got %.200s\nwant %.200s", i+1, got[i], want[i])
		}
	}
}

// TestScannerRuns checks the word-at-a-time runs of the line reader (B9):
// strRun stops at a quote, a backslash or a control character, and
// plainRun at a backslash or a byte that is not UTF-8, wherever they are
// in the words they read; both run over everything else.
func TestScannerRuns(t *testing.T) {
	for c := 0; c < 256; c++ {
		for i := range 17 {
			b := []byte(strings.Repeat("é", i/2) + strings.Repeat("x", i%2) + string([]byte{byte(c)}) + strings.Repeat("y", 16-i))
			at := len(strings.Repeat("é", i/2)) + i%2 // the place of c
			want := len(b)
			if c < ' ' || c == '"' || c == '\\' {
				want = at
			}
			if got := strRun(b, 0); got != want {
				t.Errorf("B9: strRun(%q) = %d, want %d", b, got, want)
			}
			want = len(b)
			if c == '\\' || c >= utf8.RuneSelf {
				want = at
			}
			if got := plainRun(b, 0); got != want {
				t.Errorf("B9: plainRun(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// BenchmarkBatch runs batch mode over the PolNeAR dev and train lines as
// they are (924 articles, 7 MB of JSON) into io.Discard, with one worker
// for each core, on one core and on two (procs=1, procs=2): how the batch
// tool scales (issue 7), without the process's start (the word lists and
// the model are loaded before the timing) and without the kernel's copies
// of the output. SetBytes counts the input lines. It sets GOMAXPROCS
// itself rather than leave it to -cpu: testing runs the first -cpu value
// of a b.Loop benchmark at the GOMAXPROCS of the last (golang/go#49980;
// with -cpu 1,2 both ran on two cores).
func BenchmarkBatch(b *testing.B) {
	var input []byte
	for _, name := range []string{"dev.jsonl", "train.jsonl"} {
		data, err := os.ReadFile(filepath.Join("../../../shared/corpus/polnear", name))
		if err != nil {
			b.Skip("no PolNeAR corpus")
		}
		input = append(input, data...)
	}
	first := input[:bytes.IndexByte(input, '\n')+1]
	if _, err := runBatch(bytes.NewReader(first), io.Discard, 1, news.DefaultMaxBytes); err != nil {
		b.Fatal(err)
	}
	for _, procs := range []int{1, 2} {
		b.Run(fmt.Sprintf("procs=%d", procs), func(b *testing.B) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				failed, err := runBatch(bytes.NewReader(input), io.Discard, procs, news.DefaultMaxBytes)
				if err != nil || failed != 0 {
					b.Fatalf("%d lines failed, error %v", failed, err)
				}
			}
		})
	}
}
