package segment

import (
	"strings"
	"testing"
	"time"
)

// The Arabic "في" between place and date is cut from the place whatever
// white space stands before it.
func TestDatelineArabicInSpaces(t *testing.T) {
	sent := time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"الدوحة في 12 مايو 2025 / أعلنت وزارة الدفاع", "الدوحة  في 12 مايو 2025 / أعلنت وزارة الدفاع", "الدوحة\tفي 12 مايو 2025 / أعلنت وزارة الدفاع"} {
		d, ok := ParseDateline(s, &sent)
		if !ok || d.Place != "الدوحة" || d.Date != "2025-05-12" {
			t.Errorf("ParseDateline(%q) = %q %q %v, want الدوحة 2025-05-12", s, d.Place, d.Date, ok)
		}
	}
}

// An Arabic year may carry its era's letter ("2025م"): the date ends
// after it.
func TestDatelineArabicEraLetter(t *testing.T) {
	sent := time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"عمّان، 12 مايو 2025م – قالت القوات المسلحة", "مسقط، 12 مايو 2025 م - أعلنت وزارة الدفاع"} {
		d, ok := ParseDateline(s, &sent)
		if !ok || d.Date != "2025-05-12" || !strings.HasPrefix(d.rest, "قالت") && !strings.HasPrefix(d.rest, "أعلنت") {
			t.Errorf("ParseDateline(%q) = %q %q rest %q %v, want 2025-05-12", s, d.Place, d.Date, d.rest, ok)
		}
	}
}
