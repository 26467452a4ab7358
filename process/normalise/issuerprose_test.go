package normalise

import "testing"

// The new issuer sources must not read ordinary words as a name: a
// statement by a person or an office holder, a label line that says
// what state the release is in, a body paragraph that opens with the
// word "Copyright". Each names nobody the text does not, so the issuer
// stays empty.
func TestIssuerSourcesTakeNoOrdinaryWords(t *testing.T) {
	lede := "EXETER, 5 May 2025 – The old swing bridge reopened to traffic on Monday after a year of repairs."
	more := "Repairs cost £3 million and were paid for by a government grant."
	sender := "Press Office <press@exe-bridges.example>"
	for _, tc := range []struct {
		name string
		raw  []byte
	}{
		{"statement from a person", plainRelease(sender, "Statement from Priya Marsh on the bridge reopening", lede, more)},
		{"statement by an office holder", plainRelease(sender, "Statement by the Chair on the bridge reopening", lede, more)},
		{"statement from a possessive role", plainRelease(sender, "Statement from our Chief Engineer", lede, more)},
		{"label line: immediate release", plainRelease(sender, "For immediate release – press release", "Swing bridge reopens", lede, more)},
		{"label line: updated", plainRelease(sender, "UPDATED | PRESS RELEASE", "Swing bridge reopens", lede, more)},
		{"body paragraph opening with Copyright", plainRelease(sender, "Swing bridge reopens", lede,
			"Copyright Tribunal ruled in the bridge designer's favour last year.", more)},
	} {
		d, err := Inspect(tc.raw)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d.Issuer != "" {
			t.Errorf("%s: issuer %q, want none", tc.name, d.Issuer)
		}
	}
}
