package normalise

import (
	"regexp"
	"strings"

	"newsdesk/process/normalise/prefilter"
	"newsdesk/process/normalise/segment"
)

// ledeName reads the organisation the lede opens with, and how far it is
// trusted: its subject before a verb, a lower-case noun after an
// article, a run of capitalised words, a caseless script's topic, a
// quoted name, a verb-first subject, or a name in lower case that the
// rest of the email (rest, made when needed) repeats or whose
// organisation noun tells it.
func ledeName(lede string, rest func() string, addr string) (string, int) {
	if m := ledeSubject.FindStringSubmatch(lede); m != nil && !officeHolder.MatchString(m[1]) {
		return m[1], 2
	}
	if m := ledeNoun.FindStringSubmatch(lede); m != nil && (m[1] != "" || orgWordRE.MatchString(m[2])) {
		return m[1] + m[2], 2 // cleanOrg capitalises "ministère des Armées"
	}
	if m := ledeRun.FindStringSubmatch(lede); m != nil && !article.MatchString(m[1]) && !officeHolder.MatchString(m[1]) && !segment.Spells(addr, m[1]) {
		name := ownName(strongForm(lede, possessive.ReplaceAllString(m[1], "")))
		// A run without an organisation's noun or legal form is
		// mostly a noun phrase (German capitalises every noun: "Zwölf
		// Hochwasserpumpen wurden …") or a group ("Eleven European
		// nations"): 3 of 16 such runs named the issuer on the
		// training emails, 29 of 35 runs with one did.
		if orgWordRE.MatchString(name) || legalForm.MatchString(name) {
			return name, 2
		}
		// A verb's prefix or a tense word right after the capitals ends
		// the subject there, in Indonesian and Vietnamese: "TNI
		// Angkatan Laut melalui Komando Armada II menyambut …".
		if mk := ledeMarked.FindStringSubmatch(lede); mk != nil && mk[1] == name {
			return name, 2
		}
		// The capitals may open a name whose noun is in lower case:
		// "Lietuvos Respublikos krašto apsaugos ministerija".
		if full := ledeOrg(lede); strings.HasPrefix(full, name+" ") {
			return full, 2
		}
		return name, 0
	}
	if m := ledeTopic.FindStringSubmatch(lede); m != nil {
		return strings.TrimPrefix(m[1], juridical.FindString(m[1])), 2
	}
	if m := ledeQuoted.FindStringSubmatch(lede); m != nil {
		return m[1], 2
	}
	if m := ledeVerb.FindStringSubmatch(withoutHarakat(lede)); m != nil {
		// "شركة" ("company") introduces a company's name.
		return strings.TrimPrefix(dayWords.ReplaceAllString(m[1]+m[2], ""), "شركة "), 2
	}
	if m := ledeMarked.FindStringSubmatch(lede); m != nil && (m[2] == "" || hindiOrgNoun.MatchString(m[2])) {
		// "A की B ने …": B of A acted; B, an organisation by its noun,
		// is the subject ("भारतीय नौसेना की पूर्वी नौसेना कमान ने" is the
		// Eastern Naval Command's doing).
		if owned := hindiOwned(m[2]); owned != "" {
			return owned, 2
		}
		return m[1] + m[2] + m[3], 2
	}
	if named := ledeRepeat(lede, rest); named != "" {
		return named, 1
	}
	return ledeOrg(lede), 1
}

var ledeSubject = prefilter.MustCompile(`^(?:The\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’&.-]*){1,6})(?:\s+\(\p{Lu}[\p{Lu}&-]{1,9}\))?\s+(?:today|has|have|will|is|are|was|announced|opens|opened|launches|launched|unveils|unveiled|wins|won|signs|signed|completes|completed|welcomes|welcomed|says|said)\b`)

// article: a run that opens with an article is a noun phrase ("Das
// Milizsystem"), not a name.
var article = regexp.MustCompile(`^(?:The|A|An|La|Le|Les|L'|Die|Der|Das|Den|Det|El|Los|Las|Il|Lo|Gli|I|O|Os|As|De|Het|Een|Ein|Eine|Un|Une|Una|Uno|Το|Η|Ο|Οι|Τα)\s`)

// ledeRun: the capitalised words a lede opens with in any language,
// "Cruz Roja Española atendió …", "Stocznia Bałtycka S.A. zwodowała …",
// perhaps with the acronym it defines: "Guardia Costiera (GC) ha …".
// Slavic languages write "republic" in lower case after the country's
// adjective: "Armáda České republiky převzala …", and may put "company"
// before a company's name: "Společnost Moravia Defence a.s. podepsala".
// A company's ticker and the short name it defines may follow: "Acme
// Inc. (TSX: ACM) (“Acme” or the “Company”) is pleased …". Polish and
// Czech names hold their seat after a locative preposition: "Sąd
// Okręgowy we Włocławku oddalił …".
var ledeRun = prefilter.MustCompile(`^(?:(?:The|La|Le|Les|L'|Die|Der|Das|El|Los|Il|Lo|A|O|As|Os|De|Het|Το|Η|Ο|Οι|Τα|Společnost|Spoločnosť|Firma|Spółka|Компания|Компанія)\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|und|de|del|della|dei|degli|delle|di|do|da|du|des|der|für|för|van|voor|og|och|i|y|e|w|we|v|ve)\s+)?` + nameWord + `){1,6}(?:\s+republi[ck]\p{L}*)?)(?:\s+\((?:\p{Lu}[\p{Lu}&-]{1,9}|\p{Lu}+:\s*\p{Lu}+|[“"„«][^()]{1,60})\))*(?:\s+\p{Ll}|,\s+\p{L})`)

// possessive: "Harrow Bay Coastguard's volunteers" names the coastguard.
var possessive = prefilter.MustCompile(`['’]s$`)

// strongForm gives a German name its own adjective ending, which the
// article before it weakens: "Das Deutsche Jugendrotkreuz" is the
// "Deutsches Jugendrotkreuz", "Der Deutsche Alpenverein" the "Deutscher
// Alpenverein".
func strongForm(lede, name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !strings.HasSuffix(first, "e") {
		return name
	}
	switch {
	case strings.HasPrefix(lede, "Das "):
		return first + "s " + rest
	case strings.HasPrefix(lede, "Der "):
		return first + "r " + rest
	}
	return name
}

// nameWord: a capitalised word of a name, or the legal form that ends
// it, tried first so that "Sp. z o.o." is not cut at "Sp.".
const nameWord = `(?:(?:` + segment.LegalForms + `)|\p{Lu}[\p{L}'’&.-]*)`

var placeDash = regexp.MustCompile(`^\p{Lu}[\p{L}.'’ -]{0,30}?\s+[–—]\s+`)

// placeStop is a place in capitals closed by a full stop before the
// lede's first sentence, as German regional papers and police write a
// dateline: "REGENSBURG. Beamte der Verkehrspolizei haben …".
var placeStop = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M}'’ /-]{2,40}\.\s+(\p{Lu})`)

var plural = prefilter.MustCompile(`[^s]s$`)

// ledeRepeat reads a name in lower case that the lede opens with, as
// Slavic and Romance languages write them ("Министерство обороны
// Республики Беларусь начало …", "Ministerstvo obrany podepsalo …"):
// where the name ends is where the lede's opening stops recurring in the
// rest of the email, so it needs an organisation noun and a second
// mention.
func ledeRepeat(lede string, rest func() string) string {
	ws := strings.Fields(lede)
	if len(ws) < 2 || !upperStart(ws[0]) || !orgWordRE.MatchString(strings.Join(ws[:min(3, len(ws))], " ")) {
		return ""
	}
	words := func(s string) string {
		return " " + strings.Join(strings.Fields(strings.ToLower(clausePunct.ReplaceAllString(s, " "))), " ") + " "
	}
	again := words(rest())
	best := ""
	for n := 2; n <= min(len(ws), 8) && strings.Contains(again, words(strings.Join(ws[:n], " "))); n++ {
		best = strings.Join(ws[:n], " ")
	}
	return best
}

var clausePunct = prefilter.MustCompile(`[,.;:!?()]`)

// postposed: a Romance adjective that ends an institution's name,
// "nationale", "civile", "costiera", in the plural too: "Forces armées
// sénégalaises".
var postposed = regexp.MustCompile(`^\p{Ll}+(?:ale|al|aire|ique|ienne|ana|ano|ese|esa|ile|aise|iera|ière|ée)s?[,.;:]?$`)

// ledeOrg reads a name the lede opens with whose organisation noun is in
// lower case or stands alone, as Nordic, Baltic, Finnic and Slavic
// languages write them: "Statens haverikommission publicerar …",
// "Rajavartiolaitos otti …", "Державна прикордонна служба України
// отримала …". The name runs to its noun and the capitalised words
// after it (the country in the genitive), never past its verb.
func ledeOrg(lede string) string {
	ws := strings.Fields(lede)
	if article.MatchString(lede) {
		// After an article the name opens with its noun, "Die
		// Bundespolizei", "La Gendarmerie nationale", perhaps with the
		// adjective a Romance language puts after it; otherwise it is a
		// noun phrase ("Le nouveau centre").
		ws = ws[1:]
		if len(ws) < 2 || !upperStart(ws[0]) || !orgWordRE.MatchString(strings.Trim(ws[0], ",.;:")) {
			return ""
		}
		n := 1
		for n < min(len(ws), 3) && postposed.MatchString(ws[n]) && !strings.ContainsAny(ws[n-1], ",.;:") {
			n++
		}
		return strings.TrimRight(strings.Join(ws[:n], " "), ",.;:")
	}
	if len(ws) == 0 || !upperStart(ws[0]) {
		return ""
	}
	for k := 0; k < min(len(ws), 6); k++ {
		if strings.ContainsAny(ws[k], ",.;:()0123456789") && !orgWordRE.MatchString(strings.Trim(ws[k], ",.;:")) {
			return ""
		}
		if !orgWordRE.MatchString(strings.Trim(ws[k], ",.;:")) {
			continue
		}
		j := k + 1
		// Its complement in the genitive, up to the country it closes
		// with: "Міністерство оборони України"; a remit a preposition
		// opens runs longer: "Міністерство у справах ветеранів
		// України", "Министерство по делам молодёжи России".
		reach := 1
		if j+1 < len(ws) && remitOpening.MatchString(ws[j]+" "+ws[j+1]) {
			reach = 4
		}
		for n := j; n < min(len(ws), j+reach) && !upperStart(ws[n]) && !strings.ContainsAny(ws[n], ",.;:"); n++ {
			if n+1 < len(ws) && upperStart(ws[n+1]) {
				j = n + 1
				break
			}
		}
		for j < len(ws) && j <= k+5 && upperStart(ws[j]) && !strings.ContainsAny(ws[j-1], ",.;:") {
			j++
		}
		return ownName(strings.TrimRight(strings.Join(ws[:j], " "), ",.;:"))
	}
	return ""
}

// remitOpening: the words that open a Slavic ministry's remit, "for
// the affairs of": "у справах", "по делам", "do spraw"; not a date's
// preposition ("в понеділок").
var remitOpening = regexp.MustCompile(`^(?:(?:у|в)\s+справах|по\s+делам|do\s+spraw|pro\s+věci)$`)

// ownName drops the people of the organisation a lede opens with:
// "Agentes de la Guardia Civil" is the "Guardia Civil"; its name starts
// after their "of", before its organisation noun.
func ownName(name string) string {
	ws := strings.Fields(name)
	if !plural.MatchString(ws[0]) {
		// "Secretaría de Marina" is a name; people come in numbers.
		return name
	}
	for k, w := range ws {
		if !orgWordRE.MatchString(w) {
			continue
		}
		for n := k - 1; n > 0; n-- {
			if ofWord.MatchString(strings.ToLower(ws[n])) {
				return strings.Join(ws[n+1:], " ")
			}
		}
		break
	}
	return name
}

// ofWord: the linking words of a genitive, which a name's own adjectives
// before its noun do not need.
var ofWord = regexp.MustCompile(`^(?:of|de|la|del|della|di|du|des|der|van|do|da)$`)

// ledeTopic: the subject a caseless script's lede opens with, marked by
// a topic or subject particle or by the time word after it: "국방부는
// …", "海洋委員會海巡署今日…", "防衛装備庁は…", "海上保安庁が…", perhaps
// with its head office in brackets first: "海洋電機株式会社（本社：横浜市）は".
var ledeTopic = regexp.MustCompile(`^(` + cjkFormBefore + `[^\s、。，,（(「“]{2,30}?)(?:[（(][^）)]{1,30}[）)])?(?:は|が|는|은|이|가|今日|今天|昨日|昨天|日前|近日|本日|宣布|表示)`)

// ledeVerb: the subject after the verb an Arabic lede opens with,
// "أعلنت وزارة الداخلية …": an organisation's noun and the words of its
// name, each with the article; or a Hebrew lede's subject, a noun in the
// construct state and its definite words or the country: "משרד
// הביטחון מסר …", "משטרת ישראל עצרה …".
var ledeVerb = prefilter.MustCompile(`^(?:(?:أعلنت|أعلن|قالت|قال|أكدت|أكد|وقعت|وقع|تسلمت|تسلم|استلمت|أطلقت|أطلق|افتتحت|افتتح|نفذت|نظمت|كشفت|أصدرت)\s+((?:` + arabicOrgNoun + `)(?:\s+(?:ال|لل)\p{L}+)*)|((?:משרד|רשות|משטרת|שירות|מערך|מינהל|לשכת|חיל)(?:\s+(?:ה\p{L}+|ל?ישראל))+))`)

// arabicOrgNoun: the nouns an Arabic organisation's name opens with.
const arabicOrgNoun = `وزارة|هيئة|الهيئة|مؤسسة|شركة|القيادة|القوات|قوات|مديرية|المديرية|جمعية|مركز|المركز|مجلس|المجلس|جامعة|الشرطة|شرطة|البحرية|الجيش|دائرة|سلطة`

// juridical: the status a Japanese foundation or agency writes before
// its name, "一般財団法人", or a Chinese company its listing, "上市公司"
// ("listed company"), "上櫃公司" (over the counter), which the name goes
// without.
var juridical = regexp.MustCompile(`^(?:一般|公益)(?:財団|社団)法人|^(?:独立行政|国立研究開発)法人|^(?:上市|上櫃|上柜|興櫃|兴柜)公司`)

// ledeQuoted: a name in quotes after its legal form or kind, as Slavic
// languages write companies and foundations: "АО «Северные верфи»",
// "Fundacja „Morze“".
var ledeQuoted = regexp.MustCompile(`^((?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+)\s+(?:«[^»]{2,40}»|„[^“”]{2,40}[“”]|"[^"]{2,40}"))`)

// withoutHarakat: Arabic text without its short-vowel and doubling
// marks, which some writers add and others not ("وقّعت" is "وقعت").
func withoutHarakat(s string) string {
	if !strings.ContainsFunc(s, harakah) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if harakah(r) {
			return -1
		}
		return r
	}, s)
}

func harakah(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670
}

// dayWords: "today" and the weekdays, which take the article too.
var dayWords = prefilter.MustCompile(`(?:\s+(?:اليوم|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد))+$`)

// ledeMarked: the subject before the word that marks a Vietnamese or
// Indonesian verb's tense or the prefix of the verb, as those languages
// write names with words in lower case, after the noun a name opens
// with ("Công ty Cổ phần Thiết bị Hàng hải Sông Hàn đã bàn giao …",
// "Badan Pengawas Obat dan Makanan (BPOM) menarik …"), the first of
// joint subjects ("… và …"); a Hindi subject before its agent's
// postposition ("भारतीय तटरक्षक बल ने …"), kept only with an
// organisation's noun (hindiOrgNoun); a Thai subject, a name that opens
// with an organisation's noun, before the space that ends it
// ("กองทัพเรือ รับมอบ …"; of the state enterprises' "การ…", only theirs:
// "การประชุม", a meeting, opens sentences).
var ledeMarked = prefilter.MustCompile(`^((?:TNI\s+)?(?:` + markedNoun + `)\s[^,.;:()]{2,80}?)(?:\s+\([^()]{2,12}\))?(?:\s+(?:và|dan|cùng)\s+(?:` + markedNoun + `)\s[^,.;:]+?)?\s+(?:đã|sẽ|đang|vừa|cho\s+biết|thông\s+báo|công\s+bố|telah|akan|resmi|me(?:ng|ny|n|m)?\p{Ll}{3,}|ber\p{Ll}{3,})\s|^([^\s,।(][^,।(]{1,60}?)(?:\s+\([^()]{1,20}\))?\s+(?:ने|द्वारा)\s|^((?:กระทรวง|กรม|กองทัพ|สำนักงาน|บริษัท|มหาวิทยาลัย|สถาบัน|ตำรวจ|การ(?:ไฟฟ้า|ท่าเรือ|ท่องเที่ยว|รถไฟ|ประปา|ทางพิเศษ|เคหะ|กีฬา))\S{0,40})\s`)

// hindiOrgNoun: a Hindi subject before "ने" is an organisation only with
// one of its nouns (ministry, department, force, army, navy, police,
// company, corporation, institute, university, commission, authority,
// council, board, centre, government): "रक्षा मंत्री श्री राजनाथ सिंह ने"
// (a minister) and "मंगलवार को प्रधानमंत्री ने" (a weekday) are not.
// hindiOwned: the organisation after the last genitive postposition of
// a Hindi subject ("की", "का", "के"), when its own noun names it as one.
func hindiOwned(subject string) string {
	at := -1
	for _, post := range []string{" की ", " का ", " के "} {
		at = max(at, strings.LastIndex(subject, post))
	}
	if at > 0 {
		// The three postpositions are as long.
		if owned := subject[at+len(" की "):]; hindiOrgNoun.MatchString(owned) {
			return owned
		}
	}
	return ""
}

var hindiOrgNoun = prefilter.MustCompile(`मंत्रालय|विभाग|बल|सेना|नौसेना|वायुसेना|तटरक्षक|पुलिस|कंपनी|लिमिटेड|निगम|संस्थान|विश्वविद्यालय|आयोग|प्राधिकरण|परिषद|बोर्ड|केंद्र|सरकार|मुख्यालय|कमान|संगठन|एजेंसी`)

// markedNoun: the nouns an Indonesian or Vietnamese organisation's name
// opens with. A joint subject after "và"/"dan" opens with one too: "dan"
// is also a word of many names ("Badan Pengawas Obat dan Makanan",
// "Kementerian Kelautan dan Perikanan").
const markedNoun = `Badan|Kementerian|Angkatan|Kepolisian|Komando|Tentara|Dinas|Pemerintah|Công\s+ty|Tập\s+đoàn|Tổng\s+công\s+ty|Bộ|Cục|Sở|Ủy\s+ban|Viện|Cảnh\s+sát|Hải\s+quân|Ngân\s+hàng`

// ledeNoun: an organisation named by a lower-case noun after an
// article, as Romance languages write them: "Le ministère des Armées";
// in Dutch an organisation's noun and the name after it: "De gemeente
// Rotterdam".
var ledeNoun = prefilter.MustCompile(`^(?:(?:(?:Le|La|El|Il|Lo|O|A)\s+|L['’]\s*)(\p{Ll}[\p{L}'’-]+\s+(?:(?:de\s+la|de|des|du|del|della|dello|di|do|da|dos|das)\s+|de\s+l['’]|dell['’])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)|(?:De|Het)\s+(\p{Ll}[\p{L}-]+(?:\s+\p{Lu}[\p{L}'’-]*)+))`)
