package desk

import (
	"context"
	"net/http"

	"newsdesk/draft"
	"newsdesk/store"
)

// notRelease moves a draft to the "not releases" tab; with always=on,
// later mail from the same sender goes there too (a trigger applies the
// sender rule as drafts are stored).
func (d *Desk) notRelease(w http.ResponseWriter, r *http.Request) {
	d.act(w, r, func(ctx context.Context, dr store.DeskDraft, actor string) error {
		kind := string(draft.NotPressRelease)
		always := r.PostFormValue("always") == "on" && dr.Sender != ""
		if always {
			if err := d.st.AddSenderRule(ctx, dr.Sender, kind, actor); err != nil {
				return err
			}
		}
		_, err := d.st.Apply(ctx, dr.ID, store.Transition{Actor: actor, Action: "not-release", Kind: &kind,
			From:   []string{store.TabNew, store.TabInReview, store.TabRejected},
			Detail: map[string]any{"always_for_sender": always, "sender": dr.Sender}, ClaimedBy: new("")})
		return err
	})
}

// restore brings a rejected draft or a "not a release" back to new.
func (d *Desk) restore(w http.ResponseWriter, r *http.Request) {
	d.act(w, r, func(ctx context.Context, dr store.DeskDraft, actor string) error {
		kind, status := string(draft.PressRelease), store.TabNew
		_, err := d.st.Apply(ctx, dr.ID, store.Transition{Actor: actor, Action: "restore", Kind: &kind, Status: &status,
			From: []string{store.TabNew, store.TabInReview, store.TabRejected}, Reason: new(""), ClaimedBy: new("")})
		return err
	})
}
