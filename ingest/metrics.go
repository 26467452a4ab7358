package ingest

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the pollers' Prometheus series, labelled by mailbox.
type Metrics struct {
	state     *prometheus.GaugeVec
	cursor    *prometheus.GaugeVec
	lag       *prometheus.GaugeVec
	lastFetch *prometheus.GaugeVec
	published *prometheus.CounterVec
	failures  *prometheus.CounterVec
}

// states are the values of newsdesk_mailbox_state's state label.
var states = []string{"connecting", "fetching", "idle", "polling", "standby", "error", "disabled"}

// NewMetrics creates the series and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	gauge := func(name, help string, labels ...string) *prometheus.GaugeVec {
		return prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help}, labels)
	}
	counter := func(name, help string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, []string{"mailbox"})
	}
	m := &Metrics{
		state:     gauge("newsdesk_mailbox_state", "1 for the poller's current state.", "mailbox", "state"),
		cursor:    gauge("newsdesk_mailbox_cursor_uid", "Highest UID queued.", "mailbox"),
		lag:       gauge("newsdesk_mailbox_lag", "Messages in the folder not yet queued (UIDNEXT - 1 - cursor).", "mailbox"),
		lastFetch: gauge("newsdesk_mailbox_last_sync_timestamp_seconds", "When the last sync finished.", "mailbox"),
		published: counter("newsdesk_mailbox_published_total", "Messages queued."),
		failures:  counter("newsdesk_mailbox_session_failures_total", "IMAP sessions that ended in an error."),
	}
	reg.MustRegister(m.state, m.cursor, m.lag, m.lastFetch, m.published, m.failures)
	return m
}

func (m *Metrics) setState(mailbox, state string) {
	for _, s := range states {
		v := 0.0
		if s == state {
			v = 1
		}
		m.state.WithLabelValues(mailbox, s).Set(v)
	}
}

func (m *Metrics) synced(mailbox string, cursor, uidNext uint32) {
	m.cursor.WithLabelValues(mailbox).Set(float64(cursor))
	m.lag.WithLabelValues(mailbox).Set(float64(max(int64(uidNext)-1-int64(cursor), 0)))
	m.lastFetch.WithLabelValues(mailbox).Set(float64(time.Now().Unix()))
}

func (m *Metrics) queued(mailbox string) { m.published.WithLabelValues(mailbox).Inc() }

func (m *Metrics) failed(mailbox string) { m.failures.WithLabelValues(mailbox).Inc() }
