package main

import (
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"

	"newsdesk/process/tag"
)

// vocabulary is the IPTC Media Topics the topics are checked against: the
// tagger's embedded copy, active codes only.
var vocabulary = sync.OnceValue(func() *tag.Vocabulary {
	v, err := tag.LoadVocabulary()
	if err != nil {
		panic(err) // embedded data: a broken copy is a build defect
	}
	return v
})

// validateExpected checks the labels against the brief and its text.
func validateExpected(add func(string, string, ...any), b *Brief) {
	e := &b.Expected
	if e.Kind != b.Kind {
		add("expected.kind", "%q differs from kind %q", e.Kind, b.Kind)
	}
	if e.Language != b.Language {
		add("expected.language", "%q differs from language %q", e.Language, b.Language)
	}
	for _, t := range e.Topics {
		if !topicRe.MatchString(t) {
			add("expected.topics", "%q is not medtop:NNNNNNNN", t)
			continue
		}
		if _, ok := vocabulary().Concept(t); !ok {
			add("expected.topics", "%q is not an active IPTC Media Topic (retired or unknown)", t)
		} else if top := "medtop:" + vocabulary().TopLevel(t); !slices.Contains(e.Topics, top) {
			add("expected.topics", "%q needs its top-level code %s in the list too", t, top)
		}
	}
	if e.EmbargoUntil != nil {
		if t, err := time.Parse(time.RFC3339, *e.EmbargoUntil); err != nil || !strings.HasSuffix(*e.EmbargoUntil, "Z") || t.IsZero() {
			add("expected.embargo_until", "%q must be RFC 3339 in UTC (…Z)", *e.EmbargoUntil)
		}
	}
	if e.Dateline != nil && e.Dateline.Date != nil {
		if _, err := time.Parse(isoDate, *e.Dateline.Date); err != nil {
			add("expected.dateline.date", "%q is not YYYY-MM-DD", *e.Dateline.Date)
		}
	}
	if e.Attachments.Images < 0 || e.Attachments.Documents < 0 {
		add("expected.attachments", "negative count")
	}
	r := b.Release
	if r == nil {
		if e.Headline != nil || e.Dateline != nil || e.BodyStartsWith != nil || e.BodyEndsWith != nil {
			add("expected", "headline, dateline and body_* must be null for a non-release")
		}
		return
	}
	if e.Dateline != nil && r.Dateline == nil {
		add("expected.dateline", "present but release.dateline is null")
	}
	if e.Dateline == nil && r.Dateline != nil {
		add("expected.dateline", "null but release.dateline is %q", *r.Dateline)
	}
	if e.EmbargoUntil != nil && r.EmbargoLine == nil && r.EmbargoPosition != "subject_only" {
		add("expected.embargo_until", "set but the release has no embargo_line")
	}
	if len(r.Paragraphs) > 0 {
		if e.BodyStartsWith != nil && !strings.HasPrefix(cmpText(r.Paragraphs[0]), cmpText(*e.BodyStartsWith)) {
			add("expected.body_starts_with", "%q does not start paragraphs[0]", *e.BodyStartsWith)
		}
		if last := r.Paragraphs[len(r.Paragraphs)-1]; e.BodyEndsWith != nil && !strings.HasSuffix(cmpText(last), cmpText(*e.BodyEndsWith)) {
			add("expected.body_ends_with", "%q does not end the last paragraph", *e.BodyEndsWith)
		}
	}
	body := cmpText(strings.Join(r.Paragraphs, " "))
	for _, x := range e.BodyExcludes {
		if strings.Contains(body, cmpText(x)) {
			add("expected.body_excludes", "%q occurs in the paragraphs", x)
		}
	}
}

// cmpText normalises as the evaluation compares: NFC, straight quotes,
// collapsed white space.
func cmpText(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`).Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
