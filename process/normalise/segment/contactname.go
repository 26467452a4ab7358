package segment

import (
	"regexp"
	"strings"
	"unicode"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

// contactName picks the person named in a contact block, or else the
// office ("NATO Press and Media Section"): the first part of each line,
// before a comma, bar or slash, that is neither label, number nor address.
// An office is taken as written up to its number or address, organisation
// and all ("Press Information Cell, Ministry of Defence"); a label that is
// an office's name ("Press Office" over a number, "Defence Media:" before
// an address) names the entry when nothing else does. Words that spell an address's domain
// ("Brennan Munitions" for …@brennan-munitions.example) are the
// organisation, not a person; addrs are addresses the entry may have
// besides those in its lines.
func contactName(lines []string, addrs ...string) string {
	for _, l := range lines {
		addrs = append(addrs, EmailRE.FindAllString(l, -1)...)
	}
	// personal: a person's own mailbox is among the addresses, so a
	// person may follow an office's name after a dash ("דוברות אווירון –
	// נועה לוי" over noa.levi@…).
	personal := false
	for _, a := range addrs {
		personal = personal || personalMailbox(a)
	}
	// prev: the office written on the line before, "" when it has none.
	var office, other, label, issuer, prev string
	for _, l := range lines {
		if postcodeTown.MatchString(l) && !PhoneLine(l) && !EmailRE.MatchString(l) {
			continue // "C/ Guzmán el Bueno, 110 – 28003 Madrid": a postal address names no one
		}
		if SignOff.MatchString(l) {
			continue // "בברכה,", "Kind regards,": a letter's close names no one
		}
		if placeAndDate(strings.TrimSpace(l)) {
			continue // "Leith, 3 June 2025", "12 July 2025": a date and its place name no one
		}
		if timeLabel.MatchString(lineLabel.FindString(l)) {
			continue // "보도 일시: 즉시 보도 가능", "Embargo: none": a time names no one
		}
		if notesHeading.MatchString(l) && !strings.ContainsAny(l, "@0123456789") && len(strings.Fields(l)) <= 8 {
			continue // "Notes to editors", "Noot voor de redactie, niet voor publicatie:": a heading names no one
		}
		if bracketHeading.MatchString(l) {
			continue // "【本件に関するお問い合わせ先】": a heading in brackets names no one
		}
		if aboutHeading(block.Block{Lines: []string{l}}) {
			continue // "À propos de Météo-France" over the boilerplate names no one
		}
		issued := issuedBy.MatchString(strings.TrimSpace(l)) || outOfHours.MatchString(l)
		l, named := stripLabel(l)
		if named == "" {
			// "Irish Coast Guard Press Office: 01 555 0117", "Pressevakt:
			// +47 …", "דוברות: 050-…": a press line's own name.
			named = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(lineLabel.FindString(l)), ":："))
			if !pressLine.MatchString(named) || wholeLabel(named) || labelledPhone.MatchString(named+" 0000000") || phoneLabel.MatchString(named+":") {
				named = ""
			}
		}
		if cut := leadIn(named); cut > 0 {
			named = named[cut:] // "contact the NCIA Public Affairs Office:"
		}
		if label == "" {
			label = named
		}
		lbl := strings.TrimRight(strings.TrimSpace(lineLabel.FindString(l)), ":：")
		if lbl != "" && !colonCase.MatchString(l) && (labelledFirst.MatchString(lbl+" 0000000") || !labelledPhone.MatchString(lbl+" 0000000")) {
			// "王小姐 電話：02-…": a name before a phone label stays.
			l = lineLabel.ReplaceAllString(l, "")
		}
		l = issuedBy.ReplaceAllString(l, "")
		// from, to: the office written on this line, as offsets into l.
		// closed: the office has ended; later parts may still name the
		// person ("株式会社ミナト工機　広報室　田中 花子").
		from, to, listed, closed := -1, -1, false, false
		at := 0
		for _, part := range ContactSep.Split(l, -1) {
			start := at + strings.Index(l[at:], part)
			at = start + len(part)
			part = strings.TrimSpace(part)
			start += strings.Index(l[start:], part)
			number := firstPhone([]string{part}) != ""
			// "tel. 22 555 01 01": nothing but a number and its label.
			digitsFirst := strings.TrimLeft(part, " (+")
			// The label may be in any of the desk's scripts: "тел.", "Τηλ.", "電話：".
			onlyNumber := number && (phoneLabel.MatchString(part) || labelledFirst.MatchString(part) ||
				digitsFirst != "" && unicode.IsDigit(rune(digitsFirst[0])))
			// "Josh Nguyen 0400 555 219", "王小姐 電話：02-…": the name ends
			// where the number or its label starts (both have digits).
			for _, re := range []*prefilter.Regexp{labelledPhone, phoneRE} {
				if digitCount(part) < 2 {
					break
				}
				if loc := re.FindStringIndex(part); loc != nil && loc[0] > 0 {
					part = strings.TrimRight(part[:loc[0]], " ([（-–—:：.")
				}
			}
			// A label alone is no name, unless it is an office's: "Press
			// Office | +44 …", "Press Office, Danish Ministry of Defence".
			// "Office of the Minister for Defence Industry: Alex Turner":
			// the name after a label too long to be a line label.
			// "Oficina de Prensa del Ministerio de Defensa: 91 555 01 02":
			// an office's name as the label of its number names it.
			if loc := longLabel.FindStringIndex(part); loc != nil && !colonCase.MatchString(part) {
				head, rest := strings.TrimSpace(strings.TrimRight(part[:loc[1]], ":：")), strings.TrimSpace(part[loc[1]:])
				if (rest == "" || spacedNumber.MatchString(rest)) && pressLine.MatchString(head) && !strings.ContainsAny(head, "@") {
					part = head
				} else {
					part = rest
				}
			}
			if from < 0 {
				// "please contact the DE&S press office on …", "Bitte
				// wenden Sie sich an die Pressestelle …": the office
				// after a sentence's lead-in.
				if cut := leadIn(part); cut > 0 {
					start += cut
					part = part[cut:]
				}
			}
			// "تلفن", "फोन": a phone label left alone before its number.
			// "PRESS RELEASE | … | Contact: press@…": a document's label
			// names no one.
			blank := part == "" || strings.ContainsAny(part, "@:") && !colonCase.MatchString(part) || phoneRE.MatchString(part) || spacedNumber.MatchString(part) || webAddress.MatchString(part) || documentLabel(part) ||
				labelledFirst.MatchString(part+" 0000000") ||
				wholeLabel(part) && len(strings.Fields(part)) <= 3 && !PersonLike(part) && !officeLabel.MatchString(part)
			if from >= 0 && !closed && (blank || number || place.MatchString(part) || !joins(l[to:start])) {
				// The office ends at its number or address, its street,
				// or a column ("Defence Press Office | Main Building,
				// Whitehall"); "…, Danish Ministry of Defence: +45 …"
				// ends it after its last words.
				if number && !onlyNumber && !blank && !place.MatchString(part) && joins(l[to:start]) {
					to = start + len(part)
				}
				closed = true
			}
			if blank {
				continue
			}
			// "المكتب الإعلامي – أحواض الخليج": in a script without
			// capitals the words after an office and a dash go on with
			// its name, unless a person's mailbox is the entry's; after a
			// comma they may name a person.
			dashed := from >= 0 && !closed && !hasCase(part) && strings.ContainsAny(strings.TrimSpace(l[to:start]), "–—-") && !personal
			if name := personIn(part); name != "" && !spellsDomain(name, addrs) && !dashed {
				return name
			}
			if closed {
				continue
			}
			words := len(strings.Fields(part))
			if from < 0 {
				listed = (orgWord.MatchString(part) || orgCompound.MatchString(part) || pressLine.MatchString(part) || officeEnd.MatchString(part) || officeNoun.MatchString(part)) && (words <= 8 || words <= 14 && titleShaped(part))
				if listed && words >= 4 && closingStop.MatchString(part) {
					break // "Météo-France est le service météorologique national.": an About section's sentence, no office
				}
				if !listed && words == 1 {
					continue // a role or an office in one word: "Unternehmenskommunikation"
				}
				if !listed && (words > 6 || strings.ContainsAny(part, ".!?")) {
					break // only the first part of a line names someone
				}
				from = start
			}
			to = start + len(part)
		}
		if from < 0 {
			prev = ""
			if named != "" && named == label && strings.TrimSpace(l) == "" && officeLabel.MatchString(named) {
				prev = named // "Press Office" on a line of its own
			}
			continue
		}
		// "Pressestelle ZCL, Jonas Wiedemann": the office, then perhaps
		// the person. An office in words the lists do not hold ("Biroul
		// de presă al MApN", "tiskové oddělení") counts only when no
		// listed one does.
		written := connective.ReplaceAllString(l[from:to], "")
		if loc := contactCue.FindStringIndex(written); loc != nil && loc[0] == 0 {
			written = written[loc[1]:] // "kontakta Försvarsmaktens presstjänst": the office after the verb
		}
		if issued {
			// "Issued by: Corporate Communications" over "Press Office:
			// 01632 …": the unit issuing the release, or the desk to
			// call out of hours ("Out of hours: contact the Force Control
			// Room on …"), names the contact only when no other line
			// names the contact point.
			if issuer == "" {
				issuer = written
			}
		} else if prev != "" && prev == office && !pressLine.MatchString(prev) && pressLine.MatchString(written) {
			// "Polizeipräsidium Westfalen-Süd" over "Pressestelle": an
			// organisation's press office on two lines is one office.
			office, other = prev+", "+written, ""
		} else if prev != "" && prev == label && office == "" && !pressLine.MatchString(written) {
			// "Press Office" over "Ministry of Defence" or "Harbour
			// Robotics": the office, then its organisation.
			office = prev + ", " + written
		} else if listed && office == "" {
			office = written
		} else if !listed && other == "" {
			other = written
		}
		prev = written
	}
	for _, n := range []string{office, other, label, issuer} {
		if n != "" {
			return remark.ReplaceAllString(n, "")
		}
	}
	return ""
}

// remark: a remark in brackets after an office's name, in lower case or
// figures, saying when or how it answers ("Pressjour (dygnet runt)",
// "Press desk (24/7)", "Pressestelle (werktags)"), or the abbreviation
// of the name ("Oficina de Relaciones Informativas (ORI)"): no part of
// the name.
var remark = prefilter.MustCompile(`\s*[(（](?:[\p{Ll}\p{N}][^)）]*|\p{Lu}[\p{Lu}\p{N}.&-]{1,9})[)）]\s*$`)

// closingStop: a full stop after a word of five letters or more in lower
// case (or in a script without case) ends a sentence; an office's name
// ends in a capital or an abbreviation ("Inc.", "Corp.", "ΕΛ.ΑΚΤ.").
var closingStop = prefilter.MustCompile(`(?:^|\s)\pL[\p{Ll}\p{Lo}\p{M}]{4,}[.。।]$`)

// outOfHours: a line for calls outside office hours, in the desk's
// languages ("Out of hours:", "After hours", "Außerhalb der
// Bürozeiten", "En dehors des heures ouvrables", "Fuera del horario",
// "Utanför kontorstid", "Virka-ajan ulkopuolella", "Poza godzinami").
var outOfHours = prefilter.MustCompile(`(?i)^[^\pL\pN]*(?:out(?:side)?\s+(?:of\s+)?(?:office\s+|working\s+)?hours|after[\s-]+hours|außerhalb\s+der\s+(?:büro|dienst|geschäfts)zeiten|en\s+dehors\s+des\s+heures|fuera\s+del?\s+horario|al\s+di\s+fuori\s+dell'orario|fora\s+do\s+horário|buiten\s+kantoortijd|utanför\s+kontorstid|uden\s+for\s+(?:kontortid|arbejdstid)|utenom\s+kontortid|virka-ajan\s+ulkopuolella|poza\s+godzinami)`)

// timeLabel: the label of a date or a time of release, in the desk's
// languages ("배포 일시:", "解禁日時：", "发布时间：", "Datum:",
// "Sperrfrist:"): its line names no one.
var timeLabel = prefilter.MustCompile(`(?i)(?:일시|일자|시간|日時|日付|時間|时间|日期|(?:^|\s)(?:date|time|datum|data|fecha|heure|tid|aika|päivämäärä|czas|дата|время|час|ημερομηνία|ώρα|tarih|saat|embargo|sperrfrist|julkaisuvapaa)\s*[:：])`)

// documentName: a part that is nothing but the name of the document, a
// press release, in the languages and scripts ReleaseLabel does not
// read ("보도자료", "報道発表資料", "新闻稿", "Δελτίο Τύπου", "Пресс-релиз"),
// over a contact table at a release's top: its press word names no
// office.
var documentName = prefilter.MustCompile(`(?i)^[^\pL\pN]*(?:보도\s*(?:참고\s*)?자료|報道(?:発表)?資料|報道発表|(?:プレス|ニュース)リリース|新[闻聞](?:稿|通稿|发布|發布)|пресс-релиз|прес-?реліз|δελτίο\s+τύπου|komunikat\s+prasowy|tiskov[áa]\s+zpráva|basın\s+(?:bülteni|duyurusu|açıklaması)|sajtóközlemény|comunicat\s+de\s+pres[ăa]|بيان\s+صحفي|הודעה\s+לעיתונות|siaran\s+pers|thông\s+cáo\s+báo\s+chí)[^\pL\pN]*$`)

// colonCase: an abbreviation's case ending after a colon, as Swedish
// and Finnish write it ("MPF:s presstjänst", "YK:n tiedotus"): no label.
var colonCase = prefilter.MustCompile(`(?:^|\s)\p{Lu}{2,}[:：]\p{Ll}{1,3}\s`)

// documentLabel: the part is a document's label ("PRESS RELEASE",
// "Media statement"), not an office named after one ("Press
// Information Cell") nor a role before a name ("Press Information
// Officer Jane Smith").
func documentLabel(part string) bool {
	if documentName.MatchString(part) {
		return true
	}
	loc := ReleaseLabel.FindStringIndex(part)
	return loc != nil && !orgWord.MatchString(part[loc[1]:]) && personIn(part) == ""
}

// postcodeTown: a postcode before a town ("28003 Madrid", "371 23
// Karlskrona", "00-909 Warszawa"), which makes a line of a contact
// block a postal address; looser than postalAddress, which must tell a
// letterhead from a title.
var postcodeTown = prefilter.MustCompile(`(?:^|[^\d\pL])(?:\d{4,5}|\d{3} \d{2}|\d{2}-\d{3})\s+\p{Lu}\p{L}*`)

// webAddress: a part that is a web address or a social handle
// ("images.defence.example", "www.…", "@DefenceHQ"), no one's name.
var webAddress = regexp.MustCompile(`(?i)^(?:https?|www\.|@)|^[\w-]+(?:\.[\w-]+)*\.\pL{2,}(?:/\S*)?$`)

// joins: the separator between two parts of a line carries an office's
// name on ("Press Office, Danish Ministry of Defence", "Feuerwehr
// Hamburg – Pressestelle"); a column ("|", "/") ends it.
func joins(sep string) bool {
	switch strings.TrimSpace(sep) {
	case ",", "–", "—", "-":
		return true
	}
	return false
}

// connective: an article (and a verb) before an office written in a
// sentence ("Email the Press Office"), or a preposition before its
// number ("contact the Press Office on 01632 …").
var connective = regexp.MustCompile(`^(?:(?i:e-?mail|call|phone|ring|write\s+to)\s+)?(?:the|our)\s+|\s+(?:on|at|via|by|au|al|à|en|op|på|na|em|unter|bei|под|по)$`)

// spellsDomain: the words spell the start of an address's domain, as an
// organisation's do ("Rotes Kreuz Steiermark" for roteskreuz-stmk.example).
func spellsDomain(name string, addrs []string) bool {
	ws := strings.Fields(foldASCII(name))
	if len(ws) < 2 {
		return false
	}
	head := ws[0] + ws[1]
	for _, a := range addrs {
		domain := strings.ToLower(a[strings.LastIndex(a, "@")+1:])
		if i := strings.Index(domain, "."); i >= 0 {
			domain = domain[:i]
		}
		// "Astilleros del Norte" for prensa@astilleros.example: the
		// domain is the name's first word, a long one, whole.
		if strings.HasPrefix(strings.ReplaceAll(domain, "-", ""), head) || len(ws[0]) >= 5 && (domain == ws[0] || strings.HasPrefix(domain, ws[0]+"-")) {
			return true
		}
	}
	return false
}

// orgCompound: a word ending as the compounds naming organisations do in
// German, Dutch and the Nordic languages ("Landeskommando", "Kystverket",
// "Rajavartiolaitos"), also in the genitive ("Landeskommandos"): an
// office's name, not a person's.
var orgCompound = prefilter.MustCompile(`(?i)\p{L}{2,}(?:amt|ministerium|ministerie|ministeriö|kommando|verband|behörde|zentrum|zentrale|stelle|abteilung|dienst|direktion|präsidium|gesellschaft|werft|agentur|kammer|verket|styrelsen|departementet|myndigheten|tjeneste|tjänst|laitos|virasto|keskus)s?\b`)

// courtesy: the word of courtesy opening a request to get in touch, in
// the desk's languages ("please", "bitte", "veuillez", "por favor").
var courtesy = regexp.MustCompile(`(?i)^(?:please|kindly|bitte|veuillez|merci\s+de|por\s+favor|favor\s+de|si\s+prega\s+di|gelieve|vänligen|vennligst|venligst|prosimy\s+o|prosíme)[\s,]+`)

// callVerb: a verb of getting in touch that contactCue does not hold,
// as a sentence opens with it ("call the", "write to the", "appelez le",
// "llame a la", "rufen Sie … an").
var callVerb = prefilter.MustCompile(`(?i)^(?:call|phone|ring|telephone|e-?mail|write\s+to|speak\s+to|talk\s+to|get\s+in\s+touch\s+with|appelez|écrivez\s+à|llame\s+a|escriba\s+a|llamar\s+a|escribir\s+a|chiamate|chiamare|scrivete\s+a|scrivere\s+a|schreiben\s+sie\s+an|ring\s+till|ring\s+til|soita|soittakaa|bel|mail)\s+`)

// leadArticle: the article before an office's name, in the desk's
// languages ("the Press Office", "die Pressestelle", "le service de
// presse", "la Oficina de Prensa", "il Ufficio Stampa").
var leadArticle = regexp.MustCompile(`(?i)^(?:(?:the|our|die|der|das|den|le|la|les|el|los|las|il|lo|gli|de|het|o|a|os|as)(?:\s+|$)|l['’]\s*)`)

// leadIn is the length of the words opening s that lead in to a
// contact's name without being part of it: a request to get in touch
// ("please contact the", "wenden Sie sich an die", "contactez le",
// "call the", "kontakta"), or an article alone before an office's name
// ("The Press Office"); 0 when there are none. A capitalised verb with
// no article after it may open an office's own name ("Contact Centre").
func leadIn(s string) int {
	cut := 0
	polite := false
	if loc := courtesy.FindStringIndex(s); loc != nil {
		cut, polite = loc[1], true
	}
	verb := false
	for _, re := range []*prefilter.Regexp{contactCue, callVerb} {
		loc := re.FindStringIndex(s[cut:])
		if loc == nil || loc[0] != 0 || loc[1] == 0 {
			continue
		}
		cue, rest := s[cut:cut+loc[1]], s[cut+loc[1]:]
		lower := unicode.IsLower([]rune(cue)[0])
		if polite || lower || articleEnd.MatchString(cue) || leadArticle.MatchString(rest) {
			cut += loc[1]
			verb = true
		}
		break
	}
	if loc := leadArticle.FindStringIndex(s[cut:]); loc != nil {
		rest := s[cut+loc[1]:]
		if verb || (pressLine.MatchString(rest) || orgWord.MatchString(rest) || orgCompound.MatchString(rest)) && personIn(rest) == "" {
			cut += loc[1]
		}
	}
	if strings.TrimSpace(s[cut:]) == "" {
		return 0
	}
	return cut
}

// articleEnd: the words of a cue end in an article ("contact the ",
// "contactez le ").
var articleEnd = prefilter.MustCompile(`(?i)\s(?:the|our|die|der|das|den|le|la|les|el|il|lo|de|het)\s+$`)

// bracketHeading: a line wholly in the brackets East Asian typography
// sets a heading in ("【お問い合わせ先】", "〔문의〕", "［联系方式］").
var bracketHeading = regexp.MustCompile(`^\s*[【〔［〖《][^】〕］〗》]*[】〕］〗》]\s*$`)

// notesHeading: a line opening with the heading of the notes to
// editors, in the desk's languages.
var notesHeading = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?['’]?\s+notes?|note\s+aux\s+rédactions|` + notesToEditors + `)(?:[^\p{L}\p{N}]|$)`)
