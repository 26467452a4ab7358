package segment

import (
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
