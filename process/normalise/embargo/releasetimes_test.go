package embargo

import (
	"testing"
	"time"
)

// Release-time lines in wordings and languages of our own, none from a
// corpus case: "for release" and "not for publication before" forms,
// zones as offsets, abbreviations, local-time names and none at all (the
// sender's offset, flagged as assumed).
func TestReleaseTimeForms(t *testing.T) {
	zone := func(h, m int) time.Time { return time.Date(2025, 6, 10, 9, 0, 0, 0, time.FixedZone("", h*3600+m*60)) }
	london, berlin, helsinki, warsaw := zone(1, 0), zone(2, 0), zone(3, 0), zone(2, 0)
	for _, tc := range []struct {
		line    string
		ref     time.Time
		want    string
		assumed bool
	}{
		{"FOR RELEASE: 10:00 EDT, June 12, 2025", london, "2025-06-12T14:00:00Z", false},
		{"HOLD FOR RELEASE UNTIL 10 A.M. CDT, JUNE 12, 2025", london, "2025-06-12T15:00:00Z", false},
		{"Under embargo until 6pm ET on June 12, 2025", london, "2025-06-12T22:00:00Z", false},
		{"Embargoed until 9:00 a.m. PDT, June 12, 2025", london, "2025-06-12T16:00:00Z", false},
		{"NOT FOR PUBLICATION OR BROADCAST BEFORE 22:30 BST ON 11 JUNE 2025", london, "2025-06-11T21:30:00Z", false},
		{"Not for publication before 00:01 on Thursday 12 June 2025", london, "2025-06-11T23:01:00Z", true},
		{"EMBARGO: 12 June 2025 at 08:00 UTC+3", london, "2025-06-12T05:00:00Z", false},
		{"Embargo: 2025-06-12 08:00 (UTC)", london, "2025-06-12T08:00:00Z", false},
		{"Embargo until 12 June 2025, 14:00 SGT", london, "2025-06-12T06:00:00Z", false},
		{"Embargo: 12.06.2025, 10:00 Uhr MESZ", london, "2025-06-12T08:00:00Z", false},
		{"Sperrfrist: Donnerstag, 12. Juni 2025, 11.00 Uhr", berlin, "2025-06-12T09:00:00Z", true},
		{"Embargo bis 12. Juni 2025, 0:01 Uhr", berlin, "2025-06-11T22:01:00Z", true},
		{"Embargo fino alle ore 12:00 del 12 giugno 2025 (ora italiana)", london, "2025-06-12T10:00:00Z", false},
		{"Embargo tot donderdag 12 juni 2025, 07.00 uur (Nederlandse tijd)", london, "2025-06-12T05:00:00Z", false},
		{"Embargo jusqu'au jeudi 12 juin 2025 à 6 heures (heure de Paris)", london, "2025-06-12T04:00:00Z", false},
		{"Julkaisuvapaa 12.6.2025 klo 10.00", helsinki, "2025-06-12T07:00:00Z", true},
		{"Embargo do 12 czerwca 2025 r., godz. 10:00", warsaw, "2025-06-12T08:00:00Z", true},
	} {
		e := ParseEmbargo(tc.line, &tc.ref)
		if !e.Found || !e.Resolved || e.Until.Format(time.RFC3339) != tc.want || e.AssumedTZ != tc.assumed {
			t.Errorf("%q: found %v resolved %v until %s assumed %v; want %s assumed %v", tc.line, e.Found, e.Resolved, e.Until.Format(time.RFC3339), e.AssumedTZ, tc.want, tc.assumed)
		}
	}
}
