package process

import (
	"log/slog"
	"sync/atomic"
	"time"
)

// stage is one place a worker spends its time. Run logs the totals when
// it ends, so a drain shows where the workers waited (the drain benchmark
// prints the line).
type stage int

const (
	stagePull    stage = iota // waiting for the queue to hand over messages
	stageMemory               // waiting for the byte budget
	stagePrepare              // reading, normalising and tagging a batch
	stageQueued               // a prepared batch waiting for the one before it to be stored
	stageSave                 // SaveMessages: the transaction, waits on the story locks included
	stageAck                  // acks and object-store clean-up after the commit
	numStages
)

var stageNames = [numStages]string{"pull", "memory", "prepare", "queued", "save", "ack"}

// stageTimes adds up the time spent in each stage, over every worker.
type stageTimes [numStages]atomic.Int64

func (s *stageTimes) add(st stage, start time.Time) { s[st].Add(int64(time.Since(start))) }

// log writes the totals in seconds, one attribute per stage.
func (s *stageTimes) log(log *slog.Logger) {
	attrs := make([]any, 0, numStages)
	for st, name := range stageNames {
		attrs = append(attrs, slog.Float64(name, time.Duration(s[st].Load()).Seconds()))
	}
	log.Info("process: seconds by stage, summed over workers", attrs...)
}
