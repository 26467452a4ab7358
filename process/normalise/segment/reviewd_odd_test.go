package segment

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/svctest"
)

// reviewDOdd: strings that break index arithmetic: empty, lone marks,
// case changes that change byte lengths, broken UTF-8, lone labels.
var reviewDOdd = []string{
	"", " ", "\t", "\n", ":", "@", "-", "–", "(", ")", "[1]", "1. mailto:a@b.c", "[1]: mailto:x@y.z",
	"İSTANBUL İl Basın", "ẞTRASSE", "ΟΔΥΣΣΕΥΣ Σ", "ς", "ﬁ", "\xff\xfe", "a\x00b", "Tel.", "tel. 1", "ext. 12",
	"0000000", "+", "+1 (", "x@", "@x", "a@b.c", "a.b@c.d", "._-@x.y", "Müller, Anna", ", ", "Jo Reed,",
	"คุณ", "นางสาว", "ดร.", "（）", "（公关部经理）", "发言人", "Name | Role | Phone", "Nama\tJabatan\tTelepon",
	"From: a@b.c", "Sent: x", "Tlf. 22 33 44 55 kl. 08-16", "Jane Doe on 020 7946 0000 or John Roe on 020 7946 0001",
	"Die Pressestelle ist erreichbar unter 040 555 0101.", "nås", "Polisens presstjänst nås på 010-555 01 01.",
	"Press Office[1]", "Email the Press Office[1]", "דוברות אווירון – נועה לוי", "المكتب الإعلامي – ",
	"de afdeling", "afdeling", "office", "Oberst Dr.", "Dr.", "binti", "y", "Marta Ibáñez", strings.Repeat("A ", 300),
	strings.Repeat("é", 500), strings.Repeat("1", 40), strings.Repeat("[1]", 30),
}

func TestReviewDOddInputsNoPanicSweep(t *testing.T) {
	svctest.Sweep(t)
	for _, a := range reviewDOdd {
		for _, b := range reviewDOdd[:20] {
			s := a + b
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("panic on %q: %v", s, r)
					}
				}()
				personIn(s)
				personLike(s)
				contactName([]string{s}, s)
				contactName([]string{a, b})
				firstPhone([]string{s})
				columnTitles(s)
				eachPerson(s)
				cuedContacts(s)
				personalMailbox(s)
				mailHeaders([]string{a, b})
				mailboxOwner(s, []block.Block{{Lines: []string{a, b}}})
				mailboxOwner("anna.muller@x.example", []block.Block{{Lines: []string{s}}})
				bs := []block.Block{{Lines: []string{a}}, {Lines: []string{b}}, {Lines: []string{s}}, {Lines: []string{"1. mailto:press@x.example"}}}
				linked(bs)
				lineRuns(bs)
				Contacts(bs, nil)
			}()
		}
	}
}
