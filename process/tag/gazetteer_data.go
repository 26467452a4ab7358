package tag

// Hand lists: entities no generated table gives. Each line is the
// canonical name, then aliases, separated by "|". Canonical names follow
// the corpus conventions (full English form; acronyms where the
// acronym is the name people use, as with NATO or KFOR).

// internationalOrgs: international organisations and the bodies press
// releases name most, with aliases in the desk's languages.
var internationalOrgs = []string{
	"NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|OTAN|Nato|NAVO|НАТО|ΝΑΤΟ|北約|北约|北大西洋条約機構|나토|الناتو|נאט\"ו",
	"European Union|EU|Union européenne|Europäische Union|Europäischen Union|Unión Europea|Unione europea|Europese Unie|Unia Europejska|União Europeia|UE|ЕС|ΕΕ|Evropská unie|Európai Unió|Euroopan unioni|Europeiska unionen|Den Europæiske Union|Uniunea Europeană|Europska unija|Europos Sąjunga|Eiropas Savienība|Euroopa Liit|Avrupa Birliği|Европейский союз|Європейський Союз|Европейския съюз|Ευρωπαϊκή Ένωση|欧州連合|欧盟|유럽연합",
	"United Nations|UN|U.N.|Vereinte Nationen|Vereinten Nationen|Nations unies|Organisation des Nations unies|ONU|Naciones Unidas|Nações Unidas|Nazioni Unite|Verenigde Naties|Organizacja Narodów Zjednoczonych|ONZ|Organizace spojených národů|OSN|Egyesült Nemzetek|ENSZ|Organizația Națiunilor Unite|Yhdistyneet kansakunnat|Förenta nationerna|Forenede Nationer|Forente nasjoner|Ηνωμένα Έθνη|ΟΗΕ|Организация Объединённых Наций|ООН|Організація Об'єднаних Націй|Birleşmiş Milletler|Уједињене нације|Уједињених нација|Ujedinjene nacije|Ujedinjeni narodi|Združeni narodi|Организация на обединените нации|Jungtinės Tautos|Apvienoto Nāciju Organizācija|ÜRO|Liên Hợp Quốc|Liên Hiệp Quốc|Perserikatan Bangsa-Bangsa|PBB|الأمم المتحدة|האומות המאוחדות|האו\"ם|国際連合|国连|联合国|聯合國|국제연합|유엔",
	"United Nations Security Council|UN Security Council|U.N. Security Council|UNSC|Security Council",
	"North Atlantic Council", "NATO-Ukraine Council", "NATO Support and Procurement Agency|NSPA",
	"KFOR|Kosovo Force", "EULEX|European Union Rule of Law Mission in Kosovo", "EUFOR Althea|EUFOR",
	"United Nations Interim Force in Lebanon|UNIFIL", "United Nations Verification Mission in Colombia",
	"European Commission|Commission européenne|Europäische Kommission|Europäischen Kommission|Comisión Europea|Comissão Europeia|Commissione europea|Europese Commissie|Komisja Europejska|Evropská komise|Európai Bizottság|Comisia Europeană|Euroopan komissio|Europeiska kommissionen|Europa-Kommissionen|Europakommisjonen|Euroopa Komisjon|Europos Komisija|Eiropas Komisija|Europska komisija|Evropska komisija|Európska komisia|Ευρωπαϊκή Επιτροπή|Европейская комиссия|Європейська комісія|Европейската комисия|Avrupa Komisyonu",
	// EU and UN bodies in the desk's languages, and pacts and bodies
	// releases name by their acronym.
	"European Union Satellite Centre|SatCen|EU Satellite Centre", "European Union Agency for Cybersecurity|ENISA", "European Maritime Safety Agency|EMSA",
	"United Nations Office for the Coordination of Humanitarian Affairs|OCHA|UN OCHA", "UNESCO", "AUKUS", "United Nations Development Programme|UNDP|PNUD|Programme des Nations unies pour le développement|Programa de las Naciones Unidas para el Desarrollo|Entwicklungsprogramm der Vereinten Nationen|Programma delle Nazioni Unite per lo sviluppo|Programa das Nações Unidas para o Desenvolvimento|Program Narodów Zjednoczonych ds. Rozwoju|Програма розвитку ООН|ПРООН|Программа развития ООН|ПРООН|Програм Уједињених нација за развој|برنامج الأمم المتحدة الإنمائي|Chương trình Phát triển Liên Hợp Quốc|国連開発計画", "UNOPS", "IOM|International Organization for Migration",
	"Nordic-Baltic Eight|NB8",
	"European Parliament|Parlement européen|Europäisches Parlament|Europäischen Parlament|Parlamento Europeo|Parlamento Europeu|Europees Parlement|Parlament Europejski|Evropský parlament|Európai Parlament|Parlamentul European|Euroopan parlamentti|Europaparlamentet|Europa-Parlamentet|Ευρωπαϊκό Κοινοβούλιο|Европейский парламент|Європейський парламент|Avrupa Parlamentosu",
	"European Council", "Council of the European Union", "European Defence Agency|EDA|Agence européenne de défense|Europäische Verteidigungsagentur|Agencia Europea de Defensa|Agenzia europea per la difesa|Europees Defensieagentschap|Europejska Agencja Obrony|Evropská obranná agentura|Euroopan puolustusvirasto|Europeiska försvarsbyrån", "European Investment Bank|EIB|BEI|Banque européenne d'investissement|Europäische Investitionsbank|EIB|Banco Europeo de Inversiones|Banca europea per gli investimenti|Banco Europeu de Investimento|Europese Investeringsbank|Europejski Bank Inwestycyjny|Evropská investiční banka|Európai Beruházási Bank|Banca Europeană de Investiții|Euroopan investointipankki|Europeiska investeringsbanken|Den Europæiske Investeringsbank|Den europeiske investeringsbanken|Europska investicijska banka|Evropska investicijska banka|Европска инвестициона банка|Европейската инвестиционна банка|Европейский инвестиционный банк|Європейський інвестиційний банк|Ευρωπαϊκή Τράπεζα Επενδύσεων|Avrupa Yatırım Bankası|Europos investicijų bankas|Eiropas Investīciju banka|Euroopa Investeerimispank", "European Central Bank|ECB|EZB|BCE|Banque centrale européenne|Europäische Zentralbank|Banco Central Europeo|Banca centrale europea|Banco Central Europeu|Europese Centrale Bank|Europejski Bank Centralny|Evropská centrální banka|Európai Központi Bank|Banca Centrală Europeană|Euroopan keskuspankki|Europeiska centralbanken|Den Europæiske Centralbank|Den europeiske sentralbanken|Europska središnja banka|Evropska centralna banka|Европска централна банка|Европейската централна банка|Европейский центральный банк|Європейський центральний банк|Ευρωπαϊκή Κεντρική Τράπεζα|Avrupa Merkez Bankası|Europos Centrinis Bankas|Eiropas Centrālā banka|Euroopa Keskpank",
	"European Defence Fund|EDF|Fonds européen de la défense|Europäischer Verteidigungsfonds|Fondo Europeo de Defensa|Fondo europeo per la difesa|Europees Defensiefonds|Europejski Fundusz Obronny|Evropský obranný fond|Európai Védelmi Alap|Fondul European de Apărare|Euroopan puolustusrahasto", "European External Action Service|EEAS", "Europol", "Frontex|European Border and Coast Guard Agency", "Eurojust", "OCCAR",
	"Organization for Security and Co-operation in Europe|OSCE|Organisation for Security and Co-operation in Europe|OSZE|OBSE|OVSE|EBESZ|ETYJ|ОБСЕ|ОБСЄ|ΟΑΣΕ",
	"International Committee of the Red Cross|ICRC|CICR|IKRK|CICV|اللجنة الدولية للصليب الأحمر|הוועד הבינלאומי של הצלב האדום|Међународни комитет Црвеног крста|Міжнародний комітет Червоного Хреста|Международный комитет Красного Креста|Международния комитет на Червения кръст|Διεθνής Επιτροπή του Ερυθρού Σταυρού|Uluslararası Kızılhaç Komitesi|Ủy ban Chữ thập đỏ Quốc tế|Komite Internasional Palang Merah|赤十字国際委員会|红十字国际委员会|국제적십자위원회|Mezinárodní výbor Červeného kříže|Nemzetközi Vöröskereszt Bizottság|Kansainvälinen punainen risti|Internationella rödakorskommittén|Den Internationale Røde Kors Komité|Internationaal Comité van het Rode Kruis|Comité Internacional da Cruz Vermelha|Internationales Komitee vom Roten Kreuz|Comité international de la Croix-Rouge|Comité Internacional de la Cruz Roja|Comitato internazionale della Croce Rossa|Międzynarodowy Komitet Czerwonego Krzyża|МККК", "International Atomic Energy Agency|IAEA", "World Health Organization|WHO|OMS|WHO|Organisation mondiale de la santé|Weltgesundheitsorganisation|Organización Mundial de la Salud|Organizzazione mondiale della sanità|Organização Mundial da Saúde|Wereldgezondheidsorganisatie|Światowa Organizacja Zdrowia|Světová zdravotnická organizace|Egészségügyi Világszervezet|Organizația Mondială a Sănătății|Maailman terveysjärjestö|Världshälsoorganisationen|Verdenssundhedsorganisationen|Verdens helseorganisasjon|Svjetska zdravstvena organizacija|Svetovna zdravstvena organizacija|Светска здравствена организација|Световната здравна организация|Световна здравна организация|Всемирная организация здравоохранения|ВОЗ|Всесвітня організація охорони здоров'я|ВООЗ|Παγκόσμιος Οργανισμός Υγείας|Dünya Sağlık Örgütü|Pasaulio sveikatos organizacija|Pasaules Veselības organizācija|Maailma Terviseorganisatsioon|Tổ chức Y tế Thế giới|Organisasi Kesehatan Dunia|منظمة الصحة العالمية|ארגון הבריאות העולמי|世界保健機関|世界卫生组织|世界衛生組織|세계보건기구",
	"World Bank|Banque mondiale|Weltbank|Banco Mundial|Banca Mondiale|Wereldbank|Bank Światowy|Světová banka|Világbank|Banca Mondială|Maailmanpankki|Världsbanken|Verdensbanken|Svjetska banka|Svetovna banka|Светска банка|Световната банка|Всемирный банк|Світовий банк|Παγκόσμια Τράπεζα|Dünya Bankası|Pasaulio bankas|Pasaules Banka|Maailmapank|Ngân hàng Thế giới|Bank Dunia|البنك الدولي|הבנק העולמי|世界銀行|世界银行|세계은행", "International Monetary Fund|IMF|FMI|Fonds monétaire international|Internationaler Währungsfonds|IWF|Fondo Monetario Internacional|Fondo monetario internazionale|Fundo Monetário Internacional|Internationaal Monetair Fonds|Międzynarodowy Fundusz Walutowy|MFW|Mezinárodní měnový fond|MMF|Nemzetközi Valutaalap|Fondul Monetar Internațional|Kansainvälinen valuuttarahasto|Internationella valutafonden|Den Internationale Valutafond|Международный валютный фонд|МВФ|Міжнародний валютний фонд|Међународни монетарни фонд|Международния валутен фонд|Διεθνές Νομισματικό Ταμείο|ΔΝΤ|Uluslararası Para Fonu|Quỹ Tiền tệ Quốc tế|Dana Moneter Internasional|صندوق النقد الدولي|קרן המטבע הבינלאומית|国際通貨基金|国际货币基金组织|국제통화기금", "African Union", "ASEAN", "Interpol|INTERPOL", "UNHCR", "UNICEF",
	"World Food Programme|WFP", "OECD", "International Criminal Court|ICC", "G7", "G20", "Council of Europe|Conseil de l'Europe|Europarat|Consejo de Europa|Consiglio d'Europa|Conselho da Europa|Raad van Europa|Rada Europy|Rada Evropy|Európa Tanács|Consiliul Europei|Euroopan neuvosto|Europarådet|Vijeće Europe|Svet Evrope|Савет Европе|Съвета на Европа|Совет Европы|Рада Європи|Συμβούλιο της Ευρώπης|Avrupa Konseyi|Europos Taryba|Eiropas Padome|Euroopa Nõukogu", "Council of Europe Development Bank|Banque de développement du Conseil de l'Europe|Entwicklungsbank des Europarates|Banco de Desarrollo del Consejo de Europa|Развојна банка Савета Европе|Банк развития Совета Европы|Банк розвитку Ради Європи|Bank Rozwoju Rady Europy", "International Labour Organization|ILO|International Labour Organisation|OIT|Organisation internationale du travail|Internationale Arbeitsorganisation|Organización Internacional del Trabajo|Organizzazione internazionale del lavoro|Organização Internacional do Trabalho|Internationale Arbeidsorganisatie|Międzynarodowa Organizacja Pracy|Mezinárodní organizace práce|Nemzetközi Munkaügyi Szervezet|Organizația Internațională a Muncii|Kansainvälinen työjärjestö|Internationella arbetsorganisationen|Den Internationale Arbejdsorganisation|Међународна организација рада|Международната организация на труда|Международная организация труда|МОТ|Міжнародна організація праці|МОП|Διεθνής Οργάνωση Εργασίας|Uluslararası Çalışma Örgütü|Tổ chức Lao động Quốc tế|Organisasi Perburuhan Internasional|منظمة العمل الدولية|ארגון העבודה הבינלאומי|国際労働機関|国际劳工组织|국제노동기구",
	"GCHQ", "MI5", "MI6|Secret Intelligence Service", "National Cyber Security Centre|NCSC",
	"Royal Navy", "British Army", "Royal Air Force|RAF", "Royal Marines", "Ministry of Defence|MoD|MOD",
	"Defence Equipment and Support|DE&S", "Defence Science and Technology Laboratory|Dstl",
	"Crown Prosecution Service|CPS", "Environment Agency", "Met Office", "NHS England", "NHS|National Health Service",
	"U.S. Navy|US Navy|United States Navy", "U.S. Army|US Army|United States Army", "U.S. Air Force|US Air Force|USAF",
	"U.S. Marine Corps|US Marine Corps|USMC", "U.S. Department of Defense|Pentagon|Department of Defense|DoD",
	"Bundeswehr", "Deutsche Marine", "Luftwaffe", "Marine nationale", "Armée de Terre", "Premier League",
	"European Space Agency|ESA|Den Europæiske Rumorganisation|Europäische Weltraumorganisation|Agence spatiale européenne|Agencia Espacial Europea|Agenzia Spaziale Europea|Agência Espacial Europeia|Europese Ruimtevaartorganisatie|Europeiska rymdorganisationen|Euroopan avaruusjärjestö|Europejska Agencja Kosmiczna|Evropská kosmická agentura", "Airbus", "Rheinmetall", "BAE Systems", "Thales", "Leonardo", "Saab", "Lockheed Martin",
	// Stock exchanges a listed company names, each by the name its
	// text writes (a ticker's bare "NYSE:" is no mention of the story).
	"London Stock Exchange", "New York Stock Exchange", "Euronext Paris", "Euronext Amsterdam", "Euronext Brussels", "Euronext Lisbon",
	"Euronext Dublin", "Euronext Milan", "Euronext Oslo|Oslo Børs", "Nasdaq Stockholm", "Nasdaq Helsinki", "Nasdaq Copenhagen",
	"Nasdaq Tallinn", "Nasdaq Riga", "Nasdaq Vilnius", "Nasdaq Iceland", "Deutsche Börse", "Frankfurter Wertpapierbörse", "Wiener Börse",
	"SIX Swiss Exchange", "Borsa Italiana", "Bolsa de Madrid", "Giełda Papierów Wartościowych w Warszawie", "Warsaw Stock Exchange",
	"Burza cenných papírů Praha", "Prague Stock Exchange", "Budapesti Értéktőzsde", "Bursa de Valori București", "Borsa İstanbul|Borsa Istanbul",
	"Χρηματιστήριο Αθηνών", "Tel Aviv Stock Exchange", "בורסת תל אביב", "Tokyo Stock Exchange", "東京証券取引所", "Korea Exchange", "한국거래소",
	"Taiwan Stock Exchange", "臺灣證券交易所", "Taipei Exchange", "Hong Kong Stock Exchange", "Singapore Exchange", "Shanghai Stock Exchange",
	"上海证券交易所", "Shenzhen Stock Exchange", "深圳证券交易所", "National Stock Exchange of India", "Bombay Stock Exchange",
	"Johannesburg Stock Exchange", "Australian Securities Exchange", "Toronto Stock Exchange", "Bursa Malaysia", "Bursa Efek Indonesia",
	"Indonesia Stock Exchange", "Stock Exchange of Thailand", "Saudi Exchange", "Nigerian Exchange", "Nairobi Securities Exchange",
	"Boeing", "Raytheon", "General Dynamics", "Northrop Grumman", "Babcock International|Babcock", "Naval Group", "MBDA",
	"KNDS", "Kongsberg", "Hensoldt", "Diehl Defence", "Fincantieri", "Navantia", "Patria", "Nammo",
}

// nationalBodies: armed forces, ministries and agencies that releases
// name in their own language, canonical as written there (the corpus
// tags "Försvarsmakten", not "Swedish Armed Forces"), with the inflected
// and short forms their texts use.
var nationalBodies = []string{
	"Bundeswehr", "Österreichisches Bundesheer|Bundesheer|Bundesheeres|Österreichische Bundesheer|Österreichischen Bundesheer|Österreichischen Bundesheeres",
	"Schweizer Armee", "Bundespolizei", "Deutsche Bahn", "Technisches Hilfswerk|THW",
	"Ministère des Armées", "Armée de l'Air et de l'Espace", "Direction générale de l'armement|DGA", "Gendarmerie nationale",
	"Ejército de Tierra", "Armada Española", "Ejército del Aire y del Espacio", "Guardia Civil", "Policía Nacional", "Unidad Militar de Emergencias|UME",
	"Marina Militare", "Esercito Italiano", "Aeronautica Militare", "Guardia di Finanza", "Guardia Costiera", "Arma dei Carabinieri|Carabinieri",
	"Marinha Portuguesa", "Exército Português", "Força Aérea Portuguesa", "Marinha do Brasil", "Exército Brasileiro", "Força Aérea Brasileira",
	"Koninklijke Marine", "Koninklijke Landmacht", "Koninklijke Luchtmacht", "Koninklijke Marechaussee", "Ministerie van Defensie", "Belastingdienst", "FIOD",
	"Wojsko Polskie|Wojska Polskiego", "Wojska Obrony Terytorialnej|Wojsk Obrony Terytorialnej", "Agencja Uzbrojenia|Agencji Uzbrojenia|Agencję Uzbrojenia",
	"Ministerstwo Obrony Narodowej|Ministerstwa Obrony Narodowej|MON", "Marynarka Wojenna|Marynarki Wojennej", "Państwowa Straż Pożarna|Państwowej Straży Pożarnej",
	"Sejm|Sejmu", "Armáda České republiky|Armády České republiky|Armádu České republiky|Armáda ČR|Armády ČR|AČR",
	"Magyar Honvédség|Magyar Honvédséget|Magyar Honvédségnél|Magyar Honvédségben", "Honvédelmi Minisztérium|Honvédelmi Minisztériumot|Honvédelmi Minisztériummal",
	"Armata Română|Armatei Române", "Forțele Aeriene Române|Forțelor Aeriene Române", "Forțele Navale Române|Forțelor Navale Române", "Ministerul Apărării Naționale|MApN",
	"Hrvatska vojska|Hrvatske vojske", "Türk Silahlı Kuvvetleri|TSK", "Savunma Sanayii Başkanlığı|SSB", "Türk Kızılay|Kızılay",
	"Försvarsmakten|Försvarsmaktens", "Försvarets materielverk|FMV", "Polisen|Polismyndigheten", "Tullverket", "Kustbevakningen",
	"Puolustusvoimat|Puolustusvoimien|Puolustusvoimissa", "Maavoimat|Maavoimien", "Merivoimat|Merivoimien", "Ilmavoimat|Ilmavoimien",
	"Rajavartiolaitos|Rajavartiolaitoksen", "Valtioneuvosto|Valtioneuvoston", "Puolustusministeriö|Puolustusministeriön",
	"Søværnet|Søværnets", "Hæren|Hærens", "Flyvevåbnet|Flyvevåbnets", "Forsvarskommandoen", "Arktisk Kommando|Arktisk Kommandos",
	"Sjøforsvaret|Sjøforsvarets", "Luftforsvaret|Luftforsvarets", "Forsvarsmateriell", "Kystverket", "Heimevernet|Heimevernets",
	"Armén|Arméns", "Marinen|Marinens", "Flygvapnet|Flygvapnets", "Hemvärnet|Hemvärnets",
	"Forsvaret|Forsvarets", "Hjemmeværnet|Hjemmevernet", "Forsvarsministeriet", "Forsvarsdepartementet", "Utenriksdepartementet", "Storting|Stortinget", "Folketinget",
	"Kaitseministeerium|Kaitseministeeriumi", "Kaitsevägi|Kaitseväe", "Kaitseliit|Kaitseliidu",
	// Police, border guard and emergency services, as their own language
	// names them, with the case forms texts use most.
	"Politsei- ja Piirivalveamet|Politsei- ja Piirivalveameti", "Päästeamet|Päästeameti", "Valsts policija|Valsts policijas",
	"Valsts robežsardze|Valsts robežsardzes", "Valsts ugunsdzēsības un glābšanas dienests", "Policijos departamentas",
	"Valstybės sienos apsaugos tarnyba", "Landhelgisgæslan|Landhelgisgæslunnar", "Ríkislögreglustjóri|Ríkislögreglustjóra",
	"Veðurstofa Íslands|Veðurstofu Íslands", "Policie České republiky|Policie ČR", "Hasičský záchranný sbor", "Policajný zbor",
	"Országos Katasztrófavédelmi Főigazgatóság", "Inspectoratul General pentru Situații de Urgență|IGSU",
	"Державна прикордонна служба України|Державної прикордонної служби України|ДПСУ",
	"Державна служба України з надзвичайних ситуацій|ДСНС", "Національна гвардія України|Національної гвардії України",
	"Національна поліція України|Національної поліції України", "Војска Србије|Војске Србије|Vojska Srbije|Vojske Srbije",
	"Министарство одбране|Министарства одбране", "Ministarstvo unutarnjih poslova|Ministarstva unutarnjih poslova",
	"Ελληνική Αστυνομία|Ελληνικής Αστυνομίας", "Πυροσβεστικό Σώμα|Πυροσβεστικού Σώματος",
	"Tentara Nasional Indonesia|TNI", "TNI Angkatan Laut|TNI AL", "TNI Angkatan Darat|TNI AD", "TNI Angkatan Udara|TNI AU",
	"Badan Nasional Penanggulangan Bencana|BNPB", "Badan Meteorologi, Klimatologi, dan Geofisika|BMKG", "Badan Riset dan Inovasi Nasional|BRIN",
	"Kepolisian Negara Republik Indonesia|Polri", "Badan Nasional Pencarian dan Pertolongan|Basarnas",
	"Polis Diraja Malaysia|PDRM", "Suruhanjaya Pencegahan Rasuah Malaysia|SPRM", "Tentera Laut Diraja Malaysia|TLDM",
	"Angkatan Tentera Malaysia", "PAGASA", "Bangko Sentral ng Pilipinas",
	"An Garda Síochána|Garda Síochána|Gardaí",
	// The defence ministries of NATO and EU members and partners, as
	// their own language names them (the others are above).
	"Bundesministerium der Verteidigung|BMVg", "Bundesministerium für Landesverteidigung|BMLV", "Ministerio de Defensa",
	"Ministero della Difesa", "Ministério da Defesa Nacional", "Ministerstvo obrany|Ministerstvo obrany České republiky|MO ČR",
	"Ministerstvo obrany Slovenskej republiky|MO SR", "Ministrstvo za obrambo|Ministrstvo za obrambo Republike Slovenije|MORS",
	"Ministarstvo obrane Republike Hrvatske|Ministarstvo obrane|MORH", "Министерство на отбраната", "Υπουργείο Εθνικής Άμυνας|ΥΠΕΘΑ",
	"Milli Savunma Bakanlığı", "Krašto apsaugos ministerija|KAM", "Aizsardzības ministrija", "Försvarsdepartementet",
	"Ministria e Mbrojtjes", "Министерство за одбрана", "Ministarstvo odbrane", "Υπουργείο Άμυνας", "Department of National Defence|DND",
	"Міністерство оборони України|Міноборони", "Ministerstvo oborony Ukrainy",
	// Their armed forces and services, each form as texts write it (the
	// short form is the tag where the text uses it).
	"Kara Kuvvetleri Komutanlığı", "Kara Kuvvetleri", "Deniz Kuvvetleri Komutanlığı", "Deniz Kuvvetleri", "Hava Kuvvetleri Komutanlığı",
	"Hava Kuvvetleri", "Sahil Güvenlik Komutanlığı", "Jandarma Genel Komutanlığı", "Българска армия", "Сухопътни войски",
	"Военноморски сили", "Военновъздушни сили", "Збройні сили України|ЗСУ", "Сили оборони України", "Сили оборони",
	"Сухопутні війська", "Військово-морські сили", "Повітряні сили", "Hrvatsko ratno zrakoplovstvo", "Hrvatska ratna mornarica",
	"Hrvatska kopnena vojska", "Vzdušné síly", "Pozemní síly", "Ozbrojené sily Slovenskej republiky", "Slovenska vojska",
	"Ελληνικός Στρατός", "Πολεμικό Ναυτικό", "Πολεμική Αεροπορία", "Γενικό Επιτελείο Εθνικής Άμυνας|ΓΕΕΘΑ", "Lietuvos kariuomenė|Lietuvos kariuomenės|Lietuvos kariuomenei|Lietuvos kariuomenėje",
	"Nacionālie bruņotie spēki|Nacionālo bruņoto spēku", "Deutsches Heer", "Österreichisches Bundesheer", "Forțele Terestre Române",
	"防衛省", "防衛装備庁", "陸上自衛隊", "海上自衛隊", "航空自衛隊", "海上保安庁", "국방부", "방위사업청",
	// National bodies in scripts without capitals, named alone (a release
	// of that country does not repeat the country's name), as written.
	"自衛隊", "統合幕僚監部", "外務省", "警察庁", "消防庁", "國防部", "国防部", "海軍陸戰隊", "海军陆战队", "海巡署", "內政部", "内政部",
	"中國人民解放軍", "中国人民解放军", "합동참모본부", "해양경찰청", "경찰청", "소방청", "외교부",
	"פיקוד העורף", "כבאות והצלה", "משטרת ישראל", "משרד הביטחון", "חיל האוויר", "חיל הים", "מגן דוד אדום",
	"وزارة الدفاع", "القوات المسلحة", "الدفاع المدني", "وزارة الداخلية", "القوات الجوية", "القوات البحرية",
	"रक्षा मंत्रालय", "भारतीय सेना", "भारतीय नौसेना", "भारतीय वायु सेना", "गृह मंत्रालय", "भारतीय तटरक्षक बल",
	// Well-known national regulators, services, parliaments and companies
	// releases name by the name they use at home.
	"Armscor", "GeoSphere Austria", "Ofgem", "YouGov", "Department for Energy Security and Net Zero", "HM Coastguard",
	"RNLI|Royal National Lifeboat Institution", "Crime Stoppers", "Royal Engineers", "U.S. Customs and Border Protection",
	"Sûreté du Québec", "Investissement Québec", "Embraer", "Exail", "Air Greenland", "Grønlands Politi", "Business Finland",
	"Poliisihallitus", "Medlingsinstitutet", "Sametinget", "Riigikogu|Riigikogus", "Saeima|Saeimas", "Bundesrat",
	"Assembleia da República", "Audiencia Nacional", "Fiscalía General de la Nación", "Fuerza Aeroespacial Colombiana", "Ibama",
	"भारत मौसम विज्ञान विभाग", "राष्ट्रीय आपदा मोचन बल", "農林水産省", "環境省", "海上保安庁", "과학기술정보통신부", "한국인터넷진흥원", "中国船级社",
}

// regionsAndSeas: places above or between countries, and a few
// well-known areas inside them, that no country or city table holds.
var regionsAndSeas = []string{
	// Seas in the desk's languages, with the case forms their texts use
	// most ("na Bałtyku", "Itämerellä"); a name may open with a lower-case
	// generic word ("mer du Nord", "morze Bałtyckie").
	"Baltic Sea|Baltic|Ostsee|mer Baltique|Mar Báltico|mar Báltico|Mar Baltico|mar Baltico|Oostzee|Östersjön|Østersøen|Østersjøen|Itämeri|Itämerellä|Itämeren|Itämerelle|Läänemeri|Läänemerel|Läänemere|Baltijas jūra|Baltijas jūrā|Baltijos jūra|Baltijos jūroje|morze Bałtyckie|Morze Bałtyckie|Morzu Bałtyckim|morzu Bałtyckim|Bałtyk|Bałtyku|Baltské moře|Baltském moři|Balti-tenger|Balti-tengeren|Marea Baltică|Baltičko more|Балтийское море|Балтийском море|Балтийского моря|Балтика|Балтике|Балтійське море|Балтійському морі|Балтійського моря|Балтийско море|Βαλτική|Baltık Denizi|バルト海|波罗的海|波羅的海|발트해",
	"North Sea|Nordsee|mer du Nord|Mar del Norte|mar del Norte|Mare del Nord|Mar do Norte|Noordzee|Nordsjön|Nordsøen|Nordsjøen|Pohjanmeri|Põhjameri|Morze Północne|Morzu Północnym|Severní moře|Északi-tenger|Marea Nordului|Северное море|Північне море|Kuzey Denizi",
	"Black Sea|Schwarzes Meer|Schwarzen Meer|mer Noire|Mar Negro|mar Negro|Mar Nero|mar Nero|Zwarte Zee|Svarta havet|Sortehavet|Svartehavet|Mustameri|Musta meri|Morze Czarne|Morzu Czarnym|Černé moře|Fekete-tenger|Marea Neagră|Crno more|Черное море|Черном море|Черного моря|Чорне море|Чорному морі|Чорного моря|Черно море|Μαύρη Θάλασσα|Karadeniz|黒海|黑海|흑해",
	// English writes "the Mediterranean"; a release in another language
	// names the sea, which the desk tags as "Mediterranean Sea".
	"Mediterranean", "Mediterranean Sea|Mittelmeer|Méditerranée|mer Méditerranée|Mediterráneo|Mar Mediterráneo|mar Mediterráneo|Mediterraneo|Mar Mediterraneo|mar Mediterraneo|Mediterrâneo|Mar Mediterrâneo|Middellandse Zee|Medelhavet|Middelhavet|Välimeri|Vahemeri|Morze Śródziemne|Morzu Śródziemnym|Středozemní moře|Földközi-tenger|Marea Mediterană|Sredozemno more|Средиземное море|Середземне море|Средиземно море|Μεσόγειος|Akdeniz|地中海|지중해",
	"Red Sea|Rotes Meer|Roten Meer|mer Rouge|Mar Rojo|mar Rojo|Mar Rosso|mar Rosso|Mar Vermelho|Rode Zee|Röda havet|Morze Czerwone|Morzu Czerwonym|Красное море|Червоне море|Kızıldeniz|紅海|红海|홍해",
	"Aegean Sea|Ägäis|Aegean|mer Égée|Mar Egeo|mar Egeo|Αιγαίο|Αιγαίο Πέλαγος|Ege Denizi|Ege",
	"South China Sea|Südchinesisches Meer|mer de Chine méridionale|Mar de China Meridional|南シナ海|南海|남중국해",
	"Taiwan Strait|Straße von Taiwan|détroit de Taïwan|台湾海峡|台灣海峽|대만해협",
	"Barents Sea|Barentssee|Barentshavet|mer de Barents|Баренцево море",
	"Norwegian Sea|Nordmeer|Europäisches Nordmeer|Norskehavet",
	"Gulf of Finland|Finnischer Meerbusen|Suomenlahti|Suomenlahdella|Soome laht|Finska viken|Финский залив|Фінська затока",
	"Sea of Azov|Asowsches Meer|Азовское море|Азовське море|Azak Denizi",
	// Broad regions in the desk's languages and scripts (a lone mention
	// counts only in the headline or when named twice: see broadRegions).
	"Europe|Europa|Evropa|Eurooppa|Euroopa|Eiropa|Európa|Avrupa|Европа|Європа|Ευρώπη|欧洲|歐洲|ヨーロッパ|欧州|유럽|Châu Âu|אירופה|أوروبا",
	"Asia|Asie|Asien|Azja|Azji|Aasia|Ázsia|Asya|Азия|Азія|Ασία|亚洲|亞洲|アジア|아시아|Châu Á|אסיה|آسيا",
	"Africa|Afrika|Afrique|Afryka|Afryce|Afrikka|Aafrika|Afrique|África|Африка|Αφρική|非洲|アフリカ|아프리카|אפריקה|أفريقيا|إفريقيا",
	"North America", "South America", "Latin America",
	"Middle East|Nahost|Naher Osten|Moyen-Orient|Oriente Medio|Medio Oriente|Oriente Médio|Midden-Oosten|Mellanöstern|Mellemøsten|Midtøsten|Lähi-itä|Bliski Wschód|Bliskim Wschodzie|Blízký východ|Orta Doğu|Ortadoğu|Orient Mijlociu|Ближний Восток|Близький Схід|Близкия изток|Μέση Ανατολή|中东|中東|중동|Trung Đông|המזרח התיכון|الشرق الأوسط",
	"Southeast Asia|South-East Asia|Südostasien|Asie du Sud-Est|Sudeste Asiático|Sudeste de Asia|Sud-est asiatico|Zuidoost-Azië|Sydostasien|Sydøstasien|Kaakkois-Aasia|Azja Południowo-Wschodnia|Azji Południowo-Wschodniej|Jihovýchodní Asie|Güneydoğu Asya|Asia de Sud-Est|Юго-Восточная Азия|Південно-Східна Азія|Νοτιοανατολική Ασία|东南亚|東南亞|東南アジア|동남아시아|동남아|Đông Nam Á",
	"Balkans|Balkan", "Western Balkans|Westbalkan", "Scandinavia", "Arctic|Arktis|Arctique|Ártico|Artico|Arktyka|Arktyce|Arktida|Arktika|Arktisen|Арктика|Арктике|Арктиці|Αρκτική|北极|北極|북극", "High North", "Sahel", "Indo-Pacific",
	"Caucasus", "Southern Europe|Südeuropa|sur de Europa|Europa meridional|Europe du Sud|Europa meridionale|Zuid-Europa",
	"Eastern Europe|Osteuropa|este de Europa|Europa del Este|Europe de l'Est|Europa orientale|Oost-Europa|Europa Wschodnia|Europy Wschodniej",
	"Central Europe|Mitteleuropa|Europe centrale|Europa central|Europa centrale|Europa Środkowa|Europy Środkowej",
	"Northern Europe|Nordeuropa|norte de Europa|Europe du Nord|Europa settentrionale|Noord-Europa", "Western Europe|Westeuropa|Europe de l'Ouest",
	// Finland's regions by compass word, in the cases Finnish texts write.
	"Eastern Finland|Itä-Suomi|Itä-Suomen|Itä-Suomessa|Itä-Suomeen", "Western Finland|Länsi-Suomi|Länsi-Suomen|Länsi-Suomessa",
	"Northern Finland|Pohjois-Suomi|Pohjois-Suomen|Pohjois-Suomessa", "Southern Finland|Etelä-Suomi|Etelä-Suomen|Etelä-Suomessa",
	"South-East Finland|Kaakkois-Suomi|Kaakkois-Suomen|Kaakkois-Suomessa", "South-West Finland|Lounais-Suomi|Lounais-Suomen|Lounais-Suomessa",
	"Baltic states|Baltic States|Baltikum|baltischen Staaten|pays baltes",
	"Caribbean", "Persian Gulf", "Gulf of Aden", "Gulf of Oman", "Arabian Sea",
	"Atlantic|Atlantic Ocean|Atlantik", "North Atlantic|Nordatlantik", "South Atlantic|Atlántico Sur|Atlântico Sul|Südatlantik|Atlantique Sud", "Pacific|Pacific Ocean|Pazifik", "Indian Ocean",
	"English Channel|Manche|la Manche|Ärmelkanal|Canal de la Mancha", "Irish Sea", "Strait of Hormuz", "Bab el-Mandeb Strait|Bab el-Mandeb",
	"Torres Strait", "Bosphorus", "Kerch Strait", "Strait of Gibraltar", "Suez Canal",
	// Rivers that cross several countries, in their languages and the
	// case forms texts write after a preposition ("pe Dunăre", "przez Odrę").
	"Danube|Donau|Dunărea|Dunăre|Dunării|Dunav|Dunavu|Dunava|Duna|Dunán|Dunaj|Dunaji|Dunaju|Dunaja|Danubio|Danúbio|Дунай|Дунаю|Дунаї|Дунае|Дуная|Дунав|Дунава|Δούναβης|Δούναβη",
	"Oder|Odra|Odrze|Odrę|Odry|Odrą|Odře", "Rhine|Rhein|Rheins|Rhin|Rijn", "Elbe|Labe|Łaba|Łabie|Łaby",
	"Adriatic Sea|Adriatic|Adria", "Ionian Sea", "Celtic Sea", "Bay of Biscay", "Skagerrak", "Kattegat",
	"Gulf of Bothnia", "Gulf of Riga", "Sea of Japan", "East China Sea", "Yellow Sea", "Philippine Sea",
	"Coral Sea", "Tasman Sea", "Gulf of Guinea", "Gulf of Mexico", "Caspian Sea", "Strait of Malacca", "Lombok Strait",
	"Shetland|Shetland Islands", "Orkney|Orkney Islands", "Anglesey", "Hebrides|Outer Hebrides", "Saaremaa", "Hiiumaa", "Gotland",
	"Bornholm", "Åland|Aland Islands", "Crete|Kreta|Κρήτη|Κρήτης", "Ladakh", "Valais|Wallis", "The Hague|Den Haag", "Kaliningrad",
	"Salisbury Plain", "Isle of Wight", "Northern Norway", "Finnmark", "Soviet Union|USSR", "Crimea|Krim", "Donbas|Donbass",
	"England", "Scotland", "Wales", "Northern Ireland", "Great Britain",
	"Devon", "Cornwall", "North Yorkshire", "South Yorkshire", "West Yorkshire", "Yorkshire", "Fife", "Kent", "Hampshire", "Wiltshire",
	"Greater Manchester", "Greater London", "Merseyside", "West Midlands", "Tyne and Wear",
	// England's statistical regions, as ONS names them
	"Yorkshire and the Humber", "North East England", "North West England", "East of England", "South East England",
	"South West England", "East Midlands",
	"Gloucestershire", "Lancashire", "Cumbria", "Essex", "Surrey", "Sussex", "Dorset", "Somerset", "Norfolk", "Suffolk",
	"Lower Saxony|Niedersachsen", "Bavaria|Bayern", "Saxony|Sachsen", "Schleswig-Holstein", "Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern",
	"North Rhine-Westphalia|Nordrhein-Westfalen", "Baden-Württemberg", "Hesse|Hessen", "Brandenburg", "Thuringia|Thüringen",
	"Rhineland-Palatinate|Rheinland-Pfalz", "Saxony-Anhalt|Sachsen-Anhalt", "Saarland",
	"Lower Austria|Niederösterreich", "Upper Austria|Oberösterreich", "Styria|Steiermark", "Tyrol|Tirol", "Carinthia|Kärnten", "Vorarlberg", "Salzburg",
	"Var", "Brittany|Bretagne", "Normandy|Normandie", "Provence", "Corsica|Corse", "Catalonia|Cataluña|Catalunya", "Andalusia|Andalucía",
	// Greece's regions and the areas its civil protection names, in the
	// nominative, genitive and accusative Greek texts write them.
	"Attica|Αττική|Αττικής", "West Attica|Δυτική Αττική|Δυτικής Αττικής", "East Attica|Ανατολική Αττική|Ανατολικής Αττικής",
	"Central Macedonia|Κεντρική Μακεδονία|Κεντρικής Μακεδονίας", "Western Macedonia|Δυτική Μακεδονία|Δυτικής Μακεδονίας",
	"Eastern Macedonia and Thrace|Ανατολική Μακεδονία και Θράκη|Ανατολικής Μακεδονίας και Θράκης", "Thrace|Θράκη|Θράκης",
	"Epirus|Ήπειρος|Ηπείρου|Ήπειρο", "Thessaly|Θεσσαλία|Θεσσαλίας", "Central Greece|Στερεά Ελλάδα|Στερεάς Ελλάδας",
	"Western Greece|Δυτική Ελλάδα|Δυτικής Ελλάδας", "Peloponnese|Πελοπόννησος|Πελοποννήσου|Πελοπόννησο",
	"Ionian Islands|Ιόνια Νησιά|Ιονίων Νήσων", "North Aegean|Βόρειο Αιγαίο|Βορείου Αιγαίου", "South Aegean|Νότιο Αιγαίο|Νοτίου Αιγαίου",
	"Euboea|Εύβοια|Εύβοιας|Ευβοίας", "Boeotia|Βοιωτία|Βοιωτίας", "Chalkidiki|Χαλκιδική|Χαλκιδικής",
	"Evros|Έβρος|Έβρου|Έβρο", "Cyclades|Κυκλάδες|Κυκλάδων", "Dodecanese|Δωδεκάνησα|Δωδεκανήσων", "Lesbos|Λέσβος|Λέσβου|Λέσβο",
	"Sicily|Sicilia", "Sardinia|Sardegna", "Azores|Açores", "Madeira", "Greenland|Grønland", "Svalbard", "Lapland",
	"Eastern Cape", "Western Australia", "Borno State", "Gaza|Gaza Strip", "West Bank", "Kashmir", "Tibet", "Xinjiang",
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
	"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
	"Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
	"New York State", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
	"South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
}

// countryNames overrides CLDR's English short names where the corpus
// (and most desks) write them differently, and adds common aliases.
var countryNames = map[string][]string{
	"GB": {"United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "Vereinigtes Königreich", "Royaume-Uni", "Reino Unido"},
	"US": {"United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America",
		// the short forms and case forms other languages write more than the display name
		"SUA", "Statele Unite", "Statelor Unite", "САЩ", "США", "ΗΠΑ", "ABD", "EE.UU.", "EUA", "Stany Zjednoczone",
		"Stanów Zjednoczonych", "Stanach Zjednoczonych", "Yhdysvallat", "Yhdysvaltojen", "Yhdysvaltain", "Spojené státy", "Spojených států"},
	"CZ": {"Czech Republic", "Czechia", "Tschechien", "Česko", "Česká republika", "République tchèque", "République Tchèque"},
	"BA": {"Bosnia and Herzegovina", "Bosnia", "Bosnia & Herzegovina"},
	"KR": {"South Korea", "Republic of Korea", "한국", "대한민국", "韓国", "韩国"},
	"TW": {"Taiwan", "台灣", "臺灣", "台湾"},
	"CN": {"China", "中国", "中國"},
	"KP": {"North Korea"},
	"MK": {"North Macedonia", "Macedonia"},
	"NL": {"Netherlands", "the Netherlands", "Holland"},
	"PS": {"Palestine", "Palestinian Territories"},
	"TR": {"Türkiye", "Turkey", "Türkei", "Turquie", "Turquía"},
	"RU": {"Russia", "Russian Federation"},
	"CI": {"Côte d'Ivoire", "Ivory Coast"},
	"MM": {"Myanmar", "Burma"}, "BU": {"Myanmar", "Burma"}, // BU: the old code, read first
	"VA": {"Vatican City", "Holy See"},
	"CD": {"Democratic Republic of the Congo", "DR Congo", "DRC"},
	"HK": {"Hong Kong", "Hong Kong SAR China"},
	"MO": {"Macao", "Macau", "Macao SAR China"},
}

// countryLanguages are the display languages whose country names are
// matched: the desk's languages and their neighbours.
var countryLanguages = []string{"en", "fr", "de", "es", "it", "nl", "pt", "pl", "cs", "sk", "hu", "ro", "sv", "da", "nb", "fi", "et", "lv", "lt", "el", "ru", "uk", "hr", "sl", "sr", "bg", "tr", "ar", "zh", "ja", "ko", "vi", "id", "he"}
