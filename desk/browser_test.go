package desk

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// browserWatch records what must never happen in the desk: a JavaScript
// dialog (every XSS vector calls alert) and a request to another origin.
type browserWatch struct {
	mu      sync.Mutex
	dialogs []string
	remote  []string
}

func (w *browserWatch) check(t *testing.T) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.dialogs) > 0 {
		t.Errorf("JavaScript dialogs opened (script ran): %q", w.dialogs)
	}
	if len(w.remote) > 0 {
		t.Errorf("requests left for other origins: %q", w.remote)
	}
}

// startBrowser starts headless Chromium with the flags DESIGN.md lists and
// a fresh profile, and watches it.
func startBrowser(t *testing.T, origin string) (context.Context, *browserWatch) {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
			t.Fatal("chromium not found (apt-get install chromium); CI=true makes this fatal")
		}
		t.Skip("chromium not found (apt-get install chromium); set CI=true to make this fatal")
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	w := &browserWatch{}
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			w.mu.Lock()
			w.dialogs = append(w.dialogs, e.Message)
			w.mu.Unlock()
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		case *network.EventRequestWillBeSent:
			u := e.Request.URL
			if !strings.HasPrefix(u, origin+"/") && u != origin {
				w.mu.Lock()
				w.remote = append(w.remote, u)
				w.mu.Unlock()
			}
		}
	}); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	return ctx, w
}

func run(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// waitJS waits until js is true, through page loads (a poll inside the
// page dies with the page it ran in).
func waitJS(js string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		deadline := time.Now().Add(10 * time.Second)
		for {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+js+")"))
			if err == nil && ok {
				return nil
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("waited 10 s for %s (last error %v)", js, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
}

func browserLogin(t *testing.T, ctx context.Context, base, user, pw string) {
	t.Helper()
	run(t, ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#username")),
		chromedp.SendKeys(chromedp.CSS("#username"), user),
		chromedp.SendKeys(chromedp.CSS("#password"), pw),
		chromedp.Submit(chromedp.CSS("#password")),
		chromedp.WaitVisible(chromedp.CSS(".tabs")),
	)
}

// release builds a plain-text press release the normaliser accepts.
func release(subject, city, body string) []byte {
	return []byte(strings.ReplaceAll(`From: Press Office <press@harbour.example>
To: news@desk.example
Subject: `+subject+`
Date: Tue, 01 Dec 2026 08:00:00 +0000
Message-ID: <`+url.QueryEscape(subject)+`@harbour.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

PRESS RELEASE

`+subject+`

`+city+`, 1 December 2026 - `+body+`

The authority said the service would run every day of the year.

###
`, "\n", "\r\n"))
}

func TestBrowserFlows(t *testing.T) {
	f := newFixture(t)
	f.seedDemo()
	pw := f.addUser("ed", "chief")
	ctx, watch := startBrowser(t, f.srv.URL)
	base := f.srv.URL
	rowIDs := `Array.from(document.querySelectorAll(".queue .row")).map(r => Number(r.dataset.id))`

	t.Run("login and queue", func(t *testing.T) {
		browserLogin(t, ctx, base, "ed", pw)
		n := eval[int](t, ctx, `document.querySelectorAll(".queue .row").length`)
		if n < 3 {
			t.Errorf("queue shows %d rows", n)
		}
	})

	t.Run("live arrival", func(t *testing.T) {
		run(t, ctx, chromedp.Navigate(base+"/"), waitJS(`document.body.dataset.sse === "open"`))
		f.deliver(release("Harbour ferry returns to the island route", "PORTLAKE", "The harbour ferry returns to the island route on Monday."))
		run(t, ctx, waitJS(`document.getElementById("queue").innerText.includes("Harbour ferry returns")`))
	})

	t.Run("search and filter", func(t *testing.T) {
		run(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(".queue")),
			chromedp.KeyEvent("/"), waitJS(`document.activeElement.id === "q"`),
			// DevTools sends the "/" as a separate char event, which
			// preventDefault on keydown cannot stop as it does for a
			// real keyboard: clear what it typed.
			waitJS(`(document.getElementById("q").value = "") === ""`),
			chromedp.KeyEvent("undersea\r"), waitJS(`location.search.includes("q=undersea")`),
			chromedp.WaitVisible(chromedp.CSS("#queue")))
		got := eval[[]string](t, ctx, `Array.from(document.querySelectorAll(".queue .headline")).map(a => a.innerText)`)
		if len(got) != 1 || !strings.Contains(got[0], "undersea") {
			t.Errorf("search 'undersea': %q", got)
		}
		run(t, ctx, chromedp.Navigate(base+"/"), chromedp.Click(chromedp.CSS(".filters summary")),
			chromedp.SetValue(chromedp.CSS(`input[name=language]`), "fr"), chromedp.Submit(chromedp.CSS(`input[name=language]`)),
			waitJS(`location.search.includes("language=fr")`), chromedp.WaitVisible(chromedp.CSS("#queue")))
		langs := eval[[]string](t, ctx, `Array.from(document.querySelectorAll(".queue .lang")).map(a => a.innerText)`)
		if len(langs) == 0 || strings.Join(langs, "") != strings.Repeat("fr", len(langs)) {
			t.Errorf("language filter fr: %q", langs)
		}
	})

	var ids []int64
	run(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(".queue .row")))
	ids = eval[[]int64](t, ctx, rowIDs)

	t.Run("edit and save", func(t *testing.T) {
		id := itoa(ids[0])
		run(t, ctx, chromedp.Navigate(base+"/drafts/"+id+"/"), chromedp.WaitVisible(chromedp.CSS("#headline")),
			chromedp.SetValue(chromedp.CSS("#headline"), "Edited in the browser"),
			chromedp.SetValue(chromedp.CSS("#people"), "Ada Lovelace, Grace Hopper"),
			chromedp.Click(chromedp.CSS("#edit-form button[type=submit]")),
			// The address changes as the saved page starts to load: wait
			// for the part read below, not only for the address.
			waitJS(`location.search.includes("saved=1")`), chromedp.WaitVisible(chromedp.CSS(".preview h1")))
		if h := eval[string](t, ctx, `document.querySelector(".preview h1").innerText`); h != "Edited in the browser" {
			t.Errorf("headline after save: %q", h)
		}
		dr, err := f.st.Draft(t.Context(), ids[0])
		if err != nil || dr.Headline != "Edited in the browser" || len(dr.People) != 2 {
			t.Errorf("stored: %q %v %v", dr.Headline, dr.People, err)
		}
	})

	t.Run("tag autocomplete", func(t *testing.T) {
		run(t, ctx, chromedp.Navigate(base+"/drafts/"+itoa(ids[0])+"/"), chromedp.WaitVisible(chromedp.CSS("#topics")),
			waitJS(`(document.getElementById("topics").value = "medtop:15000000, ") !== ""`),
			chromedp.Click(chromedp.CSS("#topics")), chromedp.KeyEvent("econ"),
			waitJS(`document.querySelectorAll("#topics-list option").length > 0`))
		got := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#topics-list option")).map(o => o.value + "|" + o.label)`)
		if len(got) != 1 || got[0] != "medtop:15000000, medtop:04000000|economy (econ)" {
			t.Errorf("topic suggestions: %q", got)
		}
	})

	t.Run("version conflict", func(t *testing.T) {
		id := ids[1]
		run(t, ctx, chromedp.Navigate(base+"/drafts/"+itoa(id)+"/"), chromedp.WaitVisible(chromedp.CSS("#headline")),
			waitJS(`document.body.dataset.sse === "open"`))
		dr, err := f.st.Draft(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.st.Edit(t.Context(), id, dr.Version, "rival", "The rival's headline", map[string]any{"headline": "The rival's headline"}, nil); err != nil {
			t.Fatal(err)
		}
		run(t, ctx, waitJS(`!document.getElementById("changed").hidden`),
			chromedp.SetValue(chromedp.CSS("#headline"), "My own headline"),
			chromedp.Click(chromedp.CSS("#edit-form button[type=submit]")),
			chromedp.WaitVisible(chromedp.CSS("#conflict")))
		if v := eval[string](t, ctx, `document.getElementById("headline").value`); v != "My own headline" {
			t.Errorf("the editor's text was not kept: %q", v)
		}
		if c := eval[string](t, ctx, `document.getElementById("conflict").innerText`); !strings.Contains(c, "The rival's headline") {
			t.Errorf("conflict does not show the other version: %q", c)
		}
		if now, _ := f.st.Draft(t.Context(), id); now.Headline != "The rival's headline" {
			t.Errorf("the conflicting save overwrote: %q", now.Headline)
		}
	})

	// loaded: the page's deferred script has run (it attaches the keys).
	const loaded = `document.readyState === "complete"`
	t.Run("keyboard, approve and reject", func(t *testing.T) {
		run(t, ctx, chromedp.Navigate(base+"/"), waitJS(`document.querySelector('.queue .row[aria-selected="true"]')`), waitJS(loaded))
		sel := `Number(document.querySelector('.queue .row[aria-selected="true"]').dataset.id)`
		first := eval[int64](t, ctx, sel)
		run(t, ctx, chromedp.KeyEvent("j"))
		second := eval[int64](t, ctx, sel)
		run(t, ctx, chromedp.KeyEvent("k"))
		if back := eval[int64](t, ctx, sel); second == first || back != first {
			t.Errorf("j/k: %d → %d → %d", first, second, back)
		}
		run(t, ctx, chromedp.KeyEvent("?"), waitJS(`document.getElementById("help").open`),
			chromedp.KeyEvent("\x1b"), waitJS(`!document.getElementById("help").open`))
		// a approves the selected draft from the queue.
		run(t, ctx, chromedp.KeyEvent("a"), waitJS(`!`+rowIDs+`.includes(`+itoa(first)+`) && `+sel), waitJS(loaded))
		if dr, _ := f.st.Draft(t.Context(), first); dr.Status != "approved" {
			t.Errorf("after a: %s", dr.Status)
		}
		// r opens the draft with the reason field focused; Enter rejects.
		target := eval[int64](t, ctx, sel)
		run(t, ctx, chromedp.KeyEvent("r"), waitJS(`document.activeElement && document.activeElement.id === "reason"`),
			chromedp.KeyEvent("Already covered yesterday\r"), waitJS(`document.querySelector(".status-rejected") !== null`))
		if dr, _ := f.st.Draft(t.Context(), target); dr.Status != "rejected" || dr.Reason != "Already covered yesterday" {
			t.Errorf("after r: %s %q", dr.Status, dr.Reason)
		}
		// o opens, e edits.
		// desk.js is deferred: a key sent as soon as the page shows can
		// beat its keydown handler, so each page is loaded first.
		run(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(".queue .row")), waitJS(loaded),
			chromedp.KeyEvent("o"), waitJS(`location.pathname.startsWith("/drafts/")`), chromedp.WaitVisible(chromedp.CSS("#headline")), waitJS(loaded),
			chromedp.KeyEvent("e"), waitJS(`document.activeElement.id === "headline"`))
	})

	t.Run("keyboard reaches every control", func(t *testing.T) {
		for _, path := range []string{"/", "/drafts/" + itoa(ids[2]) + "/"} {
			run(t, ctx, chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS("main")))
			for range 120 {
				run(t, ctx, chromedp.KeyEvent("\t"))
				eval[chromedp.Void](t, ctx, `document.activeElement && (document.activeElement.dataset.reached = "1")`)
			}
			missed := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary, header a, header button"))
				.filter(e => e.checkVisibility() && !e.dataset.reached).map(e => e.outerHTML.slice(0, 80))`)
			if len(missed) > 0 {
				t.Errorf("%s: not reached by Tab: %q", path, missed)
			}
		}
	})

	t.Run("360 px wide", func(t *testing.T) {
		for _, path := range []string{"/", "/drafts/" + itoa(ids[2]) + "/"} {
			run(t, ctx, chromedp.EmulateViewport(360, 740), chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS("main")))
			if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
				t.Errorf("%s scrolls sideways at 360 px: %d px wide", path, w)
			}
		}
		run(t, ctx, chromedp.ResetViewport())
	})

	if dir := os.Getenv("NEWSDESK_SCREENSHOTS"); dir != "" {
		for name, path := range map[string]string{"desk-queue.png": "/", "desk-draft.png": "/drafts/" + itoa(ids[2]) + "/"} {
			run(t, ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS("main")))
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100 makes a PNG, less a JPEG
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	watch.check(t)
}
