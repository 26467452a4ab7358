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
	text := plainText(r.sigDashes(in.blocks))
	if f := in.forward; f != nil {
		text += "\n" + f.intro + "\n" + strings.Join(f.headers, "\n") + "\n\n" + plainText(r.sigDashes(f.blocks))
	}
	if r.c.bulk {
		text = "View this email in your browser (" + r.nl.viewURL + ")\n\n" + text + "\nUnsubscribe from this list: " + r.nl.unsubURL + "\n"
	}
	return text
}

// sigDashes puts the "-- " signature delimiter line above the signature,
// as Gmail and Thunderbird do in their text parts (their HTML has its own).
func (r *renderer) sigDashes(bs []block) []block {
	if r.c.htmlStyle != "gmail" && r.c.htmlStyle != "thunderbird" {
		return bs
	}
	out := make([]block, len(bs))
	for i, b := range bs {
		if b.role == roleSignature && b.lines[0] != "--" && b.lines[0] != "-- " {
			b.lines = append([]string{"-- "}, b.lines...)
		}
		out[i] = b
	}
	return out
}

func (r *renderer) html(in htmlInput) string {
	var h string
	if r.c.bulk {
		nl := r.nl
		nl.preheader = r.preheader()
		h = newsletterHTML(in, nl)
	} else {
		h = renderHTML(r.c.htmlStyle, in)
	}
	// Many senders set the dateline in bold; a third of the ids do.
	if rel := r.b.Release; rel != nil && rel.Dateline != nil && r.s.intn("bold-dateline", 3) == 0 {
		d := textEscape(*rel.Dateline)
		h = strings.Replace(h, d+" ", "<b>"+d+"</b> ", 1)
	}
	return h
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
