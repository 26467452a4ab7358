package segment

import (
	"slices"
	"strings"
	"testing"
	"time"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment/learn"
)

// The About paragraph without its heading, in phrasings of no corpus
// case: the last paragraph opens with the sender's name as the top of the
// release writes it; the first paragraph opening with it stays body, and
// so does a last paragraph that opens otherwise.
func TestUnheadedAbout(t *testing.T) {
	check := func(name string, texts []string, want string) {
		t.Helper()
		var bs []block.Block
		for _, s := range texts {
			bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
		}
		H, B, C := learn.Headline, learn.Body, learn.Contact
		roles := []learn.Role{learn.Letterhead, H}
		for range texts[2 : len(texts)-1] {
			roles = append(roles, B)
		}
		roles = unheadedAbout(bs, append(roles, C))
		s := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
		var got []string
		for _, b := range s.Body {
			got = append(got, b.Text())
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%s: body %q, want %q", name, got, want)
		}
	}
	top := []string{"Lindqvist Färjor AB", "Lindqvist Färjor beställer två elfärjor"}
	p1 := "Lindqvist Färjor AB har beställt två elfärjor från ett varv i Gdańsk, meddelade bolaget på tisdagen."
	p2 := "Färjorna ska trafikera linjen till Vaxholm från 2028."
	contact := "Presskontakt: Eva Lind, 08-555 123 45"
	check("About as the last paragraph", append(top, p1, p2, "Lindqvist Färjor AB driver tolv färjelinjer i Stockholms skärgård.", contact), p1+"|"+p2)
	check("no About", append(top, p1, p2, contact), p1+"|"+p2)
	check("only paragraph", append(top, p1, contact), p1)
	// A letterhead without a company form is the name the story uses too:
	// its last paragraph may well open with it.
	plain := []string{"Harbour Line Ferries", "Harbour Line Ferries adds a second island route"}
	q1 := "Harbour Line Ferries will open a second daily route to the islands from April, the company said on Monday."
	q2 := "Harbour Line Ferries expects the route to carry 120,000 passengers in its first year."
	check("story's last word under a plain name", append(plain, q1, q2, contact), q1+"|"+q2)
	de := []string{"Stadtwerke Lindenau", "Stadtwerke Lindenau senken den Gaspreis"}
	r1 := "Die Stadtwerke Lindenau senken den Arbeitspreis für Erdgas zum 1. April um 1,2 Cent je Kilowattstunde."
	r2 := "Stadtwerke Lindenau wollen die Preise im Herbst erneut prüfen."
	check("German story's last word under a plain name", append(de, r1, r2, contact), r1+"|"+r2)
}

// Doubtful headlines, in phrasings of no corpus case: the sender's name
// over a title that opens with it, a results label over the title the
// subject line repeats, and a letterhead with the sender's address.
func TestRetitle(t *testing.T) {
	H, S, K, B := learn.Headline, learn.Subheadline, learn.Kicker, learn.Body
	check := func(name, subject string, texts []string, roles []learn.Role, want string) {
		t.Helper()
		var bs []block.Block
		for _, s := range texts {
			bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
		}
		sent := time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)
		roles = retitle(bs, roles, Inputs(bs, &sent, subject))
		s := fromRoles(bs, roles, Segments{Headline: "from the rules"}, ReadDatelines(bs, &sent))
		if s.Headline != want {
			t.Errorf("%s: headline %q, want %q", name, s.Headline, want)
		}
	}
	body := []string{
		"The group sold more cheese in the half year than in any half year before, helped by new export customers in Asia.",
		"An interim dividend will be paid in May.",
	}
	check("name over the title", "Brindle Dairies Group - Interim results",
		append([]string{"Brindle Dairies Group", "Interim results", "Brindle Dairies Group: record cheese sales lift margins"}, body...),
		[]learn.Role{H, K, S, B, B}, "Brindle Dairies Group: record cheese sales lift margins")
	check("label over the subject's title", "Osprey Rail doubles profit on new freight contracts",
		append([]string{"MEDIA RELEASE", "Unaudited interim results for the six months to 31 December 2025", "Osprey Rail doubles profit on new freight contracts"}, body...),
		[]learn.Role{K, H, H, B, B}, "Osprey Rail doubles profit on new freight contracts")
	check("title over a standfirst that reads on from it", "Riverside Trust wins national conservation award",
		append([]string{"Riverside Trust wins national conservation award", "Riverside Trust wins national conservation award for planting 10,000 trees along the river"}, body...),
		[]learn.Role{H, S, B, B}, "Riverside Trust wins national conservation award")
	check("Spanish title over a standfirst that reads on from it", "El Ayuntamiento abre un nuevo parque",
		append([]string{"El Ayuntamiento abre un nuevo parque", "El Ayuntamiento abre un nuevo parque de doce hectáreas junto al río Ebro"}, body...),
		[]learn.Role{H, S, B, B}, "El Ayuntamiento abre un nuevo parque")
	check("title over a standfirst that repeats none of it", "Osprey Rail doubles profit",
		append([]string{"Osprey Rail doubles profit", "Freight contracts with three ports carry the half year"}, body...),
		[]learn.Role{H, S, B, B}, "Osprey Rail doubles profit")
	check("letterhead with its address labelled headline", "Pressemitteilung",
		append([]string{"Wasserstraßenamt Lübeck · Moltkeplatz 17 · 23566 Lübeck", "Schleuse wieder offen"}, body...),
		[]learn.Role{H, H, B, B}, "Schleuse wieder offen")
}

// A wire's credit line over the sender's name and the time: the labeller
// may read the name as the title; the title is above the credit.
func TestWireCreditIsNoTitle(t *testing.T) {
	bs := paras("Acme Marine Awarded $318 Million Navy Contract",
		"Company to deliver 24 vessels by 2027",
		"NEWS PROVIDED BY",
		"Acme Marine",
		"Apr 22, 2024, 08:30 ET",
		"WASHINGTON, April 22, 2024 /PRNewswire/ -- Acme Marine today announced a contract.")
	roles := []learn.Role{learn.Letterhead, learn.Letterhead, learn.Kicker, learn.Headline, learn.Subheadline, learn.Body}
	got := wireCredit(bs, roles)
	want := []learn.Role{learn.Headline, learn.Subheadline, learn.Kicker, learn.Letterhead, learn.Kicker, learn.Body}
	if !slices.Equal(got, want) {
		t.Errorf("roles %v, want %v", got, want)
	}
	// The credit above the title (the genre's layout) changes nothing.
	bs = paras("NEWS PROVIDED BY", "Acme Marine", "Apr 22, 2024, 08:30 ET", "Acme Marine Awarded A Contract", "WASHINGTON -- text.")
	roles = []learn.Role{learn.Kicker, learn.Kicker, learn.Kicker, learn.Headline, learn.Body}
	if got := wireCredit(bs, slices.Clone(roles)); !slices.Equal(got, roles) {
		t.Errorf("roles %v, want %v", got, roles)
	}
}
