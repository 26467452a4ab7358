package normalise

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/process/normalise/html"
)

// U+0338 (combining long solidus overlay) composes under NFC with '>' into
// '≯': if anything normalised body_html after the sanitiser, the '>' that
// closes an allowed tag would vanish and the text after it would become
// that tag's attributes.
func TestNoMarkupFromCombiningMarks(t *testing.T) {
	const mark = "\u0338"
	payload := mark + " autofocus onfocus=alert(1) x"
	for name, raw := range map[string]string{
		"text paragraph": "Subject: Acme opens a depot\r\nFrom: a@acme.example\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"Acme opens a depot\r\n\r\nLEEDS, 3 March 2025 - Acme has opened a depot.\r\n\r\n" + payload + "\r\n\r\nENDS\r\n",
		"list item": "Subject: Acme opens a depot\r\nFrom: a@acme.example\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"Acme opens a depot\r\n\r\nLEEDS, 3 March 2025 - Acme has opened a depot.\r\n\r\n- " + payload + "\r\n- second\r\n\r\nENDS\r\n",
		"raw in html": "Subject: Acme opens a depot\r\nFrom: a@acme.example\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
			"<p>Acme opens a depot</p><p>LEEDS, 3 March 2025 - Acme has opened a depot.</p><p>" + payload + "</p><p>ENDS</p>",
		"entity in html": "Subject: Acme opens a depot\r\nFrom: a@acme.example\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
			"<p>Acme opens a depot</p><p>LEEDS, 3 March 2025 - Acme has opened a depot.</p><p>&#824; autofocus onfocus=alert(1) x</p><p>ENDS</p>",
		"after an image": "Subject: Acme opens a depot\r\nFrom: a@acme.example\r\nContent-Type: multipart/related; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Acme opens a depot</p><p>LEEDS, 3 March 2025 - Acme has opened a depot.</p>" +
			`<p><img src="cid:p@x" alt="photo">&#824; onload=alert(1) x</p><p>ENDS</p>` +
			"\r\n--b\r\nContent-Type: image/png\r\nContent-ID: <p@x>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n",
	} {
		t.Run(name, func(t *testing.T) {
			d, err := Inspect([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			checkStoredHTML(t, d.BodyHTML)
			if strings.Contains(d.BodyHTML, "onfocus=") && !strings.Contains(d.BodyHTML, ">") {
				t.Errorf("body_html %q", d.BodyHTML)
			}
		})
	}
	d := attachedRelease(t, "Hi,\r\n\r\nPlease see the attached press release.\r\n\r\nJane", "release.docx",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(t, map[string]string{"word/document.xml": `<w:document xmlns:w="w"><w:body>` +
			`<w:p><w:r><w:t>Acme opens a new depot in Leeds</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>LEEDS, 3 March 2025 – Acme has opened a depot employing 40 people.</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>` + payload + `</w:t></w:r></w:p><w:p><w:r><w:t>ENDS</w:t></w:r></w:p></w:body></w:document>`}))
	checkStoredHTML(t, d.BodyHTML)
}

func TestSanitizeHTMLVectors(t *testing.T) {
	for _, in := range []string{
		"<p>\u0338 autofocus onfocus=alert(1) x</p>",
		"<p>&#824; autofocus onfocus=alert(1) x</p>",
		`<img src="attachment/0" alt="a">&#824; onload=alert(1) x`,
		`<img src="attachment/0" alt="a"` + "\u0338" + ` onload=alert(1)>`,
		"<p>a</p>&#x338;<p>b</p>",
		"<p>x<span>e</span>\u0301</p>",
		"<strong>a</strong>\u0338\u0301 b",
		`<a href="https://a.example/` + "\u0338" + `">l</a>` + "\u0338",
		"<p>a =\u0338 b &lt;\u0338 c</p>",
		"<p>\u0000\x01\r\nline\u2028</p>",
	} {
		out := html.SanitizeHTML(in)
		checkStoredHTML(t, out)
		if strings.Contains(out, "onload") && strings.Contains(out, "onload=") && strings.Count(out, "<") == 0 {
			t.Errorf("%q → %q", in, out)
		}
	}
}

// checkStoredHTML is what every stored body_html must satisfy: clean NFC
// text, a fixpoint of the sanitiser (so sanitising it again before
// rendering changes nothing), and after an HTML5 parse only the allow-list.
func checkStoredHTML(t testing.TB, out string) {
	t.Helper()
	if !norm.NFC.IsNormalString(out) {
		t.Fatalf("body_html is not NFC: %q", out)
	}
	if again := html.SanitizeHTML(out); again != out {
		t.Fatalf("not a fixpoint of the sanitiser:\n%q\n%q", out, again)
	}
	checkSafeHTML(t, out)
}
