package html

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

func TestSanitizedHTML(t *testing.T) {
	src := `<html><head><style>.hide{display:none}</style><script>alert(1)</script></head><body>
<div style="display:none">preheader &zwnj;&nbsp;&zwnj;</div>
<p class="hide">hidden by class</p>
<p onclick="alert(2)">Text with <a href="javascript:alert(3)">bad link</a>,
<a href="https://example.org/a?utm_source=x&amp;id=7&amp;fbclid=y" onmouseover="x()">good link</a>,
<b>bold</b> and <img src="https://tracker.example/p.gif" width="1" height="1">
<img src="cid:photo@x" alt="Photo" onerror="alert(4)"><iframe src="https://evil.example"></iframe></p>
<table><tr><th>Item</th><th>Qty</th></tr><tr><td>Radar</td><td>12</td></tr></table>
<ul><li>one</li><li>two</li></ul>
</body></html>`
	bs := Blocks(src, map[string]int{"photo@x": 3})
	out := SanitizeHTML(block.RenderHTML(bs))
	for _, bad := range []string{"alert", "javascript", "onclick", "onerror", "tracker.example", "utm_source", "fbclid", "iframe", "preheader", "hidden by class", "<script", "<style"} {
		if strings.Contains(out, bad) {
			t.Errorf("sanitised HTML keeps %q:\n%s", bad, out)
		}
	}
	for _, good := range []string{`href="https://example.org/a?id=7"`, "<strong>bold</strong>", `<img src="attachment/3" alt="Photo">`, "<th>Item</th>", "<td>12</td>", "<li>one</li>"} {
		if !strings.Contains(out, good) {
			t.Errorf("sanitised HTML lacks %q:\n%s", good, out)
		}
	}
	txt := block.RenderText(bs)
	for _, want := range []string{"Text with bad link, good link, bold and", "Item | Qty\nRadar | 12", "- one\n\n- two"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q:\n%s", want, txt)
		}
	}
}

func TestBrBrParagraphs(t *testing.T) {
	bs := Blocks(`<div>Acme opens a depot<br><br>LEEDS, 3 March 2025 – Acme has opened a depot.<br>It employs 40.<br><br>ENDS</div>`, nil)
	if got, want := block.RenderText(bs), "Acme opens a depot\n\nLEEDS, 3 March 2025 – Acme has opened a depot.\nIt employs 40.\n\nENDS"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}

func TestWordLists(t *testing.T) {
	src := `<p class=MsoListParagraph style='text-indent:-18pt'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>First point</p>` +
		`<p class=MsoListParagraph><span style='font-family:Symbol'>·</span> <b>Second</b> point</p><p class=MsoNormal>After.<o:p></o:p></p>`
	bs := Blocks(src, nil)
	if got, want := block.RenderText(bs), "- First point\n\n- Second point\n\nAfter."; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if out := SanitizeHTML(block.RenderHTML(bs)); !strings.Contains(out, "<ul>\n<li>First point</li>\n<li><strong>Second</strong> point</li>\n</ul>") {
		t.Errorf("html %s", out)
	}
}

func TestSanitizeIsTheLastGate(t *testing.T) {
	// Whatever renderHTML might one day let through, the policy stops.
	for _, in := range []string{
		`<p><a href="javascript:alert(1)">x</a></p>`,
		`<img src="https://remote.example/x.png">`,
		`<img src="attachment/../../etc/passwd">`,
		`<p style="background:url(x)" onload="y()">z</p>`,
		`<svg><script>alert(1)</script></svg>`,
		`<a href="../../drafts/1/approve">relative</a>`,
	} {
		out := SanitizeHTML(in)
		for _, bad := range []string{"javascript", "remote.example", "passwd", "style", "onload", "script", "approve"} {
			if strings.Contains(out, bad) {
				t.Errorf("sanitize(%q) = %q keeps %q", in, out, bad)
			}
		}
	}
}

func TestSafeHref(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.example/x?utm_campaign=c&page=2": "https://a.example/x?page=2",
		"mailto:press@a.example":                    "mailto:press@a.example",
		"javascript:alert(1)":                       "",
		"data:text/html,<script>":                   "",
		"/relative/path":                            "",
		"https:/no-host/path":                       "",
	} {
		if got := safeHref(in); got != want {
			t.Errorf("safeHref(%q) = %q, want %q", in, got, want)
		}
	}
}
