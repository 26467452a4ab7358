package normalise

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment"
)

// deptTailIndex must answer as deptTail itself: names built from
// department words, linking words, ordinary words and the white space
// the pattern's \s does and does not take.
func TestDeptTailIndexSameAsPattern(t *testing.T) {
	words := []string{"Press", "Office", "of", "the", "Ministry", "Defence", "service", "de", "presse",
		"Public", "Affairs", "relations", "&", "Media", "Centre", "Пресс-служба", "отдел", "Kommunikationsabteilung",
		"Harbour", "Board", "für", "Presse", "desk", "Unit", "Acme", "GmbH", "news", "PR"}
	spaces := []string{" ", "  ", "\t", "\n", "\u00a0", " \r\n"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		if r.IntN(4) == 0 {
			b.WriteString(spaces[r.IntN(len(spaces))])
		}
		for i, n := 0, 1+r.IntN(8); i < n; i++ {
			if i > 0 {
				b.WriteString(spaces[r.IntN(len(spaces))])
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		if r.IntN(4) == 0 {
			b.WriteString(spaces[r.IntN(len(spaces))])
		}
		s := b.String()
		if got, want := deptTailIndex(s), deptTail.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("deptTailIndex(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkStripDept: contact lines as most are, ending in a name, a
// number or a person, and lines that end in a department.
func BenchmarkStripDept(b *testing.B) {
	for name, lines := range map[string][]string{
		"plain": {"Ministry of Defence of the Republic of Estonia", "Tel. +372 717 0000, mobile +372 5555 0000",
			"Maria Tamm, Head of Media Relations at the Joint Headquarters", "Presse- und Informationszentrum des Heeres"},
		"dept": {"Ministry of Defence, Public Affairs Department", "Harbourline Shipping - Press Office"},
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for _, l := range lines {
					stripDept(l)
				}
			}
		})
	}
}

// TestBaseFormNotBeforeDepartment: a form that opens a line before a
// press word is governed by it ("Põhjaranniku Ameti pressiesindaja"), no
// base form of the name (invented names).
func TestBaseFormNotBeforeDepartment(t *testing.T) {
	s := segment.Segments{
		Body:    []block.Block{{Lines: []string{"Täna teatas amet uuest kaabliprojektist."}}},
		Trailer: []block.Block{{Lines: []string{"Lisainfo:", "Mari Maasikas", "Rannikuametiga pressiesindaja", "+372 555 0000"}}},
	}
	if got := baseForm("Rannikuamet", s, "<press@rannikuamet.example>"); got != "Rannikuamet" {
		t.Errorf("baseForm = %q, want Rannikuamet", got)
	}
}
