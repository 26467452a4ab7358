package segment

import "testing"

// A contact has one phone: the first number written, whichever of them a
// label the code knows stands before ("mob." here, "Tālrunis" not).
func TestFirstNumberWritten(t *testing.T) {
	for line, want := range map[string]string{
		"Tālrunis: 67 555 123, mob. 26 555 123":           "67 555 123",
		"Puhelin 09 555 1234 / matkapuhelin 040 555 1234": "09 555 1234",
		"Mob. 0412 555 678, tel. 02 5555 1234":            "0412 555 678",
	} {
		if got := firstPhone([]string{line}); got != want {
			t.Errorf("%q: %q, want %q", line, got, want)
		}
	}
}
