package segment

import (
	"testing"
	"time"
)

// An embargo line set like a dateline, its label in capitals and its date
// after it ("JULKAISUVAPAA 8.12.2026 KLO 10.00"), names no place: the
// label times the release, and the dateline comes under the title.
// Wordings are our own.
func TestEmbargoLabelIsNoDateline(t *testing.T) {
	for _, tc := range []struct{ label, dateline, place string }{
		{"JULKAISUVAPAA 4.3.2026 KLO 12.00", "Tampere 3.3.2026 – Kaupunki avaa uuden uimahallin maaliskuussa, kertoi kaupunginjohtaja tiistaina.", "Tampere"},
		{"SPERRFRIST 4.3.2026 – 12 Uhr", "Kiel, 3. März 2026 – Die Stadt eröffnet im März ein neues Hallenbad, sagte der Oberbürgermeister am Dienstag.", "Kiel"},
	} {
		bs := paras(tc.label, "TIEDOTE", "Uusi uimahalli avataan maaliskuussa", tc.dateline,
			"Halli maksoi 30 miljoonaa euroa, ja siinä on kahdeksan rataa sekä lasten allas, kaupunki kertoi.")
		ref := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
		dls := ReadDatelines(bs, &ref)
		i, d := findDateline(bs, dls)
		if i != 3 || d.Place != tc.place {
			t.Errorf("%q: dateline at block %d, place %q; want block 3, %q", tc.label, i, d.Place, tc.place)
		}
	}
}
