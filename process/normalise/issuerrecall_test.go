package normalise

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/process/normalise/clean"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/segment"
)

// TestIssuerRecall measures, for every source of issuer candidates, how
// often it names the labelled issuer on the training emails and the tune
// part of the blind probes (never the held-out part, never test): the
// ranking can only pick a name some source collected. It is a
// measurement, run on request: ISSUER_RECALL=1 go test -run
// TestIssuerRecall -v ./process/normalise (ISSUER_RECALL=2 lists the
// cases no source names).
func TestIssuerRecall(t *testing.T) {
	mode := os.Getenv("ISSUER_RECALL")
	if mode == "" {
		t.Skip("a measurement: set ISSUER_RECALL=1")
	}
	type labelled struct{ split, id, want string }
	var cases []struct {
		labelled
		raw []byte
	}
	files, _ := filepath.Glob("../../testdata/genre/train/*.expected.json")
	for _, f := range files {
		var exp struct {
			Kind   string  `json:"kind"`
			Issuer *string `json:"issuer"`
		}
		js, err := os.ReadFile(f)
		if err != nil || json.Unmarshal(js, &exp) != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if exp.Kind != "press_release" || exp.Issuer == nil {
			continue
		}
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".expected.json") + ".eml")
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct {
			labelled
			raw []byte
		}{labelled{"train", filepath.Base(strings.TrimSuffix(f, ".expected.json")), *exp.Issuer}, raw})
	}
	for _, f := range blindParts[0].files {
		for _, p := range readBlindProbes(t, f) {
			cases = append(cases, struct {
				labelled
				raw []byte
			}{labelled{"probes", p.ID, p.Want}, p.mail()})
		}
	}
	same := func(a, b string) bool {
		r := strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)
		return strings.EqualFold(r.Replace(norm.NFC.String(clean.Line(a))), r.Replace(norm.NFC.String(b)))
	}
	type tally struct{ named, right, only int }
	for _, split := range []string{"train", "probes"} {
		per := map[string]*tally{}
		anyRight, final, total := 0, 0, 0
		var missed []string
		for _, c := range cases {
			if c.split != split {
				continue
			}
			total++
			s, rel := segmentedRelease(t, c.raw)
			in := readIssuerText(s, rel)
			cs := issuerCandidates(s, rel, in)
			normaliseCandidates(cs, s, in)
			// A candidate is right when, chosen, it would be finished
			// into the labelled name.
			hit := map[string]bool{}
			var got []string
			for _, cd := range cs {
				if per[cd.source] == nil {
					per[cd.source] = &tally{}
				}
				per[cd.source].named++
				if same(finishIssuer(cd.name, cs, s, rel, in), c.want) {
					hit[cd.source] = true
				}
				got = append(got, cd.source+"="+cd.name)
			}
			for src := range hit {
				per[src].right++
				if len(hit) == 1 {
					per[src].only++
				}
			}
			if len(hit) > 0 {
				anyRight++
			} else {
				missed = append(missed, c.id+": want "+c.want+" | "+strings.Join(got, "; "))
			}
			if chosen := finishIssuer(rankIssuer(cs, s, in), cs, s, rel, in); same(chosen, c.want) {
				final++
			} else if len(hit) > 0 {
				missed = append(missed, c.id+": ranked "+chosen+" over "+c.want+" | "+strings.Join(got, "; "))
			}
		}
		var srcs []string
		for src := range per {
			srcs = append(srcs, src)
		}
		sort.Strings(srcs)
		t.Logf("%s: %d cases, some candidate right %d, chosen right %d", split, total, anyRight, final)
		for _, src := range srcs {
			p := per[src]
			t.Logf("  %-10s named %3d  right %3d  (only source right: %d)", src, p.named, p.right, p.only)
		}
		if mode == "2" {
			for _, m := range missed {
				t.Logf("  miss %s", m)
			}
		}
	}
}

// segmentedRelease reads a raw email as Inspect does, up to its segments.
func segmentedRelease(t *testing.T, raw []byte) (segment.Segments, release) {
	t.Helper()
	w := &mime.Walker{}
	c, err := w.ReadMessage(raw, 0)
	if err != nil {
		t.Fatal(err)
	}
	sent := c.Date(nil)
	rel := chooseRelease(c, sent, w)
	dls := rel.datelines
	if ref := rel.from.Date(sent); dls == nil || !dls.Reads(ref) {
		dls = segment.ReadDatelines(rel.blocks, ref)
	}
	return segment.Segment(dls, rel.from.Subject()), rel
}

// BenchmarkIssuer is the issuer alone on the training emails' segments,
// the part of BenchmarkInspect this file's code costs.
func BenchmarkIssuer(b *testing.B) {
	t := &testing.T{}
	var segs []segment.Segments
	var rels []release
	for _, c := range genreTrain(b) {
		s, rel := segmentedRelease(t, c.raw)
		segs, rels = append(segs, s), append(rels, rel)
	}
	b.ResetTimer()
	for b.Loop() {
		for i := range segs {
			issuer(segs[i], rels[i])
		}
	}
}
