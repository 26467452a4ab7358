package main

import (
	"bufio"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsdesk/svctest"
)

// unit reads a systemd unit's ExecStart (with %i replaced by instance and
// the installed path by the test binary) and its Environment= lines.
func unit(t *testing.T, file, instance string) (args, env []string) {
	t.Helper()
	f, err := os.Open("../../deploy/systemd/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "ExecStart="); ok {
			args = strings.Fields(strings.ReplaceAll(v, "%i", instance))[1:]
		}
		if v, ok := strings.CutPrefix(line, "Environment="); ok {
			env = append(env, v)
		}
	}
	if args == nil {
		t.Fatalf("%s has no ExecStart", file)
	}
	return args, env
}

// Before the fix poll, serve and both workers all listened on
// 127.0.0.1:8080 and three of the four exited. This runs the systemd
// recipe's own command lines, so it needs the ports the units use
// (8080, 8081, 8091, 8092) free on this host.
func TestSystemdRecipeOnOneHost(t *testing.T) {
	dove := svctest.StartDovecot(t, map[string]string{"desk": "desk-pass"})
	common := append(os.Environ(),
		"DATABASE_URL="+svctest.Postgres(t),
		"NATS_URL="+svctest.NATS(t),
		"NEWSDESK_QUEUE="+svctest.Unique("recipe"),
		"NEWSDESK_IMAP_URL="+dove.URL("desk", "INBOX"))
	start := func(file, instance string) (*exec.Cmd, *syncBuffer) {
		args, env := unit(t, file, instance)
		var log syncBuffer
		cmd := exec.Command(binary, args...)
		cmd.Env = append(env, common...) // as EnvironmentFile= wins over Environment=
		cmd.Stdout, cmd.Stderr = &log, &log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &log
	}
	migrate, log := start("newsdesk-migrate.service", "")
	if err := migrate.Wait(); err != nil {
		t.Fatalf("migrate: %v\n%s", err, log)
	}
	units := []struct{ file, instance, addr string }{
		{"newsdesk-poll.service", "", "127.0.0.1:8081"},
		{"newsdesk-serve.service", "", "127.0.0.1:8080"},
		{"newsdesk-work@.service", "1", "127.0.0.1:8091"},
		{"newsdesk-work@.service", "2", "127.0.0.1:8092"},
	}
	type running struct {
		name   string
		addr   string
		log    *syncBuffer
		cmd    *exec.Cmd
		exited chan error
	}
	var all []running
	for _, u := range units {
		cmd, log := start(u.file, u.instance)
		r := running{u.file + u.instance, u.addr, log, cmd, make(chan error, 1)}
		go func() { r.exited <- cmd.Wait() }()
		t.Cleanup(func() { cmd.Process.Kill() })
		all = append(all, r)
	}
	deadline := time.Now().Add(30 * time.Second)
	for _, r := range all {
		for httpStatus(r.addr, "/readyz") != http.StatusOK {
			select {
			case err := <-r.exited:
				t.Fatalf("%s exited: %v\n%s", r.name, err, r.log)
			case <-time.After(100 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s not ready on %s\n%s", r.name, r.addr, r.log)
			}
		}
	}
	time.Sleep(2 * time.Second) // a restart loop would show now
	for _, r := range all {
		select {
		case err := <-r.exited:
			t.Errorf("%s exited: %v\n%s", r.name, err, r.log)
		default:
		}
		if got := httpStatus(r.addr, "/healthz"); got != http.StatusOK {
			t.Errorf("%s /healthz on %s: %d", r.name, r.addr, got)
		}
	}
	for _, r := range all {
		r.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-r.exited:
			if err != nil {
				t.Errorf("%s after SIGTERM: %v\n%s", r.name, err, r.log)
			}
		case <-time.After(40 * time.Second):
			t.Errorf("%s ignored SIGTERM", r.name)
		}
	}
}
