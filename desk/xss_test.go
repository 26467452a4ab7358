package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// xssVectors each try to run script (calling alert, which the browser
// watch sees as a dialog) or to load from another origin.
var xssVectors = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(2)>`,
	`<svg><script>alert(3)</script></svg><svg onload=alert(4)>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(5)></style></mglyph></table></mtext></math>`,
	`<a href="javascript:alert(6)">javascript link</a>`,
	`<a href="data:text/html,<script>alert(7)</script>">data link</a>`,
	`<iframe src="javascript:alert(8)"></iframe><iframe srcdoc="<script>alert(9)</script>"></iframe>`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(10)">`,
	`<img src="http://remote.invalid/pixel.gif" width=1 height=1>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(11)>"></noscript>`,
	`<style>@import url(http://remote.invalid/x.css); body{background:url(http://remote.invalid/bg.png)}</style><div style="background:url(http://remote.invalid/div.png)">styled</div>`,
	`<form action="http://remote.invalid/"><button formaction="javascript:alert(12)">go</button></form>`,
	`<object data="javascript:alert(13)"></object><embed src="javascript:alert(14)">`,
	`<base href="http://remote.invalid/"><link rel=stylesheet href="http://remote.invalid/s.css">`,
	`<details open ontoggle=alert(15)>x</details><body onload=alert(16)>`,
	`<template><img src=x onerror=alert(17)></template><xmp><img src=x onerror=alert(18)></xmp>`,
	`<img src="attachment/0" onerror=alert(19)><video poster="http://remote.invalid/p.png"></video>`,
	`<math href="javascript:alert(20)">math link</math><svg><a xlink:href="javascript:alert(21)"><text y=20>svg link</text></a></svg>`,
	`<a href="jav&#x09;ascript:alert(22)">tab-split link</a><a href=" &#14;javascript:alert(23)">ctrl link</a>`,
	`<svg><style><img src=x onerror=alert(24)></style></svg><p id="</p><img src=x onerror=alert(25)>">mxss</p>`,
}

func xssEmail(i int, subject, from, filename, html, text string) []byte {
	b := &strings.Builder{}
	fmt.Fprintf(b, "From: %s\r\nTo: <svg onload=alert(90)>@desk.example\r\nReply-To: \"<img src=x onerror=alert(91)>\" <r@evil.example>\r\n", from)
	fmt.Fprintf(b, "Subject: %s\r\nDate: Tue, 01 Dec 2026 08:00:00 +0000\r\nMessage-ID: <xss-%d@evil.example>\r\n", subject, i)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"M\"\r\n\r\n--M\r\nContent-Type: multipart/alternative; boundary=\"A\"\r\n\r\n")
	b.WriteString("--A\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPRESS RELEASE\r\n\r\nEVILTON, 1 December 2026 - " + text + "\r\n\r\n###\r\n")
	b.WriteString("--A\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>PRESS RELEASE</p><p>EVILTON, 1 December 2026 - " + html + "</p><p>" + html + "</p><p>###</p></body></html>\r\n--A--\r\n")
	b.WriteString("--M\r\nContent-Type: image/png; name=\"" + filename + "\"\r\nContent-Disposition: attachment; filename=\"" + filename + "\"\r\n\r\n<script>alert(92)</script>\r\n--M--\r\n")
	return []byte(b.String())
}

// TestBrowserXSS delivers the vectors through the real normaliser into
// the database and opens every page that shows them in Chromium: nothing
// may run and nothing may be fetched from elsewhere.
func TestBrowserXSS(t *testing.T) {
	f := newFixture(t)
	var ids []int64
	// Four vectors to an email keeps the browser's work (and the test's
	// time) down; every field of every email carries them.
	for i := 0; i < len(xssVectors); i += 4 {
		v := strings.Join(xssVectors[i:min(i+4, len(xssVectors))], " ")
		id := f.deliver(xssEmail(i, v, `"`+v+`" <press@evil.example>`, v+".png", v, v))
		if id != 0 {
			ids = append(ids, id)
		}
	}
	if len(ids) < (len(xssVectors)+3)/4 {
		t.Fatalf("only %d of %d emails became drafts", len(ids), (len(xssVectors)+3)/4)
	}
	pw := f.addUser("ed", "chief")
	ctx, watch := startBrowser(t, f.srv.URL)
	// The watch must see what it guards against: a dialog and a request
	// to another origin from a page without our CSP.
	run(t, ctx, chromedp.Navigate("about:blank"),
		waitJS(`(setTimeout(() => alert("probe"), 0), fetch("http://remote.invalid/probe").catch(() => {}), true)`),
		chromedp.Sleep(300*time.Millisecond))
	watch.mu.Lock()
	if len(watch.dialogs) != 1 || len(watch.remote) != 1 {
		t.Fatalf("the browser watch is blind: dialogs %q, remote %q", watch.dialogs, watch.remote)
	}
	watch.dialogs, watch.remote = nil, nil
	watch.mu.Unlock()
	browserLogin(t, ctx, f.srv.URL, "ed", pw)
	pages := []string{"/?tab=new", "/?tab=not_release", "/?tab=failed", "/?q=alert"}
	for _, id := range ids {
		pages = append(pages, "/drafts/"+itoa(id)+"/", "/drafts/"+itoa(id)+"/original")
	}
	for _, p := range pages {
		run(t, ctx, chromedp.Navigate(f.srv.URL+p), chromedp.WaitReady(chromedp.CSS("body")), chromedp.Sleep(50*time.Millisecond))
		if pwned := eval[bool](t, ctx, `typeof window.pwned !== "undefined"`); pwned {
			t.Errorf("%s: a vector set window.pwned", p)
		}
	}
	// Give late handlers (onerror of failed loads, timers) a moment.
	run(t, ctx, chromedp.Sleep(300*time.Millisecond))
	watch.check(t)
}
