package normalise

import (
	"strings"
	"testing"
)

// A correction notice above the release, in a script without spaces,
// goes to the note and not to the headline; written for this test.
func TestCorrectionNoticeInCJKGoesToNote(t *testing.T) {
	notice := "本日上午发送的新闻稿中交付日期有误，正确日期为2025年9月30日，特此更正并致歉。"
	body := "【更正】\n\n" + notice + "\n\n远洋船舶公司交付第三艘科考船\n\n上海，2025年6月4日——远洋船舶公司今天向海洋研究所交付了第三艘科学考察船。该船长九十米，可在极地海域作业。\n\n###"
	raw := "From: Press <press@ship.example>\r\nTo: news@desk.example\r\nSubject: =?utf-8?b?5pu05q2j?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		strings.ReplaceAll(body, "\n", "\r\n")
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Note, notice) {
		t.Errorf("note %q, want the correction notice", d.Note)
	}
	if d.Headline != "远洋船舶公司交付第三艘科考船" {
		t.Errorf("headline %q", d.Headline)
	}
}
