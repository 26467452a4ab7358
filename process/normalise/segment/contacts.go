package segment

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

var (
	EmailRE = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	// phoneRE wants an international "+" or a trunk "0" (or Russia's "8"
	// before a bracketed code, or a Chinese mobile's eleven digits) and
	// seven digits or more, so years, amounts and reference numbers are
	// not taken.
	phoneRE      = regexp.MustCompile(`(?:\(\+\d{1,3}\)|\+\d{1,3}|\(0\d{1,4}\)|\b0)[\d ()./-]{5,}\d|\(\d{3}\)\s?\d{3}[ .-]\d{4}\b|\(\d{2}\)\s?\d{4,5}-\d{4}\b|\b1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b8\s?\(\d{3,5}\)\s?\d[\d -]{4,}\d|\b1[3-9]\d{9}\b`)
	ContactLabel = regexp.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office)|contacts?(?:\s+(?:for|pour|para|per|pro|für|voor|dla)\s+(?:the\s+|les\s+|la\s+)?(?:media|médias|medios|medien|média|press|presse|prensa|stampa|pers|mediów))?|presse(?:kontakt)?|contact\s+(?:presse|médias?)|kontakty?(?:\s+(?:pro|für|dla|för)\s+(?:média|medien|mediów|media))?|perscontact|pressekontakt|mediakontakt|pressekontakt|pressikontakt|mediayhteydet|lisätietoja|sajtókapcsolat|contacto(?:\s+de)?\s+(?:prensa|medios)|contatti?\s+(?:stampa|per\s+la\s+stampa)|ufficio\s+stampa|kontakt\s+dla\s+mediów|for\s+(?:more|further)\s+(?:information|details)(?:\s*,?\s*(?:please\s+)?contact)?|for\s+media\s+(?:enquiries|inquiries)(?:\s*,?\s*(?:please\s+)?contact)?|for\s+press\s+(?:information|enquiries)(?:\s+and\s+images)?(?:\s*,?\s*(?:please\s+)?contact)?|further\s+(?:information|details)|контакты?(?:\s+для\s+(?:сми|прессы))?|(?:報道関係者(?:の)?|本件に関する|取材に関する)?お?問い?合わ?せ(?:先|窓口)?|언론\s*문의(?:처)?|문의(?:처)?|媒体联系人?|媒體聯絡人?|新闻联系人?|联系方式|聯絡方式|联系人|聯絡人)(?:\s*[\]】〕］»》〉」)]\s*[:：]?\s*|\s*[:：]\s*|\s+|$)|(?:(?:for|pour|para|per|für|voor|för|za|dla|pentru)\s+)?(?:plus\s+d['’]\s*|(?:more|further|más|mais|maggiori|weitere|meer|mer|yderligere|ytterligere|ytterligare|dodatkowe|więcej|další|bližší|további|daugiau|papildu|dodatne|više|suplimentare|додаткова|дополнительная|повече)\s+)?(?:informations?|información|informazioni|informações|informationen|informatie|informasjon|oplysninger|opplysninger|upplysningar|informacje|informacji|informace|információ|informacijos|informācija|informacija|informacije|informații(?:\s+suplimentare)?|информация|інформація|πληροφορίες|inlichtingen|renseignements|auskunft|auskünfte|rückfragen|rückfragehinweis|справки|довідки|lisainfo|lisainformatsioon|relații\s+suplimentare|enquiries|queries|press\s+queries|bilgi(?:\s+için)?|ayrıntılı\s+bilgi|(?:basın\s+)?(?:iletişim|İletişim)|kontak|narahubung|(?:thông\s+tin\s+)?liên\s+hệ|informasi\s+lebih\s+lanjut|ansprechpartner(?:in)?|kontaktperson|contactpersoon|yhteyshenkilö|persona\s+de\s+contacto|persoană\s+de\s+contact|osoba\s+kontaktowa|kontaktní\s+osoba|referente|assessoria\s+de\s+imprensa|για\s+περισσότερες\s+πληροφορίες|לפרטים\s+נוספים|למידע\s+נוסף|للمزيد\s+من\s+المعلومات|للاستفسارات|للتواصل(?:\s+الإعلامي)?|अधिक\s+जानकारी\s+के\s+लिए|मीडिया\s+संपर्क|ติดต่อ(?:สื่อมวลชน)?|咨询电话|za\s+повече\s+информация)(?:\s*[:：]\s*|\s*$))`)
	phoneLabel   = regexp.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:t|tel|telephone|phone|mob|mobile|m|ph|office|direct)\s*[.:]\s*`)
	ContactSep   = regexp.MustCompile(`\s*[|,/，、،\t]\s*|\s+[–—·•-]\s+|\s*\x{3000}\s*`)
	lineLabel    = regexp.MustCompile(`^\s*\p{L}[\p{L}\p{M} .&'’-]{0,30}[:：]\s*`)
	// honorific is a rank or title before a contact's name, academic
	// ones too ("Mag.", "Mgr.", "Dott.ssa"): an editor files the name
	// alone.
	honorific = regexp.MustCompile(`^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lt|Lieut|Cdr|Cmdr|Comdt|Cmdt|Cdre|Adm|Capt|Cpt|Gp|Col|Maj|Gen|Brig|Sgt|Cpl|Wg|Sqn|Ldr|Flt|Supt|Insp|Det|Cllr|Rev|Herr|Frau|Mme|Mlle|M|Mag|MMag|Mgr|Ing|Dipl\.-Ing|Dott|Dott\.ssa|Sig|Sig\.ra|Drs|Lic|Sr|Sra|Srta|Dña|Dhr|Mevr|Hr|Fr|Ông|Bà|Bapak|Ibu|Sayın|κ|κα|κος|г-н|г-жа|श्री|श्रीमती|सुश्री|डॉ|السيد|السيدة|الدكتور)\.?\s+)+`)
	// place words make "Main Building" an address, not a person.
	place = regexp.MustCompile(`(?i)\b(?:building|street|road|avenue|square|place|tower|quay|wharf|straße|strasse|allee|platz|weg|rue|boulevard|calle|via|plaza|gate|gatan|vej|katu|ulica)\b`)
	// rank is a military or police rank, in full or short, in the
	// languages the desk receives: "Capitaine de frégate", "plk.",
	// "Lieutenant(N)", "Capitão-tenente", "C.F.".
	rank = regexp.MustCompile(`(?i)^(?:(?:air\s+|vice\s+|rear\s+|lieutenant[- ]|major[- ]|brigadier[- ]|wing\s+|group\s+|squadron\s+|flight\s+|staff\s+|chief\s+|master\s+|first\s+|second\s+|petty\s+|warrant\s+)*(?:commodore|admiral|general|brig|gen|col|maj|capt|generał|général|generale|colonel|kolonel|coronel|colonnello|oberst(?:leutnant)?|pułkownik|plk|płk|ppłk|major|mjr|majoor|commandant|comandante|commander|captain|capitaine(?:\s+de\s+(?:frégate|corvette|vaisseau))?|capitán(?:\s+de\s+(?:fragata|corbeta|navío))?|capitão(?:-(?:tenente|de-fragata|de-mar-e-guerra))?|capitano|kapitän|kapitan|kapitein|hauptmann|fregattenkapitän|korvettenkapitän|lieutenant(?:\s*\([A-Z]\))?|leutnant|teniente|tenente|sergeant|sergent|sargento|brigadier|brigadeiro|inspector|inspecteur|inspektor|superintendent|chief\s+inspector|officer|kommissar|comisario|commissaire|C\.\s?F\.|C\.\s?V\.|Lt\.?\s?Col\.?|kpt|por|ppor|npor|kmdr|kmdr\s+por)\.?\s+)+`)
	// orgWord: a word naming an organisation or an office, in English and
	// the desk's other languages.
	orgWord = prefilter.MustCompile(`(?i)\b(?:office|section|department|affairs|relations|team|desk|press|media|communications?|ministry|ltd|limited|gmbh|inc|plc|group|agency|centre|center|service|unit|cell|policing|association|systems|technologies|industries|institute|museum|trust|foundation|university|college|academy|corporation|corp|company|partners|partnership|council|authority|forces|navy|army|police|hospice|charity|aerospace|defence|defense|pressestelle|presse|prensa|imprensa|stampa|pers|presstjänst|pressetjeneste|viestintä|biuro|gabinete|bureau|oficina|departamento|ufficio|kommunikation|comunicación|comunicação|ministerio|ministério|ministero|ministère|secretaría|secretaria|secrétariat|segreteria|dirección|direção|direzione|direction|comando|commandement|jefatura|ejército|exército|esercito|armée|armada|policía|polícia|polizia|gendarmerie|carabinieri|prefectura|prefeitura|prefettura|questura|unidad|unidade|unità|unité|centro|sezione|sección|secção|servizio|servicio|serviço|reparto|settore|sector|relazioni|relaciones|relações|birou|biroul|oddělení|odbor|wydział|dział|zespół)\b`)
)

// Contacts reads the media contacts from the blocks after a release's
// body: every email address with the name and the first phone number
// written next to it. The desk's own addresses (the email's recipients)
// and addresses in footers are never contacts.
func Contacts(bs []block.Block, desk map[string]bool) []draft.Contact {
	bs, sentences := contactSentences(prepared(bs))
	out := []draft.Contact{}
	seen := map[string]bool{}
	for i, b := range bs {
		if prose(b) || footer.MatchString(b.Text()) {
			continue
		}
		// entry: the lines that belong to an address's entry.
		entry := make([]bool, len(b.Lines))
		for k, l := range b.Lines {
			if words := EmailRE.ReplaceAllString(l, ""); footer.MatchString(l) || otherPurpose.MatchString(words) && !mediaWord.MatchString(words) && !ContactLabel.MatchString(l) {
				// "Unsubscribe news@desk.example | Update Profile",
				// "Photos: photodesk@…", "Accreditation: register at …"
				continue
			}
			if EmailRE.MatchString(l) {
				for j := k - above(b.Lines, k) + 1; j <= k; j++ {
					entry[j] = true
				}
			}
			prevEnd := 0
			for _, loc := range EmailRE.FindAllStringIndex(l, 5) {
				addr := strings.TrimRight(l[loc[0]:loc[1]], ".")
				seg := l[prevEnd:loc[1]]
				// "jo.reed@… / press@…": the office's address after a
				// person's is the same entry's second address.
				second := prevEnd > 0 && alternative.MatchString(l[prevEnd:loc[0]]) && OfficeMailbox(addr)
				prevEnd = loc[1]
				key := strings.ToLower(addr)
				if seen[key] || desk[key] || len(out) >= 5 || second {
					continue
				}
				seen[key] = true
				lines := nearLines(bs, i, k)
				head := strings.Join(lines[:above(bs[i].Lines, k)], "\n")
				if loc[0] > 0 && seg != l[:loc[1]] && contactName([]string{seg}) != "" {
					// "Media: Jane Smith, …, jane@… | Investors: Bob Lee,
					// …, bob@…": the line's second entry is its own.
					lines, head = []string{seg}, seg
				}
				if investor.MatchString(head) && !mediaWord.MatchString(head) || investorHeading(bs, i, k) {
					continue // investor relations: not a media contact
				}
				if generalMailbox(addr) && !labelled(bs[i].Lines) && !headingAbove(bs, i) {
					continue // "Acme Ltd | 1 Harbour Road | info@…": the firm's address, not a media contact
				}
				c := draft.Contact{Email: &addr}
				n := contactName(lines)
				if n == "" || !PersonLike(n) {
					// The address may spell a person named nearby:
					// "heidi.rantanen@…" or "rh@…" for Rasmus Holm.
					// The last words of an office's name are no person
					// ("pi@" for "… Sezione Pubblica Informazione").
					if p := mailboxOwner(addr, bs); p != "" && !(strings.HasSuffix(n, p) && titleShaped(n) && orgWord.MatchString(n)) {
						n = p
					}
				} else if p := mailboxOwner(addr, []block.Block{{Lines: []string{n}}}); p != "" {
					n = p // "Pressechef Rasmus Holm" for rh@…
				}
				if n != "" {
					c.Name = &n
				}
				if p := firstPhone(lines); p != "" {
					c.Phone = &p
				}
				out = append(out, c)
			}
		}
		if ContactLabel.MatchString(b.Lines[0]) {
			out = append(out, listedByPhone(b.Lines[1:], entry[1:])...)
		} else if sentences[i] || underHeading(bs, i) && !EmailRE.MatchString(b.Text()) {
			// "Lisätietoja:" over a block per person, one of them
			// with a number and no address.
			out = append(out, listedByPhone(b.Lines, entry)...)
		}
	}
	return named(out)
}

// alternative: the words between two addresses of one entry.
var alternative = regexp.MustCompile(`(?i)^[\s/|,;]*(?:or|oder|ou|o|of|eller|tai|lub|nebo|vagy|sau|veya|ή|или|або)?[\s/|,;]*$`)

// listedByPhone reads the entries of a list under a contact heading that
// give a person and a number but no address ("Media contacts:" over
// "Minister's office: Sam Gorman 0412 555 678" and "Defence Media:
// media@…"; "Further information:" over a chief executive's number),
// skipping the lines of the addresses' entries.
func listedByPhone(lines []string, entry []bool) []draft.Contact {
	var out []draft.Contact
	for k, l := range lines {
		if entry[k] || EmailRE.MatchString(l) || investor.MatchString(l) && !mediaWord.MatchString(l) {
			continue
		}
		n, p := contactName(lines[k:k+1]), firstPhone(lines[k:k+1])
		if p == "" || personIn(n) == "" && !pressLine.MatchString(n) {
			continue // "Royal Navy: Navy Media Office, 023 …" is an office's entry
		}
		out = append(out, draft.Contact{Name: &n, Phone: &p})
	}
	return out
}

// readable writes out addresses spelt to fool harvesters, "anna.berg
// [at] agency.eu", "presse(at)amt(punkt)de", "press AT navy DOT mil", so
// they read as addresses, also when the line breaks inside the address
// ("stampa (at)" over "questura.example"); the blocks are copied only
// when one changes.
func readable(bs []block.Block) []block.Block {
	var out []block.Block
	for i, b := range bs {
		var lines []string
		changed := false
		for k := 0; k < len(b.Lines); k++ {
			w := unspell(b.Lines[k])
			if k+1 < len(b.Lines) && openAt.MatchString(b.Lines[k]) {
				if j := unspell(b.Lines[k] + " " + b.Lines[k+1]); EmailRE.MatchString(j) {
					w = j
					k++
				}
			}
			changed = changed || w != b.Lines[k]
			lines = append(lines, w)
		}
		if !changed {
			continue
		}
		if out == nil {
			out = append([]block.Block(nil), bs...)
		}
		out[i].Lines = lines
	}
	if out == nil {
		return bs
	}
	return out
}

// unspell writes out the spelt addresses of one line.
func unspell(l string) string {
	for _, sp := range []struct{ at, dot *regexp.Regexp }{{spelledAt, spelledDot}, {spelledWords, spelledWordDot}} {
		if !sp.at.MatchString(l) {
			continue
		}
		l = sp.at.ReplaceAllStringFunc(l, func(m string) string {
			sm := sp.at.FindStringSubmatch(m)
			domain := ""
			for _, d := range sm[2:] { // the branch that matched
				domain = cmp.Or(domain, d)
			}
			domain = sp.dot.ReplaceAllString(domain, ".")
			if !topLevel.MatchString(domain) {
				return m // "section (a) 3.2": no domain
			}
			if sp.at == spelledWords && strings.ToUpper(sm[1]) == sm[1] && strings.ToLower(sm[1]) != sm[1] {
				return m // "ARRIVING AT RAF.NORTHOLT": a capitals line, not an address
			}
			return sm[1] + "@" + domain
		})
	}
	return l
}

var (
	// spelledAt: a local part, "at" or "@" in brackets, and a domain whose
	// dots may be spelt too.
	spelledAt = regexp.MustCompile(`(?i)([\w.+-]+)\s*[\[({<]\s*(?:at|a|@|arobase|arroba|ät|snabel-a|chiocciola|małpa|malpa|zavináč|kukac|собака|apenstaartje|klammeraffe)\s*[\])}>]\s*([\w-]+(?:\s*(?:\.|[\[({<]\s*(?:dot|punkt|punktum|point|punto|ponto|piste|pont|kropka|tečka|bodka|nokta|точка|τελεία)\s*[\])}>])\s*[\w-]+)+)`)
	// openAt: a line that breaks after a spelt "at".
	openAt = regexp.MustCompile(`(?i)[\w.+-]+\s*(?:[\[({<]\s*(?:at|a|@|arobase|arroba|ät|chiocciola)\s*[\])}>]|\s(?:AT|arroba))\s*$`)
	// topLevel: a domain ends in letters.
	topLevel   = regexp.MustCompile(`\.\pL{2,}$`)
	spelledDot = regexp.MustCompile(`(?i)\s*(?:\.|[\[({<]\s*(?:dot|punkt|punktum|point|punto|ponto|piste|pont|kropka|tečka|bodka|nokta|точка|τελεία)\s*[\])}>])\s*`)
	// spelledWords: "at" as a bare word, in capitals before a domain
	// ("press AT navy.mil", "press AT navy DOT mil") or in any case when
	// the domain's dot is spelt too: a sentence seldom has a word, "at",
	// a word, "dot" and a word (a plain "at" not with "point": "at this
	// point in time"). The domain ends in letters, so "AT 10.30" is a
	// time, and a line in capitals is no address.
	spelledWords   = regexp.MustCompile(`\b([\w.+-]+)\s+(?:AT\s+([\w-]+(?:(?:\.|\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+)[\w-]+)*(?:\.|\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+)\p{L}{2,})|(?i:at)\s+([\w-]+(?:\s+(?i:dot|punktum|kropka|tečka|bodka|nokta|точка)\s+[\w-]+)*\s+(?i:dot|punktum|kropka|tečka|bodka|nokta|точка)\s+\p{L}{2,})|(?i:arobase|arroba|chiocciola|małpa|zavináč|kukac|собака)\s+([\w-]+(?:\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+[\w-]+)*\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+\p{L}{2,}))\b`)
	spelledWordDot = regexp.MustCompile(`(?i)\s+(?:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+|\.`)
)

// contactSentences gives a paragraph of prose that names a contact in one
// of its sentences ("… For media enquiries contact Ingrid Hansen, +47 …,
// ingrid@…." at the end of an About section) a block of those sentences
// alone, from the person after the cue on, so that they read as contact
// lines; the blocks are copied only when one changes, and the indices
// of those rewritten are returned with them.
func contactSentences(bs []block.Block) ([]block.Block, map[int]bool) {
	var out []block.Block
	rewritten := map[int]bool{}
	for i, b := range bs {
		if !prose(b) {
			continue
		}
		lines := cuedContacts(b.Text())
		if lines == nil {
			continue
		}
		if out == nil {
			out = append([]block.Block(nil), bs...)
		}
		out[i] = block.Block{Kind: block.Para, Lines: lines}
		rewritten[i] = true
	}
	if out == nil {
		return bs, rewritten
	}
	return out, rewritten
}

// cuedContacts are the sentences of t that name a contact after a cue
// ("please contact", "can reach"), each from the person after the cue
// on; nil when none does.
func cuedContacts(t string) []string {
	if !EmailRE.MatchString(t) && !PhoneLine(t) {
		return nil
	}
	var lines []string
	from := 0
	for _, end := range append(sentenceEnd.FindAllStringIndex(t, -1), []int{len(t), len(t)}) {
		if end[0] < len(t) && abbrevEnd.MatchString(t[from:end[0]]) {
			continue // "tel. 040 …", "Dr. Salo": no sentence ends
		}
		sent := t[from:end[0]]
		from = end[1]
		at := EmailRE.FindStringIndex(sent)
		if at == nil {
			// "… contact Mikko Salonen, tel. 040 555 0182": a
			// person by number alone.
			at = phoneRE.FindStringIndex(sent)
		}
		if at == nil {
			continue
		}
		cues := contactCue.FindAllStringIndex(sent[:at[0]], -1)
		if len(cues) == 0 {
			continue
		}
		lines = append(lines, strings.TrimSpace(strings.TrimRight(sent[cues[len(cues)-1][1]:], ". ")))
	}
	return lines
}

// ContactSentence: the block names a contact in a sentence, long or
// short ("Para más información, pueden contactar con Marta Fernández en
// el 981 555 012", "Journalists can reach Jo Reed at …"), as a release's
// last paragraph may.
func ContactSentence(b block.Block) bool {
	return cuedContacts(b.Text()) != nil
}

// sentenceEnd ends a sentence; an address's dots have no space after them.
var sentenceEnd = regexp.MustCompile(`[.!?。！？]\s+`)

// abbrevEnd: the text ends in an abbreviation whose dot ends no
// sentence, a phone label's or a title's.
var abbrevEnd = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:tel|tél|ph|tlf|puh|mob|cell|fax|no|nr|dr|mr|mrs|ms|prof|lt|col|capt|cdr|gen|maj|sgt|st|mag|ing|dott)$`)

// contactCue: the words that put a contact in a sentence, in the desk's
// languages ("please contact", "can reach", "enquiries to", "wenden
// Sie sich an", "contactez", "joindre", "si prega di contattare",
// "обращайтесь к").
var contactCue = regexp.MustCompile(`(?i)\b(?:contact(?:ez|er|ar|e)?|reach|be\s+reached(?:\s+by\s+(?:phone|telephone|e-?mail))?\s+(?:on|at|via)\b|joindre|enquiries|inquiries|queries|kontakt(?:ieren|ujte|ować|uj)?|wenden\s+sie\s+sich\s+an|contatt(?:are|i)|contacto|contactar|contate|neem\s+contact\s+op\s+met|kontakta|ota\s+yhteyttä|обращайтесь(?:\s+к)?|свяжитесь\s+с|звертайтеся\s+до|lisätietoja(?:\s+ant(?:aa|avat))?|rückfragen(?:\s+(?:an|beantwortet|richten\s+sie\s+bitte\s+an))?|auskunft\s+(?:gibt|erteilt|erteilen)|(?:further|more)\s+information(?:\s+(?:from|is\s+available\s+from))?|yderligere\s+oplysninger(?:\s+ved)?|upplysningar(?:\s+lämnas\s+av)?|inlichtingen(?:\s+bij)?|renseignements(?:\s+auprès\s+de)?|informacji\s+udziela|πληροφορίες)\b[\s:,]*(?:(?:to|with|at|on|please|us|the|a|an|à|a|con|mit|met|z|s)\s+)*`)

// otherPurpose: a line giving an address for something other than the
// media's questions: pictures, accreditation or registration, a
// newsletter, unsubscribing, a mailing's own notice.
var otherPurpose = regexp.MustCompile(`(?i)\b(?:images?|photos?|photograph\w*|pictures?|footage|b-roll|accredit\w*|regist(?:er|ration)|rsvp|newsletters?|(?:un)?subscri\w+|opt[- ]?out|no\s+longer\s+wish|was\s+sent\s+to|privacy|webmaster|careers?|jobs|\p{L}*bilder|\p{L}*fotos?|akkreditier\w*|anmeld\w*|abmeld\w*|inscri\w+|désinscri\w+|accréditation|acreditaci\w+|darse\s+de\s+baja|iscri\w+|disiscri\w+|immagini|imágenes|afbeeldingen|aanmelden|afmelden|bilder|kuvat|zdjęcia|akredytac\w+)\b`)

// investor: an investor-relations contact, which is not the media's
// unless it says it answers the media too.
var (
	investor  = regexp.MustCompile(`(?i)\b(?:investor|investisseur|inversor|inversionista|investitor|investidor|belegger|inwestor|sijoittaj|investerar|инвестор|інвестор|επενδυτ)|投資家|投资者|^\s*IR\s*(?:[:,–—-]|$)`)
	mediaWord = regexp.MustCompile(`(?i)\b(?:media|medie|medien|médias?|medios|press|presse|prensa|stampa|pers|(?:medi[ae]|press[e]?)kontakt)\b`)
)

// investorHeading: the nearest heading above line k of block i, in
// this block or the three above, is an investor-relations one
// ("Investor contact:" over "Mark Bell, …, ir@…"), up to another entry's
// address.
func investorHeading(bs []block.Block, i, k int) bool {
	if own := bs[i].Lines[k]; ContactLabel.MatchString(own) || lineLabel.MatchString(own) {
		return false // "Mediekontakt: Live Aasen, …": the entry's own label decides
	}
	for j := i; j >= 0 && i-j <= 3; j-- {
		lines := bs[j].Lines
		if j == i {
			lines = lines[:k]
		}
		for n := len(lines) - 1; n >= 0; n-- {
			l := lines[n]
			if EmailRE.MatchString(l) || entryLine(l) {
				return false
			}
			if investor.MatchString(l) || mediaWord.MatchString(l) || ContactLabel.MatchString(l) {
				return investor.MatchString(l) && !mediaWord.MatchString(l)
			}
		}
	}
	return false
}

// above counts the lines nearLines puts first for line k of a block: the
// line itself and those above it back to another contact's entry.
func above(own []string, k int) int {
	j := k - 1
	named := PhoneLine(own[k]) || contactName(own[k:k+1]) != ""
	for j >= 0 && !EmailRE.MatchString(own[j]) && !(named && entryLine(own[j])) {
		j--
	}
	return k - j
}

// entryLine: the line is a contact's entry of its own, a name and a
// number ("Minister's office: Sam Gorman 0412 555 678").
func entryLine(l string) bool {
	return PhoneLine(l) && contactName([]string{l}) != ""
}

// nearLines are the lines that describe the address on line k of block
// i: its own line, the lines above it in reading order back to another
// contact's entry, then (when the block holds no earlier entry) the short
// blocks above; then the lines below it up to the next address or the
// next entry of a name and a number, and a phone block just below.
func nearLines(bs []block.Block, i, k int) []string {
	own := bs[i].Lines
	// A line above with a name and a number is another contact's entry
	// when this line has its own; else it is this address's.
	j := k - above(own, k)
	lines := append([]string{own[k]}, own[j+1:k]...)
	group := ContactGroup(bs, i)
	if j < 0 {
		// The short blocks above this one come first in its group.
		for _, l := range group {
			if len(own) > 0 && l == own[0] {
				break
			}
			lines = append(lines, l)
		}
	}
	named := PhoneLine(own[k]) || contactName(own[k:k+1]) != ""
	for j := k + 1; j < len(own) && !EmailRE.MatchString(own[j]) && !(named && entryLine(own[j])); j++ {
		lines = append(lines, own[j])
	}
	if after := ownIndex(group, own); after >= 0 {
		lines = append(lines, group[after:]...)
	}
	return lines
}

// ownIndex is where the lines after block own start in its group, -1 when
// none follow.
func ownIndex(group, own []string) int {
	for g := 0; g+len(own) <= len(group); g++ {
		if len(own) > 0 && group[g] == own[0] && g+len(own) < len(group) {
			return g + len(own)
		}
	}
	return -1
}

// ContactGroup gathers the lines of one contact, which HTML mail often
// spreads over several paragraphs: the short blocks above the address
// (name, role) and a phone number just below it.
func ContactGroup(bs []block.Block, i int) []string {
	short := func(b block.Block) bool {
		// "Tél. 02 97 55 01 23 – Fax 02 97 55 01 99": numbers are no words.
		words := b.Words() <= 12 || PhoneLine(b.Text()) && len(strings.Fields(phoneRE.ReplaceAllString(b.Text(), ""))) <= 12
		return len(b.Lines) <= 3 && words && !EmailRE.MatchString(b.Text()) && !prose(b)
	}
	from, to := i, i+1
	for from > 0 && i-from < 4 && short(bs[from-1]) && !AboutRE.MatchString(bs[from-1].Text()) {
		from--
	}
	// A person with a number below is another contact's entry; a field's
	// label alone ("Phone:") may stand over the number.
	number := func(j int) bool {
		return j < len(bs) && short(bs[j]) && phoneRE.MatchString(bs[j].Text()) && personIn(contactName(bs[j].Lines[:1])) == ""
	}
	for to < len(bs) && to-i <= 3 && (number(to) || fieldLabel.MatchString(strings.Trim(bs[to].Text(), " :：")) && number(to+1)) {
		to++
	}
	var lines []string
	for _, b := range bs[from:to] {
		lines = append(lines, b.Lines...)
	}
	return lines
}

// prose is a block of sentences that mentions an address in passing
// ("register at press@… by Friday"), not a contact block.
func prose(b block.Block) bool {
	if b.Words() > 60 {
		return true
	}
	// "For media enquiries, please contact Jane Smith on … or email …."
	// is a contact written as a sentence.
	return b.Words() > 12 && strings.HasSuffix(strings.TrimSpace(b.Text()), ".") && !ContactLabel.MatchString(b.Text())
}

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
	// prev: the office written on the line before, "" when it has none.
	var office, other, label, prev string
	for _, l := range lines {
		l, named := stripLabel(l)
		if named == "" {
			// "Irish Coast Guard Press Office: 01 555 0117", "Pressevakt:
			// +47 …", "דוברות: 050-…": a press line's own name.
			named = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(lineLabel.FindString(l)), ":："))
			if !pressLine.MatchString(named) || wholeLabel(named) || labelledPhone.MatchString(named+" 0000000") {
				named = ""
			}
		}
		if label == "" {
			label = named
		}
		lbl := strings.TrimRight(strings.TrimSpace(lineLabel.FindString(l)), ":：")
		if loc := labelledPhone.FindStringIndex(lbl + " 0000000"); loc == nil || loc[0] == 0 {
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
			label := labelledPhone.FindStringIndex(part)
			onlyNumber := number && (phoneLabel.MatchString(part) || label != nil && label[0] == 0 ||
				digitsFirst != "" && unicode.IsDigit(rune(digitsFirst[0])))
			// "Josh Nguyen 0400 555 219", "王小姐 電話：02-…": the name ends
			// where the number or its label starts.
			for _, re := range []*regexp.Regexp{labelledPhone, phoneRE} {
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
			if loc := longLabel.FindStringIndex(part); loc != nil {
				head, rest := strings.TrimSpace(strings.TrimRight(part[:loc[1]], ":：")), strings.TrimSpace(part[loc[1]:])
				if (rest == "" || spacedNumber.MatchString(rest)) && pressLine.MatchString(head) && !strings.ContainsAny(head, "@") {
					part = head
				} else {
					part = rest
				}
			}
			// "تلفن", "फोन": a phone label left alone before its number.
			phoneWord := labelledPhone.FindStringIndex(part + " 0000000")
			blank := part == "" || strings.ContainsAny(part, "@:") || phoneRE.MatchString(part) || spacedNumber.MatchString(part) ||
				phoneWord != nil && phoneWord[0] == 0 ||
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
			// its name; after a comma they may name a person.
			dashed := from >= 0 && !closed && !hasCase(part) && strings.ContainsAny(strings.TrimSpace(l[to:start]), "–—-")
			if name := personIn(part); name != "" && !spellsDomain(name, addrs) && !dashed {
				return name
			}
			if closed {
				continue
			}
			words := len(strings.Fields(part))
			if from < 0 {
				listed = (orgWord.MatchString(part) || orgCompound.MatchString(part) || pressLine.MatchString(part) || officeEnd.MatchString(part) || officeNoun.MatchString(part)) && (words <= 8 || words <= 14 && titleShaped(part))
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
		if prev != "" && prev == office && !pressLine.MatchString(prev) && pressLine.MatchString(written) {
			// "Polizeipräsidium Westfalen-Süd" over "Pressestelle": an
			// organisation's press office on two lines is one office.
			office, other = prev+", "+written, ""
		} else if prev != "" && prev == label && office == "" && listed && !pressLine.MatchString(written) {
			// "Press Office" over "Ministry of Defence": the office, then
			// its organisation.
			office = prev + ", " + written
		} else if listed && office == "" {
			office = written
		} else if !listed && other == "" {
			other = written
		}
		prev = written
	}
	for _, n := range []string{office, other} {
		if n != "" {
			return n
		}
	}
	return label
}

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

// wholeLabel: the part is a contact label and nothing more ("Media
// contact", not "Ufficio Stampa Leonardo").
func wholeLabel(part string) bool {
	loc := ContactLabel.FindStringIndex(part + ":")
	return loc != nil && loc[1] == len(part)+1
}

// connective: an article before an office written in a sentence, or a
// preposition before its number ("contact the Press Office on 01632 …").
var connective = regexp.MustCompile(`^(?:the|our)\s+|\s+(?:on|at|via|by|au|al|à|en|op|på|na|em|unter|bei|под|по)$`)

// pressLine: words that make a label the name of a press office, desk
// or line, in the desk's languages ("Presstjänst", "pressevagt",
// "Pressetelefon PST", "Media Relations", "דוברות", "広報室").
var pressLine = regexp.MustCompile(`(?i)press|pres[ăa]\b|medi[ae]|stampa|prensa|imprensa|communica|comunica|kommunik|viestin|tisk|prasow|sajt|basın|τύπου|пресс|прес|інформ|דוברות|دوبر|إعلام|علاقات\s+عامة|روابط\s+عمومی|जनसंपर्क|मीडिया|प्रेस|জনসংযোগ|প্রেস|ஊடக|広報|報道|홍보|대변인|\bIR|新闻|新聞|宣传|宣傳|公关|公關|office|relations`)

// longLabel: the words before a colon inside a part.
var longLabel = regexp.MustCompile(`^[^@]*[:：]`)

// officeLabel: a contact label that is an office's name ("Press Office",
// "Ufficio stampa").
var officeLabel = regexp.MustCompile(`(?i)^\W*(?:(?:media|press|news)\s+office|ufficio\s+stampa)`)

// stripLabel drops the contact label opening a line and returns the
// office it names, if it names one. A label that runs on into a name
// without a colon is the office's own name: "Ufficio Stampa GdF Genova".
func stripLabel(l string) (rest, office string) {
	loc := ContactLabel.FindStringIndex(l)
	if loc == nil {
		return l, ""
	}
	m := l[loc[0]:loc[1]]
	if !officeLabel.MatchString(m) {
		return l[loc[1]:], ""
	}
	if loc[1] < len(l) && !strings.ContainsAny(m, ":：") {
		return l, ""
	}
	return l[loc[1]:], strings.TrimSpace(strings.Trim(strings.TrimSpace(m), ":："))
}

// spellsDomain: the words spell the start of an address's domain, as an
// organisation's do ("Rotes Kreuz Steiermark" for roteskreuz-stmk.example).
func spellsDomain(name string, addrs []string) bool {
	ws := strings.Fields(foldASCII(name))
	if len(ws) < 2 {
		return false
	}
	head := ws[0] + ws[1]
	for _, a := range addrs {
		domain := a[strings.LastIndex(a, "@")+1:]
		if i := strings.Index(domain, "."); i >= 0 {
			domain = domain[:i]
		}
		if strings.HasPrefix(strings.ReplaceAll(strings.ToLower(domain), "-", ""), head) {
			return true
		}
	}
	return false
}

// orgCompound: a word ending as the compounds naming organisations do in
// German, Dutch and the Nordic languages ("Landeskommando", "Kystverket",
// "Rajavartiolaitos"): an office's name, not a person's.
var orgCompound = regexp.MustCompile(`(?i)\p{L}{2,}(?:amt|ministerium|ministerie|ministeriö|kommando|verband|behörde|zentrum|zentrale|stelle|abteilung|dienst|direktion|präsidium|gesellschaft|werft|agentur|kammer|verket|styrelsen|departementet|myndigheten|tjeneste|tjänst|laitos|virasto|keskus)\b`)

// issuedBy opens a line that names the office issuing the release
// ("Issued by:", an agency's "Sent on behalf of").
var issuedBy = regexp.MustCompile(`(?i)^(?:issued\s+by|(?:(?:sent|issued|distributed)\s+)?on\s+behalf\s+of)\s*:?\s*`)

// personIn finds a person's name in one part of a contact line, after the
// rank, title or role written before it: "Major (retd) Iain Buchanan",
// "tiedottaja Anna Koskinen", "Sanne de Vries", "広報担当 小林".
func personIn(part string) string {
	part = strings.TrimSpace(aside.ReplaceAllString(part, " "))
	part = strings.TrimSpace(rank.ReplaceAllString(honorific.ReplaceAllString(part, ""), ""))
	if place.MatchString(part) || orgCompound.MatchString(part) {
		return ""
	}
	ws := strings.Fields(part)
	if len(ws) > 0 && !hasCase(part) {
		return caselessIn(ws)
	}
	// Drop the lower-case role words before the name, and the words of
	// a sentence after it ("please contact Jane Smith on …").
	for len(ws) > 0 && spokesRole.MatchString(ws[0]) {
		ws = ws[1:] // "Pressesprecherin", "Woordvoerder" at a line's start
	}
	if len(ws) > 2 && titled(ws[:len(ws)-2]) {
		ws = nameAfterTitle(ws) // "Pressechef Mette Holm", "Communications Manager Ann Lowe"
	}
	for len(ws) > 2 && !hasCapital(ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 2 && !hasCapital(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 2 && postNominal.MatchString(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // "Mark Evans RN", "Jane Hill OBE"
	}
	name := strings.Join(ws, " ")
	// "NEWS RELEASE" over a contact block is a label, not a name in capitals.
	if !personLike(name) || allCapsWord(ws) || roleEnd.MatchString(ws[len(ws)-1]) || ReleaseLabel.MatchString(name) {
		return ""
	}
	if strings.ToUpper(name) == name {
		// "ZIPPORAH KIOKO" under a signed statement: filed as a name.
		name = cases.Title(language.Und).String(strings.ToLower(name))
	}
	return name
}

// roleEnd: the word that ends a job title, not a name ("Vice
// President", "Managing Director", "Press Officer").
var roleEnd = regexp.MustCompile(`(?i)^(?:president|director|manager|officer|executive|secretary|coordinator|adviser|advisor|assistant|spokes(?:man|woman|person)|directeur|directrice|director[a]|direttore|direttrice|diretor[a]?|gerente|responsable|responsabile)$`)

// aside: a bracketed note inside a name, "(retd)", "(JG)", "(N)".
var aside = regexp.MustCompile(`\s*\([^)]{1,8}\)\s*`)

// personLike also takes names with lower-case particles: "Sanne de Vries",
// "Ludwig van der Berg".
func personLike(s string) bool {
	return PersonLike(particle.ReplaceAllString(s, " "))
}

var particle = regexp.MustCompile(`\s(?:(?:de|da|di|do|du|del|della|der|den|van|von|la|le|ter|ten|af|bin|al|el)\s)+`)

// allCapsWord: an acronym among the words ("Пресс-служба АПБС") makes an
// office, not a person.
func allCapsWord(ws []string) bool {
	for _, w := range ws {
		// An initial, "J.", is one letter: no acronym.
		letters := strings.IndexFunc(w, unicode.IsLetter) >= 0 && len([]rune(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))) >= 2
		if letters && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			if len(ws) > 1 && strings.ToUpper(strings.Join(ws, " ")) != strings.Join(ws, " ") {
				return true
			}
		}
	}
	return false
}

// caselessIn picks a name among the words of a script without capitals:
// the first word after the organisation and office words that open the
// part (long words, or words that end as an office does), and in Chinese
// or Japanese the given name written after it: "東邦レーダー工業株式会社 広報部 佐藤 美咲" gives
// "佐藤 美咲", "위협분석팀 강민수 선임연구원" gives "강민수".
func caselessIn(ws []string) string {
	if officeEnd.MatchString(ws[len(ws)-1]) || hangulUnit.MatchString(ws[len(ws)-1]) {
		return "" // "한빛조선 홍보팀", "東和造船株式会社 広報部": an office names no one after it
	}
	start := 0
	for start < len(ws) && officeWord(ws[start]) {
		start++
	}
	// "한빛조선 홍보팀 이수진 과장": a short organisation's name before
	// its office; the name follows the last office word.
	for k := len(ws) - 2; k >= start; k-- {
		if officeWord(ws[k]) && !officeWord(ws[k+1]) {
			start = k + 1
			break
		}
	}
	if start >= len(ws) {
		return ""
	}
	name := ws[start]
	switch {
	case han.MatchString(name):
		if start+1 < len(ws) && han.MatchString(ws[start+1]) && len([]rune(ws[start+1])) <= 3 {
			name += " " + ws[start+1]
		}
	case !hangul.MatchString(name):
		// Arabic, Hebrew, Thai: a name of several words, "نورة المنصوري";
		// after a press office's word ("דוברות אופק מערכות") the words
		// name its organisation.
		if pressLine.MatchString(strings.Join(ws[:start], " ")) {
			return ""
		}
		name = strings.Join(ws[start:], " ")
	}
	if caselessName(name) {
		return name
	}
	return ""
}

// officeWord: a long word, or one that ends as an office's does.
func officeWord(w string) bool {
	letters := 0 // an Indic vowel sign is a mark, not a letter
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return len([]rune(w)) > 5 && letters > 4 || officeEnd.MatchString(w) || hangulOffice.MatchString(w)
}

// officeEnd and hangulOffice: how offices, units and titles end ("広報部",
// "広報担当", "커뮤니케이션팀", "대변인실", "국방부"); a two-character Japanese word
// may be a surname ("阿部"), a Korean one may be a title ("차장").
var (
	officeEnd    = regexp.MustCompile(`^\p{L}{2,}(?:部|室|課|局|庁|省|署|所|社|担当|中心|組)$`)
	hangulOffice = regexp.MustCompile(`^\p{Hangul}+(?:팀|실|장|처|센터|원|관|부)$`)
	// hangulUnit: how a unit's name ends, not a title's ("과장", "연구원").
	hangulUnit = regexp.MustCompile(`^\p{Hangul}+(?:팀|실|처|센터|부)$`)
	han        = regexp.MustCompile(`^[\p{Han}\p{Hiragana}\p{Katakana}]+$`)
	hangul     = regexp.MustCompile(`^\p{Hangul}+$`)
)

func hasCapital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// hasCase: the script writes capitals.
func hasCase(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || unicode.IsLower(r)
		}
	}
	return true
}

// PersonLike: two to four capitalised words without organisation words.
func PersonLike(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return !officeNoun.MatchString(s) && !orgWord.MatchString(s) // the costly test last
}

// officeNoun: a word naming an office in the scripts orgWord's word
// boundaries do not see: "Пресс-служба Северной верфи", "Γραφείο Τύπου
// Λιμενικού Σώματος" are offices, not people.
var officeNoun = regexp.MustCompile(`(?i)(?:^|[\s-])(?:прес+(?:-|\s|центр|служб)|служб|комунікац|коммуникац|отдел|управлени|департамент|сектор|відділ|центр|штаб|министерств|міністерств|комитет|комітет|γραφεί|τύπου|υπηρεσί|διεύθυνσ|τμήμα|υπουργεί|επιτελεί)`)

// PhoneLine: the line gives a phone number.
func PhoneLine(l string) bool {
	return firstPhone([]string{l}) != ""
}

// firstPhone is the first number of the lines that reads as a phone
// number: a labelled one, then one shaped like a phone number, then one
// in groups alone in its part ("91 555 01 01 / 91 555 01 02", where the
// shape finds only "01 01 / …").
func firstPhone(lines []string) string {
	for _, l := range lines {
		l = faxNumber.ReplaceAllString(l, "")
		if digitCount(l) < 7 {
			continue // every reading below is a part of l, and a number has 7 digits or more
		}
		var labelled string
		if m := labelledPhone.FindStringSubmatch(l); m != nil {
			labelled = m[1]
		}
		var spoken string
		if m := spokenPhone.FindStringSubmatch(l); m != nil {
			spoken = m[1]
		}
		for _, num := range []string{labelled, phoneRE.FindString(phoneLabel.ReplaceAllString(l, "")), barePhone(l), spoken} {
			// "07700 900731 / 020 7946 0264": the first of two; "… 0000
			// (24h)": not the note after it.
			num = strings.TrimSpace(num)
			if first := strings.TrimSpace(strings.Split(num, " / ")[0]); digitCount(first) >= 7 || !strings.HasPrefix(first, "+") {
				num = first // not "+49 (0) 431 / 555-0120": a country's and an area's code, then the number
			}
			if i := strings.LastIndex(num, "("); i > 0 && !strings.Contains(num[i:], ")") {
				num = strings.TrimSpace(num[:i])
			}
			if n := digitCount(num); n >= 7 && n <= 15 {
				return num
			}
		}
	}
	return ""
}

// digitCount counts the digits of s.
func digitCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// barePhone is a part of a contact line that is nothing but a number in
// three groups or more, alone or after a label: "Laura Gil - 91 555 48 00
// - prensa@…", "Pressetelefon PST: 23 55 50 50".
func barePhone(l string) string {
	for _, part := range ContactSep.Split(lineLabel.ReplaceAllString(l, ""), -1) {
		// "Marta Fernández (981 555 012 / …)": a bracket around the entry.
		if i := strings.LastIndex(part, "("); i >= 0 {
			part = part[i+1:]
		}
		if part = strings.Trim(longLabel.ReplaceAllString(part, ""), " )"); spacedNumber.MatchString(part) {
			return part
		}
	}
	return ""
}

// faxNumber: a number after a fax label, which no one answers.
var faxNumber = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:fax|telefax|télécopie|faks|факс|φαξ|传真|傳真|ファックス|ファクス|팩스)\.?\s*[:：.]?\s*\+?[\d ()./-]*\d`)

// spokenPhone: a number in groups after the word a sentence puts
// before a phone number ("contactar con Marta Fernández en el 981 555
// 012", "on 0131 555 0142", "unter 040 555 01"), for the countries
// whose numbers have no trunk "0".
var spokenPhone = regexp.MustCompile(`(?i)(?:^|\s)(?:on|at|au|al|en(?:\s+el)?|op|på|unter|bei|no|numero|número|number|nummer|numer(?:em)?|номер[уa]?)\s+(\+?\d{2,4}(?: \d{2,4}){2,5})(?:$|[^\d])`)

var spacedNumber = regexp.MustCompile(`^\+?\d{2,4}(?: \d{2,4}){2,5}$`)

// labelledPhone is a number after a phone label in any of the desk's
// languages, which may start with any digit ("Tel. 91 514 60 10",
// "p. 0295 555 200", "電話：03-5555-0123"); unlabelled numbers must look
// like phone numbers on their own (phoneRE).
var labelledPhone = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:t|tel|tél|tlf|tfn|telefon|telephone|téléphone|tel[eé]fono|telefone|telefoon|puh|puhelin|p|ph|phone|mob|mobile|mobil|cell|cellulare|celular|cel|móvil|movil|handy|mobiel|kom|cep|matkapuhelin|portable|gsm|m|pressetelefon|telp|điện\s+thoại|đt|tlf|tél|fon|tel[eé]fon|телефон|тел|моб|τηλέφωνο|τηλ|κιν|電話|电话|手机|手機|전화|휴대폰|फ़ोन|फोन|दूरभाष|मोबाइल|ফোন|தொலைபேசி|ఫోన్|فون|تلفن|تلفون|هاتف|جوال|טלפון|טל|נייד|ტელ|հեռ|โทร(?:ศัพท์)?)[׳\x{2019}']?\.?\s*[:：.]?\s*(\+?\(?\d[\d ()./-]{5,}\d)`)

// AboutRE is the heading of the issuer's boilerplate, "About Acme", in
// the desk's languages: a word before the name ("Über", "Sobre",
// "Σχετικά με", "Про", "关于", "نبذة عن", "אודות") or after it ("…
// Hakkında", "…について", "… 소개", "… kohta"). The one-letter and short
// Slavic prepositions count only before a heading word ("O firmie", "За
// нас", "О компании") or up to three capitalised words ("O Stoczni
// Północnej"): "O Governo aprovou", "O Ministro da Defesa", "За первый
// квартал" and "Об этом сообщил" open sentences. What may stand before
// the heading is no letter of any script (Go's \W takes "Марк" of "Марко
// Петровић" for punctuation, which left "о Петровић" an About heading).
var AboutRE = regexp.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:(?:about|à\s+propos\s+(?:de\s+|d'|du\s+)?|über|acerca\s+de|sobre|a\s+propósito\s+de|informazioni\s+su|chi\s+siamo|om|over|despre|tietoa|apie|σχετικά\s+με|о\s+компании)\s+(?:the\s+|l'|la\s+|le\s+|a\s+|o\s+)?(.{2,80}?)|(?:o|о|об|про|за)\s+(nas|nás|nama|nami|firmie|společnosti|spoločnosti|podjetju|kompanii|компании|компанії|компанію|компанията|нас|нама|организации|організацію|(?-i:\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,2}))|(?:关于|關於|نبذة\s+عن|حول|אודות)\s*(.{2,80}?)|(.{2,60}?)\s*(?:hakkında|について|소개|kohta|lyhyesti|简介|簡介|概要))[\s\pP]*$`)
