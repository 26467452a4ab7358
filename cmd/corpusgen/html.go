package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

// htmlInput is what every HTML style renders: the blocks plus the inline
// images (cid references) the client puts into the HTML.
type htmlInput struct {
	blocks  []block
	charset string
	lang    string
	photos  []string // Content-IDs of inline photos, shown after the body
	logo    string   // Content-ID of an inline signature logo
	// forward is the quoted original for an inline forward: its header lines
	// and blocks; nil when not forwarding.
	forward *forwardQuote
	// compact: paragraphs spaced by style, not by empty paragraphs (Outlook)
	// or blank <div><br></div> lines (Gmail); senders differ, so ids do.
	compact bool
}

type forwardQuote struct {
	intro   string   // "---------- Forwarded message ---------" etc.
	headers []string // "From: ...", "Date: ..." in the client's order
	blocks  []block
}

// textEscape escapes text content the way composers do: markup characters
// only, apostrophes and quotes stay as typed.
var textEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

var urlRe = regexp.MustCompile(`(https?://[^\s<>"]+[^\s<>".,;:!?)])|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,})`)

// linkify escapes a line and turns URLs and addresses into links, as every
// HTML mail composer does.
func linkify(s string) string {
	var sb strings.Builder
	last := 0
	for _, m := range urlRe.FindAllStringIndex(s, -1) {
		sb.WriteString(textEscape(s[last:m[0]]))
		u := s[m[0]:m[1]]
		href := u
		if !strings.Contains(u, "://") {
			href = "mailto:" + u
		}
		fmt.Fprintf(&sb, `<a href="%s">%s</a>`, html.EscapeString(href), textEscape(u))
		last = m[1]
	}
	sb.WriteString(textEscape(s[last:]))
	return sb.String()
}

// joinLines escapes and joins a block's lines with <br>.
func joinLines(lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = linkify(l)
	}
	return strings.Join(out, "<br>\n")
}

// itemText strips the "- " list marker; HTML lists carry their own bullets.
func itemText(b block) string { return strings.TrimPrefix(b.lines[0], "- ") }

// groupItems calls visit for each run of list items and each other block.
func groupItems(bs []block, item func([]block), other func(block)) {
	for i := 0; i < len(bs); {
		if bs[i].role != roleItem {
			other(bs[i])
			i++
			continue
		}
		j := i
		for j < len(bs) && bs[j].role == roleItem {
			j++
		}
		item(bs[i:j])
		i = j
	}
}

func imgTag(cid, alt string, width int) string {
	return fmt.Sprintf(`<img src="cid:%s" alt="%s" width="%d">`, cid, html.EscapeString(alt), width)
}

// renderHTML dispatches to the client's HTML style.
func renderHTML(style string, in htmlInput) string {
	switch style {
	case "outlook":
		return outlookHTML(in)
	case "gmail":
		return gmailHTML(in)
	case "apple":
		return appleHTML(in)
	case "thunderbird":
		return thunderbirdHTML(in)
	case "lotus":
		return lotusHTML(in)
	default:
		return scriptHTML(in)
	}
}

// scriptHTML is what hand-written mailer scripts send: semantic tags, a small
// style sheet, nothing else.
func scriptHTML(in htmlInput) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"%s\">\n", in.lang, in.charset)
	sb.WriteString("<style>\nbody { font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222; }\nh1 { font-size: 22px; margin: 0 0 8px; }\nh2 { font-size: 16px; font-weight: normal; color: #555; }\n.small { font-size: 11px; color: #777; }\n</style>\n</head>\n<body>\n")
	groupItems(flattenForward(in), func(items []block) {
		sb.WriteString("<ul>\n")
		for _, it := range items {
			sb.WriteString("<li>" + linkify(itemText(it)) + "</li>\n")
		}
		sb.WriteString("</ul>\n")
	}, func(b block) {
		switch b.role {
		case roleHeadline:
			sb.WriteString("<h1>" + joinLines(b.lines) + "</h1>\n")
		case roleSubheadline:
			sb.WriteString("<h2>" + joinLines(b.lines) + "</h2>\n")
		case roleKicker, roleEmbargo:
			sb.WriteString("<p><strong>" + joinLines(b.lines) + "</strong></p>\n")
		case roleFooter, roleBoilerplate:
			sb.WriteString("<p class=\"small\">" + joinLines(b.lines) + "</p>\n")
		default:
			sb.WriteString("<p>" + joinLines(b.lines) + "</p>\n")
		}
	})
	for _, c := range in.photos {
		sb.WriteString("<p>" + imgTag(c, "photo", 480) + "</p>\n")
	}
	sb.WriteString("</body>\n</html>\n")
	return sb.String()
}

// thunderbirdHTML: <p> paragraphs, a moz-signature div, moz-forward-container.
func thunderbirdHTML(in htmlInput) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n  </head>\n  <body>\n", in.charset)
	body := func(bs []block) {
		groupItems(bs, func(items []block) {
			sb.WriteString("    <ul>\n")
			for _, it := range items {
				sb.WriteString("      <li>" + linkify(itemText(it)) + "</li>\n")
			}
			sb.WriteString("    </ul>\n")
		}, func(b block) {
			switch b.role {
			case roleSignature:
				sb.WriteString("    <div class=\"moz-signature\">-- <br>\n" + joinLines(b.lines) + "</div>\n")
			case roleHeadline:
				sb.WriteString("    <p><b>" + joinLines(b.lines) + "</b></p>\n")
			case roleSubheadline:
				sb.WriteString("    <p><i>" + joinLines(b.lines) + "</i></p>\n")
			default:
				sb.WriteString("    <p>" + joinLines(b.lines) + "</p>\n")
			}
		})
	}
	body(in.blocks)
	if f := in.forward; f != nil {
		sb.WriteString("    <div class=\"moz-forward-container\"><br>\n      <br>\n      " + html.EscapeString(f.intro) + "\n      <table class=\"moz-email-headers-table\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\">\n        <tbody>\n")
		for _, h := range f.headers {
			k, v, _ := strings.Cut(h, ": ")
			fmt.Fprintf(&sb, "          <tr>\n            <th valign=\"BASELINE\" nowrap=\"nowrap\" align=\"RIGHT\">%s: </th>\n            <td>%s</td>\n          </tr>\n", html.EscapeString(k), html.EscapeString(v))
		}
		sb.WriteString("        </tbody>\n      </table>\n      <br>\n")
		body(f.blocks)
		sb.WriteString("    </div>\n")
	}
	for _, c := range in.photos {
		sb.WriteString("    <p>" + imgTag(c, "", 480) + "</p>\n")
	}
	sb.WriteString("  </body>\n</html>\n")
	return sb.String()
}
