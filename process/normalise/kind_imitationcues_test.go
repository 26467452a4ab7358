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
		{"broadband prices and reach, no About", "Acme Fibre cuts prices",
			"Acme Fibre cuts broadband prices\n\nLEEDS, 3 March 2026 – Acme Fibre will sell its new broadband packages from £25 a month, and new customers get 20% off for the first year. The network now reaches 2 million homes in the north of England.\n\nThe routers are distributed by post within a week of an order.\n\nAcme Fibre Ltd", true},
	})
}
