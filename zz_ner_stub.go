package news

import "strings"

// Temporary until the tagger lands.
func nerIsAbbrev(w string) bool {
	_, ok := titleAbbrevs[w]
	if !ok {
		_, ok = otherAbbrevs[strings.ToLower(w)]
	}
	return ok
}

func nerIsHyphenTail(s string) bool {
	return strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ing") || s == "led" || s == "based" || s == "run"
}
