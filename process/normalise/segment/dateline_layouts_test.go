package segment

import (
	"testing"
	"time"

	"newsdesk/process/normalise/block"
)

// Dateline layouts of wires and national services, in phrasings of no
// corpus case: the wire's name between slashes, the date before the place,
// a place with its city word, bracketed datelines, and lines that are no
// dateline although they hold a date or end in a colon.
func TestDatelineLayouts(t *testing.T) {
	sent := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, place, date, rest string }{
		// a wire's name between slashes, before the date
		{"CALGARY, AB / ACCESSWIRE / November 18, 2026 / Prairie Helium Ltd. reported", "CALGARY", "2026-11-18", "Prairie Helium Ltd. reported"},
		{"TORONTO, ON / Newsfile Corp. / November 18, 2026 / Maple Gold Inc. announced", "TORONTO", "2026-11-18", "Maple Gold Inc. announced"},
		{"RENO, NV / Some Wire Service / Nov. 18, 2026 / Desert Lithium said", "RENO", "2026-11-18", "Desert Lithium said"},
		{"Perth, Western Australia / Mining Wire / 18 November 2026 / The explorer said", "Perth", "2026-11-18", "The explorer said"},
		// or in brackets with the date, or in slashes after it
		{"Calgary, Alberta--(Newsfile Corp. - November 18, 2026) - Prairie Helium Ltd. reported", "Calgary", "2026-11-18", "Prairie Helium Ltd. reported"},
		{"AUSTIN, TX, UNITED STATES, November 18, 2026 /EINPresswire.com/ -- The group said", "AUSTIN", "2026-11-18", "The group said"},
		// the date first, then the place with its province, then the issuer
		{"November 17, 2026 – Halifax, Nova Scotia – Fisheries and Oceans Canada Today, the Minister said", "Halifax", "2026-11-17", "Today, the Minister said"},
		{"November 17, 2026 – Gatineau, Quebec – Public Services and Procurement Canada The Government of Canada awarded", "Gatineau", "2026-11-17", "The Government of Canada awarded"},
		{"November 17, 2026 — Winnipeg, Manitoba — Department of National Defence / Canadian Armed Forces", "Winnipeg", "2026-11-17", ""},
		{"17 November 2026 – Toronto, Ontario – Our crews rescued two sailors off the coast on Sunday.", "Toronto", "2026-11-17", "Our crews rescued two sailors off the coast on Sunday."},
		{"November 17, 2026 – Regina, Saskatchewan – Office of the Chief Veterinary Officer The province confirmed", "Regina", "2026-11-17", "The province confirmed"},
		{"November 17, 2026 – Kingston, Ontario – Innovation, Science and Economic Development Canada Today, the Minister said", "Kingston", "2026-11-17", "Today, the Minister said"},
		{"November 17, 2026 – Iqaluit, Nunavut – Polar Knowledge Canada In the high Arctic, researchers are tracking", "Iqaluit", "2026-11-17", "In the high Arctic, researchers are tracking"},
		{"17 novembre 2026 – Québec (Québec) – Pêches et Océans Canada Aujourd’hui, la ministre a annoncé", "Québec", "2026-11-17", "Aujourd’hui, la ministre a annoncé"},
		// with no issuing body, or one that cannot be told from the lede,
		// the lede keeps every word
		{"November 17, 2026 – Sudbury, Ontario – Mines , Minerals and Energy", "Sudbury", "2026-11-17", ""},
		{"November 17, 2026 – London, Ontario – Acme Robotics Inc. announced a new plant in the city.", "London", "2026-11-17", "Acme Robotics Inc. announced a new plant in the city."},
		{"November 17, 2026 – Iqaluit, Nunavut – Polar Knowledge Canada researchers are tracking the ice", "Iqaluit", "2026-11-17", "Polar Knowledge Canada researchers are tracking the ice"},
		// a place and its city word before a year-first date
		{"Дархан хот, 2026.11.17. Аймгийн Засаг дарга мэдэгдэв.", "Дархан хот", "2026-11-17", "Аймгийн Засаг дарга мэдэгдэв."},
		{"Эрдэнэт хот, 2026.11.17 - Хотын захиргаа мэдээлэв.", "Эрдэнэт хот", "2026-11-17", "Хотын захиргаа мэдээлэв."},
		// the date and place in brackets, the place before or after
		{"（2026年11月17日／高雄） 該公司今日宣布新廠啟用。", "高雄", "2026-11-17", "該公司今日宣布新廠啟用。"},
		{"（台南／2026年11月17日）該公司今日宣布新廠啟用。", "台南", "2026-11-17", "該公司今日宣布新廠啟用。"},
		{"(2026年11月17日/新竹) 該公司今日宣布新廠啟用。", "新竹", "2026-11-17", "該公司今日宣布新廠啟用。"},
		{"【2026年11月17日／台北】該公司今日宣布新廠啟用。", "台北", "2026-11-17", "該公司今日宣布新廠啟用。"},
		{"（嘉義，2026年11月17日）該公司今日宣布新廠啟用。", "嘉義", "2026-11-17", "該公司今日宣布新廠啟用。"},
	} {
		d, ok := ParseDateline(tc.in, &sent)
		if !ok || d.Place != tc.place || d.Date != tc.date || d.rest != tc.rest {
			t.Errorf("%q: got %+v %v, want %q %q %q", tc.in, d, ok, tc.place, tc.date, tc.rest)
		}
	}
	for _, in := range []string{
		// a distribution or recipient list's label is no place
		"DISTRIBUTION: Nasdaq Stockholm, major media and the company's website. The company makes trucks.",
		"VERTEILER: Redaktionen Wirtschaft und Politik, Nachrichtenagenturen. Die Firma baut Lastwagen.",
		"JAKELU: Nasdaq Helsinki, keskeiset tiedotusvälineet ja yhtiön verkkosivut. Yhtiö valmistaa autoja.",
		"MOTTAGARE: Redaktioner för ekonomi och politik, nyhetsbyråer. Bolaget tillverkar lastbilar nu.",
	} {
		if d, ok := ParseDateline(in, &sent); ok {
			t.Errorf("%q: got dateline %+v, want none", in, d)
		}
	}
	// A letterhead's date on a line of its own over the issuer's name is no
	// dateline; the same date with the text on its line is one.
	for _, tc := range []struct {
		lines []string
		date  string
	}{
		{[]string{"2026年11月17日", "株式会社サンプル工業"}, ""},
		{[]string{"17 November 2026", "Acme Widgets Limited", "Unit 4, Harbour Road"}, ""},
		{[]string{"17 November 2026 – Acme Widgets Limited said on Monday", "that it will open a plant."}, "2026-11-17"},
	} {
		dls := ReadDatelines([]block.Block{{Kind: block.Para, Lines: tc.lines}}, &sent)
		d, ok := dls.at(0)
		if ok != (tc.date != "") || d.Date != tc.date {
			t.Errorf("%q: got %+v %v, want date %q", tc.lines, d, ok, tc.date)
		}
	}
}
