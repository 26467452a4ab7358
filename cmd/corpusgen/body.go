package main

import "strings"

// textAndHTML builds the text, HTML or alternative part.
func (r *renderer) textAndHTML(format string, in htmlInput) (*part, error) {
	var text, htm string
	if format != "html" {
		text = r.plain(in)
	}
	if format == "html" || format == "alternative" || format == "html_as_text" {
		htm = r.html(in)
	}
	switch format {
	case "html":
		return r.leaf("text/html", htm, "")
	case "html_as_text":
		if !strings.Contains(htm, "<style") {
			htm = "<html>\n<head>\n<style type=\"text/css\">\np { margin: 0 0 12px 0; font-family: Verdana, sans-serif; font-size: 10pt; }\n.headline { font-size: 16pt; font-weight: bold; }\n</style>\n</head>\n<body>\n" + htm + "</body>\n</html>\n"
		}
		return r.leaf("text/plain", htm, "")
	case "alternative":
		if r.name == "outlook" && r.s.intn("tight", 2) == 0 {
			// Word's plain-text alternative often drops the empty
			// paragraphs: headline, standfirst and body run together.
			text = strings.ReplaceAll(text, "\n\n", "\n")
		}
		tp, err := r.textPart(text)
		if err != nil {
			return nil, err
		}
		hp, err := r.leaf("text/html", htm, "")
		if err != nil {
			return nil, err
		}
		return r.multipart("alternative", tp, hp), nil
	default:
		return r.textPart(text)
	}
}

func (r *renderer) textPart(text string) (*part, error) {
	params := ""
	switch r.c.textStyle {
	case "flowed":
		text = flowed(text, 76)
		params = "format=flowed"
		if r.name == "thunderbird" {
			params = "format=flowed; delsp=no"
		}
	case "hard72":
		text = hardWrap(text, 72)
	}
	return r.leaf("text/plain", text, params)
}

// plain renders the text/plain version, with a forward's quoted header
// block and a newsletter tool's links.
func (r *renderer) plain(in htmlInput) string {
	text := plainText(in.blocks)
	if f := in.forward; f != nil {
		text += "\n" + f.intro + "\n" + strings.Join(f.headers, "\n") + "\n\n" + plainText(f.blocks)
	}
	if r.c.bulk {
		text = "View this email in your browser (" + r.nl.viewURL + ")\n\n" + text + "\nUnsubscribe from this list: " + r.nl.unsubURL + "\n"
	}
	return text
}

func (r *renderer) html(in htmlInput) string {
	if r.c.bulk {
		nl := r.nl
		nl.preheader = r.preheader()
		return newsletterHTML(in, nl)
	}
	return renderHTML(r.c.htmlStyle, in)
}

func (r *renderer) preheader() string {
	switch {
	case r.b.Release != nil && r.b.Release.Subheadline != nil:
		return *r.b.Release.Subheadline
	case r.b.Release != nil:
		return r.b.Release.Headline
	case len(r.b.NonreleaseText) > 0:
		return r.b.NonreleaseText[0]
	}
	return ""
}
