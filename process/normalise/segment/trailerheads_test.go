package segment

import (
	"slices"
	"testing"
	"time"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment/learn"
)

// Headings that open the matter after a release's body, in spellings of
// no corpus case: the Austrian wire's "Rückfragehinweis", and an
// editor's note with a typographic apostrophe.
func TestTrailerHeadings(t *testing.T) {
	for s, want := range map[string]bool{
		"Rückfragehinweis:":                        true,
		"Rückfragen an:":                           true,
		"Rückfragen & Kontakt":                     true,
		"Rückfragen zum Projekt beantwortet gerne": false,
		"Editor’s notes":                           true,
		"Editors’ note:":                           true,
	} {
		if got := TrailerHead.MatchString(s); got != want {
			t.Errorf("TrailerHead(%q) = %v, want %v", s, got, want)
		}
	}
	if !TrailerLabel.MatchString("Editor’s note: the full list of sites is on request.") {
		t.Error("TrailerLabel misses an editor’s note with a typographic apostrophe")
	}
}

// A sentence that sends the press elsewhere, or a listed company's
// disclosure notice, ends the body: English, French, German, Spanish and
// Swedish phrasings of no corpus case.
func TestTrailerSentenceEndsBody(t *testing.T) {
	last := "The trials continue at sea until the end of the month, the navy said."
	for _, pointer := range []string{
		"For further information, see the navy's website, where photos of the trials are also available.",
		"Journalists wishing to attend the trials must apply to the navy press office by Friday.",
		"Pour plus d'informations, consultez le site de la Marine nationale, où les photos sont disponibles.",
		"Weitere Informationen finden Sie unter www.marine.example, dort stehen auch Fotos der Erprobung bereit.",
		"Para más información, visite la página de la Armada, donde hay fotografías de las pruebas.",
		"Reporters are invited to attend a briefing on the quay at 2 p.m. and should bring photo identification.",
		"This announcement contains inside information which Tamar Subsea plc is required to disclose under the Market Abuse Regulation.",
		"This press release contains forward-looking statements that involve risks, and actual results may differ.",
		"Este comunicado contiene declaraciones sobre el futuro de la compañía sujetas a incertidumbre.",
		"Diese Pressemitteilung enthält zukunftsgerichtete Aussagen, die auf Annahmen des Vorstands beruhen.",
		"Denna information är sådan som Tamar Subsea AB är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning.",
	} {
		var bs []block.Block
		for _, s := range []string{"Navy begins sea trials of its first drone minehunter",
			"PLYMOUTH, 3 March 2026 – The navy began sea trials of its first uncrewed minehunter on Tuesday, off the coast of Devon, with a crew of twelve watching from a support ship.",
			last, pointer, "Press office: 01752 555 0100"} {
			bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
		}
		sent := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
		s := Segment(ReadDatelines(bs, &sent), "Navy begins sea trials")
		if n := len(s.Body); n == 0 || s.Body[n-1].Text() != last {
			t.Errorf("%.40q: body ends %q", pointer, s.Body[len(s.Body)-1].Text())
		}
	}
}

// TestTrailerSentenceInsideTheStory: a media advisory's invitation, or a
// pointer the story goes on after, is the story's when the labeller reads
// body paragraphs below it. Our own phrasings.
func TestTrailerSentenceInsideTheStory(t *testing.T) {
	for _, texts := range [][]string{{
		"Minister opens new children's ward at Riverside Hospital",
		"LEEDS, 2 March 2026 – The Health Minister will open the new children's ward at Riverside Hospital on Thursday 5 March.",
		"Media are invited to attend the opening at 10:00 in the hospital's main atrium, where the minister will meet staff and families and tour the ward.",
		"The £12 million ward has 24 beds, a play area and rooms where parents can stay overnight with their children.",
		"Interviews with the ward's lead consultant can be arranged on the day.",
	}, {
		"Inauguration du nouveau pont piéton sur le Rhône",
		"LYON, 2 mars 2026 – La Métropole inaugurera jeudi le nouveau pont piéton sur le Rhône.",
		"Pour en savoir plus, consultez le dossier de presse : le pont de 180 mètres relie désormais les deux rives en cinq minutes à pied.",
		"Les travaux ont duré deux ans et coûté 24 millions d'euros.",
		"Le pont sera ouvert au public dès vendredi matin.",
	}} {
		var bs []block.Block
		for _, s := range append(texts, "Press office: 0113 496 0000") {
			bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
		}
		sent := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
		s := Segment(ReadDatelines(bs, &sent), texts[0])
		if n := len(s.Body); n == 0 || s.Body[n-1].Text() != texts[len(texts)-1] {
			t.Errorf("%.40q: body %d paragraphs, want it to end with %q", texts[0], len(s.Body), texts[len(texts)-1])
		}
	}
}

// A contact heading alone in its block ends the body in both cuts, in
// the languages TrailerHead does not know (phrasings of no corpus case):
// the labeller may read it as body and the office under it as an end
// marker, and the rules read on to the number.
func TestContactHeadingEndsBody(t *testing.T) {
	title := "北斗海運、新造フェリーを就航"
	body := []string{"北斗海運は本日、新造フェリー「ほくと丸」を小樽と新潟を結ぶ航路に就航させました。", "同船は定員六百名で、車両百二十台を積むことができます。"}
	for _, heading := range []string{"【取材に関するお問い合わせ】", "お問い合わせ窓口", "Kontakt:", "언론 문의처", "Mediakontakt"} {
		var bs []block.Block
		for _, s := range append(append([]string{title}, body...), heading, "北斗海運株式会社 総務部", "TEL：03-5555-0199") {
			bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
		}
		H, B, E, C := learn.Headline, learn.Body, learn.End, learn.Contact
		dls := ReadDatelines(bs, nil)
		rules := segmentRules(slices.Clone(bs), dls, title)
		for name, s := range map[string]Segments{"rules": rules, "labeller": fromRoles(bs, []learn.Role{H, B, B, B, E, C}, rules, dls)} {
			if len(s.Body) != 2 || len(s.Trailer) != 3 || s.Trailer[0].Text() != heading {
				t.Errorf("%s, %s: body %d blocks, trailer %d blocks", heading, name, len(s.Body), len(s.Trailer))
			}
		}
	}
}
