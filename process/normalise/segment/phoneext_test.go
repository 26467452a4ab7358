package segment

import "testing"

// TestPhoneExtension: an extension written after a number is kept as
// written, in any of the ways the desk's languages write one; digits
// after a separator that begins another field are not an extension.
func TestPhoneExtension(t *testing.T) {
	for line, want := range map[string]string{
		"Tel: (412) 555-0199 ext. 31":           "(412) 555-0199 ext. 31",
		"Phone 020 7946 0311 x204":              "020 7946 0311 x204",
		"тел. +7 (812) 555-44-22, доб. 1175":    "+7 (812) 555-44-22, доб. 1175",
		"电话：021-5555 6677转305":                  "021-5555 6677转305",
		"Tél. : 01 45 55 12 12 poste 4410":      "01 45 55 12 12 poste 4410",
		"Teléfono (33) 5555 0420 anexo 12":      "(33) 5555 0420 anexo 12",
		"TEL 02-2555-0808 #17":                  "02-2555-0808 #17",
		"Tel. 0511 555 2200, Fax 0511 555 2299": "0511 555 2200",
		"+44 20 7946 0000 | extranet.example":   "+44 20 7946 0000",
		"Mob. 0170 555 1234, 24/7":              "0170 555 1234",
	} {
		if got := firstPhone([]string{line}); got != want {
			t.Errorf("firstPhone(%q) = %q, want %q", line, got, want)
		}
	}
}
