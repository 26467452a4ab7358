package learn

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Input is one block as the labeller sees it: its text and shape, and the
// segmentation rules' verdicts on it ("title", "label", "end", "contact",
// ...), which the model learns how far to trust.
type Input struct {
	Text  string
	Words int
	Lines int
	Tag   string // "p", "h", "li", "quote", "table"
	Cues  []string
}

// shape is the part of a block's features its neighbours see too.
func shape(in Input) []string {
	out := []string{"w" + bucket(in.Words, 0, 1, 3, 6, 11, 21, 41, 81), "l" + bucket(in.Lines, 1, 2, 3, 6), "t" + in.Tag,
		"e" + charClass(lastRune(in.Text)), "f" + charClass(firstRune(in.Text)), "c" + caseShape(in.Text)}
	for _, c := range in.Cues {
		out = append(out, "r"+c)
	}
	return out
}

// Features are block i's observations (the transition from the previous
// role is the model's, not a feature). Numbers go into coarse buckets so
// that nearby values share weights.
func Features(in []Input, i int) []string {
	return features(in, i, anchorsOf(in), shapes(in))
}

func shapes(in []Input) [][]string {
	out := make([][]string, len(in))
	for i := range in {
		out[i] = shape(in[i])
	}
	return out
}

// anchorCues are the cues a block's features place it against.
var anchorCues = [...]string{"dateline", "end", "trailer", "title", "prose"}

// anchors holds, per anchor cue, the first and last block that has it.
type anchors [len(anchorCues)][2]int

func anchorsOf(in []Input) anchors {
	var a anchors
	for c, name := range anchorCues {
		a[c] = [2]int{-1, -1}
		for k := range in {
			if has(in[k].Cues, name) {
				if a[c][0] < 0 {
					a[c][0] = k
				}
				a[c][1] = k
			}
		}
	}
	return a
}

func features(in []Input, i int, a anchors, sh [][]string) []string {
	b, n := in[i], len(in)
	f := make([]string, 0, 64)
	f = append(f, "bias", "i"+bucket(i, 0, 1, 2, 3, 4, 5, 8, 12, 20), "j"+bucket(n-1-i, 0, 1, 2, 3, 6, 10),
		"q"+strconv.Itoa(10*i/n))
	f = append(f, sh[i]...)
	t := b.Text
	for _, p := range []struct {
		name string
		ok   bool
	}{
		{"at", strings.Contains(t, "@")},
		{"url", strings.Contains(t, "://") || strings.Contains(t, "www.")},
		{"digits", digitShare(t) >= 0.15},
		{"quote", strings.ContainsAny(t, "\"“”„«»「」")},
		{"colon", strings.Contains(t, ":")},
		{"pipe", strings.Contains(t, "|")},
		{"long", utf8.RuneCountInString(t) > 300},
	} {
		if p.ok {
			f = append(f, p.name)
		}
	}
	// The first words carry the cue words of every language the corpus
	// has: "About", "Über", "Contact", "Dear", "Pressemitteilung".
	ws := strings.Fields(strings.ToLower(head(t, 80)))
	for k := 0; k < len(ws) && k < 2; k++ {
		f = append(f, "w"+strconv.Itoa(k)+"="+strings.TrimFunc(ws[k], notWord))
	}
	for _, d := range []int{-2, -1, 1, 2} {
		k := i + d
		p := "n" + strconv.Itoa(d) + ":"
		if k < 0 || k >= n {
			f = append(f, p+"none")
			continue
		}
		for _, s := range sh[k] {
			f = append(f, p+s)
		}
	}
	// Where the block stands against the cues that anchor a release: above
	// or below its first dateline, end marker and trailer heading.
	for c, name := range anchorCues {
		if a[c][0] >= 0 && a[c][0] < i {
			f = append(f, "after-"+name)
		}
		if a[c][1] > i {
			f = append(f, "before-"+name)
		}
	}
	return f
}

// head and tail cut s to about n bytes at a rune boundary: the words
// features read sit at a block's ends, and a block may be megabytes long.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	k := len(s) - n
	for k < len(s) && !utf8.RuneStart(s[k]) {
		k++
	}
	return s[k:]
}

func has(cs []string, c string) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// bucket names the interval of edges v falls in.
func bucket(v int, edges ...int) string {
	k := 0
	for k < len(edges) && v >= edges[k] {
		k++
	}
	return strconv.Itoa(k)
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r
}

func charClass(r rune) string {
	switch {
	case r == utf8.RuneError:
		return "none"
	case strings.ContainsRune(".。", r):
		return "."
	case strings.ContainsRune(":：", r):
		return ":"
	case strings.ContainsRune("!?！？", r):
		return "!"
	case strings.ContainsRune(",;，", r):
		return ","
	case strings.ContainsRune("\"'“”’»«)」", r):
		return "q"
	case strings.ContainsRune("-–—#*=_", r):
		return "-"
	case unicode.IsDigit(r):
		return "9"
	case unicode.IsUpper(r):
		return "A"
	case unicode.IsLower(r):
		return "a"
	case unicode.IsLetter(r):
		return "L" // scripts without case
	}
	return "o"
}

// caseShape is "upper" for a line in capitals, "title" when most words
// start with one, "lower" otherwise, "none" without cased letters.
func caseShape(s string) string {
	letters, upper, words, capWords := 0, 0, 0, 0
	first := true // no cased letter yet in this word (words split as strings.Fields splits)
	for _, r := range head(s, 400) {
		if unicode.IsSpace(r) {
			first = true
			continue
		}
		if !unicode.IsLetter(r) || !(unicode.IsUpper(r) || unicode.IsLower(r)) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
		if first {
			words++
			if unicode.IsUpper(r) {
				capWords++
			}
			first = false
		}
	}
	switch {
	case letters < 4:
		return "none"
	case upper == letters:
		return "upper"
	case capWords*10 >= words*7:
		return "title"
	case capWords*10 >= words*3:
		return "mixed"
	}
	return "lower"
}

func digitShare(s string) float64 {
	d, n := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if unicode.IsDigit(r) {
			d++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(d) / float64(n)
}
