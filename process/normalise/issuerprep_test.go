package normalise

import "testing"

// TestCleanOrgLeadingPreposition: the preposition a department word
// governs is no part of the organisation's name, and a Bulgarian name
// loses the article its first word then shows. Invented names.
func TestCleanOrgLeadingPreposition(t *testing.T) {
	for in, want := range map[string]string{
		"Пресцентър на Министерството на земеделието": "Министерство на земеделието",
		"Пресцентър на Агенцията за горите":           "Агенция за горите",
		"Press Office of the Kestrel Harbour Board":   "Kestrel Harbour Board",
	} {
		if got := indefinite(cleanOrg(in)); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestNominativeGreekNeuterHead: a Greek neuter head noun a press office
// governs is written in the nominative, its complement left in the
// genitive. Invented names.
func TestNominativeGreekNeuterHead(t *testing.T) {
	for in, want := range map[string]string{
		"Γραφείο Τύπου Επιτελείου Ακτών": "Επιτελείο Ακτών",
		"Γραφείο Τύπου Ταμείου Λιμένων":  "Ταμείο Λιμένων",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestIssuerNotATurkishPlaceGenitive: a lede opening with a province's
// genitive and its district names a place, never the issuer. Invented
// names.
func TestIssuerNotATurkishPlaceGenitive(t *testing.T) {
	raw := plainRelease("Basın Masası <basin@ornek.example>",
		"Köprü onarımı tamamlandı", "Karabağlar'ın Yeşilyurt ilçesinde çöken köprünün onarımı dün tamamlandı ve trafik yeniden açıldı.",
		"Çalışmalar üç hafta sürdü.", "Basın ve Halkla İlişkiler Müşavirliği")
	d, err := Inspect(raw)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer == "Karabağlar'ın Yeşilyurt" {
		t.Errorf("issuer %q", d.Issuer)
	}
}
