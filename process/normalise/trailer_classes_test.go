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

func tail(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[len(r)-n:])
	}
	return s
}
