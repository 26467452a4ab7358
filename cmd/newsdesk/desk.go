package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"newsdesk/desk"
	"newsdesk/store"
)

// openDesk builds the editors' web app that `serve` and `run` mount on
// their HTTP server.
func openDesk(e env, st *store.Store) (*desk.Desk, error) {
	secure, _ := strconv.ParseBool(e.getenv("NEWSDESK_SECURE_COOKIES"))
	return desk.New(desk.Options{Store: st, Log: e.log, SecureCookies: secure})
}

// demoEditor creates (or resets) the demo account with a fresh random
// password and prints how to log in, so a newcomer can open the desk at once.
func demoEditor(ctx context.Context, e env, st *store.Store, addr string) error {
	const name = "demo"
	pw := randomString(12)
	hash, err := desk.HashPassword(pw)
	if err != nil {
		return err
	}
	if _, err := st.AddUser(ctx, name, store.RoleChief, hash); errors.Is(err, store.ErrExists) {
		err = st.SetPassword(ctx, name, hash)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nThe desk: http://%s/\n  user:     %s\n  password: %s\n\n", addr, name, pw)
	return nil
}
