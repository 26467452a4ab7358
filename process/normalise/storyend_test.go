package normalise

import (
	"strings"
	"testing"
)

// inspectParas inspects a release of a title, paragraphs and what stands
// under them, one block each, sent as text.
func inspectParas(t *testing.T, blocks []string) (body string, contacts string) {
	t.Helper()
	raw := "From: Press <press@sender.example>\r\nTo: news@desk.example\r\nSubject: " + blocks[0] +
		"\r\nDate: Mon, 3 Mar 2025 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		strings.Join(blocks, "\r\n\r\n") + "\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(d.BodyText), showContacts(d.Contacts)
}

// A story may close on the sender's history ("… was founded in 1952"),
// which reads like an About text without its heading, or send the reader
// to a website; above the end marker it is the story's last paragraph
// all the same. Our own releases.
func TestHistoryAboveTheEndMarker(t *testing.T) {
	for _, tc := range []struct{ lang, last, marker, under string }{
		{"en", "Harbour Robotics was founded in 2014 in a garage in Portobello and delivered its first boat to the Royal Navy in 2017.", "###", "Contact: Ian Baird, ian.baird@harbour-robotics.example"},
		{"de", "Die Nordwerft wurde 1952 in Kiel gegründet und beschäftigt heute rund 800 Mitarbeiter.", "- Ende -", "Pressekontakt: Jan Peters, presse@nordwerft.example"},
		{"fr", "Naval Atlantique, fondée en 1961 à Lorient, emploie aujourd'hui 1 200 salariés.", "FIN", "Contact presse : Claire Dubois, claire.dubois@naval-atlantique.example"},
		{"en", "For more information about the yard, visit www.harbour-robotics.example/leith.", "ENDS", "Media: Ian Baird, ian.baird@harbour-robotics.example"},
		{"de", "Weitere Informationen finden Sie unter www.nordwerft.example/boote.", "###", "Pressekontakt: Jan Peters, presse@nordwerft.example"},
	} {
		b := probeBodies[tc.lang]
		body, _ := inspectParas(t, []string{b[0], b[1], b[2], tc.last, tc.marker, tc.under})
		if !strings.HasSuffix(body, tc.last) {
			t.Errorf("%s: body ends %q", tc.lang, tail(body, 80))
		}
	}
}

// An official release may close on a line of place and date, right above
// its contact lines: the story's last line, and no contact's name. Our
// own releases.
func TestPlaceAndDateClosingTheStory(t *testing.T) {
	for _, tc := range []struct{ lang, last, under, want string }{
		{"en", "Leith, 3 June 2025", "Press office: +44 131 555 0100, press@harbour-robotics.example", "Press office|press@harbour-robotics.example|+44 131 555 0100"},
		{"it", "La Spezia, 3 giugno 2025", "Ufficio stampa: 0187 555 010, stampa@cantiere-adriatico.example", "Ufficio stampa|stampa@cantiere-adriatico.example|0187 555 010"},
		{"es", "Ferrol, 3 de junio de 2025", "Gabinete de prensa: 981 555 012, prensa@astillerosnorte.example", "Gabinete de prensa|prensa@astillerosnorte.example|981 555 012"},
	} {
		b := probeBodies[tc.lang]
		body, contacts := inspectParas(t, []string{b[0], b[1], b[2], tc.last, tc.under})
		if !strings.HasSuffix(body, tc.last) {
			t.Errorf("%s: body ends %q", tc.lang, tail(body, 80))
		}
		if !strings.EqualFold(contacts, tc.want) {
			t.Errorf("%s: contacts %q, want %q", tc.lang, contacts, tc.want)
		}
	}
}

// A mailer's notice under the story in the sender's language (why the
// reader gets the mail, how to leave the list), a copyright line and an
// email's legal notice are no body text. Our own releases.
func TestMailerNoticesUnderTheStory(t *testing.T) {
	for _, tc := range []struct{ lang, under string }{
		{"en", "Copyright © 2025 Harbour Robotics, All rights reserved."},
		{"de", "Sie erhalten diese E-Mail, weil Sie den Presseverteiler der Nordwerft abonniert haben."},
		{"fr", "Vous recevez cet e-mail car vous êtes inscrit à la liste de presse de Naval Atlantique."},
		{"it", "Hai ricevuto questa e-mail perché sei iscritto alla mailing list stampa del Cantiere Adriatico."},
		{"pt", "Descadastrar | Atualizar preferências"},
		{"pl", "Wypisz się z listy | Zmień ustawienia"},
		{"es", "Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."},
		{"nl", "Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het per vergissing ontvangen, verwijder het dan."},
	} {
		b := probeBodies[tc.lang]
		body, _ := inspectParas(t, []string{b[0], b[1], b[2], tc.under})
		if !strings.HasSuffix(body, b[2]) {
			t.Errorf("%s: body ends %q", tc.lang, tail(body, 80))
		}
	}
}

// An About paragraph without its heading may open on the sender's
// founding ("Founded in 2014, Harbour Robotics …"): it is no body text.
// Our own releases.
func TestFoundingOpensTheAbout(t *testing.T) {
	for _, tc := range []struct{ lang, about, under string }{
		{"en", "Founded in 2014, Harbour Robotics designs and builds uncrewed surface vessels for navies, survey firms and offshore wind operators, and employs 400 people.", "Media contact: Ian Baird, ian.baird@harbour-robotics.example"},
		{"de", "Gegründet 1952, ist die Nordwerft ein mittelständisches Unternehmen mit Sitz in Kiel, das Spezialschiffe für Behörden baut.", "Pressekontakt: Jan Peters, presse@nordwerft.example"},
		{"fr", "Fondée en 1961, Naval Atlantique conçoit des patrouilleurs et emploie 1 200 salariés à Lorient.", "Contact presse : Claire Dubois, claire.dubois@naval-atlantique.example"},
	} {
		b := probeBodies[tc.lang]
		body, _ := inspectParas(t, []string{b[0], b[1], b[2], tc.about, tc.under})
		if !strings.HasSuffix(body, b[2]) {
			t.Errorf("%s: body ends %q", tc.lang, tail(body, 80))
		}
	}
}

// A list's third item "(c) …" ending the story is no copyright line, nor
// a sentence on deregistrations a mailing list's "Abmelden". Our own
// releases.
func TestStoryLinesLikeMailerNotices(t *testing.T) {
	bodyEndsWithLast(t, []string{"Harbour board sets out its three conditions for the yard", "LEITH, 3 June 2025 – The harbour board today set out the conditions on which it will lease the east quay to Harbour Robotics.", "(a) The yard must open by March 2026.", "(b) At least 100 of its jobs must go to local people.", "(c) The company must fund the dredging of the east channel."})
	bodyEndsWithLast(t, []string{"Mehr Abmeldungen von Booten in Kiel", "KIEL, 3. Juni 2025 – Die Stadt Kiel hat im Mai deutlich mehr Sportboote abgemeldet als im Vorjahr.", "Abmeldungen stiegen nach Angaben des Ordnungsamtes um 40 Prozent auf 312, vor allem wegen der höheren Liegeplatzgebühren im Hafen."})
}
