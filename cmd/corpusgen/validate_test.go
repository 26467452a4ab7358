package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	const file = "briefs/t/t001-test.json"
	cases := []struct {
		name   string
		mutate func(b *Brief)
		want   string // "" = valid
	}{
		{"valid", func(b *Brief) {}, ""},
		{"unknown client", func(b *Brief) { b.Client = "eudora" }, `client: unknown client "eudora"`},
		{"unknown charset", func(b *Brief) { b.Charset = "x-klingon" }, `charset: unknown charset "x-klingon"`},
		{"unencodable", func(b *Brief) { b.Charset = "iso-8859-1" }, `charset: cannot encode '–' (U+2013) in iso-8859-1`},
		{"pdf of Cyrillic", func(b *Brief) {
			b.BodyFormat, b.CoverText = "pdf", []string{"See attached."}
			b.Release.Headline = "Міністерство оборони"
		}, "release: PDF core fonts show cp1252 only"},
		{"docx of Cyrillic is fine", func(b *Brief) {
			b.BodyFormat, b.CoverText = "docx", []string{"See attached."}
			b.Release.Headline = "Міністерство оборони"
		}, ""},
		{"dateline label without dateline", func(b *Brief) { b.Release.Dateline = nil }, "expected.dateline: present but release.dateline is null"},
		{"7bit with 8-bit text", func(b *Brief) { b.Transfer = "7bit" }, "transfer: 7bit but the utf-8 text is not 7-bit"},
		{"id letter", func(b *Brief) { b.ID = "x001-test" }, `must start with the writer letter "t"`},
		{"id vs file", func(b *Brief) { b.ID = "t002-test" }, "does not match the file name"},
		{"bad split", func(b *Brief) { b.Split = "dev" }, `split: "dev" is not train or test`},
		{"document_only without document", func(b *Brief) { b.Release.EmbargoPosition = "document_only" }, "document_only needs body_format pdf or docx"},
		{"cover text on a plain email", func(b *Brief) { b.CoverText = []string{"x"} }, "cover_text: required exactly when"},
		{"forward without forwarder", func(b *Brief) { b.Wrapper = &Wrapper{Type: "forward_inline"} }, "wrapper.from: missing"},
		{"release on a non-release", func(b *Brief) { b.Kind = "not_press_release" }, "release: must be null for a non-release"},
		{"body_starts_with mismatch", func(b *Brief) { b.Expected.BodyStartsWith = str("Nothing like it") }, "does not start paragraphs[0]"},
		{"excluded phrase in the body", func(b *Brief) { b.Expected.BodyExcludes = []string{"handed over"} }, `"handed over" occurs in the paragraphs`},
		{"embargo not UTC", func(b *Brief) { b.Expected.EmbargoUntil = str("2025-06-05T10:00:00+02:00") }, "must be RFC 3339 in UTC"},
		{"bad topic", func(b *Brief) { b.Expected.Topics = []string{"defence"} }, `"defence" is not medtop:NNNNNNNN`},
		{"retired topic", func(b *Brief) { b.Expected.Topics = []string{"medtop:20000064", "medtop:11000000"} }, "not an active IPTC Media Topic"},
		{"topic without its top level", func(b *Brief) { b.Expected.Topics = []string{"medtop:20000602"} }, "needs its top-level code medtop:11000000"},
		{"attachment type", func(b *Brief) { b.Attachments = []Attachment{{Filename: "a.exe", Role: "document"}} }, "use .jpg, .jpeg, .png, .pdf or .docx"},
		{"photo that is a pdf", func(b *Brief) { b.Attachments = []Attachment{{Filename: "a.pdf", Role: "photo"}} }, "photo must be an image"},
		{"long 8bit line", func(b *Brief) {
			b.Transfer = "8bit"
			b.Release.Paragraphs[1] = strings.Repeat("ab ", 10) + strings.Repeat("x", 1200)
		}, "limit 998"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := validBrief()
			c.mutate(b)
			var p problems
			validate(file, b, &p)
			got := strings.Join(p.list, "\n")
			if c.want == "" {
				if got != "" {
					t.Fatalf("unexpected problems:\n%s", got)
				}
				return
			}
			if !strings.Contains(got, c.want) || !strings.HasPrefix(got, file+": ") {
				t.Fatalf("want a problem containing %q naming the file, got:\n%s", c.want, got)
			}
		})
	}
}

// validBrief is testBrief with labels that agree with its text.
func validBrief() *Brief {
	b := testBrief("outlook", "alternative")
	b.Release.Dateline = str("KIEL, 3 June 2025 –")
	b.Expected = Expected{
		Kind: "press_release", Language: "en", Headline: str("Shipyard delivers second frigate"),
		Dateline:       &Dateline{Place: str("KIEL"), Date: str("2025-06-03")},
		BodyStartsWith: str("The shipyard handed over"), BodyEndsWith: str("follow in 2027."),
		Topics: []string{"medtop:20000602", "medtop:11000000"},
	}
	return b
}

// TestLoadReportsEverything: one run lists every problem of every file,
// including cross-brief ones, instead of stopping at the first.
func TestLoadReportsEverything(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "t")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, v any) {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a := validBrief()
	a.ID = "t001-a"
	write("t001-a.json", a)
	b := validBrief()
	b.ID = "t001-a" // duplicate id, in a file with another name
	b.Client = "eudora"
	write("t002-b.json", b)
	c := validBrief()
	c.ID = "t003-c"
	c.Expected.DuplicateOf = str("t099-missing")
	write("t003-c.json", c)
	if err := os.WriteFile(filepath.Join(dir, "t004-d.json"), []byte(`{"id": "t004-d", "colour": "red"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := load([]string{dir})
	if err == nil {
		t.Fatal("load accepted broken briefs")
	}
	for _, want := range []string{
		`t002-b.json: id: "t001-a" does not match the file name`,
		`t002-b.json: client: unknown client "eudora"`,
		`t002-b.json: id: "t001-a" is also used by`,
		`t003-c.json: expected.duplicate_of: names unknown id "t099-missing"`,
		`t004-d.json: json: decode: json: unknown field "colour"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
