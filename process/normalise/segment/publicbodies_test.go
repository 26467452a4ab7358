package segment

import "testing"

// TestPublicBodiesAreNoPeople: the capitalised names of public bodies,
// forces and services in the desk's languages are no person's; people
// whose names share a word with them stay people (our own names).
func TestPublicBodiesAreNoPeople(t *testing.T) {
	orgs := []string{"Pressestelle Polizei Hamburg", "Stadt Graz", "Servicio de Prensa", "Ufficio Stampa Regione Lazio", "Biuro Prasowe MON", "Tiskové Oddělení", "Sajtóiroda", "Kommunikationsavdelningen",
		"Direction de la Communication", "Gabinete de Imprensa", "Persvoorlichting Gemeente Utrecht", "Kancelaria Prezydenta", "Ministerstvo Obrany", "Ministère des Armées", "Bundesministerium der Verteidigung",
		"Hellenic Coast Guard", "Guardia Civil", "Policía Nacional", "Carabinieri Comando Provinciale", "Armée de Terre", "Marinha do Brasil", "Kustbevakningen", "Politiet Oslo", "Puolustusvoimat",
		"Forsvarets Mediesenter", "Straż Graniczna", "Hasičský Záchranný Sbor", "Protezione Civile", "Croix-Rouge Française", "Red Cross Ireland", "Coast Guard Station", "Royal Navy",
		"Fire Brigade Headquarters", "Port Authority", "Harbour Master", "City Hall", "Town Council", "Emniyet Genel Müdürlüğü", "Milli Savunma Bakanlığı", "Министерство Обороны",
		"Управление Делами", "Γενικό Επιτελείο Στρατού", "Ministerul Apărării Naționale", "Inspectoratul General", "Министерство на Отбраната", "Policijska Uprava Zagrebačka", "Ministarstvo Obrane",
		"Krajské Ředitelství Policie", "Komenda Główna Policji", "Rendőrségi Főkapitányság", "Valsts Policija", "Policijos Departamentas", "Politsei- ja Piirivalveamet", "Garda Press Office",
		"Air Corps", "Naval Service", "Defence Forces", "Civil Protection", "Rijkswaterstaat", "Gemeente Rotterdam", "Provincie Noord-Holland", "Landratsamt Traunstein", "Kreisverwaltung Mayen",
		"Regierungspräsidium Stuttgart", "Feuerwehr München", "Bundespolizei", "Capitania do Porto", "Câmara Municipal de Lisboa", "Ayuntamiento de Madrid", "Comune di Milano", "Mairie de Paris",
		"Préfecture Maritime", "Gendarmerie Nationale", "Sapeurs-Pompiers", "Sécurité Civile", "Vigili del Fuoco", "Guardia Costiera", "Bomberos Voluntarios", "Salvamento Marítimo"}
	for _, o := range orgs {
		if got := personIn(o); got != "" {
			t.Errorf("personIn(%q) = %q, want no one", o, got)
		}
	}
	for _, p := range []string{"Marina Rossi", "Amanda Cross", "Jared Polis", "Marine Dupont", "Civilla Morgan"} {
		if got := personIn(p); got != p {
			t.Errorf("personIn(%q) = %q, want the person", p, got)
		}
	}
}
