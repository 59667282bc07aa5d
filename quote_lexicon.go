package news

import "strings"

// Small closed-class word lists for the quote rules (quote_rules.go). They
// are English grammar words, written for this package; the speech verbs
// themselves are in lexicon/speech_verbs.txt.

func set(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// qNotCues are speech-verb lemmas that cue no attribution on their own: the
// quoting verbs serve Q8, and the rest are too often not speech.
var qNotCues = set("quote", "address", "order", "charge", "present", "raise", "release", "sign", "list", "issue", "post", "publish", "read", "return", "speak", "talk", "pass", "put")

// qThatCues are verbs of qNotCues that cue when "that" follows them: as
// nouns they are commoner ("the charge", "charges were filed"), but
// "critics charge that ..." reports.
var qThatCues = set("charge")

// qDeterminers make the word after them a noun: "the claim", "his remarks".
var qDeterminers = set("a", "an", "another", "any", "each", "every", "her", "his", "its", "my", "no", "our", "some", "such", "the", "their", "these", "this", "those", "your", "’s", "'s")

// qPassiveAux before a past participle make it passive: "was told".
var qPassiveAux = set("was", "were", "been", "being", "be", "is", "are", "get", "got")

// qSkipLeft are auxiliaries and adverbs between a subject and its cue.
var qSkipLeft = set("again", "already", "also", "always", "am", "are", "be", "been", "being", "can", "could", "did", "didn't", "didn’t", "do", "does", "doesn't", "doesn’t", "earlier", "even", "ever", "further", "had", "has", "have", "is", "just", "later", "long", "may", "might", "must", "never", "not", "now", "once", "only", "please", "previously", "recently", "reportedly", "repeatedly", "said", "shall", "should", "since", "still", "subsequently", "then", "today", "tonight", "was", "were", "will", "would", "yesterday", "n't")

// qAspectVerbs come before a cue in -ing: "continued saying", "kept insisting".
var qAspectVerbs = set("began", "begin", "begins", "continue", "continued", "continues", "keep", "keeps", "kept", "on", "started", "starts", "went")

// qSubjectPronouns can be the subject of a cue.
var qSubjectPronouns = set("he", "i", "it", "she", "there", "they", "we", "you", "who")

// qObjectPronouns are listeners: "told him".
var qObjectPronouns = set("her", "him", "me", "them", "us", "you")

// qSentenceAdverbs open sentences without being subjects.
var qSentenceAdverbs = set("however", "meanwhile", "but", "and", "also", "still", "yet", "then", "later", "earlier", "when", "as", "while", "after", "before", "if", "in", "on", "at", "for", "during", "since", "the", "a", "an")

// qNPStop end a noun phrase scanned leftwards from a cue: conjunctions,
// subordinators, relative words, verbs of being and the infinitive "to".
var qNPStop = set("after", "although", "and", "are", "as", "because", "before", "but", "for", "if", "is", "nor", "or", "since", "so", "than", "that", "though", "to", "unless", "until", "was", "were", "when", "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why", "yet", "how", "what", "in", "on", "at", "during", "by")

// qPrepositions open phrases of place, time and manner.
var qPrepositions = set("about", "after", "against", "amid", "despite", "although", "though", "unlike", "like", "besides", "including", "at", "before", "by", "during", "for", "from", "in", "into", "of", "on", "over", "through", "to", "via", "with", "without", "under", "upon", "outside", "inside", "near", "late", "early")

// qTimeWords may follow a trailing cue: "he said Thursday".
var qTimeWords = set("today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "earlier", "later", "recently", "again", "also", "repeatedly", "publicly", "privately", "separately", "afterwards", "afterward", "then", "previously", "too", "once", "twice")

// qTimeUnits follow "this" or "last" in a phrase of time: "said last week".
// qAsReportCues are the speech verbs of Q22's "as X said": verbs that
// report a statement. Others after "as" tell of a moment ("as the crowd
// cheered", "as he spoke"); cognition verbs ("as many believe") all report.
var qAsReportCues = set("acknowledge", "add", "admit", "announce", "argue", "claim", "conclude", "declare", "describe", "document", "explain", "find", "indicate", "insist", "mention", "note", "observe", "point", "predict", "promise", "put", "recall", "remark", "report", "reveal", "say", "show", "state", "suggest", "tell", "testify", "tweet", "warn", "write")

// qDurationUnits end a phrase of duration after a cue: "said for weeks".
var qDurationUnits = set("day", "days", "decade", "decades", "hour", "hours", "month", "months", "week", "weekend", "weeks", "year", "years")

var qTimeUnits = set("afternoon", "autumn", "evening", "fall", "month", "morning", "night", "quarter", "season", "spring", "summer", "time", "week", "weekend", "winter", "year")

// qBareCues take reported content without "that": "he said the plan failed".
var qBareCues = set("add", "admit", "acknowledge", "allege", "announce", "answer", "argue", "assert", "assure", "boast", "caution", "claim", "complain", "concede", "confirm", "contend", "declare", "deny", "disclose", "emphasise", "emphasize", "estimate", "explain", "hint", "indicate", "insist", "maintain", "mention", "note", "predict", "promise", "recall", "reiterate", "remark", "repeat", "reply", "report", "respond", "reveal", "say", "state", "stress", "suggest", "swear", "tell", "testify", "tweet", "vow", "warn", "write")

// qClauseOpeners start a reported clause: "said if ...", "said there ...".
var qClauseOpeners = set("if", "there", "whether", "when", "what", "how", "why", "all", "both", "none", "most", "many", "one", "two", "nobody", "everyone", "someone", "something", "nothing", "people", "officials", "police")

// qFirstPerson are first-person words, as written (Q11).
var qFirstPerson = set("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "me", "my", "myself", "we", "We", "our", "Our", "us", "My")

// qNotAdverbs end in -ly but are not adverbs.
var qNotAdverbs = set("ally", "belly", "bully", "family", "fly", "italy", "july", "only", "rally", "reply", "supply", "apply", "comply", "imply", "multiply", "daily", "weekly", "monthly", "early", "likely", "elderly", "friendly", "holy", "jolly", "lonely", "lovely", "ugly", "wily", "assembly", "anomaly", "monopoly", "homily", "lily", "emily", "kelly", "sally", "molly", "holly", "polly", "billy", "willy", "dolly")

// qNPOpeners open a noun phrase without being determiners: "one owner".
var qNPOpeners = set("one", "two", "three", "four", "five", "several", "many", "most", "both", "former", "others", "some", "few", "all", "senior", "top", "local", "federal", "state", "u.s.")

// qShareNouns name a share of people polled, which can be a speaker: "47
// percent said", "a majority say".
var qShareNouns = set("%", "majority", "minority", "percent", "plurality")

// qColonLabels open a line as labels, not speakers: "CORRECTION: ...",
// "Update: ...", "Watch: ...".
var qColonLabels = set("advertisement", "breaking", "clarification", "correction", "disclaimer", "editor", "exclusive", "listen", "note", "photos", "plus", "read", "related", "source", "sources", "transcript", "update", "updated", "video", "watch")

// qSourceNouns head phrases of written or counted evidence that can be an
// attribution's source: "records show", "the filings reveal".
var qSourceNouns = set("ad", "ads", "analyses", "analysis", "article", "book", "data", "document", "documents", "email", "emails", "estimate", "estimates", "figures", "filing", "filings", "letter", "memo", "memos", "numbers", "poll", "polls", "projections", "record", "records", "report", "reports", "results", "search", "statement", "statistics", "studies", "study", "survey", "surveys", "video", "website")

// qSmallNumbers are the number words of a poll's ratio ("six in 10").
var qSmallNumbers = set("eight", "five", "four", "nine", "one", "seven", "six", "ten", "three", "two")

// qPersonNoun reports whether a lower-case word names people: "sources",
// "officials", "spokesman".
func qPersonNoun(w string) bool {
	if _, ok := qPersonHeads[w]; ok {
		return true
	}
	// Agent nouns in -ist: "specialists", "lobbyists", "columnist" (not
	// the verbs "insists", "exists" nor "list", "wrist").
	if b := strings.TrimSuffix(w, "s"); len(b) > 5 && strings.HasSuffix(b, "ist") {
		switch b {
		case "assist", "consist", "enlist", "exist", "insist", "persist", "resist", "subsist", "checklist", "playlist", "shortlist", "waitlist", "blacklist", "wishlist":
		default:
			return true
		}
	}
	if _, ok := lexRoleNoun(w); ok {
		return true
	}
	if len(w) > 3 && w[len(w)-1] == 's' {
		if _, ok := qPersonHeads[w[:len(w)-1]]; ok {
			return true
		}
		if _, ok := lexRoleNoun(w[:len(w)-1]); ok {
			return true
		}
		if head, desc := lexOrgNoun(w[:len(w)-1]); head || desc {
			return true
		}
	}
	head, desc := lexOrgNoun(w)
	return head || desc
}

// qPersonHeads are common nouns for speakers in news copy.
var qPersonHeads = set("activist", "adviser", "advisor", "advocate", "agency", "aide", "ally", "analyst", "attendee", "attorney", "auditor", "author", "authorities", "authority", "banker", "blogger", "campaign", "candidate", "catholic", "challenger", "christian", "citizen", "clerk", "colleague", "columnist", "commander", "commentator", "company", "conservative", "consultant", "consumer", "critic", "customer", "delegate", "democrat", "demonstrator", "diplomat", "director", "doctor", "donor", "economist", "employee", "engineer", "evangelical", "executive", "expert", "fan", "farmer", "friend", "government", "historian", "immigrant", "independent", "insider", "inspector", "investigator", "investor", "jew", "journalist", "judge", "lawmaker", "lawyer", "leader", "legislator", "liberal", "manager", "mediator", "member", "minister", "ministry", "moderate", "muslim", "negotiator", "neighbor", "neighbour", "nominee", "nurse", "observer", "officer", "official", "operative", "opponent", "organiser", "organizer", "parent", "participant", "partisan", "party", "patient", "people", "physician", "physicist", "planner", "police", "poll", "pollster", "professor", "progressive", "prosecutor", "protester", "psychologist", "reader", "refugee", "regulator", "relative", "report", "reporter", "republican", "researcher", "resident", "respondent", "rival", "scholar", "scientist", "senator", "sociologist", "soldier", "source", "spokesman", "spokesperson", "spokeswoman", "staffer", "statement", "strategist", "student", "study", "supporter", "survey", "survivor", "teacher", "trader", "union", "user", "veteran", "victim", "viewer", "volunteer", "voter", "witness", "worker")

// qCognitionCues are verbs of belief, hope and perception that attribute
// content when a clause follows them ("X believes (that) ..."): PolNeAR
// counts these as attributions, though they are not speech.
var qCognitionCues = set("aim", "intend", "plan", "seek", "want", "assume", "believe", "doubt", "expect", "fear", "feel", "find", "guess", "hope", "know", "learn", "realize", "realise", "reckon", "see", "show", "suppose", "suspect", "think", "understand", "worry", "conclude", "agree", "disagree", "favor", "favour", "prefer", "decide", "wonder")

// qObjectCues take their content as an object noun phrase: "X criticized
// the plan", "X called for an inquiry".
var qObjectCues = set("cite", "describe", "accuse", "blame", "condemn", "criticise", "criticize", "defend", "denounce", "endorse", "praise", "slam", "support", "oppose", "propose", "question", "reject", "applaud", "decry", "dismiss", "hail", "laud", "lambast", "rebuke", "castigate", "attack", "blast", "mock", "ridicule", "assail", "berate", "chide", "scold", "fault", "deride", "bash", "hammer", "tout", "thank", "welcome", "congratulate", "commend", "challenge", "dispute", "favor", "favour", "prefer", "back", "express", "discuss", "offer", "announce", "share", "seek", "show", "voice", "compare", "embrace", "want")

// qPrepCues map a verb's lemma to the prepositions that introduce its topic
// as reported content (Q16): "talked about the economy", "pointed to the
// polls". Drawn from the cue phrases of PolNeAR's guidelines and common
// newswire usage.
var qPrepCues = map[string][]string{
	"allude": {"to"}, "argue": {"against", "for"}, "ask": {"about"}, "attest": {"to"},
	"boast": {"about", "of"}, "brag": {"about"}, "comment": {"on"}, "complain": {"about", "of"}, "side": {"with", "against"}, "vote": {"for", "against"},
	"elaborate": {"on"}, "hint": {"at"}, "joke": {"about"}, "lobby": {"for", "against"},
	"muse": {"about", "on"}, "object": {"to"}, "opine": {"on"}, "point": {"to"},
	"rail": {"against"}, "refer": {"to"}, "reminisce": {"about"}, "reply": {"to"},
	"respond": {"to"}, "speak": {"about", "of", "on"}, "talk": {"about", "of"},
	"testify": {"about", "on"}, "tweet": {"about"}, "warn": {"about", "against", "of"},
	"write": {"about", "of"},
}

// qAmbiguousForms are forms of cue verbs that are far more often another
// part of speech, so never cues: "came back", "their backs", "secretary of
// state", "swing states".
var qAmbiguousForms = set("back", "backs", "state", "states")

// qPollNouns name the polls that Q18 reports findings from.
var qPollNouns = set("poll", "polls", "polling", "survey", "surveys")

// qAsCues judge their object "as" something: "sees X as a threat",
// "regarded him as ...": the object and the judgement are the content.
var qAsCues = set("consider", "regard", "see", "view")

// qSeemForms and qAppearForms are the verb forms of Q17's evidentials.
var (
	qSeemForms   = map[string]bool{"seem": true, "seemed": true, "seems": true}
	qAppearForms = map[string]bool{"appear": true, "appeared": true, "appears": true}
)

// qRaisingPassives report a judgement with "to" (Q17): "is believed to",
// "is said to"; qJudgedPassives judge what they describe: "is considered
// unclean", "is seen as a threat", "was known as".
var (
	qRaisingPassives = map[string]bool{"alleged": true, "believed": true, "reported": true, "rumored": true, "rumoured": true, "said": true, "thought": true}
	qJudgedPassives  = map[string]bool{"accused": true, "billed": true, "characterised": true, "characterized": true, "considered": true, "declared": true, "deemed": true, "described": true, "designated": true, "hailed": true, "known": true, "portrayed": true, "regarded": true, "seen": true, "suspected": true, "touted": true, "viewed": true}
)

// qAppearAdjectives follow "appear" in a judgement (Q17): "appears likely
// to", "appeared more attractive".
var qAppearAdjectives = map[string]bool{"certain": true, "close": true, "confident": true, "determined": true, "eager": true, "less": true, "likely": true, "more": true, "poised": true, "ready": true, "reluctant": true, "set": true, "sure": true, "unlikely": true, "unwilling": true, "willing": true}

// qNotTopics, near the start of a Q16 topic, show that it is not one:
// "spoke on condition of anonymity", "on the phone", "did not respond to a
// request for comment".
var qNotTopics = set("anonymity", "attempt", "attempts", "background", "behalf", "calls", "condition", "emails", "inquiries", "inquiry", "message", "messages", "occasion", "occasions", "phone", "record", "request", "requests", "telephone")

// qAuxiliaries are verbs that never stand inside a speaker's noun phrase.
var qAuxiliaries = set("am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would")

// qNamingCues characterise their object ("called the plan 'a disaster'",
// "described him as ..."): they attribute only with a quotation or "as".
var qNamingCues = set("brand", "call", "dub", "label", "name", "term")

// qIntentCues take a to-infinitive as their content: "vowed to fight",
// "wants to run" (PolNeAR counts intentions as attributions).
var qIntentCues = set("decline", "decide", "aim", "intend", "plan", "pledge", "promise", "seek", "threaten", "vow", "want", "refuse", "urge", "hope", "expect", "demand", "agree", "offer", "propose")

// qWhWords open an embedded question after "asked".
var qWhWords = set("how", "if", "what", "whether", "when", "where", "which", "who", "whom", "why")

// qNotSpeakers end noun phrases that do not speak: the reader, and spans of
// time.
var qNotSpeakers = set("you", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hour", "hours", "minute", "minutes")

// qInvertibleCues may come before their speaker: "..., said the minister",
// "..., added Smith". Verbs with an object ("described the findings") may not.
var qInvertibleCues = set("add", "answer", "argue", "ask", "continue", "counter", "declare", "explain", "insist", "joke", "note", "observe", "quip", "recall", "remark", "reply", "respond", "retort", "say", "warn", "write")

// qStanceAdjectives state an attitude after a copula (Q15): "X is critical
// of Y".
var qStanceAdjectives = set("afraid", "angry", "anxious", "appreciative", "aware", "certain", "concerned", "confident", "convinced", "critical", "doubtful", "eager", "enthusiastic", "fearful", "frustrated", "happy", "hopeful", "keen", "nervous", "opposed", "optimistic", "pessimistic", "proud", "sceptical", "skeptical", "supportive", "sure", "suspicious", "unhappy", "upset", "wary", "willing", "worried")

// qStanceNouns after a possessive state an attitude or a claim (Q15): "X's
// support for Y", "his attacks on Y" (singular and plural forms).
var qStanceNouns = set("accusation", "accusations", "admiration", "allegation", "allegations", "appeal", "appeals", "argument", "arguments", "assertion", "assertions", "assessment", "assessments", "attack", "attacks", "belief", "beliefs", "call", "calls", "characterisation", "characterisations", "characterization", "characterizations", "claim", "claims", "comment", "comments", "commitment", "commitments", "complaint", "complaints", "concern", "concerns", "condemnation", "contempt", "criticism", "criticisms", "decision", "decisions", "defence", "defense", "demand", "demands", "denial", "denials", "description", "descriptions", "desire", "desires", "disdain", "doubt", "doubts", "embrace", "endorsement", "endorsements", "fear", "fears", "hope", "hopes", "idea", "ideas", "insistence", "objection", "objections", "opinion", "opinions", "opposition", "plan", "plans", "pledge", "pledges", "position", "positions", "praise", "prediction", "predictions", "promise", "promises", "proposal", "proposals", "push", "pushes", "question", "questions", "refusal", "refusals", "remark", "remarks", "request", "requests", "skepticism", "stance", "stances", "statement", "statements", "suggestion", "suggestions", "support", "threat", "threats", "view", "views", "vision", "visions", "vow", "vows", "warning", "warnings", "wish", "wishes")

// qSourcelessStances report a stance even with no one named as holding it
// (Q15): "criticism of the plan", "allegations of fraud".
var qSourcelessStances = set("accusation", "accusations", "allegation", "allegations", "complaints", "criticism", "criticisms", "questions")

// qStancePreps link a stance to its content.
var qStancePreps = set("about", "against", "for", "of", "on", "that", "to", "toward", "towards", "with")

// qCopulas join a subject to a stance adjective.
var qCopulas = set("am", "are", "be", "been", "being", "became", "become", "felt", "feel", "feels", "get", "got", "grew", "is", "remain", "remained", "remains", "seem", "seemed", "seems", "was", "were")
