package normalise

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"newsdesk/process/normalise/dates"
	"newsdesk/process/normalise/mime"

	"newsdesk/process/normalise/prefilter"
)

// The genres below reach a desk address looking like news: they talk about
// press releases, events and stories, but announce nothing themselves. Each
// is recognised by several independent cues (a price and a call to buy, an
// offer of an interview and a greeting, a row of "read more" links), never
// by one phrase, and only once the release's own structure (dateline, end
// marker, attached release) has failed to show up.
var (
	// offerCue: the commercial side of a sales mail, in the languages the
	// desk receives: discounts, prices, "book a demo", package deals.
	offerCue = prefilter.MustCompile(`(?i)\d+\s*%\s*(?:off|rabatt|de\s+(?:descuento|réduction|remise|desconto)|di\s+sconto|korting|alennus|rabat|zniżk)|-\s?\d+\s?%|` + price + `\s*(?:HT|TTC|\+\s*(?:VAT|IVA|TVA|MwSt)|excl\.?\s+\w+|net)?\s*(?:per|a|an|/|pro|par|por|al|el|la|au|je|za|за|each|monthly|yearly)\b|\b(?:book|order|buy|subscribe|sign\s+up)\s+(?:now|today|a\s+demo|your|before)|\bbook\s+a\s+(?:demo|call|slot)|\b(?:free\s+trial|special\s+offer|\p{L}+\s+offer\s*:|for\s+the\s+price\s+of\s+(?:one|two|three)|limited[- ]time|this\s+(?:week|month)\s+only|for\s+\w+\s+only|promo(?:tion)?\s+code|with\s+code|discount|packages?\b|pricing|angebot\s+gilt|jetzt\s+buchen|offre\s+spéciale|oferta|offerta|sconto|tarif)|八折|九折|折扣|优惠|套餐|割引|特別価格|할인|특가|ส่วนลด|ลดราคา|โปรโมชั่น|แพ็กเกจ|ต่อข่าว|خصم|عرض\s+خاص|الباقة|لكل\s+بيان|הנחה|מבצע|חבילת|giảm\s+giá|ưu\s+đãi|gói\s+dịch\s+vụ|diskon|paket\s+\p{L}+\s+(?:rp|idr)`)
	// price: an amount with its currency before or after it, the way
	// price lists in any language write it ("€199", "149 € HT", "EUR 99",
	// "990 Kč", "1 200 zł", "5万円").
	price = `(?:[$€£¥₩₹₪₺₫฿]\s?\d[\d,.]*|\d[\d,.\x{a0} ]*\s?(?:บาท|درهم|ريال|دينار|جنيه|₪|₺|₫|đồng)|\b(?:Rp|RM|S\$)\s?\d[\d,.]*|\b(?:EUR|USD|GBP|CHF)\s?\d[\d,.]*|\d[\d,.\x{a0} ]*\s?(?:€|\$|£|¥|₩|₽|円|元|원|(?i:eur|euros?|usd|gbp|chf|zł|pln|kr|sek|nok|dkk|kč|czk|ft|huf|lei|руб(?:лей)?|грн|dollars?|pounds?|yuan)(?:\P{L}|$)))`
	// callToBuy: what a sale asks of its reader, a code to enter, an
	// amount to save or an order in the imperative; a release reports
	// prices and early rates but asks nobody to buy.
	callToBuy = `(?:use|enter|apply|with)\s+(?:the\s+)?(?:promo(?:tional)?\s+|discount\s+|voucher\s+)?code\s+[A-Z0-9]|(?:promo|rabatt|gutschein|aktions|discount|voucher)code|code\s+(?:promo|de\s+réduction)|c[óo]digo\s+(?:promocional|de\s+descuento)|codice\s+(?:sconto|promozionale)|kod\s+(?:rabatowy|promocyjny)|kortingscode|rabattkod|alennuskoodi|slevový\s+kód` +
		`|(?:save|sparen\s+Sie|économisez|ahorre|ahorra|risparmi\p{L}*|bespaar|spara)\s+(?:\p{L}+\s+){0,2}?` + price +
		`|(?:^|[^\p{L}])(?:commandez|réservez|bestellen\s+Sie|buchen\s+Sie|reserve\s+(?:now|today|your)|reserva\s+(?:ya|ahora)|prenota\s+(?:ora|subito)|zamów|boek\s+nu)(?:[^\p{L}]|$)`
	callToBuyRe = prefilter.MustCompile(`(?i)` + callToBuy)
	// saleCue: what a sale under a copied dateline offers its reader
	// beside offerCue's prices and discounts: a call to buy, or an early
	// booker's rate. An undated release about an event gives its early
	// rate and where to book too, so these count only beside a reader's
	// price (see imitation).
	saleCue = prefilter.MustCompile(`(?i)` + callToBuy +
		`|early[- ]?bird|frühbucher\p{L}*|tarif\s+(?:préférentiel|early)|tarifa\s+(?:anticipada|reducida)|tariffa\s+(?:ridotta|agevolata)|vroegboek\p{L}`)
	// distributionCue: what the offer sells to a newsroom.
	distributionCue = prefilter.MustCompile(`(?i)\b(?:distribut\w*|reach(?:es)?|in\s+front\s+of|guaranteed\s+(?:placement|posting|coverage)|media\s+(?:monitoring|database|list)|\d[\d,.]*\+?\s+(?:journalists|newsrooms|editors|media\s+outlets|(?:news\s+)?sites|medios|periodistas|redacciones|médias|journalistes|rédactions|redaktionen|journalisten|redazioni|giornalisti|testate|redacties|redaktioner|toimitusta|redakcji|dziennikarzy)|alerts?\s+you|your\s+(?:news|story|press\s+release|announcement)s?|Verbreitung|diffusion|difusión|diffusione)\b|(?:votre\s+communiqué|vos\s+(?:communiqués|actualités)|Ihre\s+(?:Pressemitteilung|Meldung|News)|su\s+(?:nota\s+de\s+prensa|comunicado)|(?:il\s+)?(?:vostro|tuo)\s+comunicato|uw\s+persbericht|ditt\s+pressmeddelande|twoj\p{L}+\s+komunikat)(?:[^\p{L}]|$)|新闻稿发布|全网发布|新聞稿發布|配信サービス|보도자료\s*배포|เผยแพร่ข่าว|สื่อมวลชน(?:กว่า)?\s*[\d,]+|توزيع\s+(?:البيانات|الأخبار)|[\d,]+\s+وسيلة\s+إعلامية|הפצת\s+(?:הודעות|ידיעות)|phát\s+hành\s+thông\s+cáo`)
	// pitchCue: an offer of a person to interview or brief, not news. A
	// release's prose reports interviews and says coverage is possible
	// ("在接受采访时表示", "当日は取材が可能です"): those are no offers.
	pitchCue = prefilter.MustCompile(`(?i)\b(?:available\s+(?:for|to)\s+(?:an?\s+)?(?:interviews?|comment|brief|speak|talk)|interview\s+(?:opportunity|request|offer)|(?:offer|arrange|set\s+up|propose)\s+(?:you\s+)?(?:an?\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:interview|briefing|call)|would\s+you\s+(?:be\s+interested|like\s+to\s+(?:speak|talk|interview))|happy\s+to\s+(?:arrange|set\s+up|connect)|(?:propor\w*|proporre)\s+(?:un['’]\s*)?intervist\w*|disponibil[ei]\s+per\s+(?:un['’]\s*)?intervist\w*|per\s+interviste|(?:proposer|propose)\s+(?:une\s+)?interview|disponible\s+pour\s+(?:une\s+)?interview|ofrecer(?:les)?\s+una\s+entrevista|disponible\s+para\s+(?:una\s+)?entrevista|Interview(?:anfrage|angebot)|für\s+(?:ein\s+)?Interviews?\s+(?:zur\s+Verfügung|bereit|verfügbar)|tillgänglig\s+för\s+intervju|tilgængelig\s+for\s+interview|tilgjengelig\s+for\s+intervju|käytettävissä\s+haastatteluun|dostępn\w+\s+do\s+wywiadu|propon\w*\s+una\s+entrevista|(?:propor|oferecer)\s+uma\s+entrevista|disponível\s+para\s+(?:uma\s+)?entrevista|beschikbaar\s+voor\s+(?:een\s+)?interview)\b|インタビュー(?:の機会|をご提案|取材)|取材.{0,8}ご提案|인터뷰\s*(?:제안|가능)|采访机会|专访|(?:可|可以|愿意|乐意|願意|樂意)接受(?:媒体|媒體|记者|記者)?(?:采访|採訪)` +
		// A conversation offered to the reader, and the question whether
		// the reader wants it.
		`|(?:^|[^\p{L}])(?:vous\s+propos\p{L}*\s+(?:un\s+|une\s+)?(?:entretien|échange|rencontre|interview)|disponible\s+pour\s+(?:un\s+|une\s+)?(?:entretien|échange|rencontre)|seriez-vous\s+intéress\p{L}*` +
		`|(?:Gespräch|Interview|Telefonat|Hintergrundgespräch)\s+mit\s+(?:\S+\s+){1,6}?anbieten|für\s+(?:ein\s+|einen\s+)?(?:Gespräch|Telefonat|Hintergrundgespräch)\s+zur\s+Verfügung|Hätten\s+Sie\s+Interesse|Interesse\s+an\s+einem\s+(?:Gespräch|Interview)` +
		`|ofrecer(?:le|les)?\s+una\s+(?:entrevista|conversación|charla|llamada)|les?\s+interesaría|disponible\s+para\s+(?:una\s+)?(?:conversación|charla|llamada)` +
		`|(?:Le|vi|ti)\s+interesserebbe|offrir\p{L}*\s+(?:un['’]\s*|un\s+)?(?:intervista|colloquio)|disponibile\s+per\s+(?:un\s+)?(?:colloquio|incontro)` +
		`|(?:heeft|hebt)\s+u\s+interesse|beschikbaar\s+voor\s+een\s+gesprek|är\s+du\s+intresserad|er\s+du\s+interesser\p{L}+|czy\s+(?:byłby|byłaby|byliby)\s+(?:Pan|Pani|Państwo)\s+zainteresowan\p{L}*|zaproponować\s+(?:rozmowę|wywiad)|teria\s+interesse|gostaria\s+de\s+(?:entrevistar|conversar))(?:[^\p{L}]|$)`)
	// digestCue: a round-up of other outlets' stories.
	digestCue = prefilter.MustCompile(`(?i)\b(?:read\s+more|continue\s+reading|full\s+story|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|en\s+savoir\s+plus|leer\s+más|leggi\s+(?:tutto|di\s+più)|läs\s+mer|les\s+mer|læs\s+mere|lue\s+lisää|czytaj\s+dalej|lees\s+meer|подробнее|читать\s+далее)\b|続きを読む|阅读全文|더\s*보기`)
	// outletCue: "The Times reports", "Reuters:", a press review heading.
	outletCue = prefilter.MustCompile(`(?i)\b(?:reports?|says|writes|according\s+to|berichtet|schreibt|rapporte|écrit|informa|riporta|scrive|rapporterar|skriver|uutisoi|pisze|сообщает|пишет)\b|\b(?:press\s+review|what\s+the\s+papers\s+(?:are\s+)?say|top\s+stories|in\s+brief|this\s+week['’]s|today['’]s\s+(?:headlines|stories)|presseschau|revue\s+de\s+presse|rassegna\s+stampa|revista\s+de\s+prensa|pressöversikt|mediakatsaus|przegląd\s+prasy|обзор\s+(?:прессы|сми))\b`)
	// absence: an out-of-office note's words, in the languages the desk
	// receives: away, on leave, on holiday, not in the office, no access
	// to mail, back on.
	absence = prefilter.MustCompile(`(?i)\b(?:out\s+of\s+(?:the\s+)?office|away\s+(?:from|until|till|on)|travell?ing\s+(?:until|till|on|and)|on\s+(?:\w+\s+)?(?:leave|holiday|vacation)|(?:no|limited)\s+access\s+to\s+(?:my\s+)?e-?mails?|(?:back|return(?:ing)?)\s+(?:on|in\s+the\s+office)|abwesend|urlaub|nicht\s+im\s+büro|nicht\s+erreichbar|absente?s?|congés?|vacances|de\s+retour|ausente|vacaciones|fuera\s+de\s+la\s+oficina|assente|ferie|fuori\s+(?:ufficio|sede)|rientr\w+|afwezig|niet\s+aanwezig|vakantie|verlof|férias|fora\s+do\s+escrit[óo]rio|ledig|semester|tjänstledig|fravær\w*|lomalla|poissa|urlop\w*|nieobecn\w+|poza\s+biurem|dovolen\w+|mimo\s+kancelář|nepřítomn\w+|отпуск\w*|отсутству\w+)(?:\P{L}|$)|不在|休暇|休假|不在办公室|휴가|부재`)
	// linkItem: a line that is a story's title and a link to it, a
	// digest's unit: some words, then an address.
	linkItem = regexp.MustCompile(`(?m)^\W*(\S+(?:[ \t]+\S+){3,}?)[ \t:–—-]*\(?(?:https?://)([\w.-]+)`)
	// invitationCue: an invitation to the reader, and the reply it asks
	// for, in the languages the desk receives.
	invitationCue = prefilter.MustCompile(`(?i)\b(?:you\s+are\s+(?:cordially\s+)?invited|(?:we|i)\s+(?:would\s+like\s+to\s+|are\s+pleased\s+to\s+)?invite\s+you|rsvp|confirm\s+(?:your\s+)?attendance|l[ea]s?\s+invitamos|confirmar\s+(?:su\s+)?asistencia|(?:nous\s+)?vous\s+invit\w+|confirmer\s+votre\s+présence|laden\s+(?:wir\s+)?sie\s+(?:herzlich\s+)?(?:\S+\s+){0,6}?ein|um\s+anmeldung|vi\s+invitiamo|confermare\s+la\s+(?:propria\s+)?presenza|zapraszamy|potwierdzenie\s+obecności|nodigen\s+(?:wij\s+)?u\s+uit|vi\s+bjuder\s+in|anmälan|inbjud\w+|zveme\s+vás|convidamos|confirmar\s+presença)` +
		`|приглаша\p{L}+|誠摯邀請|诚挚邀请|敬邀|邀請您|邀请您|敬請.{0,8}(?:回覆|出席)|敬请.{0,8}(?:回复|出席)|ご招待|ご出席|出欠|초대합니다|초청합니다|참석\s*여부|ขอเชิญ|ندعوكم|يسرنا\s+دعوتكم|تأكيد\s+الحضور|מזמינים\s+אתכם`)
	// venueLine: the field of an invitation that says where ("Venue:",
	// "Lugar:", "Ort:").
	venueLine = prefilter.MustCompile(`(?i)(?:^|\s)(?:venue|location|place|where|lugar|lieu|ort|luogo|sede|miejsce|plaats|plats|sted|paikka|místo|local|место|地點|地点|会場|場所|장소|สถานที่|المكان|מקום)\s*[:：]`)
	// replySubject: a reply or forward in a conversation, in many clients'
	// languages.
	replySubject = regexp.MustCompile(`(?i)^\s*(?:re|aw|sv|vs|antw|réf|rif|r|odp|ynt)\s*:`)
)

// genre names a non-release kind the text's cues agree on, with the reason;
// "" when the cues do not agree. Pitches and personal notes are told only
// when weak is set, that is when the email has no release label or About
// section either: an agency's covering note above a release offers
// interviews too.
func genre(c *mime.Content, subject, body string, weak bool) string {
	if calendarPart(c) {
		return "calendar invitation (text/calendar part), no release structure"
	}
	// The cues sit in the first screens of a mail; reading further only
	// costs time on huge bodies.
	words := len(strings.Fields(body))
	if len(body) > 8000 {
		cut := 8000
		for cut > 0 && !utf8.RuneStart(body[cut]) {
			cut--
		}
		body = body[:cut]
	}
	all := subject + "\n" + body
	if words <= 120 && absence.MatchString(all) && returnDate(body) {
		return "automatic reply: a short absence note with a return date, no release structure"
	}
	// The distribution cues count only beside an offer: most mail has none.
	if offers := distinct(offerCue, all); offers >= 2 || offers == 1 && distinct(distributionCue, all) >= 1 {
		return "sales offer: prices or discounts for a service, no release structure"
	}
	if reads := len(digestCue.FindAllString(body, -1)); reads >= 2 || reads >= 1 && distinct(outletCue, all) >= 2 || linkedStories(body) >= 3 {
		return "digest: several stories with links or other outlets' names, no release structure"
	}
	if !weak {
		return ""
	}
	if invitationCue.MatchString(all) && venueLine.MatchString(body) && words < 300 {
		return "invitation: asks the reader to an event at a stated place, no release structure"
	}
	if pitchCue.MatchString(all) && words < 400 {
		return "pitch: offers an interview or briefing, no release structure"
	}
	if words < 60 && (replySubject.MatchString(subject) || strings.Contains(body, "?")) {
		return "personal note: a short reply or question, no release structure"
	}
	return ""
}

// returnDate: an absence note names the day its writer is back, as a
// date or a weekday.
func returnDate(body string) bool {
	_, ok := dates.FindDate(body, false, true)
	return ok || weekday.MatchString(body)
}

var weekday = prefilter.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri)day\b|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miércoles|jueves|viernes|lunedì|martedì|mercoledì|giovedì|venerdì|maandag|dinsdag|woensdag|donderdag|vrijdag|(?:mån|tis|ons|tors|fre|man|tirs)dag|poniedziałk\w*|wtork\w*|środ\w*|czwart\w*|piątk\w*|pondělí|úterý|středa|čtvrtek|pátek`)

// linkedStories counts the lines that are a title and a link to a
// different site each: a digest of other outlets' stories. A release's
// own links ("Full report: https://…") point to one site.
func linkedStories(body string) int {
	hosts := map[string]bool{}
	for _, m := range linkItem.FindAllStringSubmatch(body, -1) {
		hosts[strings.ToLower(strings.TrimPrefix(m[2], "www."))] = true
	}
	return len(hosts)
}

// distinct counts the different strings re finds, so a cue repeated in
// every line of a newsletter counts once.
func distinct(re *prefilter.Regexp, s string) int {
	seen := map[string]bool{}
	for _, m := range re.FindAllString(s, -1) {
		seen[strings.ToLower(m)] = true
	}
	return len(seen)
}

// calendarPart: an invitation carries its event as a text/calendar part,
// the one sign no release has.
func calendarPart(c *mime.Content) bool {
	for _, a := range c.Atts {
		if strings.HasPrefix(strings.ToLower(a.ContentType), "text/calendar") || strings.HasSuffix(strings.ToLower(a.Filename), ".ics") {
			return true
		}
	}
	for _, in := range c.Inner {
		if calendarPart(in) {
			return true
		}
	}
	return false
}
