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
