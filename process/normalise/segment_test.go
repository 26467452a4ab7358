package normalise

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"newsdesk/draft"
)

// Shapes the corpus does not hold, written here so the rules are seen to
// generalise beyond it.
func TestUnseenShapes(t *testing.T) {
	head := "From: Acme Press <press@acme.example>\r\nTo: news@desk.example\r\nDate: Mon, 3 Mar 2025 14:00:00 +0100\r\nMessage-ID: <x@acme.example>\r\n"
	type want struct {
		kind                     draft.Kind
		headline, sub, place     string
		date, start, end, email  string
		phone, embargo, language string
		excludes                 []string
	}
	check := func(name, raw string, w want) {
		t.Run(name, func(t *testing.T) {
			d, err := Inspect([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if d.Kind != w.kind {
				t.Fatalf("kind %s (%s)", d.Kind, d.KindReason)
			}
			if w.kind != draft.PressRelease {
				return
			}
			got := func(field, g, want string) {
				t.Helper()
				if g != want {
					t.Errorf("%s = %q, want %q", field, g, want)
				}
			}
			got("headline", d.Headline, w.headline)
			got("subheadline", optional(d.Subheadline), w.sub)
			if d.Dateline == nil {
				d.Dateline = &draft.Dateline{}
			}
			got("dateline place", d.Dateline.Place, w.place)
			got("dateline date", d.Dateline.Date, w.date)
			if !strings.HasPrefix(d.BodyText, w.start) || !strings.HasSuffix(d.BodyText, w.end) {
				t.Errorf("body %q, want %q … %q", d.BodyText, w.start, w.end)
			}
			for _, x := range w.excludes {
				if strings.Contains(d.BodyText, x) {
					t.Errorf("body keeps %q", x)
				}
			}
			if len(d.Contacts) != 1 || optional(d.Contacts[0].Email) != w.email || optional(d.Contacts[0].Phone) != w.phone {
				t.Errorf("contacts %s, want %s %s", fmt.Sprintf("%+v", d.Contacts), w.email, w.phone)
			}
			e := ""
			if d.EmbargoUntil != nil {
				e = d.EmbargoUntil.Format(time.RFC3339)
			}
			got("embargo", e, w.embargo)
			got("language", d.Language, w.language)
		})
	}
	check("US wire", head+"Subject: Acme news\r\n\r\nFOR IMMEDIATE RELEASE\r\n\r\nAcme Corp Opens Drone Test Range in Nevada\r\n\r\n"+
		"New range will host trials for the U.S. Army and allied customers.\r\n\r\n"+
		"NEW YORK, March 3, 2025 (BUSINESS WIRE) -- Acme Corp today opened a drone test range.\r\n\r\n"+
		"The range covers 40 square miles of desert and will be used by the company and its customers.\r\n\r\n# # #\r\n\r\n"+
		"Contact:\r\nJane Smith\r\n(555) 123-4567\r\njane@acme.example\r\n",
		want{kind: draft.PressRelease, headline: "Acme Corp Opens Drone Test Range in Nevada", sub: "New range will host trials for the U.S. Army and allied customers.",
			place: "NEW YORK", date: "2025-03-03", start: "Acme Corp today opened", end: "the company and its customers.",
			email: "jane@acme.example", phone: "(555) 123-4567", language: "en", excludes: []string{"FOR IMMEDIATE", "# # #", "Jane Smith"}})
	check("Outlook forward", head+"Subject: FW: Acme opens depot\r\n\r\nFor the logistics page?\r\n\r\nPeter\r\n\r\n"+
		"From: Acme Press <press@acme.example>\r\nSent: Monday, March 3, 2025 9:00 AM\r\nTo: Peter <p@desk.example>\r\nSubject: Acme opens depot\r\n\r\n"+
		"Acme opens new logistics depot in Leeds\r\n\r\nLEEDS, 3 March 2025 – Acme has opened a depot.\r\n\r\nIt employs 40 people.\r\n\r\n[ENDS]\r\n\r\n"+
		"Media enquiries: Sam Lee, +44 113 496 0000, sam@acme.example\r\n",
		want{kind: draft.PressRelease, headline: "Acme opens new logistics depot in Leeds", place: "LEEDS", date: "2025-03-03",
			start: "Acme has opened a depot.", end: "It employs 40 people.", email: "sam@acme.example", phone: "+44 113 496 0000",
			language: "en", excludes: []string{"logistics page", "Sent:", "[ENDS]"}})
	check("German embargo", head+"Subject: Pressemitteilung\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
		"Sperrfrist: 12. Juni 2025, 10:00 Uhr MESZ\r\n\r\nAcme eröffnet neues Werk in Leipzig\r\n\r\n"+
		"Leipzig, 12. Juni 2025 – Die Acme GmbH hat heute ein neues Werk in Leipzig eröffnet, das 200 Arbeitsplätze schafft.\r\n\r\n"+
		"Das Werk wird ab dem Herbst die Produktion aufnehmen und ist auf die Fertigung von Sensoren ausgelegt.\r\n\r\n– Ende –\r\n\r\n"+
		"Pressekontakt\r\nAnna Schmidt\r\nTel. +49 341 000 000\r\npresse@acme.example\r\n",
		want{kind: draft.PressRelease, headline: "Acme eröffnet neues Werk in Leipzig", place: "Leipzig", date: "2025-06-12",
			start: "Die Acme GmbH hat heute", end: "Sensoren ausgelegt.", email: "presse@acme.example", phone: "+49 341 000 000",
			embargo: "2025-06-12T08:00:00Z", language: "de", excludes: []string{"Sperrfrist", "Ende"}})
	check("letterhead above the title", head+"Subject: For your attention\r\n\r\nMinistry of Defence Procurement\r\n\r\nPRESS RELEASE\r\n\r\n"+
		"UK orders twelve new patrol boats for the Royal Navy\r\n\r\nLONDON, 3 March 2025 - The Ministry has ordered twelve boats.\r\n\r\n"+
		"They will be delivered from 2027.\r\n\r\nNotes to editors\r\n\r\nPress Office\r\n020 7946 0000\r\npress@mod.example\r\n",
		want{kind: draft.PressRelease, headline: "UK orders twelve new patrol boats for the Royal Navy", place: "LONDON", date: "2025-03-03",
			start: "The Ministry has ordered", end: "delivered from 2027.", email: "press@mod.example", phone: "020 7946 0000", language: "en"})
	check("statement as headline", head+"Subject: Statement\r\n\r\nSTATEMENT\r\n\r\nStatement by the Secretary General on the attack in Leeds\r\n\r\n"+
		"LEEDS, 3 March 2025 - The Secretary General condemned the attack.\r\n\r\nENDS\r\n\r\nPress Office\r\n020 7946 0000\r\npress@acme.example\r\n",
		want{kind: draft.PressRelease, headline: "Statement by the Secretary General on the attack in Leeds", place: "LEEDS", date: "2025-03-03",
			start: "The Secretary General condemned", end: "the attack.", email: "press@acme.example", phone: "020 7946 0000", language: "en"})
	check("body lines that look like headings", head+"Subject: Acme opens depot\r\n\r\nAcme opens a depot in Leeds\r\n\r\n"+
		"LEEDS, 3 March 2025 - Acme has opened a depot.\r\n\r\nMore information will be published on Monday.\r\n\r\n"+
		"Contact tracing teams were not needed.\r\n\r\nPress office staff will attend.\r\n\r\nThe depot employs 40 people.\r\n\r\n"+
		"Media contact:\r\nSam Lee\r\n+44 113 496 0000\r\nsam@acme.example\r\n",
		want{kind: draft.PressRelease, headline: "Acme opens a depot in Leeds", place: "LEEDS", date: "2025-03-03",
			start: "Acme has opened a depot.", end: "The depot employs 40 people.", email: "sam@acme.example", phone: "+44 113 496 0000", language: "en"})
	check("date line under the headline", head+"Subject: Acme\r\n\r\nAcme opens a depot in Leeds\r\n\r\nMonday, 3 March 2025\r\n\r\n"+
		"Acme has opened a new depot in Leeds that will employ 40 people from the spring, the company said today.\r\n\r\nENDS\r\n\r\n"+
		"Media contact: Sam Lee, +44 113 496 0000, sam@acme.example\r\n",
		want{kind: draft.PressRelease, headline: "Acme opens a depot in Leeds", start: "Acme has opened", end: "the company said today.",
			email: "sam@acme.example", phone: "+44 113 496 0000", language: "en"})
	check("contact above the release", head+"Subject: Acme\r\n\r\nContact: Jane Smith\r\n(555) 123-4567\r\njane@acme.example\r\n\r\nFOR IMMEDIATE RELEASE\r\n\r\n"+
		"Acme Opens Drone Test Range in Nevada\r\n\r\nRENO, Nev., March 3, 2025 -- Acme Corp today opened a drone test range.\r\n\r\n-30-\r\n",
		want{kind: draft.PressRelease, headline: "Acme Opens Drone Test Range in Nevada", place: "RENO", date: "2025-03-03",
			start: "Acme Corp today opened", end: "a drone test range.", email: "jane@acme.example", phone: "(555) 123-4567", language: "en"})
	check("sales spam", head+"Subject: Grow your traffic\r\n\r\nBoost your site with our SEO services and quality backlinks. 50% off this week only, buy now!\r\n",
		want{kind: draft.NotPressRelease})
	check("greeting, then a release without dateline or end marker", head+"Subject: Acme\r\n\r\nDear Editor,\r\n\r\nPlease find below our press release.\r\n\r\n"+
		"Acme opens a depot in Leeds\r\n\r\nAcme has opened a new depot in Leeds that will employ 40 people from the spring.\r\n\r\n"+
		"About Acme\r\n\r\nAcme makes things.\r\n\r\nMedia contact: Sam Lee, +44 113 496 0000, sam@acme.example\r\n",
		want{kind: draft.PressRelease, headline: "Acme opens a depot in Leeds", start: "Acme has opened", end: "from the spring.",
			email: "sam@acme.example", phone: "+44 113 496 0000", language: "en"})
	check("read receipt", head+"Subject: Read: Acme news\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=r\r\n\r\n"+
		"--r\r\nContent-Type: text/plain\r\n\r\nYour message was read on 3 March 2025.\r\n--r\r\nContent-Type: message/disposition-notification\r\n\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n--r--\r\n",
		want{kind: draft.NotPressRelease})
	check("out of office by its words only", head+"Subject: Re: Acme news\r\n\r\nThank you for your email. I am currently out of the office until 10 March.\r\n",
		want{kind: draft.NotPressRelease})
	check("bounce whose report headers were rewritten", head+"Subject: Returned\r\nContent-Type: multipart/mixed; boundary=r\r\n\r\n"+
		"--r\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered to one or more recipients.\r\n"+
		"--r\r\nContent-Type: message/rfc822\r\n\r\nSubject: Release\r\n\r\nAcme opens a depot in Leeds\r\n\r\nLEEDS, 3 March 2025 - Acme has opened a depot.\r\n--r--\r\n",
		want{kind: draft.NotPressRelease})
	check("pitch without a greeting", head+"Subject: Interview?\r\n\r\nSam - quick one. Our CEO is in London next week: would you like 20 minutes with him? Happy to send you background first.\r\n\r\nOlivia\r\n",
		want{kind: draft.NotPressRelease})
	check("digest without read-more links", head+"Subject: Weekly\r\nList-Unsubscribe: <https://list.example/u>\r\n\r\n"+
		strings.Repeat("A story about radars https://news.example/a\r\n\r\n", 6), want{kind: draft.NotPressRelease})
	check("out of office by subject only", head+"Subject: Out of Office: Acme news\r\n\r\nI am away until 10 March.\r\n",
		want{kind: draft.NotPressRelease})
}

func optional(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
