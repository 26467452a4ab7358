package segment

import (
	"time"

	"newsdesk/process/normalise/block"
)

// datelines reads the dateline of each of a release's first blocks once:
// the rules, the labeller's inputs and the cut all ask about the same
// blocks, some several times.
type datelines struct {
	bs   []block.Block
	ref  *time.Time
	read []datelineRead // of the first blocks, by index
}

type datelineRead struct {
	done, ok bool
	d        dateline
}

// readDatelines is what every rule asks about bs: all ask about the
// first 30 blocks at most, which are remembered.
func readDatelines(bs []block.Block, ref *time.Time) *datelines {
	return &datelines{bs: bs, ref: ref, read: make([]datelineRead, min(len(bs), 30))}
}

// at is ParseDateline of block i.
func (c *datelines) at(i int) (dateline, bool) {
	if i >= len(c.read) {
		return ParseDateline(c.bs[i].Text(), c.ref)
	}
	r := &c.read[i]
	if !r.done {
		r.d, r.ok = ParseDateline(c.bs[i].Text(), c.ref)
		r.done = true
	}
	return r.d, r.ok
}
