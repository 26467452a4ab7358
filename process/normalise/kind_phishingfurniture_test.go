package normalise

import "testing"

// Phishing that copies all of a release's furniture, end marker and About
// section included, is still phishing; a release that quotes such mail
// to warn of it, end marker and all, stays a release. Wordings are our
// own.
func TestKindPhishingUnderFullFurniture(t *testing.T) {
	checkKinds(t, []kindCase{
		{"phishing with an end marker", "Storage notice for media partners",
			"NEWS RELEASE\n\nMedia portal storage upgrade\n\nOSLO, 4 March 2026 – Your mailbox quota is exceeded and new embargoed material is being held back. Verify your account to release it: https://media-portal-storage.example/signin\n\nAccounts not verified by Friday will be deactivated.\n\n-ENDS-", false},
		{"phishing with an About section", "Partner bulletin",
			"PRESS RELEASE\n\nNew security measures for accredited press\n\nBRUSSELS, 4 March 2026 – Following unusual login attempts, every accredited journalist must confirm your credentials on https://press-accreditation.example/secure before Monday, or the account will be suspended.\n\nAbout the Press Centre\nThe Press Centre accredits 4,000 journalists a year.", false},
		{"phishing asking for the password, end marker", "Mitteilung der Pressestelle",
			"PRESSEMITTEILUNG\n\nUmstellung des Presseverteilers\n\nWien, 4. März 2026 – Ihr Passwort ist abgelaufen. Bitte senden Sie uns Benutzername und Passwort als Antwort, damit Ihr Postfach nicht gesperrt wird; andernfalls wird Ihr Konto deaktiviert.\n\n– Ende –", false},
		{"phishing in other words: a locked account, a restore link", "Notice to registered media",
			"MEDIA ADVISORY\n\nPortal maintenance\n\nROME, 4 March 2026 – After several failed login attempts your media account was temporarily restricted. Confirm your login at https://media-desk-restore.example/auth to keep receiving advisories.\n\nPress Centre\n\n###", false},
		{"phishing in Polish, three demands and no link", "Komunikat dla mediów",
			"KOMUNIKAT PRASOWY\n\nZmiany w systemie akredytacji\n\nWarszawa, 4 marca 2026 r. – Twoje konto zostało zawieszone. Prosimy potwierdzić swoje dane w odpowiedzi na tę wiadomość, w przeciwnym razie konto zostanie usunięte.\n\n***", false},
		{"phishing that only names a press release in its opening", "Embargoed statement for accredited media",
			"The press release below is restricted to accredited media.\n\nYour media account was temporarily restricted after failed login attempts. Confirm your login at https://media-statements.example/auth to read it; accounts not confirmed today will be deleted.\n\nPress Service", false},
		{"a bank's release on locked accounts after an outage stays a release", "Harbour Bank restores online banking",
			"PRESS RELEASE\n\nHarbour Bank restores online banking after outage\n\nLEEDS, 4 March 2026 – Harbour Bank said on Wednesday that online banking was working again after a six-hour outage. Some customers whose access was locked during the outage should sign in again at https://harbourbank.example/login.\n\nThe bank apologised to customers.\n\n-ENDS-", true},
		{"warning release with an end marker stays a release", "Police warn of fake portal emails",
			"PRESS RELEASE\n\nPolice warn reporters of fake media-portal emails\n\nOSLO, 4 March 2026 – Police warned on Wednesday that scam emails telling journalists to verify your account at a copied sign-in page are circulating; the messages say the account will be deactivated within 48 hours.\n\nNo genuine portal asks for a password by email, police said.\n\n-ENDS-", true},
	})
}
