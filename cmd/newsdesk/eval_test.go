package main

import (
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "eval", "../../testdata/corpus")
	if code != 0 {
		t.Fatalf("code %d: %s\n%s", code, errOut, out)
	}
	for _, field := range []string{"kind", "headline", "dateline", "embargo", "embargo_missed", "body_start", "body_end", "body_excludes", "contacts", "language"} {
		if !strings.Contains(out, field) {
			t.Errorf("no %s line in\n%s", field, out)
		}
	}
	if code, _, _ := runCLI(t, nil, "eval"); code != 2 {
		t.Errorf("eval without DIR: code %d, want 2", code)
	}
	if code, _, errOut := runCLI(t, nil, "eval", t.TempDir()); code != 1 || !strings.Contains(errOut, "no NAME.eml") {
		t.Errorf("eval of an empty directory: code %d %q", code, errOut)
	}
}
