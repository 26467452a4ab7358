package segment

import (
	"slices"
	"strings"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

// asStory is the blocks as the role labeller reads them when it labels
// a release: a social handle is no contact evidence ("X: @DefenceHQ"
// reads as "X:"), and a paragraph of the story that mentions an address
// or a handle in passing reads without them (storyMention). Either had
// the labeller end the body there, and the story under it was lost. Its
// training reads the blocks as written (Inputs), so the committed
// weights stay what the corpus gives. bs is copied only when a block
// changes.
func asStory(bs []block.Block) []block.Block {
	var out []block.Block
	for i, b := range bs {
		if strings.IndexByte(b.Text(), '@') < 0 {
			continue
		}
		var lines []string
		if storyMention(b) {
			lines = []string{strings.Join(strings.Fields(mention.ReplaceAllString(b.Text(), " ")), " ")}
		} else if handle.MatchString(b.Text()) {
			for _, l := range b.Lines {
				lines = append(lines, handle.ReplaceAllString(l, "$1"))
			}
		} else {
			continue
		}
		if out == nil {
			out = slices.Clone(bs)
		}
		out[i] = block.Block{Kind: b.Kind, Lines: lines}
	}
	if out == nil {
		return bs
	}
	return out
}

// storyMention: b is a paragraph of the story that mentions an address
// or a social handle in passing ("Residents with questions can write to
// leeds@….", "The opening is streamed on X by @HarbourYard from 10
// am."), not a contact: every sentence that holds one has five words or
// more besides, the paragraph six, and nothing in it makes it a contact
// (a phone number, a contact label or cue, a trailer's heading or
// footer, an address for pictures or registration).
func storyMention(b block.Block) bool {
	t := b.Text()
	if len(b.Lines) > 3 || b.Words() > 120 || PhoneLine(t) || ContactLabel.MatchString(t) || TrailerHead.MatchString(t) || TrailerLabel.MatchString(t) ||
		footer.MatchString(t) || contactCue.MatchString(t) || reachVerb.MatchString(t) || otherPurpose.MatchString(t) {
		return false
	}
	words, from := 0, 0
	for _, end := range append(sentenceEnd.FindAllStringIndex(t, -1), []int{len(t), len(t)}) {
		sent := t[from:end[0]]
		from = end[1]
		rest := len(strings.Fields(mention.ReplaceAllString(sent, " ")))
		if rest < 5 && mention.MatchString(sent) {
			return false
		}
		words += rest
	}
	return words >= 6
}

var (
	// mention: an email address or a social handle, with the brackets
	// around it.
	mention = prefilter.MustCompile(`\(?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:^|\B)@\w[\w.]*\w)\)?`)
	// handle: a social handle, not an address's "@" ("@DefenceHQ",
	// "(@nato)"); its first group is what stands before it.
	handle = prefilter.MustCompile(`(^|[^\w.+-])@\w[\w.]*\w`)
)
