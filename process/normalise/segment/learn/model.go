package learn

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Model holds one weight per feature and role. Transition weights are
// features too, named "T>" plus the previous role ("T>^" at the start).
type Model struct {
	w map[string]*[NumRoles]int32
}

//go:generate go run ./gen -root ../../../.. -out weights.txt

// weights is the model trained on testdata/genre/train by ./gen.
//
//go:embed weights.txt
var weights []byte

// Weights is the embedded weights file, for the test that regenerates it.
func Weights() []byte { return bytes.Clone(weights) }

// Default is the embedded model, decoded once: the weights never change
// after the build, so sharing them is safe.
var Default = sync.OnceValue(func() *Model {
	m, err := Decode(weights)
	if err != nil {
		panic("learn: embedded weights: " + err.Error())
	}
	return m
})

// Label gives each block its most likely role sequence: per-block scores
// from the features plus role-to-role transitions, maximised by Viterbi.
func (m *Model) Label(in []Input) []Role {
	return m.decode(m.featuresOf(in))
}

func (*Model) featuresOf(in []Input) [][]string {
	a, sh := anchorsOf(in), shapes(in)
	feats := make([][]string, len(in))
	for i := range in {
		feats[i] = features(in, i, a, sh)
	}
	return feats
}

func (m *Model) trans(prev int) *[NumRoles]int32 {
	name := "T>^"
	if prev >= 0 {
		name = "T>" + Role(prev).String()
	}
	if w := m.w[name]; w != nil {
		return w
	}
	return &[NumRoles]int32{}
}

func (m *Model) viterbi(obs [][NumRoles]int32) []Role {
	n := len(obs)
	if n == 0 {
		return nil
	}
	score := make([][NumRoles]int64, n)
	back := make([][NumRoles]uint8, n)
	t0 := m.trans(-1)
	for r := range NumRoles {
		score[0][r] = int64(obs[0][r]) + int64(t0[r])
	}
	var tr [NumRoles]*[NumRoles]int32
	for p := range NumRoles {
		tr[p] = m.trans(int(p))
	}
	for i := 1; i < n; i++ {
		for r := range NumRoles {
			best, arg := int64(0), 0
			for p := range NumRoles {
				s := score[i-1][p] + int64(tr[p][r])
				if p == 0 || s > best {
					best, arg = s, int(p)
				}
			}
			score[i][r], back[i][r] = best+int64(obs[i][r]), uint8(arg)
		}
	}
	out := make([]Role, n)
	last := 0
	for r := range NumRoles {
		if score[n-1][r] > score[n-1][last] {
			last = int(r)
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = Role(last)
		last = int(back[i][last])
	}
	return out
}

// Encode writes the model as text, one feature a line with its non-zero
// weights ("feature\trole:weight ..."), features sorted, so that the
// same model always gives the same bytes.
func (m *Model) Encode() []byte {
	names := make([]string, 0, len(m.w))
	for f := range m.w {
		names = append(names, f)
	}
	sort.Strings(names)
	var b bytes.Buffer
	for _, f := range names {
		var parts []string
		for r, v := range m.w[f] {
			if v != 0 {
				parts = append(parts, Role(r).String()+":"+strconv.Itoa(int(v)))
			}
		}
		if len(parts) > 0 {
			b.WriteString(f + "\t" + strings.Join(parts, " ") + "\n")
		}
	}
	return b.Bytes()
}

// Decode reads what Encode wrote.
func Decode(data []byte) (*Model, error) {
	m := &Model{w: map[string]*[NumRoles]int32{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		f, ws, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("learn: line %d: no tab", n)
		}
		w := &[NumRoles]int32{}
		for _, p := range strings.Fields(ws) {
			name, num, _ := strings.Cut(p, ":")
			r, ok := ParseRole(name)
			v, err := strconv.ParseInt(num, 10, 32)
			if !ok || err != nil {
				return nil, fmt.Errorf("learn: line %d: bad weight %q", n, p)
			}
			w[r] = int32(v)
		}
		m.w[f] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("learn: %w", err)
	}
	return m, nil
}
