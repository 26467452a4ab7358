package main

import (
	"bytes"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"newsdesk/config"
	"newsdesk/deploy/demo"
)

// startDemo serves the sample releases from an in-process IMAP server on a
// loopback port and returns the mailbox that reads them.
func startDemo(log *slog.Logger) (config.Mailbox, func(), error) {
	const user, pass = "demo", "demo"
	msgs, err := demo.Messages()
	if err != nil {
		return config.Mailbox{}, nil, err
	}
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(user, pass)
	if err := u.Create("INBOX", nil); err != nil {
		return config.Mailbox{}, nil, fmt.Errorf("demo: %w", err)
	}
	for _, m := range msgs {
		if _, err := u.Append("INBOX", literal{bytes.NewReader(m), int64(len(m))}, &imap.AppendOptions{Time: time.Now()}); err != nil {
			return config.Mailbox{}, nil, fmt.Errorf("demo: append: %w", err)
		}
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return config.Mailbox{}, nil, fmt.Errorf("demo: %w", err)
	}
	go srv.Serve(ln)
	mb, err := config.ParseMailbox(fmt.Sprintf("imap://%s:%s@%s/INBOX?tls=off&name=demo", user, pass, ln.Addr()), "")
	if err != nil {
		srv.Close()
		return config.Mailbox{}, nil, err
	}
	log.Info("demo IMAP server loaded with sample releases", "addr", ln.Addr().String(), "messages", len(msgs))
	return mb, func() { srv.Close() }, nil
}

// literal adapts a byte slice to imap.LiteralReader.
type literal struct {
	*bytes.Reader
	size int64
}

func (l literal) Size() int64 { return l.size }
