package tag

import (
	"slices"
	"testing"

	"newsdesk/draft"
)

// TestPlaceClasses holds the classes of places an editor tags, or leaves
// out, in releases written for the test: want must all be tagged, not
// must not be.
func TestPlaceClasses(t *testing.T) {
	tg := newTagger(t)
	cases := []struct {
		name, lang, issuer, dateline, headline, body string
		want, not                                    []string
	}{
		{name: "a dateline town written natively gives the home country", lang: "de", dateline: "Wien",
			body: "Die Pioniere errichteten zwei Brücken über den Fluss.", want: []string{"Austria"}},
		{name: "a capital settles a town several countries of the language have", lang: "es", dateline: "Madrid",
			body: "La empresa entregará los radares antes de diciembre.", want: []string{"Spain"}, not: []string{"Mexico", "Colombia"}},
		{name: "a capital written natively, French", lang: "fr", dateline: "Bruxelles",
			body: "Le ministère a signé le contrat ce matin.", want: []string{"Belgium"}, not: []string{"Canada", "France"}},
		{name: "a town of several countries that is no capital gives none", lang: "es", dateline: "Santa Cruz",
			body: "La brigada terminó el ejercicio.", not: []string{"Spain", "Bolivia", "Argentina"}},
		{name: "towns by their English names, written natively or in a third language", lang: "it",
			body: "Le navi hanno lasciato il porto di Genova per Napoli, dopo una sosta a Roma.",
			want: []string{"Genoa", "Naples", "Rome"}, not: []string{"Genova", "Napoli", "Roma"}},
		{name: "a town another language names", lang: "de",
			body: "Der Zug fuhr von Mailand nach Genf, die Fähre fuhr nach Sevilla.",
			want: []string{"Milan", "Geneva", "Seville"}},
		{name: "a dateline town written natively whose English name is another", lang: "sv", dateline: "Göteborg",
			body: "Varvet levererade fartyget i tid.", want: []string{"Sweden"}},
		{name: "a preposition that took the town's article", lang: "fr",
			body: "Le canot de la station du Havre a rejoint le port au Mans.", want: []string{"Le Havre", "Le Mans"}, not: []string{"Havre", "Mans"}},
		{name: "an Italian preposition that took the article", lang: "it",
			body: "La fregata è rientrata nel porto della Spezia.", want: []string{"La Spezia"}, not: []string{"Spezia"}},
		{name: "German months and nouns are no towns", lang: "de",
			body: "Die Übung beginnt im Juli und endet im Mai. Die Fahrzeuge rollen auf Schiene, Straße und See.",
			not:  []string{"Juli", "Mai", "See"}},
		{name: "an acronym a body defines is no town", lang: "en",
			body: "The Northern Operations Agency (Noa) led the raid. Noa said more arrests may follow.", not: []string{"Noa"}},
		{name: "a particle after a town that joins a day or another town", lang: "en",
			body: "The patrol boat docked in Kochi on Friday. Searches in Zaandam en Purmerend followed.",
			want: []string{"Kochi", "Zaandam", "Purmerend"}},
		{name: "a particle inside a name the table lacks does not cut it", lang: "pt",
			body: "As peças são fabricadas em Ponte de Sor, no Alentejo.", not: []string{"Ponte"}},
		{name: "a town the city table names otherwise is a town by its own name", lang: "en",
			body: "The climbers were taken to Sion by helicopter; the navy sent supplies to Acapulco.",
			want: []string{"Sion", "Acapulco"}},
		{name: "both parts of a hyphenated town inflected", lang: "pl",
			body: "Nowa linia montażowa powstanie w Kędzierzynie-Koźlu do końca roku.", want: []string{"Kędzierzyn-Koźle"}},
		{name: "a Czech town before its river, the town inflected", lang: "cs",
			body: "Vojáci se vrátili do kasáren ve Dvoře Králové nad Labem. Cvičení skončilo v Bystřici nad Pernštejnem.",
			want: []string{"Bystřice nad Pernštejnem"}},
		{name: "Lithuanian case endings of towns", lang: "lt",
			body: "Kariai treniravosi Šiauliuose, o technika grįžo į Kauną.", want: []string{"Šiauliai", "Kaunas"}},
		{name: "Romanian counties before their names, in a list", lang: "ro",
			body: "Echipajele acționează în județele Iași și Neamț, iar în județul Bacău apele scad.",
			want: []string{"Iași County", "Neamț County", "Bacău County"}, not: []string{"Iași", "Bacău"}},
		{name: "Estonian counties in their cases", lang: "et",
			body: "Uus ladu ehitatakse Harjumaale ja õppus toimub Tartu maakonnas.",
			want: []string{"Harju County", "Tartu County"}, not: []string{"Harjumaa", "Tartu"}},
		{name: "counties in English and Ireland's Co.", lang: "en",
			body: "Rain flooded roads in Garissa County. Officers in Tralee, Co. Kerry, closed a bridge.",
			want: []string{"Garissa County", "Kerry"}},
		{name: "a place only inside a company's name, with or without its form", lang: "en", headline: "Pacific Rotors wins helicopter deal",
			body: "Pacific Rotors Ltd will deliver six helicopters, the chief executive of Pacific Rotors said.", not: []string{"Pacific"}},
		{name: "a country inside its national body's name stays", lang: "en",
			body: "The Royal Netherlands Navy will test the drones.", want: []string{"Netherlands"}},
		{name: "Greek regions in their cases", lang: "el",
			body: "Έντονες βροχοπτώσεις αναμένονται στη Θεσσαλία και στην Ήπειρο, καθώς και σε περιοχές της Κρήτης.",
			want: []string{"Thessaly", "Epirus", "Crete"}},
		{name: "a NATO body has no home country in its host's town", lang: "en", issuer: "NATO Airborne Early Warning Force", dateline: "GEILENKIRCHEN",
			body: "The command finished the exercise.", not: []string{"Germany"}},
		{name: "an EU agency writing in French has none either", lang: "fr", issuer: "Agence européenne pour la cybersécurité", dateline: "Bruxelles",
			body: "L'agence a publié son rapport annuel.", not: []string{"Belgium"}},
		{name: "a continent's adjective in the headline, not a body's name", lang: "en", headline: "European navies order more mine hunters",
			body: "The European Commission will co-fund the programme.", want: []string{"Europe"}},
		{name: "the adjective only in a body's name is no region", lang: "en", headline: "European Commission funds mine hunters",
			body: "The programme starts in May.", not: []string{"Europe"}},
		{name: "the United States by the short and case forms other languages write", lang: "ro",
			body: "Acordul cu Guvernul Statelor Unite a fost semnat, iar armata SUA va trimite instructori.", want: []string{"United States"}},
		{name: "an abbreviation after the noun it belongs to, in Bulgarian", lang: "bg",
			body: "В учението участват военни от Гърция, САЩ и Италия.", want: []string{"United States"}},
		{name: "a currency sign after the abbreviation still names no place", lang: "pt",
			body: "O contrato vale US$ 2 bilhões.", not: []string{"United States"}},
		{name: "a part of Europe named in Spanish and German", lang: "es", headline: "El gasto militar del norte de Europa se dispara",
			body: "Los países de Nordeuropa compran más radares.", want: []string{"Northern Europe"}, not: []string{"Europe"}},
		{name: "Finland's regions by compass word, in case forms", lang: "fi",
			body: "Harjoitus järjestetään Länsi-Suomessa, ja joukot palaavat Pohjois-Suomeen.", want: []string{"Western Finland"}},
		{name: "an English release from an English-speaking country does not name it", lang: "en", dateline: "TACOMA",
			body: "The shipyard laid the keel of the tug.", not: []string{"United States"}},
		{name: "an English release from abroad names its country", lang: "en", dateline: "PUNE",
			body: "The factory delivered the first gun barrels.", want: []string{"India"}},
		{name: "a Japanese company's head office is an address", lang: "ja",
			body: "青葉精機株式会社（本社：東京都千代田区、代表取締役社長：佐藤 一郎）は、新型の監視カメラを舞鶴市の基地に納入しました。",
			want: []string{"Maizuru"}, not: []string{"Tokyo"}},
		{name: "a Japanese city by its English name, without the word for city", lang: "ja",
			body: "護衛艦は那覇市の港に入港しました。", want: []string{"Naha"}, not: []string{"Naha-shi"}},
		{name: "a country's name inside a longer Katakana word", lang: "ja",
			body: "北斗マリンシステムズは新しい潜水機を発表しました。", not: []string{"Mali"}},
		{name: "an inflected town by the desk's name for it", lang: "pl",
			body: "Umowę podpisano w Warszawie, a okręty zbuduje stocznia w Gdyni.", want: []string{"Warsaw", "Gdynia"}, not: []string{"Warszawa"}},
		{name: "Turkish towns without the dot of their capital İ", lang: "tr",
			body: "Gemi İskenderun'dan ayrıldı ve İzmir limanına ulaştı.", want: []string{"Iskenderun", "Izmir"}, not: []string{"İskenderun", "İzmir"}},
		{name: "a landform's name in English, not a body's", lang: "en",
			body: "Troops searched the Kibale Forest. Firefighters on Ilkley Moor were joined by the Ilkley Moor Rangers.",
			want: []string{"Kibale Forest", "Ilkley Moor"}, not: []string{"Ilkley"}},
		{name: "a landform word after ordinary words names no place", lang: "en",
			body: "Our annual Gender Pay Gap report shows the gap narrowing. Tenants moved into the Data Valley offices, and the firm reached New Heights in sales.",
			not:  []string{"Gender Pay Gap", "Pay Gap", "Data Valley", "New Heights"}},
		{name: "a contracted article in English names or capitals is no town's", lang: "en",
			body: "Del Monte shipped the fruit, and the director Luis del Toro filmed the harbour.", not: []string{"El Monte", "El Toro"}},
		{name: "a town with the article written onto it", lang: "fr",
			body: "Les hélicoptères de la base d'Orange rejoindront le camp d'Avignon.", want: []string{"Avignon"}},
		{name: "England's metropolitan counties", lang: "en",
			body: "Flooding closed roads across Merseyside and the West Midlands.", want: []string{"Merseyside", "West Midlands"}},
		{name: "a region whose name ends in a known one's", lang: "en",
			body: "Storms cut power across New South Wales, and crews from New Delhi flew in.",
			want: []string{"New South Wales", "New Delhi"}, not: []string{"Wales", "Delhi"}},
		{name: "a sentence's opening article opens no town", lang: "en",
			body: "The City of Tromsø approved the new harbour.", not: []string{"London"}},
		{name: "a foreign one-word town without its country is a word", lang: "sv",
			body: "Utredarna på Garde arbetade med fallet i Göteborg.", want: []string{"Gothenburg"}, not: []string{"Garde"}},
		{name: "a foreign town placed by its country stays", lang: "sv",
			body: "Fartyget lämnade Garde i Spanien.", want: []string{"Garde", "Spain"}},
		{name: "English landforms named head first or by their generic word", lang: "en",
			body: "Ice closed the Gulf of Bothnia Narrows near the Kvarken Islands and the Tana River.",
			want: []string{"Kvarken Islands", "Tana River"}},
		{name: "a landform head and of before a name", lang: "en",
			body: "Patrols crossed the Gulf of St. Lawrence.", want: []string{"Gulf of St. Lawrence"}, not: []string{"St. Lawrence"}},
		{name: "a number before a town's particle opens no name", lang: "fr",
			body: "Les hélicoptères rejoindront l'escadrille 33F de Lanvéoc en mai.", want: []string{"Lanvéoc"}},
		{name: "a town a company is based in", lang: "en",
			body: "A Tromsø-based start-up won the tender.", want: []string{"Tromsø"}},
		{name: "Serbian Cyrillic towns in a case form, the fleeting a restored", lang: "sr",
			body: "Мерне станице раде у Обреновцу, Земуну и Београду.", want: []string{"Obrenovac", "Zemun", "Belgrade"}},
		{name: "a Ukrainian town whose nominative ends in o, and one GeoNames spells the older way", lang: "uk",
			body: "Центри відкриються у Дніпрі та Вінниці.", want: []string{"Dnipro", "Vinnytsia"}, not: []string{"Vinnytsya"}},
		{name: "a Latvian locative with its long vowel", lang: "lv",
			body: "Jaunais centrs atvērts Liepājā un Rīgā.", want: []string{"Liepāja", "Riga"}},
		{name: "a landform's generic end is no country another language names so", lang: "en",
			body: "The trials took place off Rottnest Island.", want: []string{"Rottnest Island"}, not: []string{"Iceland"}},
		{name: "Iceland in the languages that call it Island", lang: "de",
			body: "Die Fregatte besuchte Island im Mai.", want: []string{"Iceland"}},
		{name: "a company's national arm names no place", lang: "en",
			body: "Navigation systems come from Thales UK and engines from Rolls-Royce.", not: []string{"United Kingdom"}},
		{name: "a postal address left in the story names no place of it", lang: "en",
			body: "The fund backs 18 projects across Europe.\nPress Office, 12 Harbour Street, Leith EH6 6QS, Scotland. Tel: +44 131 555 0100",
			not:  []string{"Leith", "Scotland"}},
		{name: "a street's name is no town", lang: "fr", body: "La cérémonie aura lieu rue de la Loi, à Bruxelles.", not: []string{"Rue"}},
		{name: "an English adjective another language names a country by is no place", lang: "en",
			body: "The firm supplies Swiss Army knives to the troops in Leeds.", want: []string{"Leeds"}, not: []string{"Switzerland"}},
		{name: "country names in Vietnamese and Indonesian", lang: "vi",
			body: "Hai bộ trưởng Việt Nam và Ấn Độ đã ký biên bản.", want: []string{"India", "Vietnam"}},
		{name: "a German noun after an article is no town, before a capitalised noun", lang: "de",
			body: "Am Hof Tische aufzustellen war verboten.", not: []string{"Hof"}},
		{name: "a German town before a capitalised noun", lang: "de",
			body: "Soldaten füllen in Deggendorf Sandsäcke.", want: []string{"Deggendorf"}},
		{name: "a surname sharing a country's stem names no country", lang: "ro",
			body: "„Suntem pregătiți”, a declarat comandorul Ionel Panait.", not: []string{"Panama"}},
		{name: "a country the text names outright stays beside a surname sharing its stem", lang: "ro",
			body: "Nava a ajuns în Panama. „Suntem pregătiți”, a declarat comandorul Ionel Panait.", want: []string{"Panama"}},
		{name: "a type of aircraft or vehicle named like a town is no place", lang: "en",
			body: "The squadron flies the AH-64 Apache and the Merlin helicopter from a base near Yeovil.",
			want: []string{"Yeovil"}, not: []string{"Apache", "Merlin"}},
		{name: "a word of a speaker's name in Arabic is no town", lang: "ar",
			body: "وقال سالم الكعبي، المدير العام: \"نحن جاهزون\".", not: []string{"Salem"}},
	}
	for _, c := range cases {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, Issuer: c.issuer, Headline: c.headline, BodyText: c.body}
		if c.dateline != "" {
			d.Dateline = &draft.Dateline{Place: c.dateline}
		}
		got := tg.Tag(d).Places
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: places %q lack %q", c.name, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: places %q hold %q", c.name, got, w)
			}
		}
	}
}
