package ingest

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"newsdesk/config"
)

func TestIdleDelivery(t *testing.T) {
	r := newRig(t)
	mb := r.mailbox("desk", "INBOX")
	r.run(r.poller(mb)) // polling interval 1h: only IDLE can bring mail in quickly
	r.waitState(mb.Name, "idle")
	for i := range 3 {
		r.dove.Deliver(t, "desk", "INBOX", release("idle", i))
		r.waitMessages(int64(i+1), 20*time.Second)
	}
}

func TestPollingFallbackWithoutIdle(t *testing.T) {
	// Dovecot advertising everything it has except IDLE.
	r := newRig(t, "imap_capability = IMAP4rev1 LITERAL+ SASL-IR ID ENABLE UNSELECT CHILDREN NAMESPACE UIDPLUS ESEARCH MOVE")
	mb := r.mailbox("desk", "INBOX")
	p := r.poller(mb)
	p.Interval = 200 * time.Millisecond
	r.run(p)
	r.waitState(mb.Name, "polling")
	for i := range 3 {
		r.dove.Deliver(t, "desk", "INBOX", release("poll", i))
	}
	r.waitMessages(3, 20*time.Second)
}

func TestReconnectLosesNothing(t *testing.T) {
	r := newRig(t)
	mb := r.mailbox("desk", "INBOX")
	r.dove.Append(t, "desk", "INBOX", releases("before", 300))
	r.run(r.poller(mb))
	// Kicked while fetching the backlog.
	r.waitFor("the fetch to be under way", 30*time.Second, func() bool { return r.queued(mb.Name) > 0 })
	r.dove.Kick(t, "desk")
	r.waitMessages(300, time.Minute)
	// Kicked while idling.
	r.waitState(mb.Name, "idle")
	r.dove.Kick(t, "desk")
	r.dove.Deliver(t, "desk", "INBOX", release("after-kick", 0))
	r.waitMessages(301, time.Minute)
	// Server restarted while idling.
	r.waitState(mb.Name, "idle")
	r.dove.Restart(t)
	r.dove.Deliver(t, "desk", "INBOX", release("after-restart", 0))
	r.waitMessages(302, time.Minute)
	if s := r.status(mb.Name); s.LastUID != 302 || s.LastError == "" {
		t.Errorf("status after reconnects: %+v (want cursor 302 and the last error recorded)", s)
	}
	if got := r.queued(mb.Name); got < 302 {
		t.Errorf("queued %d, want ≥ 302", got)
	}
}

func TestUIDValidityChange(t *testing.T) {
	r := newRig(t)
	mb := r.mailbox("desk", "INBOX")
	r.dove.Append(t, "desk", "INBOX", releases("uv", 5))
	r.run(r.poller(mb))
	r.waitMessages(5, 30*time.Second)
	r.waitState(mb.Name, "idle")
	old := r.status(mb.Name).UIDValidity
	r.dove.SetUIDValidity(t, "desk", "INBOX", old+1000)
	r.dove.Kick(t, "desk") // an open session is told to log in again on its next command
	r.dove.Append(t, "desk", "INBOX", releases("uv-new", 3))
	r.waitMessages(8, 30*time.Second)
	r.waitFor("the cursor under the new UIDVALIDITY", 30*time.Second, func() bool {
		s := r.status(mb.Name)
		return s.UIDValidity == old+1000 && s.LastUID == 8
	})
	if st := r.stats(); st.Drafts != 8 {
		t.Errorf("stats %+v: want 8 drafts, no doubles", st)
	}
}

func TestOneReaderPerMailbox(t *testing.T) {
	r := newRig(t)
	mb := r.mailbox("desk", "INBOX")
	first, second := r.poller(mb), r.poller(mb)
	stopFirst := r.run(first)
	r.waitState(mb.Name, "idle")
	r.run(second)
	r.dove.Append(t, "desk", "INBOX", releases("two", 20))
	r.waitMessages(20, 30*time.Second)
	if got := r.queued(mb.Name); got != 20 {
		t.Errorf("published %d times for 20 messages: two readers?", got)
	}
	stopFirst() // the reader goes away; the standby must take over
	r.dove.Append(t, "desk", "INBOX", releases("takeover", 10))
	start := time.Now()
	r.waitMessages(30, 30*time.Second)
	t.Logf("standby took over and stored 10 new messages in %s", time.Since(start).Round(time.Millisecond))
	if got := r.queued(mb.Name); got != 30 {
		t.Errorf("published %d times for 30 messages", got)
	}
}

func TestLargeAndOversizeMail(t *testing.T) {
	r := newRig(t)
	mb := r.mailbox("desk", "INBOX")
	p := r.poller(mb)
	p.MaxMessage = 40 << 20
	// Big mail is big because of its attachments, as real releases are.
	big := func(tag string, size int) []byte {
		photo := bytes.Repeat([]byte("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2\r\n"), size/66)
		return slices.Concat([]byte("From: Press Office <press@ministry.example>\r\nTo: news@desk.example\r\n"+
			"Subject: "+tag+" with photos\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: <"+tag+"@ministry.example>\r\n"+
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"+
			"Content-Type: text/plain; charset=utf-8\r\n\r\nLONDON, 2 November 2026 – Photos attached.\r\n--b\r\n"+
			"Content-Type: image/jpeg\r\nContent-Disposition: attachment; filename=photos.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"),
			photo, []byte("--b--\r\n"))
	}
	r.dove.Deliver(t, "desk", "INBOX", big("thirty", 30<<20)) // above NATS's payload limit: object store
	r.dove.Deliver(t, "desk", "INBOX", big("fifty", 50<<20))  // above the hard limit: headers only, rejected
	r.run(p)
	r.waitMessages(2, 2*time.Minute)
	if st := r.stats(); st.Drafts != 1 || st.Rejected != 1 {
		t.Errorf("stats %+v: want the 30 MB one drafted and the 50 MB one rejected", st)
	}
}

func TestAfterProcessing(t *testing.T) {
	r := newRig(t)
	flagged := r.mailbox("desk", "INBOX")
	flagged.After = config.After{Action: config.AfterFlag, Arg: "$Newsdesk"}
	moved := r.mailbox("other", "INBOX")
	moved.After = config.After{Action: config.AfterMove, Arg: "Archive"}
	r.dove.Deliver(t, "other", "Archive", release("creates-archive", 0)) // the target folder must exist
	r.dove.Append(t, "desk", "INBOX", releases("flag", 3))
	r.dove.Append(t, "other", "INBOX", releases("move", 2))
	r.run(r.poller(flagged))
	r.run(r.poller(moved))
	r.waitMessages(5, 30*time.Second)
	r.waitFor("flags and moves", 30*time.Second, func() bool {
		f := r.folder("desk", "desk-pw", "INBOX")
		m := r.folder("other", "other-pw", "INBOX")
		return len(f) == 3 && slices.ContainsFunc(f, func(fl []imap.Flag) bool { return slices.Contains(fl, "$Newsdesk") }) &&
			!slices.ContainsFunc(f, func(fl []imap.Flag) bool { return !slices.Contains(fl, "$Newsdesk") }) && len(m) == 0
	})
	if got := len(r.folder("other", "other-pw", "Archive")); got != 3 {
		t.Errorf("Archive holds %d messages, want 3", got)
	}
	for _, fl := range r.folder("desk", "desk-pw", "INBOX") {
		if slices.Contains(fl, imap.FlagSeen) {
			t.Error("the poller marked a message read")
		}
	}
}

// folder returns the flags of every message in a folder, read-only.
func (r *rig) folder(user, pass, name string) [][]imap.Flag {
	r.t.Helper()
	c, err := imapclient.DialInsecure(r.dove.Addr, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, pass).Wait(); err != nil {
		r.t.Fatal(err)
	}
	sel, err := c.Select(name, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		r.t.Fatal(err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	bufs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{Flags: true}).Collect()
	if err != nil {
		r.t.Fatal(err)
	}
	var out [][]imap.Flag
	for _, b := range bufs {
		out = append(out, b.Flags)
	}
	return out
}

func TestWrongPasswordDoesNotStopOthers(t *testing.T) {
	r := newRig(t)
	bad := r.mailbox("desk", "INBOX")
	bad.Password = "wrong-secret"
	good := r.mailbox("other", "INBOX")
	r.run(r.poller(bad))
	r.run(r.poller(good))
	r.dove.Append(t, "other", "INBOX", releases("good", 2))
	r.waitMessages(2, 30*time.Second)
	r.waitFor("the login failure to be recorded", 30*time.Second, func() bool { return r.status(bad.Name).LastError != "" })
	s := r.status(bad.Name)
	if strings.Contains(s.LastError, "wrong-secret") || !strings.Contains(s.LastError, "desk") {
		t.Errorf("recorded error %q: want the user named and the password absent", s.LastError)
	}
}
