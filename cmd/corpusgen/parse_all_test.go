package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-message"
)

// TestCorpusParses reads every committed case back with go-message, the
// library the pipeline uses: each must parse down to its last part, except
// that the header-quirk cases may fail in their header block, which is the
// point of them.
func TestCorpusParses(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusRoot, "*", "*.eml"))
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.HasPrefix(raw, []byte("From ")) {
			raw = raw[bytes.IndexByte(raw, '\n')+1:]
		}
		leaves := 0
		e, err := message.Read(bytes.NewReader(raw))
		if err == nil {
			err = e.Walk(func(_ []int, p *message.Entity, err error) error {
				if mt, _, _ := p.Header.ContentType(); err != nil || strings.HasPrefix(mt, "multipart/") {
					return err // a container's body is its parts, which Walk reads
				}
				leaves++
				_, err = io.Copy(io.Discard, p.Body)
				return err
			})
		}
		if err == nil && leaves == 0 {
			t.Errorf("%s: no parts", filepath.Base(f))
		}
		if err != nil && !hasHeaderQuirk(t, f) {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
}

func hasHeaderQuirk(t *testing.T, eml string) bool {
	t.Helper()
	id := strings.TrimSuffix(filepath.Base(eml), ".eml")
	briefs, _ := filepath.Glob(filepath.Join(corpusRoot, "briefs", "*", id+".json"))
	if len(briefs) != 1 {
		t.Fatalf("%s: no brief", id)
	}
	data, err := os.ReadFile(briefs[0])
	if err != nil {
		t.Fatal(err)
	}
	var b struct {
		HeaderQuirks []string `json:"header_quirks"`
	}
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	for _, q := range b.HeaderQuirks {
		if q == "folded_without_whitespace" || q == "no_blank_line" {
			return true
		}
	}
	return false
}

// TestExpectedKeyOrder: the labels are written with the seed corpus's keys
// in the seed corpus's order.
func TestExpectedKeyOrder(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/corpus/02-mod-outlook-html.expected.json")
	if err != nil {
		t.Fatal(err)
	}
	out, err := expectedJSON(validBrief().Expected)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := topKeys(t, out), topKeys(t, seed); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("keys\n%v\nwant\n%v", got, want)
	}
}

// topKeys lists the top-level keys of a JSON object in document order.
func topKeys(t *testing.T, data []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}
