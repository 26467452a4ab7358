package normalise

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current normaliser")

// TestGolden compares the whole draft of every corpus email with the one
// kept in testdata/golden, so any change to any field (body_html,
// warnings, attachments) shows up in review. After an intended change:
// go test ./process -run Golden -update, then read the diff.
func TestGolden(t *testing.T) {
	for _, c := range corpus(t) {
		if bytes.Contains(c.raw, []byte("application/pdf")) {
			continue // pdftotext's layout varies between poppler versions
		}
		t.Run(c.name, func(t *testing.T) {
			d, err := Inspect(c.raw)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(d); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", c.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("draft differs from %s (-update rewrites it):\n%s", path, firstDiff(string(want), got.String()))
			}
		})
	}
}

// firstDiff shows the first line that differs, with its neighbours.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		if i >= len(w) || i >= len(g) || w[i] != g[i] {
			line := func(ls []string) string {
				if i < len(ls) {
					return ls[i]
				}
				return "(end)"
			}
			return "line " + strconv.Itoa(i+1) + ":\n  want " + line(w) + "\n  got  " + line(g)
		}
	}
	return ""
}
