package normalise

import "testing"

func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"", 3, ""}, {"abc", 3, "abc"}, {"abcd", 3, "abc…"}, {"éàü€x", 4, "éàü€…"}, {"東京都", 2, "東京…"},
		{"a\xffbc", 3, "a\ufffdb…"}, {"a\xffb", 3, "a\xffb"},
	} {
		if got := truncate(c.in, c.n); got != c.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
