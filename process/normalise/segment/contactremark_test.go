package segment

import (
	"net/mail"
	"testing"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
)

// TestOfficeRemarkAndDutyLine: a remark in brackets after an office's
// name, saying when it answers, or its abbreviation, is no part of the
// name; and an office's line by number alone
// beside an entry with an address of its own is reached by phone, not
// at the sender's mailbox, though a person by number alone who is the
// sender still gets it (our own names).
func TestOfficeRemarkAndDutyLine(t *testing.T) {
	for in, want := range map[string]string{
		"Kommunens pressjour (dygnet runt): 08-555 120 00":              "Kommunens pressjour",
		"Harbour Board press desk (around the clock): 0131 555 0100":    "Harbour Board press desk",
		"Pressestelle der Stadtwerke (werktags): 0711 555 20":           "Pressestelle der Stadtwerke",
		"Gabinete de Prensa y Relaciones Externas (GPRE): 91 555 20 10": "Gabinete de Prensa y Relaciones Externas",
	} {
		if got := contactName([]string{in}); got != want {
			t.Errorf("contactName(%q) = %q, want %q", in, got, want)
		}
	}
	str := func(s string) *string { return &s }
	bs := []block.Block{{Kind: block.Para, Lines: []string{
		"Kontakt",
		"Lena Falk, räddningschef, 08-555 120 10, lena.falk@kommunen.example",
		"Kommunens pressjour: 08-555 120 00",
	}}}
	cs := []draft.Contact{
		{Name: str("Lena Falk"), Email: str("lena.falk@kommunen.example"), Phone: str("08-555 120 10")},
		{Name: str("Kommunens pressjour"), Phone: str("08-555 120 00")},
	}
	got := SenderEntry(cs, bs, mail.Address{Name: "Kommunen", Address: "press@kommunen.example"})
	if got[1].Email != nil {
		t.Errorf("duty line beside an entry with its address got the sender's %q", *got[1].Email)
	}
	bs2 := []block.Block{{Kind: block.Para, Lines: []string{"Media contacts:", "Jo Reed 0131 555 0101", "Sam Patel 0131 555 0102"}}}
	cs2 := []draft.Contact{{Name: str("Jo Reed"), Phone: str("0131 555 0101")}, {Name: str("Sam Patel"), Phone: str("0131 555 0102")}}
	got2 := SenderEntry(cs2, bs2, mail.Address{Name: "Jo Reed", Address: "jo.reed@harbour.example"})
	if got2[0].Email == nil {
		t.Errorf("the sender by number alone lost the sender's address")
	}
}
