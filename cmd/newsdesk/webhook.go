package main

import (
	"context"
	"flag"
	"fmt"

	"newsdesk/publish"
)

// runWebhook manages partners' webhook endpoints: "add NAME URL" prints
// the signing secret, once; "enable NAME" turns back on an endpoint that
// repeated failures disabled; "list" shows the endpoints and their state.
func runWebhook(ctx context.Context, e env, args []string) error {
	usage := func() error {
		fmt.Fprint(e.stderr, "Usage: newsdesk webhook add NAME URL | enable NAME | list\n\n"+
			"add registers a partner endpoint and prints its signing secret (whsec_…) this once: store it now.\n"+
			"Events are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature).\n")
		return errUsage
	}
	if len(args) == 0 {
		return usage()
	}
	switch {
	case args[0] == "-h" || args[0] == "--help":
		usage()
		return flag.ErrHelp
	case args[0] == "add" && len(args) == 3:
		st, err := openStore(ctx, e, "webhook", "add a webhook endpoint", nil)
		if err != nil {
			return err
		}
		defer st.Close()
		secret, err := publish.AddWebhook(ctx, st, args[1], args[2])
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "webhook %s → %s added\nsigning secret (shown only now): %s\n", args[1], args[2], secret)
		return nil
	case args[0] == "enable" && len(args) == 2:
		st, err := openStore(ctx, e, "webhook", "enable a webhook endpoint", nil)
		if err != nil {
			return err
		}
		defer st.Close()
		if err := st.EnableEndpoint(ctx, args[1]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "webhook %s enabled\n", args[1])
		return nil
	case args[0] == "list" && len(args) == 1:
		st, err := openStore(ctx, e, "webhook", "list webhook endpoints", nil)
		if err != nil {
			return err
		}
		defer st.Close()
		eps, err := st.Endpoints(ctx)
		if err != nil {
			return err
		}
		for _, ep := range eps {
			state := "enabled"
			if !ep.Enabled {
				state = "DISABLED: " + ep.Reason
			}
			fmt.Fprintf(e.stdout, "%-20s %s  %s (failures in a row: %d)\n", ep.Name, ep.URL, state, ep.Failures)
		}
		return nil
	}
	return usage()
}
