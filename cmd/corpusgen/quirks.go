package main

import (
	"bytes"
	"strings"
	"time"
)

// applyQuirks damages the header block the way real senders and gateways do.
// msg uses "\n" line ends here.
func applyQuirks(b *Brief, msg []byte) []byte {
	for _, q := range b.HeaderQuirks {
		switch q {
		case "raw_8bit_subject":
			msg = replaceHeader(msg, "Subject", b.Subject)
		case "folded_without_whitespace":
			v := headerText(b.Charset, b.Subject)
			if strings.Contains(v, "\n ") {
				v = strings.Replace(v, "\n ", "\n", 1)
			} else {
				v = foldLosingSpace(b.Subject)
			}
			msg = replaceHeader(msg, "Subject", v)
		case "no_blank_line":
			if i := bytes.Index(msg, []byte("\n\n")); i >= 0 {
				msg = append(msg[:i+1], msg[i+2:]...)
			}
		}
	}
	// The mbox line goes last so that the other quirks see the real header block.
	for _, q := range b.HeaderQuirks {
		if q == "mbox_from_line" {
			t, _ := time.Parse(time.RFC3339, b.Date)
			line := "From " + b.From.Email + " " + t.UTC().Format("Mon Jan _2 15:04:05 2006") + "\n"
			msg = append([]byte(line), msg...)
		}
	}
	return msg
}

// foldLosingSpace breaks a subject near its middle at a space and drops the
// white space that should start the continuation line.
func foldLosingSpace(s string) string {
	mid := len(s) / 2
	best := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && (best < 0 || abs(i-mid) < abs(best-mid)) {
			best = i
		}
	}
	if best < 0 {
		return s
	}
	return s[:best] + "\n" + strings.TrimLeft(s[best:], " ")
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// replaceHeader swaps the first top-level header's value, folds included.
func replaceHeader(msg []byte, name, value string) []byte {
	end := bytes.Index(msg, []byte("\n\n"))
	if end < 0 {
		end = len(msg)
	}
	lines := strings.SplitAfter(string(msg[:end+1]), "\n")
	var out strings.Builder
	done := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !done && strings.HasPrefix(strings.ToLower(l), strings.ToLower(name)+":") {
			out.WriteString(name + ": " + value + "\n")
			for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t")) {
				i++
			}
			done = true
			continue
		}
		out.WriteString(l)
	}
	return append([]byte(out.String()), msg[end+1:]...)
}
