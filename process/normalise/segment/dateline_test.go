package segment

import (
	"testing"
	"time"
)

func TestParseDateline(t *testing.T) {
	sent := time.Date(2025, 8, 25, 10, 0, 0, 0, time.UTC)
	check := func(in, place, date, rest string) {
		t.Helper()
		d, ok := ParseDateline(in, &sent)
		if place == "" {
			if ok {
				t.Errorf("%q: got dateline %+v, want none", in, d)
			}
			return
		}
		if !ok || d.Place != place || d.Date != date || d.rest != rest {
			t.Errorf("%q: got %+v %v, want %s %s %q", in, d, ok, place, date, rest)
		}
	}
	check("BRUSSELS, 19 April 2024 – NATO Allies have", "BRUSSELS", "2024-04-19", "NATO Allies have")
	check("WASHINGTON, April 22, 2024 /PRNewswire/ -- Halvard Marine", "WASHINGTON", "2024-04-22", "Halvard Marine")
	check("Kiel, 12. März 2025 – Die Hanse", "Kiel", "2025-03-12", "Die Hanse")
	check("Paris, le 12 février 2025", "Paris", "2025-02-12", "")
	check("PORTSMOUTH, 28 August - Former players", "PORTSMOUTH", "2025-08-28", "Former players")
	check("PORT GLASGOW, 27 February 2025 – The first", "PORT GLASGOW", "2025-02-27", "The first")
	check("SALISBURY, 3 July 2024 –Kestrel Dynamics", "SALISBURY", "2024-07-03", "Kestrel Dynamics")
	check("LONDON, Tuesday 21 May 2024 – Europe", "LONDON", "2024-05-21", "Europe")
	check("OSLO (Reuters), 27/11/2024 - Talks", "OSLO", "2024-11-27", "Talks")
	check("Brussels, April 19, 2024 -- NATO", "Brussels", "2024-04-19", "NATO")
	check("BRUSSELS – 19 April 2024 – NATO Allies", "BRUSSELS", "2024-04-19", "NATO Allies")
	check("San Francisco, CA, March 3, 2025 – Acme", "San Francisco", "2025-03-03", "Acme")
	check("MADRID, 3 de marzo de 2025.- El Ministerio", "MADRID", "2025-03-03", "El Ministerio")
	check("Warszawa, 3 marca 2025 r. – Ministerstwo", "Warszawa", "2025-03-03", "Ministerstwo")
	check("NATO - the Alliance met on 3 May 2024", "", "", "")
	check("However, on 3 May the minister said", "", "", "")
	check("Issued on 13 Jun. 2024", "", "", "")
	check("In London, the minister said on 3 May 2024 that", "", "", "")
	check("The contract, signed on 3 May 2024, covers", "", "", "")
}
