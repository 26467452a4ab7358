package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const corpusRoot = "../../testdata/genre"

// TestCorpusReproducible regenerates every brief into a temporary directory
// and compares byte for byte with the committed corpus: a brief edited
// without regenerating, or rendering that depends on anything but the
// brief, fails here.
func TestCorpusReproducible(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(corpusRoot, "briefs"))
	if err != nil {
		t.Fatalf("briefs: %v", err)
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, filepath.Join(corpusRoot, "briefs", e.Name()))
		}
	}
	out := t.TempDir()
	n, err := run(dirs, out, false)
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	if n == 0 {
		t.Fatal("no briefs")
	}
	for _, split := range []string{"train", "test"} {
		fresh := listFiles(t, filepath.Join(out, split))
		committed := listFiles(t, filepath.Join(corpusRoot, split))
		for name, data := range fresh {
			old, ok := committed[name]
			switch {
			case !ok:
				t.Errorf("%s/%s is not committed: run go run ./cmd/corpusgen", split, name)
			case !bytes.Equal(old, data):
				t.Errorf("%s/%s differs from a fresh rendering: run go run ./cmd/corpusgen", split, name)
			}
		}
		for name := range committed {
			if _, ok := fresh[name]; !ok {
				t.Errorf("%s/%s has no brief", split, name)
			}
		}
	}
}

func listFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return m
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".eml") && !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = data
	}
	return m
}

// TestStaleRemoval: re-running after a brief is deleted removes its case, and
// rendering one writer's briefs leaves the other writers' cases alone.
func TestStaleRemoval(t *testing.T) {
	out := t.TempDir()
	other := filepath.Join(out, "train", "z001-other.eml")
	if err := os.MkdirAll(filepath.Dir(other), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(out, "test", "g999-gone.eml")
	if err := os.MkdirAll(filepath.Dir(stale), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stale, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := run([]string{filepath.Join(corpusRoot, "briefs", "g")}, out, false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale case of writer g survived: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another writer's case was removed: %v", err)
	}
}

// FuzzBrief feeds arbitrary bytes to the brief decoder and validator; any
// brief they accept must render, deterministically.
func FuzzBrief(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(corpusRoot, "briefs", "*", "*.json"))
	for i, file := range files {
		if i%5 != 0 {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"a001-x","release":{"headline":"x","paragraphs":[]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := decodeBrief(bytes.NewReader(data))
		if err != nil {
			return
		}
		var p problems
		validate("briefs/"+idLetter(b.ID)+"/"+b.ID+".json", b, &p)
		if len(p.list) > 0 {
			return
		}
		one, err := render(b)
		if err != nil {
			t.Fatalf("valid brief does not render: %v", err)
		}
		two, _ := render(b)
		if !bytes.Equal(one, two) {
			t.Fatal("rendering is not deterministic")
		}
	})
}

func idLetter(id string) string {
	if id == "" {
		return "x"
	}
	return id[:1]
}
