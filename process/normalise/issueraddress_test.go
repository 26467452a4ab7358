package normalise

import "testing"

// A postcode is written in several shapes; each marks a line as a postal
// address under the organisation it is the address of. Phone lines and
// dates are no addresses.
func TestPostalLineShapes(t *testing.T) {
	for l, want := range map[string]bool{
		"Am Kai 9 · 24103 Kiel":                true,
		"Storgatan 4, 582 21 Linköping":        true,
		"Vinohradská 12, 120 00 Praha":         true,
		"ul. Polna 3, 60-535 Poznań":           true,
		"Lange Voorhout 7, 2514 EA Den Haag":   true,
		"Rue de la Loi 10, B-1040 Bruxelles":   true,
		"1 Horse Guards Road, London SW1A 2HQ": true,
		"Tel. +46 13 555 20 10":                false,
		"070-555 12 34":                        false,
		"4 March 2025":                         false,
	} {
		if got := postalLine.MatchString(l) && !phoneLine(l); got != want {
			t.Errorf("postal %q: %v, want %v", l, got, want)
		}
	}
}

// A name printed over its postal address heads the release as a
// letterhead, whatever words its name holds; a signature's name over its
// address names the organisation, an initialism and its branch too.
// Names and words written for this test.
func TestIssuerOverAddress(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"de letterhead over its address", "Marinesanitätszentrum Eckernförde", plainRelease("MSZ Presse <presse@bw-beispiel.example>",
			"Marinesanitätszentrum Eckernförde\r\nHafenweg 12 · 24340 Eckernförde", "Pressemitteilung", "Neue Tauchmedizin eröffnet",
			"Eckernförde, 4. März 2025 – Das Marinesanitätszentrum Eckernförde hat am Dienstag eine Druckkammer in Betrieb genommen.", "Sie ersetzt eine Anlage aus dem Jahr 1988.")},
		{"sv signature: an initialism and its branch over the address", "SEKO Gotland", plainRelease("Lina Berg <lina.berg@seko-exempel.example>",
			"SEKO varslar om övertidsblockad",
			"Visby 4 mars 2025. SEKO har i dag varslat om övertidsblockad för 120 medlemmar vid färjerederiet.", "Blockaden börjar den 20 mars.",
			"-- \r\nSEKO Gotland\r\nHamngatan 3, 621 56 Visby")},
	})
}

// Two sources agree on a name when one holds the other as whole words:
// a compound that opens with another name is another organisation
// ("Bundeswehr" and the "Bundeswehrzentralkrankenhaus"); a caseless
// script writes no spaces, so there any run counts.
func TestAgreeWholeWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Bundeswehr", "Bundeswehrzentralkrankenhaus Koblenz", false},
		{"Marine", "Marinekommando", false},
		{"NATO", "NATO Support and Procurement Agency", true},
		{"Polizei Hamburg", "Polizei", true},
		{"海巡", "海洋委員會海巡署", true},
		{"Stocznia Bałtycka", "Stoczni Bałtyckiej", true},
	} {
		if got := agree(c.a, c.b); got != c.want {
			t.Errorf("agree(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A press agent's own name over the agency's address is no letterhead
// of the issuer: the sender's mailbox spells it, and the lede's
// organisation issues the release. Names written for this test.
func TestAgentOverAddress(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"de agent's name over the agency's address", "Bayerische Seenschifffahrt", plainRelease("Maria Huber <maria.huber@huber-pr.example>",
			"Maria Huber\r\nMusterstraße 5 · 80331 München", "Pressemitteilung", "Neue Fähre für den Starnberger See",
			"Starnberg, 4. März 2025 – Die Bayerische Seenschifffahrt hat am Dienstag eine neue Fähre getauft.", "Sie ersetzt ein Schiff aus dem Jahr 1971.")},
	})
}
