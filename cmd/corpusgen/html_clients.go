package main

import (
	"fmt"
	"html"
	"strings"
)

// outlookHTML imitates Word's HTML: MsoNormal paragraphs, <o:p> fillers,
// empty paragraphs as spacing and Symbol-font list bullets.
func outlookHTML(in htmlInput) string {
	var sb strings.Builder
	sb.WriteString("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n")
	fmt.Fprintf(&sb, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n", in.charset)
	sb.WriteString("<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;\n\tmso-fareast-language:EN-US;}\np.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{margin-top:0cm;\n\tmargin-right:0cm;\n\tmargin-bottom:0cm;\n\tmargin-left:36.0pt;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Calibri\",sans-serif;\n\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:\"Calibri\",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext=\"edit\">\n<o:idmap v:ext=\"edit\" data=\"1\" />\n</o:shapelayout></xml><![endif]-->\n")
	if in.compact {
		sb.WriteString("<style><!--\np.MsoNormal\n\t{margin-bottom:8.0pt;\n\tline-height:107%;}\n--></style>\n")
	}
	fmt.Fprintf(&sb, "</head>\n<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n<div class=\"WordSection1\">\n", wordLang(in.lang))
	empty := "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
	if in.compact {
		empty = ""
	}
	para := func(inner string) { sb.WriteString("<p class=\"MsoNormal\">" + inner + "<o:p></o:p></p>\n") }
	body := func(bs []block) {
		groupItems(bs, func(items []block) {
			for _, it := range items {
				sb.WriteString("<p class=\"MsoListParagraph\" style=\"text-indent:-18.0pt;mso-list:l0 level1 lfo1\"><![if !supportLists]><span style=\"font-family:Symbol\">\u00b7<span style=\"font:7.0pt &quot;Times New Roman&quot;\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>" + linkify(itemText(it)) + "<o:p></o:p></p>\n")
			}
			sb.WriteString(empty)
		}, func(b block) {
			switch b.role {
			case roleHeadline:
				para("<b><span style=\"font-size:14.0pt\">" + joinLines(b.lines) + "</span></b>")
			case roleSubheadline:
				para("<i>" + joinLines(b.lines) + "</i>")
			case roleKicker, roleEmbargo:
				para("<b>" + joinLines(b.lines) + "</b>")
			case roleFooter:
				para("<span style=\"font-size:8.0pt;color:gray\">" + joinLines(b.lines) + "</span>")
			case roleSignature:
				if in.logo != "" {
					para(imgTag(in.logo, "logo", 120))
				}
				para("<span style=\"color:#1F3864\">" + joinLines(b.lines) + "</span>")
			default:
				para(joinLines(b.lines))
			}
			sb.WriteString(empty)
		})
	}
	body(in.blocks)
	if f := in.forward; f != nil {
		sb.WriteString("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n")
		for _, h := range f.headers {
			k, v, _ := strings.Cut(h, ": ")
			para("<b>" + html.EscapeString(k) + ":</b> " + html.EscapeString(v))
		}
		sb.WriteString("</div>\n" + empty)
		body(f.blocks)
	}
	for _, c := range in.photos {
		para(imgTag(c, "image001", 480))
	}
	sb.WriteString("</div>\n</body>\n</html>\n")
	return sb.String()
}

// wordLang is the body lang attribute Word writes: EN-GB, DE, FR ...
func wordLang(lang string) string {
	if lang == "en" {
		return "EN-GB"
	}
	return strings.ToUpper(lang)
}

// gmailHTML: one <div> per line, <div><br></div> as blank line, dir="ltr".
func gmailHTML(in htmlInput) string {
	var sb strings.Builder
	body := func(bs []block) {
		groupItems(bs, func(items []block) {
			sb.WriteString("<ul>")
			for _, it := range items {
				sb.WriteString("<li style=\"margin-left:15px\">" + linkify(itemText(it)) + "</li>")
			}
			sb.WriteString("</ul>")
		}, func(b block) {
			switch b.role {
			case roleSignature:
				sb.WriteString("<div><br></div>-- <br><div dir=\"ltr\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\"><div dir=\"ltr\">")
				if in.logo != "" {
					sb.WriteString(imgTag(in.logo, "logo", 120) + "<br>")
				}
				sb.WriteString(joinLines(b.lines) + "</div></div>")
				return
			case roleHeadline:
				sb.WriteString("<div><b>" + joinLines(b.lines) + "</b></div>")
			default:
				for _, l := range b.lines {
					sb.WriteString("<div>" + linkify(l) + "</div>")
				}
			}
			if !in.compact {
				sb.WriteString("<div><br></div>")
			}
		})
	}
	sb.WriteString("<div dir=\"ltr\">")
	body(in.blocks)
	for _, c := range in.photos {
		sb.WriteString("<div>" + imgTag(c, "image.png", 480) + "<br></div>")
	}
	if f := in.forward; f != nil {
		sb.WriteString("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">" + html.EscapeString(f.intro) + "<br>")
		for _, h := range f.headers {
			k, v, _ := strings.Cut(h, ": ")
			if k == "From" {
				sb.WriteString("From: <strong class=\"gmail_sendername\" dir=\"auto\">" + html.EscapeString(v) + "</strong><br>")
				continue
			}
			sb.WriteString(html.EscapeString(k) + ": " + html.EscapeString(v) + "<br>")
		}
		sb.WriteString("</div><br><br><div dir=\"ltr\">")
		body(f.blocks)
		sb.WriteString("</div></div>")
	}
	sb.WriteString("</div>\n")
	return sb.String()
}

// appleHTML: Apple Mail and iOS: <div> per paragraph in a styled body.
func appleHTML(in htmlInput) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=%s\"></head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">", in.charset)
	body := func(bs []block) {
		groupItems(bs, func(items []block) {
			sb.WriteString("<ul class=\"MailOutline\">")
			for _, it := range items {
				sb.WriteString("<li>" + linkify(itemText(it)) + "</li>")
			}
			sb.WriteString("</ul>")
		}, func(b block) {
			inner := joinLines(b.lines)
			if b.role == roleHeadline {
				inner = "<b>" + inner + "</b>"
			}
			sb.WriteString("<div>" + inner + "</div><div><br></div>")
		})
	}
	body(in.blocks)
	for _, c := range in.photos {
		sb.WriteString("<div><img apple-inline=\"yes\" id=\"" + c + "\" src=\"cid:" + c + "\"></div><div><br></div>")
	}
	if f := in.forward; f != nil {
		sb.WriteString("<div><br><blockquote type=\"cite\"><div>" + html.EscapeString(f.intro) + "</div><br class=\"Apple-interchange-newline\">")
		for _, h := range f.headers {
			k, v, _ := strings.Cut(h, ": ")
			sb.WriteString("<div style=\"margin: 0px;\"><span style=\"font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);\"><b>" + html.EscapeString(k) + ": </b></span><span style=\"font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;\">" + html.EscapeString(v) + "<br></span></div>")
		}
		sb.WriteString("<br>")
		body(f.blocks)
		sb.WriteString("</blockquote></div>")
	}
	sb.WriteString("</body></html>\n")
	return sb.String()
}

// lotusHTML: Notes' odd HTML: font tags and <br> runs, no paragraphs.
func lotusHTML(in htmlInput) string {
	var sb strings.Builder
	sb.WriteString("<font size=2 face=\"sans-serif\">")
	for _, b := range flattenForward(in) {
		switch b.role {
		case roleHeadline:
			sb.WriteString("<b><font size=3>" + joinLines(b.lines) + "</font></b>")
		case roleItem:
			sb.WriteString("&nbsp; &nbsp;- " + linkify(itemText(b)))
		case roleFooter:
			sb.WriteString("<font size=1 color=#808080>" + joinLines(b.lines) + "</font>")
		default:
			sb.WriteString(joinLines(b.lines))
		}
		sb.WriteString("</font><br><br>\n<font size=2 face=\"sans-serif\">")
	}
	for _, c := range in.photos {
		sb.WriteString("<img src=cid:" + c + "><br>")
	}
	sb.WriteString("</font>\n")
	return sb.String()
}
