package main

import (
	"fmt"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/traditionalchinese"
)

// big5Table maps each character to the bytes Big5 senders (Windows CP950,
// Outlook) write: the first code in the standard area, lead bytes A1-F9.
// x/text's encoder picks some characters' duplicate codes outside that area
// (港 becomes FD BB instead of B4 E4), which CP950 readers cannot decode.
var big5Table = sync.OnceValue(func() map[rune][]byte {
	dec := traditionalchinese.Big5.NewDecoder()
	m := map[rune][]byte{}
	for lead := 0xA1; lead <= 0xF9; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			if trail > 0x7E && trail < 0xA1 {
				continue
			}
			b := []byte{byte(lead), byte(trail)}
			s, err := dec.Bytes(b)
			if err != nil || len(s) == 0 {
				continue
			}
			r, size := utf8.DecodeRune(s)
			if size != len(s) || r == utf8.RuneError {
				continue
			}
			if _, ok := m[r]; !ok {
				m[r] = b
			}
		}
	}
	return m
})

// encodeBig5 encodes with big5Table; ASCII passes through.
func encodeBig5(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)*2)
	t := big5Table()
	for i, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		b, ok := t[r]
		if !ok {
			return nil, fmt.Errorf("cannot encode %q (U+%04X) in big5 at byte %d", r, r, i)
		}
		out = append(out, b...)
	}
	return out, nil
}
