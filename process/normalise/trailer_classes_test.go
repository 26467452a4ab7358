package normalise

import (
	"strings"
	"testing"
)

// What stands under the last paragraph of a release with no end marker:
// a notes-to-editors heading in the sender's language, an automatic
// mailer's no-reply notice, an embargo statement. None is body text. Our
// own releases.
func TestUnderTheLastParagraph(t *testing.T) {
	for _, tc := range []struct {
		name, lang, under string
	}{
		{"Dutch notes to editors", "nl", "Noot voor de redactie\r\n\r\nVoor meer informatie kunt u contact opnemen met de persvoorlichting."},
		{"Polish notes to editors", "pl", "Notatka dla redakcji\r\n\r\nZdjęcia z uroczystości są dostępne na stronie internetowej."},
		{"Turkish no-reply notice", "tr", "Bu e-posta otomatik olarak gönderilmiştir; lütfen yanıtlamayınız."},
		{"Vietnamese mailer notice", "vi", "Email này được gửi tự động từ hệ thống thư điện tử của Công ty, vui lòng không trả lời."},
		{"German no-reply notice", "de", "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."},
		{"Czech embargo at the foot", "cs", "EMBARGO: Nezveřejňovat před 5. březnem 2025, 10:00 SEČ."},
	} {
		b := probeBodies[tc.lang]
		raw := "From: Press <press@sender.example>\r\nTo: news@desk.example\r\nSubject: " + b[0] +
			"\r\nDate: Mon, 3 Mar 2025 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			strings.Join([]string{b[0], b[1], b[2], tc.under}, "\r\n\r\n") + "\r\n"
		d, err := Inspect([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(strings.TrimSpace(d.BodyText), b[2]) {
			t.Errorf("%s: body ends %q", tc.name, tail(d.BodyText, 80))
		}
	}
}

// A public warning not to reply to scam messages is body text: the body
// goes on below it. Before, footer's ASCII \W ran over any Chinese,
// Japanese or Cyrillic clause up to "请勿回复", and a paragraph opening
// "Do not reply" ended the body. Our own releases.
func TestNoReplyWarningInTheBody(t *testing.T) {
	for _, paras := range [][]string{
		{"市公安局提醒市民警惕冒充海关的诈骗短信", "广州，2025年6月3日——市公安局今天发布提醒，近期多名市民收到冒充海关工作人员的诈骗短信。", "市民如收到此类短信，请勿回复，并立即拨打110报警。", "警方表示，本月已破获三个诈骗团伙，抓获嫌疑人二十余名。"},
		{"県警、偽の宅配業者メールに注意呼びかけ", "静岡、2025年6月3日 – 静岡県警は今日、宅配業者を装った詐欺メールが急増していると発表しました。", "不審なメールを受け取った場合は、返信しないでください。リンクも開かないでください。", "県警によると、今年の被害額はすでに約二億円に達しています。"},
		{"Полиция предупреждает о мошеннических звонках", "КАЗАНЬ, 3 июня 2025 г. – Полиция Татарстана предупреждает о новой волне мошеннических звонков от имени банков.", "Если вам звонят от имени банка, не отвечайте на это предложение и положите трубку.", "По данным полиции, с начала года жители республики потеряли более ста миллионов рублей."},
		{"Trading Standards warns of fake parcel texts", "NORWICH, 3 June 2025 – Norfolk Trading Standards today warned residents about a wave of fake parcel delivery texts asking for a small redelivery fee.", "Do not reply to these messages or click on any links in them; forward them to 7726 instead.", "Officers said more than 400 residents had reported the texts since the start of May, and that losses so far exceed £20,000."},
	} {
		bodyEndsWithLast(t, paras)
	}
}

// A body sentence that points to the notes to editors is no heading of
// them: TrailerHead's ASCII \W took the Greek or Cyrillic words before
// "σημείωση προς τους συντάκτες" for punctuation. Our own releases.
func TestNotesToEditorsNamedInTheBody(t *testing.T) {
	for _, paras := range [][]string{
		{"Северная верфь заложила третий ледокол", "САНКТ-ПЕТЕРБУРГ, 3 июня 2025 г. – Северная верфь сегодня заложила третий ледокол проекта 22220 для Росморпорта.", "Подробнее см. примечание для редакций ниже.", "Спуск ледокола на воду запланирован на весну 2027 года, передача заказчику – на конец 2028 года."},
		{"Η ναυπηγική μονάδα παρέδωσε το δεύτερο σκάφος", "ΠΕΙΡΑΙΑΣ, 3 Ιουνίου 2025 – Η ναυπηγική μονάδα παρέδωσε σήμερα το δεύτερο περιπολικό σκάφος στο Λιμενικό Σώμα.", "Δείτε τη σημείωση προς τους συντάκτες στο τέλος.", "Το τρίτο σκάφος θα παραδοθεί τον Σεπτέμβριο, σύμφωνα με την εταιρεία."},
	} {
		bodyEndsWithLast(t, paras)
	}
}

// bodyEndsWithLast inspects a release of a title and paragraphs and
// checks that its body runs to the last paragraph.
func bodyEndsWithLast(t *testing.T, paras []string) {
	t.Helper()
	body, _ := inspectParas(t, paras)
	if last := paras[len(paras)-1]; !strings.HasSuffix(body, last) {
		t.Errorf("%s: body ends %q", paras[0], tail(body, 80))
	}
}

func tail(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[len(r)-n:])
	}
	return s
}
