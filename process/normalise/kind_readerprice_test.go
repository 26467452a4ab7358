package normalise

import "testing"

// Releases that price their goods near a German sentence-initial "Sie"
// (she, it, they) or speak to their public with "you", and ask for no
// code, saving or order, are no sales offers. Wordings are our own.
func TestKindReaderPriceReleases(t *testing.T) {
	checkKinds(t, []kindCase{
		{"German product release, sentence-initial Sie", "Neue Aufklärungsdrohne",
			"PRESSEMITTEILUNG\n\nNeue Aufklärungsdrohne kommt im Mai\n\nKIEL, 4. März 2026 – Die Werft stellt eine neue Aufklärungsdrohne vor. Sie kostet 12.500 € pro Stück. Frühbucher erhalten bis April einen Nachlass.\n\nDie Drohne fliegt vier Stunden.", true},
		{"English consumer release speaking to its public", "SafeRoute app launches",
			"PRESS RELEASE\n\nSafeRoute app launches in the UK\n\nLONDON, 4 March 2026 – SafeRoute launched its navigation app for veterans today. You can download the basic version for free, and the premium version costs £4.99 a month.\n\nEarly-bird subscribers get three months free.", true},
	})
}
