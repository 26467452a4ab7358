package segment

import (
	"slices"
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment/learn"
)

func TestFromRoles(t *testing.T) {
	texts := []string{
		"NEWS RELEASE",                                          // 0
		"Harbour board orders two pilot boats",                  // 1
		"Deliveries start next spring",                          // 2
		"BERGEN, 4 May 2025 – The board has ordered two boats.", // 3
		"Photo: the first hull in the yard.",                    // 4
		"They replace boats built in 1989.",                     // 5
		"-ends-",                                                // 6
		"About the board",                                       // 7
		"Press contact: Kari, kari@havn.example",                // 8
	}
	var bs []block.Block
	for _, s := range texts {
		bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
	}
	rules := Segments{Headline: "from the rules"}
	check := func(name string, roles []learn.Role, headline, sub string, body []string, trailer int, ended bool) {
		t.Run(name, func(t *testing.T) {
			s := fromRoles(bs, roles, rules, ReadDatelines(bs, nil))
			var got []string
			for _, b := range s.Body {
				got = append(got, b.Text())
			}
			if s.Headline != headline || s.Subheadline != sub || strings.Join(got, "|") != strings.Join(body, "|") ||
				len(s.Trailer) != trailer || s.Ended != ended {
				t.Errorf("headline %q sub %q body %q trailer %d ended %v", s.Headline, s.Subheadline, got, len(s.Trailer), s.Ended)
			}
		})
	}
	K, H, S, B, E, P, C := learn.Kicker, learn.Headline, learn.Subheadline, learn.Body, learn.End, learn.Boilerplate, learn.Contact
	check("as labelled", []learn.Role{K, H, S, B, B, B, E, P, C}, texts[1], texts[2],
		[]string{"The board has ordered two boats.", texts[5]}, 3, true) // the caption goes to the trailer
	check("end marker read as body", []learn.Role{K, H, S, B, B, B, B, P, C}, texts[1], texts[2],
		[]string{"The board has ordered two boats.", texts[5]}, 3, true)
	check("standfirst read as body: the dateline starts the body", []learn.Role{K, H, B, B, B, B, E, P, C}, texts[1], texts[2],
		[]string{"The board has ordered two boats.", texts[5]}, 3, true)
	check("no headline: the rules' cut", []learn.Role{K, K, S, B, B, B, E, P, C}, "from the rules", "", nil, 0, false)
}

// Letterhead, a dateline alone on its line, then the title: whatever the
// labeller made of the letterhead, the title is the block under the date.
func TestTitleUnderDateline(t *testing.T) {
	texts := []string{
		"Regional Water Authority of the Lower Vale",
		"Brackenford, 12 March 2026",
		"Flood barrier trial closes the river to shipping for two days",
		"The authority will close its new tidal barrier on Tuesday and Wednesday to test the gates under load, and asks skippers to plan around the closure.",
		"The trial is the last step before the barrier enters service in April.",
	}
	bs := paras(texts...)
	H, S, B := learn.Headline, learn.Subheadline, learn.Body
	for name, roles := range map[string][]learn.Role{
		"letterhead read as headline, date as standfirst": {H, S, B, B, B},
		"letterhead read as headline, title as body":      {H, B, B, B, B},
		"as it should be": {learn.Letterhead, learn.Dateline, H, B, B},
	} {
		s := fromRoles(bs, roles, Segments{Headline: "from the rules"}, ReadDatelines(bs, nil))
		if s.Headline != texts[2] || len(s.Body) == 0 || s.Body[0].Text() != texts[3] {
			var first string
			if len(s.Body) > 0 {
				first = s.Body[0].Text()
			}
			t.Errorf("%s: headline %q, body starts %q", name, s.Headline, first)
		}
	}
}

// TestStandfirstByShape: a block under the headline that the labeller
// reads as body or as a note is the standfirst when it is shaped like one
// and body follows; a sentence, or a block with nothing below, stays body.
func TestStandfirstByShape(t *testing.T) {
	para := func(s string) block.Block { return block.Block{Kind: block.Para, Lines: []string{s}} }
	head := para("Coastal radar network enters service on the northern islands")
	sub := para("Twelve stations now watch the approaches to three harbours")
	sentence := para("Twelve stations now watch the approaches to three harbours.")
	body := para("The network, built over four years, links twelve radar stations to the regional operations centre and was handed over on Monday.")
	cases := []struct {
		name      string
		bs        []block.Block
		roles     []learn.Role
		start     int
		wantOK    bool
		wantStart int
	}{
		{"labelled", []block.Block{head, sub, body}, []learn.Role{learn.Headline, learn.Subheadline, learn.Body}, 2, true, 2},
		{"read as body", []block.Block{head, sub, body}, []learn.Role{learn.Headline, learn.Body, learn.Body}, 1, true, 2},
		{"read as a note", []block.Block{head, sub, body}, []learn.Role{learn.Headline, learn.Note, learn.Body}, 2, true, 2},
		{"a sentence that starts the body is body", []block.Block{head, sentence, body}, []learn.Role{learn.Headline, learn.Body, learn.Body}, 1, false, 1},
		{"a sentence above the body's start", []block.Block{head, sentence, body}, []learn.Role{learn.Headline, learn.Body, learn.Body}, 2, true, 2},
		{"a sentence read as a note", []block.Block{head, sentence, body}, []learn.Role{learn.Headline, learn.Note, learn.Body}, 2, false, 2},
		{"nothing below", []block.Block{head, sub}, []learn.Role{learn.Headline, learn.Body}, 1, false, 1},
		{"contact below", []block.Block{head, sub, para("press@example.org")}, []learn.Role{learn.Headline, learn.Body, learn.Contact}, 1, false, 1},
	}
	for _, tc := range cases {
		start, ok := standfirst(tc.bs, tc.roles, 0, tc.start)
		if ok != tc.wantOK || start != tc.wantStart {
			t.Errorf("%s: standfirst = %d, %v; want %d, %v", tc.name, start, ok, tc.wantStart, tc.wantOK)
		}
	}
}

// A paragraph whose first line is a trailer heading ends the body; a
// wrapped sentence that starts with the same word does not.
func TestHeadedBlock(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"About Harbour Dynamics", "Harbour Dynamics builds sonar for navies."}, true},
		{[]string{"Notes to editors:", "The vessels were ordered in 2022."}, true},
		{[]string{"About 200 sailors took part in the", "exercise, which ended on Friday."}, false},
		{[]string{"About Harbour Dynamics"}, false},
	} {
		if got := headedBlock(block.Block{Lines: tc.lines}); got != tc.want {
			t.Errorf("headedBlock(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// TestTitleAboveLede: a paragraph that opens with a dateline is the lede,
// never the headline, whatever the labeller says; a short title right
// above it is the headline, and the lede (without its dateline) is body.
func TestTitleAboveLede(t *testing.T) {
	texts := []string{
		"Harbour ferries return",
		"Kirkwall, 9 February 2026 – Both island ferries are back in service after a week of repairs to the pier at the northern terminal.",
		"Timetables are unchanged.",
	}
	bs := paras(texts...)
	roles := []learn.Role{learn.Note, learn.Headline, learn.Body}
	s := fromRoles(bs, roles, Segments{Headline: "from the rules"}, ReadDatelines(bs, nil))
	if s.Headline != texts[0] || len(s.Body) != 2 || !strings.HasPrefix(s.Body[0].Text(), "Both island ferries") {
		t.Errorf("dated lede: headline %q, body %d blocks %v", s.Headline, len(s.Body), s.Body)
	}
	// An undated lede, a closed sentence under a two-word title; a
	// sentence-shaped headline under a long letterhead line stays.
	texts = []string{"Harbour ferries return", "Both island ferries are back in service after a week of repairs to the pier.", "Timetables are unchanged."}
	s = fromRoles(paras(texts...), []learn.Role{learn.Note, learn.Headline, learn.Body}, Segments{}, ReadDatelines(paras(texts...), nil))
	if s.Headline != texts[0] || len(s.Body) != 2 {
		t.Errorf("undated lede: headline %q, body %d blocks", s.Headline, len(s.Body))
	}
	texts = []string{"Northern Isles Ferry Services Public Company of Orkney", "Both island ferries are back in service after a week of repairs to the pier.", "Timetables are unchanged."}
	s = fromRoles(paras(texts...), []learn.Role{learn.Letterhead, learn.Headline, learn.Body}, Segments{}, ReadDatelines(paras(texts...), nil))
	if s.Headline != strings.TrimSuffix(texts[1], ".") {
		t.Errorf("letterhead over a sentence headline: headline %q", s.Headline)
	}
}

// TestLedeUnderTitle: a closed sentence of eight words or more that the
// labeller reads as the standfirst under a title, with body below it, is
// the lede; an unclosed standfirst stays the subheadline.
func TestLedeUnderTitle(t *testing.T) {
	for _, tc := range []struct {
		second  string
		sub     string
		bodyLen int
	}{
		{"Corran Borough Council has frozen parking charges for another year.", "", 2},
		{"Ten-year deal covers towed-array sonars on eight frigates", "Ten-year deal covers towed-array sonars on eight frigates", 1},
		{"Charges stay at 2025 levels.", "Charges stay at 2025 levels.", 1},
	} {
		bs := paras("Parking charges frozen", tc.second, "The freeze costs £200,000 a year in lost income.")
		s := fromRoles(bs, []learn.Role{learn.Headline, learn.Subheadline, learn.Body}, Segments{}, ReadDatelines(bs, nil))
		if s.Subheadline != tc.sub || len(s.Body) != tc.bodyLen {
			t.Errorf("%q: subheadline %q, body of %d blocks; want %q and %d", tc.second, s.Subheadline, len(s.Body), tc.sub, tc.bodyLen)
		}
	}
}

// TestExclaimedTitleIsNoNote: a title that ends in "!" over a standfirst
// stays the headline; a closed statement over a title is a covering line.
func TestExclaimedTitleIsNoNote(t *testing.T) {
	for _, tc := range []struct{ first, headline string }{
		{"Acme wins Best Employer award!", "Acme wins Best Employer award!"},
		{"Please find below our press release.", "Jury praises training scheme for 400 apprentices"},
	} {
		bs := paras(tc.first, "Jury praises training scheme for 400 apprentices", "Acme Ltd has won the regional Best Employer award for its apprentice scheme.", "The prize was handed over on Monday.")
		roles := retitle(bs, []learn.Role{learn.Headline, learn.Subheadline, learn.Body, learn.Body}, make([]learn.Input, 4))
		s := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
		if s.Headline != tc.headline {
			t.Errorf("%q: headline %q, want %q", tc.first, s.Headline, tc.headline)
		}
	}
}

// TestPostalOverTwoLines: a street over its postcode and town is a
// postal address, as it is on one line; a title with a number is not.
func TestPostalOverTwoLines(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Weserkabel GmbH", "Hafenstraße 12", "28217 Bremen"}, true},
		{[]string{"Am Kai 9 · 18055 Rostock"}, true},
		{[]string{"Ferry Route 5", "1200 Passengers a Day"}, false},
		{[]string{"Acme Opens Plant 7", "1500 New Jobs For Ohio"}, false},
		{[]string{"Harbour ferries return"}, false},
	} {
		if got := postal(block.Block{Lines: tc.lines}); got != tc.want {
			t.Errorf("postal(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// paras makes one paragraph block of each text.
func paras(texts ...string) []block.Block {
	var bs []block.Block
	for _, s := range texts {
		bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
	}
	return bs
}

// TestTitleAboveLedeKeepsLetterhead: a short line the labeller reads as
// the letterhead (the issuer's name) is not made the headline over a
// sentence-shaped headline under it.
func TestTitleAboveLedeKeepsLetterhead(t *testing.T) {
	texts := []string{"Acme Robotics GmbH", "Acme Robotics opens a new assembly plant in Gdańsk with 200 jobs.", "The plant will build welding robots for shipyards from next spring."}
	bs := paras(texts...)
	s := fromRoles(bs, []learn.Role{learn.Letterhead, learn.Headline, learn.Body}, Segments{}, ReadDatelines(bs, nil))
	if s.Headline != strings.TrimSuffix(texts[1], ".") {
		t.Errorf("short letterhead over a sentence headline: headline %q", s.Headline)
	}
}

// TestAboutHeadingEndsBody: a short About heading in any of AboutRE's
// languages ends the body even where the labeller reads on; a sentence
// that opens with "About" does not.
func TestAboutHeadingEndsBody(t *testing.T) {
	B := learn.Body
	for _, tc := range []struct {
		heading string
		body    int
	}{
		{"O spoločnosti", 1},
		{"■ 회사 소개", 1},
		{"Şirket hakkında", 1},
		{"About 200 reservists took part.", 3},
	} {
		bs := paras("Depot reopens after repairs", "The regional depot reopened on Monday after six months of repairs to its roof and its two loading bays.", tc.heading, "The company builds and repairs vehicle depots in four countries.")
		s := fromRoles(bs, []learn.Role{learn.Headline, B, B, B}, Segments{}, ReadDatelines(bs, nil))
		if len(s.Body) != tc.body {
			t.Errorf("%q: body of %d blocks, want %d", tc.heading, len(s.Body), tc.body)
		}
	}
}

// TestEndRoleOnContactLine: a contact line the labeller reads as the end
// marker stays in the trailer, where contacts are read, and does not
// count as an end marker.
func TestEndRoleOnContactLine(t *testing.T) {
	bs := paras("Depot reopens after repairs", "The regional depot reopened on Monday after six months of repairs to its roof and its two loading bays.", "Press contact: Depot press office", "Tel. 0123 555 0100")
	s := fromRoles(bs, []learn.Role{learn.Headline, learn.Body, learn.End, learn.Contact}, Segments{}, ReadDatelines(bs, nil))
	if s.Ended || len(s.Trailer) != 2 || s.Trailer[0].Text() != "Press contact: Depot press office" {
		t.Errorf("ended %v, trailer %v", s.Ended, s.Trailer)
	}
}

// TestLetterheadUnderTitle: a block the labeller reads as letterhead
// right under the title is the standfirst when it is shaped like one,
// but not when it holds the sender's address or phone number, which
// stay with the letterhead.
func TestLetterheadUnderTitle(t *testing.T) {
	for _, tc := range []struct{ second, sub string }{
		{"Weserkabel GmbH · Hafenstraße 12 · 28217 Bremen", ""},
		{"Weserkabel GmbH · Tel. +49 421 555 0100", ""},
		{"Helgoland gets its second power cable", "Helgoland gets its second power cable"},
	} {
		bs := paras("Neues Seekabel verlegt", tc.second, "Ein neues Seekabel nach Helgoland ist seit Montag verlegt.", "Es ist 60 Kilometer lang.")
		s := fromRoles(bs, []learn.Role{learn.Headline, learn.Letterhead, learn.Body, learn.Body}, Segments{}, ReadDatelines(bs, nil))
		inPre := slices.ContainsFunc(s.Pre, func(b block.Block) bool { return b.Text() == tc.second })
		if s.Subheadline != tc.sub || (tc.sub == "") != inPre {
			t.Errorf("%q: subheadline %q, in Pre %v; want %q", tc.second, s.Subheadline, inPre, tc.sub)
		}
	}
}

// A one-word title over a dated lede is the headline, not the lede.
func TestOneWordTitleOverDatedLede(t *testing.T) {
	bs := paras("Erste-Hilfe-Kurse", "Berlin, 5. Mai 2025 – Das Deutsche Jugendrotkreuz bietet ab Juni kostenlose Erste-Hilfe-Kurse an.", "Anmeldung online.")
	dls := ReadDatelines(bs, nil)
	roles := []learn.Role{learn.Kicker, learn.Headline, learn.Body}
	h, start := titleAboveLede(bs, roles, dls, 1, 2)
	if h != 0 || start != 1 {
		t.Errorf("headline %d, body start %d; want 0, 1", h, start)
	}
	// The sender's name over the lede stays a letterhead.
	bs = paras("Bundeswehr", "Berlin, 5. Mai 2025 – Die Bundeswehr bietet ab Juni kostenlose Kurse an.", "Anmeldung online.")
	roles = []learn.Role{learn.Letterhead, learn.Headline, learn.Body}
	if h, _ := titleAboveLede(bs, roles, ReadDatelines(bs, nil), 1, 2); h != 1 {
		t.Errorf("letterhead taken for the title: headline %d", h)
	}
}
