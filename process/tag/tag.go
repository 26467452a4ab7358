// Package tag turns a normalised draft into tags: IPTC Media Topics (in
// the corpus form: most specific codes plus their top-level ancestor,
// see corpusForm; Vocabulary gives the levels between),
// people, organisations and places, and a fingerprint for near-duplicate
// and revision lookups. It is pure: everything it needs is embedded, and
// it never touches the store or the queue.
package tag

import (
	"strings"

	"newsdesk/draft"
	"newsdesk/process/tag/learn"
)

// Tagger holds the embedded tables, parsed once; it is safe for
// concurrent use.
type Tagger struct {
	vocab  *Vocabulary
	topics *topicIndex
	geo    *gazetteer
	forms  nameForms    // the known bodies' names, for their case forms
	learnt *learn.Model // learnt from the labelled corpus; nil: rules only
	codes  []learntCode // learnt's codes, in its order
	model  *Model       // editors' corrections, nil until one is trained
}

// New parses the embedded tables.
func New() (*Tagger, error) {
	v, err := LoadVocabulary()
	if err != nil {
		return nil, err
	}
	geo, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	geo.common = map[string]bool{}
	for _, c := range v.concepts {
		for _, w := range strings.Fields(strings.ToLower(c.Labels["en"])) {
			geo.common[strings.Trim(w, ",()")] = true
		}
	}
	for _, list := range curatedTopics {
		for _, c := range list {
			geo.common[c.text] = true
		}
	}
	t := &Tagger{vocab: v, topics: newTopicIndex(v), geo: geo, forms: newNameForms(geo)}
	if m := learn.Default(); len(m.Codes) > 0 {
		t.setLearnt(m)
	}
	return t, nil
}

// WithLearnt returns a tagger that picks topics with m (nil: by the rules
// alone) instead of the embedded corpus model: for training and
// cross-validation.
func (t *Tagger) WithLearnt(m *learn.Model) *Tagger {
	c := *t
	c.setLearnt(m)
	return &c
}

// WithModel returns a tagger that blends the model's suggestions with
// the rules; m may be nil.
func (t *Tagger) WithModel(m *Model) *Tagger {
	c := *t
	c.model = m
	return &c
}

// Vocabulary is the IPTC vocabulary the tagger assigns from.
func (t *Tagger) Vocabulary() *Vocabulary { return t.vocab }

// Tag computes the draft's topics and entities. Only press releases are
// tagged: an auto-reply has no story.
func (t *Tagger) Tag(d *draft.Draft) draft.Tags {
	if d == nil || d.Kind != draft.PressRelease {
		return draft.Tags{}
	}
	text := storyText(d)
	topics := t.topicsOf(d, text)
	ents := t.entities(d, text)
	return draft.Tags{Topics: topics, People: ents.people, Organisations: ents.orgs, Places: ents.places}
}

// Topics computes the draft's IPTC topics alone.
func (t *Tagger) Topics(d *draft.Draft) []draft.Topic {
	if d == nil || d.Kind != draft.PressRelease {
		return nil
	}
	return t.topicsOf(d, storyText(d))
}

func (t *Tagger) topicsOf(d *draft.Draft, text string) []draft.Topic {
	ht, bt := tokens(d.Headline), tokens(text)
	raw := t.topics.scoreTopics(ht, bt)
	var topics []draft.Topic
	if t.learnt != nil {
		topics = t.learntTopics(t.learnt, d, t.topicFeatures(d, ht, bt, raw))
	} else {
		topics = selectTopics(t.vocab, raw, d.Language)
	}
	if t.model != nil {
		topics = t.model.blend(t.vocab, topics, d.Headline+"\n"+text, d.Language)
	}
	return topics
}

// storyText is what the tags are about: standfirst and body. Contacts and
// boilerplate are already cut from the body by the normaliser; a covering
// note is not the story.
func storyText(d *draft.Draft) string {
	var b strings.Builder
	if d.Subheadline != nil {
		b.WriteString(*d.Subheadline)
		b.WriteString("\n\n")
	}
	b.WriteString(d.BodyText)
	return b.String()
}
