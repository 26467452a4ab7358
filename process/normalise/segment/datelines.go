package segment

import (
	"strings"
	"time"

	"newsdesk/process/normalise/block"
)

// Datelines reads the dateline of each of a release's first blocks once:
// the rules, the labeller's inputs and the cut all ask about the same
// blocks, some several times, and choosing the release asks first.
type Datelines struct {
	bs   []block.Block
	ref  *time.Time
	read []datelineRead // of the first blocks, by index
}

type datelineRead struct {
	done, ok bool
	d        dateline
}

// ReadDatelines is what every rule asks about bs: all ask about the
// first 30 blocks at most, which are remembered. ref is the email's date,
// for dates without a year.
func ReadDatelines(bs []block.Block, ref *time.Time) *Datelines {
	return &Datelines{bs: bs, ref: ref, read: make([]datelineRead, min(len(bs), 30))}
}

// Reads says whether c reads its blocks' datelines as ReadDatelines would
// with ref: the same instant in the same offset, or both without a date.
func (c *Datelines) Reads(ref *time.Time) bool {
	if c.ref == nil || ref == nil {
		return c.ref == ref
	}
	_, a := c.ref.Zone()
	_, b := ref.Zone()
	return c.ref.Equal(*ref) && a == b
}

// at is ParseDateline of block i.
func (c *Datelines) at(i int) (dateline, bool) {
	if i >= len(c.read) {
		return blockDateline(c.bs[i], c.ref)
	}
	r := &c.read[i]
	if !r.done {
		r.d, r.ok = blockDateline(c.bs[i], c.ref)
		r.done = true
	}
	return r.d, r.ok
}

// blockDateline is ParseDateline of a block's text. A date alone on a
// line of its own over the block's other lines is a letterhead's date
// ("2025年6月7日" over the issuer's name), as it is in a block of its own.
func blockDateline(b block.Block, ref *time.Time) (dateline, bool) {
	d, ok := ParseDateline(b.Text(), ref)
	if ok && d.Place == "" && len(b.Lines) > 1 && d.rest == strings.TrimSpace(strings.Join(b.Lines[1:], " ")) {
		return dateline{}, false
	}
	return d, ok
}
