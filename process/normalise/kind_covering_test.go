package normalise

import "testing"

// Short releases under a covering line and a greeting, with no title of
// their own: the covering line points to the release in the wordings
// (and inflections) writers use, so they stay releases. Wordings are our
// own.
func TestKindCoveringWordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"please find, English", "Press release: new ferry for Orkney",
			"Dear editors,\n\nplease find our press release on the new ferry.\n\nThe council took delivery of the new Orkney ferry on Monday. The vessel carries 300 passengers and 40 cars and will enter service on the Kirkwall route in April, replacing a ship built in 1989.\n\nOrkney Islands Council", true},
		{"hierbij, Dutch", "Persbericht: nieuw zwembad",
			"Beste redactie,\n\nhierbij ons persbericht over het nieuwe zwembad.\n\nDe gemeente Zwolle opent op zaterdag het nieuwe zwembad aan de Koggelaan. Het bad heeft een wedstrijdbassin van 50 meter en kostte 24 miljoen euro.\n\nGemeente Zwolle", true},
		{"ci-jointe, French", "Communiqué de presse : nouveau tramway",
			"Madame, Monsieur,\n\nveuillez trouver la note ci-jointe, notre communiqué de presse sur le tramway.\n\nLa métropole a lancé lundi les travaux de la ligne T4, qui reliera la gare au campus en 2028. Le chantier coûtera 180 millions d'euros.\n\nMétropole de Lille", true},
		{"ohessa, Finnish", "Tiedote: uusi silta",
			"Hei,\n\nohessa lehdistötiedote uudesta sillasta.\n\nKaupunki avasi maanantaina uuden kevyen liikenteen sillan Aurajoen yli. Silta maksoi 12 miljoonaa euroa ja sen rakentaminen kesti kaksi vuotta.\n\nTurun kaupunki", true},
	})
}

// Italian "alla" (to the) and Swedish "alla" (all) point to nothing: a
// short note in them is still a note.
func TestKindCoveringNotAlla(t *testing.T) {
	checkKinds(t, []kindCase{
		{"note, Italian", "Conferenza stampa domani",
			"Ciao Marco,\n\ndomani non riesco ad andare alla conferenza stampa del ministero. Ci vai tu? Il comunicato stampa arriva in mattinata.\n\nGrazie,\nGiulia", false},
		{"note, Swedish", "Pressmeddelande i morgon",
			"Hej Anna,\n\nalla på redaktionen väntar på kommunens pressmeddelande om skolan. Kan du ringa presschefen i morgon?\n\nTack,\nErik", false},
	})
}
