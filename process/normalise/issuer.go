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

// candidate is one reading of the issuer and how much its source is
// trusted on its own.
type candidate struct {
	name   string
	weight int
}

// issuer names the organisation behind the release. Every place that can
// name it gives a candidate: the About section, a wire's SOURCE line, a
// "X is a …" sentence, the letterhead, a press office named in the
// contacts, "…, X announced", the sender's name less its department, and
// the lede's subject. A candidate is trusted more when the body uses it
// and when other sources agree with it, because each source alone is
// often wrong (an "About Us" heading, a "Press Office" sender, a wire's
// own name). Acronyms are expanded from the text: "Ministry of Defence
// (MOD)", or words whose initials spell them.
func issuer(s segment.Segments, rel release) string {
	cs := make([]candidate, 0, 10)
	text := block.RenderText(s.Body)
	add := func(name string, weight int) {
		if name = cleanOrg(name); name != "" {
			cs = append(cs, candidate{name, weight})
		}
	}
	about, sourced := aboutName(s.Trailer)
	add(about, 6)
	add(sourced, 6)
	for _, b := range s.Trailer {
		if m := isA.FindStringSubmatch(b.Text()); m != nil {
			add(m[1], 4)
			break
		}
	}
	add(letterhead(s.Pre), 4)
	add(officeOwner(s.Trailer), 2)
	add(announcer(s.Body), 3)
	from, _ := mime.DecodeHeader(rel.from.Header.Get("From"), rel.from.Charset)
	if i := strings.Index(from, "<"); i > 0 {
		// A person's name is no issuer, but "Aerovale Comunicação" looks
		// like one until its department word goes.
		if n := strings.Trim(strings.TrimSpace(from[:i]), `"' `); !segment.PersonLike(n) || stripDept(n) != n {
			add(n, 3)
		}
		add(domainName(from[i:], text), 2)
	}
	if len(s.Body) > 0 {
		if m := ledeSubject.FindStringSubmatch(s.Body[0].Text()); m != nil {
			add(m[1], 2)
		} else if m := ledeRun.FindStringSubmatch(s.Body[0].Text()); m != nil && !segment.PersonLike(m[1]) {
			add(m[1], 1)
		}
	}
	if len(cs) == 0 {
		return ""
	}
	for i := range cs {
		if acronym.MatchString(cs[i].name) {
			if full := expand(cs[i].name, s.Body); full != "" {
				cs[i].name = full
			} else if full := initials(cs[i].name, text); full != "" {
				cs[i].name = full
			}
		}
	}
	best, score := "", -1
	lower := strings.ToLower(text)
	for i, c := range cs {
		sc := c.weight
		if strings.Contains(lower, strings.ToLower(c.name)) {
			sc += 3
		}
		for j, o := range cs {
			if j != i && agree(c.name, o.name) {
				sc += 2
			}
		}
		if sc > score {
			best, score = c.name, sc
		}
	}
	return strings.TrimRight(longest(best, s.Body), ",;:)")
}

// agree: the same organisation named twice, perhaps once in short.
func agree(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
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
	isA = regexp.MustCompile(`^\W*((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|für)\s+)?\p{Lu}[\p{L}'’&.-]*){0,7})\s+(?:(?:is|was|are)\s+(?:a|an|the|one)|ist\s+(?:ein|eine|der|die|das)|est\s+(?:un|une|le|la|l['’])|es\s+(?:un|una|el|la)|è\s+(?:un|una|il|la|l['’])|é\s+(?:um|uma|o|a)|är\s+(?:en|ett)|er\s+(?:en|et|ei)|is\s+(?:een|de|het))\s`)
	// continuation: a qualifier or legal form that follows a short name.
	continuation = regexp.MustCompile(`^(?:(?:\s+(?:for|of|für)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)|,?\s+(?:GmbH|AG|Ltd\.?|Limited|plc|PLC|Inc\.?|S\.A\.|S\.p\.A\.|SA|SE|AB|ASA|AS|Oyj|Oy|BV|NV|LLC|a\.s\.|Zrt\.|A\.Ş\.|e\.V\.|Co\.,\s+Ltd\.)(?:\s|$|[,;:)]))|^(?:株式会社|股份有限公司|有限公司|주식회사)`)
)

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
				short := stripDept(part)
				if short != part && short != "" && upperStart(short) && !jobTitle.MatchString(short) && (acronym.MatchString(short) || len(strings.Fields(short)) >= 2) {
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

// ledeRun: the capitalised words a lede opens with in any language,
// "Cruz Roja Española atendió …", "Stocznia Bałtycka S.A. zwodowała …".
var ledeRun = regexp.MustCompile(`^(?:(?:The|La|Le|Les|L'|Die|Der|Das|El|Los|Il|Lo|A|O|As|Os|De|Het)\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|de|del|della|di|do|da|du|des|für|för|og|och|i|y|e)\s+)?\p{Lu}[\p{L}'’&.-]*){1,6})\s+\p{Ll}`)

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
