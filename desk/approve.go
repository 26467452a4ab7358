package desk

import (
	"context"
	"net/http"

	"newsdesk/store"
)

// approve hands the draft to the Approver (publishing, once wired).
func (d *Desk) approve(w http.ResponseWriter, r *http.Request) {
	d.act(w, r, func(ctx context.Context, dr store.DeskDraft, actor string) error {
		return d.approver.Approve(ctx, dr.ID, actor)
	})
}
