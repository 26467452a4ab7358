package segment

import (
	"strings"
	"testing"
	"time"
)

// Dateline forms written for this test in phrasings of no corpus case:
// every separator, a region after the place, articles, wire layouts,
// non-English month words and connectors, and a date alone.
func TestDatelineForms(t *testing.T) {
	sent := time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, place, date string }{
		{"ABERDEEN, 14 May 2025 — The port authority said", "ABERDEEN", "2025-05-14"},
		{"ABERDEEN, 14 May 2025 -- The port authority said", "ABERDEEN", "2025-05-14"},
		{"ABERDEEN, 14 May 2025: The port authority said", "ABERDEEN", "2025-05-14"},
		{"ABERDEEN, 14 May 2025. The port authority said", "ABERDEEN", "2025-05-14"},
		{"TACOMA, Wash. — The shipyard said on Monday that it will hire four hundred welders this year.", "TACOMA", ""},
		{"MONCTON, N.B. – The provincial government announced on Tuesday a new training centre for cadets.", "MONCTON", ""},
		{"Ghent, Belgium, 6 May 2025 – The university opened", "Ghent", "2025-05-06"},
		{"The Hague, 7 May 2025 – The ministry said", "The Hague", "2025-05-07"},
		{"La Valette, le 7 mai 2025 – Le gouvernement", "La Valette", "2025-05-07"},
		{"DENVER--(BUSINESS WIRE)--May 8, 2025--Orbital Freight said", "DENVER", "2025-05-08"},
		{"AUSTIN, Texas, May 8, 2025 /PRNewswire/ -- Orbital Freight said", "AUSTIN", "2025-05-08"},
		{"Graz (APA) - Die Stadt hat am Mittwoch einen neuen Bahnhof eröffnet, wie der Bürgermeister mitteilte.", "Graz", ""},
		{"Sevilla, 9 de mayo de 2025 – La Junta ha presentado", "Sevilla", "2025-05-09"},
		{"Leipzig, 9. Mai 2025 – Die Messe", "Leipzig", "2025-05-09"},
		{"Kraków, 9 maja 2025 r. – Miasto ogłosiło", "Kraków", "2025-05-09"},
		{"Одеса, 9 травня 2025 року – Міська рада повідомила", "Одеса", "2025-05-09"},
		{"Новосибирск, 9 мая 2025 года — Городская администрация сообщила", "Новосибирск", "2025-05-09"},
		{"Split, 9. svibnja 2025. godine – Gradsko vijeće objavilo je", "Split", "2025-05-09"},
		{"大阪、2025年5月9日 — 同社は", "大阪", "2025-05-09"},
		{"12 May 2025 – The council approved", "", "2025-05-12"},
		{"ROTTERDAM, the Netherlands, 6 May 2025 – The port said", "ROTTERDAM", "2025-05-06"},
		{"ST. JOHN'S, N.L. — The province said on Tuesday that ferry service to the island resumes in June.", "ST. JOHN'S", ""},
		{"Frankfurt am Main, 3. Juni 2025 – Die Bank", "Frankfurt am Main", "2025-06-03"},
		{"Rio de Janeiro, 3 de junho de 2025 – A Marinha", "Rio de Janeiro", "2025-06-03"},
		{"Zürich, 3. Juni 2025 (ots) - Die Stadt", "Zürich", "2025-06-03"},
		{"Brno 3. června 2025 – Město oznámilo", "Brno", "2025-06-03"},
		{"2025年5月9日 — 同社は新工場を発表した", "", "2025-05-09"},
		{"Lyon, le mardi 13 mai 2025 – La métropole", "Lyon", "2025-05-13"},
		{"Tuesday, 13 May 2025 – The council approved", "", "2025-05-13"},
		// day and month numbers spaced after their full stops
		{"Maribor, 14. 5. 2025 – Mestna občina je danes predstavila", "Maribor", "2025-05-14"},
		// a caseless place straight before the date, closed by a wire's tag
		{"杭州2025年5月9日 /美通社/ -- 该公司今日宣布", "杭州", "2025-05-09"},
		// the Vietnamese "ngày" (day) before a numeric date
		{"Đà Nẵng, ngày 9/5/2025 – Ủy ban nhân dân thành phố", "Đà Nẵng", "2025-05-09"},
		// one word set off by a spaced dash, no date
		{"Tampere – Yhtiö kertoi tiistaina avaavansa uuden tehtaan ensi vuonna.", "Tampere", ""},
		{"Kuopio - Kaupunki kertoi maanantaina rakentavansa uuden sillan ensi vuonna.", "Kuopio", ""},
		// the Spanish full stop and dash after the place
		{"TEMUCO.- La municipalidad inauguró este lunes un nuevo centro de salud familiar en el sector poniente.", "TEMUCO", ""},
		{"Rancagua.- El gobierno regional anunció hoy un plan de riego para los agricultores de la zona.", "Rancagua", ""},
		{"Innsbruck (OTS) - Die Stadt hat am Freitag den neuen Bahnhof eröffnet, sagte der Bürgermeister.", "Innsbruck", ""},
		// month words from the locales added later, year and day words after the date
		{"Mombasa, 12 Mei 2025. Halmashauri ya jiji imezindua", "Mombasa", "2025-05-12"},
		{"Житомирська область, 14 травня 2025 року. Рятувальники ліквідували пожежу", "Житомирська область", "2025-05-14"},
		{"Житомир, 14 травня 2025 року. Рятувальники ліквідували пожежу", "Житомир", "2025-05-14"},
		{"الشارقة، الإمارات العربية المتحدة، 5 مايو 2025: أعلنت الشركة اليوم", "الشارقة", "2025-05-05"},
		{"ბათუმი, 12 მაისი, 2025 – ქალაქის მერიამ განაცხადა", "ბათუმი", "2025-05-12"},
		{"Գյումրի, 12 մայիսի, 2025 թ. – Քաղաքապետարանը հայտարարեց", "Գյումրի", "2025-05-12"},
		{"Ниш, 12. мај 2025. године – Градско веће је усвојило", "Ниш", "2025-05-12"},
		{"Kaunas, gegužės 12 d. Miesto savivaldybė pranešė", "Kaunas", "2025-05-12"},
		{"JOHOR BAHRU, 12 Mei - Kerajaan negeri hari ini mengumumkan", "JOHOR BAHRU", "2025-05-12"},
		{"KUCHING, 12 Ogos - Polis hari ini menahan", "KUCHING", "2025-08-12"},
		// an Arabic agency's "place في date /"
		{"الدوحة في 12 مايو 2025 / أعلنت وزارة الدفاع", "الدوحة", "2025-05-12"},
	} {
		d, ok := ParseDateline(tc.in, &sent)
		if !ok || d.Place != tc.place || d.Date != tc.date {
			t.Errorf("%q: got %+v %v, want %q %q", tc.in, d.Dateline, ok, tc.place, tc.date)
		}
	}
}

// Korean news style puts an equals sign between the place and the date.
func TestDatelineKoreanEquals(t *testing.T) {
	sent := time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"대전 = 2025년 5월 12일 - 한국항공우주연구원은", "대전=2025년 5월 12일 – 한국항공우주연구원은"} {
		d, ok := ParseDateline(s, &sent)
		if !ok || d.Place != "대전" || d.Date != "2025-05-12" || !strings.HasPrefix(d.rest, "한국") {
			t.Errorf("ParseDateline(%q) = %q %q rest %q %v", s, d.Place, d.Date, d.rest, ok)
		}
	}
}
