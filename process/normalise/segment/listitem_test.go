package segment

import "testing"

// A list item carries on the one above it only with the same mark and the
// next number or letter.
func TestNextItem(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"(b) At least 100 jobs.", "(c) The company must fund it.", true},
		{"3. Third point.", "4. Fourth point.", true},
		{"9) Ninth.", "10) Tenth.", true},
		{"a) Eins.", "b) Zwei.", true},
		{"(b) At least 100 jobs.", "c) The company must fund it.", false},
		{"3. Third point.", "5. Fifth point.", false},
		{"(b) At least 100 jobs.", "About Harbour Robotics", false},
		{"The yard opens in March.", "(b) Second.", false},
	} {
		if got := nextItem(tc.a, tc.b); got != tc.want {
			t.Errorf("nextItem(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
