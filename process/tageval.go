package process

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise"
	"newsdesk/process/tag"
)

// TagReport is the tagger's quality on a directory of labelled emails.
type TagReport struct {
	Cases   int
	Scores  tag.Scores
	Stories tag.Counts // duplicate_of / revision_of pairs
	Misses  []string   // "case: field -missing +extra"
}

// Targets from the issue; reported, not enforced (see docs/ARCHITECTURE.md).
var tagTargets = []struct {
	name   string
	target float64
	get    func(r TagReport) tag.Counts
}{
	{"top-level topics", 0.85, func(r TagReport) tag.Counts { return r.Scores.TopLevel }},
	{"all topics", 0.70, func(r TagReport) tag.Counts { return r.Scores.Topics }},
	{"people", 0.85, func(r TagReport) tag.Counts { return r.Scores.People }},
	{"organisations", 0.85, func(r TagReport) tag.Counts { return r.Scores.Organisations }},
	{"places", 0.85, func(r TagReport) tag.Counts { return r.Scores.Places }},
}

// MeasureTags tags every NAME.eml in dir that has a NAME.expected.json
// and scores topics and entities, and finds duplicates and revisions
// among the cases, each compared with the cases before it by name, as
// the worker compares a new draft with stored ones. The releases in the
// history directories count as stored before dir's (a test split's
// correction of a train split's release), unscored.
func MeasureTags(tg *tag.Tagger, dir string, history ...string) (TagReport, error) {
	var r TagReport
	type seen struct {
		name  string
		d     *draft.Draft
		print tag.Print
	}
	var earlier []seen
	for _, h := range history {
		old, err := filepath.Glob(filepath.Join(h, "*.eml"))
		if err != nil {
			return r, err
		}
		for _, f := range old {
			raw, err := os.ReadFile(f)
			if err != nil {
				return r, err
			}
			if d, err := normalise.Inspect(raw); err == nil && d.Kind == draft.PressRelease {
				earlier = append(earlier, seen{strings.TrimSuffix(filepath.Base(f), ".eml"), d, tag.Fingerprint(d)})
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		return r, err
	}
	for _, f := range files {
		exp, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".expected.json")
		if err != nil {
			continue
		}
		var want struct {
			tag.Labels
			DuplicateOf *string `json:"duplicate_of"`
			RevisionOf  *string `json:"revision_of"`
		}
		if err := json.Unmarshal(exp, &want); err != nil {
			return r, fmt.Errorf("process: %s: %w", f, err)
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return r, err
		}
		d, err := normalise.Inspect(raw)
		if err != nil {
			d = &draft.Draft{}
		}
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		got := tg.Tag(d)
		r.Cases++
		r.Scores = r.Scores.Add(tag.Score(tg.Vocabulary(), want.Labels, got))
		r.Misses = append(r.Misses, misses(name, want.Labels, got)...)
		if d.Kind != draft.PressRelease {
			continue
		}
		p := tag.Fingerprint(d)
		var cands []tag.Candidate
		for i, e := range earlier {
			if shareBand(p.Bands, e.print.Bands) {
				cands = append(cands, tag.Candidate{ID: int64(i), Draft: e.d, MinHash: e.print.MinHash})
			}
		}
		rel := tag.Relate(d, p, cands)
		var gotRel, wantRel string
		if rel.Kind != tag.RelNone {
			gotRel = rel.Kind + " of " + earlier[rel.Of].name
		}
		if want.DuplicateOf != nil {
			wantRel = tag.RelDuplicate + " of " + *want.DuplicateOf
		}
		if want.RevisionOf != nil {
			wantRel = tag.RelRevision + " of " + *want.RevisionOf
		}
		r.Stories = r.Stories.Add(compareRelation(wantRel, gotRel))
		if gotRel != wantRel {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: story got %q (similarity %.2f), want %q", name, gotRel, rel.Similarity, wantRel))
		}
		earlier = append(earlier, seen{name, d, p})
	}
	return r, nil
}

func compareRelation(want, got string) tag.Counts {
	switch {
	case got != "" && got == want:
		return tag.Counts{TP: 1}
	case got != "" && want != "":
		return tag.Counts{FP: 1, FN: 1}
	case got != "":
		return tag.Counts{FP: 1}
	case want != "":
		return tag.Counts{FN: 1}
	}
	return tag.Counts{}
}

func shareBand(a, b []int64) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func misses(name string, want tag.Labels, got draft.Tags) []string {
	codes := make([]string, len(got.Topics))
	for i, t := range got.Topics {
		codes[i] = t.Code
	}
	var out []string
	for _, f := range []struct {
		field     string
		want, got []string
	}{{"topics", want.Topics, codes}, {"people", want.People, got.People},
		{"organisations", want.Organisations, got.Organisations}, {"places", want.Places, got.Places}} {
		if d := diffNames(f.want, f.got); d != "" {
			out = append(out, fmt.Sprintf("%s: %s %s", name, f.field, d))
		}
	}
	return out
}

// diffNames lists what is missing (-) and extra (+), case-insensitively.
func diffNames(want, got []string) string {
	in := func(list []string, s string) bool {
		for _, x := range list {
			if strings.EqualFold(x, s) {
				return true
			}
		}
		return false
	}
	var out []string
	for _, w := range want {
		if !in(got, w) {
			out = append(out, "-"+w)
		}
	}
	for _, g := range got {
		if !in(want, g) {
			out = append(out, "+"+g)
		}
	}
	return strings.Join(out, " ")
}

// Write prints the report: micro-F1 per field against the issue's
// targets, precision and recall of duplicates and revisions, and with
// verbose every miss.
func (r TagReport) Write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "tags (%d cases)\n", r.Cases)
	for _, t := range tagTargets {
		c := t.get(r)
		mark := ""
		if c.F1() < t.target {
			mark = "  below target"
		}
		fmt.Fprintf(w, "  %-18s F1 %.3f  P %.3f  R %.3f  (target %.2f)%s\n", t.name, c.F1(), c.Precision(), c.Recall(), t.target, mark)
	}
	mark := ""
	if r.Stories.Precision() < 0.95 || r.Stories.Recall() < 0.95 {
		mark = "  below target"
	}
	fmt.Fprintf(w, "  %-18s P %.3f  R %.3f  (%d found, %d wrong, %d missed; target 0.95)%s\n", "duplicates+revisions",
		r.Stories.Precision(), r.Stories.Recall(), r.Stories.TP, r.Stories.FP, r.Stories.FN, mark)
	if verbose {
		for _, m := range r.Misses {
			fmt.Fprintf(w, "    %s\n", m)
		}
	}
}
