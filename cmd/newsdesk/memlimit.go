package main

import (
	"runtime/debug"

	"newsdesk/config"
)

// baseMemory is what a process running workers holds besides the email in
// hand: the tagger's tables, the embedded NATS server's caches in `run`,
// connections and buffers.
const baseMemory = 64 << 20

// setMemoryLimit gives a process that runs workers a soft memory limit
// (runtime/debug.SetMemoryLimit), unless GOMEMLIMIT sets one: the base
// plus twice the workers' byte budget, an email costing twice its size at
// its peak (its bytes, and the Bind message that sends them to
// PostgreSQL); 128 MiB by default. Near the limit the garbage collector runs
// more often instead of letting the heap grow to twice the live set (with
// 25 MB emails, hundreds of MB). A soft limit never fails an allocation:
// a live set above it only costs more collection, at most half the CPU.
func setMemoryLimit(e env, cfg config.Config, r roles) {
	if !r.work || e.getenv("GOMEMLIMIT") != "" {
		return
	}
	limit := baseMemory + 2*cfg.WorkMemory
	debug.SetMemoryLimit(limit)
	e.log.Info("soft memory limit", "bytes", limit, "work_memory", cfg.WorkMemory)
}
