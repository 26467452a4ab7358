package normalise

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment"
	"newsdesk/svctest"
)

var reviewDOdd = []string{
	"", " ", "\n", ":", "@", "-", "–", "—", "(", ")", "«", "„", "\"",
	"İSTANBUL İl Basın Müdürlüğü", "ẞTRASSE GmbH", "ΛΙΜΕΝΙΚΟ ΣΩΜΑ", "Λιμενικό Σώμα – Ελληνική Ακτοφυλακή", "ς", "\xff\xfe", "a\x00b",
	"للقوات", "والقوات المسلحة", "بال", "وال", "ف", "أعلنت وزارة الداخلية", "وقّعت شركة ", "משטרת ישראל עצרה",
	"O Hucie Stalowa Wola", "Huta Stalowa Wola S.A. produkuje", "Acme Sp. z o.o.", "Badan Meteorologi, Klimatologi, dan Geofisika",
	"Công ty Cổ phần đã", "भारतीय तटरक्षक बल ने ", "กองทัพเรือ รับมอบ", "การ ", "주식회사 대양조선은", "De gemeente Rotterdam",
	"Le ministère des Armées", "NATO", "&&", "DE&S", "ǅ", strings.Repeat("A", 9), strings.Repeat("é ", 300), strings.Repeat("–", 200),
	"REPUBLIKA HRVATSKA", "Government of India", "Company release", "Acme Oyj – Company release 5.5.2025",
}

// No reader of the issuer may panic on odd text, in any place of the
// email.
func TestReviewDIssuerOddInputsNoPanicSweep(t *testing.T) {
	svctest.Sweep(t)
	for _, a := range reviewDOdd {
		for _, b := range reviewDOdd {
			s := a + b
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic on %q + %q: %v", a, b, r)
					}
				}()
				isAcronym(s)
				fold(s)
				foldWords(strings.Fields(s))
				declinedName(a, b)
				opening(s)
				withoutHarakat(s)
				cleanOrg(s)
				ledeName(s, func() string { return a }, b)
				bs := []block.Block{{Lines: []string{a, b}}, {Lines: []string{s}}, {Lines: []string{b}}}
				in := &issuerText{text: s, lower: strings.ToLower(s), prose: bs, name: a, addr: b, words: strings.Fields(s), folded: foldWords(strings.Fields(s)), trailer: b, pre: bs}
				letterhead(bs, in)
				dashedName(a, bs, in)
				echoes(s, in)
				aboutName(bs)
				officeOwner(bs)
				domainName("press@"+strings.ReplaceAll(b, " ", "")+".example", in.words, bs)
				segs := segment.Segments{Pre: bs, Headline: s, Body: bs, Trailer: bs}
				cs := issuerCandidates(segs, release{}, in)
				if len(cs) > 0 {
					normaliseCandidates(cs, segs, in)
				}
			}()
		}
	}
}
