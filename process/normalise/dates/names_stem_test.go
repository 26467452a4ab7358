package dates

import "testing"

// Words that begin with a month name of five letters or more but are
// not its inflection: Swahili "Machi" (March) is no stem of "machines".
func TestMonthNotAStemOfOrdinaryWords(t *testing.T) {
	for _, w := range []string{"machines", "machine", "machina"} {
		if m, ok := Month(w); ok {
			t.Errorf("Month(%q) = %v, want no month", w, m)
		}
	}
	if d, ok := FindDate("The plant delivered 12 machines to the port.", false, false); ok {
		t.Errorf("FindDate found %+v in a sentence with no date", d)
	}
	for w, want := range map[string]int{"Machi": 3, "machi": 3, "Desemba": 12, "kesäkuussa": 6, "júniusban": 6} {
		if m, ok := Month(w); !ok || int(m) != want {
			t.Errorf("Month(%q) = %v, %v, want %d", w, m, ok, want)
		}
	}
}
