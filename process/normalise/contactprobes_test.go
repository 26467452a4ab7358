package normalise

// contactProbes: contact blocks written for this test, not taken from
// any corpus case, one class of the genre each.
var contactProbes = []contactProbe{
	// label words, one per language, over lines of name, phone, address
	{class: "label", lang: "en", block: "Media contact:\nJo Reed\n+44 131 555 0142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "label", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Pressekontakt\nLena Hartmann\nTel. +49 431 555 0120\nlena.hartmann@nordwerft.example", want: "Lena Hartmann|lena.hartmann@nordwerft.example|+49 431 555 0120"},
	{class: "label", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Ansprechpartnerin für die Presse:\nSabine Roth\nTelefon: 0431 555-0133\nE-Mail: s.roth@nordwerft.example", want: "Sabine Roth|s.roth@nordwerft.example|0431 555-0133"},
	{class: "label", lang: "fr", from: "Naval Atlantique <presse@naval-atlantique.example>", block: "Contact presse :\nCamille Leroy\nTél. : 02 97 55 01 23\nCourriel : camille.leroy@naval-atlantique.example", want: "Camille Leroy|camille.leroy@naval-atlantique.example|02 97 55 01 23"},
	{class: "label", lang: "fr", from: "Naval Atlantique <presse@naval-atlantique.example>", block: "Relations presse\nThomas Girard – 06 55 44 33 22 – thomas.girard@naval-atlantique.example", want: "Thomas Girard|thomas.girard@naval-atlantique.example|06 55 44 33 22"},
	{class: "label", lang: "es", from: "Astilleros del Norte <prensa@astinorte.example>", block: "Contacto de prensa:\nMarta Fernández\nTel.: +34 981 555 012\nmfernandez@astinorte.example", want: "Marta Fernández|mfernandez@astinorte.example|+34 981 555 012"},
	{class: "label", lang: "es", from: "Astilleros del Norte <prensa@astinorte.example>", block: "Gabinete de prensa\nJavier Ruiz\nMóvil: 655 55 01 02\njruiz@astinorte.example", want: "Javier Ruiz|jruiz@astinorte.example|655 55 01 02"},
	{class: "label", lang: "it", from: "Cantiere Adriatico <stampa@cantiere-adriatico.example>", block: "Ufficio Stampa\nGiulia Bianchi\nTel. +39 0187 555 012\ngiulia.bianchi@cantiere-adriatico.example", want: "Giulia Bianchi|giulia.bianchi@cantiere-adriatico.example|+39 0187 555 012"},
	{class: "label", lang: "pt", from: "Estaleiro Atlântico <imprensa@estaleiro-atl.example>", block: "Contacto para a imprensa:\nRita Carvalho\nTel.: +351 21 555 0123\nrita.carvalho@estaleiro-atl.example", want: "Rita Carvalho|rita.carvalho@estaleiro-atl.example|+351 21 555 0123"},
	{class: "label", lang: "nl", from: "Scheepswerf Noord <pers@werfnoord.example>", block: "Noot voor de redactie\nVoor meer informatie kunt u contact opnemen met:\nEvi Jansen, woordvoerder\n06 5555 0123\ne.jansen@werfnoord.example", want: "Evi Jansen|e.jansen@werfnoord.example|06 5555 0123"},
	{class: "label", lang: "pl", from: "Stocznia Północna <media@stocznia-pn.example>", block: "Kontakt dla mediów:\nKatarzyna Wiśniewska\ntel. +48 58 555 01 23\nk.wisniewska@stocznia-pn.example", want: "Katarzyna Wiśniewska|k.wisniewska@stocznia-pn.example|+48 58 555 01 23"},
	{class: "label", lang: "sv", from: "Kustvarvet <press@kustvarvet.example>", block: "För mer information, kontakta:\nJohan Ek, presschef\n0455-55 01 23\njohan.ek@kustvarvet.example", want: "Johan Ek|johan.ek@kustvarvet.example|0455-55 01 23"},
	{class: "label", lang: "da", from: "Nordhavn Værft <presse@nordhavn.example>", block: "Yderligere oplysninger:\nMads Kjær, kommunikationschef\nTlf. 98 55 01 23\nmk@nordhavn.example", want: "Mads Kjær|mk@nordhavn.example|98 55 01 23"},
	{class: "label", lang: "no", from: "Kystverftet <presse@kystverftet.example>", block: "Pressekontakt:\nIngrid Solberg\nMobil: 915 55 012\ningrid.solberg@kystverftet.example", want: "Ingrid Solberg|ingrid.solberg@kystverftet.example|915 55 012"},
	{class: "label", lang: "fi", from: "Kalevan Telakka <viestinta@kaleva-telakka.example>", block: "Lisätietoja:\nviestintäpäällikkö Heidi Laine\npuh. 040 555 0123\nheidi.laine@kaleva-telakka.example", want: "Heidi Laine|heidi.laine@kaleva-telakka.example|040 555 0123"},
	{class: "label", lang: "cs", from: "Loděnice Labe <tisk@lodenice-labe.example>", block: "Kontakt pro média:\nPetra Dvořáková\ntel.: +420 412 555 012\npetra.dvorakova@lodenice-labe.example", want: "Petra Dvořáková|petra.dvorakova@lodenice-labe.example|+420 412 555 012"},
	{class: "label", lang: "hu", from: "Dunai Hajógyár <sajto@dunai-hajogyar.example>", block: "Sajtókapcsolat:\nKovács Eszter\nTel.: +36 1 555 0123\nkovacs.eszter@dunai-hajogyar.example", want: "Kovács Eszter|kovacs.eszter@dunai-hajogyar.example|+36 1 555 0123"},
	{class: "label", lang: "ro", from: "Șantierul Dunărea <presa@santier-dunarea.example>", block: "Contact presă:\nIoana Popa\nTel: 0236 555 012\nioana.popa@santier-dunarea.example", want: "Ioana Popa|ioana.popa@santier-dunarea.example|0236 555 012"},
	{class: "label", lang: "tr", from: "Marmara Tersanesi <basin@marmara-tersane.example>", block: "Basın İletişim:\nElif Demir\nTel: +90 216 555 01 23\nelif.demir@marmara-tersane.example", want: "Elif Demir|elif.demir@marmara-tersane.example|+90 216 555 01 23"},
	{class: "label", lang: "el", from: "Ναυπηγεία Αιγαίου <press@aegean-yards.example>", block: "Για περισσότερες πληροφορίες:\nΜαρία Κωνσταντίνου\nΤηλ.: 210 555 0123\nm.konstantinou@aegean-yards.example", want: "Μαρία Κωνσταντίνου|m.konstantinou@aegean-yards.example|210 555 0123"},
	{class: "label", lang: "ru", from: "Северная верфь <press@sev-verf.example>", block: "Контакты для СМИ:\nАнна Смирнова\nтел. +7 812 555-01-23\nsmirnova@sev-verf.example", want: "Анна Смирнова|smirnova@sev-verf.example|+7 812 555-01-23"},
	{class: "label", lang: "uk", from: "Чорноморська верф <press@chv.example>", block: "Контакти для медіа:\nОксана Бондаренко\nтел. +380 512 55 01 23\nbondarenko@chv.example", want: "Оксана Бондаренко|bondarenko@chv.example|+380 512 55 01 23"},
	{class: "label", lang: "bg", from: "Корабостроителница Варна <press@ksv.example>", block: "За контакти с медиите:\nГергана Петрова\nтел.: +359 52 555 012\ng.petrova@ksv.example", want: "Гергана Петрова|g.petrova@ksv.example|+359 52 555 012"},
	{class: "label", lang: "ja", from: "東和造船 <pr@towa-zosen.example>", block: "【報道関係者のお問い合わせ先】\n東和造船株式会社 広報部 山本 直子\nTEL：045-555-0123\nE-mail：pr@towa-zosen.example", want: "山本 直子|pr@towa-zosen.example|045-555-0123"},
	{class: "label", lang: "zh", from: "华海船舶 <media@huahai.example>", block: "媒体联系人：\n王芳\n电话：021-5555-0123\n邮箱：wangfang@huahai.example", want: "王芳|wangfang@huahai.example|021-5555-0123"},
	{class: "label", lang: "ko", from: "한빛조선 <press@hanbit-ship.example>", block: "언론 문의:\n홍보팀 이수진\n전화 051-555-0123\nsujin.lee@hanbit-ship.example", want: "이수진|sujin.lee@hanbit-ship.example|051-555-0123"},
	{class: "label", lang: "ar", from: "أحواض الخليج <media@gulf-yards.example>", block: "للاستفسارات الإعلامية:\nليلى حسن\nهاتف: +971 2 555 0123\nlayla.hassan@gulf-yards.example", want: "ليلى حسن|layla.hassan@gulf-yards.example|+971 2 555 0123"},
	{class: "label", lang: "he", from: "מספנות הצפון <dover@north-yards.example>", block: "לפרטים נוספים:\nנועה לוי, דוברת\nטל׳ 04-5550123\nnoa.levi@north-yards.example", want: "נועה לוי|noa.levi@north-yards.example|04-5550123"},
	{class: "label", lang: "hi", from: "सागर शिपयार्ड <pr@sagar-yard.example>", block: "मीडिया संपर्क:\nअनीता शर्मा\nफोन: +91 22 5555 0123\nanita.sharma@sagar-yard.example", want: "अनीता शर्मा|anita.sharma@sagar-yard.example|+91 22 5555 0123"},
	{class: "label", lang: "vi", from: "Nhà máy đóng tàu Hải Phòng <baochi@hp-shipyard.example>", block: "Liên hệ báo chí:\nTrần Thị Mai\nĐT: 0225 555 0123\nmai.tt@hp-shipyard.example", want: "Trần Thị Mai|mai.tt@hp-shipyard.example|0225 555 0123"},
	{class: "label", lang: "id", from: "Galangan Nusantara <humas@galangan-nusantara.example>", block: "Kontak media:\nDewi Lestari\nTelp. 031 555 0123\ndewi.lestari@galangan-nusantara.example", want: "Dewi Lestari|dewi.lestari@galangan-nusantara.example|031 555 0123"},
	{class: "label", lang: "en", block: "Press enquiries\nAmy Clarke\n0131 555 0177\namy.clarke@harbour-robotics.example", want: "Amy Clarke|amy.clarke@harbour-robotics.example|0131 555 0177"},
	{class: "label", lang: "en", block: "CONTACT:\nDaniel Wu\n(617) 555-0142\ndwu@harbour-robotics.example", want: "Daniel Wu|dwu@harbour-robotics.example|(617) 555-0142"},

	// one line with separators
	{class: "oneline", block: "Media contact: Jo Reed | +44 131 555 0142 | jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "oneline", block: "Media contact: Jo Reed · +44 131 555 0142 · jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "oneline", block: "Media contact: Jo Reed, Communications Manager, +44 131 555 0142, jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "oneline", block: "Media contact: Jo Reed / +44 131 555 0142 / jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "oneline", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Pressekontakt: Lena Hartmann · Tel. +49 431 555 0120 · lena.hartmann@nordwerft.example", want: "Lena Hartmann|lena.hartmann@nordwerft.example|+49 431 555 0120"},
	{class: "oneline", block: "Jo Reed | Head of Media Relations | Harbour Robotics | T: +44 131 555 0142 | E: jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},

	// field labels of phone and address
	{class: "fields", block: "Media contact\nJo Reed\nT: +44 131 555 0142\nM: +44 7700 900142\nE: jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "fields", block: "Media contact\nJo Reed\nDirect: +44 131 555 0142\nEmail: jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "fields", block: "Media contact\nJo Reed\nFax: +44 131 555 0199\nPhone: +44 131 555 0142\nE-Mail: jo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "fields", block: "Media contact\nJo Reed\nPh: 0131 555 0142\nFax: 0131 555 0199\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|0131 555 0142"},
	{class: "fields", block: "Media contact\nJo Reed\nMob. 07700 900142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|07700 900142"},
	{class: "fields", lang: "fr", from: "Naval Atlantique <presse@naval-atlantique.example>", block: "Contact presse\nCamille Leroy\nTél. 02 97 55 01 23 – Fax 02 97 55 01 99\nCourriel : camille.leroy@naval-atlantique.example", want: "Camille Leroy|camille.leroy@naval-atlantique.example|02 97 55 01 23"},
	{class: "fields", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Pressekontakt\nLena Hartmann\nTelefax: +49 431 555 0199\nTelefon: +49 431 555 0120\nE-Mail: lena.hartmann@nordwerft.example", want: "Lena Hartmann|lena.hartmann@nordwerft.example|+49 431 555 0120"},

	// HTML tables
	{class: "html", html: true, block: "<p><b>Media contact</b></p><table><tr><td>Jo Reed</td><td>+44 131 555 0142</td><td><a href=\"mailto:jo.reed@harbour-robotics.example\">jo.reed@harbour-robotics.example</a></td></tr></table>", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "html", html: true, block: "<table><tr><td><b>Media contacts</b></td></tr><tr><td>Jo Reed<br>Head of Media Relations<br>+44 131 555 0142<br>jo.reed@harbour-robotics.example</td><td>Sam Patel<br>Press Officer<br>+44 131 555 0143<br>sam.patel@harbour-robotics.example</td></tr></table>", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142;Sam Patel|sam.patel@harbour-robotics.example|+44 131 555 0143"},
	{class: "html", html: true, block: "<p><strong>Press contact:</strong> Jo Reed, <a href=\"tel:+441315550142\">+44 131 555 0142</a>, <a href=\"mailto:jo.reed@harbour-robotics.example\">jo.reed@harbour-robotics.example</a></p>", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},

	// two or three people
	{class: "several", block: "Media contacts:\nJo Reed, +44 131 555 0142, jo.reed@harbour-robotics.example\nSam Patel, +44 131 555 0143, sam.patel@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142;Sam Patel|sam.patel@harbour-robotics.example|+44 131 555 0143"},
	{class: "several", block: "Media contacts\n\nJo Reed\n+44 131 555 0142\njo.reed@harbour-robotics.example\n\nSam Patel\n+44 131 555 0143\nsam.patel@harbour-robotics.example\n\nLiam O'Neill\n+44 131 555 0144\nliam.oneill@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142;Sam Patel|sam.patel@harbour-robotics.example|+44 131 555 0143;Liam O'Neill|liam.oneill@harbour-robotics.example|+44 131 555 0144"},
	{class: "several", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Pressekontakte:\nLena Hartmann, Tel. 0431 555 0120, lena.hartmann@nordwerft.example\nDr. Felix Braun, Tel. 0431 555 0121, felix.braun@nordwerft.example", want: "Lena Hartmann|lena.hartmann@nordwerft.example|0431 555 0120;Felix Braun|felix.braun@nordwerft.example|0431 555 0121"},
	{class: "several", block: "Media contacts:\nJo Reed | Harbour Robotics | +44 131 555 0142 | jo.reed@harbour-robotics.example\nPriya Shah | Leith Port Authority | +44 131 555 0300 | priya.shah@leithport.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142;Priya Shah|priya.shah@leithport.example|+44 131 555 0300"},

	// an office alone, an office and a person
	{class: "office", block: "Media contact:\nHarbour Robotics Press Office\n+44 131 555 0100\npress@harbour-robotics.example", want: "Harbour Robotics Press Office|press@harbour-robotics.example|+44 131 555 0100"},
	{class: "office", lang: "de", from: "Nordwerft <info@nordwerft.example>", block: "Pressekontakt:\nNordwerft GmbH\nUnternehmenskommunikation\nTel. 0431 555 0100\npresse@nordwerft.example", want: "Nordwerft GmbH, Unternehmenskommunikation|presse@nordwerft.example|0431 555 0100"},
	{class: "office", block: "For media enquiries contact the Press Office on 0131 555 0100 or press@harbour-robotics.example.", want: "Press Office|press@harbour-robotics.example|0131 555 0100"},
	{class: "office", block: "Media contact:\nHarbour Robotics Press Office, +44 131 555 0100, press@harbour-robotics.example\nJo Reed, Head of Media Relations, +44 7700 900142, jo.reed@harbour-robotics.example", want: "Harbour Robotics Press Office|press@harbour-robotics.example|+44 131 555 0100;Jo Reed|jo.reed@harbour-robotics.example|+44 7700 900142"},
	{class: "office", lang: "es", from: "Astilleros del Norte <prensa@astinorte.example>", block: "Más información:\nDepartamento de Comunicación\nTel. 981 555 010\ncomunicacion@astinorte.example", want: "Departamento de Comunicación|comunicacion@astinorte.example|981 555 010"},

	// contact sentences
	{class: "sentence", block: "ENDS\n\nFor more information contact Jo Reed on +44 131 555 0142 or jo.reed@harbour-robotics.example.", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "sentence", block: "Journalists can reach Jo Reed at jo.reed@harbour-robotics.example or on 0131 555 0142.", want: "Jo Reed|jo.reed@harbour-robotics.example|0131 555 0142"},
	{class: "sentence", block: "For interviews, please contact Sam Patel (sam.patel@harbour-robotics.example, 07700 900143).", want: "Sam Patel|sam.patel@harbour-robotics.example|07700 900143"},
	{class: "sentence", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Für Rückfragen steht Ihnen Lena Hartmann unter 0431 555 0120 oder lena.hartmann@nordwerft.example zur Verfügung.", want: "Lena Hartmann|lena.hartmann@nordwerft.example|0431 555 0120"},
	{class: "sentence", lang: "fr", from: "Naval Atlantique <presse@naval-atlantique.example>", block: "Pour toute demande, contactez Camille Leroy au 02 97 55 01 23 ou à camille.leroy@naval-atlantique.example.", want: "Camille Leroy|camille.leroy@naval-atlantique.example|02 97 55 01 23"},

	// addresses spelt to fool harvesters
	{class: "spelt", block: "Media contact: Jo Reed, +44 131 555 0142, jo.reed [at] harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "spelt", block: "Media contact: Jo Reed, +44 131 555 0142, jo.reed(at)harbour-robotics(dot)example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "spelt", block: "Media contact: Jo Reed, +44 131 555 0142, jo.reed at harbour-robotics dot example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},

	// phone formats
	{class: "phone", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Pressekontakt:\nLena Hartmann\nTel.: +49 (0)30 555 012-34\nlena.hartmann@nordwerft.example", want: "Lena Hartmann|lena.hartmann@nordwerft.example|+49 (0)30 555 012-34"},
	{class: "phone", block: "Media contact:\nDaniel Wu\n+1 (617) 555-0142 ext. 204\ndwu@harbour-robotics.example", want: "Daniel Wu|dwu@harbour-robotics.example|+1 (617) 555-0142"},
	{class: "phone", block: "Media contact:\nDaniel Wu\n617.555.0142\ndwu@harbour-robotics.example", want: "Daniel Wu|dwu@harbour-robotics.example|617.555.0142"},
	{class: "phone", lang: "fr", from: "Naval Atlantique <presse@naval-atlantique.example>", block: "Contact presse :\nCamille Leroy\n+33 (0)2 97 55 01 23\ncamille.leroy@naval-atlantique.example", want: "Camille Leroy|camille.leroy@naval-atlantique.example|+33 (0)2 97 55 01 23"},
	{class: "phone", block: "Media contact:\nMei Tan\n+65 6555 0142\nmei.tan@harbour-robotics.example", want: "Mei Tan|mei.tan@harbour-robotics.example|+65 6555 0142"},
	{class: "phone", block: "Media contact:\nLachlan Hughes\n0412 555 142\nlachlan.hughes@harbour-robotics.example", want: "Lachlan Hughes|lachlan.hughes@harbour-robotics.example|0412 555 142"},
	{class: "phone", lang: "it", from: "Cantiere Adriatico <stampa@cantiere-adriatico.example>", block: "Ufficio Stampa\nGiulia Bianchi\nTel. 0187 555012 int. 4\ngiulia.bianchi@cantiere-adriatico.example", want: "Giulia Bianchi|giulia.bianchi@cantiere-adriatico.example|0187 555012"},
	{class: "phone", block: "Media contact:\nAisha Bello\n+234 803 555 0142\naisha.bello@harbour-robotics.example", want: "Aisha Bello|aisha.bello@harbour-robotics.example|+234 803 555 0142"},

	// names in other scripts and shapes
	{class: "names", block: "Media contact:\nMaarten van der Berg\n+31 20 555 0142\nm.vanderberg@harbour-robotics.example", want: "Maarten van der Berg|m.vanderberg@harbour-robotics.example|+31 20 555 0142"},
	{class: "names", block: "Media contact:\nAnne-Marie Dubois-Smith\n+44 131 555 0142\nam.dubois@harbour-robotics.example", want: "Anne-Marie Dubois-Smith|am.dubois@harbour-robotics.example|+44 131 555 0142"},
	{class: "names", block: "Media contact:\nJ. R. Hartley\n+44 131 555 0142\njr.hartley@harbour-robotics.example", want: "J. R. Hartley|jr.hartley@harbour-robotics.example|+44 131 555 0142"},
	{class: "names", block: "Media contact:\nAhmad bin Ismail\n+60 3 5555 0142\nahmad.ismail@harbour-robotics.example", want: "Ahmad bin Ismail|ahmad.ismail@harbour-robotics.example|+60 3 5555 0142"},
	{class: "names", block: "Media contact:\nSiobhan O'Neill\n+353 1 555 0142\ns.oneill@harbour-robotics.example", want: "Siobhan O'Neill|s.oneill@harbour-robotics.example|+353 1 555 0142"},
	{class: "names", block: "Media contact:\nMaría José de la Fuente\n+34 91 555 0142\nmj.delafuente@harbour-robotics.example", want: "María José de la Fuente|mj.delafuente@harbour-robotics.example|+34 91 555 0142"},
	{class: "names", lang: "ru", from: "Северная верфь <press@sev-verf.example>", block: "Пресс-служба:\nДмитрий Козлов, тел. +7 812 555 01 24, kozlov@sev-verf.example", want: "Дмитрий Козлов|kozlov@sev-verf.example|+7 812 555 01 24"},
	{class: "names", lang: "zh", from: "华海船舶 <media@huahai.example>", block: "联系人：李伟 电话：+86 21 5555 0124 邮箱：liwei@huahai.example", want: "李伟|liwei@huahai.example|+86 21 5555 0124"},

	// roles before or after the name
	{class: "role", block: "Media contact:\nHead of Media Relations Jo Reed\n+44 131 555 0142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "role", block: "Media contact:\nJo Reed\nHead of Media Relations, Harbour Robotics\n+44 131 555 0142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "role", lang: "pl", from: "Stocznia Północna <media@stocznia-pn.example>", block: "Kontakt dla mediów:\nRzecznik prasowy Tomasz Zieliński\ntel. 58 555 01 24\nt.zielinski@stocznia-pn.example", want: "Tomasz Zieliński|t.zielinski@stocznia-pn.example|58 555 01 24"},
	{class: "role", block: "Media contact:\nVice President, Corporate Communications: Jo Reed\n+44 131 555 0142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "role", block: "Media contact:\nJo Reed (Press Officer)\n+44 131 555 0142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},

	// where the block stands
	{class: "place", top: true, block: "FOR IMMEDIATE RELEASE\n\nContact: Daniel Wu\n(617) 555-0142\ndwu@harbour-robotics.example", want: "Daniel Wu|dwu@harbour-robotics.example|(617) 555-0142"},
	{class: "place", block: "###\n\nAbout Harbour Robotics\nHarbour Robotics builds uncrewed survey boats for navies and port authorities in nine countries and employs 400 people in Leith and Aberdeen.\n\nMedia contact:\nJo Reed\n+44 131 555 0142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "place", block: "Notes to editors\n\n1. Harbour Robotics builds uncrewed survey boats for navies in nine countries.\n2. For further information please contact Jo Reed, +44 131 555 0142, jo.reed@harbour-robotics.example.", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "place", block: "About Harbour Robotics\nHarbour Robotics builds uncrewed survey boats for navies and port authorities in nine countries. For media enquiries please contact Jo Reed at jo.reed@harbour-robotics.example or +44 131 555 0142.", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},

	// the sender who is the contact
	{class: "sender", from: "Jo Reed <jo.reed@harbour-robotics.example>", block: "Media contact: Jo Reed, +44 131 555 0142", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "sender", from: "Harbour Robotics Press Office <press@harbour-robotics.example>", block: "Media contact: Harbour Robotics Press Office, +44 131 555 0100", want: "Harbour Robotics Press Office|press@harbour-robotics.example|+44 131 555 0100"},
	{class: "sender", from: "Harbour Robotics <news@harbour-robotics.example>", block: "Media contact: Jo Reed, +44 131 555 0142", want: "Jo Reed||+44 131 555 0142"},

	// investor relations beside media relations
	{class: "investor", block: "Media contact:\nJo Reed, +44 131 555 0142, jo.reed@harbour-robotics.example\n\nInvestor contact:\nMark Bell, +44 131 555 0150, ir@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "investor", block: "Investor Relations\nMark Bell\n+44 131 555 0150\nmark.bell@harbour-robotics.example\n\nMedia Relations\nJo Reed\n+44 131 555 0142\njo.reed@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
	{class: "investor", lang: "de", from: "Nordwerft <presse@nordwerft.example>", block: "Pressekontakt:\nLena Hartmann, Tel. 0431 555 0120, lena.hartmann@nordwerft.example\n\nInvestor Relations:\nJan Vogel, Tel. 0431 555 0130, ir@nordwerft.example", want: "Lena Hartmann|lena.hartmann@nordwerft.example|0431 555 0120"},

	// a sender's signature is no contact block
	{class: "signature", block: "Kind regards,\n\nTom Baker\nMarketing Assistant\nHarbour Robotics\ntom.baker@harbour-robotics.example", want: ""},
	{class: "signature", block: "Media contact: Jo Reed, +44 131 555 0142, jo.reed@harbour-robotics.example\n\nBest regards\nTom Baker | Marketing Assistant | Harbour Robotics\nT +44 131 555 0190 | tom.baker@harbour-robotics.example", want: "Jo Reed|jo.reed@harbour-robotics.example|+44 131 555 0142"},
}
