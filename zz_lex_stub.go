package news

import (
	"embed"
	"strings"
	"sync"
)

//go:embed lexicon/speech_verbs.txt
var zzLexFS embed.FS

type lexVerb struct {
	Lemma    string
	Class    uint8
	Listener bool
	Particle string
}

const (
	lexSpeech uint8 = iota + 1
	lexCognition
	lexPerception
)

var zzVerbs = sync.OnceValue(func() map[string]lexVerb {
	b, _ := zzLexFS.ReadFile("lexicon/speech_verbs.txt")
	m := map[string]lexVerb{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		v := lexVerb{Lemma: f[0], Listener: f[3] == "listener"}
		switch f[2] {
		case "speech":
			v.Class = lexSpeech
		case "cognition":
			v.Class = lexCognition
		default:
			v.Class = lexPerception
		}
		if len(f) > 4 {
			v.Particle = f[4]
		}
		for _, form := range strings.Fields(f[1]) {
			m[form] = v
		}
	}
	return m
})

func lexSpeechVerb(form string) (lexVerb, bool) {
	v, ok := zzVerbs()[form]
	return v, ok
}
