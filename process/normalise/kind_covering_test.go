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

// A personal letter signed under the "--" signature delimiter is still a
// letter: the delimiter is no release furniture. Wording is our own.
func TestKindSignatureDelimiterIsNoBoilerplate(t *testing.T) {
	checkKinds(t, []kindCase{
		{"note, French, signed under --", "Re: article sur les ports",
			"Bonjour Paul,\n\nmerci pour la commande. Je peux livrer 5 000 signes sur les ports militaires pour vendredi. J'ai lu le communiqué du ministère, mais il ne dit rien du calendrier.\n\nMême tarif que la dernière fois ?\n\nBonne soirée,\nLéa\n\n--\n\nLéa Martin\n\nJournaliste indépendante\n\n06 12 34 56 78", false},
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

// A short release written as a letter to the newsroom ("Sehr geehrte
// Damen und Herren", "Madame, Monsieur", "Dear editors") is addressed to
// no one person: the short-letter rule is for notes to a colleague.
// Wordings are our own.
func TestKindShortLetterToTheNewsroom(t *testing.T) {
	checkKinds(t, []kindCase{
		{"German, to the newsroom", "Stadtwerke senken Strompreise",
			"Sehr geehrte Damen und Herren,\n\nmit dieser Pressemitteilung informieren wir Sie, dass die Stadtwerke Kiel zum 1. April die Strompreise für Haushalte um fünf Prozent senken. Die Kunden werden bis Ende März schriftlich informiert.\n\nMit freundlichen Grüßen\nPressestelle der Stadtwerke Kiel", true},
		{"French, to the newsroom", "La Ville ouvre une nouvelle médiathèque",
			"Madame, Monsieur,\n\npar ce communiqué de presse, la Ville de Nantes annonce l'ouverture de la médiathèque de l'île de Nantes le 3 mars. Elle proposera 40 000 documents et restera ouverte le dimanche.\n\nService presse de la Ville de Nantes", true},
		{"English, to the editors, no release word", "Harbour ferry enters service",
			"Dear editors,\n\nOrkney Islands Council today put its new inter-island ferry into service on the Kirkwall to Westray route. The vessel carries 300 passengers and 40 cars, replaces a ship built in 1989 and cuts the crossing by twenty minutes.\n\nThe council paid 38 million pounds for the ship, of which the Scottish Government met two thirds. A second ferry of the same class is due in the autumn.\n\nOrkney Islands Council communications team", true},
		{"English, to the editors", "Library opens in Leeds",
			"Dear editors,\n\nwith this press release Leeds City Council announces that the new central library opens on 3 March. It holds 200,000 books and will be open seven days a week.\n\nLeeds City Council press office", true},
	})
}

// A note whose greeting names one person and whose first line goes on
// ("Hi Ben, all set for …"), or that names a person after a newsroom
// word ("Monsieur Dupont", "Press Officer Anna"), is still a note to that
// person.
func TestKindShortLetterToAPerson(t *testing.T) {
	checkKinds(t, []kindCase{
		{"English, one person", "Ministry release this afternoon",
			"Hi Ben, all set for tomorrow? The ministry will put out a press release on the new frigates this afternoon. Can you take it when it lands?\n\nThanks,\nAmy", false},
		// A newsroom word that goes on with a name greets that person.
		{"French, Monsieur and a name", "Entretien",
			"Bonjour Monsieur Dupont,\n\nJe reviens vers vous au sujet de notre échange de la semaine dernière. Notre directrice sera à Lyon jeudi et pourrait vous rencontrer pour parler du nouveau site.\n\nBien cordialement,\nMarie Martin", false},
		{"English, a press officer by name", "Figures",
			"Dear Press Officer Anna,\n\nThanks for the call yesterday. I will send the figures we discussed on Friday, once the board has signed them off.\n\nBest,\nJan", false},
	})
}
