package segment

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"newsdesk/draft"
	"newsdesk/process/normalise/dates"
	"newsdesk/process/normalise/prefilter"
)

// A dateline is read in two steps: the date is found first, and what
// stands before it must then be a place, an optional country, state or
// agency, and a connector ("PARIS, le", "Stockholm den", "LONDON,
// Tuesday"). Without a date the place must end in a dash or colon, as in
// "HALIFAX, N.S. –", "Wien (OTS) -" or "WASHINGTON--(BUSINESS WIRE)--".
const (
	// a place's word opens with a capital or a letter of a script without
	// case (Georgian's Mkhedruli letters are lower-case to Unicode)
	placeWord = `[\p{Lu}\p{Lo}\p{Georgian}][\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}'’.]+)*`
	// a place: an optional article, then up to four words joined by
	// spaces, hyphens or lower-case particles ("São José dos Campos").
	// A word for "city", "region" or "district" may stand after the name,
	// in the languages that write it so and in lower case ("Улаанбаатар
	// хот", "Астана қаласы", "Toshkent shahri", "Волинська область",
	// "Jihomoravský kraj", "Pest megye", "Splitsko-dalmatinska županija").
	placeRE = `((?:(?:The|THE|Le|LE|La|LA|Les|El|EL|Den|Al)\s+)?` + placeWord +
		`(?:(?:\s+(?:de|dos|do|da|das|del|di|du|des|la|le|am|an|upon|on|sur|en|y|i|op|aan)\s+|\s+|\s?/\s?)` + placeWord + `){0,3}` +
		`(?:\s+(?:хот|аймаг|сум|дүүрэг|қаласы|облысы|шаары|облусу|shahri|viloyati|şehri|kenti|ili|область|обл\.|район|край|округ|област|вобласць|oblast|kraj|okres|županija|okrug|megye|apskritis|maakond|novads))?)`
	// a country, state or province after the place: "England", "Va.",
	// "N.S.", "the Netherlands", "Northern Ireland".
	// Its words open with a capital, or a letter of a script without
	// case ("أبوظبي، الإمارات العربية المتحدة، 3 ديسمبر").
	regionRE = `(?:\s*[,，、،]\s*(?:the\s+)?[\p{Lu}\p{Lo}][\p{L}\p{M}'’.]*(?:\s+[\p{Lu}\p{Lo}][\p{L}\p{M}'’.]*){0,2})`
	agencyRE = `(?:\s*-{0,2}\s*\([^()\n]{1,40}\)\s*-{0,2})`
	// a wire's name between slashes before the date: "VANCOUVER, BC /
	// ACCESSWIRE / December 7, 2026 /", "TORONTO, ON / Newsfile Corp. / …"
	wireSlashRE = `(?:\s*/\s*[^/\n]{1,40}?\s*/)`
	// or in brackets with the date: "Toronto, Ontario--(Newsfile Corp. -
	// December 7, 2026) -"
	wireParenRE = `(?:\s*-{0,2}\s*\([^()\n]{1,40}?\s+[–—-]\s*)`
	// a separator, a dash of any kind or a colon
	sepRE = `(?:[–—-]{1,2}|:)`
)

var (
	// datePrefix is what may stand before the date; Korean writes an
	// equals sign after the place ("부산 = 2026년 12월 7일 -").
	datePrefix = regexp.MustCompile(`^` + placeRE + regionRE + `{0,2}(?:` + agencyRE + `|` + wireSlashRE + `|` + wireParenRE + `)?\s*(?:[,，、،=]|[–—-]{1,2})?\s*` +
		`(?:(?:le|den|dnia|dne|am|el|il|on|the|a|à|في|ngày)\s+)?(?:` + weekdayRE + `,?\s+(?:the\s+|le\s+|den\s+)?)?\(?$`)
	// noDate is a place closed by a separator with no date at all.
	noDate = regexp.MustCompile(`^` + placeRE + `(` + regionRE + `{0,2})(` + agencyRE + `)?[*_]{0,2}(\s*` + sepRE + `\s*)`)
	spaces = strings.NewReplacer("\u202f", " ", "\u2009", " ", "\u2007", " ", "\u2002", " ", "\u2003", " ", "\u00a0", " ")
	// afterDate: a year or day word ("r.", "г.", "թ.", Kazakh "ж.", Arabic
	// "م" (of the Gregorian era, "2026م"), "року",
	// "godine", Lithuanian "d."), a closing parenthesis, an agency or
	// wire tag, a full stop, then a separator (a slash too, as Arabic
	// agencies write "المدينة في … /"), the end or just white space
	// before the first words.
	afterDate = regexp.MustCompile(`^[电電]?[*_]{0,2}\.?\s*(?:[rгрdթж]\.|م|(?i:року|года|годзе|година|године|roku|godine|godina|έτους))?\s*\)?` + agencyRE + `?(?:/[^/\n]{1,40}/\s*)?\.?(?:\s*(?:` + sepRE + `|/)\s*|\s*$|[\s\x{3000}]+)`)
	// weekdayOnly is a date-only dateline's weekday: "Tuesday, 3 June 2025 –".
	weekdayOnly = regexp.MustCompile(`^` + weekdayRE + `,?\s+$`)
	weekdayRE   = `(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(?:mån|tis|ons|tors|fre|lör|sön|man|tirs|tors|fre|lør|søn)dag|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira)`
)

// dateline is a parsed "PLACE, date –" and what follows it.
type dateline struct {
	draft.Dateline
	rest string // the paragraph after the dateline: the body's first words
}

// ParseDateline reads a dateline at the start of s. Numeric dates are
// day-first except in US wire copy. A dateline without a place has an
// empty Place, one without a date an empty Date.
func ParseDateline(s string, ref *time.Time) (dateline, bool) {
	// Typographic spaces ("3\u202fjuin") read as spaces, and a dateline
	// set in bold ("*BERLIN, 3 June 2025* –") loses its markers.
	s = strings.TrimLeft(spaces.Replace(s), "*_")
	if d, ok := bracketedLine(s, ref); ok {
		return d, true
	}
	if d, ok := datedLine(s, ref); ok {
		return d, true
	}
	return undatedLine(s)
}

// bracketed is a dateline in brackets, its date and place split by a
// slash or comma in either order: "（2025年6月3日／台中）", "(台南/2025年6月3日)",
// "（台中，2025年6月3日）".
var bracketed = regexp.MustCompile(`^[（(【\[]\s*([^（()）【】\[\]／/，,\n]{1,40}?)\s*[／/，,]\s*([^（()）【】\[\]／/，,\n]{1,40}?)\s*[）)】\]]\s*`)

// bracketedLine reads a bracketed dateline: one part a date and nothing
// else, the other a place, then the body's first words.
func bracketedLine(s string, ref *time.Time) (dateline, bool) {
	m := bracketed.FindStringSubmatch(s)
	if m == nil {
		return dateline{}, false
	}
	for _, p := range [][2]string{{m[1], m[2]}, {m[2], m[1]}} {
		date, place := strings.TrimSuffix(p[0], "."), p[1]
		d, ok := dates.FindDate(date, false, false)
		if !ok || d.Start != 0 || d.End != len(date) || !placeLike(place) {
			continue
		}
		d, hasYear := dates.ResolveYear(d, ref)
		rest := strings.TrimSpace(s[len(m[0]):])
		if !hasYear || !d.Valid() || rest == "" || startsLower(rest) {
			return dateline{}, false
		}
		return dateline{Dateline: draft.Dateline{Place: place, Date: d.ISO()}, rest: rest}, true
	}
	return dateline{}, false
}

// datedLine reads "PLACE, date –" and "date –".
func datedLine(s string, ref *time.Time) (dateline, bool) {
	usWire := strings.Contains(s, "/PRNewswire/") || strings.Contains(s, "/Business Wire/") || strings.Contains(s, "(BUSINESS WIRE)")
	d, ok := dates.FindDateStartingBy(s, 90, usWire, false)
	if !ok {
		return dateline{}, false
	}
	place := ""
	if d.Start > 0 && !weekdayOnly.MatchString(s[:d.Start]) {
		m := datePrefix.FindStringSubmatch(s[:d.Start])
		if m == nil {
			return dateline{}, false
		}
		// In a script without case the place's pattern also takes the
		// connector before the date ("نيروبي في 3 ديسمبر").
		place = arabicIn.ReplaceAllString(m[1], "")
		if !placeLike(place) {
			return dateline{}, false
		}
	}
	tail := afterDate.FindStringIndex(s[d.End:])
	if tail == nil {
		return dateline{}, false
	}
	// A place in a script without case needs its comma or a wire's tag
	// after the date ("深圳2025年8月19日 /美通社/ --"): "禁止发布至2025年…"
	// ("embargoed until …") runs straight into the date.
	if place != "" && !unicode.IsUpper([]rune(place)[0]) && strings.TrimSpace(s[len(place):d.Start]) == "" &&
		!strings.Contains(s[d.End:d.End+tail[1]], "/") {
		return dateline{}, false
	}
	rest := strings.TrimSpace(s[d.End+tail[1]:])
	// Words straight after the date with no separator must open a
	// sentence; a date alone needs a year and words after it, so a date
	// line in a letterhead or "3 June 2025 marks …" is no dateline.
	if startsLower(rest) || clockTime.MatchString(rest) || place == "" && (d.Year == 0 || rest == "" || !dateAloneEnds(s[d.End:d.End+tail[1]], rest)) {
		return dateline{}, false
	}
	d, hasYear := dates.ResolveYear(d, ref)
	if !hasYear || !d.Valid() {
		return dateline{}, false
	}
	if place == "" && strings.ContainsAny(s[d.End:d.End+tail[1]], "–—-") {
		place, rest = placeAfterDate(rest)
	}
	return dateline{Dateline: draft.Dateline{Place: place, Date: d.ISO()}, rest: rest}, true
}

// leadPlace is a place with its province or state after a date that
// opens the line, closed by a dash: "December 8, 2026 – Ottawa, Ontario –".
var leadPlace = regexp.MustCompile(`^` + placeRE + `(?:` + regionRE + `{1,2}|\s*\(\p{Lu}[^()\n]{1,30}\))\s+[–—-]{1,2}\s+`)

// placeAfterDate reads the place of a dateline written date first, as
// governments do ("December 8, 2026 – Ottawa, Ontario – National Defence
// Today, …"), and skips the issuing body's name that may follow it. It
// returns no place and rest unchanged when rest opens with none.
func placeAfterDate(rest string) (string, string) {
	m := leadPlace.FindStringSubmatchIndex(rest)
	if m == nil || !placeLike(rest[m[2]:m[3]]) {
		return "", rest
	}
	place, after := rest[m[2]:m[3]], rest[m[1]:]
	return place, strings.TrimSpace(after[issuerRun(after):])
}

// issuerRun is the length of an issuing body's name before the lede
// ("Fisheries and Oceans Canada Today, the Minister …", "Défense nationale
// Aujourd'hui, le ministre …"): the lede opens with a word that never
// stands inside a body's name, an article, preposition or adverb of time
// ("The", "On", "Today", "Aujourd'hui"). A run of capitalised words and joiners with nothing after it is the name
// alone, the lede being in the next block. When unsure it is 0: the lede
// keeps every word ("Acme Corp. announced …").
func issuerRun(rest string) int {
	words := wordSpan.FindAllStringIndex(rest, 13)
	names := true // every word so far capitalised or a joiner
	for _, t := range words {
		w := strings.TrimRight(rest[t[0]:t[1]], ",")
		if w == "" {
			continue
		}
		if ledeOpener[w] {
			return t[0]
		}
		if strings.ContainsAny(LastRune(w), ".!?:;") {
			return 0 // a sentence ended before any lede opener
		}
		names = names && (bodyNameJoiner[w] || unicode.IsUpper([]rune(w)[0]))
	}
	if names && len(words) <= 12 {
		return len(rest)
	}
	return 0
}

var wordSpan = prefilter.MustCompile(`\S+`)

// bodyNameJoiner joins the words of a body's name: "Fisheries and Oceans
// Canada", "Office of the Auditor General", "National Defence / Canadian
// Armed Forces".
var bodyNameJoiner = map[string]bool{"and": true, "of": true, "for": true, "the": true, "on": true, "&": true, "/": true, "|": true,
	"et": true, "de": true, "des": true, "du": true, "la": true, "le": true, "–": true, "—": true, "-": true}

// ledeOpener opens the lede and never stands inside a body's name.
var ledeOpener = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "These": true, "Today": true, "Yesterday": true, "Tonight": true,
	"On": true, "In": true, "At": true, "As": true, "After": true, "Following": true, "During": true, "Over": true,
	"With": true, "Since": true, "Our": true, "We": true, "It": true,
	"Le": true, "La": true, "Les": true, "L'": true, "Un": true, "Une": true, "Ce": true, "Cette": true, "Aujourd'hui": true,
	"Aujourd’hui": true, "Hier": true, "Dans": true, "Lors": true, "Depuis": true,
	"Der": true, "Die": true, "Das": true, "Heute": true, "Gestern": true, "Am": true, "Im": true,
	"El": true, "Los": true, "Las": true, "Hoy": true, "Ayer": true, "Il": true, "Oggi": true, "Ieri": true,
	"Het": true, "Een": true, "Vandaag": true, "Gisteren": true,
}

// undatedLine reads "PLACE –", "PLACE, Region –", "Place (Agency) –" and
// "Place –". A mixed-case place of several words needs a region or an
// agency, since "Acme Corp – the leader" opens many sentences; the body
// must follow on the same line and open a sentence. A hyphen between
// letters joins a word ("OTS-ORIGINALTEXT"), it separates nothing.
func undatedLine(s string) (dateline, bool) {
	m := noDate.FindStringSubmatchIndex(s)
	if m == nil {
		return dateline{}, false
	}
	place, rest, sep := s[m[2]:m[3]], strings.TrimSpace(s[m[1]:]), s[m[8]:m[9]]
	region, agency := m[5] > m[4], m[6] >= 0
	// Spanish closes a place with a full stop and a dash ("SANTIAGO.-"),
	// which marks a dateline as surely as a region does.
	stopDash := strings.HasSuffix(place, ".") && strings.HasPrefix(sep, "-")
	if stopDash {
		place = strings.TrimSuffix(place, ".")
	}
	if !placeLike(place) || !sentence(rest) || sep == "-" && !region && !agency ||
		!region && !agency && !stopDash && !noLower(place) && !oneWordDashed(place, sep) {
		return dateline{}, false
	}
	return dateline{Dateline: draft.Dateline{Place: place}, rest: rest}, true
}

// placeLike accepts "BRUSSELS", "PORT GLASGOW", "The Hague", "東京" and
// refuses sentence openings such as "However" or "In London".
func placeLike(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len([]rune(p)) > 40 {
		return false
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if notPlace[lw] && !(i == 0 && len(words) > 1 && articles[lw]) {
			return false
		}
		for _, part := range strings.Split(lw, "-") {
			if lw != part && len(part) > 3 && notPlace[part] { // "PRESS-RELEASE", "MEDIA-ADVISORY"
				return false
			}
		}
	}
	if !unicode.IsUpper([]rune(p)[0]) {
		return len(words) <= 2 && len([]rune(p)) <= 12 // a script without case
	}
	capital := 0
	for _, w := range words {
		if unicode.IsUpper([]rune(w)[0]) {
			capital++
		}
	}
	return noLower(p) && len([]rune(p)) >= 2 || capital <= 3
}

// oneWordDashed is a one-word place set off by a spaced dash, as in
// "Tampere – Yhtiö on …": a company's name rarely stands so, alone.
func oneWordDashed(place, sep string) bool {
	t := strings.TrimSpace(sep)
	return !strings.Contains(place, " ") && (t == "–" || t == "—" || t == "-") && strings.HasPrefix(sep, " ") && strings.HasSuffix(sep, " ")
}

func noLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// sentence says whether s reads as the body's first sentence rather than
// a headline ("NÚKIB: Počet útoků …"), a label's value ("SPERRFRIST: 05.06.")
// or the rest of a word ("PRESS-RELEASE").
func sentence(s string) bool {
	r := []rune(s)
	return len(r) > 0 && (unicode.IsLetter(r[0]) || strings.ContainsRune(`"“„«'‘`, r[0])) && !unicode.IsLower(r[0]) &&
		len(strings.Fields(s)) >= 8 && strings.ContainsAny(s, ".!?。")
}

// dateAloneEnds says whether a date with no place is closed as a dateline
// is: by a separator, or, in scripts without case, by a space. "Tuesday 3
// June 2025 Press Release" in a letterhead is no dateline.
func dateAloneEnds(tail, rest string) bool {
	r := []rune(rest)
	return strings.ContainsAny(tail, "–—-:") || !unicode.IsUpper(r[0]) && !unicode.IsLower(r[0])
}

// clockTime opens what follows a date that is a timestamp or an embargo
// time, not a dateline: "June 03, 2025 09:00 AM".
var clockTime = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\b`)

// arabicIn is the Arabic "في" (in, on) between a place and its date, after
// any run of spaces.
var arabicIn = prefilter.MustCompile(`\s+في$`)

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r)
	}
	return false
}

var articles = map[string]bool{"the": true, "le": true, "la": true, "les": true, "el": true, "den": true, "al": true}

var notPlace = map[string]bool{
	"the": true, "in": true, "on": true, "however": true, "today": true, "yesterday": true, "dear": true,
	"hi": true, "hello": true, "thanks": true, "date": true, "issued": true, "published": true, "from": true,
	"sent": true, "by": true, "and": true, "but": true, "if": true, "when": true, "as": true, "at": true,
	"meanwhile": true, "separately": true, "earlier": true, "later": true, "also": true, "since": true, "until": true,
	"le": true, "la": true, "les": true, "el": true, "den": true, "al": true,
	// labels that end in a colon or dash are no places either
	"note": true, "notes": true, "update": true, "updated": true, "correction": true, "corrected": true,
	"embargo": true, "embargoed": true, "contact": true, "contacts": true, "media": true, "press": true,
	"release": true, "news": true, "editors": true, "editor": true, "ends": true, "end": true, "attention": true,
	"subject": true, "re": true, "fw": true, "fwd": true, "photo": true, "photos": true, "video": true,
	"notice": true, "advisory": true, "statement": true, "for": true, "immediate": true, "about": true,
	"time": true, "where": true, "what": true, "who": true, "location": true, "venue": true, "tel": true,
	"phone": true, "email": true, "e-mail": true, "web": true, "source": true, "to": true, "cc": true,
	// nor are a paragraph's lead-in words set off by a dash ("Background –", "Nota.-")
	"background": true, "summary": true, "highlights": true, "reminder": true, "agenda": true, "programme": true,
	"program": true, "breaking": true, "exclusive": true, "alert": true, "invitation": true, "nota": true, "aviso": true,
	"hinweis": true, "achtung": true, "info": true, "remarque": true, "rappel": true, "huom": true, "obs": true,
	// and their kin in the other languages that set them off so ("Importante.-", "Wichtig –")
	"importante": true, "atención": true, "atencion": true, "recordatorio": true, "aclaración": true, "corrección": true,
	"actualización": true, "convocatoria": true, "urgente": true, "attenzione": true, "avviso": true, "atenção": true,
	"lembrete": true, "correção": true, "atualização": true, "wichtig": true, "korrektur": true, "erinnerung": true,
	"einladung": true, "aktualisierung": true, "important": true, "urgent": true, "rectificatif": true,
	// nor is the label of a distribution or recipient list under a listed
	// company's release ("JAKELU:", "DISTRIBUTION:", "Verteiler:")
	"distribution": true, "recipients": true, "jakelu": true, "vastaanottajat": true,
	"verteiler": true, "empfänger": true, "diffusion": true, "destinataires": true, "distribución": true,
	"destinatarios": true, "distribuzione": true, "destinatari": true, "distribuição": true, "destinatários": true,
	"verspreiding": true, "ontvangers": true, "mottagare": true, "sändlista": true, "distribusjon": true,
	"mottakere": true, "modtagere": true, "rozdzielnik": true, "adresaci": true, "rozdělovník": true, "adresáti": true,
	"jaotus": true, "levitamine": true, "saajad": true, "terjesztés": true, "címzettek": true, "рассылка": true,
	"получатели": true, "розсилка": true, "одержувачі": true,
	// a weekday before the date ("Monday, 3 March") is no place either
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
}
