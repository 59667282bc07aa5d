package news

import (
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// The small word lists Parse needs. Sources: the AP Stylebook's list of
// abbreviated titles and months, and common newswire usage. The larger lists
// (speech verbs, titles, names, places) live in lexicon/.

// monthNames maps lower-case month names and their abbreviations to months.
var monthNames = map[string]int{
	"apr": 4, "april": 4, "aug": 8, "august": 8, "dec": 12, "december": 12,
	"feb": 2, "february": 2, "jan": 1, "january": 1, "jul": 7, "july": 7,
	"jun": 6, "june": 6, "mar": 3, "march": 3, "may": 5, "nov": 11,
	"november": 11, "oct": 10, "october": 10, "sep": 9, "sept": 9,
	"september": 9,
}

// weekdayNames maps lower-case weekday names and abbreviations to weekdays
// (0 = Sunday).
var weekdayNames = map[string]int{
	"fri": 5, "friday": 5, "mon": 1, "monday": 1, "sat": 6, "saturday": 6,
	"sun": 0, "sunday": 0, "thu": 4, "thur": 4, "thurs": 4, "thursday": 4,
	"tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "wednesday": 3,
}

// titleAbbrevs are abbreviations, as written before their period, after
// which a sentence never ends (S3): titles, ranks and honorifics that stand
// before a name.
var titleAbbrevs = map[string]struct{}{
	"Adm": {}, "Atty": {}, "Brig": {}, "Capt": {}, "Cdr": {}, "Cmdr": {},
	"Col": {}, "Cpl": {}, "Det": {}, "Dr": {}, "Drs": {}, "Fr": {},
	"Gen": {}, "Gov": {}, "Hon": {}, "Insp": {}, "Lt": {}, "Maj": {},
	"Messrs": {}, "Mme": {}, "Mmes": {}, "Mr": {}, "Mrs": {}, "Ms": {},
	"Msgr": {}, "Mt": {}, "Pfc": {}, "Pres": {}, "Prof": {}, "Pvt": {},
	"Rep": {}, "Reps": {}, "Rev": {}, "Sen": {}, "Sens": {}, "Sgt": {},
	"Sr": {}, "St": {}, "Supt": {},
}

// otherAbbrevs are lower-cased abbreviations after which a sentence ends only
// when a usual sentence starter follows (S4).
var otherAbbrevs = map[string]struct{}{
	"al": {}, "apr": {}, "approx": {}, "assn": {}, "aug": {}, "ave": {},
	"blvd": {}, "bros": {}, "ca": {}, "cf": {}, "co": {}, "corp": {},
	"dec": {}, "dept": {}, "est": {}, "etc": {}, "feb": {}, "fig": {},
	"ft": {}, "gov": {}, "inc": {}, "jan": {}, "jr": {}, "jul": {},
	"jun": {}, "ltd": {}, "mar": {}, "mfg": {}, "mln": {}, "mph": {},
	"no": {}, "nos": {}, "nov": {}, "oct": {}, "op": {}, "pct": {},
	"pp": {}, "rd": {}, "sep": {}, "sept": {}, "univ": {}, "vol": {},
	"vs": {},
}

// sentenceStarters are capitalised words that usually begin a sentence and
// rarely continue a name or a date (S4).
var sentenceStarters = map[string]struct{}{
	"A": {}, "After": {}, "Also": {}, "An": {}, "And": {}, "As": {}, "At": {},
	"But": {}, "By": {}, "For": {}, "He": {}, "Her": {}, "His": {},
	"However": {}, "I": {}, "If": {}, "In": {}, "It": {}, "Its": {},
	"Meanwhile": {}, "Mr": {}, "Mrs": {}, "Ms": {}, "On": {}, "Our": {},
	"She": {}, "Since": {}, "So": {}, "That": {}, "The": {}, "Their": {},
	"There": {}, "These": {}, "They": {}, "This": {}, "Those": {}, "To": {},
	"We": {}, "What": {}, "When": {}, "While": {}, "Yet": {}, "You": {},
}

// placeCase gives a dateline place its usual capitalisation: "NEW YORK" is
// "New York". Capitalised places are returned as written.
func placeCase(s string, upper bool) string {
	if !upper {
		return s
	}
	// A Caser keeps state: make one per call (x/text cases).
	return cases.Title(language.English).String(s)
}

// sentenceTitleBreakers are the capitalised words after which a title
// abbreviation ends a sentence (S11): pronouns, determiners and connectives
// that are never names. "He" and "She" are left out: both are also Chinese
// surnames ("Gen. He").
var sentenceTitleBreakers = map[string]struct{}{
	"But": {}, "However": {}, "It": {}, "Its": {}, "Meanwhile": {},
	"The": {}, "Their": {}, "There": {}, "These": {}, "They": {},
	"This": {}, "Those": {}, "We": {},
}

// sentenceZoneWords are capitalised words that name a time zone after "a.m."
// or "p.m." ("8 p.m. Eastern time"), so the sentence goes on (S9). Upper-case
// zone abbreviations (EST, GMT, IST) are recognised by their form.
var sentenceZoneWords = map[string]struct{}{
	"Atlantic": {}, "Central": {}, "Eastern": {}, "Greenwich": {},
	"Mountain": {}, "Pacific": {}, "Universal": {},
}

// sentenceSpeechVerbs are the speech verbs that, after a quoted question or
// exclamation and a capitalised name, continue its sentence (S7):
// `"Why?" Senator Hill asked.` Source: the reporting verbs of the AP
// Stylebook's "said" entry and common wire usage, past and present tense.
var sentenceSpeechVerbs = map[string]struct{}{
	"acknowledged": {}, "added": {}, "admitted": {}, "announced": {},
	"answered": {}, "argued": {}, "asked": {}, "asks": {}, "chanted": {},
	"cried": {}, "declared": {}, "demanded": {}, "exclaimed": {},
	"insisted": {}, "joked": {}, "protested": {}, "recalled": {},
	"remarked": {}, "replied": {}, "responded": {}, "said": {}, "says": {},
	"screamed": {}, "shouted": {}, "snapped": {}, "tells": {}, "told": {},
	"tweeted": {}, "urged": {}, "warned": {}, "wondered": {}, "wrote": {},
	"yelled": {},
}
