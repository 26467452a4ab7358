package segment

import (
	"net/mail"
	"testing"

	"newsdesk/process/normalise/block"
)

// Names written for this test, not taken from any corpus case.
func TestMailboxOwner(t *testing.T) {
	bs := []block.Block{{Lines: []string{"Media enquiries:", "Søren Lykke and Maja Öberg, press officers"}}}
	for addr, want := range map[string]string{
		"soren.lykke@port.example": "Søren Lykke",
		"sl@port.example":          "Søren Lykke",
		"moberg@port.example":      "Maja Öberg",
		"press@port.example":       "",
	} {
		if got := mailboxOwner(addr, bs); got != want {
			t.Errorf("mailboxOwner(%q) = %q, want %q", addr, got, want)
		}
	}
}

func TestContactNameDropsRank(t *testing.T) {
	for lines, want := range map[string]string{
		"Capitaine de corvette Julie Ravel":       "Julie Ravel",
		"Oberstleutnant Tobias Kern, Sprecher":    "Tobias Kern",
		"Media contact: Omar Haddad 0400 111 222": "Omar Haddad",
		"Pressestelle Hafenamt, Lena Brink":       "Lena Brink",
		"高橋 健太":                                   "高橋 健太",
	} {
		if got := contactName([]string{lines}); got != want {
			t.Errorf("contactName(%q) = %q, want %q", lines, got, want)
		}
	}
}

// Contacts without an address, written for this test.
func TestPhoneContacts(t *testing.T) {
	for _, tc := range []struct {
		line, sender, name, email string
	}{
		{"Media contact: Omar Haddad, 0400 111 222", "press@port.example", "Omar Haddad", ""},
		{"Pressekontakt: Pressestelle, 030 5555 1234", "presse@amt.example", "Pressestelle", "presse@amt.example"},
		{"Kontakt: Lena Brink, +49 40 5555 0101", "lena.brink@amt.example", "Lena Brink", "lena.brink@amt.example"},
	} {
		cs := PhoneContacts([]block.Block{{Lines: []string{tc.line}}}, mail.Address{Address: tc.sender})
		if len(cs) != 1 || cs[0].Phone == nil {
			t.Errorf("%q: %d contacts", tc.line, len(cs))
			continue
		}
		name, email := "", ""
		if cs[0].Name != nil {
			name = *cs[0].Name
		}
		if cs[0].Email != nil {
			email = *cs[0].Email
		}
		if name != tc.name || email != tc.email {
			t.Errorf("%q: got %q %q, want %q %q", tc.line, name, email, tc.name, tc.email)
		}
	}
	if cs := PhoneContacts([]block.Block{{Lines: []string{"The plant employs 400 people and was opened in 1998 by the then minister."}}}, mail.Address{Address: "press@x.example"}); cs != nil {
		t.Errorf("prose gave %v", cs)
	}
}

// A Japanese word that ends in a particle is a sentence's, not a name.
func TestCaselessNameParticle(t *testing.T) {
	for s, want := range map[string]bool{"小林": true, "山本 さくら": true, "報告書では": false, "同社は": false} {
		if got := caselessName(s); got != want {
			t.Errorf("caselessName(%q) = %v, want %v", s, got, want)
		}
	}
}
