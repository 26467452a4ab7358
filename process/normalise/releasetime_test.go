package normalise

import (
	"strings"
	"testing"
	"time"
)

// A release-time line above the headline is an embargo, never the
// headline.
func TestReleaseTimeLineIsAnEmbargo(t *testing.T) {
	for line, want := range map[string]string{
		"FOR RELEASE AT 00.01hrs ON THURSDAY 12 JUNE 2025": "2025-06-11T23:01:00Z",
		"Release date and time: 09:00 CEST, 12 June 2025":  "2025-06-12T07:00:00Z",
		"Ембарго до 12 июня 2025 г., 10:00 МСК":            "2025-06-12T07:00:00Z",
		"解禁日時：2025年6月12日 10時00分 日本時間":                      "2025-06-12T01:00:00Z",
	} {
		raw := "Subject: Canal trust reopens the flight of locks\r\nFrom: Canal Trust <press@canal.example>\r\nDate: Tue, 10 Jun 2025 09:00:00 +0100\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + line + "\r\n\r\nCanal trust reopens the flight of locks\r\n\r\n" +
			"BATH, 12 June 2025 - The canal trust has reopened the flight of sixteen locks after a year of repairs.\r\n\r\nENDS\r\n"
		d, err := Inspect([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if d.EmbargoUntil == nil || d.EmbargoUntil.Format(time.RFC3339) != want || strings.Contains(d.Headline, "2025") {
			t.Errorf("%q: embargo %v hold %v, headline %q", line, d.EmbargoUntil, d.EmbargoHold, d.Headline)
		}
	}
}
