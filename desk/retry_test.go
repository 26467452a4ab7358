package desk

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"newsdesk/deploy/demo"
	"newsdesk/store"
)

// A chief retries a failed email from the failed tab and it becomes a
// draft; an editor may not, and a rejected email is no failed one.
func TestRetryFailedFromTheDesk(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	msgs, err := demo.Messages()
	if err != nil {
		t.Fatal(err)
	}
	save := func(key string, status store.Status, raw []byte) int64 {
		t.Helper()
		m := store.Message{SourceKey: key, MessageID: key, ContentHash: []byte(key), Raw: raw, Status: status, Reason: "panic: boom\nstack"}
		if _, err := f.st.SaveMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		ms, err := f.st.FailedMessages(ctx, 0, 10)
		if err != nil || len(ms) == 0 {
			t.Fatalf("failed messages: %v %v", ms, err)
		}
		return ms[0].ID
	}
	failed := save("f:1:1", store.Failed, msgs[0])
	rejected := save("f:1:2", store.Rejected, []byte("junk"))

	chief := f.login("boss", f.addUser("boss", store.RoleChief))
	res, page := f.do(chief, "GET", "/?tab=failed", "", "")
	if res.StatusCode != http.StatusOK || !strings.Contains(page, `action="/failed/`) || !strings.Contains(page, "panic: boom") {
		t.Fatalf("failed tab for a chief: %s, retry form or reason missing", res.Status)
	}
	editor := f.login("ed", f.addUser("ed", store.RoleEditor))
	if res := f.postForm(editor, "/failed/"+itoa(failed)+"/retry", url.Values{}); res.StatusCode != http.StatusForbidden {
		t.Errorf("editor retry: %s, want 403", res.Status)
	}
	if res := f.postForm(chief, "/failed/"+itoa(rejected)+"/retry", url.Values{}); res.StatusCode != http.StatusConflict {
		t.Errorf("retry of a rejected email: %s, want 409", res.Status)
	}
	if res := f.postForm(chief, "/failed/"+itoa(failed)+"/retry", url.Values{}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("chief retry: %s, want 303", res.Status)
	}
	items, err := f.st.Queue(ctx, store.QueueFilter{Limit: 10})
	if err != nil || len(items) != 1 {
		t.Fatalf("after the retry the queue holds %d drafts (%v), want 1", len(items), err)
	}
}
