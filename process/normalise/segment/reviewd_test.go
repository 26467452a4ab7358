package segment

import (
	"net/mail"
	"testing"

	"newsdesk/process/normalise/block"
)

// Go's \b is ASCII-only: an alternative ending in a Cyrillic, Hungarian
// or Czech letter never matched.
func TestReviewDReachVerbNonASCII(t *testing.T) {
	for _, s := range []string{
		"Пресс-служба доступна по телефону +7 495 555 01 01.",
		"A sajtóiroda elérhető a +36 1 555 0101 számon.",
		"Tisková mluvčí je k zastižení na +420 222 555 010.",
		"Die Pressestelle ist erreichbar unter 040 555 0101.",
	} {
		if !reachVerb.MatchString(s) {
			t.Errorf("reachVerb misses %q", s)
		}
	}
}

func TestReviewDContactCueNonASCII(t *testing.T) {
	for _, s := range []string{
		"По всем вопросам обращайтесь к Ивану Петрову, +7 495 555 01 01.",
		"Για περισσότερες πληροφορίες: Γιώργος Παπαδόπουλος, 210 555 0101.",
		"Please contact Jo Reed on 0131 555 0101.",
	} {
		if !contactCue.MatchString(s) {
			t.Errorf("contactCue misses %q", s)
		}
	}
	for _, s := range []string{"Our outreach team was contacted.", "Contacts were made."} {
		if contactCue.MatchString(s) {
			t.Errorf("contactCue matches %q", s)
		}
	}
	if got := cuedContacts("По всем вопросам обращайтесь к Ивану Петрову, +7 495 555 01 01."); len(got) != 1 {
		t.Errorf("cuedContacts = %q", got)
	}
}

// pressLine's (?i)\bIR matched "Irene", "Iris", "Irina"; its medi[ae]
// "Medina": nameAfterTitle stopped the name there.
func TestReviewDNameAfterTitlePressSubstrings(t *testing.T) {
	for s, want := range map[string]string{
		"Communications Manager Irene Smith": "Irene Smith",
		"Press Officer Irina Medina":         "Irina Medina",
		"Pressechef Mette Holm":              "Mette Holm",
	} {
		if got := personIn(s); got != want {
			t.Errorf("personIn(%q) = %q, want %q", s, got, want)
		}
	}
	if !pressLine.MatchString("IR contact") || !pressLine.MatchString("Media Relations") {
		t.Error("pressLine lost its labels")
	}
}

// An office's words joined by a dot or a dash make no person's mailbox.
func TestReviewDPersonalMailbox(t *testing.T) {
	for _, a := range []string{"press.office@defence.example", "media-relations@acme.example", "media_enquiries@x.example", "info@x.example"} {
		if personalMailbox(a) {
			t.Errorf("personalMailbox(%q) = true", a)
		}
	}
	for _, a := range []string{"julia.braun@x.example", "j_braun@x.example"} {
		if !personalMailbox(a) {
			t.Errorf("personalMailbox(%q) = false", a)
		}
	}
}

// Nordic "kl." is o'clock: the hours after a number are no extension.
func TestReviewDExtensionNotHours(t *testing.T) {
	for l, want := range map[string]string{
		"Tlf. 22 33 44 55 kl. 08-16":           "22 33 44 55",
		"Telefon 08-123 456 78 kl. 9.00–16.00": "08-123 456 78",
		"Tel. +420 222 555 010 kl. 214":        "+420 222 555 010 kl. 214",
		"Tel. +44 20 7946 0000 ext. 2214":      "+44 20 7946 0000 ext. 2214",
	} {
		if got := firstPhone([]string{l}); got != want {
			t.Errorf("firstPhone(%q) = %q, want %q", l, got, want)
		}
	}
}

// A unit's noun ends the name only when an office's name follows it,
// not a person's.
func TestReviewDDepartmentThenPerson(t *testing.T) {
	for s, want := range map[string]string{
		"press office Jane Smith":                 "Jane Smith",
		"media unit Jo Reed":                      "Jo Reed",
		"de afdeling Communicatie van Defensie":   "",
		"la oficina de Prensa del Ministerio":     "",
		"oddělení Komunikace Ministerstva obrany": "",
	} {
		if got := personIn(s); got != want {
			t.Errorf("personIn(%q) = %q, want %q", s, got, want)
		}
	}
}

// Two cues in a row: the second starts after the first's words.
func TestReviewDContactCueRun(t *testing.T) {
	got := cuedContacts("For further information please contact Tom Reid, tel. 0131 555 0100.")
	if len(got) != 1 || got[0] != "Tom Reid, tel. 0131 555 0100" {
		t.Errorf("cuedContacts = %q", got)
	}
}

// A memo's header ("Von:", "An:", "Datum:") over its contact lines in
// one block: only the header's own lines are skipped.
func TestReviewDMemoHeaderKeepsContacts(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Von: Pressestelle Stadt Graz", "An: Medien", "Datum: 5.3.2026", "Tel.: 0316 872 2220", "E-Mail: presse@stadt.example"}, "presse@stadt.example"},
		{[]string{"De : Service de presse de la préfecture", "À : Rédactions", "Objet : Inondations", "Contact : Marie Dubois, 03 20 55 01 01, marie.dubois@nord.example"}, "marie.dubois@nord.example"},
		{[]string{"From: Acme News <news@acme.example>", "Sent: Monday, 5 March 2026 10:00", "To: desk@paper.example", "Subject: Launch"}, ""},
	} {
		got := ""
		for _, c := range Contacts([]block.Block{{Lines: tc.lines}}, nil) {
			if c.Email != nil {
				got += *c.Email
			}
		}
		if got != tc.want {
			t.Errorf("Contacts(%q) addresses %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// The sender's address in a footer, which Contacts never reads, does not
// stop SenderEntry giving it to the sender's entry.
func TestReviewDSenderEntryFooter(t *testing.T) {
	bs := []block.Block{
		{Lines: []string{"Media contacts:"}},
		{Lines: []string{"Jo Reed 0131 555 0101", "Sam Patel 0131 555 0102"}},
		{Lines: []string{"You received this email because you subscribed at jo.reed@harbour.example. Unsubscribe."}},
	}
	from := mail.Address{Name: "Jo Reed", Address: "jo.reed@harbour.example"}
	cs := SenderEntry(Contacts(bs, nil), bs, from)
	found := false
	for _, c := range cs {
		if c.Name != nil && *c.Name == "Jo Reed" && c.Email != nil && *c.Email == from.Address {
			found = true
		}
	}
	if !found {
		for _, c := range cs {
			t.Logf("%v %v", c.Name != nil && true, c.Email)
		}
		t.Errorf("SenderEntry did not give Jo Reed the sender's address (%d contacts)", len(cs))
	}
}
