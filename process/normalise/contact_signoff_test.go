package normalise

import (
	"strings"
	"testing"
)

// A press office signs a release under a letter's close ("בברכה,",
// "مع خالص التحية،", "S poštovanjem,"): the close names no one, the
// office under it is the contact. Our own blocks.
func TestContactUnderALettersClose(t *testing.T) {
	for _, tc := range []struct{ lang, block, want string }{
		{"he", "-- \r\nבברכה,\r\nדוברות רשות הספנות והנמלים\r\nטל' 04-555-1200", "דוברות רשות הספנות והנמלים"},
		{"ar", "-- \r\nمع خالص التحية،\r\nالمكتب الإعلامي لهيئة الموانئ\r\nهاتف 04-555-1200", "المكتب الإعلامي لهيئة الموانئ"},
		{"en", "-- \r\nS poštovanjem,\r\nPress Office, Port Authority\r\nTel. 051 555 120", "Press Office, Port Authority"},
	} {
		b := probeBodies[tc.lang]
		raw := "From: Press <press@port.example>\r\nTo: news@desk.example\r\nSubject: " + b[0] +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + strings.Join([]string{b[0], b[1], b[2], tc.block}, "\r\n\r\n") + "\r\n"
		d, err := Inspect([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Contacts) != 1 || d.Contacts[0].Name == nil || *d.Contacts[0].Name != tc.want {
			var got []string
			for _, c := range d.Contacts {
				got = append(got, c.String())
			}
			t.Errorf("%s: contacts %q, want %q", tc.lang, got, tc.want)
		}
	}
}

// A release signed by its press officer under a letter's close, from the
// officer's own address, with a number and no contact heading: the
// officer is the contact, whose address the sender's is, in the words
// for a press or communications role of many languages. Our own blocks.
func TestSignedByPressOfficer(t *testing.T) {
	checkBlocks(t, true, []blockCase{
		{"cs", "Jana Nováková <jana.novakova@lodenice.example>", "S pozdravem\nJana Nováková\ntisková mluvčí\nTel.: +420 555 123 456", "Jana Nováková|jana.novakova@lodenice.example|+420 555 123 456"},
		{"ro", "Andrei Popescu <andrei.popescu@santier.example>", "Cu stimă,\nAndrei Popescu\nPurtător de cuvânt\nTel. 0721 555 123", "Andrei Popescu|andrei.popescu@santier.example|0721 555 123"},
		{"id", "Dewi Lestari <dewi.lestari@galangan.example>", "Hormat kami,\nDewi Lestari\nJuru Bicara\nTel. 0812 5555 1234", "Dewi Lestari|dewi.lestari@galangan.example|0812 5555 1234"},
		{"uk", "Олена Коваленко <olena.kovalenko@verf.example>", "З повагою,\nОлена Коваленко\nречниця верфі\nтел. +380 44 555 12 34", "Олена Коваленко|olena.kovalenko@verf.example|+380 44 555 12 34"},
		{"fr", "Claire Martin <claire.martin@naval-atlantique.example>", "Cordialement,\nClaire Martin\nAttachée de presse\n01 45 55 12 34", "Claire Martin|claire.martin@naval-atlantique.example|01 45 55 12 34"},
		{"en", "Tom Hughes <tom.hughes@harbour-robotics.example>", "Best regards,\nTom Hughes\nCommunications Manager, Harbour Robotics\n+44 131 555 0100", "Tom Hughes|tom.hughes@harbour-robotics.example|+44 131 555 0100"},
	})
}

// blockCase is a contact block in a probe's release: its language, the
// From header, the block's lines and the contacts wanted, as
// sameProbeContacts reads them.
type blockCase struct{ lang, from, block, want string }

// checkBlocks runs each case's release through Inspect, as text and,
// when html, as an HTML paragraph with a <br> between lines.
func checkBlocks(t *testing.T, html bool, cases []blockCase) {
	t.Helper()
	for _, tc := range cases {
		for _, asHTML := range []bool{false, html} {
			p := contactProbe{lang: tc.lang, from: tc.from, block: tc.block, html: asHTML}
			if asHTML {
				p.block = "<p>" + strings.ReplaceAll(tc.block, "\n", "<br>") + "</p>"
			}
			d, err := Inspect(probeMail(p))
			if err != nil {
				t.Fatal(err)
			}
			if !sameProbeContacts(d.Contacts, tc.want) {
				t.Errorf("%s html=%v: contacts %q, want %q", tc.lang, asHTML, showContacts(d.Contacts), tc.want)
			}
			if !html {
				break
			}
		}
	}
}
