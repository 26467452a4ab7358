package desk

import "errors"

// refuser is implemented by errors that refuse an action for a reason the
// person can act on (publishing's embargo not lifted, a status that does
// not allow it). The desk answers them with 409 and the reason, not 500,
// without importing the package that returns them.
type refuser interface{ Refusal() string }

// refused says whether err refuses the action rather than failing it.
func refused(err error) bool {
	var r refuser
	return errors.Is(err, errRefused) || errors.As(err, &r)
}
