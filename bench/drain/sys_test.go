package drain

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// userHZ is the unit of CPU times in /proc (USER_HZ, 100 on Linux).
const userHZ = 100

// procCPU is the user + system CPU time of the process whose /proc
// directory is dir, zero when it is gone.
func procCPU(dir string) time.Duration {
	b, err := os.ReadFile(filepath.Join(dir, "stat"))
	if err != nil {
		return 0
	}
	// The command name in parentheses may hold spaces; fields follow it.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64) // field 14 of proc(5)
	stime, _ := strconv.ParseInt(f[12], 10, 64) // field 15
	return time.Duration(utime+stime) * time.Second / userHZ
}

// procPeakRSS is a running process's own peak resident set (VmHWM), in
// bytes, or 0. rusage's maxrss of a child is not: Linux counts in it the
// parent's resident set at the fork (the vfork-shared memory's high-water
// mark is recorded at exec), so a benchmark process holding 150 MB made
// every child it started report at least that.
func procPeakRSS(dir string) int64 {
	b, err := os.ReadFile(filepath.Join(dir, "status"))
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// machine is a snapshot of the whole machine's CPU counters and load.
type machine struct {
	busy, total int64 // jiffies over all CPUs
	load        string
}

func snapshot() machine {
	var m machine
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		m.load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return m
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line) // cpu user nice system idle iowait irq softirq steal ...
	for i, v := range f[1:] {
		n, _ := strconv.ParseInt(v, 10, 64)
		if i >= 8 {
			break // guest times are already in user
		}
		m.total += n
		if i != 3 && i != 4 { // idle, iowait
			m.busy += n
		}
	}
	return m
}

// busySince is the share of the machine's CPU time that was busy between
// two snapshots, whoever used it.
func (m machine) busySince(before machine) float64 {
	if m.total == before.total {
		return 0
	}
	return float64(m.busy-before.busy) / float64(m.total-before.total)
}

// load1 is the one-minute load average of the snapshot.
func (m machine) load1() string {
	l, _, _ := strings.Cut(m.load, " ")
	return l
}
