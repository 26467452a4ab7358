package tag

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:generate go run ./internal/gentopics -in ../../../shared/iptc/mediatopics.tsv -out data/mediatopics.tsv

// mediatopicsTSV holds the active IPTC Media Topics (CC BY 4.0, © IPTC);
// see NOTICE. Retired concepts are not in it, so they cannot be assigned.
//
//go:embed data/mediatopics.tsv
var mediatopicsTSV string

// Languages of the vocabulary's labels, in the table's column order.
var labelLangs = [...]string{"en", "fr", "de", "es", "pt", "sv", "da", "ar", "zh"}

// Concept is one IPTC Media Topic.
type Concept struct {
	Code   string            // "20000599", without the "medtop:" prefix
	Parent string            // "" for the 17 top-level topics
	Labels map[string]string // language → preferred label
}

// Vocabulary is the IPTC Media Topics hierarchy.
type Vocabulary struct {
	concepts map[string]*Concept
}

// QCode is the code as drafts and the corpus write it.
func QCode(code string) string { return "medtop:" + code }

// LoadVocabulary parses the embedded table.
func LoadVocabulary() (*Vocabulary, error) {
	v := &Vocabulary{concepts: map[string]*Concept{}}
	for n, line := range strings.Split(mediatopicsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2+len(labelLangs) {
			return nil, fmt.Errorf("tag: mediatopics line %d: %d fields", n+1, len(f))
		}
		c := &Concept{Code: f[0], Parent: f[1], Labels: map[string]string{}}
		for i, l := range labelLangs {
			if f[2+i] != "" {
				c.Labels[l] = f[2+i]
			}
		}
		v.concepts[c.Code] = c
	}
	for _, c := range v.concepts {
		if c.Parent != "" && v.concepts[c.Parent] == nil {
			return nil, fmt.Errorf("tag: mediatopics: %s has unknown parent %s", c.Code, c.Parent)
		}
	}
	return v, nil
}

// Concept returns an active concept by code ("medtop:" prefix optional).
func (v *Vocabulary) Concept(code string) (*Concept, bool) {
	c, ok := v.concepts[strings.TrimPrefix(code, "medtop:")]
	return c, ok
}

// Len is the number of active concepts.
func (v *Vocabulary) Len() int { return len(v.concepts) }

// Label is the concept's label in lang, else English.
func (c *Concept) Label(lang string) string {
	if l, ok := c.Labels[lang]; ok {
		return l
	}
	return c.Labels["en"]
}

// Ancestors lists the codes above code, nearest first.
func (v *Vocabulary) Ancestors(code string) []string {
	var out []string
	c, ok := v.Concept(code)
	for ok && c.Parent != "" {
		out = append(out, c.Parent)
		c, ok = v.concepts[c.Parent]
	}
	return out
}

// Narrower lists the codes under code, at every depth, as drafts write
// them ("medtop:…"); nil for a leaf or an unknown code.
func (v *Vocabulary) Narrower(code string) []string {
	code = strings.TrimPrefix(code, "medtop:")
	var out []string
	for c := range v.concepts {
		if c != code && slices.Contains(v.Ancestors(c), code) {
			out = append(out, QCode(c))
		}
	}
	slices.Sort(out)
	return out
}

// TopLevel is the top-level concept above code (code itself when it is one).
func (v *Vocabulary) TopLevel(code string) string {
	code = strings.TrimPrefix(code, "medtop:")
	// Ancestors' walk, without building the list: taggers ask for every code.
	c, ok := v.Concept(code)
	for ok && c.Parent != "" {
		code = c.Parent
		c, ok = v.concepts[code]
	}
	return code
}
