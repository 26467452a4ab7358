package normalise

import "testing"

// Releases whose headline opens with a word that is also a greeting in
// another sense ("Beste" best, "Caro" the high cost of, "Droga" road,
// "Bästa" best, "Hyvä" good, "Terve" healthy): they stay releases, and
// their headline stays the headline. Wordings are our own.
func TestKindGreetingWordsInHeadlines(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Polish road headline", "Droga ekspresowa S7 otwarta",
			"Droga ekspresowa S7 otwarta na całej długości\n\nKierowcy mogą od poniedziałku przejechać drogą ekspresową S7 z Gdańska do Warszawy bez utrudnień. Ostatni odcinek o długości 12 kilometrów oddano do ruchu w piątek po południu.\n\nGeneralna Dyrekcja Dróg Krajowych i Autostrad", true},
		{"German best headline", "Beste Noten für die Ostsee",
			"Beste Noten für die Badestellen an der Ostsee\n\nAlle 120 Badestellen an der Küste haben in diesem Sommer die höchste Wasserqualität erreicht. Das Landesamt hat die Proben von Mai bis September ausgewertet.\n\nLandesamt für Umwelt", true},
		{"Italian cost-of headline", "Caro energia, 20 milioni per le famiglie",
			"Caro energia, la Regione stanzia 20 milioni per le famiglie\n\nLa giunta regionale ha approvato oggi un fondo di 20 milioni di euro per aiutare le famiglie a pagare le bollette del gas e della luce nei mesi invernali.\n\nUfficio stampa della Regione", true},
		{"Swedish best headline", "Bästa året för Norrlandståg",
			"Bästa året någonsin för Norrlandståg\n\nNorrlandståg reste med fler passagerare än någonsin under 2025. Antalet resenärer ökade med tolv procent jämfört med året innan, visar bolagets siffror.\n\nNorrlandståg AB", true},
		{"Finnish good headline", "Hyvä vuosi satamalle",
			"Hyvä vuosi Kotkan satamalle\n\nKotkan sataman rahtimäärät kasvoivat viime vuonna kahdeksan prosenttia. Kasvu tuli ennen kaikkea konttiliikenteestä, kertoo satamayhtiö.\n\nKotkan Satama Oy", true},
		{"Norwegian best headline", "Beste resultat for Hurtigruten",
			"Beste resultat noensinne for kystruten\n\nKystruten fikk i tredje kvartal det beste driftsresultatet i selskapets historie. Inntektene økte med 14 prosent fra samme periode i fjor.\n\nKystruten AS", true},
	})
}

// Names that are greetings too: a broadcaster, a film fund, a city.
func TestKindGreetingNamesInHeadlines(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Servus TV", "Servus TV zeigt die Ski-WM",
			"Servus TV zeigt die Ski-WM live und in voller Länge\n\nDer Sender überträgt alle Rennen der Weltmeisterschaft in Saalbach live. Dazu kommen tägliche Magazine mit Interviews und Analysen der Experten.\n\nServus TV Kommunikation", true},
		{"MOIN Filmförderung", "MOIN Filmförderung fördert zwölf Projekte",
			"MOIN Filmförderung fördert zwölf neue Projekte\n\nDie Förderanstalt hat in ihrer Sitzung zwölf Filme und Serien mit insgesamt 3,4 Millionen Euro unterstützt. Drei der Projekte werden in Kiel gedreht.\n\nMOIN Filmförderung Hamburg Schleswig-Holstein", true},
		{"Hoi An", "Hoi An welcomes record visitors",
			"Hoi An welcomes a record number of visitors\n\nThe old town counted more than four million visitors last year, a third more than the year before. The city will cap the number of boats on the river at night.\n\nHoi An People's Committee", true},
	})
}
