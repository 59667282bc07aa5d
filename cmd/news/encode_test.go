package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/news"
)

// corpusArticle is one article of the test corpora.
type corpusArticle struct {
	id, text string
}

// corpusArticles returns the articles of the PolNeAR dev and train sets and
// of the CoNLL dev set (each skipped when absent) and of ../../testdata.
func corpusArticles(tb testing.TB) []corpusArticle {
	tb.Helper()
	var arts []corpusArticle
	for _, name := range []string{"polnear/dev.jsonl", "polnear/train.jsonl", "conll03/dev.jsonl"} {
		arts = append(arts, readCorpus(tb, filepath.Join("../../../shared/corpus", name))...)
	}
	files, err := filepath.Glob("../../testdata/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, corpusArticle{id: filepath.Base(f), text: string(b)})
	}
	return arts
}

// readCorpus reads the articles of a JSON Lines corpus ({"doc": ..., "text":
// ...} per line), or none when the file is absent.
func readCorpus(tb testing.TB, path string) []corpusArticle {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		tb.Logf("%s absent: skipped", path)
		return nil
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var arts []corpusArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var line struct{ Doc, Text string }
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		arts = append(arts, corpusArticle{id: line.Doc, text: line.Text})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return arts
}

// analyseCorpus returns the analysis of each article, or fails.
func analyseCorpus(tb testing.TB, arts []corpusArticle) []*news.Analysis {
	tb.Helper()
	ans := make([]*news.Analysis, len(arts))
	for i, art := range arts {
		a, err := news.Parse(art.text)
		if err != nil {
			tb.Fatalf("%s: %v", art.id, err)
		}
		ans[i] = news.Analyze(a)
	}
	return ans
}

// checkAnswer fails unless appendAnswer writes, after a prefix already in
// its buffer, exactly what json.Marshal writes for batchLine{id, an}, and
// fails when json.Marshal fails (with its message).
func checkAnswer(t *testing.T, what, id string, an *news.Analysis) {
	t.Helper()
	want, wantErr := json.Marshal(batchLine{ID: id, Analysis: an})
	prefix := []byte("prefix\n")
	got, err := appendAnswer(append([]byte(nil), prefix...), id, an)
	switch {
	case wantErr != nil || err != nil:
		if wantErr == nil || err == nil || err.Error() != wantErr.Error() {
			t.Errorf("A1: %s: appendAnswer error %v; json.Marshal error %v", what, err, wantErr)
		}
	case !bytes.HasPrefix(got, prefix):
		t.Errorf("A1: %s: appendAnswer overwrote the buffer's prefix", what)
	case !bytes.Equal(got[len(prefix):], want):
		got = got[len(prefix):]
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(0, i-80)
		t.Errorf("A1: %s: appendAnswer differs from json.Marshal at byte %d:\n got %q\nwant %q",
			what, i, got[lo:min(len(got), i+80)], want[lo:min(len(want), i+80)])
	}
}

// TestAnswersCorpus checks appendAnswer against json.Marshal on the analysis
// of every article of the corpora (A1).
func TestAnswersCorpus(t *testing.T) {
	arts := corpusArticles(t)
	if len(arts) < 2 {
		t.Fatalf("only %d articles", len(arts))
	}
	for i, an := range analyseCorpus(t, arts) {
		checkAnswer(t, arts[i].id, arts[i].id, an)
	}
}

// TestAnswerSpecialCases checks appendAnswer against json.Marshal on a nil
// analysis (only the id), the zero Analysis, and ids that need escaping (A1).
func TestAnswerSpecialCases(t *testing.T) {
	for _, id := range []string{"", "a1", "<&>\u2028\u2029\"\\\x00\x1f\x7f\xff\xc3(\t\n\r\b\f/é😀"} {
		checkAnswer(t, fmt.Sprintf("nil analysis, id %q", id), id, nil)
		checkAnswer(t, fmt.Sprintf("zero analysis, id %q", id), id, &news.Analysis{})
	}
}

// TestAppendString checks the escaper against json.Marshal on every byte
// (alone, and at each place of a longer string), every rune near the
// escaped ones, and broken UTF-8 (A1).
func TestAppendString(t *testing.T) {
	var cases []string
	for c := 0; c < 256; c++ {
		cases = append(cases, string([]byte{byte(c)}), "a"+string([]byte{byte(c)})+"b")
		// At each place of the words that plainEnd reads at once.
		for i := range 17 {
			cases = append(cases, strings.Repeat("x", i)+string([]byte{byte(c)})+strings.Repeat("y", 16-i))
		}
	}
	for _, r := range []rune{0x7f, 0x80, 0x7ff, 0x800, 0x2027, 0x2028, 0x2029, 0x202a, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff} {
		cases = append(cases, string(r), "x"+string(r)+"y")
	}
	cases = append(cases, "\xe2\x80", "\xe2\x80\xa8\xe2", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "plain text", "")
	for _, s := range cases {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("A1: appendString(%q) = %s; json.Marshal %s", s, got, want)
		}
	}
}

// failEnum is an enum whose MarshalText fails for values from 2 on.
type failEnum int

func (v failEnum) MarshalText() ([]byte, error) {
	if v >= 2 {
		return nil, fmt.Errorf("no text for %d", int(v))
	}
	return []byte(fmt.Sprintf("<v%d>", int(v))), nil
}

// TestAppendEnum checks the enums, in and out of the range of their tables,
// against json.Marshal, and that a MarshalText error is json.Marshal's (A2).
func TestAppendEnum(t *testing.T) {
	for v := -3; v < enumTexts+3; v++ {
		checkEnum(t, dateSourceText, news.DateSource(v))
		checkEnum(t, entityKindText, news.EntityKind(v))
		checkEnum(t, mentionKindText, news.MentionKind(v))
		checkEnum(t, quoteKindText, news.QuoteKind(v))
		checkEnum(t, timeTypeText, news.TimeType(v))
		checkEnum(t, enumTable[failEnum](), failEnum(v))
	}
}

// checkEnum checks appendEnum of v with table against json.Marshal of v.
func checkEnum[T textEnum](t *testing.T, table [][]byte, v T) {
	t.Helper()
	var e answerEncoder
	appendEnum(&e, table, v)
	want, wantErr := json.Marshal(v)
	if (e.err == nil) != (wantErr == nil) || (e.err != nil && e.err.Error() != wantErr.Error()) || (e.err == nil && !bytes.Equal(e.b, want)) {
		t.Errorf("A2: %T %v: got %s (error %v); json.Marshal %s (error %v)", v, v, e.b, e.err, want, wantErr)
	}
}

// A fillSource gives the values that fill puts in an Analysis.
type fillSource interface {
	str() string
	int() int
	isNil() bool // whether a pointer or slice is nil
	len() int    // the length of a non-nil slice
}

// fill sets v and everything it holds from src, by reflection, so that a
// field the library adds is filled too. It fails on a kind of value that
// the analysis did not hold when it was written (appendAnswer must then be
// extended, and fill with it).
func fill(t *testing.T, v reflect.Value, src fillSource) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(src.str())
	case reflect.Int:
		v.SetInt(int64(src.int()))
	case reflect.Bool:
		v.SetBool(src.int() != 0)
	case reflect.Pointer:
		if src.isNil() {
			v.SetZero()
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), src)
	case reflect.Slice:
		if src.isNil() {
			v.SetZero()
			return
		}
		n := src.len()
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			fill(t, v.Index(i), src)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Field(i).CanSet() { // encoding/json leaves unexported fields out
				fill(t, v.Field(i), src)
			}
		}
	default:
		t.Fatalf("A2: fill: a %s in the analysis (%s): extend appendAnswer and fill", v.Kind(), v.Type())
	}
}

// fullSource fills every field with a value that is not zero: strings that
// need escaping, ints of both signs (enums out of their range too), two
// elements in every slice.
type fullSource struct{ n int }

func (s *fullSource) str() string {
	s.n++
	return fmt.Sprintf("s%d <&> \u2028\"\\\x01\xff é", s.n)
}

func (s *fullSource) int() int {
	s.n++
	if s.n%3 == 0 {
		return -s.n
	}
	return s.n
}

func (s *fullSource) isNil() bool { return false }
func (s *fullSource) len() int    { return 2 }

// zeroSource fills every field with its zero value: nil pointers and nil
// slices.
type zeroSource struct{}

func (zeroSource) str() string { return "" }
func (zeroSource) int() int    { return 0 }
func (zeroSource) isNil() bool { return true }
func (zeroSource) len() int    { return 0 }

// emptySource fills every field with a zero value that is not nil: empty
// slices and pointers to zero values, or (with one set) slices of one zero
// element.
type emptySource struct{ one bool }

func (emptySource) str() string { return "" }
func (emptySource) int() int    { return 0 }
func (emptySource) isNil() bool { return false }
func (s emptySource) len() int {
	if s.one {
		return 1
	}
	return 0
}

// TestAnswerFieldsComplete fills every field of an Analysis, found by
// reflection, with values that are not zero, then with zero values, nil
// or not, and checks appendAnswer against json.Marshal on each (A2): a
// field added to the library and not to appendAnswer fails it.
func TestAnswerFieldsComplete(t *testing.T) {
	sources := map[string]fillSource{
		"full":          &fullSource{},
		"zero":          zeroSource{},
		"empty":         emptySource{},
		"zero elements": emptySource{one: true},
	}
	for name, src := range sources {
		var an news.Analysis
		fill(t, reflect.ValueOf(&an).Elem(), src)
		checkAnswer(t, name, "id", &an)
	}
	// Omitempty: a quote's Parts nil, empty (both left out) or not.
	q := news.Quote{Rule: "Q1"}
	an := news.Analysis{Quotes: []news.Quote{q, q, q}}
	an.Quotes[1].Parts = []news.Span{}
	an.Quotes[2].Parts = []news.Span{{Start: 1, End: 2}}
	checkAnswer(t, "quote parts", "id", &an)
	// The full analysis must hold every field: its JSON has as many
	// members as the types have fields, counted by reflection.
	an = news.Analysis{}
	fill(t, reflect.ValueOf(&an).Elem(), &fullSource{})
	b, err := json.Marshal(an)
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		t.Fatal(err)
	}
	if got, want := countMembers(tree), countFields(reflect.TypeOf(an)); got != want {
		t.Errorf("A2: the full analysis has %d JSON members for %d fields: a field was left zero", got, want)
	}
}

// countMembers counts the members of the objects in a decoded JSON value,
// with those of the first element of each array.
func countMembers(v any) int {
	switch v := v.(type) {
	case map[string]any:
		n := len(v)
		for _, m := range v {
			n += countMembers(m)
		}
		return n
	case []any:
		if len(v) > 0 {
			return countMembers(v[0])
		}
	}
	return 0
}

// countFields counts the JSON members that a value of type t has when every
// field is filled, as countMembers counts them: an embedded Span counts as
// its fields, a slice as one element.
func countFields(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		return countFields(t.Elem())
	case reflect.Struct:
		n := 0
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if !f.Anonymous {
				n++
			}
			n += countFields(f.Type)
		}
		return n
	}
	return 0
}

// byteSource fills an Analysis from fuzz input: strings of any bytes,
// ints of any value, nil or not, slices of 0 to 3 elements.
type byteSource struct{ data []byte }

// next returns the next n bytes of the input (fewer at its end).
func (s *byteSource) next(n int) []byte {
	n = min(n, len(s.data))
	b := s.data[:n]
	s.data = s.data[n:]
	return b
}

func (s *byteSource) byte() byte {
	if b := s.next(1); len(b) == 1 {
		return b[0]
	}
	return 0
}

func (s *byteSource) str() string { return string(s.next(int(s.byte() % 16))) }

func (s *byteSource) int() int {
	var b [8]byte
	copy(b[:], s.next(int(s.byte()%9)))
	return int(int64(binary.LittleEndian.Uint64(b[:])))
}

func (s *byteSource) isNil() bool { return s.byte()%4 == 0 }
func (s *byteSource) len() int    { return int(s.byte() % 4) }

// FuzzAppendAnswer checks appendAnswer against json.Marshal on analyses
// built from arbitrary bytes (A3).
func FuzzAppendAnswer(f *testing.F) {
	f.Add("", []byte{})
	f.Add("a1", []byte("\x01\x05<&>\"\\\x01\x01\x01\x08\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Add("\u2028\xff", bytes.Repeat([]byte("\x03\x07\xe2\x80\xa8\xe2\x80\xa9\xc3\x28\x1f\x7f\x09\x0a"), 40))
	f.Add("x", bytes.Repeat([]byte{0x01, 0x02, 0x03, 0x88, 0x41, 0x0d, 0x3c}, 60))
	f.Add("<id>", bytes.Repeat([]byte("\x05\x09\x02\x00\x00\x00\x00\x00\x00\x80\x0e\xed\xa0\x80\x5c\x22"), 50))
	f.Fuzz(func(t *testing.T, id string, data []byte) {
		var an news.Analysis
		fill(t, reflect.ValueOf(&an).Elem(), &byteSource{data})
		checkAnswer(t, fmt.Sprintf("input %q", data), id, &an)
	})
}

// BenchmarkAnswer encodes the answers of the PolNeAR dev articles into a
// reused buffer (grown before the timing): "append" with appendAnswer,
// "json" with a json.Encoder as the batch tool did before.
func BenchmarkAnswer(b *testing.B) {
	arts := readCorpus(b, "../../../shared/corpus/polnear/dev.jsonl")
	if len(arts) == 0 {
		b.Skip("no PolNeAR dev set")
	}
	ans := analyseCorpus(b, arts)
	size := 0
	for i, an := range ans {
		out, _ := json.Marshal(batchLine{ID: arts[i].id, Analysis: an})
		size += len(out)
	}
	b.Run("append", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		var buf []byte
		for i, an := range ans { // the buffer grown to the largest answer
			buf, _ = appendAnswer(buf[:0], arts[i].id, an)
		}
		for b.Loop() {
			for i, an := range ans {
				buf, _ = appendAnswer(buf[:0], arts[i].id, an)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		var buf bytes.Buffer
		for i, an := range ans {
			buf.Reset()
			json.NewEncoder(&buf).Encode(batchLine{ID: arts[i].id, Analysis: an})
		}
		for b.Loop() {
			for i, an := range ans {
				buf.Reset()
				json.NewEncoder(&buf).Encode(batchLine{ID: arts[i].id, Analysis: an})
			}
		}
	})
}
