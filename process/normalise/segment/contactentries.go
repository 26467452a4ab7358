package segment

import (
	"regexp"
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

// The rules of this file read the entries new senders write: a person
// by number alone under a heading, a job title before a name, an
// organisation's general mailbox, an office's long name.

// underHeading: a contact heading opens one of the three blocks above
// block i, and the blocks between are contact entries.
func underHeading(bs []block.Block, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		b := bs[j]
		if prose(b) || len(b.Lines) > 6 {
			return false
		}
		if ContactLabel.MatchString(b.Lines[0]) {
			return true
		}
		if !EmailRE.MatchString(b.Text()) && !PhoneLine(b.Text()) && !(len(b.Lines) == 1 && columnTitles(b.Lines[0])) {
			return false
		}
	}
	return false
}

// pressSurname: names pressLine's substrings match ("Medina",
// "Medici", "Pressley"), which end a name after a title, not its office.
var pressSurname = regexp.MustCompile(`(?i)^(?:medi(?:n|c|av)|pressl|presser)`)

// columnTitles: the line is a table's row of column titles ("Name |
// Role | Phone", "Nama\tJabatan\tTelepon"): two parts or more, each a
// word or two with neither digit nor address, and no one's name.
func columnTitles(l string) bool {
	parts := ContactSep.Split(strings.TrimSpace(l), -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 2 || strings.ContainsAny(p, "@0123456789") || personIn(p) != "" {
			return false
		}
	}
	return true
}

// named drops an entry by number alone whose person another entry gives
// with an address, or gives before it: the same contact, written over
// two blocks.
func named(cs []draft.Contact) []draft.Contact {
	withAddr := map[string]bool{}
	for _, c := range cs {
		if c.Email != nil && c.Name != nil {
			withAddr[strings.ToLower(*c.Name)] = true
		}
	}
	out := cs[:0]
	seen := map[string]bool{}
	for _, c := range cs {
		if c.Email == nil && c.Name != nil {
			key := strings.ToLower(*c.Name)
			if withAddr[key] || seen[key] {
				continue
			}
			seen[key] = true
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
		capital := hasCapital(w) && !jobTitle.MatchString(w) && !orgWord.MatchString(w) && !(pressLine.MatchString(w) && !pressSurname.MatchString(w)) && !officeNoun.MatchString(w)
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
var jobTitle = prefilter.MustCompile(`(?i)^(?:head|chief|director|manager|officer|adviser|advisor|secretary|coordinator|executive|lead|specialist|consultant|associate|representative|president|vice-president|chair(?:man|woman|person)?|founder|ceo|cfo|coo|cto|cmo|cco|vp|svp|evp|general|` +
	`\p{L}*(?:führer|führerin|vorstand|vorsitzender?|präsident|präsidentin|chef|chefin|sjef|sprecher|sprecherin|leiter|leiterin|referent|referentin|direktør|direktor|direktorin|direktör|leder|ledare|johtaja|päällikkö|asiantuntija|tiedottaja|koordinator|koordinatorin|berater|beraterin|beauftragter?|rådgiver|rådgivare|konsulent|advokat|advokatfullmektig|anwalt|anwältin|åklagare|aklager|påtalejurist|fullmektig|vakthavende|vagthavende|medarbejder|medarbetare|ansvarlig|ansvarig|voorlichter|woordvoerder|manager|managerin|officer)|` +
	`directeur|directrice|director[a]?|direttore|direttrice|diretor[a]?|jefe|jefa|responsable|responsabile|charg[ée]e?|attach[ée]e?|gerente|coordinador[a]?|coordinatore|coordinatrice|coordenador[a]?|assessor[a]?|asesor[a]?|consigliere|conseill(?:er|ère)|délégu[ée]e?|secrétaire|secretari[ao]|segretari[ao]|president[ea]|président[e]?|capo|hoofd|` +
	`rzecznik|rzeczniczka|dyrektor|kierownik|naczelnik|szef|szefowa|mluvčí|ředitel|ředitelka|vedoucí|hovorca|riaditeľ|riaditeľka|szóvivő|igazgató|vezető|sözcü|sözcüsü|müdür|müdürü|müşavir\p{L}*|başkan|başkanı|` +
	`εκπρόσωπος|διευθυντής|διευθύντρια|προϊστάμενος|προϊσταμένη|atstovas|atstovė|direktorius|direktorė|vadovas|vadovė|direktors|direktore|pārstāvis|pārstāve|purtător|șef|şef|` +
	`речник|директор|директорка|начальник|начальница|керівник|керівниця|руководитель|прес-секретар|пресс-секретарь|представник|представниця|представитель|спикер|пресаташе|пресаташе)\.?,?$`)

// postNominal: letters after a name: a service ("RN", "USN"), an
// honour ("OBE", "DSO"), a degree ("PhD"), a generation ("Jr"). A
// list, as a French surname in capitals ("Marie Claire ROY") has the
// same shape.
var postNominal = prefilter.MustCompile(`^(?:PA|PN|PAF|PMC|PNP|RN|RNR|RM|RAF|RAAF|RAN|RNZN|RCN|USN|USMC|USAF|USCG|OBE|MBE|CBE|KBE|DBE|CB|KCB|GCB|CMG|KCMG|CVO|LVO|MVO|DSO|DSC|DFC|MC|QGM|GM|VC|GC|ADC|QC|KC|MP|MEP|FRS|FREng|PhD|DPhil|MSc|MBA|MA|BSc|BA|MD|Jr|Sr)\.?,?$`)

// generalMailbox: an organisation's general address ("info@",
// "reception@", "kontakt@"), which is a media contact only where a
// contact label or a media word says so.
func generalMailbox(addr string) bool {
	return general.MatchString(strings.ToLower(addr[:max(strings.Index(addr, "@"), 0)]))
}

var general = prefilter.MustCompile(`^(?:info|information|infos|office|contact|kontakt|kontakty|contacto|contatto|mail|email|post|posti|postmaster|reception|hello|hallo|hola|general|zentrale|sekretariat|secretariat|secretaria|secretaría|segreteria|kancelaria|sales|vertrieb|ventas|vendas|support|service|admin|accueil|enquiries|inquiries)$`)

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
var fieldLabel = prefilter.MustCompile(`(?i)^(?:e-?mail|mail|courriel|correo|posta|tel\S*|t[eé]l[eé]\S*|phone|fax|telefax|mob\S*|cell|web\S*|internet|url|www|address|adresse|anschrift|dirección|indirizzo|endereço|adres|sitz|registered\s+office)$`)

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
