package desk

import (
	"context"
	"net/http"

	"newsdesk/store"
)

// claim puts a new draft in review under the editor's name.
func (d *Desk) claim(w http.ResponseWriter, r *http.Request) {
	d.act(w, r, func(ctx context.Context, dr store.DeskDraft, actor string) error {
		s := store.TabInReview
		_, err := d.st.Apply(ctx, dr.ID, store.Transition{Actor: actor, Action: "claim",
			From: []string{store.TabNew}, Status: &s, ClaimedBy: &actor})
		return err
	})
}

// release gives a claimed draft back to the new tab.
func (d *Desk) release(w http.ResponseWriter, r *http.Request) {
	d.act(w, r, func(ctx context.Context, dr store.DeskDraft, actor string) error {
		s := store.TabNew
		_, err := d.st.Apply(ctx, dr.ID, store.Transition{Actor: actor, Action: "release",
			From: []string{store.TabInReview}, Status: &s, ClaimedBy: new("")})
		return err
	})
}
