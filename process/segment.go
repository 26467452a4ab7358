package process

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"newsdesk/draft"
)

// segments is a release cut into its parts.
type segments struct {
	pre         []block // above the headline: labels, embargo lines, notes
	headline    string
	subheadline string
	dateline    *draft.Dateline
	body        []block
	trailer     []block // below the end: notes to editors, About, contacts
	ended       bool    // an end marker closed the body
}

// endWord is one language's "end" of a release.
const endWord = `(?:-?\s*ends?\s*-?|end\s+of\s+(?:press\s+)?release|fin|ende|slutt|slut|konec|koniec|fine|einde|loppu|vége|30|x{3}|#(?:\s*#){2,}|\*(?:\s*\*){2,})`

var (
	// releaseLabel is a line that names the document type, not the story.
	releaseLabel = regexp.MustCompile(`(?i)^\W*(?:[\p{L}&]+\s+){0,3}(?:press|news|media)\s+(?:release|statement|notice|advisory|announcement|information)\b|^\W*(?:for\s+)?immediate\s+release|^\W*(?:communiqu[ée](?:\s+de\s+presse)?|pressemitteilung|pressemeldung|presseinformation|nota\s+de\s+prensa|comunicado(?:\s+de\s+prensa)?|comunicato\s+stampa|persbericht|pressemelding|pressmeddelande|tiedote|statement|update|correction|corrected)\b|^\W*(?:view|read)\s+(?:this|it|the)\b.{0,30}\b(?:browser|online)|^\W*(?:having\s+trouble\s+viewing|web\s+version)|^\W*(?:issued|published|released|date[d]?)\s*(?:on|:)|^\W*(?:no|ref|reference)\.?\s*:?\s*\d|^\W*news\s+provided\s+by`)
	endMarker    = regexp.MustCompile(`(?i)^[\s\-–—#*=_~.\[\]()<>]*` + endWord + `(?:\s*[/|]\s*` + endWord + `)*[\s\-–—#*=_~.\[\]()<>]*$`)
	// trailerHead is a short heading that opens the boilerplate after a
	// release's body; footer is a line of it at any length.
	trailerHead = regexp.MustCompile(`(?i)^\W*(?:about\s+\S|à\s+propos|über\s+\S|acerca\s+de|a\s+propósito|informazioni\s+su|om\s+\S|over\s+\S|notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?'?s?'?\s+notes?|note\s+aux\s+rédactions|hinweis\s+für\s+redaktionen|background(?:\s+information)?\s*:?$|(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|information|office|desk)|contacts?\b|for\s+(?:more|further)\s+information|further\s+information|more\s+information|for\s+media\s+enquiries|pressekontakt|kontakt|contact\s+presse|forward[- ]looking\s+statements?|safe\s+harbou?r|disclaimer|source\s+\p{Lu}|(?:presse|press|media)\s*:|follow\s+us|kind\s+regards|best\s+regards|warm\s+regards|regards,|best\s+wishes|many\s+thanks|sincerely|yours\s+(?:sincerely|faithfully)|mit\s+freundlichen\s+grüßen|cordialement|--\s*$)`)
	footer      = regexp.MustCompile(`(?i)^\W*(?:sent\s+from\s+my|unsubscribe|you\s+are\s+receiving|you\s+received\s+this|this\s+e-?mail\s+(?:and\s+any|is\s+(?:confidential|intended))|to\s+stop\s+receiving|manage\s+(?:your\s+)?(?:preferences|subscription))`)
	caption     = regexp.MustCompile(`(?i)^\W*(?:photo|picture|image|caption|pictured|foto|bild)(?:\s+\d+|\s+attached|\s+caption)?\s*:`)
	greeting    = regexp.MustCompile(`(?i)^\W*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|bonjour|hallo|liebe[rs]?|sehr\s+geehrte)\b`)
	hasContact  = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|\b0)\d[\d ()./-]{6,}\d|\(\d{3}\)\s?\d{3}[ .-]\d{4}\b`)
	mdWrap      = regexp.MustCompile(`^[*_]+(.*?)[*_]+$`)
)

// segment finds headline, dateline, body and boilerplate in the blocks of
// a release. ref is the email's date, for dates without a year.
func segment(bs []block, ref *time.Time) segments {
	var s segments
	limit := min(len(bs), 20)
	start, dl := -1, -1
	var dline dateline
	for i := 0; i < limit; i++ {
		if d, ok := parseDateline(bs[i].text(), ref); ok {
			dl, dline = i, d
			break
		}
	}
	var title []int // candidate title blocks, in order
	if dl >= 0 {
		for i := 0; i < dl; i++ {
			if titleLike(bs[i]) {
				title = append(title, i)
				// The standfirst is the block under the headline, full stop or not.
				if i+1 < dl && subLike(bs[i+1]) {
					title = append(title, i+1)
				}
				break
			}
		}
		s.dateline = &dline.Dateline
		if dline.rest != "" {
			start = dl
			bs[dl] = block{kind: para, lines: []string{dline.rest}}
		} else {
			// The dateline stands alone, above or below the title.
			start = dl + 1
			if len(title) == 0 {
				for start < len(bs) && len(title) < 2 && titleLike(bs[start]) && (len(title) == 0 || subLike(bs[start])) {
					title = append(title, start)
					start++
				}
			}
		}
	} else {
		for i := 0; i < limit; i++ {
			if titleLike(bs[i]) {
				title = append(title, i)
				start = i + 1
				if i+1 < len(bs) && subLike(bs[i+1]) && !strings.ContainsAny(lastRune(bs[i+1].text()), ".!?") {
					title = append(title, i+1)
					start = i + 2
				}
				break
			}
		}
	}
	if len(title) > 0 {
		s.headline = headlineText(bs[title[0]].text(), bs)
		s.pre = append(s.pre, bs[:title[0]]...)
		if len(title) > 1 && subLike(bs[title[1]]) {
			s.subheadline = strings.Trim(bs[title[1]].text(), "*_ ")
		}
	}
	if start < 0 {
		start = 0
	}
	s.pre = append(s.pre, preBlocks(bs, title, start)...)
	end := len(bs)
	for i := start + 1; i < len(bs); i++ {
		t := bs[i].text()
		if len(t) <= 48 && utf8.RuneCountInString(t) <= 24 && endMarker.MatchString(t) {
			end, s.ended = i, true
			break
		}
		if bs[i].words() <= 12 && trailerHead.MatchString(t) || footer.MatchString(t) || contactBlock(bs[i]) {
			end = i
			break
		}
	}
	for _, b := range bs[start:end] {
		if !caption.MatchString(b.text()) {
			s.body = append(s.body, b)
		}
	}
	if s.ended {
		s.trailer = bs[end+1:]
	} else {
		s.trailer = bs[end:]
	}
	return s
}

// preBlocks are the non-title blocks above the body start.
func preBlocks(bs []block, title []int, start int) []block {
	var out []block
	from := 0
	if len(title) > 0 {
		from = title[0] + 1
	}
	for i := from; i < start && i < len(bs); i++ {
		isTitle := false
		for _, t := range title {
			isTitle = isTitle || t == i
		}
		if !isTitle {
			out = append(out, bs[i])
		}
	}
	return out
}

// titleLike says whether a block could be a headline: a few words, no
// sentence punctuation at its end, not a label, address or greeting.
func titleLike(b block) bool {
	t := strings.Trim(b.text(), "*_ ")
	w := len(strings.Fields(t))
	if w < 3 || w > 40 || len(b.lines) > 4 || b.kind == item || b.kind == table {
		return false
	}
	if strings.ContainsAny(lastRune(t), ".,;:!") || strings.Contains(t, "@") || strings.Contains(t, "://") || strings.Contains(t, " | ") {
		return false
	}
	return !releaseLabel.MatchString(t) && !embargoKey.MatchString(t) && !greeting.MatchString(t) &&
		!trailerHead.MatchString(t) && !endMarker.MatchString(t)
}

// subLike says whether a block could be a standfirst.
func subLike(b block) bool {
	t := b.text()
	w := len(strings.Fields(t))
	return w >= 3 && w <= 60 && !strings.Contains(t, "@") && !releaseLabel.MatchString(t) && !embargoKey.MatchString(t) &&
		!trailerHead.MatchString(t) && b.kind != item
}

// contactBlock is a short block of name, phone and email lines.
func contactBlock(b block) bool {
	if len(b.lines) > 8 || b.words() > 40 || !hasContact.MatchString(b.text()) {
		return false
	}
	return strings.Contains(b.text(), "@") || len(b.lines) >= 2
}

func lastRune(s string) string {
	s = strings.TrimRight(s, " ”\"’'»)")
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return ""
	}
	return string(r)
}
