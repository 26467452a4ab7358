package normalise

import (
	"regexp"
	"strings"
	"unicode"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/segment"
)

var (
	sourceRE = regexp.MustCompile(`^SOURCE\s+(.{2,80})$`)
	acronym  = regexp.MustCompile(`^[\p{Lu}&]{2,8}$`)
)

// issuer names the organisation behind the release, from the strongest
// sign down: its "About …" heading, a wire's SOURCE line, a notes line
// "X is a …", the sender's name when it is not a person's (less a "Press
// Office" suffix). An acronym is expanded from the body where it is
// introduced: "European Land Systems Industry Association (ELSIA)".
func issuer(s segment.Segments, rel release) string {
	name := ""
	for _, b := range s.Trailer {
		t := b.Text()
		if m := segment.AboutRE.FindStringSubmatch(t); m != nil && len(b.Lines) == 1 && b.Words() <= 10 && upperStart(m[1]) {
			name = m[1]
		} else if m := sourceRE.FindStringSubmatch(t); m != nil {
			name = m[1]
		}
		if name != "" {
			break
		}
	}
	if name == "" {
		for _, b := range s.Trailer {
			if m := isA.FindStringSubmatch(b.Text()); m != nil {
				name = m[1]
				break
			}
		}
	}
	if name == "" {
		name = officeOwner(s.Trailer)
	}
	if name == "" {
		name = announcer(s.Body)
	}
	if name == "" {
		from, _ := mime.DecodeHeader(rel.from.Header.Get("From"), rel.from.Charset)
		if i := strings.Index(from, "<"); i > 0 {
			n := strings.Trim(strings.TrimSpace(from[:i]), `"' `)
			if short := officeSuffix.ReplaceAllString(n, ""); short != n && (acronym.MatchString(short) || len(strings.Fields(short)) >= 2) {
				n = short
			}
			if !segment.PersonLike(n) {
				name = n
			}
		}
	}
	if name == "" && len(s.Body) > 0 {
		// Last, the lede's subject: "The Northern Norway Defence Museum opens …".
		if m := ledeSubject.FindStringSubmatch(s.Body[0].Text()); m != nil {
			name = m[1]
		}
	}
	if acronym.MatchString(name) {
		if full := expand(name, s.Body); full != "" {
			return full
		}
	}
	return longest(name, s.Body)
}

// longest extends a short name by the full form the body uses: "Calder
// Institute" to "Calder Institute for Security Studies", "Hanse Optronik"
// to "Hanse Optronik GmbH".
func longest(name string, body []block.Block) string {
	if name == "" {
		return name
	}
	best := name
	for _, b := range body {
		t := b.Text()
		for i := strings.Index(t, name); i >= 0; {
			rest := t[i+len(name):]
			if m := continuation.FindString(rest); len(name)+len(m) > len(best) {
				best = name + m
			}
			j := strings.Index(rest, name)
			if j < 0 {
				break
			}
			i += len(name) + j
		}
	}
	return best
}

var (
	isA          = regexp.MustCompile(`^\W*((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|für)\s+)?\p{Lu}[\p{L}'’&.-]*){0,7})\s+(?:is|was|are)\s+(?:a|an|the|one)\b`)
	officeSuffix = regexp.MustCompile(`(?i)\s*[-–|,:]?\s*\b(?:press|media|news|communications?|presse|kommunikation)(?:\s+(?:and|&)\s+(?:media|communications?))?(?:\s+(?:office|section|team|desk|centre|center|service|relations|room|cell))?\s*$`)
)

var continuation = regexp.MustCompile(`^(?:(?:\s+(?:for|of|für)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)|\s+(?:GmbH|AG|Ltd|Limited|plc|PLC|Inc|SA|S\.A\.|SE|AB|AS|ASA|Oy|BV|NV|LLC))\b`)

// officeOwner reads the organisation from a press office named in the
// contacts: "Severn Vale Resilience Partnership media cell".
func officeOwner(trailer []block.Block) string {
	for i, b := range trailer {
		if !segment.ContactBlock(b) {
			continue
		}
		for _, l := range segment.ContactGroup(trailer, i) {
			parts := segment.ContactSep.Split(segment.ContactLabel.ReplaceAllString(l, ""), -1)
			for i, part := range parts {
				part = strings.TrimSpace(part)
				short := officeSuffix.ReplaceAllString(part, "")
				if short != part && upperStart(short) && !jobTitle.MatchString(short) && (acronym.MatchString(short) || len(strings.Fields(short)) >= 2) {
					return short
				}
				// "Press Office, Ministry of X", "Head of Communications, Acme Systems"
				if (short == "" || jobTitle.MatchString(part)) && i+1 < len(parts) {
					next := strings.TrimSpace(parts[i+1])
					if upperStart(next) && !segment.PersonLike(next) && !jobTitle.MatchString(next) && !strings.ContainsAny(next, "@0123456789") {
						return next
					}
				}
			}
		}
	}
	return ""
}

// announcer finds "…, the Ministry of Defence announced today" in the
// first paragraphs.
func announcer(body []block.Block) string {
	for i, b := range body {
		if i >= 2 {
			break
		}
		if m := announced.FindStringSubmatch(b.Text()); m != nil {
			return m[1]
		}
	}
	return ""
}

var jobTitle = regexp.MustCompile(`(?i)\b(?:head|director|manager|officer|spokes(?:person|man|woman)|advis[eo]r|lead|executive|co-?ordinator|consultant|chief|secretary|attaché|chargée?|responsable|sprecher(?:in)?|referent(?:in)?)\b`)

var ledeSubject = regexp.MustCompile(`^(?:The\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’&.-]*){1,6})\s+(?:today|has|have|will|is|are|was|announced|opens|opened|launches|launched|unveils|unveiled|wins|won|signs|signed|completes|completed|welcomes|welcomed|says|said)\b`)

var announced = regexp.MustCompile(`,\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}'’&.-]*){0,6})\s+(?:announced|said|confirmed|has\s+announced)\b`)

func upperStart(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// expand finds "Full Name (ACRONYM)" in the body.
func expand(acr string, body []block.Block) string {
	re := regexp.MustCompile(`((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|the|de|du|des)\s+)*){2,8})\(` + regexp.QuoteMeta(acr) + `\)`)
	for _, b := range body {
		if m := re.FindStringSubmatch(b.Text()); m != nil {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[1]), "The "))
		}
	}
	return ""
}
