package tag

import (
	"encoding/binary"
	"hash/fnv"
	"strings"

	"newsdesk/draft"
)

// MinHash parameters: 128 hashes in 32 bands of 4 rows. Two texts share
// a band with probability 1-(1-s⁴)³², about 0.5 at Jaccard s = 0.42 and
// above 0.99 from s = 0.6, so every near-duplicate or revision becomes a
// candidate while unrelated releases (s < 0.1) almost never do.
const (
	numHashes = 128
	bandRows  = 4
	numBands  = numHashes / bandRows
	shingleN  = 4 // words per shingle
)

// StoryKeys is how many story keys a draft's Print carries, its bands
// and its sender's key: the story locks one draft takes while it is saved
// (store.SaveMessages).
const StoryKeys = numBands + 1

// Print is a draft's fingerprint: the MinHash signature and its LSH
// band keys (band index folded in), which the store indexes, the key
// of its sender (SenderKey), and whether it calls itself a correction or
// update (Marked).
type Print struct {
	MinHash []uint64
	Bands   []int64
	Sender  int64
	Marked  bool
}

// Fingerprint hashes the word shingles of the headline and body. Case,
// punctuation and white space do not count, so a resend through another
// mail client fingerprints the same.
func Fingerprint(d *draft.Draft) Print {
	toks := tokens(d.Headline + "\n" + d.BodyText)
	sig := new([numHashes]uint64) // an array: no bounds checks in the loop below
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	n := max(1, len(toks)-shingleN+1)
	for i := 0; i < n; i++ {
		// FNV-64a of the shingle's words, each ended by a zero byte.
		x := uint64(fnvOffset)
		for _, t := range toks[i:min(len(toks), i+shingleN)] {
			for j := 0; j < len(t); j++ {
				x = (x ^ uint64(t[j])) * fnvPrime
			}
			x *= fnvPrime // the zero byte
		}
		for k := range sig {
			sig[k] = min(sig[k], mix(x^seeds[k]))
		}
	}
	p := Print{MinHash: sig[:], Sender: SenderKey(d), Marked: Marked(d)}
	if len(toks) > 0 {
		p.Bands = bands(sig[:])
	}
	return p
}

// SenderKey is the story key of a draft's sender address, stored beside
// its bands. A correction or update may rewrite so much of its original
// that the two share no band (below Jaccard ~0.4 they seldom do), but it
// comes from the same sender: a marked revision also looks up the
// sender's latest drafts by this key. 0 when the sender has no address.
func SenderKey(d *draft.Draft) int64 {
	addr := strings.ToLower(strings.TrimSpace(d.Source.From))
	if i := strings.LastIndexByte(addr, '<'); i >= 0 {
		addr = strings.TrimSuffix(addr[i+1:], ">")
	}
	if !strings.Contains(addr, "@") {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte("sender\x00" + addr)) // never a band's bytes: those start with the band index
	return int64(h.Sum64())
}

func bands(sig []uint64) []int64 {
	out := make([]int64, numBands)
	buf := make([]byte, 8)
	for b := range numBands {
		h := fnv.New64a()
		binary.LittleEndian.PutUint64(buf, uint64(b))
		h.Write(buf)
		for _, v := range sig[b*bandRows : (b+1)*bandRows] {
			binary.LittleEndian.PutUint64(buf, v)
			h.Write(buf)
		}
		out[b] = int64(h.Sum64())
	}
	return out
}

// seeds gives each hash function its own constant.
var seeds = func() (s [numHashes]uint64) {
	for k := range s {
		s[k] = mix(uint64(k+1) * 0x9E3779B97F4A7C15)
	}
	return s
}()

// FNV-64a's constants (hash/fnv, inlined for the shingles: no hasher and
// no byte slices per shingle).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is SplitMix64's finaliser: a fast, well-spread 64-bit permutation.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// Similarity estimates the Jaccard similarity of two signatures.
func Similarity(a, b []uint64) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// paragraphs splits a body at blank lines.
func paragraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
