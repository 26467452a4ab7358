package main

import (
	"fmt"
	"strings"
)

// newsletterInfo holds the links a bulk-mail tool adds around the content.
type newsletterInfo struct {
	viewURL, unsubURL, pixelURL, preheader string
}

// newsletterHTML is a bulk-mail template: nested 600px tables, a hidden
// preheader, a "view in browser" link, the content rows, an unsubscribe
// footer and a 1x1 tracking pixel.
func newsletterHTML(in htmlInput, nl newsletterInfo) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n", in.charset)
	sb.WriteString("<style type=\"text/css\">\nbody{margin:0;padding:0;background-color:#f2f2f2;}\ntable{border-collapse:collapse;}\n.mcnTextContent{font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:150%;color:#202020;}\n.headline{font-size:24px;font-weight:bold;line-height:125%;}\n.footer{font-size:11px;color:#656565;}\n@media only screen and (max-width:480px){.templateContainer{width:100% !important;}}\n</style>\n</head>\n<body>\n")
	fmt.Fprintf(&sb, "<span class=\"preheader\" style=\"display:none !important;visibility:hidden;mso-hide:all;font-size:1px;color:#f2f2f2;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;\">%s</span>\n", linkify(nl.preheader))
	sb.WriteString("<center>\n<table align=\"center\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" height=\"100%\" width=\"100%\" id=\"bodyTable\">\n<tr>\n<td align=\"center\" valign=\"top\" id=\"bodyCell\">\n")
	fmt.Fprintf(&sb, "<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"600\" class=\"templateContainer\">\n<tr><td valign=\"top\" class=\"footer\" style=\"padding:9px 18px;text-align:right;\"><a href=\"%s\" target=\"_blank\">View this email in your browser</a></td></tr>\n", nl.viewURL)
	row := func(class, inner string) {
		fmt.Fprintf(&sb, "<tr>\n<td valign=\"top\" class=\"%s\" style=\"padding:9px 18px;\">%s</td>\n</tr>\n", class, inner)
	}
	groupItems(flattenForward(in), func(items []block) {
		var li strings.Builder
		for _, it := range items {
			li.WriteString("<li>" + linkify(itemText(it)) + "</li>")
		}
		row("mcnTextContent", "<ul>"+li.String()+"</ul>")
	}, func(b block) {
		switch b.role {
		case roleHeadline:
			row("mcnTextContent", "<h1 class=\"headline\">"+joinLines(b.lines)+"</h1>")
		case roleSubheadline:
			row("mcnTextContent", "<h3>"+joinLines(b.lines)+"</h3>")
		case roleFooter:
			// the footer rows come below, with the unsubscribe link
		default:
			row("mcnTextContent", "<p>"+joinLines(b.lines)+"</p>")
		}
	})
	for _, c := range in.photos {
		row("mcnImageContent", "<img align=\"center\" src=\"cid:"+c+"\" width=\"564\" style=\"max-width:1200px;\">")
	}
	var foot []string
	for _, b := range in.blocks {
		if b.role == roleFooter {
			foot = append(foot, joinLines(b.lines))
		}
	}
	foot = append(foot, fmt.Sprintf("<a href=\"%s\">Unsubscribe</a> | <a href=\"%s\">Update your preferences</a>", nl.unsubURL, strings.Replace(nl.unsubURL, "/u/", "/p/", 1)))
	row("footer", strings.Join(foot, "<br>\n"))
	sb.WriteString("</table>\n</td>\n</tr>\n</table>\n</center>\n")
	fmt.Fprintf(&sb, "<img src=\"%s\" height=\"1\" width=\"1\" alt=\"\" style=\"display:block;border:0;\">\n</body>\n</html>\n", nl.pixelURL)
	return sb.String()
}

// flattenForward turns an inline forward into plain blocks, for styles that
// quote nothing specially (Notes, scripts, newsletter tools).
func flattenForward(in htmlInput) []block {
	if in.forward == nil {
		return in.blocks
	}
	bs := append([]block{}, in.blocks...)
	bs = append(bs, block{roleFwdHeader, append([]string{in.forward.intro}, in.forward.headers...)})
	return append(bs, in.forward.blocks...)
}
