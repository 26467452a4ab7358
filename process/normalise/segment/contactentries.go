package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
)

// The rules of this file read the entries new senders write: a person
// by number alone under a heading, a job title before a name, an
// organisation's general mailbox, an office's long name.

// underHeading: a contact heading opens one of the three blocks above
// block i, and the blocks between are contact entries.
func underHeading(bs []block.Block, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		b := bs[j]
		if prose(b) || len(b.Lines) > 6 {
			return false
		}
		if ContactLabel.MatchString(b.Lines[0]) {
			return true
		}
		if !EmailRE.MatchString(b.Text()) && !PhoneLine(b.Text()) {
			return false
		}
	}
	return false
}

// named drops an entry by number alone whose person another entry gives
// with an address: the same contact, written over two blocks.
func named(cs []draft.Contact) []draft.Contact {
	withAddr := map[string]bool{}
	for _, c := range cs {
		if c.Email != nil && c.Name != nil {
			withAddr[strings.ToLower(*c.Name)] = true
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Email == nil && c.Name != nil && withAddr[strings.ToLower(*c.Name)] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// titleShaped: every word is capitalised but the short ones that join
// a name's words, as an office's long name is written ("Unidad de
// Comunicación Social de la Secretaría de Marina"); a sentence is not.
func titleShaped(part string) bool {
	for _, w := range strings.Fields(part) {
		if !hasCapital(w) && len([]rune(w)) > 3 {
			return false
		}
	}
	return !strings.ContainsAny(part, ".!?")
}

// nameAfterTitle is the name that ends the words of a job title and a
// name: the last run of capitalised words that are neither title nor
// office words, with the particles inside it ("Director de Comunicación
// Ana de la Torre" gives "Ana de la Torre"); the words unchanged when the
// run has fewer than two words.
func nameAfterTitle(ws []string) []string {
	from := len(ws)
	for from > 1 {
		w := ws[from-1]
		capital := hasCapital(w) && !jobTitle.MatchString(w) && !orgWord.MatchString(w)
		inner := from < len(ws) && particle.MatchString(" "+w+" ")
		if !capital && !inner {
			break
		}
		from--
	}
	for from < len(ws) && !hasCapital(ws[from]) {
		from++
	}
	if len(ws)-from < 2 {
		return ws
	}
	return ws[from:]
}

// titled: one of the words is a job title's.
func titled(ws []string) bool {
	for _, w := range ws {
		if jobTitle.MatchString(w) {
			return true
		}
	}
	return false
}

// jobTitle: a word of a job title written before a name, in the desk's
// languages: the heads, officers and advisers of any office, and the
// compounds that end as a title does in German, Dutch and the Nordic
// languages ("Pressechef", "Kommunikationsdirektør", "Pressereferentin",
// "viestintäjohtaja"). Spokespersons' titles are spokesRole's.
var jobTitle = regexp.MustCompile(`(?i)^(?:head|chief|director|manager|officer|adviser|advisor|secretary|coordinator|executive|lead|specialist|consultant|associate|representative|president|vice-president|chair(?:man|woman|person)?|founder|ceo|cfo|coo|cto|cmo|cco|vp|svp|evp|general|` +
	`\p{L}*(?:führer|führerin|vorstand|vorsitzender?|präsident|präsidentin|chef|chefin|sjef|sprecher|sprecherin|leiter|leiterin|referent|referentin|direktør|direktor|direktorin|direktör|leder|ledare|johtaja|päällikkö|asiantuntija|tiedottaja|koordinator|koordinatorin|berater|beraterin|beauftragter?|rådgiver|rådgivare|konsulent|medarbejder|medarbetare|ansvarlig|ansvarig|voorlichter|woordvoerder|manager|managerin|officer)|` +
	`directeur|directrice|director[a]?|direttore|direttrice|diretor[a]?|jefe|jefa|responsable|responsabile|charg[ée]e?|attach[ée]e?|gerente|coordinador[a]?|coordinatore|coordinatrice|coordenador[a]?|assessor[a]?|asesor[a]?|consigliere|conseill(?:er|ère)|délégu[ée]e?|secrétaire|secretari[ao]|segretari[ao]|president[ea]|président[e]?|capo|hoofd|` +
	`rzecznik|rzeczniczka|dyrektor|kierownik|naczelnik|szef|szefowa|mluvčí|ředitel|ředitelka|vedoucí|hovorca|riaditeľ|riaditeľka|szóvivő|igazgató|vezető|sözcü|sözcüsü|müdür|müdürü|başkan|başkanı|` +
	`εκπρόσωπος|διευθυντής|διευθύντρια|προϊστάμενος|προϊσταμένη|atstovas|atstovė|direktorius|direktorė|vadovas|vadovė|direktors|direktore|pārstāvis|pārstāve|purtător|șef|şef|` +
	`речник|директор|директорка|начальник|начальница|керівник|керівниця|руководитель|прес-секретар|пресс-секретарь|представник|представниця|представитель|спикер|пресаташе|пресаташе)\.?,?$`)

// postNominal: letters after a name: a service ("RN", "USN"), an
// honour ("OBE", "DSO"), a degree ("PhD"), a generation ("Jr"). A
// list, as a French surname in capitals ("Marie Claire ROY") has the
// same shape.
var postNominal = regexp.MustCompile(`^(?:RN|RNR|RM|RAF|RAAF|RAN|RNZN|RCN|USN|USMC|USAF|USCG|OBE|MBE|CBE|KBE|DBE|CB|KCB|GCB|CMG|KCMG|CVO|LVO|MVO|DSO|DSC|DFC|MC|QGM|GM|VC|GC|ADC|QC|KC|MP|MEP|FRS|FREng|PhD|DPhil|MSc|MBA|MA|BSc|BA|MD|Jr|Sr)\.?,?$`)

// generalMailbox: an organisation's general address ("info@",
// "reception@", "kontakt@"), which is a media contact only where a
// contact label or a media word says so.
func generalMailbox(addr string) bool {
	return general.MatchString(strings.ToLower(addr[:max(strings.Index(addr, "@"), 0)]))
}

var general = regexp.MustCompile(`^(?:info|information|infos|office|contact|kontakt|kontakty|contacto|contatto|mail|email|post|posti|postmaster|reception|hello|hallo|hola|general|zentrale|sekretariat|secretariat|secretaria|secretaría|segreteria|kancelaria|sales|vertrieb|ventas|vendas|support|service|admin|accueil|enquiries|inquiries)$`)

// headingAbove: a block of a heading or a name above block i, up to an
// entry with a number of its own, is labelled.
func headingAbove(bs []block.Block, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		b := bs[j]
		if prose(b) || EmailRE.MatchString(b.Text()) || PhoneLine(b.Text()) {
			return false
		}
		if labelled(b.Lines) {
			return true
		}
	}
	return false
}

// labelled: a heading opens one of the lines ("Renseignements:",
// "Πληροφορίες: …"; not a field's "E:" or "Tel.:"), or a media word is
// among them.
func labelled(lines []string) bool {
	for _, l := range lines {
		h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(lineLabel.FindString(l)), ":："))
		if ContactLabel.MatchString(l) || mediaWord.MatchString(l) || len([]rune(h)) >= 4 && !fieldLabel.MatchString(h) {
			return true
		}
	}
	return false
}

// fieldLabel: the label of a field of an address block.
var fieldLabel = regexp.MustCompile(`(?i)^(?:e-?mail|mail|courriel|correo|posta|tel\S*|t[eé]l[eé]\S*|phone|fax|telefax|mob\S*|cell|web\S*|internet|url|www|address|adresse|anschrift|dirección|indirizzo|endereço|adres|sitz|registered\s+office)$`)

// unsigned cuts the sender's signature from the blocks: the lines after
// a sign-off ("Kind regards,", "--", "Mit freundlichen Grüßen") up to a
// contact heading. A signature gives the sender's own details, a media
// contact only when its role is a press one ("Jo Reed / Press Officer").
func unsigned(bs []block.Block) []block.Block {
	for i, b := range bs {
		for k, l := range b.Lines {
			if !SignOff.MatchString(l) {
				continue
			}
			out := append([]block.Block(nil), bs[:i]...)
			if k > 0 {
				out = append(out, block.Block{Kind: b.Kind, Lines: b.Lines[:k]})
			}
			sig := append([]block.Block{{Kind: b.Kind, Lines: b.Lines[k:]}}, bs[i+1:]...)
			for j, sb := range sig {
				if t := sb.Text(); ContactLabel.MatchString(sb.Lines[0]) || spokesRole.MatchString(t) || pressLine.MatchString(t) {
					return append(out, sig[j:]...)
				}
			}
			return out
		}
	}
	return bs
}

// SignOff: a line that closes a letter before the sender's signature,
// in the desk's languages.
var SignOff = regexp.MustCompile(`(?i)^\s*(?:--|(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|thanks|thank\s+you|cheers|sincerely|yours\s+(?:sincerely|faithfully|truly)|mit\s+freundlichen\s+grüßen|(?:viele|beste|freundliche)\s+grüße|(?:bien\s+)?cordialement|salutations|(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|(?:cordiali|distinti)\s+saluti|cumprimentos|atenciosamente|met\s+vriendelijke\s+groet(?:en)?|pozdrawiam|z\s+poważaniem|med\s+vänlig\s+hälsning|vänliga\s+hälsningar|med\s+venlig\s+hilsen|venlig\s+hilsen|med\s+vennlig\s+hilsen|ystävällisin\s+terveisin|terveisin|s\s+pozdravem|üdvözlettel|cu\s+stimă|saygılarımızla|με\s+εκτίμηση|с\s+уважением|з\s+повагою|с\s+уважение)[\s,.!]*$`)

// columns reads a block laid out in tab-separated columns, a person to a
// column ("Jo Reed\tSam Patel" over their numbers, then their
// addresses), as a block per column after the heading lines above them.
func columns(bs []block.Block) []block.Block {
	var out []block.Block
	for _, b := range tabRows(bs) {
		var head []string
		var rows [][]string
		for _, l := range b.Lines {
			cells := strings.FieldsFunc(l, func(r rune) bool { return r == '\t' })
			if len(cells) <= 1 && rows == nil {
				head = append(head, l)
				continue
			}
			rows = append(rows, cells)
		}
		if len(rows) < 2 || len(rows[0]) < 2 || !sameWidth(rows) {
			out = append(out, b)
			continue
		}
		if head != nil {
			out = append(out, block.Block{Kind: b.Kind, Lines: head})
		}
		for j := range rows[0] {
			col := block.Block{Kind: b.Kind}
			for _, r := range rows {
				col.Lines = append(col.Lines, strings.TrimSpace(r[j]))
			}
			out = append(out, col)
		}
	}
	return out
}

// tabRows joins the blocks of a table's rows that a text part without
// blank lines gives a block each: consecutive blocks whose every line
// holds a tab. The blocks are copied only when two join.
func tabRows(bs []block.Block) []block.Block {
	tabbed := func(b block.Block) bool {
		for _, l := range b.Lines {
			if !strings.Contains(l, "\t") {
				return false
			}
		}
		return true
	}
	var out []block.Block
	for i, b := range bs {
		if i > 0 && tabbed(b) && tabbed(bs[i-1]) {
			if out == nil {
				out = append([]block.Block(nil), bs[:i]...)
			}
			last := &out[len(out)-1]
			last.Lines = append(append([]string(nil), last.Lines...), b.Lines...)
			continue
		}
		if out != nil {
			out = append(out, b)
		}
	}
	if out == nil {
		return bs
	}
	return out
}

// sameWidth: every row has as many cells as the first.
func sameWidth(rows [][]string) bool {
	for _, r := range rows {
		if len(r) != len(rows[0]) {
			return false
		}
	}
	return true
}

// ContactTrailer is the trailer with the blocks at the body's end, up to
// three, that belong to its contacts: a contact heading ("媒体联系人：张敏")
// over the entry's number and address, a contact sentence, a sign-off
// ("Thanks,") that makes the blocks after it a signature, and the short
// lines of a name or an office over the trailer's first number or
// address, as a text part without blank lines leaves them.
func ContactTrailer(body, trailer []block.Block) []block.Block {
	entry := len(trailer) > 0 && len(trailer[0].Lines) <= 3 && (EmailRE.MatchString(trailer[0].Text()) || PhoneLine(trailer[0].Text()))
	from := len(body)
	for j := len(body) - 1; j >= 0 && len(body)-j <= 3; j-- {
		b := body[j]
		if ContactLabel.MatchString(b.Text()) || ContactSentence(b) || len(b.Lines) > 0 && SignOff.MatchString(b.Lines[0]) {
			from = j
			continue
		}
		if !entry || from != j+1 || len(b.Lines) > 3 || b.Words() > 8 || strings.ContainsAny(LastRune(b.Text()), ".!?。") {
			break
		}
		from = j
	}
	if from == len(body) {
		return trailer
	}
	return append(append([]block.Block(nil), body[from:]...), trailer...)
}

// prepared is the blocks as the contact readers take them: columns a
// block each, the sender's signature cut, lines a script wrapped
// rejoined, spelt addresses written out.
func prepared(bs []block.Block) []block.Block {
	return readable(rejoined(unsigned(columns(bs))))
}

// rejoined joins the lines of an entry that a script wrapped at its
// width ("Jo Reed | … | T: +44 131 555" over "0142 | E: jo.reed@…"): a
// long line that the next line's first word would have carried past 72
// columns. The blocks are copied only when one changes.
func rejoined(bs []block.Block) []block.Block {
	var out []block.Block
	for i, b := range bs {
		var lines []string
		for k := 0; k < len(b.Lines); k++ {
			l := b.Lines[k]
			for k+1 < len(b.Lines) && wrappedAt(b.Lines[k], b.Lines[k+1]) {
				k++
				l += " " + strings.TrimSpace(b.Lines[k])
			}
			lines = append(lines, l)
		}
		if len(lines) == len(b.Lines) {
			continue
		}
		if out == nil {
			out = append([]block.Block(nil), bs...)
		}
		out[i] = block.Block{Kind: b.Kind, Lines: lines}
	}
	if out == nil {
		return bs
	}
	return out
}

// wrappedAt: line l was cut at a wrapping width before next, which goes
// on with it: after a separator, or in lower case or digits, not with a
// label of its own.
func wrappedAt(l, next string) bool {
	n := utf8.RuneCountInString(l)
	first := strings.Fields(next)
	if n < 40 || n > 80 || len(first) == 0 || n+1+utf8.RuneCountInString(first[0]) <= 72 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first[0])
	// An address on a line of its own starts in lower case too.
	goesOn := (unicode.IsLower(r) || unicode.IsDigit(r)) && !EmailRE.MatchString(first[0]) || openEnd.MatchString(l)
	return goesOn && !lineLabel.MatchString(next) && !ContactLabel.MatchString(next)
}

// openEnd: a line that ends in a separator or a joining word.
var openEnd = regexp.MustCompile(`(?i)(?:[,|/·–—-]|\s(?:or|and|oder|und|ou|et|o|y|e))\s*$`)
