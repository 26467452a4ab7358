package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"newsdesk/draft"
	"newsdesk/process/normalise"
)

// Expected is what a careful editor extracted from one email: the
// NAME.expected.json of a corpus case (see testdata/corpus/README.md).
type Expected struct {
	Kind         draft.Kind      `json:"kind"`
	Headline     *string         `json:"headline"`
	Subheadline  *string         `json:"subheadline"`
	Dateline     *draft.Dateline `json:"dateline"`
	EmbargoUntil *time.Time      `json:"embargo_until"`
	EmbargoHold  bool            `json:"embargo_hold"`
	Language     string          `json:"language"`
	Issuer       *string         `json:"issuer"`
	Attachments  struct {
		Images    int `json:"images"`
		Documents int `json:"documents"`
	} `json:"attachments"`
	BodyStartsWith *string         `json:"body_starts_with"`
	BodyEndsWith   *string         `json:"body_ends_with"`
	BodyExcludes   []string        `json:"body_excludes"`
	Contacts       []draft.Contact `json:"contacts"`
}

// Accuracy holds, per field, how many cases were right out of how many
// the field applies to, and which cases were wrong.
type Accuracy struct {
	Dir    string // what was measured
	Cases  int    // labelled emails read
	Fields []*FieldScore
	// EmbargoMissed counts embargoed releases reported as free to publish:
	// the one mistake that must never happen.
	EmbargoMissed []string
}

// FieldScore is one field's tally.
type FieldScore struct {
	Name   string
	Right  int
	Total  int
	Wrong  []string // "case: got … want …"
	Target float64  // the share the corpus must reach, 0 if none
}

// Rate is the share of cases right, 1 when the field applied to none.
func (f *FieldScore) Rate() float64 {
	if f.Total == 0 {
		return 1
	}
	return float64(f.Right) / float64(f.Total)
}

// Field returns the named tally.
func (a *Accuracy) Field(name string) *FieldScore {
	for _, f := range a.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// MeasureDir runs Inspect over every NAME.eml in dir that has a
// NAME.expected.json beside it and scores each field.
func MeasureDir(dir string) (*Accuracy, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		return nil, fmt.Errorf("eval: measure: %w", err)
	}
	sort.Strings(files)
	a := newAccuracy()
	n := 0
	for _, f := range files {
		js, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".expected.json")
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("eval: measure: %w", err)
		}
		var want Expected
		if err := json.Unmarshal(js, &want); err != nil {
			return nil, fmt.Errorf("eval: measure %s: %w", f, err)
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("eval: measure: %w", err)
		}
		got, err := normalise.Inspect(raw)
		if err != nil {
			got = &draft.Draft{Kind: "rejected: " + draft.Kind(err.Error())}
		}
		a.score(strings.TrimSuffix(filepath.Base(f), ".eml"), got, &want)
		n++
	}
	a.Dir, a.Cases = dir, n
	if n == 0 {
		return nil, fmt.Errorf("eval: measure: no NAME.eml with NAME.expected.json in %s", dir)
	}
	return a, nil
}

// targets are the shares each field must reach on emails the rules were
// not tuned on (the table of the generalisation issue); every field has
// one. That table gives none for attachments: 95% is ours.
var targets = []struct {
	name   string
	target float64
}{{"kind", .98}, {"headline", .90}, {"subheadline", .85}, {"dateline", .85}, {"embargo", .97},
	{"body_start", .85}, {"body_end", .90}, {"body_excludes", .95}, {"contacts", .90}, {"language", .98},
	{"issuer", .80}, {"attachments", .95}}

func newAccuracy() *Accuracy {
	a := &Accuracy{}
	for _, f := range targets {
		a.Fields = append(a.Fields, &FieldScore{Name: f.name, Target: f.target})
	}
	return a
}

// Pass says whether every field reached its target and no embargoed
// release was reported as free to publish.
func (a *Accuracy) Pass() bool {
	for _, f := range a.Fields {
		if f.Rate() < f.Target {
			return false
		}
	}
	return len(a.EmbargoMissed) == 0
}

// report is the JSON form of an Accuracy, for scripts and CI.
type report struct {
	Dir           string        `json:"dir"`
	Cases         int           `json:"cases"`
	Fields        []fieldReport `json:"fields"`
	EmbargoMissed []string      `json:"embargo_missed"`
	Pass          bool          `json:"pass"`
}

type fieldReport struct {
	Name   string   `json:"name"`
	Right  int      `json:"right"`
	Total  int      `json:"total"`
	Rate   float64  `json:"rate"`
	Target float64  `json:"target"`
	Pass   bool     `json:"pass"`
	Wrong  []string `json:"wrong,omitempty"`
}

// WriteJSON prints the tally as one JSON object; verbose adds every
// wrong case.
func (a *Accuracy) WriteJSON(w io.Writer, verbose bool) error {
	r := report{Dir: a.Dir, Cases: a.Cases, EmbargoMissed: append([]string{}, a.EmbargoMissed...), Pass: a.Pass()}
	for _, f := range a.Fields {
		fr := fieldReport{Name: f.Name, Right: f.Right, Total: f.Total, Rate: f.Rate(), Target: f.Target, Pass: f.Rate() >= f.Target}
		if verbose {
			fr.Wrong = f.Wrong
		}
		r.Fields = append(r.Fields, fr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

func (a *Accuracy) check(field, name string, ok bool, got, want any) {
	f := a.Field(field)
	f.Total++
	if ok {
		f.Right++
		return
	}
	f.Wrong = append(f.Wrong, fmt.Sprintf("%s: got %s, want %s", name, show(got), show(want)))
}

func show(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func (a *Accuracy) score(name string, got *draft.Draft, want *Expected) {
	a.check("kind", name, got.Kind == want.Kind, got.Kind, want.Kind)
	if want.Language != "" {
		a.check("language", name, got.Language == want.Language, got.Language, want.Language)
	}
	if want.Kind != draft.PressRelease {
		return
	}
	body := comparable(got.BodyText)
	if want.Headline != nil {
		a.check("headline", name, comparable(got.Headline) == comparable(*want.Headline), got.Headline, *want.Headline)
	}
	a.check("subheadline", name, sameOptional(got.Subheadline, want.Subheadline), got.Subheadline, want.Subheadline)
	a.check("dateline", name, sameDateline(got.Dateline, want.Dateline), got.Dateline, want.Dateline)
	embargoOK := got.EmbargoHold == want.EmbargoHold && (got.EmbargoUntil == nil) == (want.EmbargoUntil == nil) &&
		(got.EmbargoUntil == nil || got.EmbargoUntil.Equal(*want.EmbargoUntil))
	a.check("embargo", name, embargoOK, []any{got.EmbargoUntil, got.EmbargoHold}, []any{want.EmbargoUntil, want.EmbargoHold})
	if (want.EmbargoUntil != nil || want.EmbargoHold) && got.EmbargoUntil == nil && !got.EmbargoHold {
		a.EmbargoMissed = append(a.EmbargoMissed, name)
	}
	if want.BodyStartsWith != nil {
		a.check("body_start", name, strings.HasPrefix(body, comparable(*want.BodyStartsWith)), prefix(body, 80), *want.BodyStartsWith)
	}
	if want.BodyEndsWith != nil {
		a.check("body_end", name, strings.HasSuffix(body, comparable(*want.BodyEndsWith)), suffix(body, 80), *want.BodyEndsWith)
	}
	// Phrases are text, compared with their case as the corpus README
	// says (only names go case-insensitively), as corpusgen validates
	// them: "Nigerian Air Force" in a story is not its footer's
	// "NIGERIAN AIR FORCE".
	var found []string
	all := body + " " + comparable(got.BodyHTML)
	for _, x := range want.BodyExcludes {
		if strings.Contains(all, comparable(x)) {
			found = append(found, x)
		}
	}
	a.check("body_excludes", name, len(found) == 0, found, []string{})
	a.check("contacts", name, sameContacts(got.Contacts, want.Contacts), got.Contacts, want.Contacts)
	var images, docs int
	for _, at := range got.Attachments {
		switch {
		case !at.InRelease:
		case at.Role == draft.RoleImage || at.Role == draft.RoleInline:
			images++
		case at.Role == draft.RoleDocument:
			docs++
		}
	}
	a.check("attachments", name, images == want.Attachments.Images && docs == want.Attachments.Documents,
		[]int{images, docs}, []int{want.Attachments.Images, want.Attachments.Documents})
	if want.Issuer != nil {
		a.check("issuer", name, strings.EqualFold(comparable(got.Issuer), comparable(*want.Issuer)), got.Issuer, *want.Issuer)
	}
}

var spaceRE = regexp.MustCompile(`[\s\p{Zs}]+`) // every white space, NBSP and the ideographic space too

// comparable applies the corpus README's comparison rules: NFC, collapsed
// white space, straight quotes.
func comparable(s string) string {
	s = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(norm.NFC.String(s))
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
}

func sameOptional(got, want *string) bool {
	if got == nil || want == nil {
		return got == nil && want == nil
	}
	return comparable(*got) == comparable(*want)
}

func sameDateline(got, want *draft.Dateline) bool {
	if got == nil || want == nil {
		return got == nil && want == nil
	}
	return strings.EqualFold(comparable(got.Place), comparable(want.Place)) && got.Date == want.Date
}

// sameContacts: the same contacts in any order (the corpus README lists
// media contacts without ranking them), each with the same address and
// name (any case) and the same phone digits.
func sameContacts(got, want []draft.Contact) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, g := range got {
			if !used[i] && sameContact(g, w) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func sameContact(g, w draft.Contact) bool {
	return strings.EqualFold(deref(g.Email), deref(w.Email)) && strings.EqualFold(comparable(deref(g.Name)), comparable(deref(w.Name))) &&
		digits(deref(g.Phone)) == digits(deref(w.Phone))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func prefix(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func suffix(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return "…" + string(r[len(r)-n:])
	}
	return s
}

// Write prints the tally as a table; verbose adds every wrong case.
func (a *Accuracy) Write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "%d cases in %s\n", a.Cases, a.Dir)
	fmt.Fprintf(w, "%-16s %7s %7s  %-7s %s\n", "field", "right", "rate", "target", "")
	for _, f := range a.Fields {
		verdict := "ok"
		if f.Rate() < f.Target {
			verdict = "BELOW"
		}
		fmt.Fprintf(w, "%-16s %3d/%-3d %6.1f%%  ≥ %3.0f%%  %s\n", f.Name, f.Right, f.Total, f.Rate()*100, f.Target*100, verdict)
	}
	fmt.Fprintf(w, "%-16s %7d          must be 0 %v\n", "embargo_missed", len(a.EmbargoMissed), a.EmbargoMissed)
	if !verbose {
		return
	}
	for _, f := range a.Fields {
		for _, x := range f.Wrong {
			fmt.Fprintf(w, "  %s  %s\n", f.Name, x)
		}
	}
}
