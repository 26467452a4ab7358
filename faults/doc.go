// Package faults holds newsdesk's fault-injection suite (faults_test.go):
// the whole pipeline on services of its own — a throwaway PostgreSQL
// cluster, a nats-server, Dovecot — with processes killed and stopped at
// random during a backlog, then checked for lost and doubled mail.
//
// go test ./faults runs a short round (CI). For a long run:
//
//	FAULTS_EMAILS=3000 FAULTS_ROUNDS=24 go test ./faults -run TestFaults -v -timeout 60m
//
// FAULTS_SEED repeats a run's random choices.
package faults
