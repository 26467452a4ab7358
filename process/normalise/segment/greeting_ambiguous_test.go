package segment

import "testing"

// Greeting words that also open headlines greet only as a salutation
// line; the salutations themselves still greet.
func TestGreetingAmbiguousWords(t *testing.T) {
	for _, s := range []string{
		"Beste redactie,\n\nHierbij ons persbericht.", "Beste Jan,", "Bästa kollegor!", "Caro Marco,\nti scrivo", "Cara redazione,",
		"Chère Madame, cher Monsieur,", "Cher collègue,", "Drodzy Państwo,", "Droga Pani Redaktor,", "Estimados señores:",
		"Gentile Dott.ssa Rossi,", "Hyvä vastaanottaja,", "Kedves Kollégák!", "Milá redakce,", "Terve,", "Zdravo!",
		"Moin,", "Servus Franz,", "Hola Lucía,", "Hoi allemaal,", "Hei Matti, tässä tiedote.", "Hello,",
	} {
		if !Greeting.MatchString(s) {
			t.Errorf("Greeting misses %q", s)
		}
	}
	for _, s := range []string{
		"Beste Noten für die Badestellen an der Ostsee", "Caro energia, la Regione stanzia 20 milioni per le famiglie",
		"Droga ekspresowa S7 otwarta na całej długości", "Bästa året någonsin för Norrlandståg", "Hyvä vuosi Kotkan satamalle",
		"Terve koulu -hanke laajenee", "Estimada en 3 millones la pérdida de la cosecha", "Servus TV zeigt die Ski-WM",
		"MOIN Filmförderung fördert zwölf Projekte", "Hoi An welcomes a record number of visitors", "Beste Saison aller Zeiten für den Zoo!",
	} {
		if Greeting.MatchString(s) {
			t.Errorf("Greeting takes the headline %q", s)
		}
	}
}
