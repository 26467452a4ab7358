package main

import (
	"log/slog"
	"math"
	"runtime/debug"
	"testing"

	"newsdesk/config"
)

func TestSetMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	cfg := config.Config{WorkMemory: 16 << 20, NATSURL: "nats://q"}
	check := func(vars map[string]string, r roles, want int64) {
		t.Helper()
		debug.SetMemoryLimit(math.MaxInt64)
		setMemoryLimit(env{getenv: func(k string) string { return vars[k] }, log: slog.New(slog.DiscardHandler)}, cfg, r)
		if got := debug.SetMemoryLimit(-1); got != want {
			t.Errorf("vars %v, roles %+v: limit %d, want %d", vars, r, got, want)
		}
	}
	check(nil, roles{poll: true, work: true, desk: true}, baseMemory+16<<20)
	check(nil, roles{work: true}, baseMemory+16<<20)
	cfg.NATSURL = "" // `run` with its embedded server
	check(nil, roles{poll: true, work: true, desk: true}, baseMemory+embeddedNATSMemory+16<<20)
	check(nil, roles{poll: true}, math.MaxInt64)                                     // no worker: no email in hand
	check(map[string]string{"GOMEMLIMIT": "1GiB"}, roles{work: true}, math.MaxInt64) // the operator's own, applied by the runtime
}
