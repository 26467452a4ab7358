package segment

import (
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment/learn"
)

// A standfirst in a script that writes no spaces is one run of
// characters without a full stop; read as body under the title by the
// labeller, it is the standfirst all the same, as a spaced one is.
// Wordings are our own.
func TestStandfirstWithoutSpaces(t *testing.T) {
	for _, c := range [][]string{
		{"市消防局启用新型高空救援车", "全市高层建筑救援能力将提升一倍", "市消防局今天在城东训练基地举行仪式，启用两辆新型高空救援车。", "新车最大作业高度达到一百米。"},
		{"市消防局啟用新型高空救援車", "全市高層建築救援能力將提升一倍", "市消防局今天在城東訓練基地舉行儀式，啟用兩輛新型高空救援車。", "新車最大作業高度達到一百米。"},
		{"消防局、新型はしご車を配備", "高層建物の救助能力が倍増へ", "市消防局は本日、城東訓練場で式典を開き、新型はしご車二台を配備した。", "最大作業高さは百メートルに達する。"},
	} {
		var bs []block.Block
		for _, s := range c {
			bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
		}
		roles := []learn.Role{learn.Headline, learn.Body, learn.Body, learn.Body}
		s := fromRoles(bs, roles, Segments{}, ReadDatelines(bs, nil))
		if s.Subheadline != c[1] || len(s.Body) != 2 {
			t.Errorf("%q: standfirst %q, %d body paragraphs", c[0], s.Subheadline, len(s.Body))
		}
	}
}

// A title the subject repeats, in a script that writes no spaces, is the
// headline even when the labeller reads it as a kicker over its
// standfirst; a kicker the subject does not repeat stays one.
func TestSubjectOverKicker(t *testing.T) {
	bs := []block.Block{
		{Kind: block.Para, Lines: []string{"市消防局启用新型高空救援车"}},
		{Kind: block.Para, Lines: []string{"全市高层建筑救援能力将提升一倍"}},
		{Kind: block.Para, Lines: []string{"市消防局今天启用两辆新型高空救援车。"}},
	}
	roles := subjectOverKicker(bs, []learn.Role{learn.Kicker, learn.Headline, learn.Body}, "市消防局启用新型高空救援车")
	if roles[0] != learn.Headline || roles[1] != learn.Subheadline {
		t.Errorf("subject's title: roles %v", roles)
	}
	roles = subjectOverKicker(bs, []learn.Role{learn.Kicker, learn.Headline, learn.Body}, "全市高层建筑救援能力将提升一倍")
	if roles[0] != learn.Kicker || roles[1] != learn.Headline {
		t.Errorf("kicker the subject does not repeat: roles %v", roles)
	}
}
