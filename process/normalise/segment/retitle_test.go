package segment

import (
	"testing"
	"time"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment/learn"
)

// Doubtful headlines, in phrasings of no corpus case: the sender's name
// over a title that opens with it, and a results label over the title
// the subject line repeats.
func TestRetitle(t *testing.T) {
	H, S, K, B := learn.Headline, learn.Subheadline, learn.Kicker, learn.Body
	check := func(name, subject string, texts []string, roles []learn.Role, want string) {
		t.Helper()
		var bs []block.Block
		for _, s := range texts {
			bs = append(bs, block.Block{Kind: block.Para, Lines: []string{s}})
		}
		sent := time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)
		roles = retitle(bs, roles, Inputs(bs, &sent, subject))
		s := fromRoles(bs, roles, Segments{Headline: "from the rules"}, readDatelines(bs, &sent))
		if s.Headline != want {
			t.Errorf("%s: headline %q, want %q", name, s.Headline, want)
		}
	}
	body := []string{
		"The group sold more cheese in the half year than in any half year before, helped by new export customers in Asia.",
		"An interim dividend will be paid in May.",
	}
	check("name over the title", "Brindle Dairies Group - Interim results",
		append([]string{"Brindle Dairies Group", "Interim results", "Brindle Dairies Group: record cheese sales lift margins"}, body...),
		[]learn.Role{H, K, S, B, B}, "Brindle Dairies Group: record cheese sales lift margins")
	check("label over the subject's title", "Osprey Rail doubles profit on new freight contracts",
		append([]string{"MEDIA RELEASE", "Unaudited interim results for the six months to 31 December 2025", "Osprey Rail doubles profit on new freight contracts"}, body...),
		[]learn.Role{K, H, H, B, B}, "Osprey Rail doubles profit on new freight contracts")
	check("title over a standfirst that repeats none of it", "Osprey Rail doubles profit",
		append([]string{"Osprey Rail doubles profit", "Freight contracts with three ports carry the half year"}, body...),
		[]learn.Role{H, S, B, B}, "Osprey Rail doubles profit")
}
