package segment

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"newsdesk/draft"
	"newsdesk/process/normalise/dates"
)

// datelineHead is "PLACE," or "PLACE (Agency) –" at the very start of a
// paragraph; the date follows, then a dash, a wire tag or the end.
var (
	datelineHead = regexp.MustCompile(`^([\p{Lu}][\p{L}\p{M}'’.\-]*(?:[ \-][\p{Lu}(][\p{L}\p{M}'’.\-)]*){0,3})(?:\s*,|\s+[–—-])\s*(?:(?:le|den|am|el|il|on)\s+)?`)
	datelineTail = regexp.MustCompile(`^\s*(?:r\.\s*)?(?:\([^)\n]{1,40}\)\s*|\p{L}+\s*)?(?:/[^/\n]{1,40}/\s*)?\.?\s*(?:[–—-]{1,2}|:|$)\s*`)
	// beforeDate is what may stand between place and date: a weekday or a
	// state or country code ("San Francisco, CA, March 3", "RENO, Nev.,
	// March 3").
	beforeDate = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+(?:le\s+|den\s+)?|(?-i:\p{Lu}{2,3}|\p{Lu}\p{L}{0,5}\.(?:\p{Lu}\.)?),\s+)?$`)
	placeNoise = regexp.MustCompile(`\s*\(.*\)$`)
)

// dateline is a parsed "PLACE, date –" and what follows it.
type dateline struct {
	draft.Dateline
	rest string // the paragraph after the dateline: the body's first words
}

// ParseDateline reads a dateline at the start of s. Numeric dates are
// day-first except in US wire copy.
func ParseDateline(s string, ref *time.Time) (dateline, bool) {
	m := datelineHead.FindStringSubmatchIndex(s)
	if m == nil {
		return dateline{}, false
	}
	place := placeNoise.ReplaceAllString(s[m[2]:m[3]], "")
	if !placeLike(place) {
		return dateline{}, false
	}
	after := s[m[1]:]
	d, ok := dates.FindDate(after, strings.Contains(after, "/PRNewswire/") || strings.Contains(after, "/Business Wire/"), false)
	// The date must open what follows the place: "PARIS, The minister said
	// on 3 May" is no dateline; a weekday may stand before the date.
	if !ok || d.Start > 16 || !beforeDate.MatchString(after[:d.Start]) {
		return dateline{}, false
	}
	tail := datelineTail.FindStringIndex(after[d.End:])
	if tail == nil {
		return dateline{}, false
	}
	d, hasYear := dates.ResolveYear(d, ref)
	if !hasYear || !d.Valid() {
		return dateline{}, false
	}
	return dateline{Dateline: draft.Dateline{Place: place, Date: d.ISO()}, rest: strings.TrimSpace(after[d.End+tail[1]:])}, true
}

// placeLike accepts "BRUSSELS", "PORT GLASGOW", "Kiel", "KEFLAVÍK" and
// refuses sentence openings such as "However" or "In London".
func placeLike(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 4 || len([]rune(p)) > 40 {
		return false
	}
	for _, w := range words {
		if notPlace[strings.ToLower(w)] {
			return false
		}
	}
	upper := true
	for _, r := range p {
		if unicode.IsLower(r) {
			upper = false
		}
	}
	// In capitals, up to four words; in mixed case one or two.
	return upper && len([]rune(p)) >= 2 || len(words) <= 2
}

var notPlace = map[string]bool{
	"the": true, "in": true, "on": true, "however": true, "today": true, "yesterday": true, "dear": true,
	"hi": true, "hello": true, "thanks": true, "date": true, "issued": true, "published": true, "from": true,
	"sent": true, "by": true, "and": true, "but": true, "if": true, "when": true, "as": true, "at": true,
	// a weekday before the date ("Monday, 3 March") is no place either
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
}
