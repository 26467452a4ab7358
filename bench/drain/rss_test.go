package drain

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// BenchmarkLargeRSS drains ten 25 MB emails (DRAIN_BIG_N, DRAIN_BIG_MB)
// with `newsdesk run` and with `poll` + `work -workers 2`, and reports the
// peak RSS of each process (its VmHWM, read before it stops: procPeakRSS).
func BenchmarkLargeRSS(b *testing.B) {
	n := envInt(b, "DRAIN_BIG_N", 10)
	mb := envInt(b, "DRAIN_BIG_MB", 25)
	r := newRig(b)
	for i := range n { // one at a time: the benchmark's own memory stays small
		r.dove.Append(b, "desk", "INBOX", [][]byte{bigEmail(i, mb<<20)})
	}
	fmt.Printf("backlog: %d emails of %d MB each\n", n, mb)
	fmt.Println("config  | drain s | peak RSS by role (MB)")
	for _, cfg := range strings.Split(orDefault(os.Getenv("DRAIN_CONFIGS"), "run,work2"), ",") {
		res := r.drain(cfg, n, 10*time.Minute) // a large email takes seconds on a busy machine
		var roles []string
		for _, ru := range res.roles {
			roles = append(roles, fmt.Sprintf("%s %.0f", ru.role, float64(ru.maxRSS)/1e6))
			b.ReportMetric(float64(ru.maxRSS)/1e6, cfg+"-"+ru.role+"-peak-MB")
		}
		fmt.Printf("%-7s | %7.2f | %s\n", cfg, res.elapsed.Seconds(), strings.Join(roles, ", "))
	}
}

// TestBigEmail checks the generator makes what BenchmarkLargeRSS claims:
// the size asked for, within one base64 line, and a valid multipart end.
func TestBigEmail(t *testing.T) {
	for _, size := range []int{1 << 20, 3<<20 + 17} {
		e := bigEmail(1, size)
		if len(e) < size-180 || len(e) > size+100 {
			t.Errorf("bigEmail(%d): %d bytes", size, len(e))
		}
		if !strings.HasSuffix(string(e), "\r\n--b--\r\n") {
			t.Errorf("bigEmail(%d) does not close its multipart", size)
		}
	}
	if string(bigEmail(1, 1<<20)) == string(bigEmail(2, 1<<20)) {
		t.Error("two big emails are identical; the attachment should differ")
	}
}
