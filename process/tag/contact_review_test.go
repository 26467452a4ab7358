package tag

import "testing"

// A date before a time, or an amount written with spaces between its
// thousands, is no phone number: the story paragraph that holds one stays.
func TestPhoneDigitsNotDatesOrAmounts(t *testing.T) {
	for _, s := range []string{
		"Die Übung beginnt am 12.03.2025 10 Uhr in Munster.",
		"Le ministère investit 12 500 000 euros à Lyon.",
		"Kontrakt o wartości 1 250 000 000 zł podpisano w Gdańsku.",
		"Exercise window: 01/02/2026 14 days at Salisbury Plain.",
	} {
		if phoneDigits(s) {
			t.Errorf("phoneDigits(%q) = true", s)
		}
		if got := withoutContactLines(s); got != s {
			t.Errorf("withoutContactLines(%q) dropped the paragraph", s)
		}
	}
	for _, s := range []string{"Tel: +44 131 555 0100", "Tel. 020 7218 7907", "+32 2 299 1111", "(030) 1234 5678", "Tél. : 01 23 45 67 89", "Phone 555 123 4567"} {
		if !phoneDigits(s) {
			t.Errorf("phoneDigits(%q) = false", s)
		}
	}
}
