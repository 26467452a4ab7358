package normalise

import "testing"

// Non-releases dressed as releases (a city and a date on top, "press
// release" in the text, a greeting to a colleague), and releases that
// share one of their cues and must stay releases. Wordings are our own.
func TestKindImitations(t *testing.T) {
	checkKinds(t, []kindCase{
		{"phishing under a dateline", "Action required: verify your press account within 24 hours",
			"Press Office Account Notice\n\nGeneva, 3 March 2026\n\nDear member of the media,\n\nWe noticed unusual sign-in activity on your press account. Verify your account within 24 hours or it will be suspended.\n\nLog in here: https://press-portal-check.example/login\n\nAccreditation Desk", false},
		{"security agency warning about phishing stays a release", "Cyber centre warns journalists of fake accreditation emails",
			"Cyber centre warns journalists of fake accreditation emails\n\nTALLINN, 3 March 2026 – The national cyber security centre warned on Tuesday that fake emails asking reporters to verify your account within 24 hours are circulating before the summit. The messages say accounts will be suspended and link to a copied login page.\n\n\"No accreditation office asks for passwords by email,\" the centre's director said.\n\nAbout the centre\nThe centre protects state networks.", true},
		{"distribution offer under a dateline", "Put your announcement in front of 12,000 editors",
			"Spring Wire Packages\n\nLONDON, 4 March 2026 – Is your press release reaching the people who matter?\n\nWireCast sends your news to 12,000 business editors and guarantees posting on 300 sites. Spring packages start at £149 per release, and every order placed this month gets 20% off.\n\nReply to book a slot.\n\nWireCast Ltd | 1 Fleet Lane, London", false},
		{"phishing dressed as an embargoed release, the demand only in the text", "EMBARGOED: Council of Ministers statement (2026) 44",
			"COUNCIL PRESS RELEASE (2026) 44\n\nEMBARGOED UNTIL 14:00 CET 5 MARCH 2026\n\nStatement on the outcome of the Council meeting\n\nAs the statement is restricted, its full text is kept on the secure media portal for accredited press.\n\nYour accreditation lapses tonight. To keep receiving embargoed statements, confirm your credentials here: https://council-press-portal.example.org/secure/verify?u=5521\n\nUnless you confirm, your media account will be suspended.\n\nPress Service", false},
		{"release telling the press to verify at the accreditation desk stays a release", "Summit accreditation opens",
			"PRESS RELEASE\n\nEMBARGOED UNTIL 09:00 CET 5 MARCH 2026\n\nAccreditation for the summit opens on Monday\n\nJournalists who wish to cover the summit must confirm your accreditation at https://summit.example.org/accreditation by 20 March. Badges are collected on site against an identity document.\n\nThe summit takes place on 2 and 3 April in Vilnius.\n\nENDS", true},
		{"distribution offer with a release's end marker and contact", "FOR IMMEDIATE RELEASE: your news in front of 9,000 editors",
			"FOR IMMEDIATE RELEASE\n\nHarbourLine Wire opens spring booking: guaranteed distribution to 9,000 editors\n\nBOSTON, March 3, 2026 -- Launching a product in April? HarbourLine Wire puts your press release in front of 9,000 editors and analysts in 40 countries.\n\nUntil March 31 every package costs 20% less:\n\n- Regional: one release to 2,000 outlets, $450\n- National: one release to 9,000 outlets, $890\n\nReserve your slot now with code SPRING20.\n\nMedia contact: Dana Cole, sales@harbourline.example\n\n###", false},
		{"a newswire's own release about its business stays a release", "HarbourLine Wire reports record quarter",
			"FOR IMMEDIATE RELEASE\n\nHarbourLine Wire reports record first quarter\n\nBOSTON, April 8, 2026 -- HarbourLine Wire, which distributes press releases to 9,000 newsrooms, reported revenue of $12.4 million for the first quarter, up 18% on a year earlier. Its regional package, priced at $450, was the best seller.\n\n\"Demand for distribution to trade media keeps growing,\" said chief executive Dana Cole.\n\n###", true},
		{"distribution offer under a dateline, its deal in words", "FOR IMMEDIATE RELEASE: reach 2,000 Nordic newsrooms",
			"FOR IMMEDIATE RELEASE\n\nNordLine Wire launches a security newsline for the Nordics\n\nOSLO, 3 March 2026 – Exhibiting at a trade fair this spring? Make sure the journalists who matter hear about it.\n\nOur security newsline distributes your press release to 2,000 verified newsrooms in eight countries, translated into four languages.\n\nWinter offer: three releases for the price of two - from EUR 250. Guaranteed posting on 60 partner sites included.\n\nBook now at https://nordline.example/offer or reply to this email.", false},
		{"phishing, Russian", "Ваш почтовый ящик переполнен",
			"Уважаемый пользователь!\n\nВаш почтовый ящик переполнен и будет заблокирован. Подтвердите вашу учетную запись в течение 24 часов по ссылке ниже.\n\nhttps://mail-support-check.example/ru\n\nСлужба поддержки", false},
		{"phishing, German", "Ihr Passwort läuft heute ab",
			"Guten Tag,\n\nIhr Passwort läuft heute ab. Um Ihr Postfach zu behalten, müssen Sie Ihr Konto innerhalb von 24 Stunden bestätigen.\n\nhttps://webmail-konto.example/login\n\nIhr IT-Service", false},
		{"phishing, Japanese", "【重要】アカウントの確認",
			"お客様各位\n\nパスワードの有効期限が切れました。24時間以内にアカウントを確認してください。\n\nhttps://mail-account-check.example/jp", false},
		{"help desk acknowledgement, English", "Your enquiry ref 55821",
			"Thank you for writing to the Ministry's media team.\n\nYour enquiry has been received and will be answered by a duty officer. Please keep the reference number above.\n\nThis mailbox is not monitored out of hours.", false},
		{"help desk acknowledgement, German", "Eingangsbestätigung",
			"Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist bei uns eingegangen. Die Pressestelle meldet sich so bald wie möglich bei Ihnen.\n\nDies ist eine automatisch erzeugte Nachricht.", false},
		{"note to a colleague naming a release, Polish", "Komunikat MON",
			"Cześć Marku,\n\npodobno MON wyda jutro rano komunikat prasowy o nowych śmigłowcach. Jeśli przyjdzie do Ciebie, prześlij mi go od razu.\n\nDzięki!\nOla", false},
		{"note to a colleague, Spanish", "Rueda de prensa mañana",
			"Hola Lucía,\n\nno llego a la rueda de prensa del ministerio mañana a las 10. ¿Puedes ir tú? Ya avisé a la oficina de prensa.\n\nUn abrazo,\nMarta", false},
		{"covering letter above a titled release stays a release, Polish", "Komunikat prasowy: nowe śmigłowce",
			"Szanowni Państwo,\n\nw załączeniu przesyłamy komunikat prasowy.\n\nWojsko odbiera pierwsze śmigłowce szkolne\n\nDo jednostki w Dęblinie trafiły w poniedziałek pierwsze dwa śmigłowce szkolne. Kolejne cztery maszyny dotrą do końca roku, poinformowało ministerstwo. Piloci rozpoczną szkolenie w kwietniu.\n\nRzecznik prasowy", true},
	})
}
