package normalise

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsdesk/draft"
	"newsdesk/svctest"
)

// probeBodies: a short release in each language the contact probes use,
// written for this test: headline, dateline paragraph, one more paragraph.
var probeBodies = map[string][3]string{
	"en": {"Harbour Robotics opens a second yard in Leith", "LEITH, 3 June 2025 – Harbour Robotics today opened a second assembly yard in Leith, where it will build uncrewed survey boats for navies and port authorities.", "The yard will employ 120 people by the end of next year and doubles the company's output of survey hulls."},
	"de": {"Nordwerft übergibt zweites Vermessungsboot", "KIEL, 3. Juni 2025 – Die Nordwerft hat heute das zweite von vier Vermessungsbooten an die Marine übergeben.", "Das Boot wird im Herbst in Dienst gestellt und ersetzt ein Boot aus den achtziger Jahren."},
	"fr": {"Naval Atlantique livre un deuxième patrouilleur", "LORIENT, 3 juin 2025 – Naval Atlantique a livré aujourd'hui le deuxième des quatre patrouilleurs commandés par la Marine nationale.", "Le navire rejoindra Brest à l'automne après une série d'essais en mer."},
	"es": {"Astilleros del Norte entrega el segundo patrullero", "FERROL, 3 de junio de 2025 – Astilleros del Norte ha entregado hoy el segundo de los cuatro patrulleros encargados por la Armada.", "El buque se incorporará a la flota en otoño tras las pruebas de mar."},
	"it": {"Cantiere Adriatico consegna il secondo pattugliatore", "LA SPEZIA, 3 giugno 2025 – Il Cantiere Adriatico ha consegnato oggi il secondo dei quattro pattugliatori ordinati dalla Marina.", "La nave entrerà in servizio in autunno dopo le prove in mare."},
	"pt": {"Estaleiro Atlântico entrega o segundo patrulha", "LISBOA, 3 de junho de 2025 – O Estaleiro Atlântico entregou hoje o segundo de quatro navios-patrulha encomendados pela Marinha.", "O navio entra ao serviço no outono, depois das provas de mar."},
	"nl": {"Scheepswerf Noord levert tweede patrouilleschip", "DEN HELDER, 3 juni 2025 – Scheepswerf Noord heeft vandaag het tweede van vier patrouilleschepen aan de marine geleverd.", "Het schip wordt in het najaar in dienst gesteld na een reeks proefvaarten."},
	"pl": {"Stocznia Północna przekazała drugi okręt patrolowy", "GDYNIA, 3 czerwca 2025 r. – Stocznia Północna przekazała dziś Marynarce Wojennej drugi z czterech okrętów patrolowych.", "Okręt wejdzie do służby jesienią, po zakończeniu prób morskich."},
	"sv": {"Kustvarvet levererar andra patrullbåten", "KARLSKRONA, 3 juni 2025 – Kustvarvet levererade i dag den andra av fyra patrullbåtar till marinen.", "Båten tas i tjänst i höst efter provturer till sjöss."},
	"da": {"Nordhavn Værft leverer andet patruljefartøj", "FREDERIKSHAVN, 3. juni 2025 – Nordhavn Værft har i dag leveret det andet af fire patruljefartøjer til søværnet.", "Fartøjet indgår i flåden til efteråret efter prøvesejladser."},
	"no": {"Kystverftet leverer andre patruljebåt", "BERGEN, 3. juni 2025 – Kystverftet leverte i dag den andre av fire patruljebåter til Sjøforsvaret.", "Båten settes i tjeneste til høsten etter prøveturer."},
	"fi": {"Kalevan Telakka luovutti toisen partioveneen", "TURKU, 3. kesäkuuta 2025 – Kalevan Telakka luovutti tänään merivoimille toisen neljästä partioveneestä.", "Vene otetaan käyttöön syksyllä koeajojen jälkeen."},
	"cs": {"Loděnice Labe předala druhý hlídkový člun", "DĚČÍN, 3. června 2025 – Loděnice Labe dnes předala armádě druhý ze čtyř hlídkových člunů.", "Člun bude zařazen do služby na podzim po zkušebních plavbách."},
	"hu": {"A Dunai Hajógyár átadta a második járőrhajót", "BUDAPEST, 2025. június 3. – A Dunai Hajógyár ma átadta a honvédségnek a négy megrendelt járőrhajó közül a másodikat.", "A hajó ősszel áll szolgálatba a próbautak után."},
	"ro": {"Șantierul Dunărea a livrat a doua navă de patrulare", "GALAȚI, 3 iunie 2025 – Șantierul Dunărea a livrat astăzi Forțelor Navale a doua dintre cele patru nave de patrulare comandate.", "Nava va intra în serviciu în toamnă, după probele pe mare."},
	"tr": {"Marmara Tersanesi ikinci karakol botunu teslim etti", "İSTANBUL, 3 Haziran 2025 – Marmara Tersanesi, Deniz Kuvvetleri için üretilen dört karakol botundan ikincisini bugün teslim etti.", "Bot, deniz kabul testlerinin ardından sonbaharda hizmete girecek."},
	"el": {"Τα Ναυπηγεία Αιγαίου παρέδωσαν το δεύτερο περιπολικό", "ΠΕΙΡΑΙΑΣ, 3 Ιουνίου 2025 – Τα Ναυπηγεία Αιγαίου παρέδωσαν σήμερα στο Πολεμικό Ναυτικό το δεύτερο από τα τέσσερα περιπολικά.", "Το σκάφος θα ενταχθεί στον στόλο το φθινόπωρο μετά τις δοκιμές."},
	"ru": {"Северная верфь передала второй патрульный катер", "САНКТ-ПЕТЕРБУРГ, 3 июня 2025 г. – Северная верфь сегодня передала флоту второй из четырёх патрульных катеров.", "Катер войдёт в строй осенью после ходовых испытаний."},
	"uk": {"Чорноморська верф передала другий патрульний катер", "МИКОЛАЇВ, 3 червня 2025 року – Чорноморська верф сьогодні передала флоту другий із чотирьох патрульних катерів.", "Катер увійде до складу флоту восени після випробувань."},
	"bg": {"Корабостроителница Варна предаде втория патрулен кораб", "ВАРНА, 3 юни 2025 г. – Корабостроителница Варна предаде днес на флота втория от четирите патрулни кораба.", "Корабът ще влезе в експлоатация през есента след морските изпитания."},
	"ja": {"東和造船、2隻目の巡視艇を引き渡し", "【横浜】2025年6月3日 – 東和造船は本日、海上保安庁に4隻のうち2隻目となる巡視艇を引き渡しました。", "同艇は秋の試運転を経て就役する予定です。"},
	"zh": {"华海船舶交付第二艘巡逻艇", "上海，2025年6月3日——华海船舶今天向海军交付了四艘巡逻艇中的第二艘。", "该艇将在秋季完成海试后服役。"},
	"ko": {"한빛조선, 두 번째 경비정 인도", "부산, 2025년 6월 3일 – 한빛조선은 오늘 해군에 경비정 4척 중 두 번째 함정을 인도했다.", "이 함정은 가을 시운전을 거쳐 취역할 예정이다."},
	"ar": {"أحواض الخليج تسلم زورق الدورية الثاني", "أبوظبي، 3 يونيو 2025 – سلمت أحواض الخليج اليوم القوات البحرية الزورق الثاني من أصل أربعة زوارق دورية.", "وسيدخل الزورق الخدمة في الخريف بعد التجارب البحرية."},
	"he": {"מספנות הצפון מסרו את ספינת הסיור השנייה", "חיפה, 3 ביוני 2025 – מספנות הצפון מסרו היום לחיל הים את השנייה מבין ארבע ספינות סיור.", "הספינה תיכנס לשירות בסתיו לאחר ניסויי ים."},
	"hi": {"सागर शिपयार्ड ने दूसरी गश्ती नौका सौंपी", "मुंबई, 3 जून 2025 – सागर शिपयार्ड ने आज नौसेना को चार गश्ती नौकाओं में से दूसरी नौका सौंपी।", "यह नौका समुद्री परीक्षणों के बाद शरद ऋतु में सेवा में आएगी।"},
	"vi": {"Nhà máy đóng tàu Hải Phòng bàn giao tàu tuần tra thứ hai", "HẢI PHÒNG, ngày 3 tháng 6 năm 2025 – Nhà máy đóng tàu Hải Phòng hôm nay đã bàn giao cho Hải quân chiếc thứ hai trong bốn tàu tuần tra.", "Con tàu sẽ đi vào hoạt động vào mùa thu sau khi chạy thử trên biển."},
	"id": {"Galangan Nusantara serahkan kapal patroli kedua", "SURABAYA, 3 Juni 2025 – Galangan Nusantara hari ini menyerahkan kapal patroli kedua dari empat kapal pesanan TNI AL.", "Kapal akan mulai bertugas pada musim gugur setelah uji laut."},
}

// contactProbe: one release as a press office would send it, with its
// contact block written where and as such offices write them.
type contactProbe struct {
	class, lang string
	from        string // the From header
	top         bool   // the block stands above the headline
	html        bool   // block is HTML, the release sent as text/html
	tight       bool   // no blank lines, as Outlook's text alternative often has
	wrapped     bool   // hard-wrapped at 72 columns, as scripts send it
	docx        bool   // the release in an attached DOCX, a paragraph a line
	word        bool   // sent as Outlook's HTML, a MsoNormal paragraph a line
	block       string
	want        string // "name|email|phone;…", empty parts for null, in any order
	open        string // why a probe still fails: reported, not failed
	pre         string // words above the release: a covering note, a forward's header
}

// probeMail builds the email of one probe.
func probeMail(p contactProbe) []byte {
	lang := p.lang
	if lang == "" {
		lang = "en"
	}
	b := probeBodies[lang]
	parts := []string{b[0], b[1], b[2]}
	if p.top {
		parts = append([]string{p.block}, parts...)
	} else {
		parts = append(parts, p.block)
	}
	if p.pre != "" {
		parts = append([]string{p.pre}, parts...)
	}
	from := p.from
	if from == "" {
		from = "Harbour Robotics <news@harbour-robotics.example>"
	}
	sep := "\n\n"
	if p.tight {
		// A paragraph to a line, each longer than any wrapping width.
		sep = "\n"
		for _, i := range []int{1, 2} {
			for utf8.RuneCountInString(b[i]) <= 130 {
				b[i] += " " + b[3-i]
			}
		}
		parts = []string{b[0], b[1], b[2], strings.ReplaceAll(p.block, "\n\n", "\n")}
		if p.pre != "" {
			parts = append([]string{strings.ReplaceAll(p.pre, "\n\n", "\n")}, parts...)
		}
	}
	ctype, body := "text/plain", strings.Join(parts, sep)
	if p.wrapped {
		body = wrap72(body)
	}
	if p.html {
		ctype = "text/html"
		release := "<h1>" + b[0] + "</h1><p>" + b[1] + "</p><p>" + b[2] + "</p>"
		if p.top {
			release = p.block + release
		} else {
			release += p.block
		}
		body = "<html><body>" + p.pre + release + "</body></html>"
	}
	if p.docx {
		return docxMail(from, b[0], body)
	}
	if p.word {
		ctype = "text/html"
		var h strings.Builder
		for _, l := range strings.Split(body, "\n") {
			if l == "" {
				h.WriteString("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
				continue
			}
			fmt.Fprintf(&h, "<p class=MsoNormal>%s<o:p></o:p></p>\n", html.EscapeString(l))
		}
		body = "<html><body lang=EN-GB><div class=WordSection1>\n" + h.String() + "</div></body></html>"
	}
	return []byte("From: " + from + "\r\nTo: news@desk.example\r\nSubject: " + b[0] +
		"\r\nDate: Tue, 03 Jun 2025 09:14:00 +0200\r\nMessage-ID: <probe@x.example>\r\nMIME-Version: 1.0\r\nContent-Type: " + ctype +
		"; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
}

// sameProbeContacts compares as the eval does: any order, names in any
// case, phones by their digits.
func sameProbeContacts(got []draft.Contact, want string) bool {
	var ws []draft.Contact
	for _, e := range strings.Split(want, ";") {
		if e == "" {
			continue
		}
		f := strings.Split(e, "|")
		c := draft.Contact{}
		for i, v := range []**string{&c.Name, &c.Email, &c.Phone} {
			if f[i] != "" {
				*v = &f[i]
			}
		}
		ws = append(ws, c)
	}
	return sameContactList(got, ws)
}

// sameContactList: the same contacts in any order, each with the same
// address and name (any case, spaces and quotes evened out) and the same
// phone digits.
func sameContactList(got, want []draft.Contact) bool {
	key := func(c draft.Contact) string {
		s := func(p *string) string {
			if p == nil {
				return ""
			}
			return strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(norm.NFC.String(*p))), " "))
		}
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s(c.Phone))
		return s(c.Name) + "|" + s(c.Email) + "|" + digits
	}
	keys := func(cs []draft.Contact) string {
		var out []string
		for _, c := range cs {
			out = append(out, key(c))
		}
		sort.Strings(out)
		return strings.Join(out, ";")
	}
	return len(got) == len(want) && keys(got) == keys(want)
}

func showContacts(cs []draft.Contact) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return strings.Join(out, ";")
}

// TestContactGenreSweep runs contact blocks written for this test, in the
// ways press offices write them, through the whole of Inspect, and
// reports the pass rate by class.
func TestContactGenreSweep(t *testing.T) {
	svctest.Sweep(t)
	pass, total := map[string]int{}, map[string]int{}
	probes := contactProbes
	for _, p := range contactProbes {
		if !p.html && !p.top {
			// The same mail from Outlook's text alternative, which loses
			// its blank lines.
			t := p
			t.tight, t.class = true, "tight:"+p.class
			probes = append(probes, t)
		}
		if !p.html && !p.top {
			d := p
			d.docx, d.class = true, "docx:"+p.class
			probes = append(probes, d)
		}
		if !p.html && !p.top && !strings.Contains(p.block, "\t") {
			// Tab columns come from Outlook's tables, not its paragraphs.
			w := p
			w.word, w.class = true, "word:"+p.class
			probes = append(probes, w)
		}
		if !p.html && runsPast(p.block, 72) {
			// The same mail from a script that wraps at 72 columns.
			p.wrapped, p.class = true, "wrap:"+p.class
			probes = append(probes, p)
		}
	}
	for _, p := range probes {
		d, err := Inspect(probeMail(p))
		if err != nil {
			t.Fatalf("%s: %v", p.block, err)
		}
		total[p.class]++
		if sameProbeContacts(d.Contacts, p.want) {
			pass[p.class]++
			continue
		}
		report := t.Errorf
		if p.open != "" {
			report = t.Logf
		}
		report("[%s] %q:\n got  %q\n want %q %s", p.class, p.block, showContacts(d.Contacts), p.want, p.open)
	}
	var classes []string
	for c := range total {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	all, passed := 0, 0
	for _, c := range classes {
		t.Logf("%-12s %2d/%2d", c, pass[c], total[c])
		all += total[c]
		passed += pass[c]
	}
	t.Log(fmt.Sprintf("all          %d/%d", passed, all))
}

// runsPast: a line of s runs past n characters.
func runsPast(s string, n int) bool {
	for _, l := range strings.Split(s, "\n") {
		if utf8.RuneCountInString(l) > n {
			return true
		}
	}
	return false
}

// wrap72 wraps every line at 72 characters, at spaces.
func wrap72(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(l) {
			if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > 72 {
				out = append(out, line)
				line = w
				continue
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// docxMail sends the release as a minimal WordprocessingML attachment,
// a paragraph to each line, under a covering line.
func docxMail(from, subject, text string) []byte {
	var body strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if l != "" {
			fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, html.EscapeString(l))
		}
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`},
	} {
		w, _ := zw.Create(f.name)
		w.Write([]byte(f.data))
	}
	zw.Close()
	enc := base64.StdEncoding.EncodeToString(buf.Bytes())
	var b64 strings.Builder
	for len(enc) > 76 {
		b64.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b64.WriteString(enc)
	return []byte("From: " + from + "\r\nTo: news@desk.example\r\nSubject: " + subject +
		"\r\nDate: Tue, 03 Jun 2025 09:14:00 +0200\r\nMessage-ID: <probe@x.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find attached our press release.\r\n" +
		"--b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"release.docx\"\r\nContent-Disposition: attachment; filename=\"release.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		b64.String() + "\r\n--b1--\r\n")
}
