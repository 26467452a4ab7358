package normalise

import "testing"

// Non-releases that copy a release's whole layout (label, title,
// dateline) and still announce nothing: a sale of passes or services
// offered to the reader, a round-up of other outlets' stories, a letter
// offering an interview. Beside them, releases that price their own
// events and products in the third person, or list sources. Wordings are
// our own.
func TestKindLookalikes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"conference passes offered to the reader, English", "PRESS RELEASE: Port security summit – last seats",
			"FOR IMMEDIATE RELEASE\n\nPort operators meet in Rotterdam for Harbour Security Forum\n\nLONDON, 4 March 2026 – Over 400 port security managers will meet at the Harbour Security Forum on 12 May in Rotterdam.\n\nAs a member of the trade press, you can claim a delegate pass at the reduced rate of £795 + VAT (save £300). Enter code MEDIA26 when you register.\n\nBook today: https://harbour-forum.example/register", false},
		{"trade fair stands offered to the reader, German", "Pressemitteilung: Sicherheitsmesse 2026",
			"PRESSEMITTEILUNG\n\nSicherheitsmesse öffnet im Juni in Leipzig\n\nLEIPZIG, 4. März 2026 – Mehr als 300 Aussteller werden zur Sicherheitsmesse im Juni erwartet.\n\nSichern Sie sich jetzt Ihren Stand zum Frühbucherpreis von 2.450 € zzgl. MwSt. Mit dem Rabattcode PRESSE26 sparen Sie weitere 10 %.\n\nJetzt buchen: https://messe.example/stand", false},
		{"news distribution offered to the reader, French", "Communiqué : diffusez vos actualités",
			"COMMUNIQUÉ DE PRESSE\n\nUne nouvelle offre pour les communicants\n\nPARIS, 4 mars 2026 – Envoyez votre communiqué à 8 000 journalistes et rédactions en un clic. Notre formule vous est proposée à 249 € HT, soit 30 % de moins que l'an dernier.\n\nCommandez avant le 31 mars.", false},
		{"conference release with third-person prices stays a release", "Harbour Security Forum opens registration",
			"PRESS RELEASE\n\nHarbour Security Forum opens registration\n\nROTTERDAM, 4 March 2026 – Registration for the Harbour Security Forum opened on Tuesday. Early-bird passes cost €450 until 1 April, and the full rate is €650. Student tickets are free.\n\nThe forum brings together 400 port security managers on 12 May.\n\nHarbour Security Forum", true},
		{"media digest under a dateline, English", "MEDIA DIGEST – Defence news, 4 March",
			"MEDIA DIGEST\n\nToday's defence headlines\n\nBRUSSELS, 4 March 2026 – A selection of this morning's coverage.\n\nNavy orders six new corvettes – The Maritime Herald\nhttps://maritimeherald.example/corvettes\n\nArmy trials new field radios – Land Forces Weekly\nhttps://landforces.example/radios\n\nAir force retires tanker fleet early – Air Review\nhttps://airreview.example/tankers\n\nYou receive this digest as a subscriber. Unsubscribe.", false},
		{"press review under a dateline, Italian", "Rassegna stampa difesa – 4 marzo",
			"RASSEGNA STAMPA\n\nLe notizie della difesa di oggi\n\nROMA, 4 marzo 2026 – La selezione del mattino.\n\nLa Marina ordina due nuovi pattugliatori (Il Quotidiano del Mare)\n\nL'Esercito prova nuove radio da campo (Corriere delle Forze)\n\nL'Aeronautica ritira i vecchi aerei cisterna (Cieli Oggi)\n\nPer non ricevere più la rassegna, rispondere a questa mail.", false},
		{"round-up of credited stories without a heading, Spanish", "Lo más leído sobre defensa – 4 de marzo",
			"Defensa al día\n\nMADRID, 4 de marzo de 2026 – Estas son las historias de la mañana.\n\nLa Armada encarga dos nuevos patrulleros – Diario del Puerto\n\nEl Ejército prueba radios de campaña – Revista Tierra\n\nEl Ejército del Aire retira sus aviones cisterna – Cielos Hoy\n\nPara darse de baja, responda a este correo.", false},
		{"press review of outlets' headlines after a colon, German", "Pressespiegel Sicherheit, 4. März",
			"PRESSESPIEGEL\n\nDie Sicherheitspolitik in den Zeitungen\n\nBERLIN, 4. März 2026 – Die Auswahl des Morgens.\n\nNordkurier: Marine bestellt zwei neue Korvetten für die Ostsee.\n\nRheinische Rundschau: Heer erprobt neue Funkgeräte im Manöver.\n\nHerausgeber: Sicherheitsmonitor GmbH", false},
		{"release with attributed quotations stays a release", "Shipyard wins frigate order",
			"PRESS RELEASE\n\nShipyard wins frigate order\n\nGLASGOW, 4 March 2026 – The shipyard won an order for three frigates on Tuesday.\n\n\"This secures 1,200 jobs for a decade\" – Anna Reid, chief executive\n\n\"The navy gets its ships two years earlier\" – Tom Hale, programme director\n\n\"A great day for the Clyde\" – Mary Kerr, union convenor\n\nENDS", true},
		{"morning briefing crediting outlets in prose, French", "Le briefing du matin – défense",
			"BRIEFING DU MATIN\n\nLa défense dans les journaux\n\nPARIS, 4 mars 2026 – Voici ce qu'il faut lire ce matin.\n\nLe Courrier des Ports écrit que la Marine commandera deux patrouilleurs de plus. Selon La Gazette des Armées, les essais des nouvelles radios commencent en avril.\n\nBonne lecture.", false},
		{"numbered press review, outlet before a dash, Dutch", "Persoverzicht defensie 4 maart",
			"PERSOVERZICHT\n\nDefensie in de kranten\n\nDEN HAAG, 4 maart 2026 – De selectie van vanochtend.\n\n1. Havenkrant – Marine bestelt twee nieuwe patrouilleschepen voor de Noordzee\n\n2. Landmachtblad – Leger test nieuwe radio's tijdens oefening op de Veluwe\n\nAfmelden kan via de link onderaan.", false},
		{"release citing sources stays a release", "Institute publishes naval report",
			"PRESS RELEASE\n\nInstitute publishes annual naval balance\n\nLONDON, 4 March 2026 – The institute published its annual naval balance on Tuesday. The report counts 1,200 warships in service worldwide, 40 more than a year ago.\n\nThe full report is available at https://institute.example/naval-balance.\n\nENDS", true},
		{"interview pitch with a dateline, French", "Proposition d'entretien – chantier naval",
			"Bonjour,\n\nLorient, le 4 mars 2026 – À l'occasion de ses vingt ans, le chantier Ar Mor souhaite vous proposer un entretien avec sa directrice, Anne Le Bihan.\n\nLe chantier emploie 210 personnes et a livré douze patrouilleurs.\n\nAnne Le Bihan est disponible pour un échange téléphonique la semaine prochaine. Seriez-vous intéressée ?\n\nBien cordialement,\n\nMarc Riou\nRelations presse", false},
		{"interview pitch with a dateline, German", "Gesprächsangebot: Werftchefin zum Jubiläum",
			"Guten Tag,\n\nKiel, 4. März 2026 – Zum 20-jährigen Bestehen der Werft möchten wir Ihnen ein Gespräch mit der Geschäftsführerin Anna Petersen anbieten.\n\nDie Werft beschäftigt 210 Menschen und hat zwölf Patrouillenboote gebaut.\n\nHätten Sie Interesse? Frau Petersen steht in der kommenden Woche für ein Telefonat zur Verfügung.\n\nViele Grüße\nMarc Jensen\nPressestelle", false},
		{"interview pitch with a dateline, Spanish", "Propuesta: conversación con la directora del astillero",
			"Hola,\n\nVigo, 4 de marzo de 2026 – Con motivo de su vigésimo aniversario, el astillero Ría Baixa quiere ofrecerle una conversación con su directora, Ana Souto.\n\nEl astillero emplea a 210 personas y ha entregado doce patrulleros.\n\n¿Le interesaría? Ana Souto está disponible para una llamada la próxima semana.\n\nUn saludo,\nMarcos Rial\nComunicación", false},
	})
}
