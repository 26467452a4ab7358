// Package memo remembers a string function's answers for the strings
// last asked, a bounded number of them: the normaliser's readers hand
// the same names, contact lines and blocks to a costly pattern reader
// several times per email.
package memo

import (
	"strings"
	"sync"
)

// Func is f with its answers for at most size strings remembered; when
// full it forgets them all. Safe for concurrent use. Keys and string
// answers are copied, so no email's text is held.
type Func[V any] struct {
	f    func(string) V
	size int
	mu   sync.Mutex
	m    map[string]V
}

// New remembers f's answers for at most size strings.
func New[V any](f func(string) V, size int) *Func[V] {
	return &Func[V]{f: f, size: size, m: make(map[string]V, size)}
}

// Of is f(s).
func (c *Func[V]) Of(s string) V {
	c.mu.Lock()
	v, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = c.f(s)
	kept := v
	if a, ok := any(v).(string); ok {
		kept = any(strings.Clone(a)).(V)
	}
	c.mu.Lock()
	if len(c.m) >= c.size {
		clear(c.m)
	}
	c.m[strings.Clone(s)] = kept
	c.mu.Unlock()
	return v
}
