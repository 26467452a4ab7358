package normalise

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/html"
)

type corpusCase struct {
	name string
	raw  []byte
	want corpusWant
}

// corpusWant is the part of a case's NAME.expected.json these tests read;
// the evaluation harness, which imports this package, reads all of it.
type corpusWant struct {
	Kind           draft.Kind `json:"kind"`
	BodyStartsWith *string    `json:"body_starts_with"`
	BodyEndsWith   *string    `json:"body_ends_with"`
}

// comparableText applies the corpus README's comparison rules (as the
// harness does): NFC, collapsed white space, straight quotes.
func comparableText(s string) string {
	s = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(norm.NFC.String(s))
	return strings.Join(strings.Fields(s), " ")
}

func corpus(t testing.TB) []corpusCase {
	t.Helper()
	files, err := filepath.Glob("../../testdata/corpus/*.eml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in ../../testdata/corpus: %v", err)
	}
	var cases []corpusCase
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := corpusCase{name: strings.TrimSuffix(filepath.Base(f), ".eml"), raw: raw}
		js, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".expected.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(js, &c.want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		cases = append(cases, c)
	}
	return cases
}

func TestInspectCorpus(t *testing.T) {
	for _, c := range corpus(t) {
		t.Run(c.name, func(t *testing.T) {
			d, err := Inspect(c.raw)
			if err != nil {
				t.Fatalf("Inspect: %v", err)
			}
			if d.Source.MessageID == "" || d.Source.From == "" || d.Source.Date == nil {
				t.Errorf("source incomplete: %+v", d.Source)
			}
			if d.Headline == "" {
				t.Error("empty headline")
			}
			if strings.ContainsRune(d.BodyText, 0) || !norm.NFC.IsNormalString(d.BodyText) {
				t.Error("body_text is not clean NFC text")
			}
			// Losing a release from the editors' queue is the expensive mistake.
			if c.want.Kind == draft.PressRelease && d.Kind != draft.PressRelease {
				t.Errorf("a press release classified %s (%s)", d.Kind, d.KindReason)
			}
			if c.want.Kind != draft.PressRelease {
				return
			}
			body := comparableText(d.BodyText)
			for _, want := range []*string{c.want.BodyStartsWith, c.want.BodyEndsWith} {
				if want != nil && !strings.Contains(body, comparableText(*want)) {
					t.Errorf("body_text lacks %q", *want)
				}
			}
		})
	}
}

func TestInspectHeaders(t *testing.T) {
	check := func(name, subject, from string, kind draft.Kind) {
		t.Helper()
		raw, err := os.ReadFile("../../testdata/corpus/" + name + ".eml")
		if err != nil {
			t.Fatal(err)
		}
		d, err := Inspect(raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Source.Subject != subject {
			t.Errorf("%s: subject %q, want %q", name, d.Source.Subject, subject)
		}
		if !strings.Contains(d.Source.From, from) {
			t.Errorf("%s: from %q, want it to contain %q", name, d.Source.From, from)
		}
		if d.Kind != kind {
			t.Errorf("%s: kind %s (%s), want %s", name, d.Kind, d.KindReason, kind)
		}
	}
	// Encoded words in several charsets make one subject, not its first word.
	check("16-rfc2047-mixed-charsets-subject", "Polish–Czech consortium wins Łódź depot contract", "@", draft.PressRelease)
	check("14-french-ministry-latin1", "Communiqué : exercice « Aquilon 25 » dans le Var", "@", draft.PressRelease)
	check("20-nonrelease-out-of-office", "Automatic reply: Interview request - UK battalion for KFOR", "@", draft.NotPressRelease)
	check("21-nonrelease-bounce-dsn", "Undelivered Mail Returned to Sender", "MAILER-DAEMON", draft.NotPressRelease)
}

func TestInspectRejects(t *testing.T) {
	for name, raw := range map[string]string{
		"binary":    "\x00\x01\x02\xff\xfe not a header\r\n\r\nbody",
		"empty":     "",
		"no header": "just some words on a line\n",
	} {
		t.Run(name, func(t *testing.T) {
			d, err := Inspect([]byte(raw))
			if err == nil {
				t.Fatalf("got a draft %+v, want a rejection", d)
			}
			r := Evaluate([]byte(raw))
			if r.Outcome != Rejected || r.Reason == "" || strings.ContainsRune(r.Reason, 0) || len(r.ContentHash) != 32 {
				t.Errorf("Evaluate: outcome %q reason %q", r.Outcome, r.Reason)
			}
		})
	}
}

func TestInspectKeepsWhatIsReadable(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: Title\r\nContent-Type: multipart/mixed; boundary=X\r\n\r\n" +
		"--X\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFirst paragraph.\x00\r\n" // no closing boundary, a NUL
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if d.BodyText != "First paragraph." || len(d.Warnings) == 0 {
		t.Errorf("body %q warnings %q", d.BodyText, d.Warnings)
	}
}

func TestContentHashIgnoresHeaders(t *testing.T) {
	a := ContentHash([]byte("Received: one\r\nSubject: x\r\n\r\nbody\r\n"))
	b := ContentHash([]byte("Received: two\r\nDelivered-To: y\r\nSubject: x\r\n\r\nbody\r\n"))
	c := ContentHash([]byte("Subject: x\n\nbody\r\n"))
	d := ContentHash([]byte("Subject: x\r\n\r\nother\r\n"))
	e := ContentHash([]byte("Subject: x\r\n\r\nbody\n\nmore\r\n"))
	f := ContentHash([]byte("Subject: y\r\n\r\nbody\n\nmore\r\n"))
	if string(e) != string(f) {
		t.Error("a blank LF line in a CRLF body moved the header boundary")
	}
	if string(a) != string(b) || string(a) != string(c) {
		t.Error("same body, different headers or line ends: hashes differ")
	}
	if string(a) == string(d) {
		t.Error("different bodies, same hash")
	}
}

func TestHTMLText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<p>One <b>two</b></p><p>Three</p>`, "One two\n\nThree"},
		{`<html><head><title>T</title><style>p{}</style></head><body><div>A<br>B</div><script>x()</script></body></html>`, "A\nB"},
		{`<!--[if mso]><p>hidden</p><![endif]--><p class=MsoNormal>Seen<o:p></o:p></p>`, "Seen"},
		{`<table><tr><td>cell 1</td><td>cell 2</td></tr></table>`, "cell 1\n\ncell 2"},
	} {
		if got := block.RenderText(html.Blocks(tc.in, nil)); got != tc.want {
			t.Errorf("htmlBlocks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// corpusEmail reads one corpus email.
func corpusEmail(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/corpus/" + name + ".eml")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
