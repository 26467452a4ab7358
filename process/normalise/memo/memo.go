// Package memo remembers a string function's answers for the strings
// last asked, a bounded number of them: the normaliser's readers hand
// the same names and contact lines to a costly pattern reader several
// times per email.
package memo

import (
	"strings"
	"sync"
)

// Strings is f with its answers for at most size strings remembered;
// when full it forgets them all. Safe for concurrent use. Keys and
// answers are copied, so no email's text is held.
type Strings struct {
	f    func(string) string
	size int
	mu   sync.Mutex
	m    map[string]string
}

// New remembers f's answers for at most size strings.
func New(f func(string) string, size int) *Strings {
	return &Strings{f: f, size: size, m: make(map[string]string, size)}
}

// Of is f(s).
func (c *Strings) Of(s string) string {
	c.mu.Lock()
	v, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = c.f(s)
	c.mu.Lock()
	if len(c.m) >= c.size {
		clear(c.m)
	}
	c.m[strings.Clone(s)] = strings.Clone(v)
	c.mu.Unlock()
	return v
}
