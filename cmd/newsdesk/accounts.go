package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/term"

	"newsdesk/config"
	"newsdesk/desk"
	"newsdesk/store"
)

var roleNames = []string{store.RoleEditor, store.RoleChief, store.RoleAdmin}

// runUser manages desk accounts: add, list, disable.
func runUser(ctx context.Context, e env, args []string) error {
	sub := ""
	if len(args) > 0 {
		sub, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet("user "+sub, flag.ContinueOnError)
	role := fs.String("role", store.RoleEditor, "editor, chief or admin")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage:\n  newsdesk user add NAME [--role editor|chief|admin]   password from standard input, or prompted for\n"+
			"  newsdesk user list\n  newsdesk user disable NAME\n")
	}
	names, err := parseInterleaved(fs, e, args)
	if err != nil {
		return err
	}
	want := map[string]int{"add": 1, "list": 0, "disable": 1}
	if n, ok := want[sub]; !ok || len(names) != n || sub == "add" && !slices.Contains(roleNames, *role) {
		fs.Usage()
		return errUsage
	}
	st, err := openDB(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	switch sub {
	case "add":
		pw, err := readPassword(e)
		if err != nil {
			return err
		}
		hash, err := desk.HashPassword(pw)
		if err != nil {
			return err
		}
		if _, err := st.AddUser(ctx, names[0], *role, hash); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "user %s added as %s\n", names[0], *role)
	case "list":
		us, err := st.Users(ctx)
		if err != nil {
			return err
		}
		for _, u := range us {
			state := "active"
			if u.Disabled {
				state = "disabled"
			}
			fmt.Fprintf(e.stdout, "%-20s %-7s %-8s %s\n", u.Name, u.Role, state, u.CreatedAt.Format("2006-01-02"))
		}
	case "disable":
		if err := st.DisableUser(ctx, names[0]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "user %s disabled\n", names[0])
	}
	return nil
}

// runToken creates an API token, prints it once and keeps only its hash.
func runToken(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("token add", flag.ContinueOnError)
	role := fs.String("role", store.RoleEditor, "editor, chief or admin")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newsdesk token add NAME [--role editor|chief|admin]\n\nPrints a new API token once; only its hash is stored.\n")
	}
	if len(args) == 0 || args[0] != "add" {
		fs.SetOutput(e.stderr)
		fs.Usage()
		return errUsage
	}
	names, err := parseInterleaved(fs, e, args[1:])
	if err != nil {
		return err
	}
	if len(names) != 1 || !slices.Contains(roleNames, *role) {
		fs.Usage()
		return errUsage
	}
	st, err := openDB(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	tok := "nd_" + randomString(32)
	sum := sha256.Sum256([]byte(tok))
	if err := st.AddToken(ctx, names[0], *role, sum[:]); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, tok)
	return nil
}

// parseInterleaved lets flags follow the positional arguments
// (`user add NAME --role chief`), which package flag alone does not.
func parseInterleaved(fs *flag.FlagSet, e env, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, e, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func openDB(ctx context.Context, e env) (*store.Store, error) {
	url := e.getenv("DATABASE_URL")
	if url == "" {
		url = config.DefaultDatabaseURL
	}
	st, err := store.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// readPassword prompts twice without echo on a terminal, else reads the
// first line of standard input (for scripts: `echo pw | newsdesk user add`).
func readPassword(e env) (string, error) {
	in := e.stdin
	if in == nil {
		in = os.Stdin
	}
	if f, ok := in.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(e.stderr, "Password: ")
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprint(e.stderr, "\nAgain: ")
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(e.stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if string(a) != string(b) {
			return "", errors.New("the passwords differ")
		}
		return checkPassword(string(a))
	}
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password: %w", err)
	}
	return checkPassword(strings.TrimRight(line, "\r\n"))
}

func checkPassword(pw string) (string, error) {
	if len(pw) < 10 {
		return "", errors.New("the password needs at least 10 characters")
	}
	return pw, nil
}

func randomString(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails since Go 1.24
	return base64.RawURLEncoding.EncodeToString(b)
}
