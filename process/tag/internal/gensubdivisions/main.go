// Command gensubdivisions reduces the npm package cldr-subdivisions-full
// (Unicode CLDR, Unicode License v3; see NOTICE) to the table
// process/tag embeds: one "name<TAB>country" line per ISO 3166-2
// subdivision's English name, sorted, gzip-compressed. (The package's
// other languages name only the United Kingdom's four countries, which
// the hand lists already hold.)
//
// Get the input with: npm pack cldr-subdivisions-full && tar xzf cldr-subdivisions-full-*.tgz
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	in := flag.String("in", "package/subdivisions/en/en.json", "the package's English names")
	out := flag.String("out", "data/subdivisions.tsv.gz", "table to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gensubdivisions:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var doc struct {
		Subdivisions struct {
			LocaleDisplayNames struct {
				Subdivisions map[string]string `json:"subdivisions"`
			} `json:"localeDisplayNames"`
		} `json:"subdivisions"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	seen := map[string]bool{}
	var lines []string
	for code, name := range doc.Subdivisions.LocaleDisplayNames.Subdivisions {
		name = strings.TrimSpace(name)
		if name == "" || len(code) < 3 || strings.ContainsAny(name, "\t\n") || generic(name) {
			continue
		}
		l := name + "\t" + strings.ToUpper(code[:2])
		if !seen[l] {
			seen[l] = true
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := zw.Write([]byte(strings.Join(lines, "\n") + "\n")); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// generic: a name made only of compass points and landform words ("North
// West", "Nord", "Centre", "Gulf") is a direction or a common noun in
// text far more often than the region it names, so it is left out.
func generic(name string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if !genericWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var genericWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`north south east west northern southern eastern western central centre center middle
		upper lower northeast northwest southeast southwest nord sud süd ost est ouest west norte sur este oeste centro
		gulf coast coastal islands island capital region district city lakes lake river mountain mountains highlands
		lowlands plateau valley bay sea`) {
		genericWords[w] = true
	}
}
