package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"newsdesk/queue"
	"newsdesk/store"
)

// sync queues every message above the stored cursor and returns how many
// it queued. The cursor only ever moves past UIDs the queue acknowledged.
func (p *Poller) sync(ctx context.Context, c *imapclient.Client, uidValidity uint32, log *slog.Logger) (int, error) {
	cur, err := p.Store.Cursor(ctx, p.Mailbox.Name)
	if err != nil {
		return 0, err
	}
	if cur.UIDValidity != uidValidity {
		if cur.UIDValidity != 0 {
			// Every UID is new now; what was stored before is found again
			// by Message-ID and content hash, so nothing doubles.
			log.Warn("ingest: UIDVALIDITY changed; re-reading the folder", "old", cur.UIDValidity, "new", uidValidity)
		}
		cur = store.Cursor{UIDValidity: uidValidity}
	}
	search, err := c.UIDSearch(&imap.SearchCriteria{
		UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(cur.LastUID + 1), Stop: 0}}},
	}, nil).Wait()
	if err != nil {
		return 0, fmt.Errorf("ingest: search: %w", err)
	}
	var uids []imap.UID
	// "N:*" always matches the highest UID, even when it is below N.
	for _, u := range search.AllUIDs() {
		if uint32(u) > cur.LastUID {
			uids = append(uids, u)
		}
	}
	slices.Sort(uids)
	queued := 0
	for batch := range slices.Chunk(uids, p.Batch) {
		n, err := p.fetchBatch(ctx, c, &cur, batch)
		queued += n
		if err != nil {
			return queued, err
		}
	}
	return queued, nil
}

// fetchBatch streams one batch of messages into the queue, advancing cur
// over each UID whose predecessors in the batch are all queued.
func (p *Poller) fetchBatch(ctx context.Context, c *imapclient.Client, cur *store.Cursor, batch []imap.UID) (int, error) {
	sizes, err := p.sizes(c, batch)
	if err != nil {
		return 0, err
	}
	var whole, oversize imap.UIDSet
	for _, u := range batch {
		if sizes[u] > p.MaxMessage {
			oversize.AddNum(u)
		} else {
			whole.AddNum(u)
		}
	}
	done := map[imap.UID]bool{}
	advance := func() error {
		i := slices.Index(batch, imap.UID(cur.LastUID)) + 1
		moved := false
		for ; i < len(batch) && done[batch[i]]; i++ {
			cur.LastUID, moved = uint32(batch[i]), true
		}
		if !moved {
			return nil
		}
		return p.Store.SaveCursor(ctx, p.Mailbox.Name, *cur)
	}
	queued := 0
	for _, part := range []struct {
		set     imap.UIDSet
		section *imap.FetchItemBodySection
	}{
		{whole, &imap.FetchItemBodySection{Peek: true}},
		{oversize, &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}},
	} {
		if len(part.set) == 0 {
			continue
		}
		cmd := c.Fetch(part.set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{part.section}})
		for {
			msg := cmd.Next()
			if msg == nil {
				break
			}
			uid, raw, err := read(msg)
			if err != nil {
				cmd.Close()
				return queued, err
			}
			m := queue.Mail{Mailbox: p.Mailbox.Name, UIDValidity: cur.UIDValidity, UID: uint32(uid), Raw: raw}
			if part.section.Specifier == imap.PartSpecifierHeader {
				m.Oversize = sizes[uid]
			}
			if _, err := p.Queue.Publish(ctx, m); err != nil {
				cmd.Close()
				return queued, err
			}
			done[uid] = true
			queued++
			if err := advance(); err != nil {
				cmd.Close()
				return queued, err
			}
		}
		if err := cmd.Close(); err != nil {
			return queued, fmt.Errorf("ingest: fetch: %w", err)
		}
	}
	// UIDs the server did not return were expunged meanwhile: step over them.
	for _, u := range batch {
		done[u] = true
	}
	return queued, advance()
}

// sizes returns RFC822.SIZE for each UID, so over-size mail is never
// downloaded whole.
func (p *Poller) sizes(c *imapclient.Client, batch []imap.UID) (map[imap.UID]int64, error) {
	bufs, err := c.Fetch(imap.UIDSetNum(batch...), &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
	if err != nil {
		return nil, fmt.Errorf("ingest: fetch sizes: %w", err)
	}
	sizes := make(map[imap.UID]int64, len(bufs))
	for _, b := range bufs {
		sizes[b.UID] = b.RFC822Size
	}
	return sizes, nil
}

// read copies one fetched message out of the connection promptly: the
// library gives a streamed literal only minutes before it drops the link.
func read(msg *imapclient.FetchMessageData) (imap.UID, []byte, error) {
	var uid imap.UID
	var raw []byte
	for {
		item := msg.Next()
		if item == nil {
			break
		}
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			uid = item.UID
		case imapclient.FetchItemDataBodySection:
			b, err := io.ReadAll(item.Literal)
			if err != nil {
				return 0, nil, fmt.Errorf("ingest: read message body: %w", err)
			}
			raw = b
		}
	}
	if uid == 0 || raw == nil {
		return 0, nil, fmt.Errorf("ingest: server sent message %d without UID or body", msg.SeqNum)
	}
	return uid, raw, nil
}
