package segment

import (
	"regexp"
	"strings"

	"newsdesk/process/normalise/memo"
	"newsdesk/process/normalise/prefilter"
)

// phoneRE wants an international "+" or a trunk "0" (or Russia's "8"
// before a bracketed code, or a Chinese mobile's eleven digits) and
// seven digits or more, so years, amounts and reference numbers are
// not taken. North American numbers are written "(418) 555-0192",
// "418-555-0192" and, in Quebec, "418 555-0192".
var phoneRE = prefilter.MustCompile(`(?:\(\+\d{1,3}\)|\+\d{1,3}|\(0\d{1,4}\)|\b0)[\d ()./-]{5,}\d|\(\d{3}\)\s?\d{3}[ .-]\d{4}\b|\(\d{2}\)\s?(?:9\s)?\d{4,5}-\d{4}\b|\b1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b\d{3} \d{3}-\d{4}\b|\b8\s?\(\d{3,5}\)\s?\d[\d -]{4,}\d|\b1[3-9]\d{9}\b`)

// phoneLabel: a phone label opening a line ("Tel.:", "M:").
var phoneLabel = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:t|tel|telephone|phone|mob|mobile|m|ph|office|direct)\s*[.:]\s*`)

// PhoneLine: the line gives a phone number.
func PhoneLine(l string) bool {
	return firstPhone([]string{l}) != ""
}

// firstPhone is the first number of the lines that reads as a phone
// number: a labelled one, then one shaped like a phone number, then one
// in groups alone in its part ("91 555 01 01 / 91 555 01 02", where the
// shape finds only "01 01 / …").
func firstPhone(lines []string) string {
	if p := commercialPhone(lines); p != "" {
		return p
	}
	// A US military office's number on its own network, kept with the
	// network's name as it is dialled only from there ("DSN 475-8000"),
	// when the entry gives no other.
	for _, l := range lines {
		if p := dsnPhone.FindString(l); p != "" {
			return p
		}
	}
	// A short national number after a phone label ("telefon 02800",
	// "puh. 0295"), when the entry gives no longer one.
	for _, l := range lines {
		if m := shortPhone.FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return ""
}

// shortPhone: a number of four to six digits after a phone label
// written out, a national short number.
var shortPhone = prefilter.MustCompile(`(?i)(?:^|[^\pL])(?:telefon|telephone|phone|tel|tél|téléphone|tlf|tfn|puh|puhelin|telefone|tel[eé]fono|telefoon|телефон|тел|τηλ|電話|전화)\.?\s*[:：]?\s*(\d{4,6})(?:[.,]?(?:\s|$)|[^\d.,:/-])`)

// dsnPhone: a number on the US Defense Switched Network.
var dsnPhone = prefilter.MustCompile(`\bDSN:?\s?(?:\(\d{3}\)\s?|\d{3}[ -])?\d{3}-\d{4}\b`)

// commercialPhone is firstPhone's reading of the numbers anyone can dial:
// the first line's that gives one.
func commercialPhone(lines []string) string {
	for _, l := range lines {
		if p := linePhone.Of(l); p != "" {
			return p
		}
	}
	return ""
}

// linePhone is lineCommercialPhone, remembered: the contact readers ask
// for the same lines' numbers several times per email (PhoneLine,
// contactName, the entry readers).
var linePhone = memo.New(lineCommercialPhone, 256)

// lineCommercialPhone is commercialPhone's reading of one line.
func lineCommercialPhone(l string) string {
	l = dsnPhone.ReplaceAllString(l, "")
	if digitCount(l) < 7 {
		return "" // every reading below is a part of l, and a number has 7 digits or more
	}
	if l = unanswered.ReplaceAllString(telFax.ReplaceAllString(l, "${1}"), ""); digitCount(l) < 7 {
		return "" // a fax's or a switchboard's number only
	}
	var labelled string
	if m := labelledPhone.FindStringSubmatch(l); m != nil {
		labelled = m[1]
	}
	var spoken string
	if m := spokenPhone.FindStringSubmatch(l); m != nil {
		spoken = m[1]
	}
	// The readings may find different numbers ("Tālr.: 67 075 555, mob.
	// 29 555 814" labels only the mobile): the one written first wins.
	best, at := "", len(l)+1
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
			i := strings.Index(l, num)
			if i < 0 {
				i = len(l) // a spoken number, rewritten: after every written one
			}
			if i < at {
				best, at = num, i
			}
		}
	}
	if best != "" && at < len(l) {
		rest := l[at+len(best):]
		// "kl. 08-16", "x 9.00–17.00": the hours the number is
		// answered (Nordic "kl." is o'clock), no extension.
		if ext := extension.FindString(rest); ext != "" && !hoursAfter.MatchString(rest[len(ext):]) {
			best += ext
		}
	}
	return best
}

// extension: the extension written right after a number, kept as
// written as the labellers keep it ("ext. 2214", ", доб. 210", Polish
// "w. 45" for wewnętrzny, "转8012", " #231"); a caller dials it after
// the number.
var extension = regexp.MustCompile(`^(?:\s*,)?\s*(?:(?i:ext|extn|extension|x|poste|anexo|ramal|interno|int|wew|kl|dahili|доб|вн|εσωτ)\.?\s*|(?i:w)\.\s*|#\s*|(?:转|轉|分机|分機|內線|内線|内线|내선|ต่อ|שלוחה)\s*)\d{1,6}\b`)

// hoursAfter: the extension's digits go on as a time or a span of
// hours ("kl. 08-16", "kl. 9.00").
var hoursAfter = regexp.MustCompile(`^\s*[-–—.:]\s*\d`)

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

// telFax: a label of a line that is a phone and a fax at once
// ("Tel./Fax:", "Тел./факс:"): its number is a phone's.
var telFax = prefilter.MustCompile(`(?i)((?:^|[^\p{L}])(?:tel|tél|phone|telefon|teléfono|тел|τηλ))\.?\s*/\s*(?:fax|telefax|факс|φαξ|faks)\.?`)

// unanswered: a number after a fax label, which no one answers, or a
// switchboard's, which answers for the whole organisation, not for the
// media ("Switchboard:", "Zentrale:", "Växel:", "Santral:").
var unanswered = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:fax|telefax|télécopie|faks|факс|φαξ|传真|傳真|ファックス|ファクス|팩스|switchboard|zentrale|telefonzentrale|centralino|centralita|centralka|ústředna|centrala|växel|vaihde|sentralbord|omstilling|santral|коммутатор|комутатор|总机|總機|代表電話|대표\s*전화)\.?\s*[:：.]?\s*\+?[\d ()./-]*\d`)

// spokenPhone: a number in groups after the word a sentence puts
// before a phone number ("contactar con Marta Fernández en el 981 555
// 012", "on 0131 555 0142", "unter 040 555 01"), for the countries
// whose numbers have no trunk "0".
var spokenPhone = prefilter.MustCompile(`(?i)(?:^|\s)(?:on|at|au|al|en(?:\s+el)?|op|på|unter|bei|no|numero|número|number|nummer|numer(?:em)?|номер[уa]?)\s+(\+?\d{2,4}(?: \d{2,4}){2,5})(?:$|[^\d])`)

var spacedNumber = regexp.MustCompile(`^\+?\d{2,4}(?: \d{2,4}){2,5}$`)

// labelledPhone is a number after a phone label in any of the desk's
// languages, which may start with any digit ("Tel. 91 514 60 10",
// "p. 0295 555 200", "電話：03-5555-0123"); unlabelled numbers must look
// like phone numbers on their own (phoneRE).
var labelledPhone = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + phoneLabels + `)[׳\x{2019}']?\.?\s*[:：.]?\s*(\+?\(?\d[\d ()./-]{5,}\d)`)

// labelledFirst: labelledPhone's reading starting at the text's first
// character; anchored, so much cheaper than asking labelledPhone where
// its first match starts.
var labelledFirst = prefilter.MustCompile(`(?i)^[^\p{L}]?(?:` + phoneLabels + `)[׳\x{2019}']?\.?\s*[:：.]?\s*\+?\(?\d[\d ()./-]{5,}\d`)

// phoneLabels are the words of a phone label in the desk's languages.
const phoneLabels = `sími|farsími|simu|telepon|tālr|tālrunis|mobitel|утас|t|tel|tél|tlf|tfn|telefon|telephone|téléphone|tel[eé]fono|telefone|telefoon|puh|puhelin|p|ph|phone|mob|mobile|mobil|cell|cellulare|celular|cel|móvil|movil|handy|mobiel|kom|cep|matkapuhelin|portable|gsm|m|pressetelefon|telp|điện\s+thoại|đt|tlf|tél|fon|tel[eé]fon|телефон|тел|моб|τηλέφωνο|τηλ|κιν|電話|电话|手机|手機|전화|휴대폰|휴대전화|핸드폰|फ़ोन|फोन|दूरभाष|मोबाइल|ফোন|தொலைபேசி|ఫోన్|فون|تلفن|تلفون|هاتف|جوال|טלפון|טל|נייד|ტელ|հեռ|โทร(?:ศัพท์)?`
