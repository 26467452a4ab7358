package embargo

import (
	"testing"
	"time"
)

// Release-time lines as a class: the keyword in several languages and
// scripts, release-time headings, zones as offsets, names (IST read by the
// sender's offset) or local names, and no zone at all (the sender's
// offset, flagged). Phrasings of our own, not the examples; the
// second group (hold for release, not for publication before, US zone
// names, MESZ, SGT, local-time names, zone-less Nordic, German and Polish
// lines, "à 6 heures") likewise.
func TestEmbargoPhrasings(t *testing.T) {
	zone := func(h, m int) time.Time { return time.Date(2025, 6, 10, 9, 0, 0, 0, time.FixedZone("", h*3600+m*60)) }
	london, delhi, berlin, helsinki, warsaw := zone(1, 0), zone(5, 30), zone(2, 0), zone(3, 0), zone(2, 0)
	for _, tc := range []struct {
		line    string
		ref     time.Time
		want    string // RFC 3339 UTC
		assumed bool
	}{
		{"FOR RELEASE AT 00.01hrs ON WEDNESDAY 11 JUNE 2025", london, "2025-06-10T23:01:00Z", true},
		{"For release: 06:30 BST, Friday 13 June 2025", london, "2025-06-13T05:30:00Z", false},
		{"RELEASE DATE AND TIME: 07:00 CEST, 12 June 2025", london, "2025-06-12T05:00:00Z", false},
		{"Publication time - 18:00 GMT, 20 June 2025", london, "2025-06-20T18:00:00Z", false},
		{"Not to be published before 06:00 UTC+2 on 12 June 2025", london, "2025-06-12T04:00:00Z", false},
		{"Embargoed till 9.30am AEST Tuesday 10 June 2025", london, "2025-06-09T23:30:00Z", false},
		{"Embargo hasta el 14 de junio de 2025 a las 09:00 CET", london, "2025-06-14T08:00:00Z", false},
		{"Ембарго до 12 июня 2025 г., 10:00 МСК", london, "2025-06-12T07:00:00Z", false},
		{"ЭМБАРГО ДО 12.06.2025 10:00", london, "2025-06-12T09:00:00Z", true},
		{"解禁日時：2025年6月12日 10時00分 日本時間", london, "2025-06-12T01:00:00Z", false},
		{"엠바고: 2025년 6월 12일 오후 3시 30분", london, "2025-06-12T14:30:00Z", true},
		{"Publicação autorizada só a partir das 08h30 de 15 de junho de 2025 (hora de Lisboa)", london, "2025-06-15T07:30:00Z", false},
		{"Publication allowed only after 10:00 Paris time on 16 June 2025", london, "2025-06-16T08:00:00Z", false},
		{"Ne pas publier avant le 17 juin 2025 à 7h00 heure de Paris", london, "2025-06-17T05:00:00Z", false},
		{"No publicar antes de las 11:00 del 18 de junio de 2025", london, "2025-06-18T10:00:00Z", true},
		{"Embargoed until 14:00 GMT+05:30, 12 June 2025", london, "2025-06-12T08:30:00Z", false},
		{"Embargoed until 14:00 IST, 12 June 2025", delhi, "2025-06-12T08:30:00Z", false},
		{"Embargoed until 14:00 IST, 12 June 2025", london, "2025-06-12T13:00:00Z", false},
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
		// Four-digit 24-hour times, as military and wire styles write them.
		{"EMBARGOED UNTIL 0700 AEST FRIDAY 13 JUNE 2025", london, "2025-06-12T21:00:00Z", false},
		{"Not for release before 2330hrs on 12 June 2025", london, "2025-06-12T22:30:00Z", true},
		{"Embargo: 1500 CEST, 12 June 2025", london, "2025-06-12T13:00:00Z", false},
		{"Embargo: 12 June 2025 (CET)", london, "2025-06-11T23:00:00Z", false}, // the year is no 20:25
	} {
		e := ParseEmbargo(tc.line, &tc.ref)
		if !e.Found || !e.Resolved || e.Until.Format(time.RFC3339) != tc.want || e.AssumedTZ != tc.assumed {
			t.Errorf("%q: found %v resolved %v until %s assumed %v; want %s assumed %v", tc.line, e.Found, e.Resolved, e.Until.Format(time.RFC3339), e.AssumedTZ, tc.want, tc.assumed)
		}
	}
	for _, line := range []string{"For immediate release", "FOR RELEASE: IMMEDIATELY", "The report is due for release on 5 May 2026", "Release notes for version 2"} {
		if e := ParseEmbargo(line, &london); e.Resolved {
			t.Errorf("%q read as an embargo until %s", line, e.Until)
		}
	}
}

// TestForPublicationAfter: the positive form "for publication after …"
// names the embargo's instant in every language as the negative "not
// before" does, and a clock written right before the date without a comma
// keeps its hour.
func TestForPublicationAfter(t *testing.T) {
	ref := time.Date(2026, 3, 2, 9, 0, 0, 0, time.FixedZone("", 3600))
	for _, tc := range []struct{ line, want string }{
		{"For publication after 09:30 GMT on Monday 9 March 2026", "2026-03-09T09:30:00Z"},
		{"STRICTLY FOR PUBLICATION FROM 0001 GMT, 10 MARCH 2026", "2026-03-10T00:01:00Z"},
		{"Zur Veröffentlichung ab 9. März 2026, 10:30 Uhr MEZ", "2026-03-09T09:30:00Z"},
		{"Pour publication à partir du lundi 9 mars 2026 à 10h30 (heure de Paris)", "2026-03-09T09:30:00Z"},
		{"Para su publicación a partir de las 10:30 del 9 de marzo de 2026 (CET)", "2026-03-09T09:30:00Z"},
		{"Da pubblicare dopo le ore 10:30 del 9 marzo 2026", "2026-03-09T09:30:00Z"},
		{"Voor publicatie vanaf maandag 9 maart 2026, 10.30 uur", "2026-03-09T09:30:00Z"},
		{"Do publikacji po 9 marca 2026 r., godz. 10:30", "2026-03-09T09:30:00Z"},
		{"Для публикации после 11:30 9 марта 2026 года (МСК)", "2026-03-09T08:30:00Z"},
		{"Προς δημοσίευση από τις 11:30, Δευτέρα 9 Μαρτίου 2026, ώρα Ελλάδος", "2026-03-09T09:30:00Z"},
		{"Embargoed until 09:30 9 March 2026 (UTC)", "2026-03-09T09:30:00Z"},
	} {
		e := ParseEmbargo(tc.line, &ref)
		if !e.Resolved || e.Until.Format(time.RFC3339) != tc.want {
			t.Errorf("%q: found %v resolved %v until %s; want %s", tc.line, e.Found, e.Resolved, e.Until.Format(time.RFC3339), tc.want)
		}
	}
	for _, line := range []string{
		"The findings will be ready for publication after peer review in 2027.",
		"Der Bericht ist nach Prüfung zur Veröffentlichung freigegeben worden.",
	} {
		if e := ParseEmbargo(line, &ref); e.Resolved {
			t.Errorf("%q read as an embargo until %s", line, e.Until)
		}
	}
}

// TestDateTimeGroup: a military date-time group names day, hour, minute,
// zone letter, month and year in one word.
func TestDateTimeGroup(t *testing.T) {
	ref := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ line, want string }{
		{"EMBARGO: 041630Z NOV 26", "2026-11-04T16:30:00Z"},
		{"Embargoed until 150900A MAR 2027", "2027-03-15T08:00:00Z"},
		{"EMBARGOED UNTIL 300600R JAN 27", "2027-01-30T11:00:00Z"},
		{"Embargo until 091200K JUL 26", "2026-07-09T02:00:00Z"},
	} {
		e := ParseEmbargo(tc.line, &ref)
		if !e.Resolved || e.AssumedTZ || e.Until.Format(time.RFC3339) != tc.want {
			t.Errorf("%q: resolved %v until %s assumed %v; want %s", tc.line, e.Resolved, e.Until.Format(time.RFC3339), e.AssumedTZ, tc.want)
		}
	}
	if _, ok := dateTimeGroup("301200Z FEB 26"); ok {
		t.Error("30 February read as a date-time group")
	}
}
