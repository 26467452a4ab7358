package html

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"newsdesk/process/normalise/block"
)

// Blocks turns an email's HTML into blocks. It keeps what a reader
// sees: scripts, styles, hidden preheaders, Outlook conditional comments,
// tracking pixels and remote images are dropped; images sent with the
// email (cid:) are kept as references to their attachment.
func Blocks(src string, cids map[string]int) []block.Block {
	doc, err := xhtml.Parse(strings.NewReader(src))
	if err != nil { // only reader errors, impossible on a string
		return nil
	}
	c := &htmlConv{cids: cids, hiddenClasses: hiddenClasses(doc)}
	c.walk(doc, 0)
	c.flush()
	if c.images != "" && len(c.out) > 0 {
		c.out[len(c.out)-1].HTML += " " + c.images
	}
	return c.out
}

type htmlConv struct {
	out           []block.Block
	cids          map[string]int
	hiddenClasses map[string]bool
	lines         []string
	line          strings.Builder // text of the current line
	markup        strings.Builder // inline HTML of the current block
	kind          block.BlockKind
	images        string // pictures in a block without text, waiting for one
}

// flush ends the current block.
func (c *htmlConv) flush() {
	c.breakLine()
	markup := strings.TrimSpace(c.markup.String())
	for strings.HasSuffix(markup, "<br>") {
		markup = strings.TrimSpace(strings.TrimSuffix(markup, "<br>"))
	}
	switch {
	case len(c.lines) > 0 && wordBullet.MatchString(c.lines[0]):
		// Word writes list items as paragraphs opening with a Symbol-font
		// bullet and padding: make them the list they show.
		c.lines[0] = wordBullet.ReplaceAllString(c.lines[0], "")
		markup = markupBullet.ReplaceAllString(markup, "$1")
		c.out = append(c.out, block.Block{Kind: block.Item, Lines: c.lines, HTML: markup, Hard: true})
	case len(c.lines) > 0:
		c.out = append(c.out, block.Block{Kind: c.kind, Lines: c.lines, HTML: markup, Hard: true})
	case strings.Contains(markup, "<img"):
		// A picture on its own line illustrates the paragraph above it
		// (its caption, below, may be cut from the body).
		imgs := strings.Join(imgTag.FindAllString(markup, -1), " ")
		if len(c.out) > 0 {
			c.out[len(c.out)-1].HTML += " " + imgs
		} else {
			c.images += " " + imgs
		}
	}
	c.lines, c.kind = nil, block.Para
	c.markup.Reset()
}

func (c *htmlConv) breakLine() {
	if l := strings.Join(strings.Fields(c.line.String()), " "); l != "" {
		c.lines = append(c.lines, l)
	}
	c.line.Reset()
}

var invisible = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Head: true, atom.Title: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Frameset: true,
}

var blockKinds = map[atom.Atom]block.BlockKind{
	atom.P: block.Para, atom.Div: block.Para, atom.Td: block.Para, atom.Th: block.Para, atom.Tr: block.Para, atom.Table: block.Para,
	atom.Section: block.Para, atom.Article: block.Para, atom.Header: block.Para, atom.Footer: block.Para, atom.Center: block.Para,
	atom.Pre: block.Para, atom.Address: block.Para, atom.Dd: block.Para, atom.Dt: block.Para, atom.Ul: block.Para, atom.Ol: block.Para,
	atom.Main: block.Para, atom.Hr: block.Para, atom.Body: block.Para,
	atom.H1: block.Heading, atom.H2: block.Heading, atom.H3: block.Heading, atom.H4: block.Heading, atom.H5: block.Heading, atom.H6: block.Heading,
	atom.Li: block.Item, atom.Blockquote: block.Quote,
}

func (c *htmlConv) walk(n *xhtml.Node, depth int) {
	if depth > 200 { // html.Parse already caps nesting at 512; stay well inside the stack
		return
	}
	switch n.Type {
	case xhtml.TextNode:
		t := visible(n.Data)
		c.line.WriteString(t)
		words := strings.Fields(t)
		if len(words) == 0 || t[0] == ' ' || t[0] == '\n' || t[0] == '\t' || t[0] == '\r' {
			c.space()
		}
		c.markup.WriteString(html.EscapeString(strings.Join(words, " ")))
		if len(words) > 0 && strings.TrimRight(t, " \n\t\r") != t {
			c.space()
		}
		return
	case xhtml.CommentNode, xhtml.DoctypeNode:
		return
	case xhtml.ElementNode:
		if invisible[n.DataAtom] || c.hidden(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			if strings.TrimSpace(c.line.String()) == "" && len(c.lines) > 0 {
				// A blank line made of two <br>: a paragraph break.
				c.flush()
				return
			}
			c.breakLine()
			c.markup.WriteString("<br>")
			return
		case atom.Img:
			c.image(n)
			return
		case atom.A:
			c.link(n, depth)
			return
		case atom.B, atom.Strong, atom.I, atom.Em:
			tag := "strong"
			if n.DataAtom == atom.I || n.DataAtom == atom.Em {
				tag = "em"
			}
			c.markup.WriteString("<" + tag + ">")
			c.children(n, depth)
			c.markup.WriteString("</" + tag + ">")
			return
		case atom.Table:
			if dataTable(n) {
				c.flush()
				c.tableBlock(n)
				return
			}
		}
	}
	kind, isBlock := blockKinds[n.DataAtom]
	if n.Type == xhtml.ElementNode && isBlock {
		c.flush()
		c.kind = kind
		c.children(n, depth)
		if c.kind != kind && kind != block.Para { // a nested block ended ours early
			c.kind = kind
		}
		c.flush()
		return
	}
	c.children(n, depth)
}

// space adds one space to the markup unless it already ends in one.
func (c *htmlConv) space() {
	if m := c.markup.String(); m != "" && !strings.HasSuffix(m, " ") {
		c.markup.WriteByte(' ')
	}
}

func (c *htmlConv) children(n *xhtml.Node, depth int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, depth+1)
	}
}

func (c *htmlConv) link(n *xhtml.Node, depth int) {
	href := safeHref(attr(n, "href"))
	if href != "" {
		c.markup.WriteString(`<a href="` + html.EscapeString(href) + `">`)
	}
	start := c.line.Len()
	c.children(n, depth)
	if href != "" {
		c.markup.WriteString("</a>")
	}
	// A mail link that shows a name ("Jo Reed", "Press Office") keeps its
	// address in the text, as mail clients' plain-text parts write it: a
	// contact is read from the text.
	if addr, ok := strings.CutPrefix(href, "mailto:"); ok && start <= c.line.Len() {
		if addr, _, _ = strings.Cut(addr, "?"); addr != "" && !strings.Contains(c.line.String()[start:], addr) {
			c.line.WriteString(" <" + addr + ">")
		}
	}
}

// image keeps pictures that came with the email and drops the rest:
// remote images are tracking pixels or logos the editor's browser must
// never fetch.
func (c *htmlConv) image(n *xhtml.Node) {
	src := attr(n, "src")
	if !strings.HasPrefix(strings.ToLower(src), "cid:") {
		return
	}
	i, ok := c.cids[strings.Trim(src[4:], "<>")]
	if !ok {
		return
	}
	c.markup.WriteString(`<img src="` + attachmentURL(i) + `" alt="` + html.EscapeString(attr(n, "alt")) + `">`)
}

// hidden tells elements a reader never sees: preheaders and spacer text
// hidden by inline style, the hidden attribute or a class a <style> hides.
func (c *htmlConv) hidden(n *xhtml.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" && n.DataAtom != atom.Img {
				return true
			}
		case "style":
			if hiddenStyle.MatchString(a.Val) {
				return true
			}
		case "class":
			for _, cl := range strings.Fields(a.Val) {
				if c.hiddenClasses[cl] {
					return true
				}
			}
		}
	}
	return false
}

var (
	wordBullet   = regexp.MustCompile(`^[·•▪◦§]\s+`)
	markupBullet = regexp.MustCompile(`^((?:<[^>]+>)*)\s*[·•▪◦§]\s*`)
	imgTag       = regexp.MustCompile(`<img [^>]*>`)
	hiddenStyle  = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|max-height\s*:\s*0(?:px)?\s*(?:;|$|!)|font-size\s*:\s*0(?:px)?\s*(?:;|$|!)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)`)
	hiddenRule   = regexp.MustCompile(`\.([A-Za-z_][\w-]*)\s*\{([^}]*)\}`)
	// invisibleChars are the fillers newsletter tools pad preheaders with;
	// visible drops the zero-width joiners among them.
	invisibleChars = strings.NewReplacer("\u200b", "", "\u2060", "", "\ufeff", "", "\u00ad", "", "\u034f", "", "\u00a0", " ")
)

// visible drops the invisible fillers newsletter tools pad preheaders
// with, but keeps a zero-width non-joiner or joiner between letters:
// there it is spelling, as in Persian ("جاده‌ای") and the Indic scripts
// (after a virama), not padding.
func visible(s string) string {
	if !strings.ContainsAny(s, "\u200c\u200d") {
		return invisibleChars.Replace(s)
	}
	var b strings.Builder
	prev := rune(-1)
	for i, r := range s {
		if r == '\u200c' || r == '\u200d' {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			joins := unicode.IsLetter(prev) || unicode.Is(unicode.Mn, prev) && prev != '\u034f'
			if !joins || !unicode.IsLetter(next) {
				prev = r
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return invisibleChars.Replace(b.String())
}

// hiddenClasses reads the document's <style> blocks for classes that hide
// their elements.
func hiddenClasses(doc *xhtml.Node) map[string]bool {
	out := map[string]bool{}
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.DataAtom == atom.Style && n.FirstChild != nil {
			for _, m := range hiddenRule.FindAllStringSubmatch(n.FirstChild.Data, 200) {
				if hiddenStyle.MatchString(m[2]) {
					out[m[1]] = true
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	return out
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
