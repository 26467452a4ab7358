package mime

import (
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/ianaindex"
)

// TestDecoderAsCharsetReader: decoder knows the labels go-message's
// charset.Reader knows, and decodes as it does.
func TestDecoderAsCharsetReader(t *testing.T) {
	labels := []string{"ISO-8859-2", "iso-8859-15", "latin1", "Windows-1251", "cp1250", "KOI8-R", "koi8-u",
		"Shift_JIS", "EUC-JP", "iso-2022-jp", "GB2312", "gbk", "GB18030", "Big5", "EUC-KR", "ks_c_5601-1987",
		"utf-16le", "UTF-16", "ibm866", "macintosh", "x-mac-cyrillic", "tis-620", "windows-874", "ANSI_X3.110-1983",
		"x-utf_8j", "iso_8859-7", "ISO-8859-8-I", "latin2", "x-unknown", "", "utf-7", "unicode-1-1-utf-7", "bogus"}
	for _, n := range []string{"IBM437", "ISO-8859-5", "windows-1253", "KOI8-U"} {
		if enc, err := ianaindex.MIME.Encoding(n); err == nil && enc != nil {
			name, _ := ianaindex.MIME.Name(enc)
			labels = append(labels, name, "cs"+name)
		}
	}
	texts := []string{"", "Pressemitteilung: Schiffe", "\xe9t\xe9 \xc0 Paris", "\xc1\xc2\xc3 \xd0\xd1\xd2\xff", "\x82\xa0\x82\xa2 \x1b$B$3$s\x1b(B",
		"\xa4\xa4\xa4\xe5 \x00\x41\xd8\x00", strings.Repeat("\xe4\xf6\xfc ", 3000)}
	for _, l := range labels {
		dec, ok := decoder(l)
		for _, s := range texts {
			r, err := charset.Reader(l, strings.NewReader(s))
			if (err == nil) != ok {
				t.Fatalf("%q: decoder found %v, charset.Reader's error %v", l, ok, err)
			}
			if !ok {
				continue
			}
			want, werr := io.ReadAll(r)
			got, gerr := dec.Bytes([]byte(s))
			if (werr == nil) != (gerr == nil) || werr == nil && string(got) != string(want) {
				t.Errorf("%q %.20q: decoder gives %.40q (%v), charset.Reader %.40q (%v)", l, s, got, gerr, want, werr)
			}
		}
	}
}

// TestEncodedWordAllocations: decoding a subject of encoded words in a
// legacy charset allocates about what the text needs, not a reader's
// buffers per word.
func TestEncodedWordAllocations(t *testing.T) {
	subject := "=?iso-8859-2?Q?Komunik=E1t_pro_m=E9dia?= / =?windows-1251?Q?=CF=F0=E5=F1=F1-=F0=E5=EB=E8=E7?= / =?koi8-r?Q?=F0=D2=C5=D3=D3?="
	want := "Komunikát pro média / Пресс-релиз / Пресс"
	var got string
	allocated := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			got, _ = DecodeHeader(subject, "")
		}
	}).AllocedBytesPerOp()
	if got != want {
		t.Fatalf("decoded %q, want %q", got, want)
	}
	if allocated > 4096 {
		t.Errorf("%d bytes allocated to decode three encoded words", allocated)
	}
}
