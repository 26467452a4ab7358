package embargo

import (
	"testing"
	"time"

	"newsdesk/process/normalise/dates"
)

func TestParseEmbargo(t *testing.T) {
	// Sent on Monday 10 June 2024 at 16:20 in London (BST).
	sent := time.Date(2024, 6, 10, 16, 20, 0, 0, time.FixedZone("", 3600))
	check := func(line, want string, hold bool) {
		t.Helper()
		e := ParseEmbargo(line, &sent)
		switch {
		case want == "" && !hold:
			if e.Found && !e.Immediate {
				t.Errorf("%q: got an embargo (%v resolved=%v), want none", line, e.Until, e.Resolved)
			}
		case hold:
			if !e.Found || e.Resolved || e.Immediate {
				t.Errorf("%q: found=%v resolved=%v immediate=%v, want a hold", line, e.Found, e.Resolved, e.Immediate)
			}
		default:
			w, _ := time.Parse(time.RFC3339, want)
			if !e.Resolved || !e.Until.Equal(w) {
				t.Errorf("%q: got %v (resolved=%v), want %v", line, e.Until, e.Resolved, w)
			}
		}
	}
	check("EMBARGOED UNTIL 00:01 BST TUESDAY 21 MAY 2024", "2024-05-20T23:01:00Z", false)
	check("Embargo: 1pm CET 11/06/2024", "2024-06-11T12:00:00Z", false) // day-first
	check("Not for publication before 09:00 GMT, 3 March 2025", "2025-03-03T09:00:00Z", false)
	check("Not for publication or broadcast before 09:00 GMT, 3 March 2025", "2025-03-03T09:00:00Z", false)
	check("EMBARGOED UNTIL 6 A.M. EDT, MONDAY, SEPT. 15, 2025", "2025-09-15T10:00:00Z", false)
	check("Embargoed until 10:30 ET on 11/12/2024", "2024-11-12T15:30:00Z", false) // US: month-first, EST in November
	check("STRICTLY EMBARGOED UNTIL 00:01HRS THURSDAY 28 AUGUST", "2024-08-27T23:01:00Z", false)
	check("EMBARGO 1pm CET 11/06: land-systems industry calls for ten-year contracts", "2024-06-11T12:00:00Z", false)
	check("Embargo: 14.00 UTC+2, 12 June 2024", "2024-06-12T12:00:00Z", false)
	check("Embargoed until 12.06.2024 at 10:00 +0200", "2024-06-12T08:00:00Z", false)
	check("UNDER EMBARGO UNTIL midnight GMT 1 July 2024", "2024-07-01T00:00:00Z", false)
	check("Embargo: noon CEST, 5 July", "2024-07-05T10:00:00Z", false)
	check("Sperrfrist: 12. Juni 2024, 10:00 Uhr MESZ", "2024-06-12T08:00:00Z", false)
	check("Embargoed until 21 May 2024", "2024-05-20T23:00:00Z", false)        // a day without a time lifts at its start, sender's zone
	check("EMBARGOED UNTIL 00:01 BST THURSDAY", "2024-06-12T23:01:00Z", false) // the first Thursday from Monday 10 June
	check("Embargoed until 22:00 BST tonight", "2024-06-10T21:00:00Z", false)
	check("Not for publication before 07:00 GMT tomorrow", "2024-06-11T07:00:00Z", false)
	check("Embargoed until 10:00 Brussels time, 12 June 2024", "2024-06-12T08:00:00Z", false) // CEST in June
	check("Embargoed until 10:00 Brussels time, 12 December 2024", "2024-12-12T09:00:00Z", false)
	check("Embargo: 9am New York time 06/12/2024", "2024-06-12T13:00:00Z", false) // month-first, EDT
	check("Embargo: For immediate release", "", false)
	check("Embargo: immediate", "", false)
	check("FOR IMMEDIATE RELEASE", "", false)
	check("Embargo: none", "", false)
	check("EMBARGOED UNTIL FURTHER NOTICE", "", true)
	check("Embargoed until the minister has spoken", "", true)
	check("EMBARGOED", "", true)
	check("The embargo on arms exports was lifted", "", false)
}

func TestParseEmbargoWithoutDateHeader(t *testing.T) {
	// No year and no Date header: no instant can be trusted, so hold.
	if e := ParseEmbargo("EMBARGOED UNTIL 00:01 28 AUGUST", nil); !e.Found || e.Resolved {
		t.Errorf("got resolved=%v until=%v, want a hold", e.Resolved, e.Until)
	}
}

func TestFindDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		us   bool
		want string
	}{
		{"19 April 2024 – NATO", false, "2024-04-19"},
		{"April 22, 2024 /PRNewswire/", false, "2024-04-22"},
		{"12. März 2025 –", false, "2025-03-12"},
		{"le 12 février 2025", false, "2025-02-12"},
		{"27/11/2024", false, "2024-11-27"},
		{"11/06/2024", false, "2024-06-11"},
		{"11/06/2024", true, "2024-11-06"},
		{"2024-05-21", false, "2024-05-21"},
		{"Issued on 13 Jun. 2024", false, "2024-06-13"},
	} {
		d, ok := dates.FindDate(tc.in, tc.us, false)
		if !ok || d.ISO() != tc.want {
			t.Errorf("findDate(%q) = %v %v, want %s", tc.in, d, ok, tc.want)
		}
	}
}

// TestEmbargoWherever: an embargo counts wherever the release states it;

// a mention of an embargo in running text holds nothing.

// TestFindZoneFirstLocalTime: of two places' times, the first named wins,
// and a time inside a longer word does not count.
func TestFindZoneFirstLocalTime(t *testing.T) {
	for s, want := range map[string]string{
		"10:00 hora peninsular (11:00 ora italiana)": "Europe/Madrid",
		"11:00 ora italiana (10:00 hora peninsular)": "Europe/Rome",
		"10:00 Dora italiana, 11:00 hora peninsular": "Europe/Madrid",
	} {
		if loc, _ := findZone(s, nil); loc == nil || loc.String() != want {
			t.Errorf("findZone(%q) = %v, want %s", s, loc, want)
		}
	}
}
