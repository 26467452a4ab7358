package segment

import "testing"

// TestContactStart: the cheap test never refuses a text contactRE
// matches, and refuses the digits of ordinary prose.
func TestContactStart(t *testing.T) {
	for _, s := range []string{
		"Call +44 20 7946 0958 for details.", "Tel.: 030 12345678", "phone (555) 010-4477", "desk@defence.example",
		"x030 1234 5678", "a_030 1234 5678", "é030 1234 5678", "030 1234 5678", "+1", "(2", "0",
		"In 2025 the agency spent 1.2 billion on 400 vehicles.", "Version 10.04 ships on 12/05/2026.",
		"", "no digits at all",
	} {
		if got, want := contactStart(s), contactRE.MatchString(s); want && !got {
			t.Errorf("contactStart(%q) = false, but contactRE matches", s)
		}
	}
	for _, s := range []string{"In 2025 the agency spent 1.2 billion on 400 vehicles.", "Version 10.4 ships on 12/5/2026."} {
		if contactStart(s) {
			t.Errorf("contactStart(%q) = true, want false", s)
		}
	}
}
