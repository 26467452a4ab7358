package segment

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/segment/learn"
)

// A release may close on one sentence that defines its issuer, the About
// paragraph without its heading: "Nordic Watch is a network of research
// institutes …", "L'Osservatorio … è un centro studi fondato nel 2001",
// "… là liên doanh … thành lập năm 1990". A last sentence of the story
// that defines a ship or a thing, or a person, stays body. Wordings are
// our own.
func TestSelfDescription(t *testing.T) {
	check := func(name string, texts []string, want string) {
		t.Helper()
		bs, roles := story(texts)
		for i := range bs {
			if aboutHeading(bs[i]) {
				for j := i; j < len(roles); j++ {
					roles[j] = learn.Boilerplate
				}
				break
			}
		}
		roles = selfDescription(bs, roles)
		s := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
		var got []string
		for _, b := range s.Body {
			got = append(got, b.Text())
		}
		if last := got[len(got)-1]; !strings.HasPrefix(last, want) {
			t.Errorf("%s: body ends %q, want %q", name, last, want)
		}
	}
	check("English network", []string{"Shadow fleet incidents rise by a third",
		"Incidents involving ageing tankers in the North Sea rose by a third, according to the annual report of Nordic Watch.",
		"The report calls for joint inspections of uninsured tankers.",
		"Nordic Watch is a network of research institutes in Norway, Denmark and Sweden."}, "The report calls")
	check("Italian think tank", []string{"Cavi sottomarini, serve un'agenzia unica",
		"L'Osservatorio Tirreno per la Sicurezza ha presentato oggi il suo rapporto annuale sulle infrastrutture sottomarine.",
		"La presentazione si terrà presso la sede dell'Osservatorio.",
		"L'Osservatorio Tirreno per la Sicurezza è un centro studi indipendente fondato nel 2001."}, "La presentazione")
	check("Vietnamese joint venture", []string{"Liên doanh Mekong Gas đạt mốc 10 triệu tấn",
		"Liên doanh Mekong Gas cho biết đã khai thác tấn khí thứ 10 triệu kể từ năm 1995.",
		"Năm 2027 liên doanh sẽ đưa vào khai thác hai giàn mới.",
		"Mekong Gas là liên doanh giữa hai tập đoàn năng lượng, thành lập năm 1990."}, "Năm 2027")
	check("German company", []string{"Nordwerft liefert zweite Fregatte",
		"Die Nordwerft hat am Dienstag die zweite Fregatte an die Marine übergeben.",
		"Die dritte Fregatte folgt im Herbst.",
		"Die Nordwerft ist ein Schiffbauunternehmen mit Sitz in Kiel und beschäftigt 1.200 Mitarbeiter."}, "Die dritte")
	check("ship defined, stays body", []string{"HMS Kestrel returns to Portsmouth",
		"HMS Kestrel returned to Portsmouth on Tuesday after a seven-month deployment to the Gulf.",
		"The crew were met by 600 families on the jetty.",
		"HMS Kestrel is a Type 23 frigate built on the Clyde in 2001."}, "HMS Kestrel is a Type 23")
	check("person defined, stays body", []string{"Nordic Watch names new director",
		"Nordic Watch appointed Anna Berg as its director on Tuesday.",
		"She takes up the post in May.",
		"Anna Berg is a former coastguard officer who led the agency's research unit for ten years."}, "Anna Berg is a former")
	check("English agency with its staff", []string{"Agency awards contract for deployable modules",
		"The Allied Signals Agency (ASA) has awarded a contract for 48 deployable communications modules.",
		"Deliveries begin in 2028.",
		"ASA delivers secure communications to the Alliance. It has around 3,000 staff at sites in 26 nations."}, "Deliveries begin")
	check("German company with its staff", []string{"Nordwerft liefert zweite Fregatte",
		"Die Nordwerft hat am Dienstag die zweite Fregatte an die Marine übergeben.",
		"Die dritte Fregatte folgt im Herbst.",
		"Die Nordwerft baut Marineschiffe in Kiel und Wolgast. Sie beschäftigt rund 1.200 Mitarbeiter."}, "Die dritte")
	check("French group with its staff", []string{"Naval Ouest livre un patrouilleur",
		"Naval Ouest a livré mardi un patrouilleur à la Marine nationale.",
		"Deux autres suivront en 2027.",
		"Naval Ouest conçoit des navires de surface. Le groupe emploie plus de 500 salariés en Bretagne."}, "Deux autres")
	check("Swedish authority", []string{"Verket beställer 30 nya terrängbilar",
		"Göteborg, 3 mars 2026. Materielverket för Kustbevakning (MVK) har tecknat avtal om 30 terrängbilar.",
		"Bilarna levereras under 2027.",
		"MVK är en myndighet under Försvarsdepartementet som köper materiel till Kustbevakningen."}, "Bilarna levereras")
	check("Italian regiment with its seat", []string{"Il genio ripristina il ponte sul Piave",
		"Il Reggimento Genio Guastatori ha completato lunedì il varo di un ponte provvisorio a Ponte di Piave.",
		"Il ponte resterà in opera fino alla primavera.",
		"Il Reggimento Genio Guastatori con sede a Udine interviene dal 1951 nelle emergenze della regione."}, "Il ponte resterà")
	check("Polish company with its seat", []string{"Stocznia przekazuje holownik",
		"Stocznia Bałtyk Remont przekazała w czwartek holownik Marynarce Wojennej.",
		"Kolejny holownik zostanie przekazany w 2027 roku.",
		"Stocznia Bałtyk Remont z siedzibą w Gdyni buduje i remontuje jednostki pomocnicze od 1992 roku."}, "Kolejny holownik")
	check("hiring in the story stays body", []string{"Acme opens plant in Ohio",
		"Acme Robotics opened its new plant in Dayton on Tuesday.",
		"The plant builds drive units for warehouse robots.",
		"Acme Robotics hired 300 workers for the plant this year."}, "Acme Robotics hired")
	check("a jobs story's closing head count stays body", []string{"Harland Shipyard to hire 300 apprentices",
		"Harland Shipyard will take on 300 apprentices at its Belfast yard next year.",
		"The apprentices will train as welders, fitters and electricians.",
		"Harland Shipyard employs 1,400 people in Belfast and will add 300 more jobs by 2027."}, "Harland Shipyard employs")
	check("quote with head count stays body", []string{"Acme opens plant in Ohio",
		"Acme Robotics opened its new plant in Dayton on Tuesday.",
		"The plant builds drive units for warehouse robots.",
		"Acme Robotics chief Jane Roe said: \"We now have 300 staff here.\""}, "Acme Robotics chief")
	check("above an About heading stays body", []string{"Acme opens plant in Ohio",
		"Acme Robotics opened its new plant in Dayton on Tuesday.",
		"Acme Robotics was founded in 2016 and employs 650 people.",
		"About Acme Robotics",
		"Acme Robotics builds drive units for warehouse robots."}, "Acme Robotics was founded")
	check("person's post in an organisation, stays body", []string{"Nordic Watch names new director",
		"Nordic Watch appointed Anna Berg as its director on Tuesday.",
		"She takes up the post in May.",
		"Anna Berg is a former director of the Coastguard Agency in Oslo."}, "Anna Berg is a former director")
	check("thing called a centrepiece, stays body", []string{"Army orders Sky Shield air defence",
		"The army ordered the Sky Shield air defence system on Tuesday.",
		"Deliveries begin in 2028.",
		"Sky Shield is the centrepiece of the army's plan to protect its bases from drones."}, "Sky Shield is the centrepiece")
	check("exercise called networked, stays body", []string{"Baltic Guard exercise begins",
		"The Baltic Guard exercise began on Monday with 4,000 troops.",
		"It runs for two weeks.",
		"Baltic Guard is a networked air defence exercise held every two years."}, "Baltic Guard is a networked")
}
