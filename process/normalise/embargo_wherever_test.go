package normalise

import (
	"testing"
	"time"
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
		{"before the email was sent", "<p>EMBARGOED UNTIL 00:01 GMT 5 MARCH 2024</p><p>Acme opens a depot in Leeds</p><p>LEEDS, 3 March 2025 – Acme has opened a depot.</p>", "", true},
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
