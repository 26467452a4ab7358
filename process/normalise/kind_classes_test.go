package normalise

import (
	"strings"
	"testing"
)

// More non-release classes, each in languages and wordings of its own
// (none from a corpus case): calendar invitations sent as a text/calendar
// part or an .ics file, offers to distribute releases for a fee, pitches
// offering an interview, press reviews and digests, auto-replies without
// any auto-reply header; and releases shaped like them that must stay
// releases.
func TestKindClasses(t *testing.T) {
	plain := "Content-Type: text/plain; charset=utf-8\r\n\r\n"
	calendar := func(text string) string {
		return "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
			"\r\n--b1\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20250612T080000Z\r\nSUMMARY:Briefing\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b1--\r\n"
	}
	ics := func(text string) string {
		return "Content-Type: multipart/mixed; boundary=\"b2\"\r\n\r\n--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
			"\r\n--b2\r\nContent-Type: application/octet-stream; name=\"invite.ics\"\r\nContent-Disposition: attachment; filename=\"invite.ics\"\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--b2--\r\n"
	}
	cases := []struct {
		name, subject, body string
		release             bool
	}{
		{"calendar part, German", "Einladung: Hintergrundgespräch Marine", calendar("Sehr geehrte Damen und Herren,\r\n\r\nwir laden Sie herzlich zum Hintergrundgespräch mit dem Inspekteur der Marine ein.\r\n\r\nOrt: Kiel, Marinestützpunkt\r\nZeit: 12. Juni, 10 Uhr"), false},
		{"ics file, English", "Invitation: press call on the frigate programme", ics("Please find attached a calendar invitation for Thursday's press call with the programme director."), false},
		{"invitation in words, Spanish", "Convocatoria: visita al buque escuela", plain + "Estimados periodistas:\r\n\r\nLes invitamos a la visita al buque escuela en el puerto de Cádiz.\r\n\r\nFecha: jueves 5 de junio, 11:00 horas\r\nLugar: Muelle Reina Victoria\r\n\r\nSe ruega confirmar asistencia a prensa@armada.example antes del miércoles.", false},
		{"distribution offer, German", "Ihre Pressemitteilung an 8.000 Redaktionen", plain + "Guten Tag,\r\n\r\nmit PresseVerteiler Plus erreicht Ihre Pressemitteilung über 8.000 Redaktionen in Deutschland, Österreich und der Schweiz. Paket Basis: 129 € zzgl. MwSt. pro Versand, Paket Profi: 349 € im Monat.\r\n\r\nJetzt buchen und 15 % sparen.\r\n\r\nIhr Team von PresseVerteiler Plus", false},
		{"distribution offer, English", "Get your news in front of 40,000 journalists", plain + "Hi there,\r\n\r\nWireBoost distributes your press release to 40,000 journalists and 500 news sites, with guaranteed posting. Starter: $199 per release. Growth: $499/month with a media database.\r\n\r\nBook a demo today.\r\n\r\nThe WireBoost team", false},
		{"interview pitch, Polish", "Propozycja rozmowy: bezpieczeństwo Bałtyku", plain + "Dzień dobry Pani Redaktor,\r\n\r\nczy byłaby Pani zainteresowana rozmową z dr. Piotrem Zielińskim, ekspertem ds. bezpieczeństwa morskiego? Jest dostępny w tym tygodniu telefonicznie lub w Gdyni.\r\n\r\nPozdrawiam serdecznie,\r\nAnna Kowal", false},
		{"interview pitch, English", "Expert available: undersea cables", plain + "Hi Tom,\r\n\r\nWith the cable incidents in the news, I wanted to offer you an interview with Dr Lena Park, our head of maritime security. She is available for comment today and tomorrow, by phone or in the studio.\r\n\r\nLet me know if that works.\r\n\r\nBest,\r\nSam", false},
		{"press review, French", "Revue de presse défense du 3 juin", plain + "Bonjour,\r\n\r\nVoici la revue de presse du jour.\r\n\r\n- Le Quotidien : La Marine commande deux frégates – https://lequotidien.example/a\r\n- Ouest Matin : Exercice amphibie en Bretagne – https://ouestmatin.example/b\r\n- L'Économiste : Les exportations d'armement en hausse – https://economiste.example/c\r\n\r\nSe désabonner", false},
		{"digest, English", "Defence headlines, Tuesday", plain + "Today's headlines\r\n\r\nCoastal Herald: Lifeboat crews honoured at ceremony https://coastalherald.example/1\r\n\r\nThe Courier: Army base to close by 2028 https://courier.example/2\r\n\r\nMetro Times: Veterans' charity opens new centre https://metrotimes.example/3\r\n\r\nUnsubscribe", false},
		{"auto-reply, Swedish", "Pressmeddelande", plain + "Tack för ditt mejl. Jag är på semester till och med 11 augusti och läser inte min e-post. Vid brådskande ärenden, kontakta redaktionen.", false},
		{"auto-reply, French", "Communiqué", plain + "Merci pour votre message. Je suis absente du bureau jusqu'au 28 avril inclus et n'aurai qu'un accès limité à ma messagerie.", false},
		{"auto-reply, German", "Ihre Pressemitteilung", plain + "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. März nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.", false},
		{"auto-reply, Spanish", "Nota de prensa", plain + "Gracias por su correo. Estaré fuera de la oficina hasta el 2 de septiembre. Para asuntos urgentes, escriba a redaccion@diario.example.", false},
		{"media advisory stays a release", "MEDIA ADVISORY: Minister to visit shipyard", plain + "MEDIA ADVISORY\r\n\r\nDefence Minister to visit Clyde shipyard\r\n\r\nGLASGOW, 4 June 2025 – The Defence Minister will visit the Clyde shipyard on Friday to mark the start of work on the fifth frigate. Media are invited to attend.\r\n\r\nDate: Friday 6 June 2025, 10:00\r\nLocation: Govan yard, main gate\r\n\r\nAccreditation: press@mod.example\r\n\r\nENDS", true},
		{"release about a price stays a release", "Navy cadets: free summer camp", plain + "PRESS RELEASE\r\n\r\nSea cadet summer camps free for the first time\r\n\r\nPORTSMOUTH, 2 June 2025 – Summer camps for sea cadets will be free this year, the Marine Society said on Monday. Places used to cost £250 per week. The charity expects 3,000 cadets to attend.\r\n\r\nENDS\r\n\r\nMedia contact: Ruth Ames, 023 9255 0100, press@ms.example", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: Someone <someone@sender.example>\r\nTo: news@desk.example\r\nSubject: " + tc.subject + "\r\nMIME-Version: 1.0\r\n" +
				strings.ReplaceAll(strings.ReplaceAll(tc.body, "\r\n", "\n"), "\n", "\r\n")
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
