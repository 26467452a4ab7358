package normalise

import (
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/dates"
	"newsdesk/process/normalise/memo"
	"newsdesk/process/normalise/segment"

	"newsdesk/process/normalise/prefilter"
)

var (
	// aboutHead: "About X" and its equivalents, the name after the cue
	// and perhaps a word for company ("Über X", "À propos de X", "Om X",
	// "O firmie X", "О компании X") or before it
	// ("X hakkında", "Xについて", "X 소개", "X lyhyesti").
	aboutHead = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:about|über|à\s+propos|acerca\s+de(?:\s+la|\s+el)?|sobre(?:\s+[ao]s?)?|informazioni\s+su|chi\s+è|om|over|o|tietoa|о(?:\s+компании)?|про|σχετικά\s+με(?:\s+την?|\s+το|\s+τα|\s+τους?)?|despre|apie|par|về|tentang|informacje\s+o|نبذة\s+عن|عن|関於|关于|關於|אודות)\s+(?:(?:de|du|des|d['’])\s*)?(?:the\s+|l['’]|la\s+|le\s+|el\s+|die\s+|der\s+|das\s+|den\s+|det\s+)?(?:(?:firmie|spółce|společnosti|spoločnosti|företaget|selskapet|selskabet|société|empresa|azienda|firma|unternehmen|cégről|компании|компанії)\s+)?(.{2,80}?)[^\p{L}\p{N}]*$`)
	aboutTail = regexp.MustCompile(`^[^\p{L}\p{N}]*(.{2,80}?)\s*(?:hakkında|について|(?:에\s+)?대하여|소개|lyhyesti|簡介|简介|概要)[^\p{L}\p{N}]*$`)
	// selfRef: "About us", "Über uns": the name is in the text below.
	selfRef = prefilter.MustCompile(`(?i)^(?:us|uns|nous|nosotros|noi|oss|os|meg|meitä|nas|nás|нас|nama|nami|mus|mums|kami|chúng\s+tôi|我们|我們|우리|الشركة|المجموعة|المؤسسة|perusahaan|công\s+ty|we|company|the\s+company|unternehmen|l['’]entreprise|la\s+empresa|l['’]azienda|företaget|selskabet|selskapet|yritys|firmie|společnosti|компании|会社|当社|弊社|公司|本公司|회사|당사)$`)
	// whoWeAre: an About heading that names no one: "Chi siamo", "Who we
	// are"; the name is in the text below.
	whoWeAre = prefilter.MustCompile(`(?i)^\W*(?:who\s+we\s+are|chi\s+siamo|qui\s+sommes-nous\s*\??|quiénes\s+somos|quem\s+somos|wer\s+wir\s+sind|wie\s+zijn\s+wij|kim\s+jesteśmy|kdo\s+jsme|vilka\s+vi\s+är|hvem\s+er\s+vi|hakkımızda|من\s+نحن)\W*$`)
	// dept: the department words a sender or a contact adds to its
	// organisation's name, in the languages the desk receives.
	dept       = `(?:(?:kommunikasjon|kommunikation|komunikac|communicati|comunica|pressestell|presseabteil|pressesprech|rzecznik|prasow|relații|iletişim|halkla|persvoorlicht)\p{L}*|press|media|news|newsletter|preses|afdeling|skyrius|public\s+(?:affairs|relations|information)|odnos\p{L}*\s+(?:s|sa|z)\s+javno[sš]\p{L}*|однос\p{L}*\s+(?:с|са|со)\s+јавнос?\p{L}*|viešųjų\s+ryšių|spaudos|preses\s+dienest\p{L}*|sabiedrisko\s+attiecīb\p{L}*|imprensa|assessoria|tlačov\p{L}*|(?:bahagian\s+)?komunikasi|korporat|(?:kitengo\s+cha\s+)?mawasiliano|(?:zyra\s+e\s+)?shtypit(?:\s+e)?|(?:phòng\s+|ban\s+)?truyền\s+thông|dinas\s+penerangan|penerangan|humas|मीडिया|जनसंपर्क|corporate|investor|external|strategic|communications?|relations|office|section|team|desk|centre|center|service|services|room|cell|unit|directorate|department|division|bureau|newsroom|PRO|PAO|PIO|IR|PR|comms|spokesperson|presse|pressestelle|pressesprecher|kommunikation|unternehmenskommunikation|medienstelle|medien|relations\s+presse|service\s+de\s+presse|communication|prensa|gabinete|comunicação|comunicación|comunicazione|comunicare|relaciones|ufficio|stampa|pers|voorlichting|presstjänst|pressetjeneste|press(?:e)?va[gk]t\p{L}*|pressjour\p{L}*|presseavdeling|kommunikasjon|kommunikationsafdeling|pressiosakond|pressi(?:esindaja|teenistus|keskus|büroo|sekretär)\p{L}*|kommunikatsiooni\p{L}*|woordvoer\p{L}*|portavoce|portavoz|porte-parole|mluvčí|hovorca|rzeczniczka|sözcü\p{L}*|(?:i|İ)lişkiler\p{L}*|департамент\p{L}*|відділ\p{L}*|прес-служб\p{L}*|пресс-служб\p{L}*|пресслужб\p{L}*|viestintä|tiskové|tiskove|oddělení|oddeleni|odbor|komunikace|biuro|prasowe|rzecznik|sajtóiroda|kommunikációs|szolgálat|komunikacijos|departamentas|пресс-служба|прес-служба|пресс-центр|отдел|служба|biroul|presă|direcția|služba|oficina|departamento|département|departement|contacts?|kontakt\p{L}*|dirección|direção|direzione|departamentul|informare|publice|basın|bas[ıi]n\s+(?:b[üu]ros[uü]|m[üu][şs]avirli[ğg]i)|müşavirliği|kurumsal|bürosu|γραφείο|τύπου|пресцентър|пресслужба|пресс-служба|прес-центр)`
	deptTail   = prefilter.MustCompile(`(?i)(?:(?:^|\s+)(?:(?:of|for|and|&|de|du|des|la|le|da|do|der|für|för|av|van|voor|za|s|i|con|ve)\s+)?` + dept + `)+\s*$`)
	deptHead   = prefilter.MustCompile(`(?i)^(?:the\s+)?(?:` + dept + `\s+(?:(?:and|&|of|de|du|des|la|za|за|with|ve)\s+)*)+(?:(?:of|from|de\s+la|de|da|do|du|des|der|della|di|del|von)\s+)?`)
	cjkDept    = prefilter.MustCompile(`\s*(?:広報(?:部|室|課|グループ|担当)?|(?:新聞|新闻)(?:聯絡|联络)(?:人|組|组|室|處|处)?|公共(?:事務|事务)(?:室|處|处|組|组|部|中心|\s*$)|홍보팀|홍보실|커뮤니케이션팀|대변인실|新聞組|新聞室|新闻中心|品牌部|宣传部|宣傳部|公关部|公關部|公關室|公共关系部|公共關係部|投资者关系部|投資者關係部|董事会|董事會|新闻发言人|新聞發言人|发言人|發言人|דוברות|(?:المكتب|مكتب|قسم|إدارة)\s+(?:الإعلامي|الاعلامي|الإعلام|الاعلام)|العلاقات\s+العامة|روابط\s+عمومی|(?:ฝ่าย|กอง|ส่วน)?ประชาสัมพันธ์|\s\p{Han}{1,5}(?:室|課|係|班|处|處|科)\s*$)\s*`)
	issuedBy   = regexp.MustCompile(`(?i)^(?:issued\s+by|published\s+by|on\s+behalf\s+of|via)\s*:?\s*`)
	orgPartSep = prefilter.MustCompile(`\s+[-–—|/]\s+|\s+via\s+|,\s+`)
	legalForm  = prefilter.MustCompile(`(?:^|\s)(?:` + segment.LegalForms + `|株式会社|有限公司|주식회사)(?:\s|$)`)
)

// aboutName reads the About heading of the boilerplate, or a wire's SOURCE
// line; for "About us" it reads the subject of the paragraph below.
func aboutName(trailer []block.Block) (about, source string) {
	for i, b := range trailer {
		t := b.Text()
		for _, l := range b.Lines {
			if m := sourceRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil && source == "" {
				source = m[1]
			}
		}
		if about != "" || len(b.Lines) == 0 {
			continue
		}
		if len(b.Lines) != 1 || b.Words() > 10 {
			// A heading run into its paragraph: "About Acme Ltd: Acme is …".
			head, _, ok := strings.Cut(b.Lines[0], ":")
			if !ok || len(strings.Fields(head)) > 8 {
				continue
			}
			t = head
		}
		m := aboutHead.FindStringSubmatch(t)
		if m == nil {
			m = aboutTail.FindStringSubmatch(t)
		}
		if m == nil && whoWeAre.MatchString(t) {
			m = []string{t, "us"}
		}
		if m == nil || segment.ContactBlock(b) {
			continue
		}
		if name := closeName(strings.TrimSpace(m[1]), t); !selfRef.MatchString(name) {
			if upperStart(name) || !hasCase(name) {
				about = name
			}
			// The heading may decline the name ("O Hucie Stalowa Wola")
			// that the sentence below opens with in full.
			if i+1 < len(trailer) {
				if m := legalOpening.FindStringSubmatch(opening(trailer[i+1].Text())); m != nil && declinedName(about, trailingForm.ReplaceAllString(m[1], "")) {
					about = m[1]
				}
			}
		} else if i+1 < len(trailer) {
			next := opening(trailer[i+1].Text())
			if m := isA.FindStringSubmatch(next); m != nil {
				about = m[1]
			} else if m := topicSubject.FindStringSubmatch(next); m != nil {
				about = m[1]
			} else if m := legalOpening.FindStringSubmatch(next); m != nil {
				// The sentence opens with the legal name, its verb
				// anywhere: "Acme Sp. z o.o. z siedzibą w … produkuje".
				about = m[1]
			}
		}
	}
	return about, source
}

// declinedName: b is the name a, the case of its first word changed,
// perhaps with a stem's consonant: "Hucie Stalowa Wola" for "Huta
// Stalowa Wola", "Stoczni Gdańskiej" for "Stocznia Gdańska".
func declinedName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || a == b || len(wa) == 0 {
		return false
	}
	for i := range wa {
		x, y := fold(wa[i]), fold(wb[i])
		rx, ry := []rune(x), []rune(y)
		if x != y && !inflected(x, y) && (i > 0 || len(rx) < 4 || len(ry) < 4 || string(rx[:2]) != string(ry[:2])) {
			return false
		}
	}
	return true
}

// legalOpening: a text that opens with a company's legal name, its
// words in any case: "Acme optické závody s.r.o. se sídlem …".
var legalOpening = regexp.MustCompile(`^(` + legalName + `)(?:[\s,;:]|$)`)

// legalName: a company's name up to its legal form.
const legalName = `\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?,?\s+(?:` + segment.LegalForms + `)`

// issuedName reads a line that says who issued the release: "Issued by
// the Press Office, Ministry of X", "Herausgeber: X", "Publié par X".
//
// An "Issued by:" line alone heads the lines that sign the release: the
// officer's role first, the organisation last ("Public Relations
// Officer (Defence)" over "Ministry of Defence, Government of India").
func issuedName(bs []block.Block) string {
	for _, b := range bs {
		for i, l := range b.Lines {
			m := issuedLine.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			if m[1] != "" {
				return m[1]
			}
			for j := len(b.Lines) - 1; j > i; j-- {
				if n := b.Lines[j]; orgLike(n) && !jobTitle.MatchString(n) && !strings.ContainsAny(n, "@0123456789") {
					return n
				}
			}
		}
	}
	return ""
}

var issuedLine = prefilter.MustCompile(`(?i)^\W*(?:this\s+(?:press\s+)?(?:release|statement)\s+(?:was|is|has\s+been)\s+)?(?:(?:issued|published|released|distributed)\s+by|herausgeber(?:in)?\s*:|herausgegeben\s+von|publié\s+par|diffusé\s+par|emitido\s+por|publicado\s+por|pubblicato\s+da|utgiven\s+av|utgitt\s+av|udgivet\s+af|uitgegeven\s+door|wydane\s+przez|vydal[ao]?\s*:?|julkaisija\s*:)\s*:?\s*(.{2,120}?|)\.?$`)

// copyrightHolder reads a newsletter footer's "Copyright © 2025 Acme
// Ltd. All rights reserved." as "Acme": a legal notice gives the legal
// form, the release names its issuer without it unless its own text
// writes it. A copyright line the cut left in the body is a footer all
// the same, when it has the sign or a year: a paragraph may open with
// the word ("Copyright Licensing Agency figures show …").
func copyrightHolder(trailer, body []block.Block) string {
	for _, part := range []struct {
		bs   []block.Block
		sign bool
	}{{trailer, false}, {body, true}} {
		for _, b := range part.bs {
			for _, l := range b.Lines {
				if m := copyright.FindStringSubmatch(l); m != nil && (!part.sign || copyrightSign.MatchString(l)) {
					return trailingForm.ReplaceAllString(m[1], "")
				}
			}
		}
	}
	return ""
}

// copyrightSign: a copyright line's sign, or the year after the word.
var copyrightSign = regexp.MustCompile(`(?i)^\W*(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))`)

// trailingForm: the legal form that ends a name, with its comma.
var trailingForm = prefilter.MustCompile(`,?\s+(?:` + segment.LegalForms + `)\.?$`)

var copyright = prefilter.MustCompile(`(?i)^\W*(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(\p{Lu}.{1,80}?)[,.]?\s*(?:(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati|alle\s+rettigheter\s+forbeholdt|alla\s+rättigheter\s+förbehållna|wszelkie\s+prawa\s+zastrzeżone|kaikki\s+oikeudet\s+pidätetään)\.?)?\s*$`)

// closeName gives back what the end of a heading's pattern took from a
// name: the dot of its legal form ("Zbrojovka Morava a.s.") and the
// closing quote of a quoted name ("Фонд «Безпечне море»").
func closeName(name, heading string) string {
	if legalForm.MatchString(name+".") && strings.Contains(heading, name+".") {
		name += "."
	}
	return closeQuote(name)
}

// closeQuote closes a quote the name opens: «…», „…“.
func closeQuote(name string) string {
	if n := strings.Count(name, "«"); n > 0 && n > strings.Count(name, "»") {
		return name + "»"
	}
	if n := strings.Count(name, "„"); n > 0 && n > strings.Count(name, "“")+strings.Count(name, "”") {
		return name + "“"
	}
	return name
}

// topicSubject: the subject a caseless script's sentence opens with,
// marked by a particle: "海洋電機株式会社は", "대양조선은", "本公司是",
// "주식회사 대양조선은".
var topicSubject = regexp.MustCompile(`^(` + cjkFormBefore + `[^\s、。，,（(]{2,30}?)(?:は|は、|는|은|이|가|是|為|为)`)

// cjkFormBefore: the company form that opens a name, "주식회사 대양조선".
const cjkFormBefore = `(?:(?:주식회사|株式会社)\s*)?`

// letterhead: an organisation's name on the first line of a block above
// the headline, told by a legal form or an organisation word or by the
// email naming it again, in any case ("DEFESA NACIONAL" over "… da
// Defesa Nacional"), or the unit
// under it. A country's name above it ("REPUBLIKA HRVATSKA") names
// nobody the email names again.
func letterhead(pre []block.Block, in *issuerText) string {
	for i, b := range pre {
		if len(b.Lines) == 0 {
			continue
		}
		l := strings.TrimSpace(b.Lines[0])
		if m := releaseOf.FindStringSubmatch(l); m != nil && !releaseState.MatchString(m[1]) && !segment.ReleaseLabel.MatchString(m[1]) {
			return upperName(m[1] + m[2])
		}
		if m := labelName.FindStringSubmatch(l); m != nil && upperStart(m[1]) && !releaseState.MatchString(m[1]) && !segment.ReleaseLabel.MatchString(m[1]) && !startsWithDate(m[1]) && unitNumber(m[1]) {
			return upperName(m[1])
		}
		if segment.ReleaseLabel.MatchString(l) || strings.ContainsAny(l, "@:") || !unitNumber(l) || len(strings.Fields(l)) > 8 {
			continue
		}
		if (legalForm.MatchString(l) || orgWordRE.MatchString(l) || (echoes(l, in) || echoesDeclined(l, in)) && !segment.PersonLike(l) || overPressUnit(l, b.Lines[1:]) || overAddress(l, b.Lines[1:], in.addr)) && !pressUnit.MatchString(l) {
			return unitBelow(l, b.Lines[1:], pre[i+1:], in)
		}
		// A government heads its ministry's letterhead, never issues
		// in its own name there: "Government of India" over "Ministry
		// of Defence".
		if government.MatchString(l) {
			if unit := unitBelow(l, b.Lines[1:], pre[i+1:], in); unit != l {
				return unit
			}
		}
	}
	return ""
}

// unitNumber: a line whose digits, if any, can only number a unit
// ("Marinefliegergeschwader 3", "7th Army Training Command"): three at
// most, and no date. A phone number, a date or a reference has more.
func unitNumber(l string) bool {
	n := 0
	for i := 0; i < len(l); i++ {
		if l[i] >= '0' && l[i] <= '9' {
			n++
		}
	}
	return n == 0 || n <= 3 && !startsWithDate(l)
}

// overPressUnit: a capitalised line of a name's length set over its own
// press or communications unit in the same block ("Marinefliegergeschwader
// 3" over "Presse- und Informationsarbeit", "Hafen Kiel" over
// "Pressestelle"): a letterhead, whatever words its name holds.
func overPressUnit(l string, below []string) bool {
	if len(below) == 0 || !upperStart(l) || len(strings.Fields(l)) > 6 || segment.PersonLike(l) || cleanOrg(l) != l {
		return false
	}
	next := strings.TrimSpace(below[0])
	return next != "" && pressUnit.MatchString(next) && !strings.ContainsAny(next, "@:0123456789") && len(strings.Fields(next)) <= 5
}

// overAddress: a capitalised line of a name's length set over its
// postal address, as a letterhead prints the organisation's name and
// where it sits ("Bundeswehrzentralkrankenhaus Koblenz" over
// "Rübenacher Straße 170 · 56072 Koblenz"). The sender's own name over
// the address, which the sender's mailbox spells ("Maria Huber" of
// maria.huber@…), is a person's letterhead: a press agent's, not the
// issuer's.
func overAddress(l string, below []string, addr string) bool {
	return len(below) > 0 && upperStart(l) && len(strings.Fields(l)) <= 6 && postalLine.MatchString(below[0]) && !phoneLine(below[0]) &&
		!(segment.PersonLike(l) && segment.Spells(addr, l))
}

// government: a government's or a state's name, in the languages the
// desk receives: it heads the letterhead of the body that issues
// ("REPUBLIKA HRVATSKA" over its ministry and police directorate) and
// is never a unit under it.
var government = prefilter.MustCompile(`(?i)(?:^|\s)(?:government|regierung|gouvernement|gobierno|governo|rząd|vláda|regering|regjeringen|hallitus|kormány|guvernul|κυβέρνηση|правительство|уряд|влада|republic|republik|bundesrepublik|république|república|repubblica|republika|republiek|rzeczpospolita|cumhuriyeti|республика|република|республіка|δημοκρατία|kingdom|königreich|royaume|reino|regno|koninkrijk)(?:\s|$)`)

// echoes: a name of two words or more that the email writes again,
// perhaps with other capitals or accents ("ΛΙΜΕΝΙΚΟ ΣΩΜΑ" for "Λιμενικό
// Σώμα").
func echoes(name string, in *issuerText) bool {
	ws := strings.Fields(name)
	return len(ws) > 1 && in.says(ws) > 1
}

// echoesDeclined: a name of two to six words that the body writes
// again declined, each word with another ending ("Saimaan norppasäätiö"
// over "Saimaan norppasäätiön …", "… norppasäätiöstä"), as languages
// that decline names write the letterhead's nominative nowhere else.
func echoesDeclined(name string, in *issuerText) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 6 || !hasCase(name) || !upperStart(name) {
		return false
	}
	want := strings.Join(foldWords(ws), " ")
	for i := 0; i+len(ws) <= len(in.folded); i++ {
		if inflected(strings.Join(in.folded[i:i+len(ws)], " "), want) {
			return true
		}
	}
	return false
}

// releaseOf: a label line that names whose release it is: "Acme Oyj –
// Company release 5.5.2025", "PRESSEMITTEILUNG DER POLIZEI HAMBURG".
var releaseOf = prefilter.MustCompile(`(?i)^\W*(?:(\p{L}[^–—|]{1,60}?)\s*[–—|-]\s*` + releaseKind + `\b.*|(?:press\s+release|media\s+release|news\s+release|news|an?\s+update|a\s+statement|statement|pressemitteilung|presseinformation|nachrichten|neues|communiqué(?:\s+de\s+presse)?|nouvelles|actualités|nota\s+de\s+prensa|noticias|comunicato\s+stampa|notizie|komunikat\s+prasowy|tisková\s+zpráva|persbericht|nieuws)\s+(?:from|of|by|der|des|von|vom|aus|de\s+la|du|de|del|della|dell['’]|van\s+de|van)\s+(?:the\s+)?(\p{L}.{1,60}?))\W*$`)

// releaseKind: the kind of release a Nordic or a listed company's label
// line names: "Company release", "Pörssitiedote".
const releaseKind = `(?:company\s+release|stock\s+exchange\s+release|press\s+release|yhtiötiedote|pörssitiedote|lehdistötiedote|börsmeddelande|pressmeddelande|pressemelding|børsmelding|selskabsmeddelelse|pressemeddelelse)`

// kindLabel: a line that is such a label alone.
var kindLabel = regexp.MustCompile(`(?i)^\W*` + releaseKind + `\W*$`)

// labelName: a label line that names whose release it is after the
// label: "PRESS RELEASE | Tern Valley Water", "Persbericht – …".
var labelName = regexp.MustCompile(`(?i)^\W*(?:(?:[\p{L}&]+\s+){0,2}(?:press|news|media)\s+release|communiqu[ée](?:\s+de\s+presse)?|pressemitteilung|presseinformation|nota\s+de\s+prensa|comunicado(?:\s+de\s+prensa)?|comunicato\s+stampa|persbericht|komunikat\s+prasowy|tisková\s+zpráva|` + releaseKind + `)(?:\s*[|–—]\s*|\s+-\s+)(\p{L}[^|–—@:]{1,60}?)[\s.!]*$`)

// releaseState: what a label line says of the release, not whose it is:
// "UPDATED – Press release", "Embargoed until 10:00 | Press release".
var releaseState = regexp.MustCompile(`(?i)^(?:updated?|corrected|correction|revised|urgent|breaking(?:\s+news)?|embargoed\b.*|news|media)$`)

// upperName writes a name printed in capitals as the text would:
// "POLIZEI HAMBURG" as "Polizei Hamburg", linking words in lower case.
func upperName(name string) string {
	if name != strings.ToUpper(name) || !hasCase(name) {
		return name
	}
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		if i == 0 || !linkWord.MatchString(w) {
			r := []rune(w)
			ws[i] = string(unicode.ToTitle(r[0])) + string(r[1:])
		}
	}
	return strings.Join(ws, " ")
}

// unitBelow: the unit a letterhead names under its parent ("POLIZIA DI
// STATO" over "Questura di Napoli"), which issues the release; the
// parent when the next line is its address, department or a label. The
// letterhead may go on in the blocks after its own, a line to a block,
// as HTML paragraphs write it: such a line is a unit when it says it is
// an organisation's or the email names it again.
func unitBelow(parent string, below []string, after []block.Block, in *issuerText) string {
	name, own := parent, len(below)
	for _, b := range after {
		if len(b.Lines) != 1 {
			break
		}
		below = append(below[:len(below):len(below)], b.Lines[0])
	}
	for i, l := range below {
		l = strings.TrimSpace(l)
		if segment.ReleaseLabel.MatchString(l) || kindLabel.MatchString(l) || strings.ContainsAny(l, "@:0123456789") || len(strings.Fields(l)) > 8 || !upperStart(l) || cleanOrg(l) != l || !orgLike(l) || pressUnit.MatchString(l) || government.MatchString(l) || headsOffice.MatchString(l) {
			break
		}
		if i >= own && !legalForm.MatchString(l) && !orgWordRE.MatchString(l) && !echoes(l, in) {
			break
		}
		name = l
	}
	return name
}

// headsOffice: the office of the one who heads an organisation
// ("Ufficio del Presidente" under a court, "Cabinet du Préfet"): it
// serves its head, it is no unit that issues.
var headsOffice = prefilter.MustCompile(`(?i)^(?:office|ufficio|bureau|cabinet|gabinete|gabinetto|büro|biuro|kancelaria|secretaría|segreteria|secrétariat)\s+(?:of\s+the|of|del|della|dello|du|de\s+la|de|do|da|des|des)\s+(?:president|presidente|président|präsidenten|prezesa|prezydenta|director|directeur|direttore|diretor|dyrektora|minister|ministre|ministro|ministra|prefect|préfet|prefetto|mayor|maire|sindaco|alcalde|rector|recteur|rettore|chief|commander|commandant|comandante)$`)

// orgWordRE: the nouns that name a kind of organisation, in the
// languages the desk receives, declined forms included ("Instytutu",
// "Ministerstva").
var orgWordRE = prefilter.MustCompile(`(?i)(?:^|\s)(?:(?:minist(?:ry|ère|erio|ero|erstwo|erstvo|rstvo|erie|erium|arstvo|érium|eerium|eriö|erul|ério|erij|rij)|bundesministerium|министерств|міністерств|υπουργε[ίι]|instytut|intézet|wojsk|rendőr|stoczni|komend)\p{L}*|gendarmerie|gendarmería|gendarmeria|\p{L}+(?:rettung|dienst|wehr|heer|polizei|kommando|verband|behörde|anstalt|direktion|kammer|gesellschaft|präsidium)|\p{L}+(?:ministeriö|ministeriet|ministerium|kommission|kommissionen|institut|institutt|instituttet|institutet|styrelse|styrelsen|laitos|virasto|amet|verket|myndigheten|direktoratet|tilsynet)|kommun|kommune|kunta|kaupunki|stad|gemeente|gemeinde|comune|ayuntamiento|municipality|município|gmina|obec|község|služba|служба|dienests|departaments|ministrija|aģentūra|inspekcija|дирекци\p{L}*|агенци\p{L}*|ινστιτούτ\p{L}*|ίδρυμα|οργανισμ\p{L}*|υπηρεσία|rescue|bakanlığı|başkanlığı|komutanlığı|müdürlüğü|department|departamento|departement|agency|agence|agencia|agenzia|agentur|agencja|authority|behörde|urząd|úřad|hivatal|virasto|myndigheten|styrelsen|institute|institut|instituto|istituto|instituut|institutt|ústav|centre|center|centro|zentrum|centrum|keskus|központ|центр|secretaría|secretaria|secretariat|police|polizei|policía|polícia|polizia|politie|politiet|polisen|poliisi|policja|policie|полиция|поліція|αστυνομία|army|armée|armada|armáda|armata|armia|ejército|esercito|exército|heer|hadsereg|forsvaret|puolustusvoimat|försvarsmakten|bundeswehr|navy|marine|marina|marinha|marynarka|merivoimat|air\s+force|luftwaffe|forces?|streitkräfte|guard|garde|guardia|guarda|straż|stráž|rajavartiolaitos|command|kommando|comando|commandement|dowództwo|association|verband|verein|asociación|associazione|associação|stowarzyszenie|foreningen|forening|föreningen|förening|yhdistys|egyesület|fondation|foundation|stiftung|fundación|fondazione|fundação|fundacja|stiftelsen|stiftelse|фонд|säätiö|alapítvány|university|université|universidad|università|universität|uniwersytet|univerzita|yliopisto|egyetem|council|conseil|consejo|consiglio|office|group|gruppe|groupe|grupo|gruppo|grupa|company|corporation|society|société|sociedad|società|spółka|shipyard|werft|astillero|cantiere|telakka|red\s+cross|rotes\s+kreuz|croix-rouge|cruz\s+roja|croce\s+rossa|ředitelství|riaditeľstvo|uprava|управа|управлени\p{L}*|управлінн\p{L}*|zarząd|direcția|directorate|σώμα|kariuomen\p{L}*|commission|kommission|commissione|comisión|comissão|komisja|komise|komisia|komisija|komisjon|kommisjon|komissio|bizottság|комиссия|комісія|комисија|комисия|επιτροπή|committee|comité|comitato|ausschuss|komitet|výbor|court|cour|corte|tribunal|tribunale|trybunał|\p{L}*gericht|sąd|soud|súd|суд|δικαστήριο|rechtbank|domstol|domstolen|tingrett|\p{L}*oikeus|\p{L}*bíróság|mahkemesi|tarnyb\p{L}*|policij\p{L}*|armij\p{L}*|मंत्रालय|निदेशालय|मुख्यालय|` + arabicOrgNoun + `)(?:\s|$)`)

// cleanOrg turns a candidate into an organisation's name: without
// "Issued by", the department words around it ("X - Press Office",
// "Gabinete de Comunicação da X", "X 広報部"), quotes and trailing
// punctuation; "" when nothing but a department or a self-reference is
// left. Each source's name is cleaned for its candidate, a contact
// office's again by its reader, a letterhead's line by its tests: the
// answers are remembered.
func cleanOrg(s string) string { return orgMemo.Of(s) }

var orgMemo = memo.New(readCleanOrg, 256)

// readCleanOrg is cleanOrg, unremembered.
func readCleanOrg(s string) string {
	s = strings.TrimSpace(issuedBy.ReplaceAllString(strings.Trim(s, `" `), ""))
	parts := orgPartSep.Split(s, -1)
	if len(parts) > 2 && remitName.MatchString(strings.ToLower(s)) {
		// Its remit listed: "Badan Meteorologi, Klimatologi, dan
		// Geofisika", "Ministry of Agriculture, Fisheries and Food".
		parts = []string{s}
	}
	var keep []string
	for _, part := range parts {
		// A legal form after a comma ends the name before it: "Zhongyuan
		// Rescue Equipment Co., Ltd.", "Acme Systems, Inc.".
		if n := len(keep); n > 0 && legalForm.FindString(part) == part {
			keep[n-1] += ", " + part
			continue
		}
		// A press unit that department words do not name, beside its
		// organisation ("Град Београд - Секретаријат за информисање"),
		// is the organisation's unit, not its name.
		if len(parts) > 1 && pressUnit.MatchString(part) && !pressRemit.MatchString(part) && stripDept(part) == part {
			continue
		}
		// "Office" is left of "Press Office": a unit, not a name.
		if p := stripDept(part); p != "" && !unitOnly.MatchString(p) {
			if p != part && strings.HasSuffix(part, p) {
				p = nominative(p)
			}
			keep = append(keep, p)
		}
	}
	// A sign-off or a date closes or dates a release; it names nobody
	// ("Kind regards", "Issued by: 4 March 2025").
	keep = slices.DeleteFunc(keep, func(k string) bool {
		return segment.SignOff.MatchString(k) || !strings.ContainsFunc(k, unicode.IsLetter) || startsWithDate(k)
	})
	if len(keep) == 0 {
		return ""
	}
	// The organisation is the longest part left: "SNSM - Les Sauveteurs
	// en Mer" keeps the acronym only when nothing longer remains.
	best := keep[0]
	for _, k := range keep[1:] {
		if len(strings.Fields(k)) > len(strings.Fields(best)) && !segment.PersonLike(k) {
			best = k
		}
	}
	best = closeQuote(strings.Trim(withoutOffice(best), ` "'“”„«»,;:.-–—`))
	// A name does not end with a linking word: a run cut short ("Agence
	// de l'innovation de") is kept to what it surely names.
	for ws := strings.Fields(best); len(ws) > 1 && linkWord.MatchString(strings.ToLower(ws[len(ws)-1])); ws = ws[:len(ws)-1] {
		best = strings.Join(ws[:len(ws)-1], " ")
	}
	// An article is no part of the name: "The X", and the lower-case one
	// a department leaves: "Oficina de Prensa de la Policía Nacional".
	// Nor is a preposition a department word governed ("Пресцентър на
	// Министерството …", "Office of the
	// Surveyor General"): the name is the capitalised run after it.
	if m := lowerPrep.FindString(best); m != "" && upperStart(best[len(m):]) {
		best = best[len(m):]
	}
	if rest, ok := strings.CutPrefix(best, "The "); ok {
		best = rest
	} else if m := lowerArticle.FindString(best); m != "" && len(m) < len(best) {
		best = best[len(m):]
	}
	// Finnish and Swedish decline a name with a colon ("Varuste Oy:stä",
	// "NATO:s"), South Slavic languages an acronym with a hyphen
	// ("MORH-a"): the name is before it.
	best = caseSuffix.ReplaceAllString(best, "${1}${2}")
	// A label's colon or a phone number marks a contact line read as a
	// name: "Landelijke Eenheid: 088 555 4200".
	if strings.ContainsAny(best, ":：") || phoneLine(best) {
		return ""
	}
	if legalForm.MatchString(best+".") && !strings.HasSuffix(best, ".") && strings.Contains(s, best+".") {
		best += "."
	}
	// A ship ("HMCS Fredericton", "ORP Czapla") is its navy's news, never
	// the issuer.
	if selfRef.MatchString(best) || linkWord.MatchString(strings.ToLower(best)) || len([]rune(best)) < 2 || shipPrefix.MatchString(best) {
		return ""
	}
	// "ministère des Armées" read from "Centre de presse du ministère des
	// Armées" is named with a capital on its own.
	if first := strings.Fields(best)[0]; strings.ToLower(first) == first && hasCase(first) && len([]rune(first)) > 3 {
		r := []rune(best)
		best = string(unicode.ToTitle(r[0])) + string(r[1:])
	}
	return best
}

// remitName: a name, in lower case, that ends in a list of single words,
// commas between them and a conjunction before the last.
var remitName = regexp.MustCompile(`^[^,]+(?:,\s+\pL+)+,?\s+(?:and|dan|und|et|y|e|og|och|ja|và|i|a|és|ve|și|и|і|&)\s+\pL+$`)

// withoutOffice cuts an office holder from a name: a minister or a
// secretary general is a person ("ministra de Transportes"), but the
// organisation before the title issues ("OSCE Secretary General …").
// An office of one is an organisation: "Prime Minister's Office",
// "Office of the Prime Minister".
func withoutOffice(name string) string {
	loc := officeTitle.FindStringIndex(name)
	if loc == nil || officeOf.MatchString(name[:loc[0]]) || possessive.MatchString(strings.TrimSpace(name[loc[0]:loc[1]])) {
		return name
	}
	return strings.TrimSpace(name[:loc[0]])
}

var (
	// officeTitle: a minister's, a secretary general's or a head's title.
	officeTitle = prefilter.MustCompile(`(?i)(?:^|\s)(?:(?:deputy|vice|prime|state)\s+)?(?:(?:bundes)?minister(?:in|['’]s)?|ministre|ministr[ao]|ministrul|ministr|ministryně|министър\p{L}*|министр\p{L}*|міністр\p{L}*|secretary[\s-]general|secrétaire\s+générale?|secretari[ao]\s+general|segretari[ao]\s+generale|generalsekretär(?:in)?|head\s+of\s+mission|(?:force\s+)?commander|director[\s-]general|chief\s+executive|spokes(?:person|man|woman))(?:\s|$)`)
	// officeOf: the words before an office holder in an office's name.
	officeOf = prefilter.MustCompile(`(?i)(?:office|cabinet|bureau|gabinete|kancelaria|kanzlei)\s+(?:of|du|de|des|da|del)(?:\s+(?:the|la|le))?$`)
)

var (
	shipPrefix   = regexp.MustCompile(`^(?:HMCS|HMS|HMAS|HMNZS|USS|USNS|USCGC|ORP|HNLMS|Zr\.?\s?Ms\.?|FGS|KNM|HDMS|HSwMS|ITS|ESPS|NRP|TCG|INS|ROKS|ARA|BAP|BNS|EML|LNS|LVNS|HNoMS)\s`)
	lowerArticle = regexp.MustCompile(`^(?:the|la|le|les|el|los|las|il|lo|gli|der|die|das|des|del|della|du|al|ale)\s+|^[lL]['’]`)
	lowerPrep    = regexp.MustCompile(`^(?:на|за|при|към|в|во|по|w|we|z|ze|of(?:\s+the)?|for(?:\s+the)?|at(?:\s+the)?|van(?:\s+de)?|für|von|beim?|bei\s+der|de(?:\s+la)?|di|da|do|dos|das)\s+`)
	caseSuffix   = prefilter.MustCompile(`(?:(\p{L}\.?):\p{Ll}{1,4}|(\p{Lu}{2,})-\p{Ll}{1,3})$`)
)

// nominative puts back in the nominative the head noun a Slavic press
// unit's name puts in the genitive: "Пресс-служба Министерства обороны",
// "Tiskové oddělení Ministerstva obrany", "Biuro prasowe Agencji
// Mienia": the ministry's and agency's endings, the words after them
// staying genitive as in the nominative name.
func nominative(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	if !upperStart(first) {
		return name
	}
	// Feminine adjectives and their noun, "Державної служби" for
	// "Державна служба", "Державної прикордонної служби" for "Державна
	// прикордонна служба".
	if ws := strings.Fields(name); len(ws) > 1 {
		k := 0
		for k < len(ws)-1 && strings.HasSuffix(ws[k], "ої") {
			k++
		}
		if stem, ok := strings.CutSuffix(ws[k], "и"); ok && k > 0 {
			out := slices.Clone(ws)
			for i := range k {
				out[i] = strings.TrimSuffix(ws[i], "ої") + "а"
			}
			out[k] = stem + "а"
			return strings.Join(out, " ")
		}
	}
	// A masculine adjective and noun in Slovene and Croatian:
	// "Statističnega urada" for "Statistični urad", "Državnog zavoda"
	// for "Državni zavod".
	if noun, tail, _ := strings.Cut(rest, " "); noun != "" && !upperStart(noun) {
		adj, okA := strings.CutSuffix(first, "ega")
		if !okA {
			adj, okA = strings.CutSuffix(first, "og")
		}
		stem, okN := strings.CutSuffix(noun, "a")
		if okA && okN {
			return strings.TrimSpace(adj + "i " + stem + " " + tail)
		}
	}
	if first == "Wojsk" {
		// The Polish forces' plural: "Wojsk Obrony Cyberprzestrzeni" for
		// "Wojska Obrony Cyberprzestrzeni", whose complement stays in the
		// genitive (an adjective after it would not: "Wojsk Lądowych").
		return "Wojska " + rest
	}
	// A Greek neuter head in the genitive: "Αρχηγείου Στόλου" for
	// "Αρχηγείο Στόλου", "Υπουργείου …" for "Υπουργείο …"; its
	// complement stays in the genitive. Only the -είου heads keep their
	// stress: "Συμβουλίου" is "Συμβούλιο", whose accent moves back, and
	// stays as written rather than come out misspelt.
	if stem, ok := strings.CutSuffix(first, "είου"); ok && len([]rune(stem)) >= 3 {
		return strings.TrimSpace(stem + "είο " + rest)
	}
	for _, sx := range [][2]string{{"stva", "stvo"}, {"stwa", "stwo"}, {"ства", "ство"}, {"ncji", "ncja"}, {"licji", "licja"}, {"нції", "нція"}, {"ліції", "ліція"}, {"нции", "нция"}, {"лиции", "лиция"}} {
		if stem, ok := strings.CutSuffix(first, sx[0]); ok {
			return strings.TrimSpace(stem + sx[1] + " " + rest)
		}
	}
	return name
}

// stripDept removes department words before and after a name. Words
// such as "Centre", "Service" or "Department" alone are part of the name
// ("National Cyber Resilience Centre", "Department of Defence"); they go
// only with a press word ("Media Centre", "Service de presse").
//
// The issuer's sources hand it the same names and contact parts several
// times per email (a contact part is stripped by officeOwner, then by
// cleanOrg, then for its candidate's governed): the answers are
// remembered.
func stripDept(s string) string { return deptMemo.Of(s) }

var deptMemo = memo.New(stripDeptWords, 256)

// stripDeptWords is stripDept, unremembered.
func stripDeptWords(s string) string {
	s = strings.TrimSpace(cjkDept.ReplaceAllString(s, " "))
	for {
		t := s
		if loc := deptHead.FindStringIndex(t); loc != nil && !unitOnly.MatchString(t[:loc[1]]) {
			t = strings.TrimSpace(t[loc[1]:])
		}
		if loc := deptTailIndex(t); loc != nil && !unitOnly.MatchString(t[loc[0]:]) {
			p := portfolio.FindStringIndex(t[loc[0]:])
			if p == nil && connector.MatchString(lastWord(t[:loc[0]])) {
				p = firstWord.FindStringIndex(t[loc[0]:]) // "Ministero delle | Comunicazioni"
			}
			if p != nil && ministryWord.MatchString(t[:loc[0]]) {
				// "Ministerio de Comunicaciones", "Ministry of Information
				// and Communications": after "of", "de" or "and" a
				// ministry's press word is its portfolio; only a press
				// office after it goes ("… of Communications Press Office").
				keep := loc[0] + p[1]
				if rest := deptTailIndex(t[keep:]); rest != nil && !unitOnly.MatchString(t[keep+rest[0]:]) {
					t = strings.TrimSpace(t[:keep+rest[0]])
				}
			} else {
				t = strings.TrimSpace(t[:loc[0]])
			}
		}
		if t == s {
			return t
		}
		s = t
	}
}

// ministryWord: a ministry's name, in the desk's languages.
var ministryWord = prefilter.MustCompile(`(?i)(?:^|\P{L})(?:ministry|minist[eè]r[eoi]?|ministerio|ministério|ministerstv[oa]|ministerstw[oa]|ministerium|ministeriet|министерств\p{L}*|міністерств\p{L}*|bakanlığı)(?:\P{L}|$)`)

// portfolio: a connector and the press word after it that opens a
// ministry's tail ("de Comunicaciones", "and Communications").
var portfolio = regexp.MustCompile(`(?i)^\s*` + connectors + `\s+\S+`)

// connector: a preposition or a conjunction before a ministry's portfolio.
var connector = regexp.MustCompile(`(?i)^` + connectors + `\s*$`)

const connectors = `(?:of|de|del|delle|della|dei|des|du|da|do|dos|das|and|&|a|y|e|et|und|für|i|и|і|та)`

// firstWord: the first word of a tail.
var firstWord = regexp.MustCompile(`^\s*\S+`)

// deptTailIndex is deptTail.FindStringIndex, run on the whole name only
// when its last word is a department word. The pattern is not anchored
// at its start, so Go's engine tries it from every byte of a contact
// line, which seldom ends in one. Every match ends in one of dept's
// words or in the last word of one of its phrases ("public affairs",
// "service de presse"), so the answer is the pattern's own.
func deptTailIndex(s string) []int {
	if !deptLast.MatchString(lastWord(s)) {
		return nil
	}
	return deptTail.FindStringIndex(s)
}

// deptLast: a word that can end deptTail, the last of its phrases
// among them ("public affairs", "odnose z javnostmi", "truyền thông").
var deptLast = prefilter.MustCompile(`(?i)^(?:` + dept + `|affairs|information|dienest\p{L}*|ryšių|javno[sš]\p{L}*|јавно[сш]\p{L}*|thông)\s*$`)

// lastWord is s's last word with the white space after it, words parted
// by the white space of a regexp's \s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 && isRESpace(s[i-1]) {
		i--
	}
	for i > 0 && !isRESpace(s[i-1]) {
		i--
	}
	return s[i:]
}

func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// unitOnly: department words that name a unit but say nothing of press.
// A word ends where a letter does not follow (not at \b, which is ASCII's:
// "wydział", "служба").
var unitOnly = prefilter.MustCompile(`(?i)^(?:\s*(?:(?:of|for|and|&|de|du|des|la|le|da|do|der|für|della|di|del)\s+)?(?:office|section|team|desk|centre|center|service|services|room|cell|unit|directorate|department|division|bureau|corporate|external|strategic|relations|odbor|departamentas|departamentul|departamento|département|departement|oddělení|služba|oficina|dirección|direção|direzione|служба|отдел|dienests|abteilung|referat|dezernat|stabsstelle|avdelning(?:en)?|avdeling(?:en)?|afdeling(?:en)?|osasto|wydział|zespół|osztály|відділ\p{L}*|департамент\p{L}*|сектор|sektor|ufficio)(?:[^\p{L}\p{N}]+|$))+(?:(?:of|for|and|&|de\s+la|de|du|des|da|do|der|della|di|del|za|s|with)(?:[^\p{L}\p{N}]+|$))*$`)

// hasCase: the script has capital letters at all (CJK, Hebrew, Thai do
// not, so "starts with a capital" means nothing there).
func hasCase(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || unicode.IsLower(r)
		}
	}
	return true
}

// initials expands an acronym by a run of words in the text whose initials
// spell it, linking words ("of", "de", "pro") taking part or not: MOD →
// "Ministry of Defence", NUKIB → "Národní úřad pro kybernetickou a
// informační bezpečnost". The run must start with a capital; it is put
// in the nominative, as expand puts its definition.
func initials(acr string, words []string) string {
	want := []rune(fold(acr))
	for i, w := range words {
		if !upperStart(w) || firstLetter(w) != want[0] {
			continue
		}
		if end := matchInitials(want, words, i); end > i {
			// An article the run skipped is not part of the name: "Die
			// Deutsche Gesellschaft …" for "DGS".
			for i < end && linkWord.MatchString(strings.ToLower(words[i])) {
				i++
			}
			return nominative(possessive.ReplaceAllString(strings.Trim(strings.Join(words[i:end], " "), `,;:.()"'“”`), ""))
		}
	}
	return ""
}

// matchInitials returns the end of a run from words[k] that spells want,
// or -1.
func matchInitials(want []rune, words []string, k int) int {
	if len(want) == 0 {
		return k
	}
	if k >= len(words) {
		return -1
	}
	// A run does not cross a comma or a sentence end.
	w, open := words[k], !endsClause(words[k])
	if firstLetter(w) == want[0] && (len(want) == 1 || open) {
		if end := matchInitials(want[1:], words, k+1); end >= 0 {
			return end
		}
		// "Rendőr-főkapitányság" gives two letters, R and F.
		if parts := strings.Split(w, "-"); len(parts) > 1 && len(parts) <= len(want) {
			n := 0
			for n < len(parts) && firstLetter(parts[n]) == want[n] {
				n++
			}
			if n == len(parts) && (n == len(want) || open) {
				if end := matchInitials(want[n:], words, k+1); end >= 0 {
					return end
				}
			}
		}
	}
	if open && linkWord.MatchString(strings.ToLower(w)) {
		return matchInitials(want, words, k+1)
	}
	return -1
}

// definedBy finds the long form an acronym closes when its words are
// not all capitalised: the nearest capitalised word that starts the
// acronym, from which the acronym's letters are the initials of the
// words in order, adjectives and linking words skipped, and later letters
// may come from inside a compound: "Département fédéral de la défense, de
// la protection de la population et des sports (DDPS)", "Politiets
// sikkerhetstjeneste (PST)". The idea is Schwartz and Hearst's (2003),
// held to initials so "(DDPS)" cannot take "de la population et des
// sports".
func definedBy(acr string, words []string) string {
	var want []rune
	for _, r := range fold(acr) {
		if unicode.IsLetter(r) {
			want = append(want, r)
		}
	}
	if len(want) < 2 {
		return ""
	}
	for start := len(words) - 1; start >= 0 && len(words)-start <= 15; start-- {
		w := elision.ReplaceAllString(words[start], "") // "l'Institut"
		if upperStart(w) && firstLetter(w) == want[0] && spelledFrom(want, words[start:]) {
			return strings.Trim(strings.Join(append([]string{w}, words[start+1:]...), " "), `,;:("'“”„`)
		}
	}
	return ""
}

var elision = regexp.MustCompile(`^\p{Ll}{1,2}['’]`)

// spelledFrom: want is spelt by the words, each matching word giving its
// initial and perhaps further letters from inside it; the last word gives
// a letter and other words may be skipped.
func spelledFrom(want []rune, words []string) bool {
	if len(words) == 0 {
		return len(want) == 0
	}
	w := words[0]
	if len(want) == 0 {
		return false // a word is left that spells nothing
	}
	if firstLetter(w) == want[0] {
		inner := []rune(fold(w))
		for n, k := 1, 0; ; n++ {
			if spelledFrom(want[n:], words[1:]) {
				return true
			}
			if n >= len(want) {
				break
			}
			// the next letter from inside the word: "sikkerhets(t)jeneste"
			for k++; k < len(inner) && inner[k] != want[n]; k++ {
			}
			if k >= len(inner) {
				break
			}
		}
	}
	return len(words) > 1 && spelledFrom(want, words[1:])
}

func endsClause(w string) bool {
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, ",")
}

var linkWord = prefilter.MustCompile(`^(?:of|for|and|the|on|in|de|du|des|la|le|l'|d'|del|della|dei|degli|delle|dello|di|do|da|dos|das|e|y|i|et|en|em|und|für|der|die|das|pro|a|na|za|w|v|z|u|och|og|ja|för|af|av|til|ve|és|și|και|и|по|на|à|au|aux|pentru|din|al|ale|pour|para|per|dla|ir|zur|zum|vom|von|з|с|van|voor|het|vir|el|los|las|ya|wa|cha|vya|kwa|dan|untuk|ng|të|së|\p{Ll}{1,4}['’])$`)

// firstLetter: the word's first letter, lower case without diacritics,
// after an elided article ("l'armement" → 'a').
func firstLetter(w string) rune {
	w = strings.TrimLeft(w, `("'“„«`)
	if i := strings.IndexAny(w, "'’"); i > 0 && i <= 2 {
		w = w[i+len("'"):]
		w = strings.TrimLeft(w, "’'")
	}
	for _, r := range w {
		if unicode.IsLetter(r) {
			for _, f := range fold(string(r)) {
				return f
			}
		}
	}
	return 0
}

// fold lowers s and drops its diacritics and a final sigma's form.
func fold(s string) string {
	if ascii(s) {
		return strings.ToLower(s) // no diacritics to drop: most words
	}
	d := norm.NFD.String(strings.ToLower(s))
	if !strings.ContainsFunc(d, folds) {
		return d // Cyrillic, Han, …: nothing to drop
	}
	var b strings.Builder
	for _, r := range d {
		if r == 'ς' {
			r = 'σ' // a Greek word's final sigma, which capitals do not write
		}
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// folds: a rune fold changes, a mark it drops or a final sigma.
func folds(r rune) bool {
	return r == 'ς' || unicode.Is(unicode.Mn, r)
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// domainName finds the organisation the sender's domain spells in the
// body (text is the body's): "<press@atlanticodrones.example>" and "Atlântico Drones".
func domainName(addr string, words []string, body []block.Block) string {
	at := strings.LastIndex(addr, "@")
	if at < 0 {
		return ""
	}
	host := strings.Trim(addr[at+1:], "<> ")
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	// "kvwa.example" or "kvwa-media.example" for Kestrel Valley Water
	// Authority: a label or a part of it that the text's initials spell,
	// or that the text defines as an acronym.
	for _, part := range strings.Split(labels[len(labels)-2], "-") {
		if len(part) >= 3 && len(part) <= 6 && !generic.MatchString(part) {
			if full := initials(strings.ToUpper(part), words); full != "" && len(strings.Fields(full)) >= 3 {
				return full
			}
			if full := expand(strings.ToUpper(part), body); full != "" {
				return full
			}
		}
	}
	label := strings.ReplaceAll(labels[len(labels)-2], "-", "")
	if len(label) < 4 || generic.MatchString(label) {
		return ""
	}
	for i, w := range words {
		if !upperStart(w) || firstLetter(w) != rune(label[0]) {
			continue
		}
		joined := ""
		for j := i; j < len(words) && j < i+5; j++ {
			joined += strings.Map(func(r rune) rune {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					return r
				}
				return -1
			}, fold(words[j]))
			if joined == label {
				return strings.Trim(strings.Join(words[i:j+1], " "), `,;:.()"'“”`)
			}
			if !strings.HasPrefix(label, joined) {
				break
			}
		}
	}
	return ""
}

var generic = regexp.MustCompile(`^(?:gmail|googlemail|outlook|hotmail|yahoo|icloud|gmx|web|mail|email|proton|protonmail|example|prnewswire|businesswire|globenewswire|cision|mailchimp|sendgrid|newswire)$`)

// senderAddress: the release's own sender's name and address (the
// original's, for a forward, also when only its quoted From line tells
// it).
func senderAddress(rel release, pre []block.Block) mail.Address {
	name, addr := sender(rel, pre)
	return mail.Address{Name: name, Address: segment.EmailRE.FindString(addr)}
}

// baseForm is the form the organisation names itself by, among the ways
// the email writes the chosen name. Inflecting languages decline a name
// in running text ("Stoczni Bałtyckiej", "des Zentrums", "Maavoimien"),
// and an ASCII sender name drops its accents ("Honvedelmi"); the subject
// that opens a sentence or a title, a line of its own, and the sender's
// address keep the base form. The same words are matched by stem and
// without diacritics.
func baseForm(name string, s segment.Segments, addr string) string {
	// A caseless script glues its particles to the name ("해양경찰청은"):
	// its subject is read without them already.
	want := strings.Fields(name)
	if len(want) == 0 || !hasCase(name) {
		return name
	}
	lines := segmentLines(s)
	folded := make([]string, len(want))
	for i, w := range want {
		folded[i] = fold(w)
	}
	// How often each form opens a sentence, in the order first seen.
	subject := map[string]int{}
	var forms []string
	restored := ""
	for _, l := range lines {
		ws := strings.Fields(l)
		for i := 0; i+len(want) <= len(ws); i++ {
			form, exact, stem := sameName(ws[i:i+len(want)], want, folded)
			if possessive.MatchString(form) && !possessive.MatchString(name) {
				// "Coastguard's volunteers": English grammar, not a form.
				continue
			}
			// Another form a press word follows is governed by it, no
			// subject: "Rannikuameti pressiesindaja" (read only for a
			// form opening a sentence: most windows are none).
			opens := stem && (i == 0 || strings.ContainsAny(ws[i-1], ".!?–—") || ws[i-1] == "-")
			if opens && !(form != name && i+len(want) < len(ws) && deptLast.MatchString(ws[i+len(want)])) {
				if subject[form] == 0 {
					forms = append(forms, form)
				}
				subject[form]++
			}
			// Accents or quotes the name lacks, not a lower-case mention.
			if exact && restored == "" && strings.ToLower(form) != strings.ToLower(name) && upperStart(form) == upperStart(name) {
				restored = form
			}
		}
	}
	// The name itself opening a sentence is its base form (a genitive
	// may open one too: "Beredskabsstyrelsens direktør").
	if subject[name] == 0 && len(forms) > 0 {
		best := forms[0]
		for _, f := range forms[1:] {
			if subject[f] > subject[best] {
				best = f
			}
		}
		return best
	}
	if restored != "" {
		return restored
	}
	if len(want) == 1 {
		return addressStem(name, addr)
	}
	return name
}

// sameName compares ws with the words of want, without accents and the
// punctuation around them: exact when they are the same words, stem when
// they are the same words but for their endings, capitalised alike.
// form is ws as written, with the quotes of a quoted name ("Фонд «Чисті
// поля»").
// folded is want's words through fold, as baseForm compares them with
// every run of words in the email.
func sameName(ws, want, folded []string) (form string, exact, stem bool) {
	exact, stem = true, true
	for i, w := range ws {
		w = strings.Trim(w, nameTrim)
		a, b := fold(w), folded[i]
		exact = exact && a == b
		stem = stem && upperStart(w) == upperStart(want[i]) && (a == b || len([]rune(a)) > 3 && len([]rune(b)) > 3 && inflected(a, b))
		if !exact && !stem {
			return "", false, false
		}
	}
	raw := strings.Join(ws, " ")
	return closeName(strings.Trim(raw, nameTrim), raw), exact, stem
}

const nameTrim = `,;:.!?()"'‘’“”„«»،؛`

// addressStem: a one-word name in the case the sender's address writes
// it: "Kaitseministeeriumi" to "Kaitseministeerium" for
// press@kaitseministeerium-ee.example, "Maavoimien" to "Maavoimat" for
// viestinta.maavoimat@…. The name's own letters are kept as far as they
// agree, for the accents the address cannot write.
func addressStem(name, addr string) string {
	for _, tok := range addressWords.FindAllString(strings.ToLower(addr), -1) {
		f := fold(name)
		if len(tok) < 5 || tok == f || !inflected(tok, f) {
			continue
		}
		r, t := []rune(name), []rune(tok)
		n := 0
		for n < len(r) && n < len(t) && fold(string(r[n])) == string(t[n]) {
			n++
		}
		return string(r[:n]) + string(t[n:])
	}
	return name
}

var addressWords = prefilter.MustCompile(`[a-z]+`)

// aboutText: the trailer's prose, where an About section writes the
// issuer's legal name ("Aubrac Optique SAS conçoit …") under a heading
// that gives it short. A footer's address line, a signature and a
// copyright notice name it too, but they are not how the release names
// its issuer: only sentences count.
func aboutText(trailer []block.Block) []block.Block {
	var bs []block.Block
	for _, b := range trailer {
		if t := b.Text(); b.Words() >= 8 && strings.ContainsAny(t[max(len(t)-2, 0):], ".!?。") && !segment.ContactBlock(b) && !copyright.MatchString(t) {
			bs = append(bs, b)
		}
	}
	return bs
}

// startsWithDate: a part that opens with a day and a month ("4 March
// 2025", "4. März").
func startsWithDate(s string) bool {
	d, ok := dates.FindDate(s, false, true)
	return ok && d.Start == 0
}
