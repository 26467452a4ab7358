package desk

import (
	"testing"
	"time"

	"newsdesk/store"
)

func TestHTMLText(t *testing.T) {
	check := func(in, want string) {
		t.Helper()
		if got := htmlText(in); got != want {
			t.Errorf("htmlText(%q) = %q, want %q", in, got, want)
		}
	}
	check("<p>One</p><p>Two &amp; three</p>", "One\n\nTwo & three")
	check("<ul><li>a</li><li>b</li></ul>", "a\n\nb")
	check("<p>line<br>break</p>", "line\nbreak")
	check("", "")
}

func TestSafeNext(t *testing.T) {
	for in, want := range map[string]string{
		"/?tab=new": "/?tab=new", "/drafts/3/": "/drafts/3/", "": "/", "//evil.example/": "/",
		"/\\evil.example": "/", "https://evil.example/": "/", "javascript:alert(1)": "/",
	} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCountdown(t *testing.T) {
	now := time.Now()
	for _, c := range []struct {
		in   time.Time
		want string
	}{
		{now.Add(-time.Minute), "lifted"},
		{now.Add(90*time.Minute + 20*time.Second), "in 1h 30m"},
		{now.Add(50*time.Hour + 10*time.Second), "in 2d 2h"},
	} {
		if got := countdown(c.in); got != c.want {
			t.Errorf("countdown(+%v) = %q, want %q", c.in.Sub(now).Round(time.Minute), got, c.want)
		}
	}
}

func TestEditTopicsKeepsTaggerEntries(t *testing.T) {
	had := []store.Topic{{Code: "medtop:1", Label: "arts", Score: 0.7, Source: "tagger"}, {Code: "medtop:2", Source: "tagger"}}
	got := editTopics(had, []string{"medtop:1", "medtop:9"})
	if len(got) != 2 || got[0] != had[0] || got[1].Code != "medtop:9" || got[1].Source != "editor" {
		t.Errorf("topics after edit: %+v", got)
	}
	added, removed := diffLists([]string{"a", "b"}, []string{"b", "c"})
	if len(added) != 1 || added[0] != "c" || len(removed) != 1 || removed[0] != "a" {
		t.Errorf("diffLists: +%v -%v", added, removed)
	}
}
