package segment

import (
	"strings"
	"testing"
	"time"
)

func TestParseDateline(t *testing.T) {
	sent := time.Date(2025, 8, 25, 10, 0, 0, 0, time.UTC)
	check := func(in, place, date, rest string) {
		t.Helper()
		d, ok := ParseDateline(in, &sent)
		if place == "" && date == "" {
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
	// a country, state or province after the place
	check("DERBY, England, 2 October 2025 – Engineers at", "DERBY", "2025-10-02", "Engineers at")
	check("TACOMA, Wash. — Soldiers from the brigade returned home on Friday after nine months.", "TACOMA", "", "Soldiers from the brigade returned home on Friday after nine months.")
	check("Gdynia, Poland, 4 July 2025: The yard", "Gdynia", "2025-07-04", "The yard")
	check("ST. JOHN'S, N.L., 9 January 2025 – Crews", "ST. JOHN'S", "2025-01-09", "Crews")
	check("Utrecht, the Netherlands – Researchers have found a new way to test the batteries.", "Utrecht", "", "Researchers have found a new way to test the batteries.")
	// articles, particles and joined places
	check("The Hague, 2 June 2025 – Ministers", "The Hague", "2025-06-02", "Ministers")
	check("Frankfurt am Main, 3. Juni 2025 – Die Bank", "Frankfurt am Main", "2025-06-03", "Die Bank")
	check("Berlin/Bonn, 14.02.2025 – Das Ministerium", "Berlin/Bonn", "2025-02-14", "Das Ministerium")
	check("Rio de Janeiro, 5 de maio de 2025 – A Marinha", "Rio de Janeiro", "2025-05-05", "A Marinha")
	// wire and agency layouts
	check("DENVER--(BUSINESS WIRE)--Orbital Freight Inc. announced on Monday a new launch contract.", "DENVER", "", "Orbital Freight Inc. announced on Monday a new launch contract.")
	check("DALLAS, Oct. 7, 2025 /PRNewswire/ -- Lone Star Avionics", "DALLAS", "2025-10-07", "Lone Star Avionics")
	check("BERGEN, Norway, Feb. 4, 2025 (GLOBE NEWSWIRE) -- Fjord Subsea", "BERGEN", "2025-02-04", "Fjord Subsea")
	check("Linz (OTS) - Die Landespolizei hat am Montag eine neue Einheit vorgestellt.", "Linz", "", "Die Landespolizei hat am Montag eine neue Einheit vorgestellt.")
	check("NAIROBI (Relief Partners) – Aid convoys reached the northern camps on Sunday morning.", "NAIROBI", "", "Aid convoys reached the northern camps on Sunday morning.")
	check("AUSTIN, Texas (Sept. 2, 2025) — The university", "AUSTIN", "2025-09-02", "The university")
	// separators: colon, full stop, none
	check("PERTH: Navy divers recovered the wreckage of the training aircraft on Tuesday.", "PERTH", "", "Navy divers recovered the wreckage of the training aircraft on Tuesday.")
	check("Sevilla, 9 de octubre de 2025. La Junta", "Sevilla", "2025-10-09", "La Junta")
	check("Malmö den 12 mars 2025 Kommunen", "Malmö", "2025-03-12", "Kommunen")
	check("Tampere 2.9.2025 Yhtiö", "Tampere", "2025-09-02", "Yhtiö")
	// month words and connectors in other languages
	check("Debrecen, 2025. október 1. – A cég", "Debrecen", "2025-10-01", "A cég")
	check("Kaunas, 2025 m. spalio 8 d. – Bendrovė", "Kaunas", "2025-10-08", "Bendrovė")
	check("Split, 3. ožujka 2025. – Brodogradilište", "Split", "2025-03-03", "Brodogradilište")
	check("Constanța, 2 martie 2025 – Șantierul", "Constanța", "2025-03-02", "Șantierul")
	check("Tartu, 11. märts 2025 – Ülikool", "Tartu", "2025-03-11", "Ülikool")
	check("Oulu 4. maaliskuuta 2025 – Yhtiö", "Oulu", "2025-03-04", "Yhtiö")
	check("Kraków, dnia 6 maja 2025 r. – Spółka", "Kraków", "2025-05-06", "Spółka")
	check("Одеса, 7 квітня 2025 р. – Компанія", "Одеса", "2025-04-07", "Компанія")
	check("Пловдив, 9 октомври 2025 г. – Заводът", "Пловдив", "2025-10-09", "Заводът")
	check("ΠΑΤΡΑ, 3 ΜΑΪΟΥ 2025 – Το λιμάνι", "ΠΑΤΡΑ", "2025-05-03", "Το λιμάνι")
	check("Bursa, 19 Mayıs 2025 – Şirket", "Bursa", "2025-05-19", "Şirket")
	check("الدوحة، 4 مارس 2025 – أعلنت", "الدوحة", "2025-03-04", "أعلنت")
	check("אילת, 6 ביוני 2025 – הנמל", "אילת", "2025-06-06", "הנמל")
	check("大阪、2025年3月4日 - 当社は", "大阪", "2025-03-04", "当社は")
	check("釜山, 2025년 4월 2일 – 회사는", "釜山", "2025-04-02", "회사는")
	check("广州，2025年5月6日电 - 公司", "广州", "2025-05-06", "公司")
	check("Surabaya, 8 Agustus 2025 – Perusahaan", "Surabaya", "2025-08-08", "Perusahaan")
	// typographic spaces, bold, ordinals with "of"
	check("Lyon, 3\u202fjuin\u00a02025 – La société", "Lyon", "2025-06-03", "La société")
	check("*LEEDS, 4 March 2025* – The council", "LEEDS", "2025-03-04", "The council")
	check("**HULL** – Coastguard teams rescued four people from a stranded yacht on Sunday.", "HULL", "", "Coastguard teams rescued four people from a stranded yacht on Sunday.")
	check("CARDIFF, 21st of May 2025 – The Welsh", "CARDIFF", "2025-05-21", "The Welsh")
	check("मुंबई, 4 जुलाई 2025 – कंपनी", "मुंबई", "2025-07-04", "कंपनी")
	check("２０２５年４月２日　当社は本日", "", "2025-04-02", "当社は本日")
	check("Jelgava, 2025. gada 5. martā – Uzņēmums", "Jelgava", "2025-03-05", "Uzņēmums")
	check("Hải Phòng, ngày 9 tháng 7 năm 2025 – Công ty", "Hải Phòng", "2025-07-09", "Công ty")
	// a date alone
	check("2 April 2025 – The charity", "", "2025-04-02", "The charity")
	check("Thursday, 5 June 2025 – The fund", "", "2025-06-05", "The fund")
	check("2025年4月2日　当社は本日", "", "2025-04-02", "当社は本日")
	// headlines, labels and timestamps are no datelines
	check("NATO - the Alliance met on 3 May 2024", "", "", "")
	check("EMBARGO: 4 June 2025, 00:01 BST – not for publication before then.", "", "", "")
	check("ACME: Profits rise by a third", "", "", "")
	check("ORBITAL-NEWS", "", "", "")
	check("PRESS-RELEASE – Orbital Freight wins the contract for the new launch site.", "", "", "")
	check("October 2, 2025 14:30 CET", "", "", "")
	check("截至2025年9月3日 10:00", "", "", "")
	check("On 3 May 2025 The company", "", "", "")
	check("Tuesday 3 June 2025 Press Release", "", "", "")
	check("3 June 2025 marks ten years since", "", "", "")
	check("However, on 3 May the minister said", "", "", "")
	check("Issued on 13 Jun. 2024", "", "", "")
	check("In London, the minister said on 3 May 2024 that", "", "", "")
	check("The contract, signed on 3 May 2024, covers", "", "", "")
	// a hyphen joining two words separates nothing; a caseless "place"
	// run into a date with no wire tag is a phrase
	check("APA-ORIGINALTEXT UNTER INHALTLICHER VERANTWORTUNG DES ABSENDERS | 12.05.2025", "", "", "")
	check("Acme Corp – The company opened a plant in Leeds on Monday.", "", "", "")
	check("Background – The yard was founded in 1921 and builds ferries for Nordic operators.", "", "", "")
	check("Nota.- El horario de la rueda de prensa puede cambiar por razones de agenda.", "", "", "")
	check("Importante.- El plazo de inscripción para el curso de verano cierra el viernes.", "", "", "")
	check("Atención.- A partir del lunes la oficina atenderá de ocho a tres.", "", "", "")
	check("Wichtig – Die Anmeldung ist nur noch bis Freitag möglich.", "", "", "")
	check("Attenzione – Il servizio di traghetti è sospeso fino a domenica.", "", "", "")
	check("截至2025年9月3日，公司共交付三艘船。", "", "", "")
}

// FuzzParseDateline: any text parses without panic, and a dateline found
// has a place or a date, a real calendar date, and leaves the body's words
// as the tail of the text.
func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{
		"BRUSSELS, 19 April 2024 – NATO Allies have", "Wien (OTS) - Das Bundesheer hat heute die neuen Hubschrauber übernommen.",
		"東京、2025年7月15日 - 当社は", "Budapest, 2025. május 6. - A", "2 April 2025 – The", "ACME: Profits rise",
		"*LEEDS, 4 March 2025* – The", "DENVER--(BUSINESS WIRE)--Orbital Freight Inc. announced on Monday a new launch.",
	} {
		f.Add(s)
	}
	sent := time.Date(2025, 8, 25, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDateline(s, &sent)
		if !ok {
			return
		}
		if d.Place == "" && d.Date == "" {
			t.Fatalf("%q: dateline with neither place nor date", s)
		}
		if d.Date != "" {
			if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
				t.Fatalf("%q: date %q: %v", s, d.Date, err)
			}
		}
		if !strings.HasSuffix(strings.TrimSpace(spaces.Replace(s)), d.rest) {
			t.Fatalf("%q: rest %q is not the text's tail", s, d.rest)
		}
	})
}
