package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
)

// seeded is the only source of variation: everything derives from the brief
// id (plus a purpose label), so one brief always renders to the same bytes.
type seeded struct {
	id string
}

func (s seeded) sum(label string) [32]byte { return sha256.Sum256([]byte(s.id + "\x00" + label)) }

// hex returns n lowercase hex digits derived from the id and label.
func (s seeded) hex(label string, n int) string {
	var out string
	for i := 0; len(out) < n; i++ {
		h := s.sum(fmt.Sprintf("%s/%d", label, i))
		out += hex.EncodeToString(h[:])
	}
	return out[:n]
}

func (s seeded) upperHex(label string, n int) string { return strings.ToUpper(s.hex(label, n)) }

// from returns n characters from alphabet, derived from the id and label.
func (s seeded) from(label, alphabet string, n int) string {
	r := s.rand(label)
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

func (s seeded) rand(label string) *rand.Rand {
	h := s.sum(label)
	return rand.New(rand.NewPCG(binary.LittleEndian.Uint64(h[:8]), binary.LittleEndian.Uint64(h[8:16])))
}

// intn is a stable choice in [0,n).
func (s seeded) intn(label string, n int) int { return s.rand(label).IntN(n) }

// uuid formats derived bytes as a version-4 style UUID.
func (s seeded) uuid(label string) string {
	h := s.hex(label, 32)
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:32]
}

const (
	alphaNum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	gmailIDChar = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+"
	digits      = "0123456789"
)
