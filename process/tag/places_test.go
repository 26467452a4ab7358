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
		{name: "towns by their English names, written natively or in a third language", lang: "it",
			body: "Le navi hanno lasciato il porto di Genova per Napoli, dopo una sosta a Roma.",
			want: []string{"Genoa", "Naples", "Rome"}, not: []string{"Genova", "Napoli", "Roma"}},
		{name: "a town another language names", lang: "de",
			body: "Der Zug fuhr von Mailand nach Genf, die Fähre fuhr nach Sevilla.",
			want: []string{"Milan", "Geneva", "Seville"}},
		{name: "a dateline town written natively whose English name is another", lang: "sv", dateline: "Göteborg",
			body: "Varvet levererade fartyget i tid.", want: []string{"Sweden"}},
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
