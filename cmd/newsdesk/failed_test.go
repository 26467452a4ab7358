package main

import (
	"context"
	"strings"
	"testing"

	"newsdesk/store"
	"newsdesk/svctest"
)

func TestFailedListAndRetry(t *testing.T) {
	ctx := context.Background()
	vars := map[string]string{"DATABASE_URL": svctest.Postgres(t)}
	st, err := store.Open(ctx, vars["DATABASE_URL"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	for i, raw := range []string{
		"Message-ID: <ok@x>\r\nSubject: Fixed since\r\n\r\nLONDON, 2 November 2026 – The ministry announced.\r\n",
		"Message-ID: <junk@x>\r\n\r\n\x00\x01",
	} {
		_, err := st.SaveMessage(ctx, store.Message{SourceKey: "desk:1:" + string(rune('1'+i)), MessageID: "m" + string(rune('1'+i)),
			ContentHash: []byte{byte(i)}, Raw: []byte(raw), Status: store.Failed, Reason: "panic: boom\ngoroutine 7 [running]:\nprocess.x()"})
		if err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCLI(t, vars, "failed", "list")
	if code != 0 || !strings.Contains(out, "panic: boom") || strings.Contains(out, "goroutine 7") || !strings.Contains(out, "2 failed") {
		t.Errorf("list: %d %q %s", code, out, errOut)
	}
	if _, out, _ := runCLI(t, vars, "failed", "list", "-v"); !strings.Contains(out, "goroutine 7") {
		t.Errorf("list -v lacks the stack: %q", out)
	}
	if code, _, _ := runCLI(t, vars, "failed", "retry"); code != 2 {
		t.Errorf("retry without ids: code %d, want 2", code)
	}
	code, out, errOut = runCLI(t, vars, "failed", "retry", "-all")
	if code != 0 || !strings.Contains(out, "drafted") || !strings.Contains(out, "rejected") {
		t.Errorf("retry -all: %d %q %s", code, out, errOut)
	}
	if _, out, _ := runCLI(t, vars, "failed", "list"); !strings.Contains(out, "0 failed") {
		t.Errorf("after retry: %q", out)
	}
	if s, err := st.Stats(ctx); err != nil || s.Drafts != 1 || s.Rejected != 1 || s.Failed != 0 {
		t.Errorf("stats %+v %v", s, err)
	}
	if code, _, errOut := runCLI(t, vars, "failed", "retry", "1"); code != 1 || !strings.Contains(errOut, "not failed") {
		t.Errorf("retry of a drafted message: %d %s", code, errOut)
	}
}
