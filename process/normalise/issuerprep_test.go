package normalise

import (
	"testing"

	"newsdesk/process/normalise/block"
)

// TestCleanOrgLeadingPreposition: the preposition a department word
// governs is no part of the organisation's name, and a Bulgarian name
// loses the article its first word then shows. A press unit that no
// department word names, beside its organisation, is cleaned away; a
// ministry whose remit is communications is no press unit. Invented
// names.
func TestCleanOrgLeadingPreposition(t *testing.T) {
	for in, want := range map[string]string{
		"Пресцентър на Министерството на земеделието":        "Министерство на земеделието",
		"Пресцентър на Агенцията за горите":                  "Агенция за горите",
		"Press Office of the Kestrel Harbour Board":          "Kestrel Harbour Board",
		"Град Ниш - Секретаријат за информисање":             "Град Ниш",
		"Lakeshire County | Secretariat for Public Affairs":  "Lakeshire County",
		"Ministry of Communications - Northern Region Works": "Ministry of Communications",
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
		// An -ίου head whose accent would move back is left as written,
		// never misspelt ("Συμβουλίο" for Συμβούλιο).
		"Γραφείο Τύπου Συμβουλίου Ασφαλείας": "Συμβουλίου Ασφαλείας",
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

// TestIssuerLetterheadMinistryFallback: a Hindi release no other source
// names is issued by the ministry its letterhead writes under the press
// bureau and the government. Invented text.
func TestIssuerLetterheadMinistryFallback(t *testing.T) {
	raw := []byte("From: Press Desk <desk@mailhost.example>\r\nTo: news@desk.example\r\nSubject: News\r\n" +
		"Date: Tue, 4 Mar 2025 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
		"<html><body><p>पत्र सूचना कार्यालय<br>भारत सरकार<br>जल संसाधन मंत्रालय</p>\r\n<h1>नई नहर परियोजना शुरू</h1>\r\n" +
		"<p><b>नई दिल्ली, 04 मार्च 2025</b> तीन राज्यों में नई नहर परियोजना का काम आज शुरू हुआ।</p>\r\n<p>परियोजना दो वर्ष में पूरी होगी।</p></body></html>\r\n")
	d, err := Inspect(raw)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "जल संसाधन मंत्रालय" {
		t.Errorf("issuer %q", d.Issuer)
	}
}

// TestDefinitionAfterParentName: an acronym defined after its parent
// ministry's name and its own names the agency alone. Invented names.
func TestDefinitionAfterParentName(t *testing.T) {
	body := []block.Block{{Lines: []string{"Tarım Bakanlığı Orman ve Su İşleri Başkanlığı (OSİB) koordinasyonunda tatbikat yapıldı."}}}
	if got := definition("OSİB", body); got != "Orman ve Su İşleri Başkanlığı" {
		t.Errorf("got %q", got)
	}
}

// TestNominativeUkrainianAdjectives: every feminine adjective before
// the noun a press office governs goes back to the nominative with it.
// Invented names.
func TestNominativeUkrainianAdjectives(t *testing.T) {
	for in, want := range map[string]string{
		"Прес-служба Обласної рятувальної служби Полісся": "Обласна рятувальна служба Полісся",
		"Прес-служба Обласної служби Полісся":             "Обласна служба Полісся",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
