package normalise

import "testing"

// TestIssuerNotASignOffOrDate: words that close or date a release are no
// issuer: a sign-off ("Best regards", "Mit freundlichen Grüßen"), a notes
// heading, an "Issued by" line that gives only a date. Our own phrasings;
// the sender's domain names no organisation, so nothing else competes.
func TestIssuerNotASignOffOrDate(t *testing.T) {
	for _, tail := range []string{
		"Issued by: 4 March 2025",
		"Issued: 4 March 2025, 09:00",
		"Best regards",
		"Kind regards,\r\nJo",
		"Mit freundlichen Grüßen",
		"Cordialement",
		"Notes to editors",
		"Notes to Editors:\r\nPictures are available on request.",
	} {
		raw := plainRelease("Press Desk <desk@mailhost.example>",
			"Night ferry returns to the islands", "The night ferry to the outer islands returns on Monday after a two-year break.",
			"Tickets go on sale this week.", tail)
		d, err := Inspect(raw)
		if err != nil {
			t.Fatal(err)
		}
		if d.Issuer != "" && d.Issuer != "Mailhost" {
			t.Errorf("%q: issuer %q", tail, d.Issuer)
		}
	}
}

// TestIssuerSignOffOrgLine: a release no other source names is issued by
// the organisation its sign-off writes under the signer and role, less
// the address after it; a Nordic press duty desk ("Pressevagt") is a
// department before its organisation. Invented names.
func TestIssuerSignOffOrgLine(t *testing.T) {
	for _, c := range []struct{ tail, want string }{
		{"Magg. Lucia Ferri\r\nCapo Sezione Informazione\r\nComando Genio Alpino Est - Caserma Rossi, Belluno", "Comando Genio Alpino Est"},
		{"Yderligere oplysninger:\r\n\r\nPressevagt, Kystkommandoen Vest, tlf. 7281 9000", "Kystkommandoen Vest"},
	} {
		raw := plainRelease("Press Desk <desk@mailhost.example>",
			"Night ferry returns to the islands", "The night ferry to the outer islands returns on Monday after a two-year break.",
			"Tickets go on sale this week.", c.tail)
		d, err := Inspect(raw)
		if err != nil {
			t.Fatal(err)
		}
		if d.Issuer != c.want {
			t.Errorf("%q: issuer %q, want %q", c.tail, d.Issuer, c.want)
		}
	}
}
