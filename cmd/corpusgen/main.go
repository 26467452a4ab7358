// Command corpusgen renders corpus briefs (one JSON file per email case) into
// the labelled corpus: <out>/<split>/<id>.eml and <id>.expected.json.
//
//	go run ./cmd/corpusgen -briefs testdata/genre/briefs/a,testdata/genre/briefs/b -out testdata/genre
//
// Rendering is deterministic, so the corpus can be regenerated and grown.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	briefs := flag.String("briefs", "", "comma-separated brief directories (default: every directory under testdata/genre/briefs)")
	out := flag.String("out", "testdata/genre", "output directory; cases go to <out>/<split>/")
	check := flag.Bool("check", false, "validate the briefs and render them in memory, write nothing")
	flag.Parse()
	dirs, err := briefDirs(*briefs)
	if err == nil {
		var n int
		n, err = run(dirs, *out, *check)
		if err == nil {
			verb := "wrote"
			if *check {
				verb = "checked"
			}
			fmt.Printf("corpusgen: %s %d cases from %s\n", verb, n, strings.Join(dirs, ","))
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func briefDirs(flagValue string) ([]string, error) {
	if flagValue != "" {
		return strings.Split(flagValue, ","), nil
	}
	entries, err := os.ReadDir(filepath.Join("testdata", "genre", "briefs"))
	if err != nil {
		return nil, fmt.Errorf("corpusgen: %w (run from the module root or pass -briefs)", err)
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, filepath.Join("testdata", "genre", "briefs", e.Name()))
		}
	}
	return dirs, nil
}

// loaded is a brief with the file it came from.
type loaded struct {
	file  string
	brief *Brief
}

// load reads and validates every brief; all problems come back as one error.
func load(dirs []string) ([]loaded, error) {
	var p problems
	var all []loaded
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err != nil {
			return nil, fmt.Errorf("corpusgen: %w", err)
		}
		if len(files) == 0 {
			p.add(dir, "briefs", "no *.json files")
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := readBrief(f)
			if err != nil {
				p.add(f, "json", "%v", err)
				continue
			}
			validate(f, b, &p)
			all = append(all, loaded{f, b})
		}
	}
	crossCheck(all, &p)
	if len(p.list) > 0 {
		return nil, fmt.Errorf("corpusgen: %d problems:\n%s", len(p.list), strings.Join(p.list, "\n"))
	}
	return all, nil
}

func readBrief(file string) (*Brief, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return decodeBrief(f)
}

// crossCheck finds duplicate ids and references to unknown ids.
func crossCheck(all []loaded, p *problems) {
	ids := map[string]string{}
	for _, l := range all {
		if prev, ok := ids[l.brief.ID]; ok {
			p.add(l.file, "id", "%q is also used by %s", l.brief.ID, prev)
		}
		ids[l.brief.ID] = l.file
	}
	for _, l := range all {
		e := l.brief.Expected
		for field, ref := range map[string]*string{"expected.duplicate_of": e.DuplicateOf, "expected.revision_of": e.RevisionOf} {
			if ref == nil {
				continue
			}
			if _, ok := ids[*ref]; !ok {
				p.add(l.file, field, "names unknown id %q", *ref)
			} else if *ref == l.brief.ID {
				p.add(l.file, field, "names the brief itself")
			}
		}
	}
}

// run renders every brief; it returns how many cases it wrote.
func run(dirs []string, out string, check bool) (int, error) {
	all, err := load(dirs)
	if err != nil {
		return 0, err
	}
	type file struct {
		path string
		data []byte
	}
	var files []file
	var errs []error
	for _, l := range all {
		b := l.brief
		eml, err := render(b)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: render: %w", l.file, err))
			continue
		}
		exp, err := expectedJSON(b.Expected)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", l.file, err))
			continue
		}
		dir := filepath.Join(out, b.Split)
		files = append(files, file{filepath.Join(dir, b.ID+".eml"), eml}, file{filepath.Join(dir, b.ID+".expected.json"), exp})
	}
	if len(errs) > 0 {
		return 0, fmt.Errorf("corpusgen: %w", errors.Join(errs...))
	}
	if check {
		return len(all), nil
	}
	keep := map[string]bool{}
	for _, f := range files {
		if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
			return 0, fmt.Errorf("corpusgen: %w", err)
		}
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			return 0, fmt.Errorf("corpusgen: %w", err)
		}
		keep[f.path] = true
	}
	if err := removeStale(out, writerLetters(all), keep); err != nil {
		return 0, err
	}
	return len(all), nil
}

func writerLetters(all []loaded) map[byte]bool {
	m := map[byte]bool{}
	for _, l := range all {
		m[l.brief.ID[0]] = true
	}
	return m
}

// removeStale deletes outputs of briefs that no longer exist (or moved
// split). Only the writers whose briefs were rendered are touched, so
// rendering one writer's directory leaves the others' cases alone.
func removeStale(out string, letters map[byte]bool, keep map[string]bool) error {
	for _, split := range []string{"train", "test"} {
		matches, err := filepath.Glob(filepath.Join(out, split, "*"))
		if err != nil {
			return fmt.Errorf("corpusgen: %w", err)
		}
		for _, m := range matches {
			base := filepath.Base(m)
			if keep[m] || !idRe.MatchString(strings.TrimSuffix(strings.TrimSuffix(base, ".eml"), ".expected.json")) || !letters[base[0]] {
				continue
			}
			if !strings.HasSuffix(base, ".eml") && !strings.HasSuffix(base, ".expected.json") {
				continue
			}
			if err := os.Remove(m); err != nil {
				return fmt.Errorf("corpusgen: remove stale: %w", err)
			}
		}
	}
	return nil
}
