package queue

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// MinServerVersion is the oldest nats-server newsdesk runs on. 2.9.10
// (Debian 12's) kept already-acknowledged messages in the work-queue
// stream after a kill -9, and once held one unacknowledged for minutes;
// the embedded server (go.mod's nats-server) did neither. newsdesk
// supports what its tests run against: the 2.15 line of go.mod's module.
const MinServerVersion = "2.15.0"

// ErrServerVersion marks a NATS server too old for newsdesk: no retry cures it.
var ErrServerVersion = errors.New("unsupported NATS server version")

// CheckServerVersion fails with a clear error when v, a server's reported
// version, is older than MinServerVersion or unreadable.
func CheckServerVersion(v string) error {
	got, ok := parseVersion(v)
	want, _ := parseVersion(MinServerVersion)
	if !ok {
		return fmt.Errorf("queue: %w: the server reports %q, which newsdesk cannot read; it needs %s or later", ErrServerVersion, v, MinServerVersion)
	}
	for i := range got {
		if got[i] != want[i] {
			if got[i] < want[i] {
				return fmt.Errorf("queue: %w: NATS server %s is older than %s, the oldest newsdesk supports "+
					"(2.9 kept stored messages in the work queue after a crash): upgrade it, or leave NATS_URL unset "+
					"for `newsdesk run` to embed a current one", ErrServerVersion, v, MinServerVersion)
			}
			return nil
		}
	}
	return nil
}

// parseVersion reads "2.10.3", "v2.11.0-beta.1" and the like.
func parseVersion(v string) ([3]int, bool) {
	var out [3]int
	v = strings.TrimPrefix(v, "v")
	v, _, _ = strings.Cut(v, "-")
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return out, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return out, false
		}
		out[i] = n
	}
	return out, true
}
