package normalise

import (
	"fmt"
	"time"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/mime"
)

// Release is the text Inspect segments: the chosen release's blocks, its
// subject and the date its relative dates are read against.
type Release struct {
	Blocks  []block.Block
	Subject string
	Ref     *time.Time
}

// ReleaseBlocks runs Inspect's stages up to segmentation, so that the
// role labeller is trained on exactly the blocks it will label.
func ReleaseBlocks(raw []byte) (Release, error) {
	w := &mime.Walker{}
	c, err := w.ReadMessage(raw, 0)
	if err != nil {
		return Release{}, fmt.Errorf("normalise: %w", err)
	}
	sent := c.Date(nil)
	rel := chooseRelease(c, sent, w)
	return Release{Blocks: rel.blocks, Subject: rel.from.Subject(), Ref: rel.from.Date(sent)}, nil
}
