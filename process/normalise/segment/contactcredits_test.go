package segment

import (
	"testing"

	"newsdesk/process/normalise/block"
)

// TestCreditsAndNotesNameNoOne: a picture's credit line names a
// photographer, not a contact, and a notes-to-editors heading over the
// contact names no one, in the desk's languages (our own phrasings).
func TestCreditsAndNotesNameNoOne(t *testing.T) {
	for _, c := range []struct {
		bs   []block.Block
		want string
	}{
		{[]block.Block{
			{Lines: []string{"Foto: Armada Española / Pablo Ruiz Gil"}},
			{Lines: []string{"Más información: Oficina de Prensa, 91 555 01 01, prensa@armada.example"}},
		}, "Oficina de Prensa|prensa@armada.example|91 555 01 01"},
		{[]block.Block{
			{Lines: []string{"Фото 1: Олег Петров / Пресс-служба"}},
			{Lines: []string{"Пресс-служба Балтийского флота, +7 4012 55 55 01, press@flot.example"}},
		}, "Пресс-служба Балтийского флота|press@flot.example|+7 4012 55 55 01"},
		{[]block.Block{
			{Lines: []string{"Notes to editors"}},
			{Lines: []string{"1. The exercise ends on Friday."}},
			{Lines: []string{"Media enquiries", "Army Press Office: 01980 555 010 | armypress@army.example"}},
		}, "Army Press Office|armypress@army.example|01980 555 010"},
		{[]block.Block{
			{Lines: []string{"Hinweis an die Redaktionen"}},
			{Lines: []string{"Bilder zur freien Verwendung im Anhang."}},
			{Lines: []string{"Pressekontakt", "Pressestelle Landeskommando: 0611 555 010 | presse@lkdo.example"}},
		}, "Pressestelle Landeskommando|presse@lkdo.example|0611 555 010"},
	} {
		if got := show(Contacts(c.bs, nil)); got != c.want {
			t.Errorf("Contacts(%v) = %q, want %q", c.bs, got, c.want)
		}
	}
}
