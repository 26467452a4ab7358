package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"newsdesk/config"
	"newsdesk/queue"
	"newsdesk/store"
)

// maxUnacked bounds the bytes sent to JetStream and not yet acknowledged,
// and so the memory a batch holds. Mail too large for a stream message
// counts nothing here: it streams into the object store, which has
// acknowledged every chunk of it before its reference is sent.
const maxUnacked = 16 << 20

// sync queues every message above the stored cursor. It returns how many
// it queued and the cursor after them; the cursor only ever moves past
// UIDs the queue acknowledged.
func (p *Poller) sync(ctx context.Context, c *imapclient.Client, sel *imap.SelectData, dog *watchdog, log *slog.Logger) (int, store.Cursor, error) {
	cur, err := p.Store.Cursor(ctx, p.Mailbox.Name)
	if err != nil {
		return 0, cur, err
	}
	if cur.UIDValidity != sel.UIDValidity {
		if cur, err = p.start(ctx, c, sel, cur, log); err != nil {
			return 0, cur, err
		}
	}
	search, err := c.UIDSearch(&imap.SearchCriteria{
		UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(cur.LastUID + 1), Stop: 0}}},
	}, nil).Wait()
	if err != nil {
		return 0, cur, fmt.Errorf("ingest: search: %w", err)
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
		n, err := p.fetchBatch(ctx, c, &cur, batch, dog, log)
		queued += n
		if err != nil {
			return queued, cur, err
		}
	}
	return queued, cur, nil
}

// start places the cursor of a folder seen for the first time, or whose
// UIDVALIDITY changed: at the beginning, or at the first message since the
// configured date. What was stored before is found again by Message-ID and
// content hash, so re-reading doubles nothing.
func (p *Poller) start(ctx context.Context, c *imapclient.Client, sel *imap.SelectData, old store.Cursor, log *slog.Logger) (store.Cursor, error) {
	if old.UIDValidity != 0 {
		log.Warn("ingest: UIDVALIDITY changed; re-reading the folder", "old", old.UIDValidity, "new", sel.UIDValidity)
	}
	cur := store.Cursor{UIDValidity: sel.UIDValidity}
	if p.Mailbox.Since.IsZero() {
		return cur, nil
	}
	res, err := c.UIDSearch(&imap.SearchCriteria{Since: p.Mailbox.Since}, nil).Wait()
	if err != nil {
		return cur, fmt.Errorf("ingest: search since %s: %w", p.Mailbox.Since.Format("2006-01-02"), err)
	}
	if uids := res.AllUIDs(); len(uids) > 0 {
		cur.LastUID = uint32(slices.Min(uids)) - 1
	} else if sel.UIDNext > 0 {
		cur.LastUID = uint32(sel.UIDNext) - 1
	}
	log.Info("ingest: first read of the folder starts at the configured date", "since", p.Mailbox.Since.Format("2006-01-02"), "after_uid", cur.LastUID)
	return cur, p.Store.SaveCursor(ctx, p.Mailbox.Name, cur)
}

// fetchBatch streams one batch of messages into the queue, advancing cur
// over each UID whose predecessors in the batch are all queued, then
// applies the after-processing action to what it queued.
func (p *Poller) fetchBatch(ctx context.Context, c *imapclient.Client, cur *store.Cursor, batch []imap.UID, dog *watchdog, log *slog.Logger) (int, error) {
	sizes, err := p.sizes(c, batch)
	if err != nil {
		return 0, err
	}
	// Mail that fits a stream message is fetched whole, the rest one UID
	// per command (streamed, below): its object-store name is known before
	// its bytes stream in, and they never sit in memory.
	var whole, queuedSet imap.UIDSet
	var streamed []fetchPart
	for _, u := range batch {
		switch {
		case sizes[u] > p.MaxMessage:
			streamed = append(streamed, fetchPart{imap.UIDSetNum(u), oversize})
		case sizes[u] > int64(p.Queue.MaxInline()):
			streamed = append(streamed, fetchPart{imap.UIDSetNum(u), large})
		default:
			whole.AddNum(u)
		}
	}
	parts := append([]fetchPart{{whole, inline}}, streamed...)
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
	// Messages are sent without waiting for each PubAck; the cursor moves
	// only after flush has seen them acknowledged.
	out := p.Queue.Batch()
	var inFlight []imap.UID
	queued := 0
	flush := func() error {
		if err := out.Wait(ctx); err != nil {
			return err
		}
		for _, u := range inFlight {
			done[u] = true
			queuedSet.AddNum(u)
			p.Metrics.queued(p.Mailbox.Name)
		}
		queued += len(inFlight)
		inFlight = inFlight[:0]
		return advance()
	}
	for _, part := range parts {
		if len(part.set) == 0 {
			continue
		}
		cmd := c.Fetch(part.set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}})
		for {
			msg := cmd.Next()
			if msg == nil {
				break
			}
			dog.kick()
			m := queue.Mail{Mailbox: p.Mailbox.Name, UIDValidity: cur.UIDValidity}
			var err error
			if part.kind == inline {
				err = read(msg, &m)
			} else {
				err = p.readStreamed(ctx, msg, &m, part, dog, log)
			}
			if err != nil {
				cmd.Close()
				return queued, err
			}
			uid := imap.UID(m.UID)
			if err := out.Add(ctx, m); err != nil {
				cmd.Close()
				return queued, err
			}
			inFlight = append(inFlight, uid)
			if out.Bytes() > maxUnacked {
				if err := flush(); err != nil {
					cmd.Close()
					return queued, err
				}
			}
		}
		if err := cmd.Close(); err != nil {
			return queued, fmt.Errorf("ingest: fetch: %w", err)
		}
		if err := flush(); err != nil {
			return queued, err
		}
	}
	// UIDs the server did not return were expunged meanwhile: step over them.
	for _, u := range batch {
		done[u] = true
	}
	if err := advance(); err != nil {
		return queued, err
	}
	if len(queuedSet) > 0 {
		if err := p.after(c, queuedSet); err != nil {
			// The mail is safely queued; only the courtesy to the mailbox failed.
			log.Error("ingest: after-processing action failed", "action", p.Mailbox.After.Action, "arg", p.Mailbox.After.Arg, "err", err)
		}
	}
	return queued, nil
}

// after flags or moves messages that are safely queued.
func (p *Poller) after(c *imapclient.Client, uids imap.UIDSet) error {
	switch p.Mailbox.After.Action {
	case config.AfterFlag:
		return c.Store(uids, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true,
			Flags: []imap.Flag{imap.Flag(p.Mailbox.After.Arg)}}, nil).Close()
	case config.AfterMove:
		_, err := c.Move(uids, p.Mailbox.After.Arg).Wait()
		return err
	}
	return nil
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
func read(msg *imapclient.FetchMessageData, m *queue.Mail) error {
	for {
		item := msg.Next()
		if item == nil {
			break
		}
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			m.UID = uint32(item.UID)
		case imapclient.FetchItemDataBodySection:
			b, err := io.ReadAll(item.Literal)
			if err != nil {
				return fmt.Errorf("ingest: read message body: %w", err)
			}
			m.Raw = b
		}
	}
	if m.UID == 0 || m.Raw == nil {
		return fmt.Errorf("ingest: server sent message %d without UID or body", msg.SeqNum)
	}
	return nil
}

// fetchPart is one FETCH command of a batch: the mail that fits a stream
// message, or one large or over-size UID.
type fetchPart struct {
	set  imap.UIDSet
	kind sizeClass
}

type sizeClass int

const (
	inline   sizeClass = iota // read whole, travels in the stream message
	large                     // streamed into the object store, processed from there
	oversize                  // above MaxMessage: streamed into the object store, kept, not processed
)

// readStreamed streams a large or over-size email (part holds its one UID)
// into the object store, holding a few chunks of it (640 KiB) in memory.
// A large one is then queued by reference; an over-size one is queued as
// its header block with a reference to the whole: it is kept,
// retrievable, but never processed.
func (p *Poller) readStreamed(ctx context.Context, msg *imapclient.FetchMessageData, m *queue.Mail, part fetchPart, dog *watchdog, log *slog.Logger) error {
	nums, _ := part.set.Nums()
	m.UID = uint32(nums[0])
	got := false
	for {
		item := msg.Next()
		if item == nil {
			break
		}
		body, ok := item.(imapclient.FetchItemDataBodySection)
		if !ok {
			continue
		}
		// The watchdog measures silence; a long upload is not silence.
		dog.pause()
		var err error
		if part.kind == large {
			m.Size, err = p.Queue.StoreLarge(ctx, m.Key(), body.Literal)
			m.Object = m.Key()
		} else {
			m.Raw, m.Oversize, err = p.Queue.StoreOriginal(ctx, m.Key(), body.Literal)
			m.Original = queue.OriginalName(m.Key())
		}
		dog.kick()
		if err != nil {
			return err
		}
		got = true
	}
	if !got {
		return fmt.Errorf("ingest: server sent message %d without a body", m.UID)
	}
	if part.kind == oversize {
		log.Warn("ingest: message over the size limit; kept in the object store, queued as headers only",
			"uid", m.UID, "size", m.Oversize, "limit", p.MaxMessage, "object", m.Original)
	}
	return nil
}
