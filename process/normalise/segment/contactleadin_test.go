package segment

import "testing"

// TestContactLeadIn: the words of a sentence that lead in to a contact
// (a request to get in touch, a verb of calling or writing, the article
// before an office) are no part of the office's name, in the desk's
// languages (our own names).
func TestContactLeadIn(t *testing.T) {
	for in, want := range map[string]string{
		"Press questions: kindly contact the Harbour Authority press office on 0161 555 0100.":            "Harbour Authority press office",
		"Presseanfragen: Bitte wenden Sie sich an die Pressestelle der Stadtwerke unter 0711 555 2020.":   "Pressestelle der Stadtwerke",
		"Questions des journalistes : contactez le Service de presse de la Préfecture au 01 55 55 12 12":  "Service de presse de la Préfecture",
		"For more information contact the Lakeside Water Board Communications Office:\nmedia@lwb.example": "Lakeside Water Board Communications Office",
		"The Press Office, 0300 555 0011":                                          "Press Office",
		"Media: call the Coastguard Press Desk on 0300 555 0011":                   "Coastguard Press Desk",
		"Medios: contactar con la Oficina de Comunicación del Puerto, 981 555 012": "Oficina de Comunicación del Puerto",
	} {
		if got := contactName(splitLines(in)); got != want {
			t.Errorf("contactName(%q) = %q, want %q", in, got, want)
		}
	}
}

func splitLines(s string) []string {
	var out []string
	from := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[from:i])
			from = i + 1
		}
	}
	return append(out, s[from:])
}
