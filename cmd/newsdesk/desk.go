package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"newsdesk/desk"
	"newsdesk/process"
	"newsdesk/publish"
	"newsdesk/store"
)

// openDesk builds the editors' web app that `serve` and `run` mount on
// their HTTP server.
// Approving goes through publishing, whose feeds, published API and
// webhook admin the desk serves behind its authentication.
func openDesk(e env, st *store.Store) (*desk.Desk, error) {
	secure, _ := strconv.ParseBool(e.getenv("NEWSDESK_SECURE_COOKIES"))
	var routes []desk.Route
	for _, r := range publish.NewAPI(st, e.log).Routes() {
		// Chiefs read the webhook admin; only admins change it.
		routes = append(routes, desk.Route{Pattern: r.Pattern, Chief: r.Admin,
			Admin: r.Admin && strings.HasPrefix(r.Pattern, "POST "), Handler: r.Handler})
	}
	return desk.New(desk.Options{Store: st, Log: e.log, SecureCookies: secure,
		Approver: publish.NewService(st, "", e.log), Routes: routes,
		AddWebhook: func(ctx context.Context, name, url string) (string, error) {
			return publish.AddWebhook(ctx, st, name, url)
		},
		RetryFailed: func(ctx context.Context, id int64) error {
			_, err := process.RetryFailed(ctx, st, []int64{id}, nil)
			return err
		}})
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
