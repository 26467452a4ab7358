package segment

import "testing"

// A listed company's release closes on the notice that it discloses what
// market law obliges it to; the notice is no sentence of the story, in
// any of the desk's languages. Wordings are our own.
func TestDisclosureNotice(t *testing.T) {
	for _, s := range []string{
		"Denne informasjonen er informasjonspliktig etter verdipapirhandelloven § 5-12.",
		"Denne information er offentliggjort i henhold til artikel 17 i markedsmisbrugsforordningen.",
		"Denne meddelelse indeholder intern viden.",
		"Diese Mitteilung enthält Insiderinformationen gemäß Artikel 17 MAR.",
		"Dit persbericht bevat informatie die kwalificeert als voorwetenschap.",
		"Il presente comunicato contiene informazioni privilegiate ai sensi dell'art. 17 MAR.",
		"Cette information constitue une information privilégiée au sens de l'article 17 du règlement MAR.",
		"This announcement contains inside information.",
	} {
		if !trailerSentence.MatchString(s) {
			t.Errorf("%q: not read as a disclosure notice", s)
		}
	}
	for _, s := range []string{
		"Denne informasjonen ble gitt til departementet i mars.",
		"The ministry said the information was shared with the allies.",
	} {
		if trailerSentence.MatchString(s) {
			t.Errorf("%q: read as a disclosure notice", s)
		}
	}
}
