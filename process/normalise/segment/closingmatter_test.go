package segment

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment/learn"
)

// Under the story, with no heading, officials close on a formula and
// releases note where their pictures and footage are, or close on notes
// that are no news (a legal disclaimer, reprint terms, an invitation to
// follow the issuer, a data-protection notice, a plea not to print);
// all end the body, in every language, and a run of them ends it at the
// first. A story's sentence about photos, a notice that
// opens with the formula's words, and a quote that ends "… to the
// public." stay body. Wordings are our own.
func TestClosingMatter(t *testing.T) {
	for _, s := range []string{
		"Kamuoyuna saygıyla duyurulur.",
		"Kamuoyuna duyurulur.",
		"Basın ve kamuoyunun bilgisine saygıyla sunulur.",
		"Il est porté à la connaissance du public.",
		"Se informa a la opinión pública.",
		"Lo que se comunica para conocimiento público.",
		"Se hace del conocimiento público.",
		"È quanto si comunica.",
		"Доводимо до відома.",
		"Доводим до сведения.",
		"Demikian siaran pers ini kami sampaikan.",
		"For the information of the public.",
		"Images from the ceremony are available at the Defence Imagery site.",
		"High-resolution photos are available on request.",
		"Video footage and B-roll of the exercise can be downloaded from our media portal.",
		"Honorarfreies Bildmaterial steht unter www.example.de/presse zum Download bereit.",
		"Pressebilder finden Sie unter www.example.de/bilder.",
		"Photos libres de droits sur demande.",
		"Des photos de la cérémonie sont disponibles sur le site de la préfecture.",
		"Las fotografías del acto están disponibles en la web del ministerio.",
		"Le foto dell'esercitazione sono disponibili sul sito.",
		"Foto's van de opening zijn beschikbaar via de persmap.",
		"Pressbilder finns att ladda ner på webbplatsen.",
		"Kuvia harjoituksesta on saatavilla osoitteessa kuvat.example.fi.",
		"Zdjęcia z ćwiczeń są dostępne na stronie jednostki.",
		"Fotografie ke stažení na webu ministerstva.",
		"Fotoğraflar bakanlığın internet sitesinden indirilebilir.",
		"Voor meer informatie kunt u contact opnemen met de persvoorlichting via 070 555 1200.",
		"For further information, please call the press office on 020 7946 0000.",
		"Pour plus d'informations, écrivez à presse@exemple-defense.fr.",
		"Für weitere Informationen wenden Sie sich an die Pressestelle unter +49 30 555 0100.",
		"Sobre a Norvela: empresa de construção naval fundada em 1950, com sede em Aveiro.",
		"Σχετικά με την Ναυτική Άμυνα: Η εταιρεία ιδρύθηκε το 1990 και ναυπηγεί σκάφη.",
		"About Kestrel Robotics: Kestrel builds drones for search and rescue teams.",
		"Some statements in this announcement are forward-looking statements and involve risks that may cause results to differ.",
		"Nothing in this release constitutes an offer to sell or the solicitation of an offer to buy shares.",
		"The company accepts no liability for errors in information supplied by third parties.",
		"Diese Meldung stellt weder ein Angebot noch eine Aufforderung zum Erwerb von Aktien dar.",
		"Für Angaben Dritter übernimmt das Unternehmen keine Gewähr.",
		"Certaines informations de ce communiqué constituent des déclarations prospectives.",
		"La société décline toute responsabilité quant aux informations publiées par des tiers.",
		"La empresa no se hace responsable de los datos facilitados por terceros.",
		"Questo comunicato non costituisce un'offerta di vendita di strumenti finanziari.",
		"Het bedrijf aanvaardt geen aansprakelijkheid voor informatie van derden.",
		"Bolaget ansvarar inte för uppgifter som lämnats av tredje part.",
		"Spółka nie ponosi odpowiedzialności za informacje przekazane przez osoby trzecie.",
		"Pictures may be used free of charge provided the Port Authority is credited.",
		"All photographs are free for editorial use with the credit line Coastguard Agency.",
		"Die Bilder dürfen unter Angabe der Quelle honorarfrei abgedruckt werden.",
		"Les photos peuvent être reproduites librement avec la mention Garde côtière.",
		"Las imágenes pueden utilizarse libremente citando la fuente.",
		"Le immagini possono essere utilizzate gratuitamente citando la fonte.",
		"De foto's zijn rechtenvrij te gebruiken met bronvermelding.",
		"Der Abdruck ist honorarfrei, ein Belegexemplar erbitten wir an die Pressestelle.",
		"Keep up with the Port Authority on LinkedIn and Instagram.",
		"Follow the Coastguard Agency on Facebook and X for live updates.",
		"Aktuelle Meldungen der Küstenwache finden Sie auch auf Instagram.",
		"Suivez la Garde côtière sur LinkedIn et Instagram.",
		"Síguenos en Instagram y LinkedIn.",
		"Seguici su Facebook e Instagram.",
		"Volg ons op LinkedIn en Instagram.",
		"Följ oss på Instagram och LinkedIn.",
		"Obserwuj nas na Facebooku i Instagramie.",
		"Conformément au RGPD, vous pouvez demander la suppression de vos données en écrivant à rgpd@exemple-port.fr.",
		"Puede ejercer sus derechos de acceso y rectificación en https://puerto.example/privacidad.",
		"Il trattamento dei dati avviene ai sensi del GDPR; informativa completa su https://porto.example/privacy.",
		"Think of the environment before printing this message.",
		"Bitte prüfen Sie, ob Sie diese Nachricht wirklich ausdrucken müssen, bevor Sie sie ausdrucken.",
	} {
		if !closingMatter(block.Block{Kind: block.Para, Lines: []string{s}}) {
			t.Errorf("%q: not read as closing matter", s)
		}
	}
	for _, s := range []string{
		"Photos released by the navy show the damage to the hull.",
		"Images from the drone helped the crew find the missing walker.",
		"\"We owe our thanks to the volunteers and to the public.\"",
		"Se informa a la opinión pública que el puente permanecerá cerrado hasta el lunes.",
		"Il est porté à la connaissance du public que la route sera fermée le 4 mars.",
		"Доводимо до відома громадян, що рух транспорту буде обмежено.",
		"Die Bilder der Überwachungskamera zeigen zwei Männer.",
		"Kamuoyu, depremin ardından yardım kampanyasına büyük destek verdi.",
		"About 200 reservists took part: they trained for a week in the hills.",
		"For more information on the programme, visit the ministry's website.",
		"Further information will be released on Monday, the ministry said.",
		"Sobre a mesa: o contrato de 176 milhões de euros e o calendário de entregas.",
		"About 40 troops from 3 Commando: they landed at dawn and secured the beach.",
		"About half the crew of HMS Example: they will return home on Friday.",
		"For more information about the programme, the ministry said it would open a helpline, 0800 555 0199, on Monday.",
		"Für weitere Informationen zum Programm werde die Hotline 030 555 0100 ab Montag geschaltet, sagte ein Sprecher.",
		"The shipyard accepts no liability for the delay, its lawyer said on Monday.",
		"The ministry posted a video of the rescue on Instagram, where it was watched more than a million times within a day.",
		"The bidder said its offer to buy the yard's shares would stay open until March.",
		"Photos of the wreck were shared on Facebook by the fishermen who found it.",
		"The regulator fined the company under the GDPR for keeping customers' data too long.",
		"No personal data was taken in the attack, the company said.",
	} {
		if closingMatter(block.Block{Kind: block.Para, Lines: []string{s}}) {
			t.Errorf("%q: read as closing matter", s)
		}
	}
	// In a release, the closing matter ends the body; with the story
	// going on under it, a note on photos is the story's.
	cut := func(texts []string) string {
		bs, roles := story(texts)
		s := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
		return s.Body[len(s.Body)-1].Text()
	}
	if got := cut([]string{"Veterans mark 75 years since the battle",
		"Veterans and serving personnel gathered at the memorial on Sunday to mark 75 years since the battle.",
		"A wreath was laid by the ambassador.",
		"Images from the ceremony are available at the Defence Imagery site."}); !strings.HasPrefix(got, "A wreath") {
		t.Errorf("media note: body ends %q", got)
	}
	if got := cut([]string{"Deprem bölgesine destek sürüyor",
		"Ankara, 12 Aralık 2026 – Silahlı Kuvvetler bölgeye 1.200 personel sevk etti.",
		"Sahra mutfakları günde 25 bin kişiye sıcak yemek dağıtıyor.",
		"Kamuoyuna saygıyla duyurulur."}); !strings.HasPrefix(got, "Sahra") {
		t.Errorf("closing formula: body ends %q", got)
	}
	// A run of notes under the story ends it at the first.
	bs, roles := story([]string{"Port Authority opens a new pilot station",
		"The Port Authority opened its new pilot station at the estuary mouth on Thursday.",
		"The station will house twelve pilots and two launches.",
		"Pictures may be used free of charge provided the Port Authority is credited.",
		"Follow the Port Authority on LinkedIn and Instagram."})
	sr := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
	if got := sr.Body[len(sr.Body)-1].Text(); !strings.HasPrefix(got, "The station") {
		t.Errorf("body ends %q", got)
	}
}

// story is a release of one paragraph a text: the headline, then the
// body as the labeller reads it.
func story(texts []string) ([]block.Block, []learn.Role) {
	var bs []block.Block
	for _, s := range texts {
		bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
	}
	roles := []learn.Role{learn.Headline}
	for range texts[1:] {
		roles = append(roles, learn.Body)
	}
	return bs, roles
}
