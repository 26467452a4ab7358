package html

import (
	"strings"
	"testing"
)

// A zero-width non-joiner or joiner between letters is spelling (Persian
// "جاده‌ای", Devanagari after a virama) and stays; the same characters
// padding a preheader or standing between spaces go.
func TestJoinersBetweenLetters(t *testing.T) {
	src := "<p>کاهش تلفات جاده\u200cای نتیجه داده است.</p><p>क्\u200dष and padding \u200c\u00a0\u200c\u034f\u200c here</p>"
	var got []string
	for _, b := range Blocks(src, nil) {
		got = append(got, b.Text())
	}
	text := strings.Join(got, "|")
	if !strings.Contains(text, "جاده\u200cای") {
		t.Errorf("the Persian ZWNJ is gone: %q", text)
	}
	if !strings.Contains(text, "क्\u200dष") {
		t.Errorf("the Devanagari ZWJ is gone: %q", text)
	}
	if strings.Count(text, "\u200c") != 1 {
		t.Errorf("padding joiners kept: %q", text)
	}
}
