package memo

import (
	"strings"
	"testing"
)

func TestStrings(t *testing.T) {
	calls := 0
	c := New(func(s string) string { calls++; return strings.ToUpper(s) }, 2)
	for _, s := range []string{"a", "b", "a", "b"} {
		if got := c.Of(s); got != strings.ToUpper(s) {
			t.Fatalf("Of(%q) = %q", s, got)
		}
	}
	if calls != 2 {
		t.Errorf("%d calls for two strings asked twice, want 2", calls)
	}
	c.Of("c") // full: forgets a and b
	if c.Of("a"); calls != 4 || len(c.m) > 2 {
		t.Errorf("%d calls and %d kept after a third string, want 4 and at most 2", calls, len(c.m))
	}
}
