package embargo

import "testing"

// keyCases hold a phrase for each branch of EmbargoKey, phrases that come
// near one without matching, and case-folding corners.
var keyCases = []string{
	"EMBARGOED UNTIL 00:01 BST", "Strictly under embargo", "ſperrfriſt: 12.06.2025", "Sperrfrist 10 Uhr",
	"Not for publication before 10:00", "NOT TO BE RELEASED UNTIL Tuesday", "not be used prior to noon",
	"Hold for release", "Ембарго до 12 июня", "ЭМБАРГО", "報道解禁：6月12日", "엠바고: 6월 12일",
	"Divulgação permitida apenas após 10h", "Publication allowed only from 9:00", "Veröffentlichung erst nach 10 Uhr erlaubt",
	"Veröffentlichung erlaubt ab 10 Uhr", "pubblicazione consentita dopo le 10", "No publicar antes de las 10:00",
	"ne pas publier avant 10h", "Nicht veroffentlichen vor 10 Uhr", "FOR RELEASE AT 00.01", "Release date and time: 3 June",
	"Publication time - 18:00 GMT", "Not now, but before long", "The minister did not comment.", "Press release",
	"The results were released on Monday.", "Notes to editors", "", "plain prose without the words",
	"\u212aelvin and \u017ft", "NOT FOR BROADCAST TILL 6PM", "not\tpublished\nbefore", "emb\xffargo",
}

func TestHasKeyIsEmbargoKey(t *testing.T) {
	for _, s := range keyCases {
		if got, want := HasKey(s), EmbargoKey.MatchString(s); got != want {
			t.Errorf("HasKey(%q) = %v, EmbargoKey matches: %v", s, got, want)
		}
	}
	if mayHoldKey("The minister opened the new bridge on Monday.") {
		t.Error("prose without any key word passes the word filter")
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Sperrfrist", "SPERRFRIST", true}, {"ſperrfriſt", "sperrfrist", true}, {"\u212a", "k", true},
		{"эмбарго", "ЭМБАРГО", true}, {"解禁", "解禁", true}, {"s", "t", false}, {"é", "e", false},
	} {
		if same := fold(c.a) == fold(c.b); same != c.same {
			t.Errorf("fold(%q) == fold(%q): %v, want %v", c.a, c.b, same, c.same)
		}
	}
}

// FuzzHasKey: the word filter never turns away text the pattern matches.
func FuzzHasKey(f *testing.F) {
	for _, s := range keyCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := HasKey(s), EmbargoKey.MatchString(s); got != want {
			t.Fatalf("HasKey(%q) = %v, EmbargoKey matches: %v", s, got, want)
		}
	})
}
