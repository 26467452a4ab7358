package tag

import (
	"strings"
	"testing"

	"newsdesk/draft"
)

// A date before a time, or an amount written with spaces between its
// thousands, is no phone number: the story paragraph that holds one stays.
func TestPhoneDigitsNotDatesOrAmounts(t *testing.T) {
	for _, s := range []string{
		"Die Übung beginnt am 12.03.2025 10 Uhr in Munster.",
		"Le ministère investit 12 500 000 euros à Lyon.",
		"Kontrakt o wartości 1 250 000 000 zł podpisano w Gdańsku.",
		"Exercise window: 01/02/2026 14 days at Salisbury Plain.",
	} {
		if phoneDigits(s) {
			t.Errorf("phoneDigits(%q) = true", s)
		}
		if got := withoutContactLines(s); got != s {
			t.Errorf("withoutContactLines(%q) dropped the paragraph", s)
		}
	}
	for _, s := range []string{"Tel: +44 131 555 0100", "Tel. 020 7218 7907", "+32 2 299 1111", "(030) 1234 5678", "Tél. : 01 23 45 67 89", "Phone 555 123 4567"} {
		if !phoneDigits(s) {
			t.Errorf("phoneDigits(%q) = false", s)
		}
	}
}

// A story sentence before a contact in its paragraph stays; an address
// before the phone does not.
func TestContactAfterStorySentence(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The exercise took place in Leeds. Contact: press@example.org", "The exercise took place in Leeds."},
		{"Die Übung fand in Ulm statt. Weitere Informationen unter presse@bundeswehr.de.", "Die Übung fand in Ulm statt."},
		{"Press Office, 12 Harbour Street, Leith EH6 6QS, Scotland. Tel: +44 131 555 0100", ""},
		{"Journalists may contact Ms. Priya Nair on +91 11 2371 0455.", ""},
		{"Lead\nThe exercise took place in Leeds. Contact: press@example.org\nTail", "Lead\nThe exercise took place in Leeds.\nTail"},
	} {
		if got := withoutContactLines(c.in); got != c.want {
			t.Errorf("withoutContactLines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A dateline town's countries are read code by code: "Blackheath" (AU,
// GB) places the story in no Uganda, whose code its codes' middle spells.
func TestStrayTownCodesReadWhole(t *testing.T) {
	g := newTagger(t).geo
	if g.cities.get("Blackheath") != "AUGB" && g.cities.get("Blackheath") != "GBAU" {
		t.Skipf("Blackheath is %q", g.cities.get("Blackheath"))
	}
	town := ""
	for name, codes := range g.cities.all() {
		if _, known := g.names[strings.ToLower(name)]; codes == "UG" && !known && !strings.Contains(name, " ") && (town == "" || name < town) {
			town = name
		}
	}
	d := &draft.Draft{Language: "sv", Dateline: &draft.Dateline{Place: "Blackheath"}}
	if got := g.withoutStrayTowns([]string{town}, d, "Fartyget lämnade "+town+"."); len(got) != 0 {
		t.Errorf("withoutStrayTowns kept %q (codes %q) for a dateline in %q", got, g.cities.get(town), g.cities.get("Blackheath"))
	}
}

// An empty part of a hyphenated word ("Bielsko-") has no stems to cut,
// and no last letter to read.
func TestCaseStemsEmpty(t *testing.T) {
	if got := caseStems(""); len(got) != 1 || got[0] != "" {
		t.Errorf("caseStems(\"\") = %q", got)
	}
}
