package segment

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
	"newsdesk/process/normalise/segment/learn"
)

// endMarker says whether t is a release's end marker alone ("ENDS",
// "###", "- Ende -", "以上"), short as one is.
func endMarker(t string) bool {
	return len(t) <= 48 && utf8.RuneCountInString(t) <= 24 && EndMarker.MatchString(t)
}

// aboveEndMarker gives the body back the paragraphs over the release's
// end marker that the labeller reads as boilerplate: a sender writes
// "ENDS" under the story and its About text under that, so a paragraph
// above the marker is the story's, even one that tells the company's
// history ("Acme was founded in 1952 …").
func aboveEndMarker(bs []block.Block, roles []learn.Role) []learn.Role {
	first, _ := bodyEnds(roles)
	if first < 0 {
		return roles
	}
	m := markerBelow(bs, first+1)
	for i := first + 1; i < m; i++ {
		if roles[i] == learn.Boilerplate {
			roles[i] = learn.Body
		}
	}
	return roles
}

// markerBelow is the index of the end marker that closes the story from
// block i on, -1 when none does. A heading or a contact line before any
// marker starts the trailer there, and then a marker under it closes the
// trailer's first part, not the story.
func markerBelow(bs []block.Block, i int) int {
	for ; i < len(bs); i++ {
		b := bs[i]
		if endMarker(b.Text()) {
			return i
		}
		if trailerHeading(b) || aboutHeading(b) || headedBlock(b) || contactHeading(b) || TrailerLabel.MatchString(b.Text()) || hasContact(b.Text()) {
			return -1
		}
	}
	return -1
}

// closingDateLine gives the body a place-and-date line right under its
// last paragraph ("Leith, 3 June 2025", "Roma, 3 giugno 2025"), which
// official releases write where the story ends. It holds no phone or
// address, so it is no contact, whatever the contact lines under it lead
// the labeller to read; a date alone under the body is a signature's.
func closingDateLine(bs []block.Block, roles []learn.Role, dls *Datelines) []learn.Role {
	_, last := bodyEnds(roles)
	if i := last + 1; last >= 0 && i < len(bs) && roles[i] != learn.Body && len(bs[i].Lines) == 1 && !hasContact(bs[i].Text()) {
		if d, ok := dls.at(i); ok && d.Place != "" && d.Date != "" && d.rest == "" {
			roles[i] = learn.Body
		}
	}
	return roles
}

// listGoesOn gives the body the items under its last paragraph that
// carry on its enumerated list: "(c) …" after "(b) …", "4." after "3.".
// A story may end on a list, and its last item, read alone, can look
// like boilerplate.
func listGoesOn(bs []block.Block, roles []learn.Role) []learn.Role {
	_, last := bodyEnds(roles)
	if last < 0 {
		return roles
	}
	for i := last + 1; i < len(bs) && roles[i] != learn.Body && nextItem(bs[i-1].Text(), bs[i].Text()) && !hasContact(bs[i].Text()); i++ {
		roles[i] = learn.Body
	}
	return roles
}

// proseUnderStory gives the body back the email's last paragraph, right
// under the body, when the labeller calls it a mailer's footer by a close
// call (under three close margins) although it reads as a sentence of the
// story, with no footer's words, notice, contact, link or trailer label in
// it ("Abmeldungen stiegen um 40 Prozent …" under a story on
// deregistrations). Without the margin it took 1 test body end but lost 2
// of the 120 held-out contact probes, whose contact lines it read as story.
func proseUnderStory(bs []block.Block, roles []learn.Role, sc [][learn.NumRoles]int32) []learn.Role {
	_, last := bodyEnds(roles)
	if i := last + 1; last >= 0 && i == len(bs)-1 && roles[i] == learn.Footer && sc[i][learn.Footer]-sc[i][learn.Body] < 3*closeMargin {
		b, t := bs[i], bs[i].Text()
		if b.Words() >= 12 && len(b.Lines) == 1 && closesSentence(t) && !footer.MatchString(t) && !mailerLine(t) && !legalNotice(b) &&
			!hasContact(t) && !strings.Contains(t, "://") && !strings.Contains(t, "www.") &&
			!closingMatter(b) && !trailerSentence.MatchString(t) && !moreInfo.MatchString(t) && !TrailerLabel.MatchString(t) && !contactCue.MatchString(t) && !ContactLabel.MatchString(t) {
			roles[i] = learn.Body
		}
	}
	return roles
}

// itemMark reads a list item's mark: "(c) ", "c) ", "3. ", "[2] ".
var itemMark = regexp.MustCompile(`^\s*([(\[]?)(\d{1,2}|[a-zA-Z])([.)\]])\s`)

// nextItem says whether b opens the list item after a's: the same mark,
// the next number or letter.
func nextItem(a, b string) bool {
	ma, mb := itemMark.FindStringSubmatch(a), itemMark.FindStringSubmatch(b)
	if ma == nil || mb == nil || ma[1] != mb[1] || ma[3] != mb[3] {
		return false
	}
	if ma[2][0] <= '9' {
		x, _ := strconv.Atoi(ma[2])
		y, err := strconv.Atoi(mb[2])
		return err == nil && y == x+1
	}
	return len(mb[2]) == 1 && mb[2][0] == ma[2][0]+1
}

// placeAndDate says whether t is a date, with or without its place, and
// nothing more: "Leith, 3 June 2025", "La Spezia, 3 giugno 2025".
func placeAndDate(t string) bool {
	if dateOnly(t) {
		return true
	}
	d, ok := ParseDateline(t, nil)
	return ok && d.Place != "" && d.Date != "" && d.rest == ""
}

var (
	// confidentialWord and recipientWord are what an email's legal notice
	// says in any of the desk's languages: the message is confidential,
	// or meant for its addressee alone ("Este mensaje y sus anexos son
	// confidenciales …", "Ta wiadomość jest przeznaczona wyłącznie dla
	// adresata").
	confidentialWord = prefilter.MustCompile(`(?i)confiden|privileged|vertraulich|riservat|vertrouwelijk|poufn|důvěrn|luottamuksellinen|fortrolig|konfidentiell|gizli|конфиденциальн|конфіденційн|機密|保密|기밀|sigilo|exclusivamente|ausschließlich|exclusivement|esclusivamente|uitsluitend|wyłącznie|uniquement|solely|only`)
	recipientWord    = prefilter.MustCompile(`(?i)recipient|addressee|empfänger|adressat|destinataire|destinatari|destinatário|geadresseerde|ontvanger|mottagare|modtager|mottaker|adresat|příjemce|vastaanottaja|alıcı|получател|адресат|宛先|收件人|수신자`)
	messageWord      = prefilter.MustCompile(`(?i)e-?mail|message|mensaje|mensagem|messaggio|nachricht|bericht|meddelande|meddelelse|melding|wiadomoś|zpráv|viesti|ileti|сообщени|повідомлен|correo|courriel|メール|邮件|郵件|메일`)
	// copyrightSign opens a mailer's copyright line: "© 2025 Acme Ltd",
	// "© Acme Ltd. All rights reserved.", "(c) 2025"; not a list's third
	// item ("(c) The yard will …").
	copyrightSign = regexp.MustCompile(`^(?:©\s*(?:\d{4}|\p{Lu})|\([cC]\)\s*\d{4})`)
	// listNotice opens a mailing list's notice in the desk's other
	// languages, or a copyright line ("Copyright © 2025 Acme Ltd").
	// Its words end there ("Abmeldungen stiegen …" opens a story's
	// sentence).
	listNotice = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:` + mailingList + `|copyright\s*(?:©|\(c\)|\d{4}))(?:\P{L}|$)`)
)

// mailerLine says whether t opens a mailer's notice that footer, English
// only, does not read: a mailing list's in another language or a
// copyright line.
func mailerLine(t string) bool {
	t = strings.TrimSpace(t)
	return copyrightSign.MatchString(t) || listNotice.MatchString(t)
}

// legalNotice says whether b is an email's legal notice: a message that
// is confidential or for its addressee only, in a paragraph short as such
// a notice is. The story may speak of a confidential message, so the cut
// asks this only of what no body paragraph follows.
func legalNotice(b block.Block) bool {
	t := b.Text()
	return b.Words() <= 80 && messageWord.MatchString(t) && recipientWord.MatchString(t) && confidentialWord.MatchString(t)
}

// boilerplateNote says whether t, a short paragraph, is one of the notes
// a release closes on that are no news: a legal disclaimer, the terms on
// which its pictures or text may be reprinted, an invitation to follow
// the issuer on a social network (the network named beside the verb), a
// data-protection notice that says where to write or look, or a plea not
// to print the email;
// a sentence that reports what someone said is the story's.
func boilerplateNote(t string, words int) bool {
	return words <= 40 && !reportedSpeech.MatchString(t) && (disclaimerNote.MatchString(t) || reprintTerms.MatchString(t) ||
		words <= 20 && followVerb.MatchString(t) && socialNetwork.MatchString(t) ||
		dataRights.MatchString(t) && (strings.Contains(t, "@") || strings.Contains(t, "://")) || printNotice.MatchString(t))
}

var (
	// disclaimerNote: what a release's legal disclaimer says in the desk's
	// languages: it holds forward-looking statements, is no offer of
	// securities, or its sender accepts no liability ("Nothing in this
	// release constitutes an offer", "übernimmt keine Gewähr", "décline
	// toute responsabilité", "nie ponosi odpowiedzialności").
	disclaimerNote = prefilter.MustCompile(`(?i)forward[- ]looking\s+(?:statements?|information)|zukunftsgerichtete\s+aussagen|déclarations\s+prospectives|declaraciones\s+(?:prospectivas|a\s+futuro|sobre\s+el\s+futuro)|dichiarazioni\s+previsionali|declarações\s+prospe(?:c)?tivas|toekomstgerichte\s+(?:uitspraken|verklaringen)|framåtblickande\s+(?:uttalanden|information)|stwierdzenia\s+dotyczące\s+przyszłości|` +
		`(?:constitutes?|is)\s+(?:neither\s+)?(?:an\s+|any\s+)?offer\s+(?:to\s+sell|of\s+securities|or\s+(?:a\s+)?solicitation)|(?:stellt|ist)\s+(?:\S+\s+){0,3}?(?:kein(?:e|en)?|weder\s+ein)\s+angebot|ne\s+constitue\s+(?:ni\s+)?(?:pas\s+)?une\s+offre|no\s+constituye\s+(?:una\s+)?oferta|non\s+costituisce\s+(?:un['’]\s*)?offerta|não\s+constitui\s+(?:uma\s+)?oferta|vormt\s+geen\s+aanbod|utgör\s+inte\s+(?:ett\s+)?erbjudande|nie\s+stanowi\s+oferty|` +
		`(?:accepts?|assumes?|takes?)\s+no\s+(?:liability|responsibility)|übernimm?t\s+(?:\S+\s+){0,3}?keine\s+(?:haftung|gewähr)|décline\s+toute\s+responsabilité|no\s+se\s+hace\s+responsable|(?:declina|no\s+asume)\s+(?:toda\s+|ninguna\s+)?responsabilidad|declina\s+ogni\s+responsabilità|não\s+se\s+responsabiliza|aanvaardt\s+geen\s+(?:enkele\s+)?aansprakelijkheid|ansvarar\s+inte\s+för|påtar\s+seg\s+intet\s+ansvar|påtager\s+sig\s+intet\s+ansvar|nie\s+ponosi\s+(?:żadnej\s+)?odpowiedzialności`)
	// reprintTerms: the terms on which a release's pictures or text may
	// be used ("free for editorial use", "may be used free of charge",
	// "honorarfrei", "unter Angabe der Quelle", "avec la mention",
	// "citando la fuente", "met bronvermelding").
	reprintTerms = prefilter.MustCompile(`(?i)free\s+for\s+(?:editorial|press|media)\s+use|(?:may|can)\s+be\s+(?:used|reproduced|published|reprinted)\s+(?:\S+\s+){0,3}?(?:free\s+of\s+charge|freely|without\s+(?:charge|fee|permission)|for\s+editorial|with\s+(?:the\s+)?credit|provided)|honorarfrei|unter\s+angabe\s+der\s+quelle|belegexemplar|libres?\s+de\s+droits|avec\s+la\s+mention|peu(?:t|vent)\s+être\s+(?:utilisée?s?|reprodu\p{L}+)\s+(?:librement|gratuitement)|citando\s+(?:la\s+)?(?:fuente|fonte)|(?:utilizarse|usarse|reproducirse)\s+libremente|uso\s+editorial\s+(?:libre|gratuito)|rechtenvrij|met\s+bronvermelding|z\s+podaniem\s+źródła`)
	// dataRights: a data-protection notice's law or the reader's rights
	// under it ("Conformément au RGPD", "derechos de acceso",
	// "Auskunftsrecht").
	dataRights = prefilter.MustCompile(`(?i)(?:^|\P{L})(?:gdpr|rgpd|dsgvo|rodo)(?:\P{L}|$)|droits?\s+d['’]accès|derechos?\s+de\s+acceso|diritt[oi]\s+di\s+accesso|direitos?\s+de\s+acesso|rights?\s+(?:of|to)\s+access|auskunftsrecht|recht\s+op\s+inzage|prawo\s+dostępu|rätt\s+till\s+tillgång`)
	// printNotice: a plea to think before printing the email ("Please
	// consider the environment before printing", "bevor Sie diese E-Mail
	// ausdrucken", "avant d'imprimer ce courriel").
	printNotice = prefilter.MustCompile(`(?i)before\s+printing|bevor\s+sie\s+(?:\S+\s+){0,3}?ausdrucken|vor\s+dem\s+ausdrucken|avant\s+d['’]imprimer|antes\s+de\s+imprimir|prima\s+di\s+stampare|alvorens\s+(?:\S+\s+){0,3}?te\s+printen|voordat\s+u\s+(?:\S+\s+){0,3}?print|innan\s+du\s+skriver\s+ut|przed\s+wydrukowaniem`)
	// followVerb and socialNetwork: an invitation to follow the issuer
	// on a network ("Follow us on Instagram", "finden Sie auch auf
	// LinkedIn", "Suivez-nous", "Síguenos", "Volg ons", "Obserwuj nas").
	followVerb    = prefilter.MustCompile(`(?i)^\W*(?:follow|keep\s+up\s+with|stay\s+(?:up\s+to\s+date|connected|in\s+touch)|connect\s+with|join\s+us|folgen\s+sie|folge\s+uns|suive[zs]|retrouve[zs]|síg(?:ue|a)nos|seguici|siga-nos|volg\s+ons|följ\s+oss|følg\s+(?:os|oss)|obserwuj|sledujte)|finden\s+sie\s+(?:uns\s+)?(?:auch\s+)?auf`)
	socialNetwork = prefilter.MustCompile(`(?i)linkedin|facebook|instagram|twitter|youtube|tiktok|telegram|mastodon|bluesky|threads|\bX\b`)
)
