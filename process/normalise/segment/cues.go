package segment

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/embargo"
	"newsdesk/process/normalise/segment/learn"
)

// Inputs describes blocks for the role labeller: shape, HTML tag and the
// rules' verdicts on each, which become features the model weighs.
func Inputs(bs []block.Block, ref *time.Time, subject string) []learn.Input {
	return inputs(bs, ReadDatelines(bs, ref), subject)
}

// inputs is Inputs, with bs's datelines read by dls.
func inputs(bs []block.Block, dls *Datelines, subject string) []learn.Input {
	out := make([]learn.Input, len(bs))
	sw := map[string]bool{}
	for _, w := range wordsOf(SubjectTitle(subject)) {
		sw[w] = true
	}
	titles := 0
	for i, b := range bs {
		t, words, cut := b.Text(), b.Words(), false
		fields := words // of t, as strings.Fields counts them
		if len(t) > maxCueText {
			// The rules judge a long block by its start: their verdicts
			// turn on a block's first words and shape, not its bulk.
			t, cut = cutText(t, maxCueText), true
			b = block.Block{Kind: b.Kind, Lines: []string{t}}
			fields = b.Words()
		}
		var cues []string
		add := func(ok bool, c string) {
			if ok {
				cues = append(cues, c)
			}
		}
		// Each rule's expression runs once per block; titleLike and subLike
		// are recomposed from the verdicts rather than called.
		tt := strings.Trim(t, "*_ ")
		label, emb := ReleaseLabel.MatchString(tt), embargo.EmbargoKey.MatchString(t)
		head, greet, date := TrailerHead.MatchString(t), Greeting.MatchString(t), dateOnly(t)
		end := endMarker(t)
		at, contact := strings.Contains(t, "@"), hasContact(t)
		listy := b.Kind == block.Item || b.Kind == block.Table || block.Bulleted(tt)
		title := words >= 3 && words <= 40 && len(b.Lines) <= 4 && !listy && !strings.ContainsAny(LastRune(tt), ".,;:!") &&
			!at && !strings.Contains(t, "://") && !strings.Contains(t, " | ") && !label && !emb && !greet && !head && !end && !date
		if title {
			titles++
			add(true, "title")
			add(titles == 1, "title1")
		}
		if i < 30 {
			d, ok := dateline{}, false
			if cut { // the block's start, as the other rules read it
				d, ok = ParseDateline(t, dls.ref)
			} else {
				d, ok = dls.at(i)
			}
			if ok {
				add(true, "dateline")
				add(d.rest == "", "dateline-alone")
			}
		}
		add(subjectShare(t, sw) >= 6, "subject")
		add(words >= 3 && words <= 60 && !at && !label && !emb && !head && b.Kind != block.Item && !date, "sub")
		add(words >= 15 && closesSentence(t), "prose")
		add(words <= 12 && label, "label")
		add(emb, "embargo")
		add(end, "end")
		add(words <= 12 && head || TrailerLabel.MatchString(t), "trailer")
		add(words <= 8 && AboutRE.MatchString(t), "about")
		add(footer.MatchString(t), "footer")
		add(contact && len(b.Lines) <= 8 && words <= 40 && (at || len(b.Lines) >= 2), "contact")
		add(contact, "phone-or-mail")
		add(greet, "greeting")
		add(date, "date")
		add(caption.MatchString(t), "caption")
		add(words <= 12 && callToAction.MatchString(t), "cta")
		add(fields >= 2 && fields <= 4 && PersonLike(t), "person") // its own test first, without PersonLike's slice of words
		out[i] = learn.Input{Text: t, Words: words, Lines: len(b.Lines), Tag: tagOf(b.Kind), Cues: cues}
	}
	return out
}

// subjectShare is how many tenths of a block's words (as wordsOf reads
// them) the subject has. It runs on every block, so the words are
// lowercased one by one into a buffer rather than collected.
func subjectShare(t string, sw map[string]bool) int {
	n, shared := 0, 0
	var low []byte
	for w := range strings.FieldsFuncSeq(t, notWordRune) {
		n++
		low = low[:0]
		for _, r := range w {
			low = utf8.AppendRune(low, unicode.ToLower(r))
		}
		if sw[string(low)] {
			shared++
		}
	}
	if n < 3 {
		return 0
	}
	return shared * 10 / n
}

func tagOf(k block.BlockKind) string {
	switch k {
	case block.Heading:
		return "h"
	case block.Item:
		return "li"
	case block.Quote:
		return "quote"
	case block.Table:
		return "table"
	}
	return "p"
}

// maxCueText is how much of a block the rules' verdicts read.
const maxCueText = 4096

func cutText(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
