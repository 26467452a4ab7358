package desk

import (
	"bufio"
	"bytes"
	"net/http"
	"net/textproto"
	"slices"
	"strconv"

	"newsdesk/store"
)

// filterFrom reads the queue's filters from a query string; the queue
// page and GET /api/v1/drafts take the same parameters.
func (d *Desk) filterFrom(r *http.Request) store.QueueFilter {
	q := r.URL.Query()
	f := store.QueueFilter{
		Tab: q.Get("tab"), Query: q.Get("q"), Topic: q.Get("topic"), Person: q.Get("person"),
		Organisation: q.Get("organisation"), Place: q.Get("place"), Sender: q.Get("sender"),
		Language: q.Get("language"), Embargo: q.Get("embargo"),
	}
	if f.Topic != "" && d.narrowerTopics != nil {
		f.Narrower = d.narrowerTopics(f.Topic)
	}
	f.Before, _ = strconv.ParseInt(q.Get("before"), 10, 64)
	f.Limit, _ = strconv.Atoi(q.Get("limit"))
	return f
}

func (d *Desk) queuePage(w http.ResponseWriter, r *http.Request) {
	f := d.filterFrom(r)
	if !slices.Contains(store.Tabs, f.Tab) {
		f.Tab = store.TabNew
	}
	counts, capped, err := d.st.QueueCounts(r.Context(), f)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	data := map[string]any{"Filter": f, "Tabs": store.Tabs, "Counts": counts, "Capped": capped}
	if f.Tab == store.TabFailed {
		ms, err := d.st.FailedMessages(r.Context(), f.Before, f.Limit)
		if err != nil {
			d.serverError(w, r, err)
			return
		}
		rows := make([]failedRow, len(ms))
		for i, m := range ms {
			rows[i] = failedRow{FailedMessage: m, From: "", Subject: ""}
			if h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(m.Head))).ReadMIMEHeader(); err == nil || len(h) > 0 {
				rows[i].From, rows[i].Subject = decodeHeader(h.Get("From")), decodeHeader(h.Get("Subject"))
			}
		}
		data["Failed"] = rows
		data["CanRetry"] = d.retry != nil && who(r).atLeast(chief)
	} else {
		items, err := d.st.Queue(r.Context(), f)
		if err != nil {
			d.serverError(w, r, err)
			return
		}
		data["Items"] = items
		if len(items) > 0 && len(items) == max(f.Limit, 50) {
			data["More"] = items[len(items)-1].ID
		}
	}
	d.render(w, r, http.StatusOK, "queue", data)
}

type failedRow struct {
	store.FailedMessage
	From, Subject string
}
