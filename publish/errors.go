package publish

import (
	"fmt"
	"time"
)

// refusal is an error that refuses an action for a reason a person can
// act on. Its Refusal method is how the desk, which does not import
// publish, tells it from a failure: it answers 409 with the reason.
type refusal string

func (r refusal) Error() string   { return string(r) }
func (r refusal) Refusal() string { return string(r) }

// Errors the desk branches on.
var (
	// ErrEmbargoHold: the draft is embargoed at an instant nobody could read;
	// a person must set it (Service.SetEmbargo) before it can go out.
	ErrEmbargoHold error = refusal("publish: embargo instant not set")
	// ErrStatus: the draft's review status does not allow the action.
	ErrStatus error = refusal("publish: not allowed in this status")
	// ErrOverride: an embargo override without a chief or a reason.
	ErrOverride error = refusal("publish: an embargo override needs a chief and a reason")
	// ErrNotPublished: there is no published story to correct or cancel.
	ErrNotPublished error = refusal("publish: story not published")
	// ErrInvalidWebhook: a webhook endpoint without a name or an http(s) URL.
	ErrInvalidWebhook error = refusal("publish: invalid webhook")
)

// EmbargoError refuses to publish before the embargo lifts.
type EmbargoError struct {
	Until time.Time
}

func (e *EmbargoError) Error() string {
	return fmt.Sprintf("publish: embargoed until %s", e.Until.UTC().Format(time.RFC3339))
}

// Refusal marks the embargo as a refusal, like the sentinels above.
func (e *EmbargoError) Refusal() string { return e.Error() }
