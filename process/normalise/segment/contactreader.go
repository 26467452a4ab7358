package segment

import "newsdesk/process/normalise/block"

// entryReader reads where the entries of a contact block start and
// end. Every address of a block asks about the same lines, so it reads
// each line once: whether it holds an address, whether it is an entry
// of a name and a number, which people it names; and each block's
// contact group once.
type entryReader struct {
	bs []block.Block
	// addr and entry: per block and line, 0 unread, 1 yes, -1 no.
	addr, entry [][]int8
	// aboves: per block and line, above's count, 0 unread.
	aboves  [][]int
	groups  [][]string
	grouped []bool
	people  map[string][]string
}

func newEntryReader(bs []block.Block) *entryReader {
	r := &entryReader{bs: bs, addr: make([][]int8, len(bs)), entry: make([][]int8, len(bs)), aboves: make([][]int, len(bs)),
		groups: make([][]string, len(bs)), grouped: make([]bool, len(bs)), people: map[string][]string{}}
	for i, b := range bs {
		r.addr[i], r.entry[i], r.aboves[i] = make([]int8, len(b.Lines)), make([]int8, len(b.Lines)), make([]int, len(b.Lines))
	}
	return r
}

// remember answers a line's question from facts, reading it with f the
// first time.
func remember(facts []int8, k int, f func() bool) bool {
	if facts[k] == 0 {
		facts[k] = -1
		if f() {
			facts[k] = 1
		}
	}
	return facts[k] > 0
}

// lazily is f, read the first time it is asked and remembered.
func lazily(f func() bool) func() bool {
	fact := []int8{0}
	return func() bool { return remember(fact, 0, f) }
}

// address: line k of block i holds an email address.
func (r *entryReader) address(i, k int) bool {
	return remember(r.addr[i], k, func() bool { return EmailRE.MatchString(r.bs[i].Lines[k]) })
}

// entryLine: line k of block i is a contact's entry of its own, a name
// and a number ("Minister's office: Sam Gorman 0412 555 678").
func (r *entryReader) entryLine(i, k int) bool {
	return remember(r.entry[i], k, func() bool { return entryLine(r.bs[i].Lines[k]) })
}

// group is ContactGroup(bs, i), read once.
func (r *entryReader) group(i int) []string {
	if !r.grouped[i] {
		r.groups[i], r.grouped[i] = ContactGroup(r.bs, i), true
	}
	return r.groups[i]
}

// above counts the lines nearLines puts first for line k of block i:
// the line itself and those above it back to another contact's entry.
func (r *entryReader) above(i, k int) int {
	if n := r.aboves[i][k]; n > 0 {
		return n
	}
	own := r.bs[i].Lines
	j := k - 1
	named := lazily(func() bool { return PhoneLine(own[k]) || contactName(own[k:k+1]) != "" })
	for j >= 0 && !r.address(i, j) && !(r.entryLine(i, j) && named()) {
		j--
	}
	r.aboves[i][k] = k - j
	return k - j
}

// entryLine: the line is a contact's entry of its own, a name and a
// number ("Minister's office: Sam Gorman 0412 555 678").
func entryLine(l string) bool {
	return PhoneLine(l) && contactName([]string{l}) != ""
}

// nearLines are the lines that describe the address on line k of block
// i: its own line, the lines above it in reading order back to another
// contact's entry, then (when the block holds no earlier entry) the short
// blocks above; then the lines below it up to the next address or the
// next entry of a name and a number, and a phone block just below.
func (r *entryReader) nearLines(i, k int) []string {
	own := r.bs[i].Lines
	// A line above with a name and a number is another contact's entry
	// when this line has its own; else it is this address's.
	j := k - r.above(i, k)
	lines := append([]string{own[k]}, own[j+1:k]...)
	group := r.group(i)
	if j < 0 {
		// The short blocks above this one come first in its group.
		lines = append(lines, groupAbove(group, own)...)
	}
	// An entry named on its own line or above it ends at a name and a
	// number below ("E-mail: presa@…" under its office, over
	// "Purtător de cuvânt: col. Constantin Dobre, tel. …").
	named := lazily(func() bool { return PhoneLine(own[k]) || contactName(own[j+1:k+1]) != "" })
	for j := k + 1; j < len(own) && !r.address(i, j) && !(r.entryLine(i, j) && named()); j++ {
		lines = append(lines, own[j])
	}
	if after := ownIndex(group, own); after >= 0 {
		lines = append(lines, group[after:]...)
	}
	return lines
}

// groupAbove are the lines of the group above block own.
func groupAbove(group, own []string) []string {
	for g, l := range group {
		if len(own) > 0 && l == own[0] {
			return group[:g]
		}
	}
	return group
}

// entryAbove are the lines of the entry of the address on line k of
// block i, in reading order, up to that line: the lines above it back to
// another contact's entry and, when the block holds no earlier entry,
// the short blocks above.
func (r *entryReader) entryAbove(i, k int) []string {
	own := r.bs[i].Lines
	j := k - r.above(i, k)
	var lines []string
	if j < 0 {
		lines = groupAbove(r.group(i), own)
	}
	return append(append([]string(nil), lines...), own[j+1:k+1]...)
}

// investorHeading: the nearest heading above line k of block i, in
// this block or the three above, is an investor-relations one
// ("Investor contact:" over "Mark Bell, …, ir@…"), up to another entry's
// address.
func (r *entryReader) investorHeading(i, k int) bool {
	if own := r.bs[i].Lines[k]; ContactLabel.MatchString(own) || lineLabel.MatchString(own) {
		return false // "Mediekontakt: Live Aasen, …": the entry's own label decides
	}
	for j := i; j >= 0 && i-j <= 3; j-- {
		lines := r.bs[j].Lines
		if j == i {
			lines = lines[:k]
		}
		for n := len(lines) - 1; n >= 0; n-- {
			l := lines[n]
			if r.address(j, n) || r.entryLine(j, n) {
				return false
			}
			if investor.MatchString(l) || mediaWord.MatchString(l) || ContactLabel.MatchString(l) {
				return investor.MatchString(l) && !mediaWord.MatchString(l)
			}
		}
	}
	return false
}
