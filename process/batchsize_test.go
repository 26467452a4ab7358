package process

import (
	"testing"

	"newsdesk/process/tag"
)

// TestBatchForFitsTheLockTable: n workers' batches of story locks hold at
// most half the lock table, with whole batches on a default server and
// one email per batch however small the table.
func TestBatchForFitsTheLockTable(t *testing.T) {
	if got := batchFor(64*100, 4); got != maxBatch {
		t.Errorf("default server, 4 workers: batch %d, want %d", got, maxBatch)
	}
	for _, slots := range []int{0, 10, 640, 1000, 6400, 12800, 1 << 20} {
		for _, n := range []int{0, 1, 2, 4, 8, 32, 200} {
			b := batchFor(slots, n)
			if b < 1 || b > maxBatch {
				t.Fatalf("batchFor(%d, %d) = %d, outside 1..%d", slots, n, b, maxBatch)
			}
			if held := max(n, 1) * b * tag.StoryKeys; b > 1 && held > slots/2 {
				t.Errorf("batchFor(%d, %d) = %d: %d workers hold %d story locks, over half of %d", slots, n, b, n, held, slots)
			}
			if b < maxBatch && max(n, 1)*(b+1)*tag.StoryKeys <= slots/2 {
				t.Errorf("batchFor(%d, %d) = %d: one more email per batch would still fit", slots, n, b)
			}
		}
	}
}
