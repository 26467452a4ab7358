package normalise

import "testing"

// A round-up names itself in its subject or at the head of a line; a
// release that mentions a briefing or the press in its prose is no
// round-up, and its own labels ("Date:", "Venue:") are no outlets.
// Wordings are our own.
func TestKindDigestHeadingInProse(t *testing.T) {
	checkKinds(t, []kindCase{
		{"advisory with daily briefing", "Media advisory: flood response",
			"MEDIA ADVISORY\n\nFlood response: daily briefing for the media\n\nLONDON, 4 March 2026 – The Ministry of Defence will hold a daily briefing on the armed forces' flood response this week.\n\nDate: Monday 4 March 2026, 11:00\nVenue: Main Building, Whitehall, London\nAccreditation: send your name and outlet to press@mod.example by 10:00\n", true},
	})
}
