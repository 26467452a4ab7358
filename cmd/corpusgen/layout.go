package main

import "strings"

// Block roles, in the order a release is read.
const (
	roleNote        = "note"
	roleFwdHeader   = "fwdheader"
	roleLetterhead  = "letterhead"
	roleKicker      = "kicker"
	roleEmbargo     = "embargo"
	roleHeadline    = "headline"
	roleSubheadline = "subheadline"
	rolePara        = "para"
	roleItem        = "item"
	roleEnd         = "end"
	roleBoilerplate = "boilerplate"
	roleContact     = "contact"
	roleSignature   = "signature"
	roleMobile      = "mobile" // "Sent from my iPhone": a plain line, no signature markup
	roleFooter      = "footer"
)

// block is a unit of layout: one paragraph, or a group of lines that belong
// together (letterhead, contacts, signature) and are broken by line breaks.
type block struct {
	role  string
	lines []string
}

// layoutOptions say what goes where; they come from the brief and the seeded
// random source, so one brief always gives the same layout.
type layoutOptions struct {
	embargoBeforeKicker bool // "top" embargo above the kicker lines instead of below
	inDocument          bool // the layout is for a PDF/DOCX: no signature or footer
	inEmail             bool // embargo_position document_only hides the line from the email
}

// releaseBlocks lays a release out in reading order. The dateline is joined to
// the first paragraph with one space, as releases write it.
func releaseBlocks(r *Release, o layoutOptions) []block {
	var bs []block
	embargo := func(pos string) {
		if r.EmbargoLine == nil || r.EmbargoPosition != pos {
			return
		}
		bs = append(bs, block{roleEmbargo, []string{*r.EmbargoLine}})
	}
	if len(r.Letterhead) > 0 {
		bs = append(bs, block{roleLetterhead, r.Letterhead})
	}
	if o.embargoBeforeKicker {
		embargo("top")
	}
	for _, k := range r.Kicker {
		bs = append(bs, block{roleKicker, []string{k}})
	}
	if !o.embargoBeforeKicker {
		embargo("top")
	}
	if o.inDocument && !o.inEmail {
		embargo("document_only")
	}
	bs = append(bs, block{roleHeadline, []string{r.Headline}})
	if r.Subheadline != nil {
		bs = append(bs, block{roleSubheadline, []string{*r.Subheadline}})
	}
	embargo("after_headline")
	for i, p := range r.Paragraphs {
		if i == 0 && r.Dateline != nil {
			p = *r.Dateline + " " + p
		}
		role := rolePara
		if strings.HasPrefix(p, "- ") {
			role = roleItem
		}
		bs = append(bs, block{role, []string{p}})
	}
	if r.EndMarker != nil {
		bs = append(bs, block{roleEnd, []string{*r.EndMarker}})
	}
	embargo("bottom")
	for _, p := range r.Boilerplate {
		bs = append(bs, block{roleBoilerplate, []string{p}})
	}
	if len(r.Contacts) > 0 {
		bs = append(bs, block{roleContact, r.Contacts})
	}
	if !o.inDocument {
		bs = append(bs, emailTail(r)...)
	}
	return bs
}

// emailTail is what belongs to the email rather than the release document.
func emailTail(r *Release) []block {
	var bs []block
	if len(r.Signature) > 0 {
		bs = append(bs, block{roleSignature, r.Signature})
	}
	if len(r.Footer) > 0 {
		bs = append(bs, block{roleFooter, r.Footer})
	}
	return bs
}

func paraBlocks(role string, ps []string) []block {
	bs := make([]block, 0, len(ps))
	for _, p := range ps {
		bs = append(bs, block{role, []string{p}})
	}
	return bs
}

// plainText renders blocks as a text/plain body: blank lines between blocks.
func plainText(bs []block) string {
	var sb strings.Builder
	for i, b := range bs {
		// List items follow one another without blank lines.
		if i > 0 && !(b.role == roleItem && bs[i-1].role == roleItem) {
			sb.WriteString("\n")
		}
		for _, l := range b.lines {
			sb.WriteString(l)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// flowed wraps text as RFC 3676 format=flowed: soft breaks end in a space,
// lines that start with a space, ">" or "From " are space-stuffed.
func flowed(text string, width int) string {
	var sb strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		for _, l := range wrapWords(line, width, true) {
			if strings.HasPrefix(l, " ") || strings.HasPrefix(l, ">") || strings.HasPrefix(l, "From ") {
				l = " " + l
			}
			sb.WriteString(l)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// hardWrap breaks long lines at spaces, as old scripts and some gateways do.
func hardWrap(text string, width int) string {
	var sb strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		for _, l := range wrapWords(line, width, false) {
			sb.WriteString(l)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// wrapWords splits a line at spaces so that pieces stay within width
// (counted in runes); keepSpace leaves the space at the end of each piece.
func wrapWords(line string, width int, keepSpace bool) []string {
	if len([]rune(line)) <= width || !strings.Contains(line, " ") {
		return []string{line}
	}
	var out []string
	words := strings.SplitAfter(line, " ")
	cur := ""
	for _, w := range words {
		if cur != "" && len([]rune(cur+strings.TrimRight(w, " "))) > width {
			if !keepSpace {
				cur = strings.TrimRight(cur, " ")
			}
			out = append(out, cur)
			cur = ""
		}
		cur += w
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}
