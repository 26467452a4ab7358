package normalise

import "testing"

// Releases under a dateline, without an About section, that share the
// cues of the imitations: a police warning quoting a phishing mail, a
// retailer's prices and distribution. Wordings are our own.
func TestKindImitationCuesInReleases(t *testing.T) {
	checkKinds(t, []kindCase{
		{"police warning quoting phishing, no About", "Police warn of 'verify your account' emails",
			"Police warn of fake bank emails\n\nMANCHESTER, 3 March 2026 – Greater Manchester Police warned on Tuesday that emails telling customers to verify your account within 24 hours are a scam. The messages claim the account will be suspended and link to a copied login page.\n\nOfficers said banks never ask for passwords by email. Anyone who has entered details should call their bank.\n\nGreater Manchester Police", true},
		{"German police warning quoting phishing, no About", "Polizei warnt: „Ihr Passwort läuft ab“",
			"Polizei warnt vor gefälschten Mails\n\nKIEL, 3. März 2026 – Die Polizei warnt vor Betrugsmails, in denen es heißt, das Passwort läuft ab und man müsse sein Konto innerhalb von 24 Stunden bestätigen. Die Mails führen auf eine nachgemachte Anmeldeseite.\n\nWer Daten eingegeben hat, sollte sofort das Passwort ändern.\n\nPressestelle", true},
		{"German beach and promenade closed, no About", "Zugang zum Strand gesperrt",
			"Zugang zum Strand gesperrt\n\nWARNEMÜNDE, 3. März 2026 – Wegen der Sturmschäden ist der Zugang zum Strand ab sofort gesperrt. Bis auf Weiteres bleibt auch der Zugang zur Promenade gesperrt.\n\nDie Aufräumarbeiten beginnen am Mittwoch. Der Bauhof prüft die Schäden an der Seebrücke.\n\nHansestadt Rostock", true},
		{"broadband prices and reach, no About", "Acme Fibre cuts prices",
			"Acme Fibre cuts broadband prices\n\nLEEDS, 3 March 2026 – Acme Fibre will sell its new broadband packages from £25 a month, and new customers get 20% off for the first year. The network now reaches 2 million homes in the north of England.\n\nThe routers are distributed by post within a week of an order.\n\nAcme Fibre Ltd", true},
	})
}

// The phishing pattern's time limits ("within 24 hours", "в течение 24
// часов", "en las próximas 24 horas") are ordinary words of emergency and
// service releases, and a headline repeats its subject: a phrase of the
// subject echoed by the headline is no second demand. Wordings are our
// own.
func TestKindTimeLimitsInReleases(t *testing.T) {
	checkKinds(t, []kindCase{
		{"storm debris within 24 hours, dateline", "Council to clear storm debris within 24 hours",
			"Council to clear storm debris within 24 hours\n\nPLYMOUTH, 3 March 2026 – Crews will clear fallen trees and debris from all main roads within 24 hours, the council said on Tuesday. Side streets will follow by the weekend.\n\nResidents can report blocked roads on the council website.\n\nPlymouth City Council", true},
		{"Russian storm warning, dateline", "Сильный ветер ожидается в течение 24 часов",
			"Сильный ветер ожидается в течение 24 часов\n\nМОСКВА, 3 марта 2026 г. – Синоптики предупреждают, что в течение 24 часов в регионе ожидается ветер до 25 метров в секунду. Жителей просят не оставлять машины под деревьями.\n\nГлавное управление МЧС", true},
		{"Spanish rain alert, dateline", "Alerta naranja por lluvias en las próximas 24 horas",
			"Alerta naranja por lluvias en las próximas 24 horas\n\nVALENCIA, 3 de marzo de 2026 – La agencia de emergencias ha activado la alerta naranja por lluvias intensas en las próximas 24 horas en el litoral. Se recomienda evitar los desplazamientos.\n\nGeneralitat Valenciana", true},
		{"Russian storm warning, no dateline", "Сильный ветер ожидается в течение 24 часов",
			"Сильный ветер ожидается в течение 24 часов\n\nСиноптики предупреждают, что в течение 24 часов в регионе ожидается ветер до 25 метров в секунду. Жителей просят не оставлять машины под деревьями.\n\nГлавное управление МЧС", true},
	})
}

// TestGermanAccountClosure: the account a German phishing mail threatens
// is the reader's; a release closes roads and beaches.
func TestGermanAccountClosure(t *testing.T) {
	for s, want := range map[string]bool{
		"Ihr Zugang zum Pressemitteilungs-Verteiler wird gesperrt": true,
		"Der Zugang zu Ihrem Postfach wird morgen gesperrt":        true,
		"Andernfalls wird Ihr Konto endgültig gelöscht":            true,
		"Das Konto wird gesperrt":                                  true,
		"der Zugang zum Strand ist gesperrt":                       false,
		"Der Zugang zur Brücke bleibt gesperrt":                    false,
	} {
		if got := phishing.MatchString(s); got != want {
			t.Errorf("phishing.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}
