package segment

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

// A paragraph whose first line is a contact label that names whom it is
// for ("Kontaktperson for presse:", "Ansprechpartner für die Presse:",
// "Contact person for the media:") and goes on with the person and a
// number ends the body, though the labeller reads it as body; a story's
// paragraph that asks the public to call a number stays body. Wordings
// are our own.
func TestContactLabelledParagraph(t *testing.T) {
	for _, l := range []string{"Kontaktperson for presse:", "Ansprechpartner für die Presse:", "Contact person for the media:", "Kontaktperson för media:", "Persona de contacto para los medios:"} {
		bs, roles := story([]string{"Drone seen over the harbour",
			"Police have charged a man after a drone was seen over the harbour on Sunday evening.",
			"The public are asked to report drones near harbours on 02800.",
			""})
		bs[3] = block.Block{Kind: block.Para, Lines: []string{l, "Police Attorney Ingrid Halse, tel. 478 55 210", "The operations centre does not answer media enquiries about the case."}}
		s := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
		if got := s.Body[len(s.Body)-1].Text(); !strings.HasPrefix(got, "The public are asked") {
			t.Errorf("%s: body ends %q", l, got)
		}
	}
}
