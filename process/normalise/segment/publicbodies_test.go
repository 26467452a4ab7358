package segment

import "testing"

// TestPublicBodiesAreNoPeople: the capitalised names of public bodies,
// forces, services and firms in the desk's languages are no person's;
// people whose names share a word with them stay people (our own
// names).
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
	orgs = append(orgs, "Nordwerft AG", "Sample Oy", "Fjordvik ASA", "Bolaget AB", "Mostotech Sp. z o.o.", "Empresa S.A.", "Société SAS", "Adriagas S.p.A.", "Firma s.r.o.", "Cég Kft.", "Anadolu Savunma A.Ş.",
		"Compania SRL", "Bedrijf B.V.", "Firma N.V.", "Selskab A/S", "Pohjola Defence Oyj", "Tasman Pty Ltd", "Acme Corp.", "Acme Inc.", "Acme LLC", "Carrow Foods plc", "Meyer KG", "Förderverein e.V.",
		"Bosch Stiftung", "Gates Foundation", "Max Planck Institut", "Universität Wien", "Université Laval", "Universidad de Chile", "Hochschule Bremen", "Klinikum Nord", "General Hospital",
		"Harbour Robotics", "Nordic Shipping", "Blue Wave Energy", "Kongsberg Maritime", "Saab Dynamics", "Halden Square Communications", "Brightline Logistics", "Aurora Aviation", "Atlas Engineering",
		"Northwind Airlines", "Helix Pharma", "Summit Bank", "Orion Insurance", "Granite Capital", "Vector Holdings", "Redwood Ventures", "Pulse Telecom", "Apex Networks", "Nimbus Software",
		"Quantum Electronics", "Baltic Shipyard", "Copperhill Mining", "Meridian Resources", "Tideway Water", "Jadranka hoteli d.d.", "Lindqvist Werke GmbH", "Nordhavs Sjöfart AB")
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
