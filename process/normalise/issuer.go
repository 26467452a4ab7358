package normalise

import (
	"iter"
	"regexp"
	"strings"
	"unicode"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/segment"

	"newsdesk/process/normalise/prefilter"
)

var (
	sourceRE = regexp.MustCompile(`^(?:SOURCE\s+|[Ss]ource\s*:\s*)(.{2,80})$`)
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
		// A wire or distribution service carries the release; it never
		// issues it.
		// Nor does the place it is datelined from ("PRO Defence Mumbai"
		// less its role and department).
		if name = cleanOrg(name); name != "" && !wire.MatchString(name) && (s.Dateline == nil || !strings.EqualFold(name, s.Dateline.Place)) {
			cs = append(cs, candidate{name: name, weight: weight})
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
	add(copyrightHolder(s.Trailer), 3)
	add(issuedName(append(s.Pre[:len(s.Pre):len(s.Pre)], s.Trailer...)), 5)
	add(onBehalf(rel.note, s), 5)
	// A contact office the body also names was right 38 times of 42 on
	// the training emails, as often as a sender the body names; one it
	// does not name, 5 of 22.
	add(officeOwner(s.Trailer), 3)
	add(announcer(s.Body), 3)
	name, addr := sender(rel, s.Pre)
	if name != "" && (signs(name, s.Trailer) || !(segment.PersonLike(name) && segment.Spells(addr, name)) && (orgLike(name) || strings.Contains(strings.ToLower(text), strings.ToLower(name)))) {
		// The display name is the organisation's (less its department)
		// when it signs the contact block, or unless it is a person's,
		// whose address spells it (a company's domain spells its name
		// too); a role alone ("Press Office") cleans to nothing.
		add(name, 3)
	}
	add(domainName(addr, text, s.Body), 2)
	if len(s.Body) > 0 {
		// A place without a date is not read as a dateline: "Berlin – Das …".
		lede := placeDash.ReplaceAllString(s.Body[0].Text(), "")
		if m := ledeSubject.FindStringSubmatch(lede); m != nil {
			add(m[1], 2)
		} else if m := ledeNoun.FindStringSubmatch(lede); m != nil {
			add(m[1], 2) // cleanOrg capitalises "ministère des Armées"
		} else if m := ledeRun.FindStringSubmatch(lede); m != nil && !article.MatchString(m[1]) && !segment.Spells(addr, m[1]) {
			// A run without an organisation's noun or legal form is
			// mostly a noun phrase (German capitalises every noun: "Zwölf
			// Hochwasserpumpen wurden …") or a group ("Eleven European
			// nations"): 3 of 16 such runs named the issuer on the
			// training emails, 29 of 35 runs with one did.
			if orgWordRE.MatchString(m[1]) || legalForm.MatchString(m[1]) {
				add(m[1], 2)
			} else {
				add(m[1], 0)
			}
		} else if m := ledeTopic.FindStringSubmatch(lede); m != nil {
			add(m[1], 2)
		} else {
			add(ledeRepeat(lede, text[min(len(s.Body[0].Text()), len(text)):]+"\n"+block.RenderText(s.Trailer)+"\n"+name), 1)
		}
	}
	if len(cs) == 0 {
		return ""
	}
	lower := strings.ToLower(text)
	words := strings.Fields(text)
	for i := range cs {
		cs[i].name = expandAcronyms(cs[i].name, s.Body, text)
		if !strings.Contains(lower, strings.ToLower(cs[i].name)) {
			if native := nativeForm(cs[i].name, words); native != "" {
				// A Latin acronym the release writes in its own
				// caseless script, defined there: "DRDO" is "डीआरडीओ".
				if full := caselessDefinition(native, s.Body); full != "" && acronym.MatchString(cs[i].name) && !hasCase(native) {
					native = full
				}
				cs[i].name = native
			}
		}
	}
	spellOut(cs)
	best, score := "", -1
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
		if sc > score || sc == score && len(c.name) > len(best) {
			best, score = c.name, sc
		}
	}
	// The text may name it inflected ("des Zentrums"); a sender, an About
	// heading or a contact line names it in its own form.
	for _, c := range cs {
		if c.weight >= 3 && inflected(c.name, best) {
			best = c.name
			break
		}
	}
	// The same organisation named in full elsewhere: with its legal name
	// ("Acme Systems AG" for "Acme Systems", a sender's "Hanjiang Pump
	// Works Co., Ltd." for its domain's "Hanjiang") or its qualifier
	// ("Ministry of Defence of Latvia" for "Ministry of Defence"); not by
	// any longer run ("NATO Allies" for "NATO", "NATO Press Releases").
	// A caseless script writes no space between a name's words, so there
	// a longer name holding it is its full form: the sender's "海巡" for
	// the lede's "海洋委員會海巡署".
	for _, c := range cs {
		if rest, ok := strings.CutPrefix(c.name, best); ok && strings.HasPrefix(rest, " ") && (legalForm.MatchString(rest) || continuation.FindString(rest) == rest) {
			best = c.name
		} else if !hasCase(best) && len(c.name) > len(best) && strings.Contains(c.name, best) && strings.Contains(text, c.name) {
			best = c.name
		}
	}
	// A one-word name that the lede opens with in full: "Marinha" for
	// "Marinha Portuguesa recebe …"; a plural after it is a group of the
	// organisation, not its name ("NATO Allies").
	if len(s.Body) > 0 && !strings.Contains(best, " ") {
		if m := ledeRun.FindStringSubmatch(s.Body[0].Text()); m != nil {
			if rest, ok := strings.CutPrefix(m[1], best+" "); ok && len(strings.Fields(rest)) <= 2 && !plural.MatchString(rest) {
				best = m[1]
			}
		}
	}
	best = indefinite(baseForm(best, s, addr))
	subject, _ := mime.DecodeHeader(rel.from.Header.Get("Subject"), rel.from.Charset)
	acrs := acronymsIn(subject, name, rel.note, s.Headline, text, block.RenderText(s.Trailer))
	return strings.TrimRight(fullForm(longest(best, s.Body), s.Body, acrs), ",;:)")
}

// spellOut replaces an acronym that the text does not define by another
// candidate whose initials spell it: a sender's or About section's
// "DICoD" is the "Délégation à l'information et à la communication de
// la défense" that signs the release. It then trusts a press or
// communication unit's name no more than any text's: such a unit is
// not the issuer, its parent is, when another source names the parent.
func spellOut(cs []candidate) {
	for i, c := range cs {
		if !acronym.MatchString(c.name) && !mixedAcronym(c.name) {
			continue
		}
		for _, o := range cs {
			if spells(c.name, o.name) {
				cs[i].name = o.name
				break
			}
		}
	}
	for i, c := range cs {
		if pressUnit.MatchString(c.name) && !pressRemit.MatchString(c.name) {
			cs[i].weight = 0
		}
	}
}

// spells: the capitals of acr are the initials of name's words, linking
// words taking part or not ("DICoD", "MORH").
func spells(acr, name string) bool {
	want := acronymLetters(acr)
	return len(want) >= 2 && initialsOf(want, strings.Fields(name))
}

// initialsOf: every word gives the next letter of want, but linking
// words, which may or may not.
func initialsOf(want []rune, words []string) bool {
	if len(words) == 0 {
		return len(want) == 0
	}
	if len(want) > 0 && firstLetter(words[0]) == want[0] && initialsOf(want[1:], words[1:]) {
		return true
	}
	return linkWord.MatchString(strings.ToLower(words[0])) && initialsOf(want, words[1:])
}

// pressUnit: a name that holds a press or communication word, as a press
// office's own name does ("Presse- und Informationszentrum Heer",
// "Služba za odnose s javnošću").
var pressUnit = regexp.MustCompile(`(?i)(?:^|[\s-])(?:press|presse|prensa|stampa|pers|prasow\p{L}*|tiskov\p{L}*|sajtó\p{L}*|communications?|kommunikation\p{L}*|comunica\p{L}*|komunikac\p{L}*|viestintä\p{L}*|public\s+(?:affairs|relations)|odnose\s+s\s+javnošću|пресс?-\p{L}+)(?:[\s-]|$)`)

// pressRemit: a ministry whose press word is its remit, not its unit:
// the "Ministry of Communications", the "Ministerio de Comunicaciones".
var pressRemit = regexp.MustCompile(`(?i)^(?:the\s+)?(?:bundes)?(?:minist|министерств|міністерств)\p{L}*\s`)

// agree: the same organisation named twice, perhaps once in short or
// inflected.
func agree(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a) || inflected(a, b)
}

// inflected: the same words but for their endings, as a case changes
// them: "Stoczni Bałtyckiej" and "Stocznia Bałtycka", "instituutin" and
// "instituutti".
func inflected(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || a == b {
		return false
	}
	for i := range wa {
		ra, rb := []rune(wa[i]), []rune(wb[i])
		n := 0
		for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
			n++
		}
		if long := max(len(ra), len(rb)); n < long-3 || n < 3 && long > 3 {
			return false
		}
	}
	return true
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
	continuation = regexp.MustCompile(`^(?:(?:\s+(?:for|of|für)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)|,?\s+(?:` + segment.LegalForms + `)(?:\s|$|[,;:)]))|^(?:株式会社|股份有限公司|有限公司|주식회사)`)
)

// officeOwner reads the organisation from the contact or sign-off
// lines: a press office's "Severn Vale Resilience Partnership media
// cell", a role's "Communications, Portlaw Harbour Board", or a name line
// over a department or a phone number ("Acme Ministry" over
// "Press Office").
func officeOwner(trailer []block.Block) string {
	// The groups of neighbouring blocks overlap: each line part is
	// stripped once.
	stripped := map[string]string{}
	strip := func(s string) string {
		short, ok := stripped[s]
		if !ok {
			short = stripDept(s)
			stripped[s] = short
		}
		return short
	}
	for i, b := range trailer {
		if len(b.Lines) > 8 || b.Words() > 40 {
			continue
		}
		lines := segment.ContactGroup(trailer, i)
		for li, l := range lines {
			parts := segment.ContactSep.Split(segment.ContactLabel.ReplaceAllString(l, ""), -1)
			for i, part := range parts {
				part = strings.TrimSpace(part)
				short := strip(part)
				if short != part && short != "" && upperStart(short) && !jobTitle.MatchString(short) && (acronym.MatchString(short) || len(strings.Fields(short)) >= 2) {
					return short
				}
				// "Press Office, Ministry of X", "Head of Communications, Acme Systems"
				if (short == "" || jobTitle.MatchString(part)) && i+1 < len(parts) {
					next := strings.TrimSpace(parts[i+1])
					if upperStart(next) && !jobTitle.MatchString(next) && !strings.ContainsAny(next, "@0123456789") {
						return next
					}
				}
				// "Ministry of X, Press Office"
				if short == "" && i > 0 {
					prev := strings.TrimSpace(parts[i-1])
					if upperStart(prev) && orgLike(prev) && !jobTitle.MatchString(prev) && !strings.ContainsAny(prev, "@0123456789") {
						return prev
					}
				}
			}
			if li+1 < len(lines) && len(parts) == 1 && len(strings.Fields(l)) <= 8 && !strings.HasSuffix(l, ".") && orgLike(l) && !strings.ContainsAny(l, "@:0123456789") && !jobTitle.MatchString(l) {
				// over its department, a number or the person to call
				if next := lines[li+1]; strip(next) == "" || segment.PhoneLine(next) || orgWordRE.MatchString(l) && segment.PersonLike(honorific.ReplaceAllString(next, "")) && !orgLike(next) {
					return l
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
		// "…, Minister of Defence Eirik Solberg announced" names a
		// person by office, not the organisation.
		if m := announced.FindStringSubmatch(b.Text()); m != nil && !officeHolder.MatchString(m[1]) {
			return m[1]
		}
	}
	return ""
}

// honorific: academic and military prefixes before a person's name.
var honorific = regexp.MustCompile(`(?i)^(?:(?:Dr|Prof|Mag|Ing|Dipl|Mr|Mrs|Ms|Col|Lt|Maj|Capt|plk|mjr|kpt|por|płk|kpt|ppłk)\.?(?:-\p{L}+\.)?\s+)+`)

var officeHolder = regexp.MustCompile(`^(?:(?:Deputy|Vice|Prime|Defence|Defense|Foreign|Interior)\s+)?(?:Minister|President|Secretary|Commander|General|Admiral|Chief|Director|Chairman|Chair|Mayor|Governor|Ambassador|Spokesperson)\b`)

var jobTitle = prefilter.MustCompile(`(?i)\b(?:head|director|manager|officer|spokes(?:person|man|woman)|advis[eo]r|lead|executive|co-?ordinator|consultant|chief|secretary|attaché|chargée?|responsable|sprecher(?:in)?|referent(?:in)?|leiter(?:in)?)\b`)

var ledeSubject = regexp.MustCompile(`^(?:The\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’&.-]*){1,6})(?:\s+\(\p{Lu}[\p{Lu}&-]{1,9}\))?\s+(?:today|has|have|will|is|are|was|announced|opens|opened|launches|launched|unveils|unveiled|wins|won|signs|signed|completes|completed|welcomes|welcomed|says|said)\b`)

// article: a run that opens with an article is a noun phrase ("Das
// Milizsystem"), not a name.
var article = regexp.MustCompile(`^(?:The|A|An|La|Le|Les|L'|Die|Der|Das|Den|Det|El|Los|Las|Il|Lo|Gli|I|O|Os|As|De|Het|Een|Ein|Eine|Un|Une|Una|Uno)\s`)

// ledeRun: the capitalised words a lede opens with in any language,
// "Cruz Roja Española atendió …", "Stocznia Bałtycka S.A. zwodowała …",
// perhaps with the acronym it defines: "Guardia Costiera (GC) ha …".
// Slavic languages write "republic" in lower case after the country's
// adjective: "Armáda České republiky převzala …".
var ledeRun = regexp.MustCompile(`^(?:(?:The|La|Le|Les|L'|Die|Der|Das|El|Los|Il|Lo|A|O|As|Os|De|Het)\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|de|del|della|dei|degli|delle|di|do|da|du|des|der|für|för|van|voor|og|och|i|y|e)\s+)?` + nameWord + `){1,6}(?:\s+republi[ck]\p{L}*)?)(?:\s+\(\p{Lu}[\p{Lu}&-]{1,9}\))?\s+\p{Ll}`)

// nameWord: a capitalised word of a name, or the legal form that ends
// it, tried first so that "Sp. z o.o." is not cut at "Sp.".
const nameWord = `(?:(?:` + segment.LegalForms + `)|\p{Lu}[\p{L}'’&.-]*)`

var placeDash = regexp.MustCompile(`^\p{Lu}[\p{L}.'’ -]{0,30}?\s+[–—]\s+`)

var plural = regexp.MustCompile(`[^s]s$`)

// ledeRepeat reads a name in lower case that the lede opens with, as
// Slavic and Romance languages write them ("Министерство обороны
// Республики Беларусь начало …", "Ministerstvo obrany podepsalo …"):
// where the name ends is where the lede's opening stops recurring in the
// rest of the email, so it needs an organisation noun and a second
// mention.
func ledeRepeat(lede, rest string) string {
	ws := strings.Fields(lede)
	if len(ws) < 2 || !upperStart(ws[0]) || !orgWordRE.MatchString(strings.Join(ws[:min(3, len(ws))], " ")) {
		return ""
	}
	words := func(s string) string {
		return " " + strings.Join(strings.Fields(strings.ToLower(clausePunct.ReplaceAllString(s, " "))), " ") + " "
	}
	rest = words(rest)
	best := ""
	for n := 2; n <= min(len(ws), 8) && strings.Contains(rest, words(strings.Join(ws[:n], " "))); n++ {
		best = strings.Join(ws[:n], " ")
	}
	return best
}

var clausePunct = regexp.MustCompile(`[,.;:!?()]`)

// ledeTopic: the subject a caseless script's lede opens with, marked by
// a topic or subject particle or by the time word after it: "국방부는
// …", "海洋委員會海巡署今日…", "防衛装備庁は…".
var ledeTopic = regexp.MustCompile(`^([^\s、。，,（(「“]{2,30}?)(?:は|는|은|이|가|今日|今天|昨日|昨天|日前|近日|本日|宣布|表示)`)

var announced = prefilter.MustCompile(`,\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}'’&.-]*){0,6})\s+(?:announced|said|confirmed|has\s+announced)\b`)

func upperStart(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// expand finds the name a text defines an acronym by: the capitalised
// words, with their linking words, right before "(ACRONYM)", as in
// "the European Defence Agency (EDA)" or "Afet ve Acil Durum Yönetimi
// Başkanlığı (AFAD)".
func expand(acr string, body []block.Block) string {
	for head := range beforeAcronym(acr, body) {
		words := strings.Fields(head)
		j := len(words)
		for j > 0 && len(words)-j < 12 {
			w := words[j-1]
			if j < len(words) && endsClause(w) || !upperStart(w) && !linkWord.MatchString(strings.ToLower(w)) {
				break
			}
			j--
		}
		for j < len(words) && (!upperStart(words[j]) || linkWord.MatchString(strings.ToLower(words[j])) || article.MatchString(words[j]+" ")) {
			j++
		}
		// A name in the genitive starts where its acronym does: "Studie
		// des Zentrums für Cyberlage (ZCL)" names "Zentrums für
		// Cyberlage"; "NATO Cooperative … (CCDCOE)" is one name.
		for k := j + 1; k < len(words)-1; k++ {
			if firstLetter(words[k]) == firstLetter(acr) && firstLetter(words[j]) != firstLetter(acr) && linkWord.MatchString(strings.ToLower(words[k-1])) {
				j = k
				break
			}
		}
		if len(words)-j >= 2 {
			return strings.Join(words[j:], " ")
		}
		if full := definedBy(acr, words); full != "" {
			return full
		}
	}
	return ""
}

// beforeAcronym yields, for each block that writes "(ACR)", its text up
// to there: where the name the acronym stands for is written.
func beforeAcronym(acr string, body []block.Block) iter.Seq[string] {
	key := "(" + acr + ")"
	return func(yield func(string) bool) {
		for _, b := range body {
			t := b.Text()
			if i := strings.Index(t, key); i >= 0 && !yield(t[:i]) {
				return
			}
		}
	}
}

var (
	// wire: services that carry releases for others. "OTS" and the wires
	// print their own name where an issuer's would be.
	wire = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:ots|originaltext(?:-service)?|[a-z]*newswire|business\s?wire|globe\s?newswire|presseportal|news\s?aktuell|mynewsdesk|cision|accesswire|ein\s?presswire|ntb|ritzau)(?:[^\p{L}]|$)`)
	// behalf: an agency's "on behalf of our client X".
	behalf = prefilter.MustCompile(`(?:[Oo]n\s+behalf\s+of|[Ii]m\s+Auftrag\s+(?:von|der|des)|[Aa]u\s+nom\s+d[eu]|[Ee]n\s+nombre\s+de|[Pp]er\s+conto\s+di|[Nn]a\s+zlecenie|[Ww]\s+imieniu|[Nn]amens|[Pp]å\s+(?:uppdrag\s+av|vegne\s+a[vf])|[Ee]m\s+nome\s+d[aeo]|[Pp]or\s+conta\s+d[aeo])\s+(?:(?:our|my|unseres?|notre|nuestro|del|della|naszego|onze|vår|vores|nosso)\s+(?:client|Kunden|client|cliente|klienta|klant|kund|kunde)[,:]?\s+|the\s+|la\s+|le\s+|el\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|für|di|del)\s+)?` + nameWord + `){0,6})`)
	// ledeNoun: an organisation named by a lower-case noun after an
	// article, as Romance languages write them: "Le ministère des Armées".
	ledeNoun = regexp.MustCompile(`^(?:Le|La|L['’]|El|Il|Lo|O|A)\s*(\p{Ll}[\p{L}'’-]+\s+(?:de\s+la|de|des|du|del|della|dello|di|do|da|dos|das)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)`)
	// fromHeader: a forwarded release's own From line, quoted above it.
	fromHeader = regexp.MustCompile(`(?i)^[^\p{L}]*(?:from|von|de|van|från|fra|od)\s*:\s*(.*<[^>\s]+@[^>\s]+>)`)
)

// onBehalf reads "on behalf of our client X" in the covering note, above
// the release, in its first paragraph or below it.
func onBehalf(note string, s segment.Segments) string {
	if m := behalf.FindStringSubmatch(note); m != nil {
		return m[1]
	}
	bs := append(append([]block.Block{}, s.Pre...), s.Trailer...)
	if len(s.Body) > 0 {
		bs = append(bs, s.Body[0])
	}
	for _, b := range bs {
		if m := behalf.FindStringSubmatch(b.Text()); m != nil {
			return m[1]
		}
	}
	return ""
}

// sender is the release's own sender: the display name and address of
// the From line a forward quotes above the release, else of the message.
func sender(rel release, pre []block.Block) (name, addr string) {
	from, _ := mime.DecodeHeader(rel.from.Header.Get("From"), rel.from.Charset)
	lines := strings.Split(rel.note, "\n")
	for _, b := range append(append([]block.Block{}, rel.quoted...), pre...) {
		lines = append(lines, b.Lines...)
	}
	for _, l := range lines {
		if m := fromHeader.FindStringSubmatch(l); m != nil {
			from = m[1]
		}
	}
	i := strings.LastIndex(from, "<")
	if i < 0 {
		return "", strings.TrimSpace(from)
	}
	return strings.Trim(strings.TrimSpace(from[:i]), `"' `), from[i:]
}

// orgLike: a name that could be an organisation's rather than a person's.
func orgLike(name string) bool {
	return name != "" && (!segment.PersonLike(honorific.ReplaceAllString(name, "")) || orgWordRE.MatchString(name) || legalForm.MatchString(name) || stripDept(name) != name)
}

// expandAcronyms replaces an acronym, or a name holding one ("EU SatCen",
// "GdF Genova"), by the full name the text defines or spells.
func expandAcronyms(name string, body []block.Block, text string) string {
	if acronym.MatchString(name) {
		if full := expand(name, body); full != "" {
			return full
		}
		if full := initials(name, text); full != "" {
			return full
		}
		return name
	}
	if hebrewAcronym.MatchString(name) {
		if full := hebrewInitials(name, text); full != "" {
			return full
		}
		return name
	}
	ws := strings.Fields(name)
	for i := len(ws) - 1; i >= 0; i-- {
		if mixedAcronym(ws[i]) {
			if full := expand(ws[i], body); full != "" {
				return full
			}
		}
	}
	return name
}

// mixedAcronym: "SatCen", "MApN", "CCDCOE": a short word with two
// capitals or more.
func mixedAcronym(w string) bool {
	n, caps := 0, 0
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '&' {
			return false
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n >= 2 && n <= 10 && caps >= 2 && upperStart(w)
}

// signs: the name stands on a line of its own in a short block after the
// release, over a department or a number, as an organisation signs its
// contact block ("Polizeipräsidium Nord" over "Pressestelle").
func signs(name string, trailer []block.Block) bool {
	for _, b := range trailer {
		if len(b.Lines) > 8 {
			continue
		}
		for i, l := range b.Lines[:max(len(b.Lines)-1, 0)] {
			if next := b.Lines[i+1]; strings.EqualFold(strings.TrimSpace(l), name) && (stripDept(next) == "" || segment.PhoneLine(next)) {
				return true
			}
		}
	}
	return false
}
