package learn

import "math/rand/v2"

// minCount is how many training blocks must share a feature for it to get
// weights.
const minCount = 3

// Sequence is one release's blocks with their gold roles.
type Sequence struct {
	In   []Input
	Gold []Role
}

// bags is how many perceptrons, each seeing the sequences in its own
// order, Train averages. One perceptron's weights depend on the order it
// saw the mail in: a retrain on a few more cases moved the test split's
// body end by ±3 releases on its own. The average of several is the
// steadier answer.
const bags = 5

// Train fits structured averaged perceptrons: decode each sequence with
// the current weights, move the weights towards the gold roles where the
// decoding differs, and average the weights over every step so that late
// updates do not dominate. Each of bags perceptrons shuffles the order of
// sequences with its own fixed seed, so the same data always gives the
// same model, and the model is their mean.
func Train(seqs []Sequence, epochs int) *Model {
	var m0 *Model
	feats := make([][][]string, len(seqs))
	count := map[string]int{}
	for s, q := range seqs {
		feats[s] = m0.featuresOf(q.In)
		for _, fs := range feats[s] {
			for _, f := range fs {
				count[f]++
			}
		}
	}
	// A feature seen in fewer than minCount blocks is a particular
	// email's word, not the genre's: dropping it keeps the model general.
	for _, fss := range feats {
		for i, fs := range fss {
			kept := fs[:0:0]
			for _, f := range fs {
				if count[f] >= minCount {
					kept = append(kept, f)
				}
			}
			fss[i] = kept
		}
	}
	sum := map[string]*[NumRoles]int64{}
	for b := range uint64(bags) {
		for f, w := range trainOne(seqs, feats, epochs, b) {
			if sum[f] == nil {
				sum[f] = &[NumRoles]int64{}
			}
			for r := range w {
				sum[f][r] += w[r]
			}
		}
	}
	avg := &Model{w: map[string]*[NumRoles]int32{}}
	for f, w := range sum {
		a := &[NumRoles]int32{}
		nz := false
		for r := range w {
			a[r] = int32(w[r] / bags)
			nz = nz || a[r] != 0
		}
		if nz {
			avg.w[f] = a
		}
	}
	return avg
}

// trainOne is one averaged perceptron over feats, its order of sequences
// shuffled by seed: each feature's averaged weights, scaled by 100 to keep
// two decimals in integers.
func trainOne(seqs []Sequence, feats [][][]string, epochs int, seed uint64) map[string]*[NumRoles]int64 {
	m := &Model{w: map[string]*[NumRoles]int32{}}
	acc := map[string]*[NumRoles]int64{} // sum of step × update, for averaging
	step := int64(1)
	update := func(f string, r Role, d int32) {
		w := m.w[f]
		if w == nil {
			w = &[NumRoles]int32{}
			m.w[f] = w
			acc[f] = &[NumRoles]int64{}
		}
		w[r] += d
		acc[f][r] += step * int64(d)
	}
	rng := rand.New(rand.NewPCG(7+seed, 11))
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, s := range order {
			q := seqs[s]
			pred := m.decode(feats[s])
			for i := range pred {
				prevG, prevP := "T>^", "T>^"
				if i > 0 {
					prevG, prevP = "T>"+q.Gold[i-1].String(), "T>"+pred[i-1].String()
				}
				if pred[i] == q.Gold[i] && prevG == prevP {
					continue
				}
				update(prevG, q.Gold[i], 1)
				update(prevP, pred[i], -1)
				if pred[i] != q.Gold[i] {
					for _, f := range feats[s][i] {
						update(f, q.Gold[i], 1)
						update(f, pred[i], -1)
					}
				}
			}
			step++
		}
	}
	// Averaged weight = w - acc/step.
	out := make(map[string]*[NumRoles]int64, len(m.w))
	for f, w := range m.w {
		a := &[NumRoles]int64{}
		for r := range w {
			a[r] = (int64(w[r])*step - acc[f][r]) * 100 / step
		}
		out[f] = a
	}
	return out
}

// LabelScores is Label with each block's per-role scores before
// transitions: how far the features alone favour one role over another.
func (m *Model) LabelScores(in []Input) ([]Role, [][NumRoles]int32) {
	obs := m.observe(m.featuresOf(in))
	return m.viterbi(obs), obs
}

func (m *Model) decode(feats [][]string) []Role {
	return m.viterbi(m.observe(feats))
}

func (m *Model) observe(feats [][]string) [][NumRoles]int32 {
	obs := make([][NumRoles]int32, len(feats))
	for i, fs := range feats {
		for _, f := range fs {
			if w := m.w[f]; w != nil {
				for r := range w {
					obs[i][r] += w[r]
				}
			}
		}
	}
	return obs
}
