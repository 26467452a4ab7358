package segment

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment/learn"
)

// "Notes to editors" in the corpus languages outside Europe end the body
// as the European ones do.
func TestNotesToEditorsBeyondEurope(t *testing.T) {
	for _, s := range []string{
		"ملاحظة للمحررين:",
		"ملاحظات للمحررين",
		"הערה לעורכים:",
		"یادداشت برای سردبیران",
		"संपादकों के लिए नोट:",
		"编者按：",
		"編集部注",
		"편집자 주:",
		"Ghi chú cho biên tập viên:",
		"Catatan untuk redaksi:",
		"หมายเหตุถึงบรรณาธิการ",
		"Бележка към редакциите:",
		"Napomena za urednike:",
		"Napomena uredništvu:",
	} {
		if !TrailerHead.MatchString(s) {
			t.Errorf("TrailerHead misses %q", s)
		}
	}
	if !TrailerLabel.MatchString("ملاحظة للمحررين: الصور متاحة عند الطلب.") {
		t.Error("TrailerLabel misses an Arabic note to editors")
	}
}

// An About heading in a Slavic language may name the issuer by its kind
// (a foundation, an agency, an institute) rather than by "company" or
// its name; a sentence opening on the same preposition and noun is none.
func TestSlavicAboutHeadings(t *testing.T) {
	for s, want := range map[string]bool{
		"Про фонд": true,
		"Про фонд «Рятівна дорога»": true,
		"О фонде":             true,
		"Об организации":      true,
		"За фондацията":       true,
		"O fundacji":          true,
		"O Fundacji Morskiej": true,
		"O nadaci":            true,
		"O udruzi":            true,
		"Про центр міста боролися три дні.":                false,
		"О фонде заработной платы сообщили в министерстве": false,
		"O fundacji mówiono wiele": false,
	} {
		if got := AboutRE.MatchString(s); got != want {
			t.Errorf("AboutRE(%q) = %v, want %v", s, got, want)
		}
	}
}

// The sender's name and a mailer's no-reply notice in one paragraph under
// the story end the body even where the labeller reads the paragraph as
// body; a wrapped sentence whose next line happens to open with the
// notice's words does not.
func TestFooterOnALaterLine(t *testing.T) {
	para := func(lines ...string) block.Block { return block.Block{Kind: block.Para, Lines: lines} }
	bs := []block.Block{
		para("Harbour board orders two pilot boats"),
		para("BERGEN, 4 May 2025 – The board has ordered two boats for the fjord pilots."),
		para("They replace boats built in 1989 and enter service next spring."),
		para("Directorate for Emergency Management of the Ministry of the Interior Bergen Office", "This email was sent automatically; please do not reply."),
	}
	H, B := learn.Headline, learn.Body
	s := fromRoles(bs, []learn.Role{H, B, B, B}, Segments{}, ReadDatelines(bs, nil))
	if len(s.Body) != 2 || len(s.Trailer) != 1 {
		t.Errorf("body %d blocks, trailer %d: want the footer paragraph in the trailer", len(s.Body), len(s.Trailer))
	}
	wrapped := para("The board thanked the crews and the harbour's neighbours, who were asked to",
		"unsubscribe from the old berth list before the new boats arrive in the spring.")
	if footing(wrapped, []learn.Role{B}, 0) {
		t.Errorf("footing(%q) = true, want false", strings.Join(wrapped.Lines, " / "))
	}
}
