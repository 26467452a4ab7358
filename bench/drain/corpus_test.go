package drain

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// corpus is the emails the generated backlog cycles through: the seed
// corpus (testdata/corpus/*.eml), whose mix of plain, HTML, forwarded,
// PDF and DOCX mail the normaliser was first tuned on, or with
// DRAIN_CORPUS=genre the genre corpus's 400-odd releases as well. Copies
// of one release are one story, and savers of one story take turns (its
// story locks); 39 seed emails put copies of a story in every batch in
// flight, where a backlog of distinct releases rarely does.
type corpus struct{ files [][]byte }

func loadCorpus(tb testing.TB) corpus {
	tb.Helper()
	dirs := []string{filepath.Join("..", "..", "testdata", "corpus")}
	switch v := os.Getenv("DRAIN_CORPUS"); v {
	case "", "seed":
	case "genre":
		dirs = append(dirs, filepath.Join("..", "..", "testdata", "genre", "train"), filepath.Join("..", "..", "testdata", "genre", "test"))
	default:
		tb.Fatalf("drain: DRAIN_CORPUS=%q: want seed or genre", v)
	}
	var paths []string
	for _, d := range dirs {
		ps, err := filepath.Glob(filepath.Join(d, "*.eml"))
		if err != nil || len(ps) == 0 {
			tb.Fatalf("drain: no corpus emails found in %s (%v)", d, err)
		}
		paths = append(paths, ps...)
	}
	slices.Sort(paths)
	c := corpus{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		c.files = append(c.files, b)
	}
	return c
}

// email i of a run tagged run: corpus file i mod len, with its top-level
// Message-ID replaced by a unique one so the database's duplicate check
// (Message-ID + body hash) sees n distinct emails.
func (c corpus) email(run string, i int) []byte {
	return withMessageID(c.files[i%len(c.files)], fmt.Sprintf("<drain-%s-%d@bench.example>", run, i))
}

// withMessageID drops every Message-ID field (and its folded lines) from
// the top-level header block of raw and puts id first, in raw's own line
// ending. Nested messages keep theirs: only the first header block is
// touched.
func withMessageID(raw []byte, id string) []byte {
	nl := []byte("\r\n")
	if i := bytes.IndexByte(raw, '\n'); i <= 0 || raw[i-1] != '\r' {
		nl = []byte("\n")
	}
	out := make([]byte, 0, len(raw)+len(id)+16)
	out = append(out, "Message-ID: "+id...)
	out = append(out, nl...)
	rest, skipping := raw, false
	for len(rest) > 0 {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line = rest[:i+1]
		}
		body := len(bytes.TrimRight(line, "\r\n")) == 0 // the blank line: headers end
		if body {
			return append(out, rest...)
		}
		folded := line[0] == ' ' || line[0] == '\t'
		if !folded {
			skipping = len(line) >= 11 && bytes.EqualFold(line[:11], []byte("message-id:"))
		}
		if !skipping {
			out = append(out, line...)
		}
		rest = rest[len(line):]
	}
	return out
}

// bigEmail is a press release with an attachment making it about size
// bytes: random bytes, base64-encoded as mail clients do, so nothing
// along the way can compress it.
func bigEmail(i, size int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: Press Office <press@ministry.example>\r\nTo: news@desk.example\r\n"+
		"Subject: Large release %d with its photo archive\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n"+
		"Message-ID: <big-%d@bench.example>\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
		"LONDON, 2 November 2026 – The ministry today published the photo archive of the new bridge, attached.\r\n\r\n"+
		"--b\r\nContent-Type: application/zip; name=\"archive.zip\"\r\nContent-Transfer-Encoding: base64\r\n"+
		"Content-Disposition: attachment; filename=\"archive.zip\"\r\n\r\n", i, i)
	rng := rand.New(rand.NewChaCha8([32]byte{byte(i)}))
	chunk := make([]byte, 57) // 57 bytes make one 76-character base64 line
	enc := make([]byte, 76)
	for b.Len() < size-100 {
		for j := range chunk {
			chunk[j] = byte(rng.Uint32())
		}
		base64.StdEncoding.Encode(enc, chunk)
		b.Write(enc)
		b.WriteString("\r\n")
	}
	b.WriteString("--b--\r\n")
	return b.Bytes()
}

func TestWithMessageID(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"replaced, CRLF kept",
			"Subject: a\r\nMessage-ID: <old@x>\r\nFrom: b\r\n\r\nbody\r\n",
			"Message-ID: <new@y>\r\nSubject: a\r\nFrom: b\r\n\r\nbody\r\n"},
		{"folded and lower-case, LF kept",
			"message-id:\n <old@x>\nSubject: a\n\nbody\n",
			"Message-ID: <new@y>\nSubject: a\n\nbody\n"},
		{"absent: added",
			"Subject: a\r\n\r\nbody",
			"Message-ID: <new@y>\r\nSubject: a\r\n\r\nbody"},
		{"a nested message's is kept",
			"Subject: a\n\nMessage-ID: <inner@x>\n",
			"Message-ID: <new@y>\nSubject: a\n\nMessage-ID: <inner@x>\n"},
		{"no body",
			"Subject: a\nMessage-Id: <old@x>\n",
			"Message-ID: <new@y>\nSubject: a\n"},
	} {
		if got := string(withMessageID([]byte(tc.in), "<new@y>")); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestCorpusEmailsDistinct: the database keeps one row per Message-ID and
// body hash, so the backlog is only n emails if every generated one has
// its own Message-ID.
func TestCorpusEmailsDistinct(t *testing.T) {
	c := loadCorpus(t)
	seen := map[string]int{}
	for i := range 2 * len(c.files) {
		e := c.email("t", i)
		line, _, _ := bytes.Cut(e, []byte("\n"))
		if n := bytes.Count(bytes.ToLower(e[:headerEnd(e)]), []byte("\nmessage-id:")); n != 0 {
			t.Errorf("email %d keeps %d old Message-ID fields", i, n)
		}
		if j, dup := seen[string(line)]; dup {
			t.Errorf("emails %d and %d share %q", j, i, line)
		}
		seen[string(line)] = i
	}
}

// headerEnd is where the first blank line starts, len(e) without one.
func headerEnd(e []byte) int {
	end := len(e)
	for _, sep := range []string{"\n\n", "\n\r\n"} {
		if i := bytes.Index(e, []byte(sep)); i >= 0 {
			end = min(end, i)
		}
	}
	return end
}
