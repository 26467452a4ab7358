package normalise

import (
	"testing"
	"time"
)

// Chinese senders put the embargo in the subject in many shapes: a
// bracket, a request to publish after the instant, a release time, a
// month-first numeric date. Our own phrasings; a bracketed 解禁 with no
// instant (figures are none) is a label ("unveiled"), not an embargo.
func TestSubjectEmbargoInChinese(t *testing.T) {
	for _, tc := range []struct{ subject, want string }{
		{"【新聞稿】新型巡防艦下水（禁止發布至3月5日上午10時）", "2026-03-05T02:00:00Z"},
		{"【新聞稿】新型巡防艦下水（請於3/5 10:00後發布）", "2026-03-05T02:00:00Z"},
		{"新聞稿：新型巡防艦下水【解禁時間：2026/3/5 10:00】", "2026-03-05T02:00:00Z"},
		{"新型巡防艦下水 (暫緩發布至3月5日上午10點)", "2026-03-05T02:00:00Z"},
		{"新聞稿 - 新型巡防艦下水 - 3月5日上午10時後始得發布", "2026-03-05T02:00:00Z"},
		{"【新聞稿｜3月5日10:00解禁】新型巡防艦下水", "2026-03-05T02:00:00Z"},
		{"新型巡防艦下水【3月5日（四）上午10時前請勿發布】", "2026-03-05T02:00:00Z"},
		{"【解禁】新型巡防艦首度公開", ""},
		{"【解禁】第2代無人機與3款雷達首度公開", ""}, // figures, no instant
	} {
		raw := "From: 海洋委員會 <news@oac.example>\r\nTo: news@desk.example\r\nDate: Mon, 02 Mar 2026 09:00:00 +0800\r\nSubject: " + tc.subject +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n新型巡防艦下水\r\n\r\n高雄訊 海洋委員會今天宣布，新型巡防艦在高雄下水。\r\n\r\n該艦將於明年加入海巡署艦隊。\r\n"
		d, err := Inspect([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if d.EmbargoUntil != nil {
			got = d.EmbargoUntil.UTC().Format(time.RFC3339)
		}
		if got != tc.want || d.EmbargoHold {
			t.Errorf("%s: embargo %q hold %v, want %q", tc.subject, got, d.EmbargoHold, tc.want)
		}
	}
}
