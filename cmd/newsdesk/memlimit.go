package main

import (
	"runtime/debug"

	"newsdesk/config"
)

// baseMemory is what a process running workers holds besides the email in
// hand: the tagger's tables and compiled patterns, connections and
// buffers.
const baseMemory = 64 << 20

// embeddedNATSMemory is what the embedded NATS server of `newsdesk run`
// holds while large mail passes through its object store: a block of
// 8 MB being written, one being read, and blocks not yet flushed to disk.
const embeddedNATSMemory = 32 << 20

// setMemoryLimit gives a process that runs workers a soft memory limit
// (runtime/debug.SetMemoryLimit), unless GOMEMLIMIT sets one: the base
// (with the embedded NATS server's share when it runs one) plus the
// workers' byte budget; by default 96 MiB for `work`, 128 MiB for `run`.
// Near the limit the garbage collector runs more often instead of letting
// the heap grow to twice the live set (with 25 MB emails, hundreds of
// MB). A soft limit never fails an allocation: a live set above it, as
// while a large email and the Bind message that stores it are both in
// hand, only costs more collection, at most half the CPU, and lets the
// heap overshoot. Measured on ten 25 MB emails: `work` peaked at 147–153
// MB with 96 MiB against 175–184 MB with 128 MiB; `run` at 204–210 MB
// with 96 MiB against 195–200 MB with 128 MiB (its live set, NATS buffers
// included, then stays well above the limit).
func setMemoryLimit(e env, cfg config.Config, r roles) {
	if !r.work || e.getenv("GOMEMLIMIT") != "" {
		return
	}
	limit := baseMemory + cfg.WorkMemory
	if cfg.NATSURL == "" { // only `run` starts without NATS_URL: it embeds the server
		limit += embeddedNATSMemory
	}
	debug.SetMemoryLimit(limit)
	e.log.Info("soft memory limit", "bytes", limit, "work_memory", cfg.WorkMemory)
}
