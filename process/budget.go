package process

import (
	"context"
	"sync"

	"golang.org/x/sync/semaphore"
)

// DefaultMemory is the raw email bytes the workers of one process hold at
// once unless Worker.Memory says otherwise: one 25 MB email, or dozens of
// ordinary ones. Processing and storing an email costs twice its size at
// its peak (its bytes and the protocol message that sends them to
// PostgreSQL), so this bounds the workers' memory whatever the mail and
// however many workers run.
const DefaultMemory = 32 << 20

// memoryBudget is the byte budget the workers share: an email's bytes are
// taken from it before they are read and given back once it is stored.
// Waiters are served in turn, so a large email waits for the budget to
// drain instead of being overtaken by small ones forever, and one larger
// than the whole budget runs alone.
type memoryBudget struct {
	limit int64
	sem   *semaphore.Weighted

	mu      sync.Mutex
	waiting int // workers blocked until bytes are given back
}

func newMemoryBudget(limit int64) *memoryBudget {
	if limit <= 0 {
		limit = DefaultMemory
	}
	return &memoryBudget{limit: limit, sem: semaphore.NewWeighted(limit)}
}

// fits tells whether n bytes (n < 0: size unknown) fit the budget at all.
func (b *memoryBudget) fits(n int64) bool { return n >= 0 && n <= b.limit }

// acquire takes n bytes, waiting until they fit; n that does not fit
// takes the whole budget. release gives them back.
func (b *memoryBudget) acquire(ctx context.Context, n int64) (release func(), err error) {
	if !b.fits(n) {
		n = b.limit
	}
	if !b.sem.TryAcquire(n) {
		b.setWaiting(+1)
		err := b.sem.Acquire(ctx, n)
		b.setWaiting(-1)
		if err != nil {
			return nil, err
		}
	}
	return func() { b.sem.Release(n) }, nil
}

func (b *memoryBudget) setWaiting(d int) {
	b.mu.Lock()
	b.waiting += d
	b.mu.Unlock()
}

// waiters is the number of workers blocked until bytes are given back.
func (b *memoryBudget) waiters() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.waiting
}
