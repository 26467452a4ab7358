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
