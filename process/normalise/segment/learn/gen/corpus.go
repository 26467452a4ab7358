package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"newsdesk/process/normalise"
	"newsdesk/process/normalise/segment"
	"newsdesk/process/normalise/segment/learn"
)

// brief is the part of a genre brief (testdata/genre/README.md) that says
// which text plays which role.
type brief struct {
	ID      string `json:"id"`
	Split   string `json:"split"`
	Kind    string `json:"kind"`
	Wrapper *struct {
		Text []string `json:"text"`
	} `json:"wrapper"`
	CoverText []string `json:"cover_text"`
	Release   *release `json:"release"`
}

// release is a brief's release, role by role.
type release struct {
	Letterhead  []string `json:"letterhead"`
	Kicker      []string `json:"kicker"`
	EmbargoLine *string  `json:"embargo_line"`
	Headline    string   `json:"headline"`
	Subheadline *string  `json:"subheadline"`
	Dateline    *string  `json:"dateline"`
	Paragraphs  []string `json:"paragraphs"`
	EndMarker   *string  `json:"end_marker"`
	Boilerplate []string `json:"boilerplate"`
	Contacts    []string `json:"contacts"`
	Signature   []string `json:"signature"`
	Footer      []string `json:"footer"`
}

// Stats says how much of the corpus the gold labels cover.
type Stats struct {
	Emails, Blocks, Aligned, Skipped int
}

// Load reads every train-split press release of dir (briefs under
// dir/briefs, emails under dir/train) and labels its blocks from its brief.
// A non-empty without leaves out the emails whose id starts with it: one
// writer's mail, to measure the model on a writer it has not seen.
func Load(dir, without string) ([]learn.Sequence, Stats, error) {
	var st Stats
	files, err := filepath.Glob(filepath.Join(dir, "briefs", "*", "*.json"))
	if err != nil {
		return nil, st, fmt.Errorf("gen: %w", err)
	}
	sort.Strings(files)
	var seqs []learn.Sequence
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, st, fmt.Errorf("gen: %w", err)
		}
		var b brief
		if err := json.Unmarshal(data, &b); err != nil {
			return nil, st, fmt.Errorf("gen: %s: %w", f, err)
		}
		// Only train: the test split is for measuring.
		if b.Split != "train" || b.Kind != "press_release" || b.Release == nil ||
			without != "" && strings.HasPrefix(b.ID, without) {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, "train", b.ID+".eml"))
		if err != nil {
			return nil, st, fmt.Errorf("gen: %w", err)
		}
		rel, err := normalise.ReleaseBlocks(raw)
		if err != nil || len(rel.Blocks) == 0 {
			st.Skipped++
			continue
		}
		q := learn.Sequence{In: segment.Inputs(rel.Blocks, rel.Ref, rel.Subject)}
		parts := b.parts()
		for _, bl := range rel.Blocks {
			r := align(bl.Text(), parts)
			q.Gold = append(q.Gold, r)
			if r != learn.Other {
				st.Aligned++
			}
		}
		st.Emails++
		st.Blocks += len(q.Gold)
		seqs = append(seqs, q)
	}
	return seqs, st, nil
}

// Train fits the model and encodes it.
func Train(seqs []learn.Sequence) []byte {
	return learn.Train(seqs, epochs).Encode()
}

type part struct {
	role learn.Role
	text string // normalised
}

func (b brief) parts() []part {
	r := b.Release
	var out []part
	add := func(role learn.Role, ss ...string) {
		for _, s := range ss {
			if n := normal(s); n != "" {
				out = append(out, part{role, n})
			}
		}
	}
	if b.Wrapper != nil {
		add(learn.Note, b.Wrapper.Text...)
	}
	add(learn.Note, b.CoverText...)
	add(learn.Letterhead, r.Letterhead...)
	add(learn.Kicker, r.Kicker...)
	if r.EmbargoLine != nil {
		add(learn.Embargo, *r.EmbargoLine)
	}
	add(learn.Headline, r.Headline)
	if r.Subheadline != nil {
		add(learn.Subheadline, *r.Subheadline)
	}
	if r.Dateline != nil {
		add(learn.Dateline, *r.Dateline)
	}
	add(learn.Body, r.Paragraphs...)
	if r.EndMarker != nil {
		add(learn.End, *r.EndMarker)
	}
	add(learn.Boilerplate, r.Boilerplate...)
	add(learn.Contact, r.Contacts...)
	add(learn.Signature, r.Signature...)
	add(learn.Footer, r.Footer...)
	return out
}

// align gives a block the role of the brief text it shares most with: the
// block holds the text, or the text holds the block (a wrapped paragraph
// split in two). Ties go to the earlier role in the brief's order.
func align(block string, parts []part) learn.Role {
	bt := normal(block)
	if bt == "" {
		return learn.Other
	}
	pb := " " + bt + " "
	best, role := 0, learn.Other
	for _, p := range parts {
		score := 0
		switch {
		case strings.Contains(pb, " "+p.text+" "):
			score = len(p.text)
		case len(bt) >= 3 && strings.Contains(" "+p.text+" ", pb):
			score = len(bt)
		}
		if score > best {
			best, role = score, p.role
		}
	}
	return role
}

// normal keeps letters and digits, lower-cased, single-spaced: markup,
// bullets and quoting differ between the brief and the rendered email. A
// text of symbols only ("###", "* * *") keeps them, without spaces.
func normal(s string) string {
	n := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
	if n == "" {
		n = strings.Join(strings.Fields(s), "")
	}
	return n
}
