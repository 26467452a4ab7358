package desk

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/png"
	"net/http"
	"strings"
	"testing"

	"newsdesk/store"
)

func pngBytes(t testing.TB) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hostileEmail has a script in its HTML, an HTML file attached, an HTML
// file posing as a PNG, and a real PNG.
func hostileEmail(t testing.TB) []byte {
	b64 := func(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
	return []byte(strings.ReplaceAll(`From: Press Office <press@agency.example>
To: news@desk.example
Subject: Ministry opens new bridge
Date: Mon, 23 Nov 2026 09:00:00 +0000
Message-ID: <bridge-1@agency.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: multipart/alternative; boundary="A"

--A
Content-Type: text/plain; charset=utf-8

PRESS RELEASE

RIVERTON, 23 November 2026 - The ministry opened the new river bridge today, the first crossing built in the region for forty years.

The bridge carries two lanes and a cycle path.

--A
Content-Type: text/html; charset=utf-8

<p>PRESS RELEASE</p><p>RIVERTON, 23 November 2026 - The ministry opened the new river bridge today, the first crossing built in the region for forty years.</p><script>window.pwned=1</script><p>The bridge carries two lanes and a cycle path.</p>
--A--

--B
Content-Type: text/html; name="evil.html"
Content-Disposition: attachment; filename="evil.html"

<script>window.pwned=2</script>
--B
Content-Type: image/png; name="fake.png"
Content-Disposition: attachment; filename="fake.png"

<html><script>window.pwned=3</script></html>
--B
Content-Type: image/png; name="logo.png"
Content-Disposition: attachment; filename="logo.png"
Content-Transfer-Encoding: base64

`+b64(pngBytes(t))+`
--B--
`, "\n", "\r\n"))
}

func TestOriginalAndAttachments(t *testing.T) {
	f := newFixture(t)
	raw := hostileEmail(t)
	id := f.deliver(raw)
	if id == 0 {
		t.Fatal("no draft made")
	}
	tok := f.addToken("bot", store.RoleEditor)
	c := f.browser()
	_, body := f.do(c, "GET", "/api/v1/drafts/"+itoa(id), tok, "")
	var d store.DeskDraft
	json.Unmarshal([]byte(body), &d)
	byName := map[string]int{}
	for i, a := range d.Attachments {
		byName[a.Filename] = i
	}
	for _, c2 := range []struct {
		name, disp, ctype string
	}{
		{"evil.html", "attachment", "text/html"},
		{"fake.png", "attachment", "image/png"},
		{"logo.png", "inline", "image/png"},
	} {
		i, ok := byName[c2.name]
		if !ok {
			t.Errorf("%s not among the draft's attachments %+v", c2.name, d.Attachments)
			continue
		}
		res, got := f.do(c, "GET", "/drafts/"+itoa(id)+"/attachment/"+itoa(int64(i)), tok, "")
		if res.StatusCode != 200 {
			t.Errorf("%s: %s", c2.name, res.Status)
			continue
		}
		if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, c2.disp+";") || !strings.Contains(cd, c2.name) {
			t.Errorf("%s: Content-Disposition %q, want %s", c2.name, cd, c2.disp)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, c2.ctype) {
			t.Errorf("%s: Content-Type %q, want %s", c2.name, ct, c2.ctype)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", c2.name)
		}
		if c2.name == "logo.png" && got != string(pngBytes(t)) {
			t.Errorf("logo.png bytes differ")
		}
	}
	res, got := f.do(c, "GET", "/drafts/"+itoa(id)+"/original", tok, "")
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "sandbox") || strings.Contains(csp, "script-src") {
		t.Errorf("original's CSP %q", csp)
	}
	if strings.Contains(got, "<script") || !strings.Contains(got, "river bridge") {
		t.Errorf("original HTML not sanitised or empty:\n%s", got)
	}
	if res, got := f.do(c, "GET", "/drafts/"+itoa(id)+"/message.eml", tok, ""); got != string(raw) || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf(".eml download differs from the original or is not an attachment")
	}
	if res, _ := f.do(c, "GET", "/drafts/"+itoa(id)+"/attachment/99", tok, ""); res.StatusCode != http.StatusNotFound {
		t.Errorf("missing attachment: %s", res.Status)
	}
}

func FuzzParseOriginal(f *testing.F) {
	f.Add(hostileEmail(f))
	f.Add([]byte("Subject: =?utf-8?q?hi?=\r\n\r\nbody"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: message/rfc822\r\n\r\nContent-Type: multipart/mixed; boundary=y\r\n\r\n--y\r\n\r\n--y--\r\n--x--"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		o := parseOriginal(raw)
		if len(o.Parts) > maxParts+1 {
			t.Fatalf("%d parts", len(o.Parts))
		}
		o.attachment(nil, 0)
	})
}
