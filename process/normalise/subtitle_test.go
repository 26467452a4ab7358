package normalise

import "testing"

// TestSubtitleLabel: a wire's label before the standfirst ("Utl.:",
// "Subtitle:") is not part of the subheadline. Wordings are our own.
func TestSubtitleLabel(t *testing.T) {
	for _, tc := range []struct{ sub, want string }{
		{"Utl.: Zwei neue Rettungswagen für den Bezirk", "Zwei neue Rettungswagen für den Bezirk"},
		{"Subtitle: Two new ambulances for the district", "Two new ambulances for the district"},
		{"Zwei neue Rettungswagen für den Bezirk", "Zwei neue Rettungswagen für den Bezirk"},
	} {
		raw := textMail("Presse <presse@bezirk.example>", "Neue Rettungswagen",
			"Neue Rettungswagen übergeben", tc.sub,
			"Linz (OTS) - Der Bezirk hat am Montag zwei neue Rettungswagen an das Rote Kreuz übergeben.", "Die Fahrzeuge kosten 400.000 Euro.")
		d, err := Inspect(raw)
		if err != nil {
			t.Fatal(err)
		}
		if d.Subheadline == nil || *d.Subheadline != tc.want {
			t.Errorf("%q: subheadline %v, want %q", tc.sub, d.Subheadline, tc.want)
		}
	}
}
