package tag

import (
	"slices"
	"testing"

	"newsdesk/draft"
)

// TestPlaceClasses holds the classes of places an editor tags, or leaves
// out, in releases written for the test: want must all be tagged, not
// must not be.
func TestPlaceClasses(t *testing.T) {
	tg := newTagger(t)
	cases := []struct {
		name, lang, dateline, headline, body string
		want, not                            []string
	}{
		{name: "a dateline town written natively gives the home country", lang: "de", dateline: "Wien",
			body: "Die Pioniere errichteten zwei Brücken über den Fluss.", want: []string{"Austria"}},
		{name: "a capital settles a town several countries of the language have", lang: "es", dateline: "Madrid",
			body: "La empresa entregará los radares antes de diciembre.", want: []string{"Spain"}, not: []string{"Mexico", "Colombia"}},
		{name: "a capital written natively, French", lang: "fr", dateline: "Bruxelles",
			body: "Le ministère a signé le contrat ce matin.", want: []string{"Belgium"}, not: []string{"Canada", "France"}},
		{name: "a town of several countries that is no capital gives none", lang: "es", dateline: "Santa Cruz",
			body: "La brigada terminó el ejercicio.", not: []string{"Spain", "Bolivia", "Argentina"}},
	}
	for _, c := range cases {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, Headline: c.headline, BodyText: c.body}
		if c.dateline != "" {
			d.Dateline = &draft.Dateline{Place: c.dateline}
		}
		got := tg.Tag(d).Places
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: places %q lack %q", c.name, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: places %q hold %q", c.name, got, w)
			}
		}
	}
}
