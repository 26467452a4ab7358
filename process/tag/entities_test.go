package tag

import (
	"slices"
	"testing"

	"newsdesk/draft"
)

// Each case is one release; want lists must all be tagged, not lists
// must not be.
func TestEntitiesAcrossLanguages(t *testing.T) {
	tg := newTagger(t)
	cases := []struct {
		name, lang, place, headline, body string
		people, orgs, places              []string
		notPeople, notOrgs, notPlaces     []string
	}{
		{name: "Polish attribution, inflected country", lang: "pl",
			body:   "„Budujemy okręty w terminie” – powiedział Tomasz Wierzbicki, prezes stoczni. Okręt trafi do służby w Polsce.",
			people: []string{"Tomasz Wierzbicki"}, places: []string{"Poland"}},
		{name: "Romanian role before a comma", lang: "ro",
			body:   "„Este un pas important”, a declarat ministrul apărării naționale, Ionuț Moșteanu.",
			people: []string{"Ionuț Moșteanu"}, notPlaces: []string{"Romania"}},
		{name: "Hungarian name order, role after the name", lang: "hu",
			body:   "A hálózatot felszámolták - mondta Tóth Gábor rendőr dandártábornok.",
			people: []string{"Gábor Tóth"}, notPeople: []string{"Tóth Gábor"}},
		{name: "Japanese role and honorific, country inside a run", lang: "ja",
			body:   "代表取締役社長の山田健一は次のように述べています。研究主幹の中村 彩氏は日本の防衛について語った。",
			people: []string{"山田健一", "中村 彩"}, notPeople: []string{"中村 彩氏"}, places: []string{"Japan"}},
		{name: "Chinese and Korean roles", lang: "zh",
			body:   "公司总经理陈志强表示：“我们准备好了。” 박지훈 대양조선해양 사장은 말했다. 선박을 인도했다.",
			people: []string{"陈志强", "박지훈"}, notPlaces: []string{"India"}},
		{name: "Arabic speaker between verb and comma", lang: "ar",
			body:   "وقال سالم الكعبي، الرئيس التنفيذي للشركة: \"يعكس هذا العقد الثقة\".",
			people: []string{"سالم الكعبي"}},
		{name: "a French dateline town names no country the text does not; acronym with lower-case words", lang: "fr", place: "Toulon",
			body: "La Société nationale de sauvetage en mer (SNSM) a secouru douze marins. La SNSM remercie les bénévoles.",
			orgs: []string{"Société nationale de sauvetage en mer"}, notPlaces: []string{"France", "Toulon"}},
		{name: "English release: no country from the dateline town", lang: "en", place: "Springfield",
			body: "The company delivered the radar.", notPlaces: []string{"United States"}},
		{name: "Swedish national bodies and one-word compounds", lang: "sv",
			body: "Försvarsmakten och Tullverket samarbetar. Det säger kriminalkommissarie Anders Nyberg.",
			orgs: []string{"Försvarsmakten", "Tullverket"}, people: []string{"Anders Nyberg"}, notPlaces: []string{"Sweden"}},
		{name: "NATO with a case ending", lang: "hr",
			body: "Hrvatska je saveznica u NATO-u.", orgs: []string{"NATO"}},
		{name: "German genitive, a one-word town after a preposition only", lang: "de", place: "Kiel",
			body: "Das Jahreslagebild des Zentrums für Cyberlage zeigt mehr Angriffe. Die Lage bleibt ernst. Die Übung fand in Melk statt.",
			orgs: []string{"Zentrum für Cyberlage"}, notOrgs: []string{"Jahreslagebild des Zentrums für Cyberlage"},
			places: []string{"Melk"}, notPlaces: []string{"Lage", "Germany"}},
		{name: "broad regions only when the story is about them", lang: "en",
			body:      "Exports to Asia rose. The company is based in Oslo and sells across Europe; Europe buys most.",
			places:    []string{"Europe"},
			notPlaces: []string{"Asia"}},
		{name: "towns with particles and articles", lang: "pt",
			body:   "O navio foi construído em Viana do Castelo e visitou La Spezia.",
			places: []string{"Viana do Castelo", "La Spezia"}, notPlaces: []string{"Viana", "Castelo"}},
		{name: "towns in other scripts and languages by their English names", lang: "he",
			body: "התרגיל נערך בחיפה ובטבריה.", places: []string{"Haifa", "Tiberias"}},
		{name: "Chinese town inside a run", lang: "zh",
			body: "海巡署在基隆港舉行演習。", places: []string{"Keelung"}},
		{name: "an elided article, a lower-case French body", lang: "fr",
			body: "Quinze États membres de l'Union européenne ont signé. Le ministère des Armées et l'armée de l'Air et de l'Espace y participent.",
			orgs: []string{"European Union", "Ministère des Armées", "Armée de l'Air et de l'Espace"}},
		{name: "case endings on bodies and towns", lang: "fi",
			body: "Harjoituksessa harjoitellaan Naton tulenkäyttöä. Joukot siirtyvät Kajaanissa ja Joensuussa.",
			orgs: []string{"NATO"}, places: []string{"Kajaani", "Joensuu"}},
		{name: "a known body with its first word in another case", lang: "cs",
			body: "Společnost podepsala s Ministerstvem obrany smlouvu.", orgs: []string{"Ministerstvo obrany"}},
		{name: "an abbreviated place that qualifies a noun", lang: "en",
			body: "The U.S. Army awarded a US$ 212 million contract.", notPlaces: []string{"United States"}},
		{name: "a company with and without its form, a person's title ends the organisation", lang: "en",
			body: "Arewa Aerospace Limited won the order. Arewa Aerospace will build it, said National Police Commissioner General Fannie Masemola.",
			orgs: []string{"Arewa Aerospace Limited"}, notOrgs: []string{"Arewa Aerospace"}, people: []string{"Fannie Masemola"}},
		{name: "ships and counts are not organisations", lang: "en",
			body:    "USS Mitscher arrived. Some 1,000 Canadian Armed Forces members and 15 Squadron took part.",
			orgs:    []string{"Canadian Armed Forces"},
			notOrgs: []string{"USS Mitscher", "000 Canadian Armed Forces", "15 Squadron", "Squadron"}},
		{name: "first-level regions from the subdivision table, not compass names", lang: "en",
			body:      "Patrols off Gujarat and Maharashtra found the boat. A plant in Henan province supplies parts. Sales in the North West rose.",
			places:    []string{"Gujarat", "Maharashtra", "Henan"},
			notPlaces: []string{"North West"}},
		{name: "a town with its province as one place; seas in the text's language", lang: "en",
			body:      "The aircraft will be built in Mirabel, Quebec, the company said.",
			places:    []string{"Mirabel, Quebec"},
			notPlaces: []string{"Mirabel", "Quebec"}},
		{name: "Slavic institutions with a lower-case complement, in their case forms", lang: "uk",
			body:    "Агенція оборонних закупівель підписала контракт. Центр планує навчання.",
			orgs:    []string{"Агенція оборонних закупівель"},
			notOrgs: []string{"Центр планує"}},
		{name: "a one-word complement counts when the name is written twice", lang: "cs",
			body:    "Firma podepsala s Ministerstvem obrany smlouvu. Ministerstvo obrany ji zveřejní. Ministerstvo je spokojené.",
			orgs:    []string{"Ministerstvo obrany"},
			notOrgs: []string{"Ministerstvo je", "Ministerstvem obrany"}},
		{name: "an acronym's defining name in a case form", lang: "bg",
			body: "Учението е организирано от Министерството на отбраната (МО). МО съобщи.",
			orgs: []string{"Министерство на отбраната"}, notOrgs: []string{"Министерството на отбраната"}},
		{name: "a compass word and a broad region name a region of its own", lang: "en",
			body:      "Tensions in the Western Pacific grew, while suppliers in Southeast Asia expanded.",
			places:    []string{"Western Pacific", "Southeast Asia"},
			notPlaces: []string{"Pacific", "Asia"}},
		{name: "a dateline town of several words in capitals names no country", lang: "en", place: "NEW DELHI",
			body: "The army completed the exercise.", notPlaces: []string{"India", "New Delhi"}},
		{name: "Hong Kong under its usual name", lang: "en", place: "HONG KONG",
			body: "The shipping line added a route to Hong Kong.", places: []string{"Hong Kong"}, notPlaces: []string{"Hong Kong SAR China"}},
		{name: "a later mention by the generic end of a name is the same body", lang: "en",
			body:    "The Irish Coast Guard rescued 14 people. The Coast Guard thanked the crews.",
			orgs:    []string{"Irish Coast Guard"},
			notOrgs: []string{"Coast Guard"}},
		{name: "a known region that starts a town's name, or a town before its state", lang: "en",
			body:      "The factory in Colorado Springs opened. Repairs are done at the yard in Norfolk, Virginia, the firm said.",
			places:    []string{"Colorado Springs", "Norfolk, Virginia"},
			notPlaces: []string{"Colorado", "Norfolk", "Virginia"}},
		{name: "a sea named in French", lang: "fr",
			body:   "Le chalutier a coulé dans la Manche.",
			places: []string{"English Channel"}},
		{name: "seas opened by a lower-case generic word, and in case forms", lang: "pl",
			body:   "Ćwiczenia odbyły się na morzu Bałtyckim, a okręty wróciły z Morza Północnego. Patrole na Bałtyku trwają.",
			places: []string{"Baltic Sea"}},
		{name: "a lower-case word alone does not open a name", lang: "fr",
			body: "Il a retroussé la manche de sa veste.", notPlaces: []string{"English Channel"}},
		{name: "two seas sharing one generic word", lang: "en",
			body:   "Survey ships mapped cables in the Black and Caspian Seas.",
			places: []string{"Black Sea", "Caspian Sea"}},
		{name: "a sea named in a release in another language is the Sea", lang: "it",
			body:   "Le navi pattugliano il Mediterraneo orientale.",
			places: []string{"Mediterranean Sea"}, notPlaces: []string{"Mediterranean"}},
		{name: "a known body after a nationality is that country's body", lang: "en",
			body:    "The Norwegian Ministry of Defence signed the order. The Ministry of Defence will pay in 2027.",
			orgs:    []string{"Norwegian Ministry of Defence"},
			notOrgs: []string{"Ministry of Defence"}},
		{name: "a sentence opened by 'according to' in Dutch and German", lang: "nl",
			body:    "Volgens Koninklijke Marine is de oefening geslaagd. Laut Bundespolizei blieb es ruhig.",
			orgs:    []string{"Koninklijke Marine", "Bundespolizei"},
			notOrgs: []string{"Volgens Koninklijke Marine", "Laut Bundespolizei"}},
		{name: "an institution noun and one word name a body; a qualifier and one word do not", lang: "es",
			body:    "La Agencia Tributaria colaboró en la investigación. Durante el National Day hubo desfiles.",
			orgs:    []string{"Agencia Tributaria"},
			notOrgs: []string{"National Day"}},
		{name: "a local body named by the town it serves", lang: "de",
			body: "Die Berufsfeuerwehr Rostock und die Staatsanwaltschaft Cottbus ermitteln.",
			orgs: []string{"Berufsfeuerwehr Rostock", "Staatsanwaltschaft Cottbus"}},
		{name: "a speaker after the verb and a capitalised title, a surname like an institution word", lang: "en",
			body:   "\"We are ready,\" said Minister of Defence Maren Lindqvist. \"It works,\" said chief executive Paolo Marini.",
			people: []string{"Maren Lindqvist", "Paolo Marini"}},
		{name: "a speaker followed by the body they speak for", lang: "nl",
			body:      "\"Het werkt,\" zei directeur Joris Bakker van Noordhaven Shipping.",
			people:    []string{"Joris Bakker"},
			notPeople: []string{"Joris Bakker van Noordhaven Shipping"}},
		{name: "Turkish and Greek bodies by their generic last word, without an opening article", lang: "el",
			body:    "Η Πολεμική Αεροπορία συνεργάστηκε με το Πολεμικό Ναυτικό. Jandarma Genel Komutanlığı ve Hava Kuvvetleri katıldı.",
			orgs:    []string{"Πολεμική Αεροπορία", "Πολεμικό Ναυτικό", "Jandarma Genel Komutanlığı", "Hava Kuvvetleri"},
			notOrgs: []string{"Η Πολεμική Αεροπορία"}},
		{name: "a country's national body in Japanese and Korean", lang: "ja",
			body: "同社はカナダ海軍と契約した。 노르웨이 정부와 협력한다.",
			orgs: []string{"カナダ海軍", "노르웨이 정부"}},
		{name: "a plural possessive inside a name", lang: "en",
			body:    "He appeared at Leeds Magistrates’ Court on Monday and thanked the Royal Engineers' Association.",
			orgs:    []string{"Leeds Magistrates' Court", "Royal Engineers' Association"},
			notOrgs: []string{"Court", "Association"}},
		{name: "a list inside one name after 'for'", lang: "en",
			body:    "The Department for Environment, Food and Rural Affairs funded it. Sweden, Finland and Norway also paid.",
			orgs:    []string{"Department for Environment, Food and Rural Affairs"},
			notOrgs: []string{"Department for Environment", "Food and Rural Affairs"}},
		{name: "Ukrainian oblasts as adjectives in a list, and as a regional noun", lang: "uk",
			body:   "Волонтери працюють у Сумській та Полтавській областях. Сапери повернулися з Одещини.",
			places: []string{"Sumy Oblast", "Poltava Oblast", "Odesa Oblast"}},
		{name: "an oblast adjective without the word for region is an adjective", lang: "uk",
			body: "Полтавська компанія виготовляє дрони.", notPlaces: []string{"Poltava Oblast"}},
		{name: "an oblast in English and in Russian", lang: "en",
			body:   "Shelling hit the Sumy region and villages in Chernihiv oblast.",
			places: []string{"Sumy Oblast", "Chernihiv Oblast"}},
		{name: "Ukrainian towns in case forms, romanised", lang: "uk",
			body:   "Завод у Харкові відновив роботу, а склад поблизу Києва розширили.",
			places: []string{"Kharkiv", "Kyiv"}},
		{name: "Russian and Bulgarian towns, one of two words", lang: "bg",
			body:   "Учението се проведе край Ямбол и на полигона Ново село.",
			places: []string{"Yambol", "Novo Selo"}},
	}
	for _, c := range cases {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, Headline: c.headline, BodyText: c.body}
		if c.place != "" {
			d.Dateline = &draft.Dateline{Place: c.place}
		}
		got := tg.Tag(d)
		check := func(what string, list, want []string, present bool) {
			t.Helper()
			for _, w := range want {
				if slices.Contains(list, w) != present {
					t.Errorf("%s: %s %q: %q present=%v, want %v", c.name, what, list, w, !present, present)
				}
			}
		}
		check("people", got.People, c.people, true)
		check("people", got.People, c.notPeople, false)
		check("organisations", got.Organisations, c.orgs, true)
		check("organisations", got.Organisations, c.notOrgs, false)
		check("places", got.Places, c.places, true)
		check("places", got.Places, c.notPlaces, false)
	}
}

// A signature cut to its generic word names no issuer; a real one-word
// issuer still does.
func TestGenericIssuer(t *testing.T) {
	tg := newTagger(t)
	for issuer, want := range map[string]bool{"Department": false, "Office": false, "Tullverket": true} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: "en", Issuer: issuer, BodyText: "The exercise ended on Friday."}
		if got := slices.Contains(tg.Tag(d).Organisations, issuer); got != want {
			t.Errorf("issuer %q tagged = %v, want %v", issuer, got, want)
		}
	}
}
