// Package learn labels the blocks of a release with their roles (kicker,
// headline, body, boilerplate, contact, ...) with an averaged perceptron
// over hand-designed features, decoded with Viterbi over role
// transitions. It knows nothing of the segmentation rules: the caller
// passes their verdicts in as cues, so segment may call learn, never back.
package learn

// Role is what a block is in a release.
type Role uint8

const (
	Other       Role = iota // unaligned: forward headers, captions, stray lines
	Letterhead              // the sender's name and address above the release
	Kicker                  // "PRESS RELEASE", "NEWS RELEASE | Defence"
	Note                    // covering words to the desk, correction notices
	Embargo                 // the embargo line
	Headline                // the release's own title
	Subheadline             // the standfirst under the title
	Dateline                // a dateline standing alone
	Body                    // the body proper, its first paragraph with its dateline
	End                     // "###", "-ends-"
	Boilerplate             // About, notes to editors, disclaimers
	Contact                 // media contacts
	Signature               // the sender's sign-off
	Footer                  // newsletter or legal footer
	NumRoles
)

// roleNames is a constant table: the names the weights file uses.
var roleNames = [NumRoles]string{"other", "letterhead", "kicker", "note", "embargo", "headline", "subheadline",
	"dateline", "body", "end", "boilerplate", "contact", "signature", "footer"}

func (r Role) String() string {
	if r < NumRoles {
		return roleNames[r]
	}
	return "?"
}

// ParseRole is String's inverse.
func ParseRole(s string) (Role, bool) {
	for i, n := range roleNames {
		if n == s {
			return Role(i), true
		}
	}
	return Other, false
}

// Trailing says a role belongs below the body.
func (r Role) Trailing() bool {
	return r == End || r == Boilerplate || r == Contact || r == Signature || r == Footer
}
