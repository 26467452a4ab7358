package normalise

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/clean"
	"newsdesk/process/normalise/embargo"
	"newsdesk/process/normalise/html"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/segment"
)

// FuzzInspect feeds mutated corpus emails through every stage: no input
// may panic, and whatever comes out must be storable text.
func FuzzInspect(f *testing.F) {
	for _, c := range corpus(f) {
		// Mutating a 300 KB seed costs the engine more than it finds;
		// TestInspectCorpus covers the big cases. PDFs would run
		// pdftotext on every mutation: the DOCX and PDF readers have
		// their own targets.
		if len(c.raw) <= 64<<10 && !strings.Contains(c.name, "pdf") {
			f.Add(c.raw)
		}
	}
	for _, tc := range headerCases {
		f.Add([]byte(tc.raw))
	}
	f.Add([]byte("Subject: x\r\nContent-Type: text/plain\r\n\r\n<html><head><style>p{color:red}</style></head><body><p class=a>y</p></body></html>"))
	f.Add([]byte("Subject: x\r\n\r\n<p>\u0338 onfocus=alert(1)</p>"))
	f.Add([]byte("Subject: =?utf-8?Q?a=0D=0ABcc:_b@c.example?=\r\n\r\nx"))
	f.Add([]byte("Subject: x\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: message/rfc822\r\n\r\nSubject: y\r\n\r\n--a--"))
	f.Add([]byte("Subject: =?utf-8?b?w6k=?= \xff\r\nContent-Type: text/html; charset=bogus\r\nContent-Transfer-Encoding: base64\r\n\r\nPGI+eDwvYj4=*="))
	f.Fuzz(func(t *testing.T, raw []byte) {
		// Bounded time: a hang fails with the input saved, not silently.
		done := make(chan Result, 1)
		go func() { done <- Evaluate(raw) }()
		var m Result
		select {
		case m = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("no result after 20s for %d bytes", len(raw))
		}
		if m.Outcome == Failed {
			t.Fatalf("processing failed: %s", m.Reason)
		}
		if m.Draft == nil {
			return
		}
		d := m.Draft
		for _, s := range []string{d.Headline, d.BodyText, d.BodyHTML, d.Issuer, d.Source.Subject, d.Source.From, d.Source.MessageID} {
			if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.ContainsRune(s, 0) {
				t.Fatalf("not clean NFC text: %q", s)
			}
		}
		checkStoredHTML(t, d.BodyHTML)
		oneLine := []string{d.Headline, d.Issuer, d.Source.Subject, d.Source.From}
		if d.Subheadline != nil {
			oneLine = append(oneLine, *d.Subheadline)
		}
		if d.Dateline != nil {
			oneLine = append(oneLine, d.Dateline.Place)
		}
		for _, c := range d.Contacts {
			if c.Name != nil {
				oneLine = append(oneLine, *c.Name)
			}
		}
		for _, a := range d.Attachments {
			oneLine = append(oneLine, a.Filename)
		}
		for _, s := range oneLine {
			if s != clean.Line(s) {
				t.Fatalf("not one clean line: %q", s)
			}
		}
		for _, a := range d.Attachments {
			if strings.ContainsAny(a.Filename, "/\\\x00") || strings.HasPrefix(a.Filename, ".") {
				t.Fatalf("unsafe file name %q", a.Filename)
			}
		}
		if d.EmbargoUntil != nil && d.EmbargoHold {
			t.Fatal("an embargo both resolved and on hold")
		}
	})
}

// FuzzEmbargo: any line, any reference date; a resolved embargo is a real
// UTC instant within a sane range.
func FuzzEmbargo(f *testing.F) {
	for _, s := range []string{
		"EMBARGOED UNTIL 00:01 BST TUESDAY 21 MAY 2024", "Embargo: 1pm CET 11/06/2024",
		"Not for publication before 09:00 GMT, 3 March 2025", "EMBARGOED UNTIL 6 A.M. EDT, MONDAY, SEPT. 15, 2025",
		"STRICTLY EMBARGOED UNTIL 00:01HRS THURSDAY 28 AUGUST", "Embargo: For immediate release",
		"Embargoed until 12.06.2024 at 10:00 +0200", "Sperrfrist: 12. Juni 2024, 10:00 Uhr MESZ", "EMBARGO UTC+99 99:99 31/02",
		"Julkaisuvapaa 5.6.2025 klo 12.00", "ΕΜΠΑΡΓΚΟ ΕΩΣ ΤΡΙΤΗ 15 ΙΟΥΛΙΟΥ 2025, 10:00 ΩΡΑ ΕΛΛΑΔΟΣ", "禁止发布至2025年9月3日 10:00（北京时间）",
		"12 Haziran 2025 saat 10.00'a (TSİ) kadar yayımlanamaz", "حظر النشر حتى ١٢ يونيو ٢٠٢٥ الساعة ١٠:٠٠ مساءً", "אמברגו: עד יום שישי, 2 במאי 2025, בשעה 08:00",
		"엠바고: 2025. 11. 12.(수) 06:00 이후 보도", "ห้ามเผยแพร่ก่อนวันที่ 12 มิถุนายน 2568 เวลา 10.00 น.", "Embargo: 10:00 CST, 15 May 2025",
		"embargo torsdag kl. 09", "Sperrfrist: keine", "Embargo tot nader bericht", "Embargó: 2025. június 12. 10 óráig",
	} {
		f.Add(s, int64(1718000000))
	}
	f.Fuzz(func(t *testing.T, line string, sent int64) {
		ref := time.Unix(sent%(1<<34), 0).In(time.FixedZone("", int(sent%50000)))
		e := embargo.ParseEmbargo(line, &ref)
		if e.Resolved && (e.Until.Location() != time.UTC || e.Until.Year() < 1899 || e.Until.Year() > 2201) {
			t.Fatalf("%q: odd instant %v", line, e.Until)
		}
		if e.Resolved && e.Immediate {
			t.Fatalf("%q: both immediate and resolved", line)
		}
		// A dateline is a place, a date, or both ("BRUSSELS –", "3 June
		// 2025 – The …"); a date is always a whole ISO day.
		if d, ok := segment.ParseDateline(line, &ref); ok && (d.Place == "" && d.Date == "" || d.Date != "" && len(d.Date) != 10) {
			t.Fatalf("%q: odd dateline %+v", line, d)
		}
	})
}

// FuzzDocx: any bytes as a DOCX, and any XML as its document part.
func FuzzDocx(f *testing.F) {
	f.Add(docx(f, map[string]string{"word/document.xml": docXML}), []byte(docXML))
	f.Add([]byte("PK\x03\x04"), []byte("<w:p><w:t>x</w:p>"))
	f.Fuzz(func(t *testing.T, zipped, xmlDoc []byte) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > 10*time.Second && !raceDetector { // bounded time, with room for a loaded machine
				t.Fatalf("took %s", d)
			}
		}()
		if s, err := mime.DocxText(zipped); err == nil && len(s) > mime.MaxDocumentText+(1<<16) {
			t.Fatalf("%d bytes of text, limit %d", len(s), mime.MaxDocumentText)
		}
		if _, err := mime.DocxXMLText(strings.NewReader(string(xmlDoc))); err != nil && len(xmlDoc) == 0 {
			t.Fatal("error on empty input")
		}
	})
}

// FuzzSanitize: whatever HTML comes in, body_html has no script, event
// handler, style or remote image, and the text conversion does not panic.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		`<p onclick="x()">a<script>alert(1)</script><img src="https://t.example/p.gif"></p>`,
		`<!--[if mso]><p>x</p><![endif]--><p class=MsoNormal>y<o:p></o:p></p>`,
		`<table><tr><th>a</th></tr><tr><td>1</td></tr></table><a href="javascript:x">z</a>`,
		`<div style="display:none">pre</div><img src="cid:a@b">`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		bs := html.Blocks(src, map[string]int{"a@b": 0})
		_ = block.RenderText(bs)
		checkStoredHTML(t, html.SanitizeHTML(block.RenderHTML(bs)))
		checkStoredHTML(t, html.SanitizeHTML(src))
	})
}

// checkSafeHTML fails on any element or attribute body_html must not
// carry after an HTML5 parse, the way a browser reads it: only the
// allow-list's tags, links to http(s)/mailto, images from our own
// attachment URLs.
func checkSafeHTML(t testing.TB, out string) {
	t.Helper()
	allowed := map[string]bool{"p": true, "br": true, "h2": true, "h3": true, "h4": true, "ul": true, "ol": true, "li": true,
		"blockquote": true, "strong": true, "em": true, "a": true, "img": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true}
	body := &xhtml.Node{Type: xhtml.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := xhtml.ParseFragment(strings.NewReader(out), body)
	if err != nil {
		t.Fatalf("parse %q: %v", out, err)
	}
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		switch n.Type {
		case xhtml.ElementNode:
			if !allowed[n.Data] {
				t.Fatalf("element %q in %s", n.Data, out)
			}
			for _, a := range n.Attr {
				v := strings.ToLower(a.Val)
				switch {
				case a.Key == "href" && n.Data == "a" && (strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "mailto:")):
				case a.Key == "src" && n.Data == "img" && attachmentSrc.MatchString(v):
				case a.Key == "alt" && n.Data == "img", a.Key == "rel" && n.Data == "a", a.Key == "target" && n.Data == "a":
				default:
					t.Fatalf("attribute %s=%q on %s in %s", a.Key, a.Val, n.Data, out)
				}
			}
		case xhtml.CommentNode, xhtml.DoctypeNode:
			t.Fatalf("node %q in %s", n.Data, out)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
}

var attachmentSrc = regexp.MustCompile(`^attachment/\d+$`)
