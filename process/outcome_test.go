package process

import (
	"testing"

	"newsdesk/process/normalise"
	"newsdesk/store"
)

// The worker stores a normaliser outcome as the store's status of the
// same name: the two lists must not drift apart.
func TestOutcomesAreStoreStatuses(t *testing.T) {
	want := map[normalise.Outcome]store.Status{normalise.Drafted: store.Drafted, normalise.Rejected: store.Rejected, normalise.Failed: store.Failed}
	for o, s := range want {
		if store.Status(o) != s {
			t.Errorf("outcome %q stored as %q, want %q", o, store.Status(o), s)
		}
	}
	if r := normalise.Evaluate([]byte("no header here\n")); store.Status(r.Outcome) != store.Rejected {
		t.Errorf("outcome %q", r.Outcome)
	}
}
