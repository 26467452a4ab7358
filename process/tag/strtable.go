package tag

import (
	"iter"
	"slices"
	"strings"
)

// strTable is a read-only map of strings kept compact: the keys in order,
// each followed by its value, in one string, with their offsets. The city
// table's 150,000 names took 19 MB as a Go map (a slot, a key string and
// a value string each) and take about 3 MB here; a lookup is a binary
// search among the keys sharing its first two bytes (start).
type strTable struct {
	blob  string   // key₀ value₀ key₁ value₁ …
	offs  []uint32 // start of key i at 2i, of value i at 2i+1; len(blob) closes the last
	start []uint32 // first key whose first two bytes (prefix2) are ≥ p, for every p; len 1<<16 + 1
}

// newStrTable freezes m; empty values are left out (get returns "" for
// them anyway).
func newStrTable(m map[string]string) strTable {
	keys := make([]string, 0, len(m))
	size := 0
	for k, v := range m {
		if v != "" {
			keys = append(keys, k)
			size += len(k) + len(v)
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	b.Grow(size)
	t := strTable{offs: make([]uint32, 0, 2*len(keys)+1), start: make([]uint32, 1<<16+1)}
	p := 0
	for i, k := range keys {
		for ; p <= prefix2(k); p++ {
			t.start[p] = uint32(i)
		}
		t.offs = append(t.offs, uint32(b.Len()))
		b.WriteString(k)
		t.offs = append(t.offs, uint32(b.Len()))
		b.WriteString(m[k])
	}
	for ; p < len(t.start); p++ {
		t.start[p] = uint32(len(keys))
	}
	t.offs = append(t.offs, uint32(b.Len()))
	t.blob = b.String()
	return t
}

// prefix2 is s's first two bytes as a number, a missing byte as 0: keys
// in order have prefixes in order.
func prefix2(s string) int {
	switch len(s) {
	case 0:
		return 0
	case 1:
		return int(s[0]) << 8
	}
	return int(s[0])<<8 | int(s[1])
}

func (t strTable) key(i int) string   { return t.blob[t.offs[2*i]:t.offs[2*i+1]] }
func (t strTable) value(i int) string { return t.blob[t.offs[2*i+1]:t.offs[2*i+2]] }

// size is the number of keys.
func (t strTable) size() int { return len(t.offs) / 2 }

// get is k's value, "" when k is not a key.
func (t strTable) get(k string) string {
	if t.start == nil {
		return ""
	}
	p := prefix2(k)
	lo, end := int(t.start[p]), int(t.start[p+1])
	hi := end
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.key(m) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && t.key(lo) == k {
		return t.value(lo)
	}
	return ""
}

// all yields every key and its value, in order.
func (t strTable) all() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for i := range t.size() {
			if !yield(t.key(i), t.value(i)) {
				return
			}
		}
	}
}
