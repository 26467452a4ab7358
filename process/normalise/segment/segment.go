package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/dates"
	"newsdesk/process/normalise/embargo"
	"newsdesk/process/normalise/memo"

	"newsdesk/process/normalise/prefilter"
)

// Segments is a release cut into its parts.
type Segments struct {
	Pre         []block.Block // above the headline: labels, embargo lines, notes
	Headline    string
	Subheadline string
	Dateline    *draft.Dateline
	Body        []block.Block
	Trailer     []block.Block // below the end: notes to editors, About, contacts
	Ended       bool          // an end marker closed the body
	// Rules is the rule-based cut, whose structure evidence (dateline,
	// end marker, labels, boilerplate heading) the kind classifier reads.
	Rules *Segments
}

// endWord is one language's "end" of a release.
const endWord = `(?:-?\s*ends?\s*-?|end\s+of\s+(?:press\s+)?release|fin|fim|ende|slutt|slut|konec|koniec|fine|einde|loppu|vége|son|sfârșit|τέλος|τελος|конец|кінець|край|סוף|انتهى|以上|（完）|\(完\)|끝|30|x{3}|#(?:\s*#){2,}|\*(?:\s*\*){2,})`

// notesToEditors is "notes to editors" in the desk's other languages:
// European, then Arabic, Hebrew, Persian, Hindi, CJK, Vietnamese,
// Indonesian and Malay, Thai.
const notesToEditors = `noot\s+voor\s+de\s+redactie|(?:hinweis|anmerkung)(?:en)?\s+(?:an|für)\s+(?:die\s+)?redaktion(?:en)?|nota\s+(?:para|a)\s+(?:los\s+|las\s+)?(?:editores|redacciones|redacción)|` +
	`nota\s+(?:per\s+le|alla)\s+redazion[ei]|nota\s+(?:aos|para\s+os)\s+editores|nota\s+às\s+redações|not\s+till\s+redaktion(?:en|er)?|note\s+til\s+redaktion(?:en|erne)?|` +
	`merknad\s+til\s+redaksjon(?:en|ene)?|tiedoksi\s+toimituksille|huomio\s+toimituksille|notatka\s+dla\s+redakcji|informacja\s+dla\s+redakcji|poznámk[ay]\s+pro\s+redakc[ei]|` +
	`megjegyzés\s+a\s+szerkesztőknek|notă\s+pentru\s+editori|editörlere\s+not|примечание\s+для\s+редакц\p{L}*|примітка\s+для\s+редакці\p{L}*|σημείωση\s+(?:για\s+τους|προς\s+τους)\s+συντάκτες|` +
	`бележк[аи]\s+(?:към|за)\s+(?:редакци\p{L}*|редакторите)|napomen[ae]\s+(?:za\s+)?(?:urednik\p{L}*|uredništv\p{L}*)|opomba\s+za\s+uredništvo|poznámk[ay]\s+pre\s+redakci\p{L}*|pastaba\s+redakcijai|piezīme\s+redakcijai|märkus\s+toimeta\p{L}*|` +
	`ملاحظ(?:ة|ات)\s+(?:لل|إلى\s+ال)محررين|הער(?:ה|ות)\s+לעורכים|یادداشت\s+(?:برای|به)\s+سردبیران|संपादकों\s+के\s+लिए\s+(?:नोट|टिप्पणी)|` +
	`编者按|編者按|编者注|編者註|编辑注|編輯註|編集部注|편집자\s*주|편집자\s+참고|ghi\s+chú\s+(?:cho|gửi|dành\s+cho)\s+(?:các\s+)?(?:biên\s+tập\s+viên|ban\s+biên\s+tập)|catatan\s+(?:untuk|bagi|kepada)\s+(?:editor|redaksi)|หมายเหตุ(?:ถึง|สำหรับ)บรรณาธิการ`

// noReply opens an automatic mailer's notice under the release: "This
// email was sent automatically", "please do not reply", in the desk's
// languages ("Bu e-posta … lütfen yanıtlamayınız", "Email này được gửi từ
// hệ thống …").
const noReply = `(?:please\s+)?do\s+not\s+reply|this\s+(?:e-?mail|message)\s+(?:was|has\s+been)\s+(?:sent|generated)|bitte\s+(?:nicht\s+(?:auf\s+diese\s+\p{L}+\s+)?antworten|antworten\s+sie\s+nicht)|` +
	`diese\s+(?:e-?mail|nachricht)\s+wurde\s+(?:automatisch|von)|merci\s+de\s+ne\s+pas\s+répondre|ne\s+pas\s+répondre|ce\s+(?:message|courriel|e-?mail)\s+(?:a\s+été|est)\s+(?:envoyé|généré)|` +
	`por\s+favor,?\s+no\s+(?:responda|conteste)|este\s+(?:mensaje|correo)\s+(?:ha\s+sido|fue)\s+(?:enviado|generado)|si\s+prega\s+di\s+non\s+rispondere|questa\s+e-?mail\s+è\s+stata\s+(?:inviata|generata)|` +
	`(?:gelieve|graag)\s+niet\s+(?:te\s+)?(?:antwoorden|beantwoorden)|deze\s+e-?mail\s+is\s+(?:automatisch\s+)?verzonden|svara\s+inte\s+på|svar\s+ikke\s+på|älä\s+vastaa|` +
	`proszę\s+nie\s+odpowiadać|prosím(?:,)?\s+neodpovídejte|ne\s+válaszoljon|vă\s+rugăm\s+să\s+nu\s+răspundeți|bu\s+e-?posta\s+(?:bilgilendirme|otomatik)|lütfen\s+(?:yanıtlamayınız|cevaplamayınız)|` +
	`не\s+отвечайте\s+на\s+это|не\s+відповідайте\s+на\s+цей|email\s+này\s+được\s+gửi|vui\s+lòng\s+không\s+trả\s+lời|请勿(?:直接)?回复|請勿(?:直接)?回覆|このメールは(?:送信専用|自動)|返信しないでください|회신하지\s+마십시오|본\s+메일은\s+발신\s+전용`

// mailingList opens a mailing list's notice under the release in the
// desk's other languages: why the reader receives it, how to leave the
// list ("Sie erhalten diese E-Mail, weil …", "Du får det här
// meddelandet eftersom …", "Darse de baja | Actualizar preferencias").
// footer has the English.
const mailingList = `sie\s+erhalten\s+diese|abmelden|abmeldung|vous\s+(?:recevez|avez\s+reçu)\s+(?:ce|cet|cette)|(?:se\s+)?désinscri(?:re|ption)|désabonne(?:r|ment)|` +
	`(?:ha|has)\s+recibido\s+este|(?:usted\s+)?recibe\s+este\s+(?:correo|mensaje)|darse\s+de\s+baja|cancelar\s+(?:la\s+)?suscripción|` +
	`(?:hai|ha)\s+ricevuto\s+questa|ricevi\s+questa|annulla\s+(?:l['’])?iscrizione|disiscriviti|cancella\s+iscrizione|` +
	`(?:u|je)\s+ontvangt\s+(?:dit|deze)|afmelden|uitschrijven|(?:você\s+)?(?:está\s+recebendo|recebeu)\s+(?:este|esta)|descadastr\p{L}*|cancelar\s+(?:a\s+)?subscrição|` +
	`du\s+(?:får|mottar|modtager)\s+(?:det\s+här|detta|denne|denna|dette)|avsluta\s+prenumeration|avslutt\s+abonnement|afmeld|meld\s+deg\s+av|` +
	`peruuta\s+tilaus|(?:otrzymujesz|otrzymał(?:eś|aś))\s+tę|wypisz\s+się|odhlásit|ezt\s+a\s+levelet\s+azért|leiratkozás|` +
	`вы\s+получили\s+это|отписаться|ви\s+отримали\s+цей|відписатися|配信停止|配信解除|退订|取消订阅|수신\s*거부`

var (
	// ReleaseLabel is a line that names the document type, not the story.
	ReleaseLabel = prefilter.MustCompile(`(?i)^(?:\W*(?:[\p{L}&]+\s+){0,3}(?:press|news|media)\s+(?:release|statement|notice|advisory|announcement|information)\b|\W*(?:for\s+)?immediate\s+release|\W*(?:communiqu[ée](?:\s+de\s+presse)?|pressemitteilung|pressemeldung|presseinformation|nota\s+de\s+prensa|comunicado(?:\s+de\s+prensa)?|comunicato\s+stampa|persbericht|pressemelding|pressmeddelande|tiedote)\b|\W*(?:statement|update|correction|corrected)\s*(?:[:|–—-]|$)|\W*(?:view|read|open)\b.{0,30}\b(?:browser|online|web\s+version)|\W*(?:having\s+trouble\s+(?:viewing|reading|seeing)|problems?\s+(?:viewing|reading)|can'?t\s+see\s+(?:this|the\s+images)|web\s+version)|\W*(?:issued|published|released|date[d]?)\s*(?:on|:)|\W*(?:no|ref|reference)\.?\s*:?\s*\d|\W*news\s+provided\s+by)`)
	EndMarker    = prefilter.MustCompile(`(?i)^[\s\-–—#*=_~.\[\]()<>]*` + endWord + `(?:\s*[/|]\s*` + endWord + `)*[\s\-–—#*=_~.\[\]()<>]*$`)
	// TrailerHead is a short heading that opens the boilerplate after a
	// release's body; footer is a line of it at any length. What stands
	// before their words is no letter of any script: Go's \W is ASCII's,
	// and took "Δείτε τη" of a sentence for punctuation.
	TrailerHead = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:(?:about\s+\S|à\s+propos|über\s+\S|acerca\s+de|a\s+propósito|informazioni\s+su|om\s+\S|over\s+\S|notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?['’]?\s+notes?|note\s+aux\s+rédactions|hinweis\s+für\s+redaktionen|` + notesToEditors + `|forward[- ]looking\s+statements?|safe\s+harbou?r|source\s+\p{Lu}|follow\s+us|kind\s+regards|best\s+regards|warm\s+regards|regards,|best\s+wishes|many\s+thanks|sincerely|yours\s+(?:sincerely|faithfully)|mit\s+freundlichen\s+grüßen|cordialement)|(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|information|office|desk)|contacts?(?:\s+(?:details|information))?|for\s+(?:more|further)\s+information(?:\s*,?\s*(?:please\s+)?contact)?|(?:further|more)\s+information|for\s+media\s+enquiries|(?:media\s+|press\s+)?accreditation|accréditation(?:\s+presse)?|akkreditierung|pressekontakt|rückfrage(?:n|hinweis)?(?:\s+(?:an|&\s+kontakt))?|kontakt|contact\s+presse|presse|press|media|background(?:\s+information)?|disclaimer)\s*(?:[:|–—-]|$)|--\s*$)`)
	// TrailerLabel is a labelled line of the boilerplate at any length:
	// "Press accreditation: journalists who wish to …".
	TrailerLabel = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries)|contacts?|(?:media\s+|press\s+)?accreditation|accréditation(?:\s+presse)?|akkreditierung|pressekontakt|contact\s+presse|notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?['’]?\s+notes?|` + notesToEditors + `)\s*:`)
	footer       = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:` + noReply + `|sent\s+from\s+my|unsubscribe|you\s+are\s+receiving|you\s+received\s+this|this\s+e-?mail\s+(?:and\s+any|is\s+(?:confidential|intended))|to\s+stop\s+receiving|manage\s+(?:your\s+)?(?:preferences|subscription))`)
	// noReplyLine is footer's automatic-mailer notice. A public warning
	// says the same words with the body going on below it ("Do not reply
	// to these texts; forward them to …", "市民如收到此类短信，请勿回复").
	noReplyLine = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:` + noReply + `)`)
	// caption: a photo's caption or credit line, in the languages the
	// desk receives.
	caption = prefilter.MustCompile(`(?i)^\W*(?:photo|picture|image|caption|pictured|foto|fotografie|fotografia|bild|billede|bilde|bildtext|billedtekst|bildetekst|bildunterschrift|légende|didascalia|pie\s+de\s+foto|legenda|onderschrift|bijschrift|kuva|kuvateksti|popisek|zdjęcie|фото|фотография|світлина|φωτογραφία|写真|사진|图片|圖片)(?:\s+\d+|\s+attached|\s+caption)?\s*[:：]`)
	// callToAction is a newsletter's button or link line, not article text.
	callToAction = prefilter.MustCompile(`(?i)^\W*(?:download|register|click|watch|listen|subscribe|follow\s+us|view\s+(?:the\s+)?(?:full|online|images|photos|video|gallery)|see\s+(?:the\s+)?(?:full|more|images|photos))\b`)
	// Greeting opens a letter to a person, in the languages the desk
	// receives. The word must end at a non-letter of any script (Go's \b
	// knows only ASCII letters: "Cześć" would never end). Words that also
	// open ordinary headlines ("Beste Noten für …" best, "Caro energia, …"
	// the high cost of, "Droga S7 …" road, "Bästa året …", "Hyvä vuosi …",
	// "Terve koulu", "Estimada en …" estimated; names: "Servus TV", "MOIN
	// Filmförderung", "Hoi An", "¡Hola!") greet only as a salutation
	// line: the word alone, or with up to five words of address closed by
	// a comma or colon ("Beste redactie,", "Chère Madame, cher Monsieur,",
	// "Estimados señores:"), or up to two closed by "!" ("Kedves
	// Kollégák!").
	Greeting  = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:(?:ahoj|boa\s+tarde|bom\s+dia|bonjour|bonsoir|buen[oa]s\s+(?:días|tardes)|bună\s+ziua|buonasera|buongiorno|chers|ciao|coucou|cześć|dear|dobrý\s+den|dragă|dzień\s+dobry|geachte|good\s+(?:morning|afternoon|evening)|guten\s+(?:tag|morgen)|hallo|hei|heippa|hej|hello|hey|hi|kjære|kære|liebe[rs]?|madame,\s*monsieur|merhaba|olá|poštovan\p{L}+|prezad[oa]s?|querid[oa]s?|salut|sayın|sehr\s+geehrte[rs]?|stimat\p{L}+|szanown[aiy]|szia|tisztelt|vážen[áý]|αγαπητ\p{L}+|γεια|γεια\s+σας|вітаю|доброго\s+дня|добрый\s+день|здравствуйте|привет|уважаем\p{L}+|шановн\p{L}+|שלום|السلام\s+عليكم|عزيزي|مرحبا|お疲れ様です|こんにちは|你好|各位好|您好|拝啓|안녕하세요)(?:[^\p{L}\p{N}]|$)|(?:beste|bästa|car[oa]|cher|chère|drodzy|drog[ai]|estimad[oa]s?|gentile|hoi|hola|hyvä|kedves|mil[áý]|moin|servus|terve|zdravo)(?:(?:[ \t]+\S+){1,5}[,:]|(?:[ \t]+\S+){0,2}!|[,:])?[ \t]*(?:\r?\n|$))`)
	contactRE = prefilter.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|\b0)\d[\d ()./-]{6,}\d|\(\d{3}\)\s?\d{3}[ .-]\d{4}\b`)
	mdWrap    = regexp.MustCompile(`^[*_]+(.*?)[*_]+$`)
)

// trailerSentence is a sentence of the matter after the body: one
// that sends the press elsewhere ("For more information, please visit
// …", "Media are invited to attend …"), a listed company's notice that
// the release discloses what the EU Market Abuse Regulation obliges it
// to, or its warning that the release looks ahead.
var trailerSentence = prefilter.MustCompile(`(?i)^\W*(?:(?:this|the)\s+(?:press\s+)?(?:release|announcement)\s+(?:contains|includes|may\s+contain)\s+(?:certain\s+)?forward[- ]looking|este\s+comunicado\s+(?:de\s+prensa\s+)?contiene\s+(?:previsiones|declaraciones|proyecciones)|diese\s+(?:presse)?mitteilung\s+enthält\s+(?:bestimmte\s+)?zukunftsgerichtete|ce\s+communiqué\s+(?:de\s+presse\s+)?contient\s+des\s+(?:déclarations|informations)\s+prospectives|for\s+(?:more|further)\s+information\s*,?\s*(?:please\s+)?(?:visit|see|go\s+to)|(?:media|journalists|reporters)\s+(?:are\s+invited\s+to|interested\s+in|wishing\s+to|who\s+wish\s+to)\s+(?:cover|attend)|this\s+(?:information|announcement)\s+(?:is|contains)\s+(?:such\s+)?(?:inside\s+)?information\s+(?:that|which|as)\b|denna\s+information\s+är\s+sådan\s+(?:information\s+)?som\b|tämä\s+tieto\s+on\s+sellaista|(?:this|the)\s+(?:announcement|release|information)\s+contains\s+inside\s+information|denne\s+informasjonen\s+er\s+(?:informasjonspliktig|offentliggjort)|denne\s+(?:information|meddelelse|selskabsmeddelelse)\s+(?:er\s+offentliggjort\s+i\s+henhold|indeholder\s+intern\s+viden)|diese\s+(?:mitteilung|meldung|information)\s+enthält\s+insiderinformation|(?:dit|het)\s+(?:persbericht|bericht)\s+bevat\s+(?:informatie\s+die\s+kwalificeert\s+als\s+)?voorwetenschap|il\s+presente\s+comunicato\s+contiene\s+informazioni\s+privilegiate|cette\s+information\s+(?:constitue|est)\s+une\s+information\s+privilégiée|este\s+comunicado\s+contiene\s+información\s+privilegiada|pour\s+(?:plus\s+d['’]informations?|en\s+savoir\s+plus)\s*,?\s*(?:veuillez\s+)?(?:consulte[rz]|rendez-vous)|weitere\s+informationen\s+(?:finden\s+sie\s+)?(?:unter|auf)\b|para\s+(?:más|mayor)\s+información\s*,?\s*(?:visite|consulte))`)

// segmentRules is the rule-based cut: the labeller's fallback, and the
// source of its cues. It rewrites the dateline's block in bs.
func segmentRules(bs []block.Block, dls *Datelines, subject string) Segments {
	var s Segments
	limit := min(len(bs), 20)
	start := -1
	dl, dline := findDateline(bs, dls)
	var title []int // the headline's block, then the standfirst's
	if dl >= 0 {
		var cands []int
		for i := 0; i < dl; i++ {
			if titleLike(bs[i]) {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 && shortTitle(bs) {
			cands = []int{0}
		}
		if h := pickTitle(bs, cands, subject); h >= 0 {
			title = append(title, h)
			// The standfirst is the block under the headline, full stop or not.
			if h+1 < dl && subLike(bs[h+1]) {
				title = append(title, h+1)
			}
		}
		s.Dateline = &dline.Dateline
		if dline.rest != "" {
			start = dl
			bs[dl] = block.Block{Kind: block.Para, Lines: []string{dline.rest}}
		} else {
			// The dateline stands alone, above or below the title; a title
			// right under it wins over a letterhead above it.
			start = dl + 1
			if start < len(bs) && titleLike(bs[start]) {
				title = []int{start}
				for start++; start < len(bs) && len(title) < 2 && subLike(bs[start]) && !proseLike(bs[start]); start++ {
					title = append(title, start)
				}
			}
		}
	} else {
		// Without a dateline the title is among the blocks above the
		// first paragraph of prose.
		var cands []int
		for i := 0; i < limit && !proseLike(bs[i]); i++ {
			if titleLike(bs[i]) {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 && shortTitle(bs) {
			cands = []int{0}
		}
		if h := pickTitle(bs, cands, subject); h >= 0 {
			title, start = append(title, h), h+1
			if h+1 < len(bs) && subLike(bs[h+1]) && !closesSentence(bs[h+1].Text()) {
				title, start = append(title, h+1), h+2
			}
		}
	}
	if len(title) > 0 {
		s.Headline = headlineText(bs[title[0]].Text(), bs)
		s.Pre = append(s.Pre, bs[:title[0]]...)
		if len(title) > 1 && subLike(bs[title[1]]) {
			s.Subheadline = subheadlineText(bs[title[1]])
		}
	}
	if start < 0 {
		start = 0
	}
	// A date or a label between the title and the text is neither.
	for start < len(bs)-1 && bs[start].Words() <= 12 && (dateOnly(bs[start].Text()) || ReleaseLabel.MatchString(bs[start].Text())) {
		start++
	}
	s.Pre = append(s.Pre, preBlocks(bs, title, start)...)
	end := len(bs)
	for i := start + 1; i < len(bs); i++ {
		t := bs[i].Text()
		if endMarker(t) {
			end, s.Ended = i, true
			break
		}
		if bs[i].Words() <= 12 && TrailerHead.MatchString(t) || TrailerLabel.MatchString(t) || trailerSentence.MatchString(t) || footer.MatchString(t) && !(noReplyLine.MatchString(t) && slices.ContainsFunc(bs[i+1:], proseLike)) || ContactBlock(bs[i]) || contactHeading(bs[i]) {
			end = i
			break
		}
	}
	for _, b := range bs[start:end] {
		if !notBodyText(b) {
			s.Body = append(s.Body, b)
		}
	}
	if s.Ended {
		s.Trailer = bs[end+1:]
	} else {
		s.Trailer = bs[end:]
	}
	return s
}

// notBodyText is a block the body holds that is no body text: a caption, a
// call to action, or a short block that opens with an embargo statement
// wherever it stands (most often under the last paragraph of a release
// with no end marker).
func notBodyText(b block.Block) bool {
	t := b.Text()
	return caption.MatchString(t) || b.Words() <= 12 && callToAction.MatchString(t) ||
		b.Words() <= 40 && embargo.EmbargoKey.MatchString(t) && embargo.ParseEmbargo(t, nil).Leading
}

// pickTitle chooses the headline among title-like blocks: the one the
// subject line repeats, else the first long enough to be a headline rather
// than a letterhead ("Ministry of Defence", "Acme Systems Ltd"), else the
// first.
func pickTitle(bs []block.Block, cands []int, subject string) int {
	if len(cands) == 0 {
		return -1
	}
	sw := map[string]bool{}
	for _, w := range wordsOf(SubjectTitle(subject)) {
		sw[w] = true
	}
	for _, i := range cands {
		ws, shared := wordsOf(bs[i].Text()), 0
		for _, w := range ws {
			if sw[w] {
				shared++
			}
		}
		if len(ws) >= 3 && shared*10 >= len(ws)*6 {
			return i
		}
	}
	for _, i := range cands {
		if bs[i].Words() >= 5 {
			return i
		}
	}
	return cands[0]
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), notWordRune)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// proseLike is a paragraph of running text: the body has begun.
func proseLike(b block.Block) bool {
	return b.Words() >= 15 && closesSentence(b.Text())
}

// preBlocks are the non-title blocks above the body start.
func preBlocks(bs []block.Block, title []int, start int) []block.Block {
	var out []block.Block
	from := 0
	if len(title) > 0 {
		from = title[0] + 1
	}
	for i := from; i < start && i < len(bs); i++ {
		isTitle := false
		for _, t := range title {
			isTitle = isTitle || t == i
		}
		if !isTitle {
			out = append(out, bs[i])
		}
	}
	return out
}

// titleLike says whether a block could be a headline: a few words, no
// sentence punctuation at its end, not a label, address or greeting.
func titleLike(b block.Block) bool { return titleOf(b, 3) }

// shortTitle: the release opens with a title of two words ("Neue
// Sirenen") over its first sentence.
func shortTitle(bs []block.Block) bool {
	return len(bs) > 1 && utf8.RuneCountInString(bs[0].Text()) >= 8 && titleOf(bs[0], 2) && closesSentence(bs[1].Text())
}

// titleOf: a title of at least minWords words.
func titleOf(b block.Block, minWords int) bool {
	t := strings.Trim(b.Text(), "*_ ")
	w := titleWords(t)
	if w < minWords || w > 40 || len(b.Lines) > 4 || b.Kind == block.Item || b.Kind == block.Table || block.Bulleted(t) {
		return false
	}
	return titleText.Of(t) && !postal(b)
}

// titleWords counts t's words as a title's: a run of six characters or
// more in a script that writes no spaces counts as three.
func titleWords(t string) int {
	w := len(strings.Fields(t))
	if w == 1 && utf8.RuneCountInString(t) >= 6 && unicode.In([]rune(t)[0], unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
		return 3
	}
	return w
}

// titleText is titleWritten, remembered: the segmenter's rules ask
// titleLike about the same blocks from a dozen places.
var titleText = memo.New(titleWritten, 256)

// titleWritten: a block's text t reads as a title, without sentence
// punctuation at its end, an address, a number, a label, a greeting or
// a date alone.
func titleWritten(t string) bool {
	if strings.ContainsAny(LastRune(t), ".,;:!。，；：！।") || strings.Contains(t, "@") || strings.Contains(t, "://") || strings.Contains(t, " | ") || phoneRE.MatchString(t) {
		return false
	}
	return !ReleaseLabel.MatchString(t) && !documentName.MatchString(t) && !embargo.EmbargoKey.MatchString(t) && !Greeting.MatchString(t) &&
		!TrailerHead.MatchString(t) && !EndMarker.MatchString(t) && !dateOnly(t) && !issuedBy.MatchString(t)
}

// postalAddress is a street address with its postcode and town: "Am Kai
// 9 · 18055 Rostock", "12 rue des Docks, 76600 Le Havre", "1 Dock
// Street, Leith EH6 6QP". A four-digit code is no year's ("Formula 1 –
// 2025 Season").
var postalAddress = prefilter.MustCompile(`(?:^|[·•|,–-]\s*)(?:(?:\p{L}[\p{L}.'’-]*\s+){1,4}\d{1,4}[a-zA-Z]?|\d{1,4}[a-zA-Z]?,?\s+(?:\p{L}[\p{L}.'’-]*\s*){1,4})\s*[·•|,–-]\s*(?:(?:[A-Z]{1,2}-)?(?:\d{5}|(?:0\d|1[0-8]|2[1-9]|[3-9]\d)\d\d)\s+\p{Lu}|\p{Lu}\p{L}+,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)`)

// postal says whether a line of b, or two lines of it read as one
// ("Hafenstraße 12" over "28217 Bremen") under a name, is a postal
// address: a letterhead's (the sender's name over its address), never a
// title. Two lines with no name above them may be a title in title case
// ("Acme Opens Plant 7" over "1500 New Jobs For Ohio").
func postal(b block.Block) bool {
	for k, l := range b.Lines {
		l = strings.TrimSpace(l)
		if k > 1 && townLine.MatchString(l) && postalAddress.MatchString(strings.TrimSpace(b.Lines[k-1])+" · "+l) {
			return true
		}
		if postalAddress.MatchString(l) && !countAfterDash.MatchString(l) {
			return true
		}
	}
	return false
}

// townLine is a line that holds only a postcode and its town, in
// capitals: "28217 Bremen", "D-24103 Kiel", "00-950 Warszawa", "75008
// Paris Cedex 08".
var townLine = regexp.MustCompile(`^(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3} \d{2}|\d{2}-\d{3})\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\d{1,2}))*$`)

// countAfterDash is a title that opens with a numbered thing and gives a
// count after a dash ("Ferry Route 5 – 1200 Passengers a Day"), as an
// address without a name before its street would be written.
var countAfterDash = regexp.MustCompile(`^(?:\p{L}[\p{L}.'’-]*\s+){1,4}\d{1,4}[a-zA-Z]?\s+[–-]\s+\d{4}\s+\p{Lu}`)

// dateOnly is a line that is just a date ("19 April 2024", "Tuesday,
// 3 March 2025"): a release's date, not its title.
func dateOnly(t string) bool {
	if len(t) > 48 {
		return false
	}
	d, ok := dates.FindDate(t, false, false)
	return ok && (d.End-d.Start)*10 >= len(strings.TrimSpace(t))*6
}

// subLike says whether a block could be a standfirst, counting its words
// as a title's ("新站将使船舶等候时间缩短三分之一" is one run of them).
func subLike(b block.Block) bool {
	t := b.Text()
	w := titleWords(strings.TrimSpace(t))
	return w >= 3 && w <= 60 && !strings.Contains(t, "@") && !ReleaseLabel.MatchString(t) && !embargo.EmbargoKey.MatchString(t) &&
		!TrailerHead.MatchString(t) && b.Kind != block.Item && !dateOnly(t)
}

// hasContact says whether t holds an email address or a phone number.
func hasContact(t string) bool {
	return contactStart(t) && contactRE.MatchString(t)
}

// contactStart says whether t holds what every match of contactRE opens
// with: an @, or a digit after "+", "(" or a 0 that starts a word. Most
// paragraphs have digits (a year, a sum) but none of these.
func contactStart(t string) bool {
	if strings.IndexByte(t, '@') >= 0 {
		return true
	}
	for i := 0; i+1 < len(t); i++ {
		if c := t[i+1]; c < '0' || c > '9' {
			continue
		}
		switch t[i] {
		case '+', '(':
			return true
		case '0':
			if i == 0 || !prefilter.WordByte(t[i-1]) {
				return true
			}
		}
	}
	return false
}

// contactHeading is a contact label alone in its block ("Media
// contact:", "【お問い合わせ】", "Kontakt"): the trailer opens there in
// the languages TrailerHead does not know.
func contactHeading(b block.Block) bool {
	if b.Words() > 6 {
		return false // most blocks: no pattern to run
	}
	t := strings.TrimSpace(b.Text())
	loc := wholeContactLabel.FindStringIndex(t)
	return loc != nil && loc[1] == len(t)
}

// ContactBlock is a short block of name, phone and email lines.
func ContactBlock(b block.Block) bool {
	if len(b.Lines) > 8 || b.Words() > 40 || !hasContact(b.Text()) {
		return false
	}
	return strings.Contains(b.Text(), "@") || len(b.Lines) >= 2
}

// closesSentence says whether s ends as a sentence does, with the full
// stop, question or exclamation mark of any script (Devanagari's danda,
// Arabic's question mark, Ethiopic's and Myanmar's full stops).
func closesSentence(s string) bool {
	return strings.ContainsAny(LastRune(s), ".!?。！？।॥؟։።။")
}

// statement says whether s closes a sentence with a full stop, as a note
// does and a title, which may end in "!" or "?", does not.
func statement(s string) bool {
	return strings.ContainsAny(LastRune(s), ".。।")
}

func LastRune(s string) string {
	s = strings.TrimRight(s, " ”\"’'»)")
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return ""
	}
	return string(r)
}

// findDateline is the first of the first 20 blocks that opens with a
// dateline, -1 when none does. A dateline without a date ("SHIPS — The
// Herald reports …") counts only when no other block opens with one:
// repeated capitals-and-dash openers are a digest's section labels, not a
// release's dateline.
func findDateline(bs []block.Block, dls *Datelines) (int, dateline) {
	limit := min(len(bs), 20)
	for i := 0; i < limit; i++ {
		d, ok := dls.at(i)
		// An embargo line set like a dateline ("JULKAISUVAPAA 8.12.2026
		// KLO 10.00", "SPERRFRIST 4.3.2026") times the release; its label
		// names no place, and the dateline comes under the title.
		if !ok || d.Place != "" && embargo.EmbargoKey.MatchString(d.Place) {
			continue
		}
		if d.Date == "" {
			for j := i + 1; j < limit; j++ {
				if e, ok := dls.at(j); ok && e.Date == "" {
					return -1, dateline{}
				}
			}
		}
		return i, d
	}
	return -1, dateline{}
}

// HasDateline says whether a release's dateline opens one of the first
// blocks of those dls reads.
func HasDateline(dls *Datelines) bool {
	i, _ := findDateline(dls.bs, dls)
	return i >= 0
}

// TitledText says whether one of the first blocks is a title with running
// text under it: a release, even below a covering letter's greeting. A
// letter's question to its reader ("Does either day suit you?") is no
// title.
func TitledText(bs []block.Block) bool {
	for i := 0; i+1 < min(len(bs), 20); i++ {
		// the title, a standfirst perhaps, then the text
		if titleLike(bs[i]) && !strings.HasSuffix(strings.TrimSpace(bs[i].Text()), "?") && (proseLike(bs[i+1]) || i+2 < len(bs) && subLike(bs[i+1]) && proseLike(bs[i+2])) {
			return true
		}
	}
	return false
}

// slavicOrgNoun opens the noun an About heading in a Slavic language
// names its issuer by, in any case ("Про фонд", "О фонде", "O fundacji",
// "За фондацията", "O nadaci", "Об организации", "O udruzi").
const slavicOrgNoun = `фонд|фундаці|фондаци|организаци|організаці|институт|інститут|агентств|агенци|асоциаци|ассоциаци|асоціаці|объединени|об'єднанн|центр|министерств|міністерств|предприяти|підприємств|дружеств|корпораци|корпораці|холдинг|fundacj|fundaci|nadaci|nadáci|zaklad|organizac|instytut|institut|agencj|agenci|agentu|stowarzysz|sdružen|združen|udrug|udruz|udruž|ministerst|ministarst|spółc|podnik|poduzeć|przedsiębiorst|holding`

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
var AboutRE = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:(?:à\s+propos\s+d'|(?:about|à\s+propos(?:\s+(?:de|du|des))?|über|acerca\s+de|sobre|a\s+propósito\s+de|informazioni\s+su|chi\s+siamo|om|over|despre|tietoa|apie|σχετικά\s+με|о\s+компании)\s+)(?:the\s+|l'|la\s+|le\s+|a\s+|o\s+)?(.{2,80}?)|(?:o|о|об|про|за)\s+(nas|nás|nama|nami|firmie|společnosti|spoločnosti|podjetju|kompanii|компании|компанії|компанію|компанията|нас|нама|организации|організацію|(?-i:\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,2})|(?:` + slavicOrgNoun + `)\p{L}*(?:\s+[«„"“][^«»„“”"]{1,60}[»“”"]|(?-i:\s+\p{Lu}\S*){1,3})?)|(?:关于|關於|نبذة\s+عن|حول|אודות)\s*(.{2,80}?)|(.{2,60}?)\s*(?:hakkında|について|소개|kohta|lyhyesti|简介|簡介|概要))[\s\pP]*$`)

// subtitleLabel is the label some wires put before a standfirst: APA-OTS's
// "Utl.:" (Untertitel), "Subtitle:", "Sous-titre :". A block that opens
// with it is the standfirst, which subheadlineText gives without it.
var subtitleLabel = regexp.MustCompile(`(?i)^(?:utl\.|untertitel|subtitle|sub-?headline|sous-titre|subtítulo|sottotitolo|ondertitel|podtytuł|undertitel|alaotsikko)\s*:\s*`)

func subheadlineText(b block.Block) string {
	return subtitleLabel.ReplaceAllString(strings.Trim(b.Text(), "*_ "), "")
}

// closingFormula is an official body's closing formula, standing alone
// under the story: "Kamuoyuna saygıyla duyurulur.", "Il est porté à la
// connaissance du public.", "Se informa a la opinión pública.",
// "Доводимо до відома.", "Demikian siaran pers ini kami sampaikan." It
// must be the whole block: the same words open a notice's first
// paragraph ("Se informa a la opinión pública que …"), and a quote may
// end "… to the public."
var closingFormula = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:` +
	`kamuoyuna\s+(?:saygı(?:yla|\s+ile)\s+)?(?:duyurulur|bildirilir|arz\s+olunur)|(?:basın\s+ve\s+)?kamuoyunun\s+bilgisine\s+(?:saygıyla\s+)?(?:sunulur|arz\s+olunur)|` +
	`(?:il\s+est|ceci\s+est)\s+porté\s+à\s+la\s+connaissance\s+du\s+public|le\s+public\s+en\s+est\s+informé|` +
	`(?:lo\s+que\s+)?se\s+(?:informa|comunica|hace\s+saber)\s+(?:a\s+la\s+opinión\s+pública|a\s+la\s+ciudadanía|para\s+(?:su\s+)?conocimiento(?:\s+(?:público|general|de\s+la\s+opinión\s+pública))?)|se\s+hace\s+del\s+conocimiento\s+(?:público|de\s+la\s+opinión\s+pública|de\s+la\s+ciudadanía)|` +
	`(?:è\s+quanto\s+si\s+comunica|si\s+comunica\s+(?:alla\s+cittadinanza|per\s+opportuna\s+conoscenza))|(?:é\s+o\s+que\s+se\s+informa|informa-se\s+(?:a|à)\s+(?:opinião\s+pública|população))|` +
	`доводимо\s+до\s+(?:вашого\s+)?відома|доводим\s+до\s+(?:вашего\s+)?сведения|доводится\s+до\s+(?:всеобщего\s+)?сведения|` +
	`demikian\s+(?:siaran\s+pers|rilis|informasi|pengumuman|kenyataan\s+media)\s+ini(?:\s+(?:kami\s+)?(?:sampaikan|disampaikan))?|` +
	`for\s+(?:the\s+)?(?:information\s+of\s+the\s+(?:general\s+)?public|public\s+information)` +
	`)(?:\s+(?:\p{L}+\s+){0,2}(?:public|publique|pública|pubblica|pública))?[\s.!。]*$`)

// moreInfo opens a sentence that sends readers for more information
// elsewhere, in the desk's languages; with a phone or an address in it,
// it is the release's contact line, not the story's.
var moreInfo = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:for\s+(?:more|further)\s+(?:information|details)|(?:more|further)\s+information|pour\s+(?:plus|de\s+plus\s+amples)\s+(?:d['’]\s*)?informations?|für\s+(?:weitere|mehr)\s+informationen|weitere\s+informationen|para\s+(?:más|mayor)\s+información|para\s+mais\s+informações|mais\s+informações|per\s+(?:maggiori|ulteriori)\s+informazioni|voor\s+(?:meer|nadere)\s+informatie|meer\s+informatie|för\s+(?:mer|ytterligare)\s+information|for\s+mer\s+informasjon|for\s+(?:mere|yderligere)\s+information|lisätietoja|(?:więcej|dodatkowych)\s+informacji|(?:další|více)\s+informac|pentru\s+mai\s+multe\s+informații|για\s+περισσότερες\s+πληροφορίες|за\s+повече\s+информация|(?:дополнительн|подробн)\p{L}*\s+информац|додатков\p{L}*\s+інформац|további\s+információ|daha\s+fazla\s+bilgi)`)

// mediaNote opens a note that the release's pictures, footage or sound
// are to be had somewhere, the matter after the story, in the desk's
// languages: "Images from the ceremony are available at …", "Honorarfreies
// Bildmaterial steht zum Download bereit", "Photos libres de droits sur
// …", "Fotografie ke stažení na …". The note says where or how the media
// get them; a story's sentence about photos says what they show.
var mediaNote = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:` +
	// English
	`(?:(?:high[- ]res(?:olution)?|hi-?res|print[- ]quality|broadcast[- ]quality|additional|more|further|official|press|editorial)\s+)*(?:images?|photos?|photographs?|pictures?|imagery|video(?:s|\s+footage)?|footage|b-?roll|audio|sound(?:bites)?|multimedia(?:\s+content)?|graphics?)(?:\s+(?:and|&)\s+(?:\p{L}+\s+)?(?:images?|photos?|video|footage|b-?roll|audio))?(?:\s+\S+){0,6}?\s+(?:(?:is|are|will\s+be|can\s+be|may\s+be)\s+(?:(?:also|now|freely)\s+)?(?:available|downloaded|found|accessed|obtained|requested|viewed|attached)|available)(?:\s+\S+){0,2}?\s*(?:at|on|from|via|here|through|to\s+(?:download|media|journalists|the\s+(?:media|press))|for\s+(?:download|media|editorial|free)|(?:up)?on\s+request|by\s+request|free\s+of\s+charge|below|:)|` +
	// German
	`(?:honorarfreie[sn]?\s+|druckfähige[sn]?\s+|hochauflösende[sn]?\s+)*(?:bildmaterial|pressebilder|pressefotos|fotos|bilder|videos?|filmmaterial|videomaterial|b-roll)(?:\s+\S+){0,6}?\s+(?:steh(?:t|en)|(?:ist|sind)|finden\s+sie|können)(?:\s+\S+){0,4}?\s+(?:zum\s+download|zur\s+verfügung|bereit|abrufbar|heruntergeladen|unter|auf\s+(?:der|unserer))|` +
	`(?:honorarfreie[sn]?|druckfähige[sn]?|hochauflösende[sn]?)\s+(?:bildmaterial|pressebilder|pressefotos|fotos|bilder)|` +
	// French
	`(?:des\s+|les\s+)?(?:photos?|images?|visuels?|vidéos?|photographies)(?:\s+\S+){0,6}?\s+(?:libres?\s+de\s+droits?|(?:sont|est)\s+(?:disponibles?|téléchargeables?|à\s+télécharger)|(?:à|en)\s+téléchargement|disponibles?\s+(?:sur|au|à|en)|peuvent\s+être\s+téléchargé)|` +
	// Spanish, Portuguese, Italian
	`(?:las\s+|los\s+|as\s+|os\s+|le\s+)?(?:fotos|foto|fotografías|fotografias|fotografie|imágenes|imagens|immagini|vídeos?|videos?)(?:\s+\S+){0,6}?\s+(?:(?:están|está|estão|sono|è)\s+disponibl?[ei]|(?:se\s+pueden|pueden|podem|possono)\s+(?:descargar|baixar|ser\s+(?:descargad|baixad)|essere\s+scaricat)|disponibles?\s+(?:en|para)|disponíve(?:l|is)\s+(?:em|para|no)|disponibili\s+(?:su|al|per|a)|(?:scaricabili|en\s+descarga|para\s+descarga|ad\s+alta\s+risoluzione\s+su))|` +
	// Dutch, Swedish, Norwegian, Danish, Finnish
	`(?:foto'?s|beeldmateriaal|afbeeldingen|video'?s|pressbilder|bilder|foton|bildmaterial|pressebilder|billeder|pressefotos|kuvia|kuvat|lehdistökuvia|kuvamateriaalia|videot)(?:\s+\S+){0,6}?\s+(?:(?:zijn|is|staan)\s+(?:beschikbaar|te\s+downloaden|via|op)|finns\s+(?:att\s+ladda\s+ner|tillgängliga|på|här)|kan\s+(?:laddas\s+ner|lastes\s+ned|downloades|hentes)|(?:finnes|findes)\s+(?:på|her)|er\s+tilg(?:jengelig|ængelig)e?|(?:ovat\s+)?(?:saatavilla|ladattavissa)|löytyvät)|` +
	// Polish, Czech, Turkish
	`(?:zdjęcia|materiały\s+(?:foto|wideo|zdjęciowe)|fotografie|fotky|snímky|fotoğraflar|görseller|görüntüler|videolar)(?:\s+\S+){0,6}?\s+(?:(?:są\s+)?dostępne|do\s+pobrania|ke\s+stažení|(?:jsou\s+)?k\s+dispozici|naleznete|indirilebilir|(?:adresinden|sitesinden)\s+(?:erişilebilir|ulaşılabilir|indirilebilir))` +
	`)`)
