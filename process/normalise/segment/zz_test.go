package segment

import "testing"

func TestZZ(t *testing.T) {
	lines := []string{"media@vac-acc.example", "Media Relations", "Veterans Affairs Canada", "613-555-0115"}
	for _, l := range lines {
		r, o := stripLabel(l)
		t.Logf("%q -> %q %q person %q", l, r, o, personIn(r))
	}
	t.Log(contactName(lines))
}
