package segment

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

// Under the story, with no heading over them, releases close on notes
// that are no news: a legal disclaimer (forward-looking statements, no
// offer of securities, no liability), the terms on which its pictures
// or the release may be reprinted, and an invitation to follow the
// issuer on social networks. Each ends the body, in the desk's
// languages; a story's sentence about liability, an offer or a post on a
// network stays body. Wordings are our own.
func TestBoilerplateNotesEndTheStory(t *testing.T) {
	for _, s := range []string{
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
	bs, roles := story([]string{"Port Authority opens a new pilot station",
		"The Port Authority opened its new pilot station at the estuary mouth on Thursday.",
		"The station will house twelve pilots and two launches.",
		"Pictures may be used free of charge provided the Port Authority is credited.",
		"Follow the Port Authority on LinkedIn and Instagram."})
	s := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
	if got := s.Body[len(s.Body)-1].Text(); !strings.HasPrefix(got, "The station") {
		t.Errorf("body ends %q", got)
	}
}
