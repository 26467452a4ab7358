package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

// untilClosingStop takes a title's closing full stops off, but keeps the one
// that ends an abbreviation written with full stops inside it ("a.C.",
// "U.S.", "S.p.A.").
func untilClosingStop(t string) string {
	trimmed := strings.TrimSpace(strings.TrimRight(t, "."))
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		last := trimmed[strings.LastIndexAny(trimmed, " \t")+1:]
		if r, _ := utf8.DecodeLastRuneInString(last); strings.Contains(last, ".") && unicode.IsLetter(r) {
			return trimmed + "."
		}
	}
	return trimmed
}

// headlineText tidies a title block: Gmail's *bold* markers go, and a
// title set in capitals gets sentence case, keeping the capitals of words
// the release itself writes capitalised (names, places, acronyms).
func headlineText(t string, bs []block.Block) string {
	t = strings.TrimSpace(t)
	if m := mdWrap.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	t = untilClosingStop(t)
	if !allCaps(t) {
		return t
	}
	forms := wordForms(bs)
	words := strings.Fields(t)
	for i, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core == "" {
			continue
		}
		lower := strings.ToLower(core)
		form, known := forms[lower] // the release's own spelling: "Sheffield", "NATO"
		if !known {
			form = lower
		}
		if i == 0 {
			form = upperFirst(form)
		}
		words[i] = strings.Replace(w, core, form, 1)
	}
	return strings.Join(words, " ")
}

// wordForms maps lower-case words to the capitalised form the text uses
// where capitals are not forced by a sentence start; words the text only
// writes in lower case are absent.
func wordForms(bs []block.Block) map[string]string {
	forms := map[string]string{}
	lowerSeen := map[string]bool{}
	for _, b := range bs {
		t := b.Text()
		if allCaps(t) {
			continue
		}
		prev := "."
		for _, w := range strings.Fields(t) {
			core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			sentenceStart := strings.ContainsAny(LastRune(prev), ".!?:“\"")
			prev = w
			if core == "" {
				continue
			}
			l := strings.ToLower(core)
			r := []rune(core)
			switch {
			case unicode.IsLower(r[0]):
				lowerSeen[l] = true
			case !sentenceStart:
				if _, ok := forms[l]; !ok {
					forms[l] = core
				}
			}
		}
	}
	for l := range forms {
		if lowerSeen[l] && forms[l] != strings.ToUpper(forms[l]) {
			delete(forms, l) // "Charged" at a line start, "charged" elsewhere
		}
	}
	return forms
}

func allCaps(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 8 && upper == letters
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToTitle(r[0])
	return string(r)
}

// subjectPrefix strips what mail clients and senders put before a
// subject's title: "Fwd:", "PRESS RELEASE:", "EMBARGOED 00:01 21 May:".
var subjectPrefix = prefilter.MustCompile(`(?i)^\s*(?:(?:re|fwd?|aw|wg|tr|sv|vs|rv|enc)\s*:\s*|\[[^\]]{0,40}\]\s*|(?:press\s+release|news\s+release|media\s+release|pressemitteilung|communiqu[ée](?:\s+de\s+presse)?|statement|correction|corrected|update|embargo(?:ed)?[^:]{0,40}|on\s+behalf\s+of[^:]{0,60})\s*[:|–—-]\s*)+`)

func SubjectTitle(s string) string {
	return strings.TrimSpace(subjectPrefix.ReplaceAllString(s, ""))
}
