package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCorpusVariants reshapes every corpus email the way other senders
// would have sent it and holds the same accuracy targets: rules tuned to
// one shape of one email fail here. The labels stay the same because a
// careful editor would extract the same fields from each variant.
func TestCorpusVariants(t *testing.T) {
	endLine := regexp.MustCompile(`(?m)^[ \t]*(?:-?ENDS?-?|-ends-|###|- 30 -|– END –|\*\*\*)[ \t]*\r?\n`)
	endPara := regexp.MustCompile(`<p[^>]*>\s*(?:ENDS?|###)\s*</p>`)
	ukDate := regexp.MustCompile(`\b(\p{Lu}{3,}(?: \p{Lu}{3,})?), (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})`)
	subject := regexp.MustCompile(`(?m)^Subject:.*(?:\r?\n[ \t].*)*`)
	both := func(raw []byte) bool {
		return bytes.Contains(raw, []byte("Content-Type: text/plain")) && bytes.Contains(raw, []byte("Content-Type: text/html"))
	}
	for _, v := range []struct {
		name   string
		apply  func([]byte) []byte // nil: leave the case out
		unsure string              // a field the variant takes the evidence for away
	}{
		{"text part only", func(raw []byte) []byte {
			if !both(raw) {
				return nil
			}
			return bytes.Replace(raw, []byte("Content-Type: text/html"), []byte("Content-Type: application/x-dropped"), 1)
		}, "attachments"}, // only the HTML shows which inline picture is the release's and which a signature's
		{"HTML part only", func(raw []byte) []byte {
			if !both(raw) {
				return nil
			}
			return bytes.Replace(raw, []byte("Content-Type: text/plain"), []byte("Content-Type: application/x-dropped"), 1)
		}, ""},
		{"no end markers", func(raw []byte) []byte { return endPara.ReplaceAll(endLine.ReplaceAll(raw, nil), nil) }, ""},
		{"generic subject", func(raw []byte) []byte { return subject.ReplaceAll(raw, []byte("Subject: News from us")) }, ""},
		{"month-first datelines", func(raw []byte) []byte { return ukDate.ReplaceAll(raw, []byte("$1, $3 $2, $4")) }, ""},
	} {
		t.Run(v.name, func(t *testing.T) {
			dir := t.TempDir()
			files, _ := filepath.Glob("../../../testdata/corpus/*.eml")
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				out := v.apply(raw)
				if out == nil {
					continue
				}
				name := strings.TrimSuffix(filepath.Base(f), ".eml")
				js, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".expected.json")
				if err != nil {
					t.Fatal(err)
				}
				if os.WriteFile(filepath.Join(dir, name+".eml"), out, 0o600) != nil || os.WriteFile(filepath.Join(dir, name+".expected.json"), js, 0o600) != nil {
					t.Fatal("cannot write the variant")
				}
			}
			a, err := MeasureDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range a.Fields {
				if f.Rate() < f.Target && f.Name != v.unsure {
					t.Errorf("%s: %d/%d right, below %.0f%%: %q", f.Name, f.Right, f.Total, f.Target*100, f.Wrong)
				}
			}
			if len(a.EmbargoMissed) > 0 {
				t.Errorf("embargoed releases reported as free: %v", a.EmbargoMissed)
			}
		})
	}
}
