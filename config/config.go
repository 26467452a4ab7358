// Package config loads newsdesk's one typed configuration from the
// environment, validates it and reports every problem at once.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// DefaultHTTPAddr is each role's own listen address, so the roles of one
// host never collide: the editors' app (run, serve) on 8080, the poller on
// 8081, the workers on 8082 (a second worker process on one host needs its
// own, e.g. the systemd template's 127.0.0.1:809N).
func DefaultHTTPAddr(role string) string {
	switch role {
	case "poll":
		return "127.0.0.1:8081"
	case "work":
		return "127.0.0.1:8082"
	default:
		return "127.0.0.1:8080"
	}
}

// DefaultDatabaseURL is the local PostgreSQL over its Unix socket; the
// database is created on first start when the server allows it.
const DefaultDatabaseURL = "postgres:///newsdesk?host=/var/run/postgresql"

// Config is everything a newsdesk process needs to know at start.
type Config struct {
	DatabaseURL  string        // DATABASE_URL
	NATSURL      string        // NATS_URL; empty starts an embedded server
	DataDir      string        // NEWSDESK_DATA_DIR: embedded NATS storage
	Queue        string        // NEWSDESK_QUEUE: stream, consumer and bucket prefix
	HTTPAddr     string        // NEWSDESK_HTTP_ADDR; "" until a role picks its default (DefaultHTTPAddr)
	Workers      int           // NEWSDESK_WORKERS
	PollInterval time.Duration // NEWSDESK_POLL_INTERVAL
	AckWait      time.Duration // NEWSDESK_ACK_WAIT: redelivery delay after a worker dies
	FetchBatch   int           // NEWSDESK_FETCH_BATCH: UIDs per FETCH
	MaxMessage   int64         // NEWSDESK_MAX_MESSAGE_BYTES: larger mail is rejected
	MaxAttempts  int           // NEWSDESK_MAX_ATTEMPTS: unfinished processing attempts before a message is stored as failed
	WorkMemory   int64         // NEWSDESK_WORK_MEMORY_BYTES: raw email bytes a process's workers hold at once
	MailboxFile  string        // NEWSDESK_CONFIG: TOML mailbox list, read by LoadMailboxes
	Mailboxes    []Mailbox     // NEWSDESK_IMAP_URL (+ NEWSDESK_IMAP_PASSWORD), then the file's
}

// FromEnv reads the configuration from getenv (os.Getenv in main, a map in
// tests) and validates it. The error lists every bad variable.
func FromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		DatabaseURL:  or(getenv("DATABASE_URL"), DefaultDatabaseURL),
		NATSURL:      getenv("NATS_URL"),
		DataDir:      or(getenv("NEWSDESK_DATA_DIR"), defaultDataDir()),
		Queue:        or(getenv("NEWSDESK_QUEUE"), "newsdesk"),
		HTTPAddr:     getenv("NEWSDESK_HTTP_ADDR"),
		Workers:      2,
		PollInterval: 15 * time.Second,
		AckWait:      30 * time.Second,
		FetchBatch:   50,
		MaxMessage:   50 << 20,
		MaxAttempts:  5,
		WorkMemory:   32 << 20,
	}
	var errs []error
	intVar(getenv, "NEWSDESK_WORKERS", &c.Workers, &errs)
	intVar(getenv, "NEWSDESK_FETCH_BATCH", &c.FetchBatch, &errs)
	intVar(getenv, "NEWSDESK_MAX_ATTEMPTS", &c.MaxAttempts, &errs)
	bytesVar(getenv, "NEWSDESK_MAX_MESSAGE_BYTES", &c.MaxMessage, &errs)
	bytesVar(getenv, "NEWSDESK_WORK_MEMORY_BYTES", &c.WorkMemory, &errs)
	durationVar(getenv, "NEWSDESK_POLL_INTERVAL", &c.PollInterval, &errs)
	durationVar(getenv, "NEWSDESK_ACK_WAIT", &c.AckWait, &errs)
	if v := getenv("NEWSDESK_IMAP_URL"); v != "" {
		m, err := ParseMailbox(v, getenv("NEWSDESK_IMAP_PASSWORD"))
		if err == nil && m.Password == "" {
			err = errors.New("no password: put it in the URL or in NEWSDESK_IMAP_PASSWORD")
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("NEWSDESK_IMAP_URL: %w", err))
		} else {
			c.Mailboxes = append(c.Mailboxes, m)
		}
	}
	c.MailboxFile = getenv("NEWSDESK_CONFIG")
	errs = append(errs, c.check()...)
	if len(errs) > 0 {
		return c, fmt.Errorf("config: %w", errors.Join(errs...))
	}
	return c, nil
}

// check validates values however they were set (environment or flags).
func (c Config) check() []error {
	var errs []error
	if c.Workers < 1 || c.Workers > 256 {
		errs = append(errs, fmt.Errorf("NEWSDESK_WORKERS: %d is outside 1..256", c.Workers))
	}
	if c.MaxAttempts < 1 || c.MaxAttempts > 100 {
		errs = append(errs, fmt.Errorf("NEWSDESK_MAX_ATTEMPTS: %d is outside 1..100", c.MaxAttempts))
	}
	if c.FetchBatch < 1 || c.FetchBatch > 1000 {
		errs = append(errs, fmt.Errorf("NEWSDESK_FETCH_BATCH: %d is outside 1..1000", c.FetchBatch))
	}
	if c.PollInterval < time.Second {
		errs = append(errs, fmt.Errorf("NEWSDESK_POLL_INTERVAL: %s is shorter than 1s", c.PollInterval))
	}
	if c.AckWait < time.Second {
		errs = append(errs, fmt.Errorf("NEWSDESK_ACK_WAIT: %s is shorter than 1s", c.AckWait))
	}
	if c.MaxMessage < 1<<20 {
		errs = append(errs, fmt.Errorf("NEWSDESK_MAX_MESSAGE_BYTES: %d is below 1 MiB", c.MaxMessage))
	}
	if c.WorkMemory < 1<<20 {
		errs = append(errs, fmt.Errorf("NEWSDESK_WORK_MEMORY_BYTES: %d is below 1 MiB", c.WorkMemory))
	}
	if !validName(c.Queue) {
		errs = append(errs, fmt.Errorf("NEWSDESK_QUEUE: %q must be letters, digits, '-' or '_'", c.Queue))
	}
	return errs
}

// LoadMailboxes adds the mailboxes of NEWSDESK_CONFIG, if set. Only the
// roles that read mail call it, so workers need no mailbox secrets.
func (c *Config) LoadMailboxes(getenv func(string) string) error {
	if c.MailboxFile == "" {
		return nil
	}
	mbs, err := LoadMailboxes(c.MailboxFile, getenv)
	if err != nil {
		return fmt.Errorf("config: NEWSDESK_CONFIG: %w", err)
	}
	seen := map[string]bool{}
	for _, m := range append(c.Mailboxes, mbs...) {
		if seen[m.Name] {
			return fmt.Errorf("config: mailbox name %q is used twice (in NEWSDESK_CONFIG and NEWSDESK_IMAP_URL?)", m.Name)
		}
		seen[m.Name] = true
	}
	c.Mailboxes = append(c.Mailboxes, mbs...)
	return nil
}

// Validate re-checks the configuration after flags have changed it.
func (c Config) Validate() error {
	if errs := c.check(); len(errs) > 0 {
		return fmt.Errorf("config: %w", errors.Join(errs...))
	}
	return nil
}

func intVar(getenv func(string) string, name string, dst *int, errs *[]error) {
	v := getenv(name)
	if v == "" {
		return
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		*errs = append(*errs, fmt.Errorf("%s: %q is not a whole number", name, v))
		return
	}
	*dst = n
}

func bytesVar(getenv func(string) string, name string, dst *int64, errs *[]error) {
	v := getenv(name)
	if v == "" {
		return
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		*errs = append(*errs, fmt.Errorf("%s: %q is not a whole number of bytes", name, v))
		return
	}
	*dst = n
}

func durationVar(getenv func(string) string, name string, dst *time.Duration, errs *[]error) {
	v := getenv(name)
	if v == "" {
		return
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		*errs = append(*errs, fmt.Errorf("%s: %q is not a duration such as 30s or 2m", name, v))
		return
	}
	*dst = d
}

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// defaultDataDir is durable state, never a temporary directory: the
// embedded JetStream keeps queued mail there.
func defaultDataDir() string {
	if d := os.Getenv("STATE_DIRECTORY"); d != "" { // systemd's StateDirectory=
		return d
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "state", "newsdesk")
	}
	return "newsdesk-data"
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
