// Command newsdesk turns press releases emailed to a news desk into draft
// articles. One binary, one subcommand per role; see `newsdesk help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// env is what a subcommand may touch of the outside world, passed in so
// tests can run subcommands in-process.
type env struct {
	stdin          io.Reader // nil: os.Stdin
	stdout, stderr io.Writer
	getenv         func(string) string
	log            *slog.Logger
}

type command struct {
	name, summary string
	run           func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"run", "everything in one process: pollers, workers and the HTTP server", runAll},
		{"poll", "read the configured mailboxes into the queue", runPoll},
		{"work", "process queued emails into drafts", runWork},
		{"serve", "serve the HTTP endpoints", runServe},
		{"migrate", "create or upgrade the database schema", runMigrate},
		{"inspect", "print the draft one .eml file would become, without any service", runInspect},
		{"eval", "measure normalisation accuracy on a directory of labelled emails", runEval},
		{"export", "print every stored draft as one JSON object per line", runExport},
		{"stats", "print counts of stored messages, drafts, rejected and failed", runStats},
		{"user", "manage desk accounts: user add NAME --role ROLE, user list, user disable NAME", runUser},
		{"token", "create an API token: token add NAME --role ROLE", runToken},
		{"queue", "show the queue's state, or remove what is already stored (reconcile)", runQueue},
		{"failed", "list failed emails with their reason, or process them again (retry)", runFailed},
		{"reprocess", "run the current normaliser over stored originals, keeping editors' edits", runReprocess},
		{"train", "rebuild the topic model from editors' tag edits", runTrain},
		{"webhook", "add or list partners' webhook endpoints (add prints the signing secret once)", runWebhook},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := env{
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		log:    slog.New(slog.NewTextHandler(os.Stderr, nil)),
	}
	os.Exit(dispatch(ctx, e, os.Args[1:]))
}

// dispatch runs the subcommand named by args[0] and returns the exit code.
func dispatch(ctx context.Context, e env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			return dispatch(ctx, e, []string{args[1], "-h"})
		}
		usage(e.stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case err != nil:
			fmt.Fprintf(e.stderr, "newsdesk %s: %v\n", c.name, err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(e.stderr, "newsdesk: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return 2
}

// errUsage means the flag package already printed what was wrong.
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprint(w, "newsdesk turns press releases emailed to a news desk into draft articles.\n\nUsage: newsdesk COMMAND [flags]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\n`newsdesk COMMAND -h` explains a command's flags.\n\n"+envHelp)
}

const envHelp = `Environment:
  DATABASE_URL               PostgreSQL (default: local socket, database newsdesk, created if missing)
  NATS_URL                   NATS server with JetStream (default: an embedded server)
  NEWSDESK_DATA_DIR          embedded NATS storage (default: $STATE_DIRECTORY, else ~/.local/state/newsdesk)
  NEWSDESK_CONFIG            TOML file listing mailboxes (see deploy/newsdesk.toml.example)
  NEWSDESK_IMAP_URL          one mailbox: imaps://USER@HOST/FOLDER, imap://… (STARTTLS),
                             imap://…?tls=off (plain, local test servers only)
  NEWSDESK_IMAP_PASSWORD     its password when not in the URL
  NEWSDESK_HTTP_ADDR         HTTP listen address (default by role: run and serve 127.0.0.1:8080,
                             poll 127.0.0.1:8081, work 127.0.0.1:8082)
  NEWSDESK_WORKERS           concurrent workers (default 2)
  NEWSDESK_WORK_MEMORY_BYTES raw email bytes a process's workers hold at once; a larger email runs
                             alone (default 33554432, 32 MiB). Processes running workers set Go's soft
                             memory limit to 64 MiB + this (+ 32 MiB in run, for its embedded
                             NATS server) unless GOMEMLIMIT is set
  NEWSDESK_POLL_INTERVAL     time between mailbox checks (default 15s)
  NEWSDESK_ACK_WAIT          redelivery delay of a message whose worker died (default 30s)
  NEWSDESK_MAX_ATTEMPTS      processing attempts that never finish (worker killed, store refusing) before
                             an email is stored as failed (default 5)
  NEWSDESK_FETCH_BATCH       messages per IMAP FETCH (default 50)
  NEWSDESK_MAX_MESSAGE_BYTES larger emails are kept as headers only and rejected (default 52428800, 50 MiB)
  NEWSDESK_QUEUE             prefix of the JetStream stream, consumer and bucket (default newsdesk)
`

// parseFlags parses args into fs, mapping -h to flag.ErrHelp and bad
// flags to errUsage (the flag package has printed the message).
func parseFlags(fs *flag.FlagSet, e env, args []string) error {
	fs.SetOutput(e.stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// oneArg parses the flags of a command that takes exactly one argument and
// returns that argument.
func oneArg(fs *flag.FlagSet, e env, args []string) (string, error) {
	if err := parseFlags(fs, e, args); err != nil {
		return "", err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return "", errUsage
	}
	return fs.Arg(0), nil
}
