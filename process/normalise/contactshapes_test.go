package normalise

import (
	"strings"
	"testing"
)

// shapes are contact blocks of our own phrasing, in the desk's languages
// and in the shapes releases give them (one line with pipes, semicolons
// or tabs, a table a row per entry, a role before or after the name, an
// office over its organisation, a sentence), with senders who are or
// are not the contact.
var shapes = []contactProbe{
	{lang: "es", from: "Prensa <prensa@metro.example>", block: "Contacto de prensa: Lucía Ramos (Responsable de Comunicación) | +34 600 555 123 | lramos@metro.example", want: "Lucía Ramos|lramos@metro.example|+34 600 555 123"},
	{lang: "en", from: "Acme <news@acme.example>", block: "Media contacts\nName | Role | Phone | Email\nPeter Lund | Head of Communications | +45 33 55 12 34 | pl@acme.example\nKaren Holt | Press Officer | +45 33 55 12 35 | kh@acme.example", want: "Peter Lund|pl@acme.example|+45 33 55 12 34;Karen Holt|kh@acme.example|+45 33 55 12 35"},
	{lang: "pt", from: "Porto <imprensa@porto.example>", block: "Contactos para a imprensa: Ana Silva, +351 912 555 000, ana.silva@porto.example; João Costa, +351 913 555 111, joao.costa@porto.example", want: "Ana Silva|ana.silva@porto.example|+351 912 555 000;João Costa|joao.costa@porto.example|+351 913 555 111"},
	{lang: "en", from: "Acme <news@acme.example>", block: "Head of Communications: Peter Lund, +44 20 7946 0101, peter.lund@acme.example", want: "Peter Lund|peter.lund@acme.example|+44 20 7946 0101"},
	{lang: "de", from: "Stadtwerke <presse@sw.example>", block: "Pressekontakt | Stadtwerke Musterstadt | Julia Braun | T +49 711 555 1234 | julia.braun@sw.example", want: "Julia Braun|julia.braun@sw.example|+49 711 555 1234"},
	{lang: "ja", from: "サンプル <pr@sample.example>", block: "【報道関係者お問い合わせ先】\n株式会社サンプル　広報部　山田 太郎\nTEL：03-5555-1234　E-mail：yamada@sample.example", want: "山田 太郎|yamada@sample.example|03-5555-1234"},
	{lang: "zh", from: "样本 <pr@sample.example>", block: "媒体联系：王芳\n电话：010-5555-6666\n邮箱：wangfang@sample.example", want: "王芳|wangfang@sample.example|010-5555-6666"},
	{lang: "ar", from: "شركة <media@co.example>", block: "للاستفسارات الإعلامية:\nأحمد يوسف\nهاتف: +971 4 555 1234\nالبريد الإلكتروني: ahmed.yousef@co.example", want: "أحمد يوسف|ahmed.yousef@co.example|+971 4 555 1234"},
	{lang: "ru", from: "Компания <press@co.example>", block: "Контакты для СМИ: Ирина Смирнова, руководитель пресс-службы, +7 495 555-12-34, smirnova@co.example", want: "Ирина Смирнова|smirnova@co.example|+7 495 555-12-34"},
	{lang: "pl", from: "Firma <biuro@firma.example>", block: "Kontakt dla mediów:\nAnna Kowalska, rzeczniczka prasowa\ntel. 601 555 444\ne-mail: a.kowalska@firma.example", want: "Anna Kowalska|a.kowalska@firma.example|601 555 444"},
	{lang: "tr", from: "Şirket <basin@sirket.example>", block: "Basın iletişim: Elif Yılmaz | Kurumsal İletişim Müdürü | 0532 555 12 34 | elif.yilmaz@sirket.example", want: "Elif Yılmaz|elif.yilmaz@sirket.example|0532 555 12 34"},
	{lang: "en", from: "Acme <news@acme.example>", block: "Contacts: Tom Reed (tom.reed@acme.example) and Ana Lee (ana.lee@acme.example)", want: "Tom Reed|tom.reed@acme.example|;Ana Lee|ana.lee@acme.example|"},
	{lang: "hi", from: "कंपनी <media@co.example>", block: "मीडिया संपर्क: राहुल वर्मा, फोन: +91 98100 55512, ईमेल: rahul.verma@co.example", want: "राहुल वर्मा|rahul.verma@co.example|+91 98100 55512"},
	{lang: "vi", from: "Công ty <baochi@co.example>", block: "Liên hệ báo chí: Nguyễn Thị Lan, ĐT: 0912 555 678, Email: lan.nguyen@co.example", want: "Nguyễn Thị Lan|lan.nguyen@co.example|0912 555 678"},
	{lang: "id", from: "Humas <humas@co.example>", block: "Narahubung: Budi Santoso (Kepala Humas), HP 0812-5555-1234, budi.santoso@co.example", want: "Budi Santoso|budi.santoso@co.example|0812-5555-1234"},
	{lang: "el", from: "Εταιρεία <press@co.example>", block: "Πληροφορίες: Μαρία Παπαδοπούλου, τηλ. 210 555 1234, email: mpapadopoulou@co.example", want: "Μαρία Παπαδοπούλου|mpapadopoulou@co.example|210 555 1234"},
	{lang: "hu", from: "Cég <sajto@ceg.example>", block: "Sajtókapcsolat: Kovács Péter kommunikációs igazgató, +36 30 555 1234, kovacs.peter@ceg.example", want: "Kovács Péter|kovacs.peter@ceg.example|+36 30 555 1234"},
	{lang: "fi", from: "Yhtiö <viestinta@yhtio.example>", block: "Lisätietoja: viestintäpäällikkö Laura Virtanen, puh. 040 555 1234, laura.virtanen@yhtio.example", want: "Laura Virtanen|laura.virtanen@yhtio.example|040 555 1234"},
	{lang: "sv", from: "Bolaget <press@bolaget.example>", block: "Presskontakt:\nErik Johansson, presschef\n070-555 12 34\nerik.johansson@bolaget.example", want: "Erik Johansson|erik.johansson@bolaget.example|070-555 12 34"},
	{lang: "no", from: "Selskapet <presse@selskap.example>", block: "Pressekontakt: Ingrid Berg, kommunikasjonssjef, tlf. 911 55 123, ingrid.berg@selskap.example", want: "Ingrid Berg|ingrid.berg@selskap.example|911 55 123"},
	{lang: "da", from: "Styrelsen <kontakt@styrelsen.example>", block: "Yderligere oplysninger:\nPresseafdelingen, tlf. 33 55 12 34, presse@styrelsen.example", want: "Presseafdelingen|presse@styrelsen.example|33 55 12 34"},
	{lang: "cs", from: "Firma <info@firma.example>", block: "Kontakt pro média: Jana Dvořáková, tisková mluvčí, tel.: +420 777 555 123, dvorakova@firma.example", want: "Jana Dvořáková|dvorakova@firma.example|+420 777 555 123"},
	{lang: "ro", from: "Compania <presa@co.example>", block: "Contact presă: Andrei Popescu, purtător de cuvânt, tel. 0722 555 123, andrei.popescu@co.example", want: "Andrei Popescu|andrei.popescu@co.example|0722 555 123"},
	{lang: "pt", from: "Empresa <contato@empresa.example>", block: "Assessoria de Imprensa\nCarla Mendes – (11) 95555-1234 – carla.mendes@empresa.example", want: "Carla Mendes|carla.mendes@empresa.example|(11) 95555-1234"},
	{lang: "it", from: "Azienda <info@azienda.example>", block: "Ufficio Stampa: Giulia Conti, cell. 335 555 1234, g.conti@azienda.example", want: "Giulia Conti|g.conti@azienda.example|335 555 1234"},
	{lang: "fr", from: "Société <contact@societe.example>", block: "Contact presse : Sophie Martin – 06 12 34 56 78 – sophie.martin@societe.example", want: "Sophie Martin|sophie.martin@societe.example|06 12 34 56 78"},
	{lang: "de", from: "Firma <info@firma.example>", block: "Ansprechpartnerin:\nDr. Katrin Vogel\nLeiterin Unternehmenskommunikation\nTel.: +49 89 5555-1234\nkatrin.vogel@firma.example", want: "Katrin Vogel|katrin.vogel@firma.example|+49 89 5555-1234"},
	{lang: "uk", from: "Компанія <press@co.example>", block: "Контакти для ЗМІ: Олена Коваль, прес-секретар, +380 44 555 1234, koval@co.example", want: "Олена Коваль|koval@co.example|+380 44 555 1234"},
	{lang: "bg", from: "Компания <office@co.example>", block: "За контакти: Мария Иванова, тел. 0888 555 123, m.ivanova@co.example", want: "Мария Иванова|m.ivanova@co.example|0888 555 123"},
	{lang: "ko", from: "회사 <pr@co.example>", block: "문의: 홍보팀 김민지 대리 (02-555-1234, minji.kim@co.example)", want: "김민지|minji.kim@co.example|02-555-1234"},
	{lang: "he", from: "חברה <media@co.example>", block: "לפרטים: יעל כהן, דוברת, 054-555-1234, yael.cohen@co.example", want: "יעל כהן|yael.cohen@co.example|054-555-1234"},
	{lang: "en", from: "City Council <news@city.example>", block: "Media enquiries: Sam Ortiz, Communications Officer, on 0161 555 0199 or sam.ortiz@city.example", want: "Sam Ortiz|sam.ortiz@city.example|0161 555 0199"},
	{lang: "en", from: "Acme <news@acme.example>", block: "MEDIA CONTACT\nJordan Blake\nSenior Manager, Corporate Affairs\nAcme Holdings Ltd\nM +61 412 555 019\nE jordan.blake@acme.example", want: "Jordan Blake|jordan.blake@acme.example|+61 412 555 019"},
	{lang: "es", from: "Ministerio <prensa@min.example>", block: "Para más información:\nGabinete de Prensa\nTel. 91 555 01 02\nprensa@min.example", want: "Gabinete de Prensa|prensa@min.example|91 555 01 02"},
	{lang: "nl", from: "Gemeente <communicatie@gemeente.example>", block: "Noot voor de redactie\nVoor meer informatie: Pieter Bakker, woordvoerder, 06 5555 1234, p.bakker@gemeente.example", want: "Pieter Bakker|p.bakker@gemeente.example|06 5555 1234"},
	{lang: "en", from: "Acme <news@acme.example>", block: "For media: Priya Nair | Communications Lead | priya.nair@acme.example | +91 22 5555 0101\nFor investors: Raj Mehta | raj.mehta@acme.example", want: "Priya Nair|priya.nair@acme.example|+91 22 5555 0101"},
	{lang: "fr", from: "Ville <presse@ville.example>", block: "Contacts presse\nService de presse de la Ville : 01 55 55 12 34 – presse@ville.example\nCabinet du maire : Julien Petit, 06 55 55 12 34", want: "Service de presse de la Ville|presse@ville.example|01 55 55 12 34;Julien Petit||06 55 55 12 34"},
	{lang: "de", from: "Polizei <pressestelle@polizei.example>", block: "Rückfragen bitte an:\nPolizeipräsidium Nordstadt\nPressestelle\nTelefon: 0231 555-1020\nE-Mail: pressestelle@polizei.example", want: "Polizeipräsidium Nordstadt, Pressestelle|pressestelle@polizei.example|0231 555-1020"},
	{lang: "en", from: "Navy News <news@navy.example>", block: "Media contacts:\nLt Cdr Amy Price, Navy Media Office, 023 9255 0199\nOut of hours duty press officer: 07700 900 555\nnavymedia@navy.example", want: "Amy Price|navymedia@navy.example|023 9255 0199"},
	{lang: "de", from: "Bundesamt <presse@amt.example>", block: "Pressestelle des Bundesamtes\nTelefon: 0228 555 1000\nE-Mail: presse@amt.example", want: "Pressestelle des Bundesamtes|presse@amt.example|0228 555 1000"},
	{lang: "en", from: "Acme <news@acme.example>", block: "Contact\nEmma Stone\t+1 212 555 0101\temma.stone@acme.example\nLiam Ward\t+1 212 555 0102\tliam.ward@acme.example", want: "Emma Stone|emma.stone@acme.example|+1 212 555 0101;Liam Ward|liam.ward@acme.example|+1 212 555 0102"},
	{lang: "it", from: "Comune <stampa@comune.example>", block: "Per informazioni:\nUfficio Stampa del Comune di Trento\ntel. 0461 555 123 – stampa@comune.example", want: "Ufficio Stampa del Comune di Trento|stampa@comune.example|0461 555 123"},
	{lang: "en", from: "Acme <news@acme.example>", block: "Media Relations: Chloe Dunn | chloe.dunn@acme.example | +1 (415) 555-0188; Investor Relations: Ravi Shah | ravi.shah@acme.example | +1 (415) 555-0199", want: "Chloe Dunn|chloe.dunn@acme.example|+1 (415) 555-0188"},
	{lang: "sv", from: "Kommunen <info@kommun.example>", block: "För mer information, kontakta kommunikationschef Karin Nilsson på 08-555 123 45 eller karin.nilsson@kommun.example.", want: "Karin Nilsson|karin.nilsson@kommun.example|08-555 123 45"},
	{lang: "fr", from: "Préfecture <pref@interieur.example>", block: "Contact presse :\nBureau de la communication interministérielle\n02 55 55 12 34\npref-communication@interieur.example", want: "Bureau de la communication interministérielle|pref-communication@interieur.example|02 55 55 12 34"},
	{lang: "es", from: "Armada <prensa@armada.example>", block: "Contacto:\nCapitán de Corbeta Luis Herrera Díaz\nJefe de Comunicación\nMóvil: 612 555 789\nlherrera@armada.example", want: "Luis Herrera Díaz|lherrera@armada.example|612 555 789"},
	{lang: "pl", from: "Urząd <rzecznik@urzad.example>", block: "Rzecznik prasowy: Tomasz Nowak, tel. +48 22 555 12 34, rzecznik@urzad.example", want: "Tomasz Nowak|rzecznik@urzad.example|+48 22 555 12 34"},
	{lang: "ja", from: "防衛装備 <koho@soubi.example>", block: "本件に関するお問い合わせ\n防衛装備株式会社 広報室\n担当：佐々木\n電話：03-5555-2222\nメール：koho@soubi.example", want: "佐々木|koho@soubi.example|03-5555-2222"},
	{lang: "zh", from: "航空 <pr@hk.example>", block: "新闻联系人：李伟（公关部经理）\n手机：139 1234 5678\n邮箱：liwei@hk.example", want: "李伟|liwei@hk.example|139 1234 5678"},
	{lang: "ar", from: "الوزارة <media@gov.example>", block: "للتواصل الإعلامي: إدارة الاتصال الحكومي | هاتف: 02 555 1234 | media@gov.example", want: "إدارة الاتصال الحكومي|media@gov.example|02 555 1234"},
	{lang: "en", from: "Acme <news@acme.example>", block: "###\nAbout Acme\nAcme makes widgets.\n\nContact: Dana Cole, dana.cole@acme.example", want: "Dana Cole|dana.cole@acme.example|"},
	{lang: "nl", from: "Politie <pers@politie.example>", block: "Persvoorlichting Politie Eenheid Oost\n088 - 555 1234\npers.oost@politie.example", want: "Persvoorlichting Politie Eenheid Oost|pers.oost@politie.example|088 - 555 1234"},
	{lang: "en", from: "Acme <news@acme.example>", block: "Press contact: Mia Chen (mia.chen@acme.example, +65 6555 0101)", want: "Mia Chen|mia.chen@acme.example|+65 6555 0101"},
	{lang: "ru", from: "Пресс-служба <press@zavod.example>", block: "Пресс-служба АО «Завод»\nТел.: +7 (812) 555-00-11\nE-mail: press@zavod.example", want: "Пресс-служба АО «Завод»|press@zavod.example|+7 (812) 555-00-11"},
	{lang: "de", from: "Polizeipräsidium <poststelle@polizei.example>", block: "Medien: Polizei Presse, 0611 555 2000", want: "Polizei Presse||0611 555 2000"},
	{lang: "es", from: "Ministerio <comunicacion@min.example>", block: "Los periodistas pueden contactar con la Sra. Elena Ríos, Jefa de Prensa, en el 915 555 010 o en erios@min.example para más detalles.", want: "Elena Ríos|erios@min.example|915 555 010"},
	{lang: "nl", from: "Bedrijf <info@bedrijf.example>", block: "Perscontact: Sanne Visser | Communicatie | T: +31 20 555 1234 | F: +31 20 555 1299 | sanne.visser@bedrijf.example", want: "Sanne Visser|sanne.visser@bedrijf.example|+31 20 555 1234"},
	{lang: "cs", from: "Město Brno <info@brno.example>", block: "Kontakt pro média:\nMěsto Brno, Odbor komunikace\nMgr. Petr Novák\nTelefon: +420 542 555 111\nMobil: +420 777 555 111\npetr.novak@brno.example", want: "Petr Novák|petr.novak@brno.example|+420 542 555 111"},
	{lang: "es", from: "Gasnor <info@gasnor.example>", block: "Gabinete de prensa Gasnor\nLaura Pineda – tel. +34 981 555 714 – móvil +34 655 555 182\nlaura.pineda@gasnor.example\nDiego Franco – móvil +34 666 555 630\ndiego.franco@gasnor.example", want: "Laura Pineda|laura.pineda@gasnor.example|+34 981 555 714;Diego Franco|diego.franco@gasnor.example|+34 666 555 630"},
	{lang: "pt", from: "Empresa <geral@empresa.example>", block: "Contactos para os media: Rita Lopes, assessora de imprensa, tel. +351 21 555 40 17, rita.lopes@empresa.example; Nuno Reis, tel. +351 912 555 233", want: "Rita Lopes|rita.lopes@empresa.example|+351 21 555 40 17;Nuno Reis||+351 912 555 233"},
	{lang: "cs", from: "Policie <info@policie.example>", block: "--\npor. Jan Svoboda\ntiskový mluvčí Krajského ředitelství policie\ntel. 974 555 111", want: "Jan Svoboda||974 555 111"},
	{lang: "da", from: "Rederiet <info@rederi.example>", block: "For yderligere information, kontakt:\n\nMette Holm, adm. direktør, 33 55 12 00", want: "Mette Holm||33 55 12 00"},
	{lang: "en", from: "Agency <info@agency.example>", block: "Information prepared by:\nRuth Baker\nCommunications Unit\nTel.: 020 7946 0012\nEmail: ruth.baker@agency.example", want: "Ruth Baker|ruth.baker@agency.example|020 7946 0012"},
	{lang: "cs", from: "Urad <info@urad.example>", block: "Kontakt za medije: Služba za odnose z javnostmi, tel. 01 555 12 34, pr@urad.example", want: "Služba za odnose z javnostmi|pr@urad.example|01 555 12 34"},
	{lang: "zh", from: "公司 <pr@co.example>", block: "媒體聯絡人：\n陳怡婷\n電話：02-2555-0188\nEmail：ytchen@co.example", want: "陳怡婷|ytchen@co.example|02-2555-0188"},
	{lang: "id", from: "Humas <humas@bpbd.example>", block: "Narahubung:\nDewi Lestari\nKepala Pusat Data dan Informasi BPBD\nHP/WA: 0813-5555-0192", want: "Dewi Lestari||0813-5555-0192"},
	{lang: "en", from: "Harbour <news@harbour.example>", block: "Enquiries:\nHarbour Group plc\nAlan Frost, Chief Executive    +44 (0)20 7555 0100\nMeridian PR\nKate Lowe / Omar Haddad    +44 (0)20 7555 0400\nharbour@meridianpr.example", want: "Alan Frost||+44 (0)20 7555 0100;Kate Lowe|harbour@meridianpr.example|+44 (0)20 7555 0400;Omar Haddad|harbour@meridianpr.example|+44 (0)20 7555 0400"},
	{lang: "fr", from: "Mairie <contact@mairie.example>", block: "Contact presse\nService communication de la Ville de Lyon\n04 72 55 55 55", want: "Service communication de la Ville de Lyon||04 72 55 55 55"},
	{lang: "it", from: "Regione <urp@regione.example>", block: "Per informazioni: Ufficio Stampa della Regione, tel. 071 806 2345", want: "Ufficio Stampa della Regione||071 806 2345"},
	{lang: "sv", from: "Polisen <registrator@polisen.example>", block: "Polisens presstjänst nås dygnet runt på 010-555 10 10.", want: "Polisens presstjänst||010-555 10 10"},
	{lang: "de", from: "Feuerwehr <info@feuerwehr.example>", block: "Die Pressestelle der Feuerwehr ist erreichbar unter 040 555 1000.", want: "Pressestelle der Feuerwehr||040 555 1000"},
	{lang: "fr", from: "Gendarmerie <info@gendarmerie.example>", block: "La cellule communication est joignable au 01 55 55 12 34.", want: "cellule communication||01 55 55 12 34"},
	{lang: "en", from: "Grace Holloway <grace.holloway@acme.example>", block: "Media contact:\nGrace Holloway\nHead of Media\n+44 20 7946 0123", want: "Grace Holloway|grace.holloway@acme.example|+44 20 7946 0123"},
	{lang: "en", from: "Acme Press Office <press@acme.example>", block: "Media contact:\nGrace Holloway\nHead of Media\n+44 20 7946 0123", want: "Grace Holloway||+44 20 7946 0123"},
	{lang: "en", from: "Acme Press Office <press@acme.example>", block: "Media contact:\nAcme Press Office\n+44 20 7946 0123", want: "Acme Press Office|press@acme.example|+44 20 7946 0123"},
	{lang: "en", from: "Acme <noreply@acme.example>", block: "Media contact:\nAcme Press Office\n+44 20 7946 0123", want: "Acme Press Office||+44 20 7946 0123"},
	{lang: "de", from: "Lena Schubert | Nordwerk <l.schubert@nordwerk.example>", block: "Pressekontakt:\nLena Schubert, Pressesprecherin\nTel. 0431 555 0100", want: "Lena Schubert|l.schubert@nordwerk.example|0431 555 0100"},
	{lang: "de", from: "Nordwerk Pressestelle <presse@nordwerk.example>", block: "Pressekontakt:\nLena Schubert, Pressesprecherin\nTel. 0431 555 0100", want: "Lena Schubert||0431 555 0100"},
	{lang: "fr", from: "Service de presse <presse@ville.example>", block: "Contact presse :\nService de presse de la Ville\n01 55 55 12 34", want: "Service de presse de la Ville|presse@ville.example|01 55 55 12 34"},
	{lang: "es", from: "Marta Ibáñez <mibanez@uni.example>", block: "Contacto de prensa:\nMarta Ibáñez\nGabinete de Comunicación\nTel. 947 55 80 12", want: "Marta Ibáñez|mibanez@uni.example|947 55 80 12"},
	{lang: "es", from: "Gabinete de Comunicación <comunicacion@uni.example>", block: "Contacto de prensa:\nMarta Ibáñez\nGabinete de Comunicación\nTel. 947 55 80 12", want: "Marta Ibáñez||947 55 80 12"},
	{lang: "en", from: "Defence Press Office <press@defence.example>", block: "For further information contact:\nLt Col Sam Hart, Press Officer, 07700 900 123\nDefence Press Office\npress@defence.example", want: "Sam Hart||07700 900 123"},
	{lang: "sv", from: "Kommunen <registrator@kommun.example>", block: "Presskontakt:\nKommunens presstjänst\n08-555 123 45", want: "Kommunens presstjänst||08-555 123 45"},
	{lang: "it", from: "Ufficio Stampa Comune <stampa@comune.example>", block: "Per informazioni:\nUfficio Stampa del Comune\ntel. 0461 555 123", want: "Ufficio Stampa del Comune|stampa@comune.example|0461 555 123"},
	{lang: "pl", from: "Anna Kowalska <a.kowalska@firma.example>", block: "Kontakt dla mediów: Anna Kowalska, tel. 601 555 444", want: "Anna Kowalska|a.kowalska@firma.example|601 555 444"},
	{lang: "nl", from: "Gemeente Utrecht <info@utrecht.example>", block: "Noot voor de redactie:\nPieter Bakker, woordvoerder, 06 5555 1234", want: "Pieter Bakker||06 5555 1234"},
	{block: "Meediakontakt:\nKadri Tamm\nkommunikatsioonijuht\ntel 5555 1234\nkadri.tamm@amet.example", want: "Kadri Tamm|kadri.tamm@amet.example|5555 1234"},
	{block: "Informāciju sagatavoja:\nAnna Kalniņa\nSabiedrisko attiecību nodaļa\nTālr.: 67 555 123\nE-pasts: anna.kalnina@vm.example", want: "Anna Kalniņa|anna.kalnina@vm.example|67 555 123"},
	{block: "Daugiau informacijos:\nRūta Petraitytė\nKomunikacijos skyriaus vedėja\nTel. +370 5 255 5012\nEl. p. ruta.petraityte@nvsc.example", want: "Rūta Petraitytė|ruta.petraityte@nvsc.example|+370 5 255 5012"},
	{block: "Kontakt pre médiá: Zuzana Horváthová, hovorkyňa, tel.: +421 2 5555 1234, zuzana.horvathova@urad.example", want: "Zuzana Horváthová|zuzana.horvathova@urad.example|+421 2 5555 1234"},
	{block: "Kontakt za medije:\nMarko Horvat, glasnogovornik\nTel: 01 555 1234\nmarko.horvat@ministarstvo.example", want: "Marko Horvat|marko.horvat@ministarstvo.example|01 555 1234"},
	{block: "Контакт за медије: Јелена Петровић, портпаролка, тел. 011 555 1234, jelena.petrovic@vlada.example", want: "Јелена Петровић|jelena.petrovic@vlada.example|011 555 1234"},
	{block: "ติดต่อสื่อมวลชน:\nคุณสมชาย ใจดี\nโทร. 02-555-1234\nอีเมล: somchai@co.example", want: "สมชาย ใจดี|somchai@co.example|02-555-1234"},
	{block: "მედიასთან ურთიერთობა:\nნინო ბერიძე\nტელ: +995 32 255 5123\nnino.beridze@gov.example", want: "ნინო ბერიძე|nino.beridze@gov.example|+995 32 255 5123"},
	{block: "Untuk maklumat lanjut, sila hubungi:\nNurul Aina binti Ahmad\nPegawai Perhubungan Awam\nTel: 03-5555 0192\nE-mel: nurul.aina@agensi.example", want: "Nurul Aina binti Ahmad|nurul.aina@agensi.example|03-5555 0192"},
	{block: "Para sa karagdagang impormasyon:\nMaria Santos, Tagapagsalita\n0917 555 1234\nmaria.santos@ahensya.example", want: "Maria Santos|maria.santos@ahensya.example|0917 555 1234"},
	{block: "Kwa maelezo zaidi wasiliana na:\nAmina Mwangi\nAfisa Habari\nSimu: +254 722 555 123\nBarua pepe: amina.mwangi@wizara.example", want: "Amina Mwangi|amina.mwangi@wizara.example|+254 722 555 123"},
	{block: "برای اطلاعات بیشتر:\nمریم احمدی، روابط عمومی\nتلفن: 021-5555 1234\nmaryam.ahmadi@org.example", want: "مریم احمدی|maryam.ahmadi@org.example|021-5555 1234"},
	{block: "মিডিয়া যোগাযোগ:\nরাহুল দাস\nফোন: +880 1711 555123\nrahul.das@org.example", want: "রাহুল দাস|rahul.das@org.example|+880 1711 555123"},
	{block: "Lisainfo:\nMarek Kask, pressiesindaja, tel 5555 4321, marek.kask@politsei.example", want: "Marek Kask|marek.kask@politsei.example|5555 4321"},
	{block: "Kontakt:\nPressesprecherin Dr. Julia Wagner\nTelefon +49 30 5555 1234\nE-Mail julia.wagner@ministerium.example", want: "Julia Wagner|julia.wagner@ministerium.example|+49 30 5555 1234"},
	{block: "Media contact\nMs Olivia Chen | Senior Communications Adviser | Department of Health\nPh: (02) 5555 0101 | Mob: 0412 555 101\nEmail: olivia.chen@health.example", want: "Olivia Chen|olivia.chen@health.example|(02) 5555 0101"},
	{block: "CONTACT: Rick Alvarez, rick.alvarez@acme.example; (312) 555-0147", want: "Rick Alvarez|rick.alvarez@acme.example|(312) 555-0147"},
	{block: "Contact\nSarah Kim\nDirector, Public Relations\n(312) 555-0147 office\n(312) 555-0199 mobile\nsarah.kim@acme.example", want: "Sarah Kim|sarah.kim@acme.example|(312) 555-0147"},
	{lang: "ar", from: "الشركة <media@co.example>", block: "للتواصل:\nالمكتب الإعلامي – سارة الخطيب، 050 555 1234\nsara.khatib@co.example", want: "سارة الخطيب|sara.khatib@co.example|050 555 1234"},
	{lang: "he", from: "נמל <dover@port.example>", block: "דוברות נמל חיפה – אורי שגיא, 054-555-7788\nuri.sagi@port.example", want: "אורי שגיא|uri.sagi@port.example|054-555-7788"},
	{lang: "sv", from: "Bolaget <ir@bolaget.example>", block: "Presskontakter:\nAnna Berg, kommunikationschef, +46 8 555 0101, anna.berg@bolaget.example\nLars Ek, finanschef (för investerare), +46 8 555 0102, lars.ek@bolaget.example", want: "Anna Berg|anna.berg@bolaget.example|+46 8 555 0101;Lars Ek|lars.ek@bolaget.example|+46 8 555 0102"},
	{lang: "en", from: "Acme <news@acme.example>", block: "Media contact: Anna Berg, +44 20 7946 0101, anna.berg@acme.example\nInvestor Relations: Lars Ek, +44 20 7946 0102, lars.ek@acme.example", want: "Anna Berg|anna.berg@acme.example|+44 20 7946 0101"},
	{lang: "de", from: "Muster AG <ir@muster-ag.example>", block: "Investor Relations:\nDr. Markus Bauer\nLeiter Investor Relations\n+49 89 5555 0300\nmarkus.bauer@muster-ag.example", want: "Markus Bauer|markus.bauer@muster-ag.example|+49 89 5555 0300"},
	{lang: "en", from: "Fenwick Rail <noreply@fenwickrail.example>", block: "For journalists: write to our Media Desk[3], or call 0161 555 0142\n\nLinks\n[3]: mailto:mediadesk@fenwickrail.example\n[4]: https://fenwickrail.example/news", want: "Media Desk|mediadesk@fenwickrail.example|0161 555 0142"},
	{block: "Contact: jane.doe@acme.example (Jane Doe, +44 20 7946 0101)", want: "Jane Doe|jane.doe@acme.example|+44 20 7946 0101"},
	{block: "Media contact:\nJane Doe\njane.doe@acme.example / press@acme.example\n+44 20 7946 0101", want: "Jane Doe|jane.doe@acme.example|+44 20 7946 0101"},
	{block: "Media enquiries\nT: +44 20 7946 0000\nE: press@acme.example\nW: acme.example/news", want: "|press@acme.example|+44 20 7946 0000"},
	{block: "Contacts\nJane Doe, Acme Ltd\n+44 20 7946 0101\njane.doe@acme.example\n\nTom Lee, Partner Corp\n+1 212 555 0199\ntom.lee@partner.example", want: "Jane Doe|jane.doe@acme.example|+44 20 7946 0101;Tom Lee|tom.lee@partner.example|+1 212 555 0199"},
	{lang: "fr", block: "Contact presse : Marie DUPONT – 06 12 34 56 78 – marie.dupont@societe.example", want: "Marie Dupont|marie.dupont@societe.example|06 12 34 56 78"},
	{lang: "de", block: "Pressekontakt\nMüller, Anna\nTel.: 089 5555 1234\nanna.mueller@firma.example", want: "Anna Müller|anna.mueller@firma.example|089 5555 1234"},
	{block: "Press: Jane Doe | +44 20 7946 0101 | jane.doe@acme.example\nBroadcast: Tom Lee | +44 20 7946 0102 | tom.lee@acme.example", want: "Jane Doe|jane.doe@acme.example|+44 20 7946 0101;Tom Lee|tom.lee@acme.example|+44 20 7946 0102"},
	{block: "About Acme\nAcme builds bridges. Visit acme.example.\n\nContact\nJane Doe\nAcme Communications\n+44 (0) 20 7946 0101\njane.doe@acme.example", want: "Jane Doe|jane.doe@acme.example|+44 (0) 20 7946 0101"},
	{lang: "es", block: "Contacto:\nDepartamento de Comunicación\nprensa@empresa.example\n+34 91 555 01 02", want: "Departamento de Comunicación|prensa@empresa.example|+34 91 555 01 02"},
	{block: "For interviews, please contact Jane Doe on 020 7946 0101 or John Roe on 020 7946 0102.", want: "Jane Doe||020 7946 0101;John Roe||020 7946 0102"},
	{lang: "de", block: "Für Rückfragen wenden Sie sich an Lena Kurz unter 030 5555 0101 oder an Paul Stein unter 030 5555 0102.", want: "Lena Kurz||030 5555 0101;Paul Stein||030 5555 0102"},
	{lang: "cs", from: "Občina Koper <obcina@koper.example>", block: "--\nSlužba za odnose z javnostmi\nObčina Koper\ntel. 05 555 12 34", want: "Služba za odnose z javnostmi|obcina@koper.example|05 555 12 34"},
}

// TestContactShapes runs the shapes as text and as HTML paragraphs.
func TestContactShapes(t *testing.T) {
	ps := shapes
	pass := 0
	for _, p := range ps {
		for _, h := range []bool{false, true} {
			pf := probeFile{Lang: p.lang, From: p.from, Block: strings.Split(p.block, "\n")}
			q := pf.probe(h)
			d, err := Inspect(probeMail(q))
			if err != nil {
				t.Fatal(err)
			}
			got := showContacts(d.Contacts)
			if sameProbeContacts(d.Contacts, p.want) {
				pass++
				continue
			}
			t.Errorf("%s html=%v %q:\n got  %q\n want %q", p.lang, h, p.block, got, p.want)
		}
	}
	t.Logf("%d/%d", pass, 2*len(ps))
}

// TestContactShapesRendered runs the shapes as a text part without
// blank lines, a DOCX and Word's HTML give them: a line a block.
func TestContactShapesRendered(t *testing.T) {
	// open: the one shape whose second line, a name and a number, reads
	// as an entry of its own once the lines are blocks.
	open := "Out of hours duty press officer"
	for _, p := range shapes {
		renders := []contactProbe{p, p, p}
		renders[0].tight, renders[1].docx, renders[2].word = true, true, true
		for _, q := range renders {
			d, err := Inspect(probeMail(q))
			if err != nil {
				t.Fatal(err)
			}
			if !sameProbeContacts(d.Contacts, p.want) && !strings.Contains(p.block, open) {
				t.Errorf("tight=%v docx=%v word=%v %q:\n got  %q\n want %q", q.tight, q.docx, q.word, p.block, showContacts(d.Contacts), p.want)
			}
		}
	}
}

// TestContactHTMLShapes: contact blocks as HTML mail writes them, in
// tables, lists and links (our own phrasings).
func TestContactHTMLShapes(t *testing.T) {
	for _, p := range []contactProbe{
		{block: `<table><tr><td><b>Media contact</b></td></tr><tr><td>Jane Roe</td><td>+1 202 555 0100</td><td><a href="mailto:jane.roe@acme.example">jane.roe@acme.example</a></td></tr></table>`, want: "Jane Roe|jane.roe@acme.example|+1 202 555 0100"},
		{block: `<p><strong>Media Contact:</strong><br>Jane Roe<br><a href="mailto:jane.roe@acme.example">Email Jane</a><br>+1 202 555 0100</p>`, want: "Jane Roe|jane.roe@acme.example|+1 202 555 0100"},
		{block: `<table><tr><td>Jane Roe<br>+1 202 555 0100<br>jane.roe@acme.example</td><td>John Poe<br>+1 202 555 0111<br>john.poe@acme.example</td></tr></table>`, want: "Jane Roe|jane.roe@acme.example|+1 202 555 0100;John Poe|john.poe@acme.example|+1 202 555 0111"},
		{block: `<p><b>Contacts:</b></p><ul><li>Jane Roe, +1 202 555 0100, jane.roe@acme.example</li><li>John Poe, +1 202 555 0111, john.poe@acme.example</li></ul>`, want: "Jane Roe|jane.roe@acme.example|+1 202 555 0100;John Poe|john.poe@acme.example|+1 202 555 0111"},
		{block: `<div>Media contact: <a href="mailto:jane.roe@acme.example">Jane Roe</a>, +1 202 555 0100</div>`, want: "Jane Roe|jane.roe@acme.example|+1 202 555 0100"},
		{top: true, block: `<p>MEDIA CONTACT: Jane Roe, 202-555-0100, jane.roe@acme.example</p>`, want: "Jane Roe|jane.roe@acme.example|202-555-0100"},
		{block: `<p>Press Office<br>T: <a href="tel:+442079460000">+44 20 7946 0000</a><br>E: <a href="mailto:press@acme.example">press@acme.example</a></p>`, want: "Press Office|press@acme.example|+44 20 7946 0000"},
	} {
		p.html = true
		d, err := Inspect(probeMail(p))
		if err != nil {
			t.Fatal(err)
		}
		if !sameProbeContacts(d.Contacts, p.want) {
			t.Errorf("%q:\n got  %q\n want %q", p.block, showContacts(d.Contacts), p.want)
		}
	}
}

// TestContactUnderForwardHeader: a forwarded message's header block
// (Outlook's rule, From:, Sent:, To:, Subject:) gives no contact, even
// when the release's own contact is by number alone (our phrasings).
func TestContactUnderForwardHeader(t *testing.T) {
	pre := "________________________________\nFrom: Tasman Water News <news@tasmanwater.example>\nSent: Monday, 2 June 2025 10:00\nTo: Newsdesk\nSubject: Dam works"
	for _, p := range []contactProbe{
		{pre: pre, block: "Media: Tasman Water Press Office, 03 5555 0142", want: "Tasman Water Press Office|news@tasmanwater.example|03 5555 0142"},
		{pre: pre, lang: "de", block: "Pressekontakt:\nLena Schubert, Pressesprecherin\nTel. 0431 555 0100", want: "Lena Schubert||0431 555 0100"},
	} {
		d, err := Inspect(probeMail(p))
		if err != nil {
			t.Fatal(err)
		}
		if !sameProbeContacts(d.Contacts, p.want) {
			t.Errorf("%q:\n got  %q\n want %q", p.block, showContacts(d.Contacts), p.want)
		}
	}
}
