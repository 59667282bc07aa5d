package news

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestSizeError checks the size limit of Parse and its error value: over
// the limit, Parse returns a nil Article and a *SizeError that errors.As
// finds (also when wrapped), whose message starts with "news: " and whose
// fields give the size and the limit.
func TestSizeError(t *testing.T) {
	for _, tc := range []struct {
		reason  string
		size    int
		opts    []Option
		limit   int // the limit the error must report; 0 when no error
		wantErr bool
	}{
		{"one byte over a small limit", 11, []Option{WithMaxBytes(10)}, 10, true},
		{"exactly at the limit is accepted", 10, []Option{WithMaxBytes(10)}, 0, false},
		{"a zero limit means no limit", 1 << 20, []Option{WithMaxBytes(0)}, 0, false},
		{"a negative limit means no limit", 1 << 10, []Option{WithMaxBytes(-1)}, 0, false},
		{"the last option wins", 11, []Option{WithMaxBytes(0), WithMaxBytes(10)}, 10, true},
		{"the default limit is DefaultMaxBytes", DefaultMaxBytes + 1, nil, DefaultMaxBytes, true},
		{"the default limit admits DefaultMaxBytes", DefaultMaxBytes, nil, 0, false},
	} {
		t.Run(tc.reason, func(t *testing.T) {
			// Blank text: the parse of an accepted input stays cheap.
			text := strings.Repeat(" ", tc.size)
			a, err := Parse(text, tc.opts...)
			if !tc.wantErr {
				if err != nil || a == nil {
					t.Fatalf("Parse(%d bytes) = %v, %v; want an article", tc.size, a, err)
				}
				return
			}
			if a != nil {
				t.Errorf("Parse over the limit returned an article")
			}
			var se *SizeError
			if !errors.As(fmt.Errorf("reading x: %w", err), &se) {
				t.Fatalf("error %v (%T) is not a *SizeError, even wrapped", err, err)
			}
			if se.Size != tc.size || se.Limit != tc.limit {
				t.Errorf("SizeError{Size: %d, Limit: %d}; want {%d, %d}", se.Size, se.Limit, tc.size, tc.limit)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "news: ") || !strings.Contains(msg, fmt.Sprint(tc.size)) {
				t.Errorf("message %q does not start with \"news: \" or lacks the size", msg)
			}
		})
	}
	if DefaultMaxBytes != 16<<20 {
		t.Errorf("DefaultMaxBytes = %d; the documented default is 16 MiB", DefaultMaxBytes)
	}
}
