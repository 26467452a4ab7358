package normalise

import "testing"

// issuerProbes are the ways real releases reveal their issuer, each in
// names and words written for this test (none from the corpus): an About
// section, a sign-off, a letterhead, the sender, the lede's subject.
var issuerProbes = []struct {
	name, want string
	raw        []byte
}{
	// About heading in short, the About sentence with the legal form.
	{"en about sentence legal form", "Thornbury Avionics Ltd", plainRelease("Press <press@thornbury-av.example>",
		"Thornbury Avionics wins radar upgrade", "BRISTOL, 3 March 2025 – Thornbury Avionics has won a contract to upgrade the radars of 40 patrol aircraft.", "Work starts in June.", "ENDS",
		"About Thornbury Avionics", "Thornbury Avionics Ltd designs mission computers and radars for aircraft.")},
	{"fr about sentence legal form", "Aubrac Optique SAS", plainRelease("Marie Duval <marie.duval@agence-rp.example>",
		"Aubrac Optique livre ses premières jumelles", "Lyon, le 3 mars 2025 – Aubrac Optique a livré lundi ses premières jumelles thermiques à la gendarmerie.", "Les livraisons dureront deux ans.",
		"À propos d'Aubrac Optique", "Aubrac Optique SAS fabrique des optiques de précision depuis 1987.")},
	{"es about sentence legal form", "Talleres Navales del Sur S.L.", plainRelease("Comunicación <prensa@tns.example>",
		"Talleres Navales del Sur bota un remolcador", "Huelva, 3 de marzo de 2025 – Talleres Navales del Sur ha botado hoy un remolcador para el puerto.", "El buque se entregará en verano.",
		"Sobre Talleres Navales del Sur", "Talleres Navales del Sur S.L. repara y construye buques desde 1971.")},
	{"de about sentence legal form", "Lindauer Sensorik GmbH", plainRelease("Presse <presse@lindauer-sensorik.example>",
		"Lindauer Sensorik liefert Drohnenabwehr", "Lindau, 3. März 2025 – Lindauer Sensorik liefert der Bundespolizei zwölf Systeme zur Drohnenabwehr.", "Die Auslieferung beginnt im Mai.",
		"Über Lindauer Sensorik", "Die Lindauer Sensorik GmbH entwickelt Radarsensoren für Behörden.")},
	{"it about sentence legal form", "Cantieri Adriatici S.p.A.", plainRelease("Ufficio Stampa <stampa@cantieri-adriatici.example>",
		"Cantieri Adriatici vara un pattugliatore", "Ancona, 3 marzo 2025 – Cantieri Adriatici ha varato oggi un nuovo pattugliatore per la Guardia Costiera.", "La consegna è prevista in autunno.",
		"Chi è Cantieri Adriatici", "Cantieri Adriatici S.p.A. costruisce navi militari e civili dal 1958.")},
	{"wire sender, about sentence with comma Inc", "Redfern Microwave Systems, Inc.", plainRelease("Business Wire <alerts@businesswire.example>",
		"Redfern Microwave Reports First Quarter Results", "DENVER--(BUSINESS WIRE)--Redfern Microwave Systems, Inc. (NASDAQ: RFMS) today reported revenue of $210 million.", "Orders rose 12%.",
		"About Redfern Microwave", "Redfern Microwave Systems, Inc. builds radar components for aerospace customers.")},
	// The headline and the lede open with the same name.
	{"tr lede name with legal form before a comma", "Karadeniz Savunma Sistemleri A.Ş.", plainRelease("Karadeniz Savunma Kurumsal İletişim <iletisim@karadenizsavunma.example>",
		"Karadeniz Savunma, Jandarma'ya 40 zırhlı araç teslim etti", "Ankara, 3 Mart 2025 - Karadeniz Savunma Sistemleri A.Ş., Jandarma Genel Komutanlığı'na 40 zırhlı araç teslim etti.", "Teslimatlar yıl sonuna kadar sürecek.")},
	{"he company prefix and legal form", `נחשון תעשיות בע"מ`, plainRelease("נחשון תעשיות - דוברות <pr@nachshon.example>",
		"נחשון תעשיות תספק רחפנים למשטרה", `תל אביב, 3 במרץ 2025 – חברת נחשון תעשיות בע"מ חתמה על הסכם לאספקת 50 רחפנים למשטרה.`, "האספקה תחל בשנה הבאה.")},
	{"pl headline and lede company", "Zakłady Mechaniczne Warta S.A.", plainRelease("Biuro Prasowe <prasa@warta-zm.example>",
		"Zakłady Mechaniczne Warta dostarczą moździerze", "Poznań, 3 marca 2025 r. – Zakłady Mechaniczne Warta S.A. podpisały umowę na dostawę 60 moździerzy.", "Dostawy ruszą w 2026 roku.")},
	{"cs army lede over a ministry in the second paragraph", "Armáda Slovenské republiky", plainRelease("Odbor komunikácie MO <media@mil-sk.example>",
		"Armáda Slovenskej republiky prevzala radary", "Armáda Slovenské republiky převzala v úterý tři nové radary.", "Ministerstvo obrany podepsalo smlouvu loni v létě.")},
	{"cs headline and lede agree over a sender's acronym", "Policie České republiky", plainRelease("Odbor komunikace MV <media@mv-priklad.example>",
		"Policie České republiky převzala nové vozy", "Policie České republiky převzala ve středu 40 nových hlídkových vozů.", "Ministerstvo vnitra zakázku zaplatilo z evropských fondů.")},
	// Letterheads: the parent over its unit.
	{"it letterhead unit under its force", "Comando Provinciale di Bari", plainRelease("Comando Provinciale di Bari - Ufficio Stampa <noreply@cc-esempio.example>",
		"ARMA DEI CARABINIERI\r\nComando Provinciale di Bari", "COMUNICATO STAMPA", "Furti nelle campagne: 6 arresti", "Bari, 3 marzo 2025 - L'Arma dei Carabinieri ha arrestato questa mattina sei persone.", "Le indagini proseguono.")},
	{"es letterhead unit under ministry", "Dirección General de la Marina Mercante", plainRelease("Dirección General de la Marina Mercante - Prensa <prensa@dgmm-ejemplo.example>",
		"MINISTERIO DE TRANSPORTES\r\nDirección General de la Marina Mercante", "NOTA DE PRENSA", "Nuevo buque de salvamento", "Madrid, 3 de marzo de 2025 – El Ministerio de Transportes ha recibido un nuevo buque de salvamento.", "El buque operará en Galicia.")},
	{"de letterhead with address", "Hafenbehörde Rostock", plainRelease("Pressestelle <presse@hafen-rostock.example>",
		"Hafenbehörde Rostock\r\nAm Kai 9 · 18055 Rostock", "Neue Liegeplätze freigegeben", "Rostock, 3. März 2025 – Im Überseehafen wurden am Montag vier neue Liegeplätze freigegeben.", "Die Arbeiten kosteten 30 Millionen Euro.")},
	// Sign-offs.
	{"en issued by block, ministry after a PR officer", "Ministry of Home Affairs", plainRelease("PRO Chennai <pro.chennai@gov-in.example>",
		"Coast Guard hands twelve boats to coastal police", "CHENNAI, 3 March 2025 The Coast Guard handed over twelve boats to the coastal police on Monday.", "The boats will patrol the Palk Strait.",
		"Issued by:\r\nPublic Relations Officer (Home), Chennai\r\nMinistry of Home Affairs, Government of India")},
	{"de Herausgeber line", "Landesamt für Bevölkerungsschutz", plainRelease("Pressestelle <presse@lfb.example>",
		"Neue Sirenen", "Magdeburg, 3. März 2025 – Im Land wurden 200 neue Sirenen installiert.", "Der Probealarm ist im April.", "Herausgeber: Landesamt für Bevölkerungsschutz")},
	{"sender and contact line agree against the lede's government", "Danish Ministry of Transport", plainRelease("Danish Ministry of Transport <press@trm-example.example>",
		"Denmark funds new ferries", "COPENHAGEN, 3 March 2025 – The Danish Government will spend DKK 900 million on four electric ferries, Minister of Transport Anna Holm announced on Monday.", "Delivery is due in 2028.",
		"Press contact: Press Office, Danish Ministry of Transport, +45 33 55 00 00")},
	{"no sender org, contact office and signature", "Wexmoor County Council", plainRelease("Jane Hollis <jane.hollis@wexmoor.example>",
		"Flood defences finished", "The new flood wall along the river was finished on Monday, two months early.", "It protects 600 homes.",
		"Media enquiries:\r\nCommunications Team, Wexmoor County Council\r\n01632 555 100")},
	// Sender names.
	{"en sender only org", "Northfield Mountain Rescue", plainRelease("Northfield Mountain Rescue <team@nmr.example>",
		"Walkers rescued", "Two walkers were rescued from the ridge on Sunday night after a fall.", "Both are recovering in hospital.")},
	{"el sender nominative, body genitive", "Ινστιτούτο Ναυτικών Σπουδών Κρήτης", plainRelease("Ινστιτούτο Ναυτικών Σπουδών Κρήτης <info@insk.example>",
		"Νέα μελέτη για τα λιμάνια", "Ηράκλειο, 3 Μαρτίου 2025 – Τα λιμάνια της Κρήτης χρειάζονται νέες επενδύσεις, σύμφωνα με μελέτη του Ινστιτούτου Ναυτικών Σπουδών Κρήτης (ΙΝΣΚ).", "Η μελέτη παρουσιάζεται σήμερα.")},
	{"ro sender ministry", "Ministerul Apărării Naționale", plainRelease("Ministerul Apărării Naționale <presa@mapn-ro.example>",
		"Noi vehicule blindate", "București, 3 martie 2025 – Ministerul Apărării Naționale a primit luni primele 20 de vehicule blindate.", "Livrările continuă până în 2027.")},
	// Lede subjects in many languages.
	{"en lede subject", "Harbour Safety Authority", plainRelease("Newsroom <news@hsa.example>",
		"New pilot boats", "The Harbour Safety Authority has ordered three new pilot boats for the port.", "They will arrive in 2026.")},
	{"en lede name with apposition", "Corran Marine Robotics", plainRelease("Press Office <press@corran.example>",
		"New factory", "ABERDEEN, 3 March 2025 – Corran Marine Robotics, a maker of underwater drones, today opened a factory in Aberdeen.", "It employs 120 people.")},
	{"de lede subject", "Deutsche Gesellschaft zur Rettung Schiffbrüchiger", plainRelease("Pressestelle <presse@dgzrs-beispiel.example>",
		"Neuer Seenotrettungskreuzer", "Bremen, 3. März 2025 – Die Deutsche Gesellschaft zur Rettung Schiffbrüchiger hat am Montag einen neuen Seenotrettungskreuzer getauft.", "Er wird in Sassnitz stationiert.")},
	{"fr lede lower-case ministry", "Ministère de l'Intérieur", plainRelease("Service de presse <presse@interieur.example>",
		"Nouveaux hélicoptères", "Paris, le 3 mars 2025 – Le ministère de l'Intérieur a commandé lundi douze hélicoptères.", "Ils seront livrés en 2027.")},
	{"es lede", "Salvamento Marítimo", plainRelease("Gabinete de Prensa <prensa@sasemar.example>",
		"Rescate en el Estrecho", "Algeciras, 3 de marzo de 2025 – Salvamento Marítimo rescató el lunes a 40 personas en el Estrecho.", "Todas se encuentran bien.")},
	{"pt lede", "Marinha Portuguesa", plainRelease("Gabinete de Comunicação <imprensa@marinha-pt.example>",
		"Novo navio patrulha", "Lisboa, 3 de março de 2025 – A Marinha Portuguesa recebeu hoje um novo navio patrulha oceânico.", "O navio ficará nos Açores.")},
	{"nl lede", "Koninklijke Marechaussee", plainRelease("Woordvoering <pers@kmar-voorbeeld.example>",
		"Smokkelaars aangehouden", "Den Haag, 3 maart 2025 – De Koninklijke Marechaussee heeft maandag vier smokkelaars aangehouden op Schiphol.", "Het onderzoek loopt nog.")},
	{"sv lower-case name in the lede", "Statens haverikommission", plainRelease("Presstjänst <press@shk-exempel.example>",
		"Rapport om olyckan", "Stockholm, 3 mars 2025. Statens haverikommission publicerar i dag sin rapport om helikopterolyckan.", "Rapporten innehåller sex rekommendationer.")},
	{"no lower-case name in the lede", "Forsvarets forskningsinstitutt", plainRelease("FFI Presse <presse@ffi-eksempel.example>",
		"Ny rapport om droner", "Oslo, 3. mars 2025 – Forsvarets forskningsinstitutt legger i dag fram en rapport om droner.", "Rapporten er offentlig.")},
	{"da lede", "Beredskabsstyrelsen", plainRelease("Presse <presse@brs-eksempel.example>",
		"Nye pumper", "Birkerød, 3. marts 2025 – Beredskabsstyrelsen har fået 20 nye pumper til oversvømmelser.", "Pumperne står klar i dag.")},
	{"fi lede", "Rajavartiolaitos", plainRelease("Viestintä <viestinta@raja-esim.example>",
		"Uusi partiovene", "Helsinki 3.3.2025 – Rajavartiolaitos otti maanantaina käyttöön uuden partioveneen.", "Vene sijoitetaan Porkkalaan.")},
	{"pl lede", "Straż Graniczna", plainRelease("Rzecznik <rzecznik@sg-przyklad.example>",
		"Zatrzymano przemytników", "Warszawa, 3 marca 2025 r. – Straż Graniczna zatrzymała w poniedziałek pięciu przemytników.", "Grozi im do 8 lat więzienia.")},
	{"hu lede", "Országos Katasztrófavédelmi Főigazgatóság", plainRelease("Sajtóiroda <sajto@okf-pelda.example>",
		"Új szivattyúk", "Budapest, 2025. március 3. – Az Országos Katasztrófavédelmi Főigazgatóság húsz új szivattyút állított szolgálatba.", "A szivattyúk a Tiszánál lesznek.")},
	{"ro lede", "Inspectoratul General pentru Situații de Urgență", plainRelease("Biroul de presă <presa@igsu-exemplu.example>",
		"Noi autospeciale", "București, 3 martie 2025 – Inspectoratul General pentru Situații de Urgență a primit 30 de autospeciale noi.", "Acestea vor fi distribuite în țară.")},
	{"hr lede", "Hrvatska gorska služba spašavanja", plainRelease("Služba za odnose s javnošću <press@hgss-primjer.example>",
		"Spašeni planinari", "Zagreb, 3. ožujka 2025. – Hrvatska gorska služba spašavanja spasila je u nedjelju troje planinara na Velebitu.", "Svi su dobro.")},
	{"ru lede", "Министерство по чрезвычайным ситуациям", plainRelease("Пресс-служба <press@mchs-primer.example>",
		"Новые спасательные катера", "Москва, 3 марта 2025 г. – Министерство по чрезвычайным ситуациям получило 10 новых спасательных катеров.", "Министерство по чрезвычайным ситуациям направит их на Волгу.")},
	{"uk lede", "Державна прикордонна служба України", plainRelease("Прес-служба <press@dpsu-pryklad.example>",
		"Нові катери", "Одеса, 3 березня 2025 р. – Державна прикордонна служба України отримала шість нових катерів.", "Державна прикордонна служба України використовуватиме їх на Дунаї.")},
	{"et lede", "Politsei- ja Piirivalveamet", plainRelease("Pressiosakond <press@ppa-naide.example>",
		"Uued droonid", "Tallinn, 3. märts 2025 – Politsei- ja Piirivalveamet võttis kasutusele 15 uut drooni.", "Droonid aitavad piiri valvata.")},
	{"ja lede", "東邦防災株式会社", plainRelease("東邦防災 広報部 <koho@toho-bousai.example>",
		"新型消防ポンプを発売", "東邦防災株式会社は3日、新型消防ポンプを発売した。", "価格は500万円。")},
	{"ko lede", "소방청", plainRelease("대변인실 <press@nfa-kr.example>",
		"신형 소방차 배치", "소방청은 3일 신형 소방차 50대를 전국에 배치했다고 밝혔다.", "소방차는 산불 대응에 쓰인다.")},
	{"zh lede", "海洋救助中心", plainRelease("新闻中心 <press@rescue-cn.example>",
		"新型救助船入列", "海洋救助中心今日宣布，两艘新型救助船正式入列。", "新船将部署在东海。")},
	{"ar lede verb first", "وزارة الداخلية", plainRelease("المكتب الإعلامي <media@moi-ar.example>",
		"دوريات جديدة", "أعلنت وزارة الداخلية اليوم عن تسليم 40 دورية جديدة لحرس الحدود.", "وستعمل الدوريات في المناطق الشمالية.")},
	// Acronyms.
	{"acronym sender, defined in the body", "Agencia Estatal de Seguridad Aérea", plainRelease("AESA Prensa <prensa@aesa-ejemplo.example>",
		"Nuevas normas para drones", "Madrid, 3 de marzo de 2025 – La Agencia Estatal de Seguridad Aérea (AESA) ha publicado nuevas normas para drones.", "Entrarán en vigor en junio.")},
	{"acronym from initials in the body", "National Cyber Security Centre", plainRelease("NCSC Media <media@ncsc-example.example>",
		"Ransomware warning", "The National Cyber Security Centre warned on Monday of a new wave of ransomware attacks on hospitals.", "Hospitals should patch now.")},
	{"uk sender acronym defined in the genitive", "Державна служба морського транспорту", plainRelease("ДСМТ України <press@dsmt-pryklad.example>",
		"Нові буї в Одеській затоці", "Одеса, 5 травня 2025 р. – Фахівці Державної служби морського транспорту (ДСМТ) встановили 12 нових буїв.", "Буї позначають безпечний фарватер.")},
	{"pl forces' acronym defined in the genitive plural", "Wojska Obrony Cyberprzestrzeni", plainRelease("Rzecznik WOC <rzecznik@woc-przyklad.example>",
		"Ćwiczenia cybernetyczne", "Warszawa, 5 maja 2025 r. – Ponad 200 żołnierzy Wojsk Obrony Cyberprzestrzeni (WOC) ćwiczyło obronę sieci energetycznych.", "Ćwiczenia potrwają tydzień.")},
	// Agencies and wires.
	{"de agency for its client", "Nordhafen Logistik AG", plainRelease("Jana Peters <jana.peters@peters-pr.example>",
		"Guten Tag,", "im Auftrag unseres Kunden Nordhafen Logistik AG sende ich Ihnen die folgende Pressemitteilung.", "Viele Grüße, Jana Peters", "---",
		"Neues Containerterminal", "Hamburg, 3. März 2025 – Die Nordhafen Logistik AG hat ein neues Terminal eröffnet.", "Es kostet 200 Millionen Euro.")},
	{"OTS wire, contact names the organisation", "Österreichisches Bundesheer", plainRelease("OTS <ots@ots-beispiel.example>",
		"Assistenzeinsatz verlängert", "Wien (OTS) - Der Assistenzeinsatz an der Grenze wird bis Jahresende verlängert.", "Rund 1.000 Soldaten bleiben im Einsatz.",
		"Rückfragehinweis:\r\nÖsterreichisches Bundesheer\r\nPressestelle\r\nTel.: +43 1 555 0000")},
	{"de contact block signed by the ministry, the lede names its fire service", "Bundesministerium für Katastrophenschutz", plainRelease("OTS <ots@ots-beispiel.example>",
		"Pumpen im Einsatz", "Wien (OTS) - Die Österreichische Bundesfeuerwehr hat am Montag 40 Pumpen in das Hochwassergebiet gebracht.", "Der Einsatz dauert an.",
		"Rückfragehinweis:\r\nBundesministerium für Katastrophenschutz\r\nPresseabteilung\r\nTel.: +43 1 555 0001")},
	{"copyright notice's legal form is not the release's", "Brenner Hydrographics", plainRelease("Brenner Hydrographics <news@brenner-hydro.example>",
		"Brenner Hydrographics maps the estuary", "Brenner Hydrographics has finished a survey of the whole estuary for the port.", "The charts go on sale in May.", "ENDS",
		"Press contact: Ola Berg, +44 20 5555 0199", "Copyright © 2025 Brenner Hydrographics B.V., All rights reserved.\r\nUnsubscribe from this list.")},
	{"copyright footer only", "Sentinel Drone Works", plainRelease("Newsletter <news@sentinel-drones.example>",
		"New drone launched", "A new inspection drone for bridges went on sale on Monday.", "It flies for 50 minutes.",
		"Copyright © 2025 Sentinel Drone Works, All rights reserved.")},
	// A second batch, written after the fixes above and measured before
	// any change for it: 21/28 passed.
	{"en company lede today", "Greyhaven Robotics", plainRelease("Greyhaven Robotics <news@greyhaven.example>",
		"Greyhaven Robotics unveils bomb disposal robot", "LEEDS, 5 May 2025 – Greyhaven Robotics today unveiled a new bomb disposal robot for police forces.", "The robot weighs 60kg.", "ENDS",
		"About Greyhaven Robotics", "Greyhaven Robotics builds ground robots for public safety.")},
	{"en council role sender", "Fenmouth City Council", plainRelease("Fenmouth City Council Press Office <press@fenmouth.example>",
		"New sea wall approved", "Plans for a new sea wall were approved on Tuesday.", "Construction begins in spring.")},
	{"en charity about us", "Brightwater Flood Aid", plainRelease("Media <media@bfa.example>",
		"Volunteers clear flooded homes", "Volunteers have cleared 300 flooded homes since Friday.", "More help is needed.", "About us",
		"Brightwater Flood Aid is a charity that helps families after floods.")},
	{"de Pressemitteilung company", "Elbtal Antriebe GmbH", plainRelease("Presse Elbtal Antriebe <presse@elbtal-antriebe.example>",
		"PRESSEMITTEILUNG", "Elbtal Antriebe liefert Motoren für Fähren", "Dresden, 5. Mai 2025 – Die Elbtal Antriebe GmbH liefert zehn Elektromotoren für Elbfähren.", "Die Auslieferung beginnt im Herbst.")},
	{"de Polizei dept sender", "Polizeidirektion Hannover", plainRelease("Polizeidirektion Hannover - Pressestelle <presse@pd-h.example>",
		"Festnahme nach Einbruchserie", "Hannover, 5. Mai 2025 – Nach einer Serie von Einbrüchen hat die Polizei zwei Männer festgenommen.", "Die Ermittlungen dauern an.")},
	{"fr lede company", "Atlantique Drones", plainRelease("Service communication <com@atlantique-drones.example>",
		"Atlantique Drones ouvre une usine", "Nantes, le 5 mai 2025 – Atlantique Drones a inauguré lundi une nouvelle usine à Saint-Nazaire.", "L'usine emploiera 150 personnes.")},
	{"fr gendarmerie sender", "Gendarmerie nationale", plainRelease("Gendarmerie nationale <presse@gendarmerie-exemple.example>",
		"Saisie de cocaïne", "Brest, le 5 mai 2025 – Les gendarmes ont saisi 200 kg de cocaïne sur un voilier.", "Deux personnes ont été interpellées.")},
	{"es ministerio lede lower", "Ministerio del Interior", plainRelease("Prensa <prensa@interior-ejemplo.example>",
		"Nuevos drones para la frontera", "Madrid, 5 de mayo de 2025 – El Ministerio del Interior ha adquirido 30 drones para vigilar la frontera.", "Los drones llegarán en junio.")},
	{"it lede acronym", "Corpo Nazionale dei Vigili del Fuoco", plainRelease("Ufficio stampa CNVVF <stampa@vvf-esempio.example>",
		"Nuove autobotti", "Roma, 5 maggio 2025 – Il Corpo Nazionale dei Vigili del Fuoco (CNVVF) ha ricevuto 50 nuove autobotti.", "Saranno assegnate alle regioni del sud.")},
	{"pt lede company", "Estaleiros Navais do Mondego", plainRelease("Comunicação <imprensa@enm.example>",
		"Novo rebocador", "Figueira da Foz, 5 de maio de 2025 – Os Estaleiros Navais do Mondego entregaram hoje um novo rebocador.", "O navio tem 32 metros.")},
	{"nl lede gemeente", "Gemeente Zeewolde", plainRelease("Communicatie <communicatie@zeewolde-voorbeeld.example>",
		"Nieuwe dijk geopend", "Zeewolde, 5 mei 2025 – Gemeente Zeewolde heeft maandag de nieuwe dijk geopend.", "De dijk beschermt 4.000 woningen.")},
	{"sv myndighet lede", "Kustbevakningen", plainRelease("Presstjänst <press@kbv-exempel.example>",
		"Nytt fartyg", "Göteborg, 5 maj 2025. Kustbevakningen har tagit emot ett nytt miljöskyddsfartyg.", "Fartyget ska placeras i Skagerrak.")},
	{"no lede", "Hovedredningssentralen", plainRelease("Kommunikasjon <presse@hrs-eksempel.example>",
		"Redningsaksjon", "Bodø, 5. mai 2025 – Hovedredningssentralen koordinerte natt til mandag redningen av tolv fiskere.", "Alle er i god behold.")},
	{"fi company lede", "Saimaan Telakka Oy", plainRelease("Viestintä <viestinta@saimaantelakka.example>",
		"Uusi lautta", "Savonlinna 5.5.2025 – Saimaan Telakka Oy luovutti maanantaina uuden lautan.", "Lautta liikennöi Saimaalla.")},
	{"pl lede ministry", "Ministerstwo Spraw Wewnętrznych i Administracji", plainRelease("Biuro Komunikacji <media@mswia-przyklad.example>",
		"Nowe śmigłowce", "Warszawa, 5 maja 2025 r. – Ministerstwo Spraw Wewnętrznych i Administracji podpisało umowę na cztery śmigłowce.", "Dostawy w 2027 roku.")},
	{"cs company lede", "Vltava Optics a.s.", plainRelease("Tiskové oddělení <tisk@vltava-optics.example>",
		"Nové dalekohledy", "Praha, 5. května 2025 – Vltava Optics a.s. dodá armádě 500 nových dalekohledů.", "Dodávky začnou v létě.")},
	{"hu company lede", "Tisza Védelmi Kft.", plainRelease("Sajtó <sajto@tisza-vedelmi.example>",
		"Új páncélautók", "Szeged, 2025. május 5. – A Tisza Védelmi Kft. 20 páncélautót ad át a rendőrségnek.", "Az átadás júniusban lesz.")},
	{"ro lede agency", "Agenția Română de Salvare", plainRelease("Biroul de presă <presa@ars-exemplu.example>",
		"Noi ambulanțe", "Cluj, 5 mai 2025 – Agenția Română de Salvare a primit 40 de ambulanțe noi.", "Acestea vor fi distribuite în nord.")},
	{"tr lede ministry", "İçişleri Bakanlığı", plainRelease("Basın Müşavirliği <basin@icisleri-ornek.example>",
		"Yeni helikopterler", "Ankara, 5 Mayıs 2025 - İçişleri Bakanlığı, 12 yeni helikopteri envanterine aldı.", "Helikopterler arama kurtarmada kullanılacak.")},
	{"el lede ministry", "Υπουργείο Ναυτιλίας", plainRelease("Γραφείο Τύπου <press@ynanp-example.example>",
		"Νέα σκάφη", "Πειραιάς, 5 Μαΐου 2025 – Το Υπουργείο Ναυτιλίας παρέλαβε σήμερα τέσσερα νέα περιπολικά σκάφη.", "Τα σκάφη θα δράσουν στο Αιγαίο.")},
	{"ru company lede", "АО «Северные верфи»", plainRelease("Пресс-служба <press@sev-verfi.example>",
		"Новый буксир", "Архангельск, 5 мая 2025 г. – АО «Северные верфи» спустило на воду новый буксир.", "Буксир передадут порту летом.")},
	{"uk about section", "Фонд «Світло громад»", plainRelease("Медіа <media@svitlo-hromad.example>",
		"Генератори для лікарень", "Київ, 5 травня 2025 р. – Фонд «Світло громад» передав 40 генераторів лікарням.", "Генератори придбано за кошти донорів.", "Про фонд", "Фонд «Світло громад» працює з 2022 року.")},
	{"ja company kaisha", "株式会社青嵐テック", plainRelease("青嵐テック 広報 <pr@seiran.example>",
		"新型ドローンを発表", "株式会社青嵐テックは5日、点検用の新型ドローンを発表した。", "価格は200万円。")},
	{"ko lede ministry", "국토교통부", plainRelease("대변인실 <press@molit-kr.example>",
		"신형 구조선 도입", "국토교통부는 5일 신형 구조선 3척을 도입한다고 밝혔다.", "구조선은 남해에 배치된다.")},
	{"zh company lede", "华海船舶有限公司", plainRelease("品牌部 <pr@huahai.example>",
		"新型拖船交付", "华海船舶有限公司今日宣布，新型拖船正式交付。", "该船长40米。")},
	{"en wire source line", "Meridian Shield Corp.", plainRelease("PR Newswire <news@prnewswire.example>",
		"Meridian Shield Wins Navy Contract", "SAN DIEGO, May 5, 2025 /PRNewswire/ -- Meridian Shield Corp. today announced a $90 million Navy contract.", "Work will be done in San Diego.", "SOURCE Meridian Shield Corp.")},
	{"en agency on behalf", "Ashdown Marine Ltd", plainRelease("Kate Lyle <kate@lyle-pr.example>",
		"Hi all,", "Please find below a release on behalf of our client Ashdown Marine Ltd.", "Thanks, Kate", "---",
		"Ashdown Marine launches survey vessel", "SOUTHAMPTON, 5 May 2025 – Ashdown Marine Ltd has launched a new survey vessel.", "It will map wind farm sites.")},
	{"en signoff org over address", "Royal Lifesaving Society", plainRelease("Anna Kerr <anna.kerr@rls.example>",
		"Drowning figures fall", "Drownings fell by a fifth last year, new figures show.", "Most happened in rivers.",
		"Anna Kerr\r\nHead of Media\r\nRoyal Lifesaving Society\r\n+44 20 5555 0123")},
}

// issuerProbeGaps are the probes the code does not read yet, and why.
var issuerProbeGaps = map[string]string{
	"sv myndighet lede":   "a one-word Nordic name without an organisation suffix or a second mention",
	"no lede":             "a one-word Nordic name without an organisation suffix or a second mention",
	"en wire source line": "the SOURCE line's \"Corp.\" loses its dot; the corpus labels drop \"Corp.\" (b097, g048) but keep \"Inc.\"",
}

// TestIssuerProbes measures the probes; every one passes but the gaps.
func TestIssuerProbes(t *testing.T) {
	pass := 0
	for _, tc := range issuerProbes {
		d, err := Inspect(tc.raw)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		gap, known := issuerProbeGaps[tc.name]
		switch {
		case d.Issuer == tc.want && known:
			t.Errorf("%s: passes now, drop it from issuerProbeGaps", tc.name)
		case d.Issuer == tc.want:
			pass++
		case known:
			t.Logf("%s: issuer %q, want %q (%s)", tc.name, d.Issuer, tc.want, gap)
		default:
			t.Errorf("%s: issuer %q, want %q", tc.name, d.Issuer, tc.want)
		}
	}
	t.Logf("issuer probes: %d/%d", pass, len(issuerProbes))
}
