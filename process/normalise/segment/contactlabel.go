package segment

import (
	"regexp"
	"strings"

	"newsdesk/process/normalise/prefilter"
)

// ContactLabel is a contact heading or a contact line's label, in the desk's languages.
var ContactLabel = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office)|contacts?(?:\s+(?:for|pour|para|per|pro|für|voor|dla)\s+(?:the\s+|les\s+|la\s+)?(?:media|médias|medios|medien|média|press|presse|prensa|stampa|pers|mediów))?|presse(?:kontakt)?|contact\s+(?:presse|médias?)|kontakty?(?:\s+(?:pro|für|dla|för)\s+(?:média|medien|mediów|media))?|perscontact|pressekontakt|mediakontakt|pressikontakt|presskontakt(?:er)?|mediekontakt(?:er)?|pressekontakter|mediayhteydet|lisätietoja|sajtókapcsolat|contacto(?:\s+de)?\s+(?:prensa|medios)|contatti?\s+(?:stampa|per\s+la\s+stampa)|ufficio\s+stampa|kontakt\s+dla\s+mediów|for\s+(?:more|further)\s+(?:information|details)(?:\s*,?\s*(?:please\s+)?contact)?|for\s+media\s+(?:enquiries|inquiries)(?:\s*,?\s*(?:please\s+)?contact)?|for\s+press\s+(?:information|enquiries)(?:\s+and\s+images)?(?:\s*,?\s*(?:please\s+)?contact)?|further\s+(?:information|details)|контакты?(?:\s+для\s+(?:сми|прессы))?|(?:報道関係者(?:の)?|本件に関する|取材に関する)?お?問い?合わ?せ(?:先|窓口)?|언론\s*문의(?:처)?|문의(?:처)?|媒体联系人?|媒體聯絡人?|新闻联系人?|联系方式|聯絡方式|联系人|聯絡人|` +
	// More headings of the desk's languages, as offices write them.
	`medien(?:kontakte?|anfragen)|pressekontakte|contacts?\s+(?:presse|médias?|presă)|relații\s+cu\s+presa|contactos?\s+(?:de\s+prensa|para\s+(?:los\s+)?medios|para\s+a\s+imprensa)|contato\s+(?:para\s+(?:a\s+)?imprensa|de\s+imprensa)|contatt[oi]\s+stampa|` +
	`informações\s+(?:à|para\s+a)\s+imprensa|persvragen|pressehenvendelser|lisätietoja\s+anta(?:a|vat)|kontakt\s+(?:prasowy|pro\s+novináře)|tiskový\s+kontakt|sajtóinformáció|medya\s+(?:iletişim|İletişim)(?:i)?|επικοινωνία(?:\s+τύπου)?|контактная\s+информация|контакти\s+(?:для\s+(?:змі|медіа)|за\s+медиите)|` +
	`媒[体體](?:垂询|垂詢|查詢|查询|联络|聯絡)|보도\s*문의|جهة\s+الاتصال|ליצירת\s+קשר|liên\s+hệ\s+báo\s+chí|kontak\s+media|(?:media|press)\s+contact\s+details|press\s+office\s+contact)(?:\s*[\]】〕］»》〉」』＞>)]\s*[:：]?\s*|\s*[:：]\s*|\s+|$)|(?:(?:for|pour|para|per|für|voor|för|za|dla|pentru|за|untuk)\s+)?(?:plus\s+d['’]\s*|(?:more|further|más|mais|maggiori|ulteriori|weitere|meer|mer|yderligere|ytterligere|ytterligare|dodatkowe|więcej|další|bližší|további|daugiau|papildu|dodatne|više|suplimentare|додаткова|дополнительная|повече)\s+)?(?:informations?|información|informazioni|informações|informationen|informatie|informasjon|oplysninger|opplysninger|upplysningar|informacje|informacji|informace|információ|informacijos|informācija|informacija|informacije|informații(?:\s+suplimentare)?|информация|інформація|πληροφορίες|inlichtingen|renseignements|auskunft|auskünfte|rückfragen|rückfragehinweis|справки|довідки|lisainfo|lisainformatsioon|relații\s+suplimentare|enquiries|queries|press\s+queries|bilgi(?:\s+için)?|ayrıntılı\s+bilgi|(?:basın\s+)?(?:iletişim|İletişim)|kontak|narahubung|(?:thông\s+tin\s+)?liên\s+hệ|informasi\s+lebih\s+lanjut|maklumat\s+lanjut|ansprechpartner(?:in(?:nen)?)?|kontaktperson(?:er|en|ar)?|contact\s+persons?|contactperso(?:on|nen)|yhteyshenkilö(?:t)?|personas?\s+de\s+contacto|persoan[ăe]\s+de\s+contact|osob[ay]\s+kontaktow[ae]|kontaktní\s+osob[ay]|referent[ei]|assessoria\s+de\s+imprensa|για\s+περισσότερες\s+πληροφορίες|לפרטים\s+נוספים|למידע\s+נוסף|لل?مزيد\s+من\s+المعلومات(?:\s*[،,]?\s*(?:يرجى|الرجاء|يمكن)\s+(?:التواصل|الاتصال)\s+(?:مع|ب))?|للاستفسارات(?:\s+الإعلامية)?|للتواصل(?:\s+الإعلامي)?|अधिक\s+जानकारी\s+के\s+लिए|मीडिया\s+संपर्क|ติดต่อ(?:สื่อมวลชน)?|咨询电话|za\s+повече\s+информация)(?:\s+(?:for|för|til|für|pour|para|per|dla|pro|voor|для)\s+(?:the\s+|die\s+|les\s+|los\s+|la\s+|de\s+|a\s+)?(?:press|presse|pressen|prensa|imprensa|stampa|pers|media|medier|medierna|medien|médias|medios|mídia|mediów|média|novináře|сми|прессы))?(?:\s*,?\s*(?:please\s+|bitte\s+|veuillez\s+|por\s+favor\s+)?(?:contact(?:ez|er|e|ar|a)?|kontakt(?:a|e|ieren\s+sie|ujte|uj|iraj(?:te)?)?|contatt(?:are|i|ate)|ota\s+yhteyttä|neem\s+contact\s+op(?:\s+met)?|wenden\s+sie\s+sich\s+an|skontaktuj\s+się\s+z|obraťte\s+se\s+na|forduljon|обращайтесь|звертайтеся|iletişime\s+geçin))?(?:\s*[:：]\s*|\s*$))`)

// wholeContactLabel is ContactLabel matching as much as it can: Go's
// alternation takes its first branch that matches, so "Contact presse"
// would end after "Contact " and read as more than a label.
var wholeContactLabel = func() *regexp.Regexp {
	re := regexp.MustCompile(ContactLabel.String())
	re.Longest()
	return re
}()

// ContactSep separates the parts of a contact line.
var ContactSep = prefilter.MustCompile(`\s*[|,/，、،\t]\s*|\s+[–—·•-]\s+|\s*\x{3000}\s*`)

// lineLabel: the words before a colon that open a line ("Media:", "Pressestelle:").
var lineLabel = regexp.MustCompile(`^\s*\p{L}[\p{L}\p{M} .&'’-]{0,30}[:：]\s*`)

// wholeLabel: the part is a contact label and nothing more ("Media
// contact", not "Ufficio Stampa Leonardo").
func wholeLabel(part string) bool {
	loc := wholeContactLabel.FindStringIndex(part + ":")
	return loc != nil && loc[1] == len(part)+1
}

// pressLine: words that make a label the name of a press office, desk
// or line, in the desk's languages ("Presstjänst", "pressevagt",
// "Pressetelefon PST", "Media Relations", "דוברות", "広報室"; the
// Slavic, Baltic and Malay "komunikacji", "komunikasi"; Mongolian
// "Хэвлэл мэдээлэл"; public relations and public information offices:
// "Biroul de Informare și Relații Publice", "Relaciones Públicas",
// "Halkla İlişkiler", "ฝ่ายประชาสัมพันธ์", "Humas", "Public Affairs").
var pressLine = prefilter.MustCompile(`(?i)press|persdienst|voorlichting|woordvoering|pres[ăa]\b|medi[ae]|stampa|prensa|imprensa|communica|comunica|kommunik|komunik|viestin|tisk|prasow|sajt|basın|javnoš|javnost|τύπου|пресс|прес|інформ|хэвлэл|דוברות|دوبر|إعلام|علاقات\s+عامة|روابط\s+عمومی|जनसंपर्क|मीडिया|प्रेस|জনসংযোগ|প্রেস|ஊடக|広報|報道|홍보|대변인|\bIR\b|新闻|新聞|宣传|宣傳|公关|公關|office|relations|newsroom|` + publicOfficeWords)

// publicOfficeWords: the words of a public relations or public
// information office, which name an office and never a person:
// Romanian "Informare și Relații Publice", Spanish "Relaciones
// Públicas", Italian "Pubblica Informazione", Turkish "Halkla
// İlişkiler", Thai "ประชาสัมพันธ์", Indonesian "Humas", Vietnamese
// "Quan hệ công chúng", Finnish "tiedotus", English "Public Affairs".
const publicOfficeWords = `relați|relaţi|relacion|relazion|relaç|relacj|public\s+affairs|public\s+information|informare|pubblica\s+informazione|informaci[oó]n\s+p[uú]blica|halkla\s+[iİ]lişki|tiedotu|ประชาสัมพันธ์|humas|hubungan\s+masyarakat|quan\s+hệ\s+công\s+chúng|truyền\s+thông`

// publicOffice: a name in publicOfficeWords.
var publicOffice = prefilter.MustCompile(`(?i)` + publicOfficeWords)

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

// issuedBy opens a line that names the office issuing the release
// ("Issued by:", an agency's "Sent on behalf of").
var issuedBy = prefilter.MustCompile(`(?i)^(?:issued\s+by|(?:(?:sent|issued|distributed)\s+)?on\s+behalf\s+of)\s*:?\s*`)
