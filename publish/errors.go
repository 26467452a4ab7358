package publish

import (
	"errors"
	"fmt"
	"time"
)

// Errors the desk branches on.
var (
	// ErrEmbargoHold: the draft is embargoed at an instant nobody could read;
	// a person must set it (Service.SetEmbargo) before it can go out.
	ErrEmbargoHold = errors.New("publish: embargo instant not set")
	// ErrStatus: the draft's review status does not allow the action.
	ErrStatus = errors.New("publish: not allowed in this status")
	// ErrOverride: an embargo override without a chief or a reason.
	ErrOverride = errors.New("publish: an embargo override needs a chief and a reason")
	// ErrNotPublished: there is no published story to correct or cancel.
	ErrNotPublished = errors.New("publish: story not published")
	// ErrInvalidWebhook: a webhook endpoint without a name or an http(s) URL.
	ErrInvalidWebhook = errors.New("publish: invalid webhook")
)

// EmbargoError refuses to publish before the embargo lifts.
type EmbargoError struct {
	Until time.Time
}

func (e *EmbargoError) Error() string {
	return fmt.Sprintf("publish: embargoed until %s", e.Until.UTC().Format(time.RFC3339))
}
