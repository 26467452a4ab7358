package desk

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"newsdesk/draft"
	"newsdesk/store"
)

// applyEdit saves f over the draft dr was read as, at f.Version. Body HTML
// passes the sanitiser again; tag changes are recorded as added/removed in
// the audit log, the signal the tagger learns from.
func (d *Desk) applyEdit(ctx context.Context, dr store.DeskDraft, f form, actor string) (int, error) {
	body := d.sanitize(f.BodyHTML)
	patch := map[string]any{
		"headline":    strings.TrimSpace(f.Headline),
		"subheadline": nilIfEmpty(strings.TrimSpace(f.Subheadline)),
		"body_html":   body,
		"body_text":   htmlText(body),
	}
	if f.Place != "" || f.Date != "" {
		patch["dateline"] = draft.Dateline{Place: strings.TrimSpace(f.Place), Date: strings.TrimSpace(f.Date)}
	} else {
		patch["dateline"] = nil
	}
	old := formOf(dr)
	detail := map[string]any{}
	for _, c := range []struct{ key, before, after string }{
		{"headline", old.Headline, f.Headline}, {"subheadline", old.Subheadline, f.Subheadline},
		{"dateline", old.Place + "|" + old.Date, f.Place + "|" + f.Date}, {"body", old.BodyHTML, body},
	} {
		if strings.TrimSpace(c.before) != strings.TrimSpace(c.after) {
			detail[c.key] = "changed"
		}
	}
	tags := []struct {
		key         string
		before, now []string
	}{
		{"topics", splitList(old.Topics), splitList(f.Topics)},
		{"people", dr.People, splitList(f.People)},
		{"organisations", dr.Organisations, splitList(f.Organisations)},
		{"places", dr.Places, splitList(f.Places)},
	}
	for _, t := range tags {
		added, removed := diffLists(t.before, t.now)
		if len(added)+len(removed) > 0 {
			detail[t.key] = map[string]any{"added": added, "removed": removed}
		}
		if t.key != "topics" {
			patch[t.key] = t.now
		}
	}
	patch["topics"] = editTopics(dr.Topics, splitList(f.Topics))
	version, err := d.st.Edit(ctx, dr.ID, f.Version, actor, strings.TrimSpace(f.Headline), patch, detail)
	if err != nil {
		return 0, err
	}
	// Each topic added or removed is also the tagger's learning signal
	// (tag_edits), which keeps draft_topics in step with the document.
	added, removed := diffLists(splitList(old.Topics), splitList(f.Topics))
	for _, e := range []struct {
		action string
		codes  []string
	}{{store.TagAdd, added}, {store.TagRemove, removed}} {
		for _, code := range e.codes {
			if err := d.st.RecordTagEdit(ctx, dr.ID, code, e.action, actor); err != nil {
				return version, fmt.Errorf("desk: draft %d saved, but not its tag edit: %w", dr.ID, err)
			}
		}
	}
	return version, nil
}

// editTopics keeps the tagger's entry for every code still there and adds
// the editor's new codes.
func editTopics(had []store.Topic, codes []string) []store.Topic {
	out := []store.Topic{}
	for _, c := range codes {
		i := slices.IndexFunc(had, func(t store.Topic) bool { return t.Code == c })
		if i >= 0 {
			out = append(out, had[i])
		} else {
			out = append(out, store.Topic{Code: c, Score: 1, Source: "editor"})
		}
	}
	return out
}

func diffLists(before, after []string) (added, removed []string) {
	added, removed = []string{}, []string{}
	for _, a := range after {
		if !slices.Contains(before, a) {
			added = append(added, a)
		}
	}
	for _, b := range before {
		if !slices.Contains(after, b) {
			removed = append(removed, b)
		}
	}
	return added, removed
}

func splitList(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func joinList(s []string) string { return strings.Join(s, ", ") }

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// blockEnds are the elements after which body_text starts a new paragraph.
var blockEnds = map[string]bool{"p": true, "h2": true, "h3": true, "h4": true, "li": true, "blockquote": true, "tr": true, "table": true, "ul": true, "ol": true}

// htmlText is the plain text of sanitised body HTML: paragraphs apart by
// a blank line, the way the normaliser writes body_text.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(collapseBlank(b.String()))
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); string(name) == "br" {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); blockEnds[string(name)] {
				b.WriteString("\n\n")
			} else if string(name) == "td" || string(name) == "th" {
				b.WriteByte('\t')
			}
		}
	}
}

func collapseBlank(s string) string {
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}
