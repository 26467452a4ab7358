package process

import (
	"github.com/prometheus/client_golang/prometheus"

	"newsdesk/store"
)

// Metrics counts what the workers did, for /metrics.
type Metrics struct {
	outcomes *prometheus.CounterVec
	retries  prometheus.Counter
}

// NewMetrics registers the worker's series with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsdesk_process_messages_total",
			Help: "Queue messages handled, by outcome (stored, redelivery, duplicate) and status (drafted, rejected, failed).",
		}, []string{"outcome", "status"}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsdesk_process_retries_total",
			Help: "Queue messages returned for a later attempt after a transient error.",
		}),
	}
	reg.MustRegister(m.outcomes, m.retries)
	return m
}

func (m *Metrics) outcome(o store.Outcome, s store.Status) {
	if m != nil {
		m.outcomes.WithLabelValues(o.String(), string(s)).Inc()
	}
}

func (m *Metrics) retry() {
	if m != nil {
		m.retries.Inc()
	}
}
