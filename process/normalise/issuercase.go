package normalise

import (
	"strings"
	"unicode"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment"
)

// lettercase writes a name a letterhead prints in capitals as the
// release writes it in its sentences, each word's case from its own
// mention, declined or not ("МИНИСТЕРСТВО НА ОТБРАНАТА" for
// "Министерството на отбраната …" is "Министерство на отбраната"); a
// name the text never writes in small letters is written as upperName
// would, but a single word may be an acronym and stays ("NATO"). A
// company form in its own letters after the capitals stays as it is
// ("CANTIERE NAVALE PELAGOS S.p.A.").
func lettercase(name string, s segment.Segments) string {
	want := strings.Fields(name)
	head, form := name, ""
	if loc := legalEnd.FindStringIndex(name); loc != nil && loc[0] > 0 {
		head, form = name[:loc[0]], name[loc[0]:]
	}
	if head != strings.ToUpper(head) || head == strings.ToLower(head) {
		return name
	}
	nh := len(strings.Fields(head)) // the words in capitals
	folded := make([]string, len(want))
	for i, w := range want {
		folded[i] = fold(w)
	}
	for _, l := range segmentLines(s) {
		ws := strings.Fields(l)
		fw := foldWords(ws)
		for i := 0; i+len(want) <= len(ws); i++ {
			if run := ws[i : i+len(want)]; sameWords(fw[i:i+len(want)], folded) && lowerIn(run[:nh], folded) {
				return caseLike(want, run)
			}
		}
	}
	if len(want) == 1 {
		return name
	}
	return upperName(head) + form
}

// lowerIn: the name's words are in small letters at least in part; an
// ending in small letters is no sign ("UNHCR's").
func lowerIn(run, folded []string) bool {
	for i, w := range run {
		w = strings.Trim(w, nameTrim)
		if stem := string([]rune(w)[:min(len([]rune(w)), len([]rune(folded[i])))]); stem != strings.ToUpper(stem) {
			return true
		}
	}
	return false
}

// foldWords: each word through fold, without the punctuation around it
// and an Arabic word's proclitic before its article: "للقوات" ("for the
// forces") and "والقوات" are "القوات".
func foldWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		f := fold(strings.Trim(w, nameTrim))
		if rest, ok := strings.CutPrefix(f, "لل"); ok && len(rest) >= 6 {
			f = "ال" + rest
		} else if len(f) > 8 && strings.Contains("وبكف", f[:2]) && f[2:6] == "ال" {
			f = f[2:]
		}
		out[i] = f
	}
	return out
}

// sameWords: the folded words are the folded name's, perhaps declined.
func sameWords(got, want []string) bool {
	for i, a := range got {
		if a != want[i] && !declined(a, want[i]) {
			return false
		}
	}
	return true
}

// mentions: the text's folded words name the organisation, perhaps
// declined: "Policjanci z Komendy Wojewódzkiej Policji w Krakowie" names
// the "Komenda Wojewódzka Policji w Krakowie".
func mentions(folded []string, name string) bool {
	want := strings.Fields(fold(name))
	for i := 0; i+len(want) <= len(folded) && len(want) > 0; i++ {
		if sameWords(folded[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// declined: w is word with another ending, the word's letters but its
// last two kept ("министерството" for "министерство"; not "united" for
// "unifil").
func declined(w, word string) bool {
	r := []rune(word)
	return len(r) > 4 && strings.HasPrefix(w, string(r[:len(r)-2])) && len([]rune(w)) <= len(r)+3
}

// caseLike gives each of the name's words the case of the text's word:
// the text's own letters where it writes the word undeclined ("SOC
// Ltd", "A.Ş."), else a capital or none; but the name, standing alone,
// opens with a capital ("le ministère de la Mer").
func caseLike(want, run []string) string {
	out := make([]string, len(want))
	for i, w := range want {
		if t := strings.Trim(run[i], nameTrim); i > 0 && t != "" && strings.EqualFold(strings.Trim(w, nameTrim), t) {
			out[i] = strings.Replace(w, strings.Trim(w, nameTrim), t, 1)
			continue
		}
		r := []rune(strings.ToLower(w))
		if i == 0 || upperStart(strings.Trim(run[i], nameTrim)) {
			r[0] = unicode.ToTitle(r[0])
		}
		out[i] = string(r)
	}
	return strings.Join(out, " ")
}

// segmentLines: every line of the release, headline to trailer.
func segmentLines(s segment.Segments) []string {
	lines := []string{s.Headline, s.Subheadline}
	for _, bs := range [][]block.Block{s.Pre, s.Body, s.Trailer} {
		for _, b := range bs {
			lines = append(lines, b.Lines...)
		}
	}
	return lines
}
