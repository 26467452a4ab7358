package segment

import (
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
