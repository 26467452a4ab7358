package tag

import (
	"maps"
	"slices"
	"testing"
)

// strTable answers as the map it was built from, for every key and for
// strings next to them (a prefix, an extension, a key with its last byte
// changed), across the first-two-byte buckets its lookup starts from.
func TestStrTable(t *testing.T) {
	m := map[string]string{"": "empty", "A": "1", "Ab": "2", "Abc": "3", "B": "4", "Bz": "5", "Ba\xff": "6",
		"\xff\xff": "7", "\xff": "8", "Łódź": "PL", "Łomża": "PL", "Mexico": "MXUS", "no value": ""}
	for i := range 300 {
		m[string(rune('a'+i%26))+string(rune('a'+i/26))+"town"] = "X" + string(rune('A'+i%26))
	}
	tb := newStrTable(m)
	var probes []string
	for k := range m {
		probes = append(probes, k, k+"x", k+"\x00")
		if k != "" {
			probes = append(probes, k[:len(k)-1], k[:len(k)-1]+"\xfe")
		}
	}
	for _, p := range probes {
		if got := tb.get(p); got != m[p] {
			t.Errorf("get(%q) = %q, want %q", p, got, m[p])
		}
	}
	var keys []string
	for k, v := range tb.all() {
		keys = append(keys, k)
		if v != m[k] {
			t.Errorf("all yields %q → %q, want %q", k, v, m[k])
		}
	}
	want := slices.Sorted(maps.Keys(m))
	want = slices.DeleteFunc(want, func(k string) bool { return m[k] == "" })
	if !slices.Equal(keys, want) {
		t.Errorf("all yields %q, want %q", keys, want)
	}
	if got := (strTable{}).get("A"); got != "" {
		t.Errorf("the zero table holds %q", got)
	}
}
