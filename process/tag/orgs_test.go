package tag

import (
	"slices"
	"testing"

	"newsdesk/draft"
)

// Organisations as an editor would tag them: each case is one class of
// release, in words of our own; want lists must all be tagged, not lists
// must not be.
func TestOrganisationClasses(t *testing.T) {
	tg := newTagger(t)
	cases := []struct {
		name, lang, issuer, body string
		orgs, notOrgs            []string
	}{
		{name: "an English word that looks like an inflected head keeps its spelling", lang: "en",
			body:    "The Military Sealift Readiness Command chartered two vessels.",
			orgs:    []string{"Military Sealift Readiness Command"},
			notOrgs: []string{"Militare Sealift Readiness Command"}},
		{name: "a Polish head word in the instrumental is read as Polish", lang: "pl",
			body:    "Spółka podpisała umowę z Agencją Mienia Wojskowego w czwartek.",
			notOrgs: []string{"Agence Mienia Wojskowego"}},
		{name: "a Romanian genitive head keeps its own word", lang: "ro",
			body:    "Proiectul este finanțat prin programul Ministerului Transporturilor.",
			notOrgs: []string{"Ministry Transporturilor", "Ministerie Transporturilor"}},
		{name: "a Turkish case ending after an apostrophe", lang: "tr",
			body: "Tahliye için Hava Kuvvetleri'ne ait iki uçak kullanıldı.",
			orgs: []string{"Hava Kuvvetleri"}},
		{name: "a Turkish name joined by 've'", lang: "tr",
			body:    "Tatbikatı Çevre ve Şehircilik Bakanlığı (ÇŞB) yönetti.",
			orgs:    []string{"Çevre ve Şehircilik Bakanlığı"},
			notOrgs: []string{"Şehircilik Bakanlığı"}},
		{name: "a list whose right part is a known body", lang: "tr",
			body:    "Açılışa Katar'ın İstanbul Başkonsolosluğu ve Türk Kızılay gönüllüleri katıldı.",
			orgs:    []string{"Türk Kızılay"},
			notOrgs: []string{"İstanbul Başkonsolosluğu ve Türk Kızılay"}},
		{name: "a stock code in brackets is no acronym of the name's tail", lang: "en",
			body:    "Harbourline Subsea Systems Corp. (NYSE: HSS) won the order.",
			notOrgs: []string{"Systems Corp."}},
		{name: "the issuer keeps the form it signs with; another company its registered form", lang: "en", issuer: "Tidewater Optics",
			body:    "Tidewater Optics Inc. has bought Skerry Sensors Ltd, a lens maker. Tidewater Optics will keep the Skerry Sensors brand.",
			orgs:    []string{"Tidewater Optics", "Skerry Sensors Ltd"},
			notOrgs: []string{"Tidewater Optics Inc.", "Skerry Sensors"}},
		{name: "a known body with every word in another case", lang: "uk",
			body: "Фонд передав генератори для Збройних сил України.",
			orgs: []string{"Збройні сили України"}},
		{name: "a known body with a definite article", lang: "bg",
			body: "Корабът е предаден на Военноморските сили вчера.",
			orgs: []string{"Военноморски сили"}},
		{name: "a known body in the instrumental", lang: "pl",
			body: "Żołnierze współpracują z Państwową Strażą Pożarną.",
			orgs: []string{"Państwowa Straż Pożarna"}},
		{name: "Finnish local units: a genitive and a lower-case noun in a case form", lang: "fi",
			body: "Harjoitukseen osallistuu joukkoja Porin prikaatista ja Lapin rajavartioston partioita. Tutkimuksen teki Arktisen politiikan instituutin (API) ryhmä.",
			orgs: []string{"Porin prikaati", "Lapin rajavartiosto", "Arktisen politiikan instituutti"}},
		{name: "Swedish and Norwegian courts", lang: "sv",
			body: "Målet avgörs i Malmö tingsrätt. Rättegången i Uppsala tingsrätt börjar i maj.",
			orgs: []string{"Uppsala tingsrätt"}},
	}
	for _, c := range cases {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, Issuer: c.issuer, BodyText: c.body}
		got := tg.Tag(d).Organisations
		for _, w := range c.orgs {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q not in %q", c.name, w, got)
			}
		}
		for _, w := range c.notOrgs {
			if slices.Contains(got, w) {
				t.Errorf("%s: %q in %q", c.name, w, got)
			}
		}
	}
}
