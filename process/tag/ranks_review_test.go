package tag

import (
	"slices"
	"testing"

	"newsdesk/draft"
)

// A rank abbreviation that qualifies the rank after it ("arm. gen.",
// "st. szer.", "mł. chor.") is also a word of ordinary prose: before a
// capital with no rank after it, its dot ends the sentence, and the
// capitalised pair after it is titled by nothing. Sentences written for
// this test.
func TestQualifyingRankNotSentenceEnd(t *testing.T) {
	ws := wordsOf("The crane was damaged at the arm. Peter Smith went home.")
	if i := slices.IndexFunc(ws, func(w word) bool { return w.text == "Peter" }); i < 0 || !ws[i].start {
		t.Errorf("after \"arm.\": Peter opens no sentence: %+v", ws)
	}
	tg := newTagger(t)
	d := &draft.Draft{Kind: draft.PressRelease, Language: "en", BodyText: "The crane was damaged at the arm. Peter Smith went home."}
	checkNames(t, "en: people", tg.Tag(d).People, nil, []string{"Peter Smith"})
	for _, s := range []string{"Prezydent mianował arm. gen. Jana Nowaka.", "Nagrodę wręczył st. szer. Adam Kowalski."} {
		ws := wordsOf(s)
		if !slices.ContainsFunc(ws, func(w word) bool { return w.text == "arm." || w.text == "st." }) {
			t.Errorf("%q: the qualifying rank lost its dot", s)
		}
	}
}

// A Thai military rank is a word of ordinary prose too when another
// word is written onto it: "เรือเอกชน" is a private vessel, no
// "เรือเอก" (lieutenant) and his name. A name follows a rank after a
// space; a doctor's "ดร." takes it written on.
func TestThaiRankInsideWord(t *testing.T) {
	if got := findUncasedPeople("เมื่อวานนี้ เรือเอกชน ลำหนึ่ง ล่มกลางทะเล"); len(got) > 0 {
		t.Errorf("private vessel read as people: %q", got)
	}
	if got := findUncasedPeople("ดร.สมชาย ใจดี กล่าวว่า"); !slices.Contains(got, "สมชาย ใจดี") {
		t.Errorf("doctor: %q", got)
	}
}
