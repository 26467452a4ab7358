package drain

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"newsdesk/svctest"
)

// BenchmarkDrainScale drains growing backlogs, DRAIN_SCALE emails each
// (default "1000,10000,50000"), with one configuration (DRAIN_CONFIG,
// default run), each next to its floor on the same mailbox, and prints
// drain time against N as a table and a text plot: a straight line
// through the origin means the cost per email does not grow with the
// backlog. The mailbox grows between steps, so the 50k step appends only
// the 40k emails it lacks. Run it with -benchtime=1x.
func BenchmarkDrainScale(b *testing.B) {
	var sizes []int
	for _, f := range strings.Split(orDefault(os.Getenv("DRAIN_SCALE"), "1000,10000,50000"), ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 || (len(sizes) > 0 && n <= sizes[len(sizes)-1]) {
			b.Fatalf("DRAIN_SCALE=%q: want growing positive counts", os.Getenv("DRAIN_SCALE"))
		}
		sizes = append(sizes, n)
	}
	cfg := orDefault(os.Getenv("DRAIN_CONFIG"), "run")
	c := loadCorpus(b)
	r := newRig(b)
	tag := svctest.Unique("s")
	msg := func(i int) []byte { return c.email(tag, i) }
	var pts []scalePoint
	loaded := 0
	fmt.Println(header)
	for _, n := range sizes {
		r.load(n-loaded, func(i int) []byte { return msg(loaded + i) })
		loaded = n
		fl := r.floor(n, msg)
		res := r.drain(cfg, n, drainTimeout(n))
		fmt.Println(res.row(n, fl))
		pts = append(pts, scalePoint{n: n, drain: res.elapsed.Seconds(), floor: fl.total().Seconds()})
		b.ReportMetric(res.elapsed.Seconds()/fl.total().Seconds(), fmt.Sprintf("ratio-%d", n))
	}
	fmt.Print(scalePlot(pts, 60, 16))
}

type scalePoint struct {
	n            int
	drain, floor float64 // seconds
}

// scalePlot draws drain (*) and floor (o) seconds against N on linear
// axes, with the points' table under it.
func scalePlot(pts []scalePoint, width, height int) string {
	maxN, maxS := 0, 0.0
	for _, p := range pts {
		maxN = max(maxN, p.n)
		maxS = max(maxS, p.drain, p.floor)
	}
	if maxN == 0 || maxS == 0 {
		return ""
	}
	grid := make([][]byte, height)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(" ", width))
	}
	put := func(n int, s float64, mark byte) {
		x := int(math.Round(float64(n) / float64(maxN) * float64(width-1)))
		y := height - 1 - int(math.Round(s/maxS*float64(height-1)))
		if grid[y][x] != ' ' && grid[y][x] != mark {
			mark = '#' // both on one cell
		}
		grid[y][x] = mark
	}
	for _, p := range pts {
		put(p.n, p.floor, 'o')
		put(p.n, p.drain, '*')
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\ndrain time (*) and I/O floor (o), seconds, against N emails\n")
	for i, row := range grid {
		label := "      "
		if i == 0 {
			label = fmt.Sprintf("%5.0fs", maxS)
		} else if i == height-1 {
			label = fmt.Sprintf("%5.0fs", 0.0)
		}
		fmt.Fprintf(&sb, "%s |%s\n", label, strings.TrimRight(string(row), " "))
	}
	fmt.Fprintf(&sb, "       +%s\n        0%*d\n\n", strings.Repeat("-", width), width-1, maxN)
	fmt.Fprintf(&sb, "%8s %9s %9s %8s %12s\n", "N", "drain s", "floor s", "× floor", "ms per email")
	for _, p := range pts {
		fmt.Fprintf(&sb, "%8d %9.1f %9.1f %8.1f %12.2f\n", p.n, p.drain, p.floor, p.drain/p.floor, p.drain*1000/float64(p.n))
	}
	return sb.String()
}

func TestScalePlot(t *testing.T) {
	out := scalePlot([]scalePoint{{1000, 2, 1}, {10000, 20, 8}, {50000, 100, 40}}, 60, 16)
	lines := strings.Split(out, "\n")
	// The largest drain sits on the top row at the right edge, the
	// smallest floor near the bottom at the left.
	var top, bottom string
	for _, l := range lines {
		if strings.HasPrefix(l, "  100s |") {
			top = l
		}
		if strings.HasPrefix(l, "    0s |") {
			bottom = l
		}
	}
	if !strings.HasSuffix(top, "*") || len(top) != len("  100s |")+60 {
		t.Errorf("top row %q: want the 50k drain at the right edge", top)
	}
	if !strings.Contains(bottom, "o") && !strings.Contains(bottom, "#") {
		t.Errorf("bottom row %q: want the 1k floor on it", bottom)
	}
	if !strings.Contains(out, "   50000     100.0      40.0      2.5         2.00") {
		t.Errorf("table missing the 50k row:\n%s", out)
	}
}
