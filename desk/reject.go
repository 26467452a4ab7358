package desk

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"newsdesk/store"
)

// reject turns a draft down; the reason is required and kept.
func (d *Desk) reject(w http.ResponseWriter, r *http.Request) {
	d.act(w, r, func(ctx context.Context, dr store.DeskDraft, actor string) error {
		return d.rejectDraft(ctx, dr.ID, actor, r.PostFormValue("reason"), version(r))
	})
}

func (d *Desk) rejectDraft(ctx context.Context, id int64, actor, reason string, version int) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return fmt.Errorf("%w: a rejection needs a reason", errRefused)
	}
	s := store.TabRejected
	_, err := d.st.Apply(ctx, id, store.Transition{Actor: actor, Action: "reject", Version: version,
		From:   []string{store.TabNew, store.TabInReview, store.TabApproved, store.TabScheduled},
		Status: &s, Reason: &reason, ClaimedBy: new("")})
	return err
}
