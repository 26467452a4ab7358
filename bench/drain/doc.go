// Package drain measures how fast newsdesk empties a backlog of emails, as
// real subprocesses of the built binary against a real Dovecot, NATS and
// PostgreSQL, next to the I/O floor measured in the same run. It is all
// benchmarks and their harness; see run.sh and docs/PERFORMANCE.md.
package drain
