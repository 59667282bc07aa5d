package news

import "errors"

// nerParseLine reads one feature line of the text model (see
// nerParseModel): its key, 16 hex digits, then nerNumTags weights, each a
// decimal integer in the range of an int16 with an optional sign, each
// after one space, and nothing else. The model has about 40,000 such
// lines, read when a process first tags: this one pass over the bytes
// reads them in about a tenth of the instructions strconv took (a field
// split and a ParseInt a weight), and its errors are strconv's.
func nerParseLine(line string) (key uint64, weights [nerNumTags]int16, err error) {
	var w [nerNumTags]int16
	if len(line) < 17 || line[16] != ' ' {
		return 0, weights, errNERLine
	}
	for i := 0; i < 16; i++ {
		d := nerHexDigit[line[i]]
		if d == 0xff {
			return 0, weights, errNERKey
		}
		key = key<<4 | uint64(d)
	}
	if key == 0 {
		return 0, weights, errNERKey
	}
	i := 17
	for g := range w {
		if g > 0 {
			if i >= len(line) || line[i] != ' ' {
				return 0, weights, errNERWeight
			}
			i++
		}
		neg := false
		if i < len(line) && (line[i] == '-' || line[i] == '+') {
			neg = line[i] == '-'
			i++
		}
		start := i
		v := 0
		for ; i < len(line) && line[i]-'0' <= 9; i++ {
			if v = v*10 + int(line[i]-'0'); v > 1<<15 {
				return 0, weights, errNERWeight
			}
		}
		if i == start || (!neg && v == 1<<15) {
			return 0, weights, errNERWeight
		}
		if neg {
			v = -v
		}
		w[g] = int16(v)
	}
	if i != len(line) {
		return 0, weights, errNERWeight
	}
	return key, w, nil
}

var (
	errNERLine   = errors.New("news: bad NER model line")
	errNERKey    = errors.New("news: bad NER model key")
	errNERWeight = errors.New("news: bad NER model weight")
)

// nerHexDigit is the value of each hex digit byte, 0xff for other bytes.
var nerHexDigit = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c-'a') + 10
		t[c-'a'+'A'] = byte(c-'a') + 10
	}
	return t
}()
