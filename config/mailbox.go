package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
)

// TLSMode is how the poller secures its IMAP connection.
type TLSMode string

const (
	TLSImplicit TLSMode = "implicit" // imaps://, port 993
	TLSStartTLS TLSMode = "starttls" // imap://, STARTTLS required
	TLSOff      TLSMode = "off"      // imap://…?tls=off, local test servers only
)

// Mailbox is one IMAP folder the poller reads.
type Mailbox struct {
	Name     string // key of the cursor and of every queued message
	Addr     string // host:port
	TLS      TLSMode
	Username string
	Password string
	Folder   string
}

// String describes the mailbox without its password, for logs and errors.
func (m Mailbox) String() string {
	return fmt.Sprintf("%s (%s, tls=%s)", m.Name, m.Addr, m.TLS)
}

// ParseMailbox reads an IMAP URL such as
// imaps://desk%40example.org@imap.example.org/INBOX. The password comes
// from the URL or, when absent there, from password. Errors never repeat
// the URL, which may hold the password.
func ParseMailbox(raw, password string) (Mailbox, error) {
	u, err := url.Parse(raw)
	if err != nil {
		// Every url.Parse error quotes part of the input, and a URL with a
		// forgotten host puts the password where the port should be.
		return Mailbox{}, errors.New("not a valid URL (want imaps://USER[:PASSWORD]@HOST[:PORT]/FOLDER; the text is not repeated here because it may hold a password)")
	}
	m := Mailbox{Folder: strings.TrimPrefix(u.Path, "/")}
	if m.Folder == "" {
		m.Folder = "INBOX"
	}
	port := u.Port()
	switch u.Scheme {
	case "imaps":
		m.TLS = TLSImplicit
		if port == "" {
			port = "993"
		}
	case "imap":
		m.TLS = TLSStartTLS
		if port == "" {
			port = "143"
		}
	default:
		return Mailbox{}, errors.New("unsupported scheme: want imaps:// or imap://")
	}
	q := u.Query()
	switch q.Get("tls") {
	case "":
	case "off":
		if m.TLS == TLSImplicit {
			return Mailbox{}, errors.New("tls=off contradicts imaps://")
		}
		m.TLS = TLSOff
	default:
		return Mailbox{}, errors.New("unsupported tls= value: the only option is tls=off")
	}
	if u.Hostname() == "" {
		return Mailbox{}, errors.New("no host")
	}
	m.Addr = net.JoinHostPort(u.Hostname(), port)
	if u.User == nil || u.User.Username() == "" {
		return Mailbox{}, errors.New("no user name (imaps://USER@HOST/FOLDER)")
	}
	m.Username = u.User.Username()
	if p, ok := u.User.Password(); ok {
		m.Password = p
	} else {
		m.Password = password
	}
	if m.Password == "" {
		return Mailbox{}, errors.New("no password: put it in the URL or in NEWSDESK_IMAP_PASSWORD")
	}
	m.Name = q.Get("name")
	if m.Name == "" {
		m.Name = m.Username + "@" + u.Hostname() + "/" + m.Folder
	}
	if strings.ContainsAny(m.Name, "\r\n\x00") {
		return Mailbox{}, errors.New("mailbox name must not contain line breaks")
	}
	return m, nil
}
