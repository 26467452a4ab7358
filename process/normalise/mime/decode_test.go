package mime

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

func TestTransferDecode(t *testing.T) {
	for _, tc := range []struct {
		in, enc, want string
		damaged       bool
	}{
		{"SGVsbG8=", "base64", "Hello", false},
		{"SGVs\r\nbG8=\r\n", "BASE64", "Hello", false},
		{"SGV*sbG8====", "base64", "Hello", true}, // junk and stray padding are skipped
		{"caf=C3=A9 =\r\nbar", "quoted-printable", "café bar", false},
		{"100=25 = x =ZZ", "quoted-printable", "100% = x =ZZ", true},
		{"soft =  \r\nbreak", "quoted-printable", "soft break", false},
		{"plain", "x-custom", "plain", true},
		// A line cut short loses only its own tail; the next line decodes.
		{"SGVsbG8g\r\nd29y\r\nbGQ\r\nISEh\r\nISEh\r\nISEh\r\nISEh\r\nISEh\r\nISEh\r\nISEh\r\nISEh\r\n", "base64", "Hello world!!!!!!!!!!!!!!!!!!!!!!!!", true},
		{"plain", "8bit", "plain", false},
	} {
		got, damaged := TransferDecode([]byte(tc.in), tc.enc)
		if string(got) != tc.want || damaged != tc.damaged {
			t.Errorf("transferDecode(%q, %s) = %q %v, want %q %v", tc.in, tc.enc, got, damaged, tc.want, tc.damaged)
		}
	}
}

func TestDecodeCharset(t *testing.T) {
	for _, tc := range []struct {
		in, label, want string
		guessed         bool
	}{
		{"caf\xe9", "iso-8859-1", "café", false},
		{"\x93quoted\x94 \x96 dash", "windows-1252", "“quoted” – dash", false},
		{"Plze\xc5\x88", "x-unknown-8bit", "Plzeň", true}, // unknown label, valid UTF-8
		{"caf\xe9", "x-unknown-8bit", "café", true},       // unknown label, not UTF-8
		{"caf\xe9", "us-ascii", "café", true},             // 8-bit in "ASCII"
		{"\xb3\xf3d\xbc", "iso-8859-2", "łódź", false},
		{"Tromsø", "", "Tromsø", false},
	} {
		got, guessed := DecodeCharset([]byte(tc.in), tc.label)
		if got != tc.want || guessed != tc.guessed {
			t.Errorf("decodeCharset(%q, %s) = %q %v, want %q %v", tc.in, tc.label, got, guessed, tc.want, tc.guessed)
		}
	}
}

func TestDecodeHeader(t *testing.T) {
	for _, tc := range []struct{ in, fallback, want string }{
		{"=?UTF-8?B?UG9saXNo4oCTQ3plY2gg?= =?ISO-8859-2?Q?=A3=F3d=BC?=", "", "Polish–Czech Łódź"},
		{"Kald krig i nord \xc2\xab\xc3\xa5\xc2\xbb", "", "Kald krig i nord «å»"}, // raw UTF-8
		{"Communiqu\xe9", "iso-8859-1", "Communiqué"},                             // raw Latin-1, the part's charset
		{"=?utf-8?q?broken", "", "=?utf-8?q?broken"},
		{"=?x-unknown?Q?Plze=C5=88?= works", "", "Plzeň works"},
	} {
		if got, _ := DecodeHeader(tc.in, tc.fallback); got != tc.want {
			t.Errorf("decodeHeader(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUnflow(t *testing.T) {
	in := "A line that \r\ncontinues here.\r\n\r\n Stuffed line\r\n-- \r\nsig"
	want := "A line that continues here.\n\nStuffed line\n-- \nsig\n"
	if got := Unflow(in, false); got != want {
		t.Errorf("unflow = %q, want %q", got, want)
	}
	if got := Unflow("wo \r\nrd", true); !strings.HasPrefix(got, "word") {
		t.Errorf("unflow delsp = %q", got)
	}
}

func TestHTMLCharsetFromMeta(t *testing.T) {
	html := []byte(`<html><head><meta charset="iso-8859-1"></head><body>caf` + "\xe9" + `</body></html>`)
	label := HTMLCharset(html)
	if got, _ := DecodeCharset(html, label); !strings.Contains(got, "café") {
		t.Errorf("meta charset %q gave %q", label, got)
	}
}

// Clean base64 is never "damaged", whatever the body's length modulo 3

// (the last line ends in "=", "==" or nothing), the encoder's line width

// (76 by RFC 2045, others in the wild, odd ones that wrap mid-quantum),

// the line ends, or a final line end.

func TestBase64Boundaries(t *testing.T) {
	for n := 995; n <= 1003; n++ {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i*7 + i/251)
		}
		enc := base64.StdEncoding.EncodeToString(data)
		for _, width := range []int{76, 64, 72, 60, 75, 73, 57, 1 << 20} {
			for _, eol := range []string{"\r\n", "\n"} {
				var lines []string
				for s := enc; s != ""; s = s[min(width, len(s)):] {
					lines = append(lines, s[:min(width, len(s))])
				}
				for _, final := range []string{eol, ""} {
					in := strings.Join(lines, eol) + final
					got, damaged := TransferDecode([]byte(in), "base64")
					if !bytes.Equal(got, data) || damaged {
						t.Errorf("%d bytes, lines of %d, %q, final %q: decoded %d bytes, damaged %v", n, width, eol, final, len(got), damaged)
					}
				}
			}
		}
	}
}
