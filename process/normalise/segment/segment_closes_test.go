package segment

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

// Sentences of scripts whose full stop is not ".": a paragraph closed by
// one is prose, so not a standfirst or a heading.
func TestClosesSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"मंत्रालय ने परीक्षण किया।":        true,
		"هل تم الاختبار؟":                  true,
		"ሚኒስቴሩ ሙከራውን አካሂዷል።":               true,
		"The ministry tested it.”":         true,
		"A standfirst without a full stop": false,
		"मिसाइल परीक्षण":                   false,
	} {
		if got := closesSentence(s); got != want {
			t.Errorf("closesSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// A title in a script without spaces is one "word"; a rule, a hashtag or
// a number written without spaces is no title.
func TestTitleLikeWithoutSpaces(t *testing.T) {
	for s, want := range map[string]bool{
		"远洋船舶公司交付第三艘科考船": true,
		"新型護衛艦の設計契約を締結":  true,
		"==========":      false,
		"#NATO2025Summit": false,
		"02079460000":     false,
	} {
		if got := titleLike(block.Block{Kind: block.Para, Lines: []string{s}}); got != want {
			t.Errorf("titleLike(%q) = %v, want %v", s, got, want)
		}
	}
}

// What stands above a release and is no title, in phrasings of no
// corpus case: a letterhead with the sender's postal address, a line
// giving a phone number (a contact line above the release or one the
// rules would take for a title), an agency's line naming its client.
// Titles with numbers and a year stay titles.
func TestTitleLikeNotLetterheadOrContact(t *testing.T) {
	for lines, want := range map[string]bool{
		"Wasserstraßenamt Lübeck\nMoltkeplatz 17 · 23566 Lübeck":    false,
		"Capitainerie du port\n4 quai de la Marine, 29200 Brest":    false,
		"Loch Fyne Ferries Ltd | 22 Harbour Road, Tarbert PA29 6UA": false,
		"Havnekontoret, Kajgade 3 – 8000 Aarhus":                    false,
		"【広報窓口】北斗海運株式会社 総務部 佐藤 花子 TEL：03-5555-0199":                 false,
		"Press office 0161 496 0732 open all weekend":               false,
		"Issued on behalf of Brightwater Lifeboat Station":          false,
		"Sent on behalf of the Fenland Drainage Board":              false,
		"Formula 1 – 2025 Season opens in Bahrain":                  true,
		"Kiel baut 2026 Neue Brücke über den Kanal":                 true,
		"Ferry operator orders 3 hybrid vessels for 2027":           true,
		"Stadtwerke Lübeck investieren 40 Millionen in Fernwärme":   true,
		"Harbour Ferry Route 5 – 1200 Passengers in First Week":     true,
		"Quay Phase 2 - 4500 Tonnes Landed":                         true,
	} {
		if got := titleLike(block.Block{Kind: block.Para, Lines: strings.Split(lines, "\n")}); got != want {
			t.Errorf("titleLike(%q) = %v, want %v", lines, got, want)
		}
	}
	// The rules' cut takes the letterhead's six words over a title of
	// three when the address does not tell it apart.
	var bs []block.Block
	for _, s := range []string{"Wasserstraßenamt Lübeck\nMoltkeplatz 17 · 23566 Lübeck", "Schleuse wieder offen",
		"Lübeck, 12. Mai 2026 – Die Schleuse am Elbe-Lübeck-Kanal ist nach der Reparatur wieder für Schiffe geöffnet.", "Die Arbeiten dauerten sechs Wochen."} {
		bs = append(bs, block.Block{Kind: block.Para, Lines: strings.Split(s, "\n")})
	}
	if s := segmentRules(bs, ReadDatelines(bs, nil), "Mitteilung"); s.Headline != "Schleuse wieder offen" {
		t.Errorf("rules' headline %q, want the title under the letterhead", s.Headline)
	}
}
