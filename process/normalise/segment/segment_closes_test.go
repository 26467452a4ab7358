package segment

import "testing"

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
