package lang

import "testing"

func TestDetectLanguage(t *testing.T) {
	for want, text := range map[string]string{
		"en": "The ministry said on Tuesday that the new ships will be delivered to the navy by the end of the year.",
		"fr": "Le ministère des Armées a annoncé que les nouveaux navires seront livrés à la Marine nationale avant la fin de l'année.",
		"de": "Das Ministerium teilte mit, dass die neuen Schiffe bis zum Ende des Jahres an die Marine ausgeliefert werden.",
		"es": "El ministerio anunció que los nuevos buques serán entregados a la Armada antes del final del año.",
		"nl": "Het ministerie heeft bekendgemaakt dat de nieuwe schepen voor het einde van het jaar aan de marine worden geleverd.",
		"pl": "Ministerstwo poinformowało, że nowe okręty zostaną przekazane marynarce wojennej do końca roku, jak podano w komunikacie.",
		"fi": "Ministeriö kertoi, että uudet alukset luovutetaan merivoimille vuoden loppuun mennessä, ja se on myös tärkeää.",
		"uk": "Міністерство оборони повідомило, що нові кораблі будуть передані військово-морським силам до кінця року.",
		"ru": "Министерство обороны сообщило, что новые корабли будут переданы военно-морскому флоту до конца этого года.",
		"el": "Το υπουργείο ανακοίνωσε ότι τα νέα πλοία θα παραδοθούν στο ναυτικό μέχρι το τέλος του έτους.",
		"":   "12345 ---",
	} {
		if got := Detect(text); got != want {
			t.Errorf("detectLanguage(%.30q) = %q, want %q", text, got, want)
		}
	}
}
