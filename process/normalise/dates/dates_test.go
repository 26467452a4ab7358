package dates

import (
	"strings"
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // YYYY-MM-DD, or "" for none
	}{
		{"the 21st of May 2025 –", "2025-05-21"},
		{"Szeged, 2025. március 14. –", "2025-03-14"},
		{"Klaipėda, 2025 m. gegužės 2 d. –", "2025-05-02"},
		{"Rijeka, 5. svibnja 2025.", "2025-05-05"},
		{"Iași, 7 noiembrie 2025", "2025-11-07"},
		{"Pärnu, 3. juuni 2025", "2025-06-03"},
		{"Turku 9. lokakuuta 2025", "2025-10-09"},
		{"Luleå, 4 augusti 2025", "2025-08-04"},
		{"Konya, 8 Şubat 2025", "2025-02-08"},
		{"ΒΟΛΟΣ, 1 ΙΟΥΝΙΟΥ 2025", "2025-06-01"},
		{"Λάρισα, 12 Σεπτεμβρίου 2025", "2025-09-12"},
		{"Варна, 30 януари 2025 г.", "2025-01-30"},
		{"جدة، 3 أكتوبر 2025", "2025-10-03"},
		{"נתניה, 9 בנובמבר 2025", "2025-11-09"},
		{"Maribor, 3. junija 2025", "2025-06-03"},
		{"Bandung, 17 Desember 2025", "2025-12-17"},
		{"Košice, 3. júna 2025", "2025-06-03"},
		{"नई दिल्ली, 3 जून 2025", "2025-06-03"},
		{"名古屋、２０２５年６月３日", "2025-06-03"},
		{"Liepāja, 2025. gada 12. augustā", "2025-08-12"},
		{"Đà Nẵng, ngày 3 tháng 6 năm 2025", "2025-06-03"},
		{"Marta said the plan was ready", ""},
		// Names only CLDR gives, inflected forms, year-first numbers,
		// Buddhist-era and Japanese era years.
		{"Oulu, 12. kesäkuuta 2025", "2025-06-12"},
		{"Tartu, 12. juunil 2025", "2025-06-12"},
		{"kuni 9. detsembrini 2025", "2025-12-09"},
		{"SAGUENAY, QC, le 7 déc. 2025 /CNW/", "2025-12-07"},
		{"Lyon, le 3 avr. 2025", "2025-04-03"},
		{"Szeged, 2025. júniusban 12.", "2025-06-12"},
		{"Beograd, 12. јун 2025.", "2025-06-12"},
		{"Tirana, 12 qershor 2025", "2025-06-12"},
		{"Valletta, 12 ta' Ġunju 2025", ""},
		{"서울, 2025. 6. 12.(목)", "2025-06-12"},
		{"北京 2025/6/12", "2025-06-12"},
		{"เชียงใหม่ 12 มิถุนายน 2568", "2025-06-12"},
		{"令和８年１２月５日", "2026-12-05"},
		{"仙台、令和7年4月1日", "2025-04-01"},
		{"令和元年5月1日", "2019-05-01"},
		{"平成31年4月30日", "2019-04-30"},
		{"تهران، 12 ژوئن 2025", "2025-06-12"},
		// day and month numbers spaced after their full stops, with a full year
		{"Maribor, 7. 4. 2025 –", "2025-04-07"},
		{"Olomouc 12. 11. 2025", "2025-11-12"},
		{"Zadar, 3. 9. 2025.", "2025-09-03"},
		{"Slide 1. 10 soldiers", ""},
		{"Tabela 2. 12. 25 enot", ""},
		// a list number before a date does not hide it
		{"Punkt 2. 15.03.2026 beginnt die Anmeldung", "2026-03-15"},
		{"Krok 4. 30.6.2025 – uzávěrka přihlášek", "2025-06-30"},
	} {
		d, ok := FindDate(c.in, false, false)
		got := ""
		if ok && d.Year != 0 && d.Valid() {
			got = d.ISO()
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWeekday(t *testing.T) {
	for w, want := range map[string]time.Weekday{"torsdag": time.Thursday, "Perşembe": time.Thursday, "ΠΕΜΠΤΗ": time.Thursday,
		"csütörtökön": time.Thursday, "четверг": time.Thursday, "Kamis": time.Thursday, "Thu": time.Thursday, "יום חמישי": time.Thursday, "Marta": -1} {
		got, ok := Weekday(w)
		if !ok {
			got = -1
		}
		if got != want {
			t.Errorf("Weekday(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWeekdayLongestName: a word that extends two names reads as the
// longer, on every run whatever order the map gives them in.
func TestWeekdayLongestName(t *testing.T) {
	for i := 0; i < 100; i++ {
		if got, ok := Weekday("cümə axşamından"); !ok || got != time.Thursday {
			t.Fatalf("Weekday(cümə axşamından) = %v %v, want Thursday", got, ok)
		}
	}
}

func TestResolveYear(t *testing.T) {
	ref := time.Date(2025, 12, 28, 0, 0, 0, 0, time.UTC)
	d, ok := ResolveYear(DateMatch{Month: time.January, Day: 2}, &ref)
	if !ok || d.Year != 2026 {
		t.Errorf("2 January near 28 December 2025: got %d %v, want 2026", d.Year, ok)
	}
}

// FuzzFindDate: any text, any order; a date found lies inside the text and
// names a month and day that exist.
// TestFindDateStartingBy: on long paragraphs the window finds what
// FindDate finds on the whole text, for dates on either side of maxStart
// and with white space the window must not cut through.
func TestFindDateStartingBy(t *testing.T) {
	filler := strings.Repeat("The ministry said 40 units were delivered on 3 June 2025 in 12/06 batches. ", 60)
	for _, date := range []string{"19 April 2024", "April 22, 2024", "2025. május 6.", "2025. gada 12. augustā",
		"ngày 3 tháng 6 năm 2025", "２０２５年６月３日", "27/11/2024", "2025-05-21", "12th of           September,           2025",
		"May" + strings.Repeat(" ", 30) + "3, 2025", "May" + strings.Repeat(" ", 260) + "3, 2025", "Marta said"} {
		for _, pad := range []int{0, 1, 40, 85, 89, 90, 91, 120, 300} {
			for _, tail := range []string{"", " – " + filler, strings.Repeat(" ", 40) + "2025 " + filler} {
				s := strings.Repeat("x", pad) + " " + date + tail
				want, wantOK := FindDate(s, false, false)
				wantOK = wantOK && want.Start <= 90
				got, ok := FindDateStartingBy(s, 90, false, false)
				if ok != wantOK || ok && got != want {
					t.Errorf("pad %d, %q, tail %d bytes: got %+v %v, want %+v %v", pad, date, len(tail), got, ok, want, wantOK)
				}
			}
		}
	}
}

func TestHasDigit(t *testing.T) {
	for s, want := range map[string]bool{"": false, "no digits here": false, "in 2025": true, "６月": true, "\xef\xbc": false, "ｘ\xef\xbc\x99": true, "＊": false} {
		if got := hasDigit(s); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPatternNeeds(t *testing.T) {
	for _, c := range []struct {
		s                string
		spaceDigit, year bool
	}{
		{"", false, false}, {"June 3", true, false}, {"May\t12", true, false}, {"2025", false, true},
		{"x2025-06-01", false, true}, {"in 2025", true, true}, {"A1 B2C3", false, false}, {"123 456", true, false},
	} {
		if got := spaceBeforeDigit(c.s); got != c.spaceDigit {
			t.Errorf("spaceBeforeDigit(%q) = %v", c.s, got)
		}
		if got := fourDigits(c.s); got != c.year {
			t.Errorf("fourDigits(%q) = %v", c.s, got)
		}
	}
}

func FuzzFindDate(f *testing.F) {
	for _, s := range []string{"19 April 2024", "2025. május 6.", "2025年7月10日", "9 בנובמבר 2025", "27/11/2024", "April 22, 2024",
		"2025. 11. 12.(수)", "12 มิถุนายน 2568", "12. juunil 2025", "۱۲ ژوئن ۲۰۲۵"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, us bool) {
		d, ok := FindDate(s, us, true)
		if !ok {
			return
		}
		if d.Start < 0 || d.Start > d.End || d.End > len(s) || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
			t.Fatalf("%q: bad match %+v", s, d)
		}
	})
}

// Serbian and Macedonian Cyrillic months, and Levantine Arabic's Syriac
// names, alone (of one word or two) or paired with the Gregorian one; our
// own datelines.
func TestCyrillicAndLevantineMonths(t *testing.T) {
	for s, want := range map[string]time.Month{
		"Скопје, 3 јуни 2025 –":                    time.June,
		"Нови Сад, 14. фебруар 2026. године –":     time.February,
		"Ниш, 2. октобар 2025. –":                  time.October,
		"بيروت، 5 شباط/فبراير 2026 –":              time.February,
		"عمّان، 1 كانون الأول/ديسمبر 2026 –":       time.December,
		"دمشق، 12 آذار 2025 - أعلنت الوزارة":       time.March,
		"حلب، 7 آب 2025 - افتتحت البلدية":          time.August,
		"عمّان، 9 كانون الأول 2026 – اختتم المركز": time.December,
		"بغداد، 2 تشرين الثاني 2025 – أعلنت":       time.November,
		"بيروت، 20 كانون الثاني 2026 - قالت":       time.January,
		"اللاذقية، 4 تشرين الأول 2025 - أعلن":      time.October,
	} {
		d, ok := FindDate(s, false, true)
		if !ok || d.Month != want {
			t.Errorf("%q: %+v %v, want %s", s, d, ok, want)
		}
	}
}
