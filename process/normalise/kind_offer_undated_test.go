package normalise

import "testing"

// An event's release without a dateline gives its prices, its early
// rate and where to book: the reader is told, not sold to. Wordings are
// our own.
func TestKindUndatedEventReleaseWithPrices(t *testing.T) {
	checkKinds(t, []kindCase{
		{"German air show release, early rate and booking", "Pressemitteilung: Flugtage 2026",
			"PRESSEMITTEILUNG\n\nFlugtage am Fliegerhorst Nörvenich im Juni\n\nDas Taktische Luftwaffengeschwader 31 öffnet am 13. und 14. Juni 2026 seine Tore. Erwartet werden 80.000 Besucher. Frühbucher zahlen bis zum 1. April 12 € pro Person, danach kostet der Eintritt 18 €. Karten buchen Sie unter www.flugtage.example.\n\nDas Geschwader fliegt den Eurofighter.", true},
		{"English air show release, early-bird rate", "Press release: Air show returns",
			"PRESS RELEASE\n\nRAF air show returns to Cosford\n\nThe RAF Cosford Air Show returns on 14 June 2026 with displays by the Red Arrows. Organisers expect 55,000 visitors. Early-bird tickets cost £18 per adult until 1 April. Reserve your tickets at airshow.example.\n\nThe show raises money for RAF charities.", true},
	})
}
