package normalise

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// blindProbe is one short release a writer who never saw the code
// labelled with its issuer (testdata/issuerblind).
type blindProbe struct {
	ID      string   `json:"id"`
	Lang    string   `json:"lang"`
	From    string   `json:"from"`
	Subject string   `json:"subject"`
	Text    []string `json:"text"`
	Want    string   `json:"want"`
	Notes   string   `json:"notes"`
}

// blindParts: the files rules may be tuned on, and those held out to
// measure mail nobody tuned on. Each part fails below its floor, the
// count it passed when the floor was last raised.
var blindParts = []struct {
	name  string
	files []string
	floor int
	// heldOut: its misses are never printed, only its total, so
	// nobody tunes a rule to one of them.
	heldOut bool
}{
	{"tune", []string{"i01", "i02", "i03", "i04", "i05"}, 84, false},
	{"held-out", []string{"i06", "i07", "i08"}, 32, true}, // 32 on q-issuer6's labeller; 31 after the merged retrain; 32 with the Baltic and other press units (issuer9)
}

// TestIssuerBlindProbes measures the blind writer's probes, each made
// into an email as plainRelease makes one, with its subject.
func TestIssuerBlindProbes(t *testing.T) {
	for _, part := range blindParts {
		pass, total := 0, 0
		for _, f := range part.files {
			probes := readBlindProbes(t, f)
			filePass := 0
			for _, p := range probes {
				d, err := Inspect(p.mail())
				if err != nil {
					t.Fatalf("%s: %v", p.ID, err)
				}
				if d.Issuer == p.Want {
					filePass++
				} else if !part.heldOut {
					t.Logf("%s (%s): issuer %q, want %q", p.ID, p.Lang, d.Issuer, p.Want)
				}
			}
			t.Logf("%s %s: %d/%d", part.name, f, filePass, len(probes))
			pass += filePass
			total += len(probes)
		}
		t.Logf("%s: %d/%d", part.name, pass, total)
		if pass < part.floor {
			t.Errorf("%s: %d/%d, below its floor of %d", part.name, pass, total, part.floor)
		}
	}
}

func readBlindProbes(t *testing.T, file string) []blindProbe {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "issuerblind", file+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var probes []blindProbe
	if err := json.Unmarshal(raw, &probes); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return probes
}

// mail is the probe as a one-part text email; a paragraph's own line
// breaks stay line breaks.
func (p blindProbe) mail() []byte {
	paras := make([]string, len(p.Text))
	for i, t := range p.Text {
		paras[i] = strings.ReplaceAll(strings.ReplaceAll(t, "\r\n", "\n"), "\n", "\r\n")
	}
	return textMail(p.From, p.Subject, paras...)
}
