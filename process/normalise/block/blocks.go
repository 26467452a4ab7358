package block

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/clean"
)

// A block is one paragraph-level unit of the email, whether it came from
// HTML or plain text: segmentation reads blocks, and the body's blocks
// become body_text and body_html.
type Block struct {
	Kind  BlockKind
	Lines []string // visible text, one entry per line (<br> or hard line)
	HTML  string   // inline markup for body_html; "" means escape the text
	Hard  bool     // the lines are deliberate breaks (<br>), not wrapping
}

type BlockKind int

const (
	Para BlockKind = iota
	Heading
	Item // a list item; consecutive items make one list
	Quote
	Table
)

// Text is the block as one line of prose: hard-wrapped lines rejoined.
func (b Block) Text() string {
	return strings.Join(b.Lines, " ")
}

// Words counts the words of a block.
func (b Block) Words() int {
	n := 0
	for _, l := range b.Lines {
		in := false // split as strings.Fields splits, without its slice: a block may hold a whole document
		for i := 0; i < len(l); {
			var sp bool
			if c := l[i]; c < utf8.RuneSelf { // unicode.IsSpace's ASCII spaces, without decoding
				sp = c == ' ' || '\t' <= c && c <= '\r'
				i++
			} else {
				r, size := utf8.DecodeRuneInString(l[i:])
				sp = unicode.IsSpace(r)
				i += size
			}
			if !sp && !in {
				n++
			}
			in = !sp
		}
	}
	return n
}

var bullet = regexp.MustCompile(`^(?:[*•·▪◦‣\-–]|\d{1,2}[.)])\s+`)

// TextBlocks splits plain text into paragraphs at blank lines. A
// paragraph whose every line starts with a bullet is a list.
func TextBlocks(s string) []Block {
	var out []Block
	for _, p := range strings.Split(clean.Clean(s), "\n\n") {
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
				out = append(out, Block{Kind: Item, Lines: []string{bullet.ReplaceAllString(l, "")}})
			}
			continue
		}
		if unwrapped(lines) {
			// One paragraph per line: the sender's client dropped the blank
			// lines (Outlook's text part), it did not wrap the text.
			for _, l := range lines {
				out = append(out, Block{Kind: Para, Lines: []string{l}})
			}
			continue
		}
		out = append(out, Block{Kind: Para, Lines: lines})
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

// Bulleted says whether a line opens with a bullet that is no number
// ("- ", "• "): a list item, even where the HTML that carried it made it
// a paragraph of its own.
func Bulleted(s string) bool { return bullet.MatchString(s) && !numbered.MatchString(s) }

// numbered marks "1. Something" alone, more often a heading than a list.
var numbered = regexp.MustCompile(`^\d{1,2}[.)]\s`)

// RenderText is body_text: paragraphs separated by blank lines, list
// items marked with a dash.
func RenderText(bs []Block) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		t := b.Text()
		if b.Hard {
			t = strings.Join(b.Lines, "\n")
		}
		if b.Kind == Item {
			t = "- " + t
		}
		if b.Kind == Table {
			t = strings.Join(b.Lines, "\n")
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, "\n\n")
}

// RenderHTML is body_html before the sanitiser's final pass.
func RenderHTML(bs []Block) string {
	var b strings.Builder
	inList := false
	for _, bl := range bs {
		if inList && bl.Kind != Item {
			b.WriteString("</ul>\n")
			inList = false
		}
		inner := bl.HTML
		if inner == "" {
			escaped := make([]string, len(bl.Lines))
			for i, l := range bl.Lines {
				escaped[i] = html.EscapeString(l)
			}
			inner = strings.Join(escaped, " ")
		}
		switch bl.Kind {
		case Item:
			if !inList {
				b.WriteString("<ul>\n")
				inList = true
			}
			b.WriteString("<li>" + inner + "</li>\n")
		case Heading:
			b.WriteString("<h3>" + inner + "</h3>\n")
		case Quote:
			b.WriteString("<blockquote><p>" + inner + "</p></blockquote>\n")
		case Table:
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

func Words(bs []Block) int {
	n := 0
	for _, b := range bs {
		n += b.Words()
	}
	return n
}
