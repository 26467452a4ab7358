// Package learn is the topic model learnt from the labelled corpus: a
// one-vs-rest logistic regression over named sparse features (words,
// the rules' evidence per IPTC code), trained by ./gen on
// testdata/genre/train and testdata/corpus and embedded as weights.txt.
// It knows nothing of drafts: package tag computes the features.
package learn

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"

	"newsdesk/process/tag/internal/embedpages"
)

// Feature is one observation with its value.
type Feature struct {
	Name  string
	Value float64
}

// Example is one labelled text: its features and the codes it carries.
type Example struct {
	Features []Feature
	Codes    []string
}

// Options steer training.
type Options struct {
	Epochs   int     // passes over the examples
	Rate     float64 // AdaGrad learning rate
	L2       float64 // weight decay per update
	MinCount int     // a code needs this many positive examples to be learnt
	MinDF    int     // a feature needs to occur in this many examples to be kept
}

// DefaultOptions are the settings ./gen trains with. L2 was chosen by
// 5-fold cross-validation (1e-4, 1e-3, 1e-2, 3e-2, 0.1 tried; 3e-2 best);
// since the vocabulary's labels are trained on too, 1e-2 is best (3e-3,
// 1e-2, 3e-2, 0.1 tried). Fewer epochs or a smaller rate scored no better;
// nor did weighing a code's positive examples by (negatives/positives)^0.3
// so rare codes count more (CV 0.773 / 0.606 → 0.770 / 0.605).
var DefaultOptions = Options{Epochs: 40, Rate: 0.2, L2: 1e-2, MinCount: 3, MinDF: 2}

// Model holds, per feature, a weight for each code it speaks for, and
// the decision thresholds chosen by cross-validation.
type Model struct {
	Codes []string
	Bias  []float64
	W     map[string][]codeWeight
	// Leaf is the probability a code below the top level needs;
	// Top is the one a top-level code needs on its own.
	Leaf, Top float64
}

// codeWeight is one weight of a feature: 8 bytes, since a model holds
// hundreds of thousands and every worker keeps one in memory.
type codeWeight struct {
	code uint16
	w    float32
}

// Train fits the model. Examples are visited in an order drawn from a
// fixed seed, so the same examples always give the same weights.
func Train(ex []Example, o Options) *Model {
	count := map[string]int{}
	df := map[string]int{}
	for _, e := range ex {
		for _, c := range dedupe(e.Codes) {
			count[c]++
		}
		for _, f := range e.Features {
			df[f.Name]++
		}
	}
	m := &Model{W: map[string][]codeWeight{}, Leaf: 0.5, Top: 0.5}
	for c, n := range count {
		if n >= o.MinCount {
			m.Codes = append(m.Codes, c)
		}
	}
	slices.Sort(m.Codes)
	idx := map[string]int{}
	for i, c := range m.Codes {
		idx[c] = i
	}
	nc := len(m.Codes)
	m.Bias = make([]float64, nc)
	w := map[string][]float64{}
	g2 := map[string][]float64{}
	biasG2 := make([]float64, nc)
	for name, n := range df {
		if n >= o.MinDF {
			w[name] = make([]float64, nc)
			g2[name] = make([]float64, nc)
		}
	}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	y := make([]float64, nc)
	z := make([]float64, nc)
	for range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := ex[k]
			clear(y)
			for _, c := range e.Codes {
				if i, ok := idx[c]; ok {
					y[i] = 1
				}
			}
			copy(z, m.Bias)
			for _, f := range e.Features {
				if wf := w[f.Name]; wf != nil {
					for c := range nc {
						z[c] += wf[c] * f.Value
					}
				}
			}
			for c := range nc {
				g := sigmoid(z[c]) - y[c]
				biasG2[c] += g * g
				m.Bias[c] -= o.Rate * g / math.Sqrt(biasG2[c]+1e-8)
				z[c] = g
			}
			for _, f := range e.Features {
				wf := w[f.Name]
				if wf == nil {
					continue
				}
				gf := g2[f.Name]
				for c := range nc {
					g := z[c]*f.Value + o.L2*wf[c]
					gf[c] += g * g
					wf[c] -= o.Rate * g / math.Sqrt(gf[c]+1e-8)
				}
			}
		}
	}
	for name, wf := range w {
		for c, x := range wf {
			if x = round(x); math.Abs(x) >= minWeight {
				m.W[name] = append(m.W[name], codeWeight{uint16(c), float32(x)})
			}
		}
	}
	for c := range m.Bias {
		m.Bias[c] = round(m.Bias[c])
	}
	return m
}

// minWeight: smaller weights are dropped from the file; they move no
// decision.
//
// 0.08 since the third 2026-12-07 session: with 314 training releases
// in 30 languages 0.02 kept 6.5 MB of weights (35.7 MB live in tag.New)
// and `run` peaked at 219 MB on ten 25 MB emails; 0.08 keeps 2.3 MB
// (27.7 MB live, `run` 194 MB). 5-fold CV on train: top-level F1 0.786
// → 0.782, all topics 0.677 → 0.678 (0.05 and 0.12 scored the same).
const minWeight = 0.08

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func dedupe(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// Predict is each known code's probability for the features.
func (m *Model) Predict(fs []Feature) map[string]float64 {
	p := m.Probabilities(fs)
	out := make(map[string]float64, len(p))
	for c, x := range p {
		out[m.Codes[c]] = x
	}
	return out
}

// Probabilities are Predict's, in the order of m.Codes: for a caller
// that reads every code, without a map.
func (m *Model) Probabilities(fs []Feature) []float64 {
	z := slices.Clone(m.Bias)
	for _, f := range fs {
		for _, cw := range m.W[f.Name] {
			z[cw.code] += float64(cw.w) * f.Value
		}
	}
	for c, x := range z {
		z[c] = sigmoid(x)
	}
	return z
}

// Knows says whether the model learnt code.
func (m *Model) Knows(code string) bool {
	_, ok := slices.BinarySearch(m.Codes, code)
	return ok
}

// Encode writes the model as text: a header with the thresholds and
// codes, then one line per feature, sorted, so a change shows in a diff.
//
//	thresholds LEAF TOP
//	code CODE BIAS
//	FEATURE\tCODEINDEX:WEIGHT ...
func (m *Model) Encode() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "thresholds %s %s\n", num(m.Leaf), num(m.Top))
	for i, c := range m.Codes {
		fmt.Fprintf(&b, "code %s %s\n", c, num(m.Bias[i]))
	}
	names := make([]string, 0, len(m.W))
	for n := range m.W {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		b.WriteString(n)
		for i, cw := range m.W[n] {
			sep := " "
			if i == 0 {
				sep = "\t"
			}
			b.WriteString(sep + strconv.Itoa(int(cw.code)) + ":" + strconv.FormatFloat(float64(cw.w), 'f', -1, 32))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// Decode reads what Encode wrote.
func Decode(data []byte) (*Model, error) {
	m := &Model{W: map[string][]codeWeight{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		bad := func(what string) error { return fmt.Errorf("learn: weights line %d: %s: %q", n, what, line) }
		if name, rest, ok := strings.Cut(line, "\t"); ok {
			name = strings.Clone(name) // the key alone, not the line of weights it was cut from
			for _, p := range strings.Fields(rest) {
				ci, ws, ok := strings.Cut(p, ":")
				c, err1 := strconv.Atoi(ci)
				w, err2 := strconv.ParseFloat(ws, 64)
				if !ok || err1 != nil || err2 != nil || c < 0 || c >= len(m.Codes) {
					return nil, bad("bad weight")
				}
				m.W[name] = append(m.W[name], codeWeight{uint16(c), float32(w)})
			}
			continue
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 3 && f[0] == "thresholds":
			var err1, err2 error
			m.Leaf, err1 = strconv.ParseFloat(f[1], 64)
			m.Top, err2 = strconv.ParseFloat(f[2], 64)
			if err1 != nil || err2 != nil {
				return nil, bad("bad thresholds")
			}
		case len(f) == 3 && f[0] == "code":
			b, err := strconv.ParseFloat(f[2], 64)
			if err != nil || len(m.Codes) > 0 && f[1] <= m.Codes[len(m.Codes)-1] {
				return nil, bad("bad or unsorted code")
			}
			m.Codes = append(m.Codes, f[1])
			m.Bias = append(m.Bias, b)
		default:
			return nil, bad("unknown line")
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("learn: weights: %w", err)
	}
	for name, ws := range m.W { // appending left up to half of each slice spare
		m.W[name] = slices.Clip(slices.Clone(ws))
	}
	return m, nil
}

//go:generate go run ./gen -root ../../.. -out weights.txt

// weights is the model ./gen trains on the labelled corpus.
//
//go:embed weights.txt
var weights []byte

// Weights is the embedded weights file, for the test that regenerates it.
func Weights() []byte { return bytes.Clone(weights) }

// Default is the embedded model, decoded once; it never changes after
// the build, so sharing it is safe.
var Default = sync.OnceValue(func() *Model {
	m, err := Decode(weights)
	if err != nil {
		panic("learn: embedded weights: " + err.Error())
	}
	embedpages.Release(weights) // 4 MB of the binary read once; m holds what they say
	return m
})
