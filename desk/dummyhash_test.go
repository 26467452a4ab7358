package desk

import (
	"testing"

	"github.com/alexedwards/argon2id"
)

// TestDummyHashMatchesRealHashes: the hash an unknown user's password is
// checked against costs what a real check costs, so it must carry the
// parameters hashPassword uses.
func TestDummyHashMatchesRealHashes(t *testing.T) {
	got, _, _, err := argon2id.DecodeHash(dummyHash)
	if err != nil {
		t.Fatal(err)
	}
	want := argon2id.DefaultParams
	if got.Memory != want.Memory || got.Iterations != want.Iterations || got.Parallelism != want.Parallelism || got.KeyLength != want.KeyLength || got.SaltLength != want.SaltLength {
		t.Errorf("dummy hash params %+v, hashPassword uses %+v", *got, *want)
	}
}
