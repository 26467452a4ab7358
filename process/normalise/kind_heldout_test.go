package normalise

import (
	"strings"
	"testing"
)

// Non-releases and releases written for this test in phrasings that appear
// in no corpus case: each class in several languages, each told by its
// shape (a list of stories with outlets and links, a person offered to the
// reader, prices and packages, absence and a return date, an invitation
// with a time and a place) rather than by a stock phrase.
func TestKindGeneralises(t *testing.T) {
	cases := []kindCase{
		// auto-replies that carry no auto-reply header
		{"away it", "Re: comunicato", "Grazie per il messaggio. Sarò assente dall'ufficio fino al 3 settembre; per urgenze scrivere a redazione@giornale.example.", false},
		{"away nl", "Uw persbericht", "Bedankt voor uw e-mail. Ik ben tot en met 21 juli niet aanwezig en lees mijn mail na terugkomst.\n\nMet vriendelijke groet,\nEls", false},
		{"away pt", "Nota à imprensa", "Obrigado pela sua mensagem. Encontro-me de férias até dia 15 de agosto, com acesso limitado ao correio eletrónico.", false},
		{"away en travelling", "Your release", "Thanks for getting in touch. I'm travelling until 9 June and will reply when I'm back. For anything urgent call the newsdesk on 020 7946 0000.\n\nPriya", false},
		{"away ja", "プレスリリース送付の件", "メールありがとうございます。8月13日から8月16日まで夏季休暇のため不在にしております。休暇明けに順次対応いたします。", false},
		{"away cs", "Tisková zpráva", "Děkuji za zprávu. Do 30. června jsem na dovolené a e-maily čtu jen občas.", false},
		// pitches offering a person
		{"pitch en speak", "Story idea: the drone skills gap", "Hi Marta,\n\nI saw your piece on drone procurement last week. Would you like to speak with Dr Hal Reyes, who leads our unmanned systems lab? He could walk you through why the armed forces are short of trained operators.\n\nHe's free Thursday or Friday. Shall I pencil something in?\n\nCheers,\nJo", false},
		{"pitch de", "Gesprächspartner zur Wehrpflicht", "Hallo Herr Krause,\n\ngerne vermittle ich Ihnen ein Gespräch mit Prof. Anna Ley, die zur Wehrpflicht in Skandinavien forscht. Sie steht Ihnen diese Woche telefonisch oder in Potsdam zur Verfügung.\n\nViele Grüße\nTim Berg\nBerg PR", false},
		{"pitch fr", "Entretien avec l'amiral Vautrin", "Bonjour Madame Leroy,\n\nseriez-vous intéressée par un entretien avec l'amiral Vautrin, ancien chef de la flotte de l'Atlantique ? Il peut vous recevoir mardi à Brest ou échanger par téléphone.\n\nBien à vous,\nCamille", false},
		// digests of other outlets' stories
		{"digest en no read more", "Your Monday media round-up", "Good morning, here are today's stories.\n\nFinancial Chronicle: Defence stocks rise after summit https://chronicle.example/a/1\n\nThe Daily Post: Navy orders four patrol boats https://dailypost.example/b/2\n\nEvening Mail: Cadet numbers at record high https://eveningmail.example/c/3\n\nManage your subscription", false},
		{"digest de", "Presseschau Sicherheit, 4. Juni", "Guten Morgen,\n\n- Nordkurier: Neue Kaserne in Torgelow geplant – https://nordkurier.example/x\n- Der Morgen: Bundeswehr sucht Piloten – https://dermorgen.example/y\n- Tagesblatt: Streit um Munitionsfabrik – https://tagesblatt.example/z\n\nAbbestellen", false},
		// sales offers with prices and packages
		{"offer fr", "Diffusez vos communiqués", "Bonjour,\n\nAvec NewsFlux, vos communiqués atteignent 12 000 rédactions. Formule Essentiel : 149 € HT par envoi ; formule Premium : 390 € HT avec suivi des retombées.\n\nRéservez avant vendredi et bénéficiez de -20 %.\n\nL'équipe NewsFlux", false},
		{"offer es", "Su nota de prensa en 3.000 medios", "Hola,\n\nPrensaYa publica su nota de prensa en 3.000 medios digitales. Plan Básico: 99 € por envío. Plan Pro: 299 € al mes.\n\nContrate hoy mismo.\n\nEquipo PrensaYa", false},
		// invitations in words
		{"invite en words", "You're invited: breakfast briefing on the defence budget", "Dear journalist,\n\nYou are invited to a breakfast briefing with the Defence Committee chair.\n\nDate: Tuesday 10 June 2025, 08:30\nVenue: Portcullis House, Room Q\n\nPlease RSVP to events@committee.example by Friday. Places are limited.", false},
		// pitches dressed as news: a dateline inside a letter, an About
		// section, a title line, languages without a greeting word
		{"pitch with about", "Interview opportunity: Arctic shipping risks", "Hi Dana,\n\nAs the Arctic shipping season opens, I'd like to offer an interview with Captain Nils Aune, chief nautical officer at Polar Route Analytics. He can explain why insurers are raising premiums for the Northern Sea Route and what navies are doing about it.\n\nNils is available by phone on Wednesday and Thursday.\n\nAbout Polar Route Analytics\nPolar Route Analytics provides ice and traffic forecasts to shipping companies in 14 countries.\n\nMedia contact\nLiv Berg, Fjord PR, +47 555 01 234, liv@fjordpr.example", false},
		{"pitch titled", "EXPERT AVAILABLE: satellite jamming", "EXPERT AVAILABLE FOR COMMENT\n\nSatellite jamming over the Baltic: what it means for airlines\n\nFollowing reports of GPS interference affecting flights over the Baltic, Professor Irena Vask of the Tallinn Institute of Navigation is available for interviews in English, Estonian and Russian.\n\nProfessor Vask has studied signal interference for fifteen years and advised the civil aviation authority.\n\nTo arrange an interview, contact Marko Tamm on +372 555 0123 or marko@tin.example.", false},
		{"pitch es about", "Propuesta de entrevista: ciberseguridad en puertos", "Hola Lucía:\n\nTe escribo para proponerte una entrevista con Javier Ortega, director de ciberseguridad de PuertoSeguro, sobre los ataques a las terminales de contenedores de este año. Puede atenderte esta semana en Valencia o por videollamada.\n\n¿Te encajaría el jueves?\n\nSobre PuertoSeguro\nPuertoSeguro protege los sistemas de 40 puertos europeos.\n\nUn saludo,\nMarta Gil\nAgencia Brújula", false},
		{"pitch it", "Disponibilità intervista: nuove fregate", "Gentile dottoressa Ferri,\n\nin vista del varo di sabato, l'ammiraglio in congedo Paolo Sarti è disponibile per interviste sul programma delle nuove fregate. Può raggiungerla a Genova o al telefono.\n\nMi faccia sapere se è interessata.\n\nCordiali saluti,\nGiulia Neri\nUfficio stampa Sarti & Partners", false},
		{"pitch with dateline-ish", "Story idea: reservists and employers", "Hi Ben,\n\nLONDON – New figures out next week show one in five reservists say their employer makes it hard to train. Would you be interested in speaking to Major Kate Orr, who set up a support network for reservists' employers?\n\nShe can do Tuesday morning.\n\nThanks,\nAmy\nOrr Communications", false},
		{"pitch ja", "取材のご案内：防災ドローンの専門家", "報道関係者各位\n\nいつもお世話になっております。\n防災ドローンの専門家である東北大学の佐々木教授への取材をご提案いたします。今週中であれば、仙台またはオンラインでの取材が可能です。\n\nご興味がございましたら、ご返信ください。\n\nよろしくお願いいたします。\n山田広報事務所　田中", false},
		{"zh offer", "专家采访：极地航运风险", "王编辑您好：\n\n海洋大学极地研究中心的李明教授愿意接受采访，介绍北极航道今年的冰情和航运风险。他本周四、周五均有时间，可在上海或通过视频连线。\n\n如有兴趣，请回复此邮件。\n\n谢谢！\n陈静\n蓝海公关", false},
		{"pitch under a label, its topics as dashed lines", "MEDIA ALERT: interview with a drone maker's founder", "MEDIA ALERT | INTERVIEW OPPORTUNITY\n\nHello there,\n\nBefore next week's trade fair in Lyon, I would love to arrange a half-hour interview for your desk with Claire Dumas, founder of Aérolame SAS, whose engineers have built a folding reconnaissance drone.\n\nClaire can talk about:\n\n- why small armies are buying folding drones\n\n- export licensing for French start-ups after the latest reform\n\n- what the new military programming law means for suppliers\n\nShe is free on Monday and Tuesday, in Lyon or by video.\n\nDoes either day suit you?\n\nNotes to editors: Aérolame SAS was founded in 2020 and employs 40 people in Lyon.\n\nBest wishes,\nInès Morel\nMorel Relations Presse", false},
		// releases that must stay releases
		{"advisory stays release", "MEDIA ADVISORY: Minister to visit shipyard", "MEDIA ADVISORY\n\nDefence Minister to visit Clydeside shipyard\n\nWHAT: The Defence Minister will tour the frigate hall and meet apprentices.\nWHEN: Friday 6 June 2025, 10:30\nWHERE: Clydeside Shipbuilders, Govan Road, Glasgow\n\nMedia wishing to attend must register with press@mod.example by Thursday 12:00.\n\nENDS", true},
		{"release with expert offer", "Army opens drone school", "NEWS RELEASE\n\nArmy opens its first drone school\n\nWARMINSTER, 3 June 2025 — The Army opened its first school for drone operators on Tuesday. The school will train 400 soldiers a year from September, the Ministry of Defence said. Our commandant would be happy to speak to you about the course.\n\nENDS\n\nNotes to editors\nThe school is part of the land modernisation programme.", true},
		{"release plain no structure", "Shipyard wins tug contract", "Shipyard wins contract for four harbour tugs\n\nThe Baltic shipyard has won a contract to build four harbour tugs for the navy. The first will be delivered in 2027. The contract is worth 80 million euros and secures 300 jobs for three years.\n\nAbout the shipyard\nThe shipyard employs 1,200 people.", true},
		{"release pricing story", "New railcard for reservists", "Reservists to get a railcard from July\n\nLONDON – Reservists will be able to buy a railcard for £30 per year from July, giving them a third off most fares, the Department for Transport announced on Monday. The card will be sold online and at stations.\n\nENDS", true},
		// releases that report an interview or say coverage is possible: no offer
		{"zh interview prose", "华东造船交付第三艘科考船", "华东造船交付第三艘科考船\n\n华东造船今天向海洋研究所交付了第三艘极地科考船“雪鹰号”。该船长96米，可在1.5米厚的冰层中连续破冰航行。\n\n公司总经理王立新在接受采访时表示，第四艘同型船将于明年春季下水。\n\n海洋研究所表示，“雪鹰号”将于今年11月首航南极。", true},
		{"ja coverage possible", "新型救助艇の公開について", "新型救助艇の公開について\n\n北海マリン株式会社は、新型の高速救助艇「はやぶさ三号」を報道関係者に公開します。全長十八メートルで、荒天時でも三十ノットで航行できます。\n\n当日は試乗と取材が可能です。参加を希望される方は、前日までに広報部までご連絡ください。\n\n同社は来年度から海上保安庁への納入を予定しています。", true},
	}
	checkKinds(t, cases)
}

// A sign-off ("Kind regards", "Mit freundlichen Grüßen") closes every
// letter: it must not count as a release's boilerplate.
func TestSignOffIsNoReleaseFurniture(t *testing.T) {
	for name, body := range map[string]string{
		"pitch en": "Hello Sam,\n\nAhead of the air show, could I put you in touch with our chief test pilot, Lena Ortiz? She has flown the new trainer for two years and can talk about its first squadron.\n\nKind regards,\nRuth Ames\nAmes Communications",
		"note fr":  "Bonjour Paul,\n\nmerci pour ton appel de ce matin, je te renvoie les chiffres demain sans faute.\n\nCordialement,\nAnne",
		"away en":  "Thank you for your message. I am on parental leave and will be back on 1 October.\n\nBest regards,\nLouise",
		"note de":  "Hallo Tom,\n\ndanke für den Rückruf, die Zahlen schicke ich dir morgen früh, sobald die Abteilung sie freigegeben hat.\n\nLiebe Grüße,\nJan",
		"note nl":  "Hoi Sanne,\n\nik bel je morgen terug over de planning van de persreis, de lijst met deelnemers volgt nog.\n\nGroeten,\nPiet",
		"note no":  "Hei Kari,\n\ntakk for sist, jeg sender deg bildene fra øvelsen i kveld når de er ferdig redigert.\n\nMvh\nOla",
		"short en": "Hi Dana,\n\nthe photos from Tuesday are in the shared folder now; shout if any of them will not open for you.\n\nBest,\nChris",
	} {
		raw := "From: A <a@b.example>\r\nTo: news@desk.example\r\nSubject: Hello\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			strings.ReplaceAll(body, "\n", "\r\n")
		d, err := Inspect([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if d.Kind != "not_press_release" {
			t.Errorf("%s: kind %s (%s)", name, d.Kind, d.KindReason)
		}
	}
}
