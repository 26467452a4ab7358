package clean

import (
	"testing"
)

func TestLine(t *testing.T) {
	for in, want := range map[string]string{
		"North\x00wind\r\nBcc: victim@example.org": "Northwind Bcc: victim@example.org",
		"Acme\tLtd\u2028Leeds\u2029UK\u0085x":      "Acme Ltd Leeds UK x",
		"  two   spaces \n\n ":                     "two spaces",
		"report\u202egpj.exe":                      "reportgpj.exe",
		"\u2067שלום\u2069 world\u200f":             "שלום world\u200f",
		"e\u0301té\x7f":                            "été",
		"bad \xff byte":                            "bad \ufffd byte",
	} {
		if got := Line(in); got != want {
			t.Errorf("line(%q) = %q, want %q", in, got, want)
		}
	}
}

// A header or body that smuggles a line break into a one-line field must

// not reach the draft as two lines: exports and mail headers built from

// the draft would read the second as a header of its own.
