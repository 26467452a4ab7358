package html

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"newsdesk/process/normalise/block"
)

// dataTable tells a table that carries data (it has header cells) from
// one that only lays out a newsletter.
func dataTable(n *xhtml.Node) bool {
	found := false
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		for ch := n.FirstChild; ch != nil && !found; ch = ch.NextSibling {
			if ch.Type == xhtml.ElementNode {
				switch ch.DataAtom {
				case atom.Th:
					found = true
				case atom.Table:
					return // a nested table: layout
				}
			}
			walk(ch)
		}
	}
	walk(n)
	return found
}

// tableBlock renders a data table as one block: text rows joined by " | ".
func (c *htmlConv) tableBlock(n *xhtml.Node) {
	var rows [][]string
	var cellTags [][]string
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != xhtml.ElementNode {
				continue
			}
			switch ch.DataAtom {
			case atom.Tr:
				rows = append(rows, nil)
				cellTags = append(cellTags, nil)
				walk(ch)
			case atom.Td, atom.Th:
				if len(rows) == 0 {
					rows, cellTags = append(rows, nil), append(cellTags, nil)
				}
				i := len(rows) - 1
				rows[i] = append(rows[i], strings.Join(strings.Fields(visible(textOf(ch))), " "))
				cellTags[i] = append(cellTags[i], ch.Data)
			default:
				walk(ch)
			}
		}
	}
	walk(n)
	var b strings.Builder
	var lines []string
	b.WriteString("<table>")
	for i, r := range rows {
		lines = append(lines, strings.Join(r, " | "))
		b.WriteString("<tr>")
		for j, cell := range r {
			b.WriteString("<" + cellTags[i][j] + ">" + html.EscapeString(cell) + "</" + cellTags[i][j] + ">")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table>")
	if len(lines) > 0 {
		c.out = append(c.out, block.Block{Kind: block.Table, Lines: lines, HTML: b.String()})
	}
}

func textOf(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == xhtml.ElementNode && invisible[n.DataAtom] {
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	return b.String()
}
