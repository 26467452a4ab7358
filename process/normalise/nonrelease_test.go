package normalise

import (
	"strings"
	"testing"
)

// Phrasings written for this test, not taken from any corpus case.
// kindCase is a plain-text email and whether it is a release.
type kindCase struct {
	name, subject, body string
	release             bool
}

// checkKinds sends each case as a plain-text email and checks its kind.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: Someone <someone@sender.example>\r\nTo: news@desk.example\r\nSubject: " + tc.subject +
				"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(tc.body, "\n", "\r\n")
			d, err := Inspect([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Kind == "press_release"; got != tc.release {
				t.Errorf("kind %s (%s), want release=%v", d.Kind, d.KindReason, tc.release)
			}
		})
	}
}

func TestClassifyNonReleases(t *testing.T) {
	cases := []kindCase{
		{"sales offer en", "Spring deal for communicators",
			"Hello,\n\nWireBoost sends your news to 25,000 reporters worldwide. Order now and pay only €199 per release.\n\nThe WireBoost team", false},
		{"sales offer de", "Ihre Pressemitteilung in 500 Redaktionen",
			"Guten Tag,\n\nmit unserem Paket erreicht Ihre Meldung 500 Redaktionen. Nur diesen Monat 25 % Rabatt auf die Verbreitung.\n\nIhr Team", false},
		{"sales offer zh", "新闻稿发布服务",
			"您好：\n\n我们提供新闻稿发布服务，本月享受八折优惠。\n\n市场部", false},
		{"digest", "Morning briefing",
			"Good morning.\n\nSHIPS — The Herald reports a new frigate order. Read more\n\nAIR — Aviation Weekly says the tanker fleet is grounded. Read more\n\nUnsubscribe", false},
		{"digest fr", "La revue de presse du jour",
			"Bonjour,\n\nVoici la revue de presse. Le Monde écrit que le budget augmente. Lire la suite\n\nLes Echos rapporte une commande. Lire la suite", false},
		{"pitch es", "Propuesta de entrevista",
			"Estimada redacción:\n\nLes escribo para ofrecerles una entrevista con la almirante Ruiz sobre la seguridad marítima. Está disponible para una entrevista esta semana.\n\nUn saludo,\nLucía Gómez", false},
		{"pitch sv", "Expert om Östersjön",
			"Hej,\n\nvår analytiker Per Lind är tillgänglig för intervju om läget i Östersjön under veckan.\n\nMvh\nKarin", false},
		{"short reply", "SV: fredag",
			"Det passar bra. Ses vid tolv?\n\nA.", false},
		{"release with interview offer", "Shipyard delivers tanker",
			"PRESS RELEASE\n\nShipyard delivers second tanker\n\nGDYNIA, 4 March 2025 – The shipyard handed over the second replenishment tanker to the navy on Tuesday, three weeks ahead of the contract date. The ship will enter service in the summer.\n\nThe managing director is available for interviews on Wednesday.\n\n###\n\nAbout the shipyard\nThe shipyard builds naval auxiliaries.", true},
		{"release about a discount scheme", "Veterans get cheaper rail travel",
			"NEWS RELEASE\n\nVeterans to get a third off rail fares\n\nLONDON, 2 May 2025 — Veterans will receive 30% off rail fares from June under a scheme announced today by the ministry. The railcard costs £21 per year.\n\nENDS", true},
	}
	checkKinds(t, cases)
}

func TestCalendarInvitationIsNoRelease(t *testing.T) {
	raw := "From: Press <press@ministry.example>\r\nTo: news@desk.example\r\nSubject: Invitation: briefing\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Press briefing on the new barracks.\r\nWhen: Friday 10:00\r\n--b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n" +
		"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Briefing\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != "not_press_release" {
		t.Errorf("kind %s (%s), want not_press_release", d.Kind, d.KindReason)
	}
}

// Auto-replies without auto-reply headers, in several languages; written
// for this test.
func TestAutoRepliesWithoutHeaders(t *testing.T) {
	for subject, body := range map[string]string{
		"Respuesta automática: nota de prensa": "Gracias por su mensaje. Estoy fuera de la oficina hasta el 12 de mayo.",
		"Frånvaro: pressmeddelande":            "Tack för ditt mejl. Jag är ledig till och med den 4 augusti.",
		"Re: Pressemitteilung":                 "Vielen Dank für Ihre Nachricht. Ich bin bis 20. Mai nicht im Büro und lese keine E-Mails.",
		"Re: komunikat":                        "Dziękuję za wiadomość. Jestem poza biurem do poniedziałku.",
		"Απάντηση: Δελτίο Τύπου":               "Ευχαριστώ για το μήνυμα. Λείπω από το γραφείο έως τις 20 Μαΐου.",
		"Ответ: пресс-релиз":                   "Спасибо за письмо. Я в отпуске до 20 мая.",
		"Re: Basın bülteni":                    "Mesajınız için teşekkürler. 20 Mayıs'a kadar izindeyim.",
		"Re: Comunicat de presă":               "Vă mulțumesc pentru mesaj. Sunt în concediu până pe 20 mai.",
		"Re: Pressiteade":                      "Täname kirja eest. Olen puhkusel 20. maini.",
		"Automatická odpoveď: tlačová správa":  "Ďakujem za správu.",
	} {
		raw := "From: A <a@b.example>\r\nTo: news@desk.example\r\nSubject: " + subject +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
		d, err := Inspect([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if d.Kind != "not_press_release" {
			t.Errorf("%q: kind %s (%s)", subject, d.Kind, d.KindReason)
		}
	}
}
