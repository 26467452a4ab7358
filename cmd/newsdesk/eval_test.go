package main

import (
	"encoding/json"
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
	code, out, errOut = runCLI(t, nil, "eval", "--json", "../../testdata/corpus")
	var r struct {
		Cases  int
		Fields []struct {
			Name         string
			Right, Total int
			Rate, Target float64
			Pass         bool
		}
		Pass bool
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 {
		t.Fatalf("code %d %v: %s\n%s", code, err, errOut, out)
	}
	if !r.Pass || r.Cases == 0 || len(r.Fields) != 12 {
		t.Errorf("json report %+v", r)
	}
	for _, f := range r.Fields {
		if f.Target <= 0 || !f.Pass || f.Total == 0 {
			t.Errorf("%s: %d/%d, target %v, pass %v", f.Name, f.Right, f.Total, f.Target, f.Pass)
		}
	}
	if code, _, _ := runCLI(t, nil, "eval"); code != 2 {
		t.Errorf("eval without DIR: code %d, want 2", code)
	}
	if code, _, errOut := runCLI(t, nil, "eval", t.TempDir()); code != 1 || !strings.Contains(errOut, "no NAME.eml") {
		t.Errorf("eval of an empty directory: code %d %q", code, errOut)
	}
}
