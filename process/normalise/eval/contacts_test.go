package eval

import (
	"testing"

	"newsdesk/draft"
)

func TestSameContacts(t *testing.T) {
	s := func(v string) *string { return &v }
	ann := draft.Contact{Name: s("Ann Lee"), Email: s("ann@x.example"), Phone: s("+44 20 5555 0101")}
	bob := draft.Contact{Name: s("Bob Ray"), Email: s("bob@x.example")}
	for _, tc := range []struct {
		name      string
		got, want []draft.Contact
		same      bool
	}{
		{"another order", []draft.Contact{bob, ann}, []draft.Contact{ann, bob}, true},
		{"case of name and address, phone spacing", []draft.Contact{{Name: s("ANN LEE"), Email: s("Ann@X.example"), Phone: s("+44 (20) 5555-0101")}}, []draft.Contact{ann}, true},
		{"one missing", []draft.Contact{ann}, []draft.Contact{ann, bob}, false},
		{"the same one twice", []draft.Contact{ann, ann}, []draft.Contact{ann, bob}, false},
		{"other phone", []draft.Contact{{Name: s("Ann Lee"), Email: s("ann@x.example"), Phone: s("+44 20 5555 0102")}}, []draft.Contact{ann}, false},
	} {
		if got := sameContacts(tc.got, tc.want); got != tc.same {
			t.Errorf("%s: sameContacts = %v", tc.name, got)
		}
	}
}
