package process

import (
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A block is one paragraph-level unit of the email, whether it came from
// HTML or plain text: segmentation reads blocks, and the body's blocks
// become body_text and body_html.
type block struct {
	kind  blockKind
	lines []string // visible text, one entry per line (<br> or hard line)
	html  string   // inline markup for body_html; "" means escape the text
	hard  bool     // the lines are deliberate breaks (<br>), not wrapping
}

type blockKind int

const (
	para blockKind = iota
	heading
	item // a list item; consecutive items make one list
	quote
	table
)

// text is the block as one line of prose: hard-wrapped lines rejoined.
func (b block) text() string {
	return strings.Join(b.lines, " ")
}

// words counts the words of a block.
func (b block) words() int {
	n := 0
	for _, l := range b.lines {
		n += len(strings.Fields(l))
	}
	return n
}

var bullet = regexp.MustCompile(`^(?:[*•·▪◦‣\-–]|\d{1,2}[.)])\s+`)

// textBlocks splits plain text into paragraphs at blank lines. A
// paragraph whose every line starts with a bullet is a list.
func textBlocks(s string) []block {
	var out []block
	for _, p := range strings.Split(clean(s), "\n\n") {
		lines := strings.Split(p, "\n")
		if len(lines) == 0 || lines[0] == "" {
			continue
		}
		allBullets := true
		for _, l := range lines {
			if !bullet.MatchString(l) {
				allBullets = false
			}
		}
		if allBullets && (len(lines) > 1 || !numbered.MatchString(lines[0])) {
			for _, l := range lines {
				out = append(out, block{kind: item, lines: []string{bullet.ReplaceAllString(l, "")}})
			}
			continue
		}
		if unwrapped(lines) {
			// One paragraph per line: the sender's client dropped the blank
			// lines (Outlook's text part), it did not wrap the text.
			for _, l := range lines {
				out = append(out, block{kind: para, lines: []string{l}})
			}
			continue
		}
		out = append(out, block{kind: para, lines: lines})
	}
	return out
}

// unwrapped says a block's lines were never wrapped: several of them run
// far past any wrapping width.
func unwrapped(lines []string) bool {
	if len(lines) < 4 {
		return false
	}
	long := 0
	for _, l := range lines {
		if utf8.RuneCountInString(l) > 120 {
			long++
		}
	}
	return long >= 2
}

// numbered marks "1. Something" alone, more often a heading than a list.
var numbered = regexp.MustCompile(`^\d{1,2}[.)]\s`)

// renderText is body_text: paragraphs separated by blank lines, list
// items marked with a dash.
func renderText(bs []block) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		t := b.text()
		if b.hard {
			t = strings.Join(b.lines, "\n")
		}
		if b.kind == item {
			t = "- " + t
		}
		if b.kind == table {
			t = strings.Join(b.lines, "\n")
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, "\n\n")
}

// renderHTML is body_html before the sanitiser's final pass.
func renderHTML(bs []block) string {
	var b strings.Builder
	inList := false
	for _, bl := range bs {
		if inList && bl.kind != item {
			b.WriteString("</ul>\n")
			inList = false
		}
		inner := bl.html
		if inner == "" {
			escaped := make([]string, len(bl.lines))
			for i, l := range bl.lines {
				escaped[i] = html.EscapeString(l)
			}
			inner = strings.Join(escaped, " ")
		}
		switch bl.kind {
		case item:
			if !inList {
				b.WriteString("<ul>\n")
				inList = true
			}
			b.WriteString("<li>" + inner + "</li>\n")
		case heading:
			b.WriteString("<h3>" + inner + "</h3>\n")
		case quote:
			b.WriteString("<blockquote><p>" + inner + "</p></blockquote>\n")
		case table:
			b.WriteString(inner + "\n")
		default:
			b.WriteString("<p>" + inner + "</p>\n")
		}
	}
	if inList {
		b.WriteString("</ul>\n")
	}
	return b.String()
}

func words(bs []block) int {
	n := 0
	for _, b := range bs {
		n += b.words()
	}
	return n
}
