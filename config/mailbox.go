package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"
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
	CAFile   string // PEM roots to trust instead of the system's
	Username string
	Password string // for AuthPassword
	Folder   string
	Auth     AuthMethod
	OAuth2   OAuth2    // for AuthXOAuth2 and AuthOAuthBearer
	After    After     // what to do with a message once it is queued
	Since    time.Time // first start: import only mail received since (zero: all)
}

// AuthMethod is how the poller logs in.
type AuthMethod string

const (
	AuthPassword    AuthMethod = "password"    // LOGIN, or AUTHENTICATE PLAIN
	AuthXOAuth2     AuthMethod = "xoauth2"     // Microsoft 365, Gmail
	AuthOAuthBearer AuthMethod = "oauthbearer" // RFC 7628, Gmail
)

// OAuth2 says where access tokens come from: a file another tool keeps
// fresh, or a refresh token exchanged at TokenURL.
type OAuth2 struct {
	TokenFile    string // holds a current access token; re-read at every login
	TokenURL     string
	ClientID     string
	ClientSecret string
	RefreshToken string
	Scopes       []string
}

// AfterAction is what happens to a message in the mailbox once it is queued.
type AfterAction string

const (
	AfterNone AfterAction = "none"
	AfterFlag AfterAction = "flag" // add a keyword or flag, e.g. $Newsdesk
	AfterMove AfterAction = "move" // move to another folder
)

// After is an AfterAction with its argument (the flag or the folder).
type After struct {
	Action AfterAction
	Arg    string
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
	m := Mailbox{Folder: strings.TrimPrefix(u.Path, "/"), Auth: AuthPassword, After: After{Action: AfterNone}}
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
	m.Name = q.Get("name")
	if m.Name == "" {
		m.Name = m.Username + "@" + u.Hostname() + "/" + m.Folder
	}
	if strings.ContainsAny(m.Name, "\r\n\x00") {
		return Mailbox{}, errors.New("mailbox name must not contain line breaks")
	}
	return m, nil
}
