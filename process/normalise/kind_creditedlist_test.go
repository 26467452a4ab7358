package normalise

import "testing"

// Releases list partners with their countries in brackets, award winners
// or speakers after a dash: without a round-up's heading, a subscriber's
// footer or links to the stories, such lists are no round-up. Wordings
// are our own.
func TestKindCreditedListsInReleases(t *testing.T) {
	checkKinds(t, []kindCase{
		{"consortium partners with countries", "EU project on drone detection starts",
			"PRESS RELEASE\n\nEU project on drone detection starts\n\nBRUSSELS, 4 March 2026 – A European consortium has started a three-year project on drone detection funded by the European Defence Fund.\n\nThe partners are:\n\nInstitute for Applied Radar Research (Germany)\n\nTechnical University of Delft (Netherlands)\n\nNordic Sensor Systems AB (Sweden)\n\nThe project is worth €12 million.", true},
		{"awards winners after dash", "Defence industry awards 2026",
			"PRESS RELEASE\n\nWinners of the Defence Industry Awards 2026\n\nLONDON, 4 March 2026 – The winners of this year's Defence Industry Awards were announced last night.\n\nBest innovation of the year – Orion Systems\n\nBest small company of the year – Blackridge Engineering\n\nBest apprenticeship programme – Clyde Marine\n\nThe awards drew 240 entries.", true},
		{"programme with speakers", "Conference programme",
			"PRESS RELEASE\n\nNaval conference opens in Toulon\n\nTOULON, 4 March 2026 – The naval conference opens on Tuesday with three keynote speeches.\n\n09:30 Opening address by the chief of staff – Admiral Anne Martin\n\n10:15 The future of the surface fleet – Captain Paul Roux\n\n11:00 Unmanned systems at sea – Dr Claire Dubois\n\nThe conference runs until Thursday.", true},
	})
}
