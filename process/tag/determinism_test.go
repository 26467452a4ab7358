package tag

import (
	"reflect"
	"testing"

	"newsdesk/draft"
)

// TestTagDeterministic tags the same drafts many times: the tags must not
// depend on the order Go walks a map in.
func TestTagDeterministic(t *testing.T) {
	tg := newTagger(t)
	drafts := []*draft.Draft{
		{Kind: draft.PressRelease, Language: "pl", Headline: "Siedem medali żołnierzy w Ruhpolding",
			BodyText: "Reprezentanci zdobyli dwa złote medale podczas mistrzostw, które zakończyły się w niedzielę w Ruhpolding w Niemczech."},
	}
	for _, d := range drafts {
		first := tg.Tag(d)
		for i := 0; i < 100; i++ {
			if got := tg.Tag(d); !reflect.DeepEqual(got, first) {
				t.Fatalf("run %d differs:\n%+v\nfirst:\n%+v", i, got, first)
			}
		}
	}
}

// TestPlaceCodesCurrent: a country ISO kept a withdrawn code for gives
// its current code, the one its towns are listed under, every time.
func TestPlaceCodesCurrent(t *testing.T) {
	tg := newTagger(t)
	for name, want := range map[string]string{"Germany": "DE", "United Kingdom": "GB", "France": "FR", "Myanmar": "MM", "Yemen": "YE"} {
		for i := 0; i < 100; i++ {
			if got := tg.geo.placeCodes(name); got != want {
				t.Fatalf("placeCodes(%q) = %q, want %q", name, got, want)
			}
		}
	}
}

// TestNameFormsOrder: the index of bodies' names in their case forms is
// built the same every time, so that of two names a text's words fit
// equally the same one is read.
func TestNameFormsOrder(t *testing.T) {
	tg := newTagger(t)
	first := newNameForms(tg.geo)
	for i := 0; i < 5; i++ {
		if !reflect.DeepEqual(newNameForms(tg.geo), first) {
			t.Fatalf("build %d differs", i)
		}
	}
}
