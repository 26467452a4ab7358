package learn

import (
	"slices"
	"testing"
)

// Sentence ends in the scripts the corpus carries read as the Latin full
// stop, question mark and comma do.
func TestSentenceEndsOfEveryScript(t *testing.T) {
	for s, want := range map[string]string{
		"चक्रवात अब कमजोर पड़ रहा है।": "e.",
		"Հանդիպումը կայացավ Երևանում։": "e.",
		"ስብሰባው ትናንት ተካሂዷል።":            "e.",
		"هل ستستمر التدريبات؟":         "e!",
		"وقال المتحدث،":                "e,",
		"The ship sailed.":             "e.",
	} {
		if f := Features([]Input{{Text: s, Words: 3, Lines: 1, Tag: "p"}}, 0); !slices.Contains(f, want) {
			t.Errorf("%q: no %q in %v", s, want, f)
		}
	}
}

// A heading-shaped line under the story's prose is marked, and so is what
// stands under it, whatever its words: a heading above the prose (the
// title) is not.
func TestHeadingUnderProse(t *testing.T) {
	prose := Input{Text: "The foundation handed thirty ambulances to combat medics on Tuesday.", Words: 16, Lines: 1, Tag: "p", Cues: []string{"prose"}}
	in := []Input{
		{Text: "Foundation hands over ambulances", Words: 4, Lines: 1, Tag: "p"},
		prose,
		{Text: "Про фонд", Words: 2, Lines: 1, Tag: "p"},
		{Text: "The foundation has worked since 2022.", Words: 6, Lines: 1, Tag: "p"},
	}
	has := func(i int, f string) bool { return slices.Contains(Features(in, i), f) }
	if has(0, "head") || has(1, "after-head") || has(1, "head") {
		t.Error("the title above the prose is marked as a heading under it")
	}
	if !has(2, "head") || has(2, "after-head") {
		t.Errorf("the heading under the prose: %v", Features(in, 2))
	}
	if !has(3, "after-head") || has(3, "head") {
		t.Errorf("the paragraph under the heading: %v", Features(in, 3))
	}
}
