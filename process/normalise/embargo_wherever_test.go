package normalise

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"newsdesk/draft"
)

func TestEmbargoWherever(t *testing.T) {
	head := "From: a@b.example\r\nSubject: Acme news\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\nContent-Type: text/html\r\n\r\n"
	for _, tc := range []struct {
		name, body, want string
		hold             bool
	}{
		{"at the foot", "<p>Acme opens a depot in Leeds</p><p>LEEDS, 3 March 2025 – Acme has opened a depot.</p><p>It employs 40 people.</p><p>ENDS</p><p>This release is embargoed until 10:00 GMT on 5 March 2025.</p>", "2025-03-05T10:00:00Z", false},
		{"beside a label", "<p>PRESS RELEASE<br>EMBARGOED UNTIL 00:01 GMT 5 MARCH 2025</p><p>Acme opens a depot in Leeds</p><p>LEEDS, 3 March 2025 – Acme has opened a depot.</p>", "2025-03-05T00:01:00Z", false},
		{"two statements, the later wins", "<p>Embargo: 09:00 GMT 5 March 2025</p><p>Acme opens a depot in Leeds</p><p>LEEDS, 3 March 2025 – Acme has opened a depot.</p><p>Not for publication before 10:00 GMT, 5 March 2025</p>", "2025-03-05T10:00:00Z", false},
		{"prose about an embargo", "<p>Acme welcomes end of trade dispute</p><p>LEEDS, 3 March 2025 – The embargo: imposed in 2014, it was lifted today.</p>", "", false},
		{"prose that opens with the word", "<p>Acme welcomes end of trade dispute</p><p>LEEDS, 3 March 2025 – Acme welcomed the ruling.</p><p>Embargo violations fell by a third in 2024, the report says.</p>", "", false},
		{"a resend two days after it lifted", "<p>EMBARGOED UNTIL 00:01 GMT 1 MARCH 2025</p><p>Acme opens a depot in Leeds</p><p>LEEDS, 1 March 2025 – Acme has opened a depot.</p>", "2025-03-01T00:01:00Z", false},
		{"before the email was sent", "<p>EMBARGOED UNTIL 00:01 GMT 5 MARCH 2024</p><p>Acme opens a depot in Leeds</p><p>LEEDS, 3 March 2025 – Acme has opened a depot.</p>", "", true},
		{"unreadable, in a block under the end marker", "<p>Acme opens a depot in Leeds</p><p>LEEDS, 3 March 2025 – Acme has opened a depot.</p><p>ENDS<br>Sperrfrist: bis auf Weiteres</p>", "", true},
		{"unreadable", "<p>EMBARGOED UNTIL THE MINISTER SPEAKS</p><p>Acme opens a depot in Leeds</p><p>LEEDS, 3 March 2025 – Acme has opened a depot.</p>", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Inspect([]byte(head + tc.body))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if d.EmbargoUntil != nil {
				got = d.EmbargoUntil.Format(time.RFC3339)
			}
			if got != tc.want || d.EmbargoHold != tc.hold {
				t.Errorf("embargo %q hold %v, want %q %v", got, d.EmbargoHold, tc.want, tc.hold)
			}
		})
	}
}

// TestEmbargoPlacement: the same embargo, in other languages than
// English, read wherever the sender put it: only in the subject, above
// the kicker, after the headline, at the foot, only in a DOCX; and a
// statement with no readable instant holds the draft in each place.
func TestEmbargoPlacement(t *testing.T) {
	const headline, para = "Rotes Kreuz eröffnet Blutspendezentrum in Graz", "GRAZ, 10. Juni 2025 – Das Rote Kreuz hat heute ein neues Blutspendezentrum eröffnet."
	const line, want = "Sperrfrist: Donnerstag, 12. Juni 2025, 10:00 Uhr MESZ", "2025-06-12T08:00:00Z"
	text := func(subject string, paras ...string) string {
		return "From: Presse <presse@rk.example>\r\nSubject: " + subject + "\r\nDate: Tue, 10 Jun 2025 09:00:00 +0200\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + strings.Join(paras, "\r\n\r\n") + "\r\n"
	}
	for _, tc := range []struct {
		name, raw, want string
		hold            bool
	}{
		{"subject only", text(headline+" (Sperrfrist 12.06.2025, 10:00 MESZ)", headline, para, "ENDE"), want, false},
		{"above the kicker", text("Pressemitteilung", line, "PRESSEMITTEILUNG", headline, para, "ENDE"), want, false},
		{"after the headline", text("Pressemitteilung", headline, line, para, "ENDE"), want, false},
		{"at the foot", text("Pressemitteilung", headline, para, "ENDE", line), want, false},
		{"Greek, after the headline", text("Δελτίο Τύπου", "Νέο κέντρο αιμοδοσίας στη Λάρισα", "ΕΜΠΑΡΓΚΟ ΕΩΣ ΠΕΜΠΤΗ 12 ΙΟΥΝΙΟΥ 2025, 11:00 ΩΡΑ ΕΛΛΑΔΟΣ",
			"ΛΑΡΙΣΑ, 10 Ιουνίου 2025 – Ο Ερυθρός Σταυρός εγκαίνιασε σήμερα νέο κέντρο αιμοδοσίας."), want, false},
		{"unreadable, above the headline", text("Pressemitteilung", "Sperrfrist: wird nachgereicht", headline, para), "", true},
		{"unreadable, after the headline", text("Tiedote", "Uusi veripalvelu avattiin Tampereella", "JULKAISUVAPAA: ilmoitetaan myöhemmin",
			"TAMPERE, 10. kesäkuuta 2025 – Veripalvelu avasi tänään uuden toimipisteen."), "", true},
		{"unreadable, subject only", text("אמברגו עד להודעה חדשה: מרכז תרומות דם חדש", "מרכז תרומות דם חדש נפתח בחיפה", "חיפה, 10 ביוני 2025 – מרכז חדש נפתח היום."), "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkEmbargo(t, tc.raw, tc.want, tc.hold)
		})
	}
	t.Run("DOCX only", func(t *testing.T) {
		xml := `<w:document xmlns:w="w"><w:body>` +
			`<w:p><w:r><w:t>보도시점: 2025년 6월 12일(목) 오전 10시</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>적십자사, 대전에 새 헌혈센터 개소</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>대전, 2025년 6월 10일 – 대한적십자사는 오늘 새 헌혈센터를 열었다.</w:t></w:r></w:p></w:body></w:document>`
		raw := "From: Press <press@rc.example>\r\nSubject: 보도자료\r\nDate: Tue, 10 Jun 2025 09:00:00 +0900\r\n" +
			"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n보도자료를 첨부합니다.\r\n" +
			"--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\nContent-Disposition: attachment; filename=\"release.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			base64.StdEncoding.EncodeToString(docx(t, map[string]string{"word/document.xml": xml})) + "\r\n--b--\r\n"
		checkEmbargo(t, raw, "2025-06-12T01:00:00Z", false)
	})
}

// TestEmbargoThroughHeaderRepairs: the body's embargo line stays in the
// body, and is read, when the header block needed repair.
func TestEmbargoThroughHeaderRepairs(t *testing.T) {
	const body = "Embargo: torsdag 12. juni 2025 kl. 10.00\r\n\r\nRøde Kors åpner nytt blodbanksenter i Bergen\r\n\r\n" +
		"BERGEN, 10. juni 2025 – Røde Kors åpnet i dag et nytt senter.\r\n"
	const want = "2025-06-12T08:00:00Z"
	for name, raw := range map[string]string{
		"no blank line":            "From: Presse <presse@rk.example>\r\nSubject: Nytt senter\r\nDate: Tue, 10 Jun 2025 09:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n" + body,
		"mbox From line":           "From presse@rk.example Tue Jun 10 09:00:00 2025\r\nFrom: Presse <presse@rk.example>\r\nSubject: Nytt senter\r\nDate: Tue, 10 Jun 2025 09:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body,
		"folded without space":     "From: Presse <presse@rk.example>\r\nSubject: Røde Kors åpner nytt blodbanksenter\r\ni Bergen\r\nDate: Tue, 10 Jun 2025 09:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body,
		"all three, no blank line": "From presse@rk.example Tue Jun 10 09:00:00 2025\r\nFrom: Presse <presse@rk.example>\r\nSubject: Røde Kors åpner nytt blodbanksenter\r\ni Bergen\r\nDate: Tue, 10 Jun 2025 09:00:00 +0200\r\n" + body,
	} {
		t.Run(name, func(t *testing.T) {
			d := checkEmbargo(t, raw, want, false)
			if strings.Contains(d.Headline, "Embargo") || d.Headline != "Røde Kors åpner nytt blodbanksenter i Bergen" {
				t.Errorf("headline %q", d.Headline)
			}
			if len(d.Warnings) == 0 {
				t.Error("no warning about the repair")
			}
		})
	}
}

func checkEmbargo(t *testing.T, raw, want string, hold bool) *draft.Draft {
	t.Helper()
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	if d.EmbargoUntil != nil {
		got = d.EmbargoUntil.Format(time.RFC3339)
	}
	if got != want || d.EmbargoHold != hold {
		t.Errorf("embargo %q hold %v, want %q %v (warnings %q)", got, d.EmbargoHold, want, hold, d.Warnings)
	}
	return d
}

// TestEmbargoWithoutZone: a time with no zone is read in the dateline
// place's zone when we know it (a newsletter tool's Date is in UTC), else
// in the sender's offset, and a warning says which; with no Date header
// the dateline's date gives the year.
func TestEmbargoWithoutZone(t *testing.T) {
	const rel = "Sperrfrist: %s\r\n\r\nNeues Blutspendezentrum\r\n\r\n%s – Das Rote Kreuz hat heute ein Zentrum eröffnet.\r\n"
	for _, tc := range []struct{ name, date, line, dateline, want, warning string }{
		{"newsletter tool in UTC, Berlin dateline", "Date: Tue, 10 Jun 2025 07:00:00 +0000\r\n", "12. Juni, 10:00 Uhr", "BERLIN, 10. Juni 2025", "2025-06-12T08:00:00Z", "Europe/Berlin"},
		{"sender's offset, unknown place", "Date: Tue, 10 Jun 2025 09:00:00 +0300\r\n", "12. Juni, 10:00 Uhr", "WUNSIEDEL, 10. Juni 2025", "2025-06-12T07:00:00Z", "+03:00"},
		{"no Date header, Berlin dateline", "", "12. Juni, 10:00 Uhr", "BERLIN, 10. Juni 2025", "2025-06-12T08:00:00Z", "Europe/Berlin"},
		{"US dateline, numeric date month-first", "Date: Tue, 10 Jun 2025 07:00:00 +0000\r\n", "06/12/2025 10:00", "CHICAGO, June 10, 2025", "2025-06-12T15:00:00Z", "America/Chicago"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: Presse <presse@rk.example>\r\nSubject: Neues Zentrum\r\n" + tc.date + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + fmt.Sprintf(rel, tc.line, tc.dateline)
			d := checkEmbargo(t, raw, tc.want, false)
			if w := strings.Join(d.Warnings, "\n"); !strings.Contains(w, "no time zone written") || !strings.Contains(w, tc.warning) {
				t.Errorf("warnings %q lack %q", d.Warnings, tc.warning)
			}
		})
	}
}
