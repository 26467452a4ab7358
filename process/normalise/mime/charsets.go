package mime

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// decoder finds the decoder for a charset label as go-message's
// charset.Reader does (its quirks, then the IANA names, then "cs" and the
// name, then the WHATWG labels; TestDecoderAsCharsetReader holds the two
// together), so that a part or an encoded word is decoded in one call,
// Decoder.Bytes. charset.Reader wraps the decoder in a transform.Reader,
// which allocates two 4 KiB buffers however short the text: every
// encoded word of a subject in a legacy charset paid for them.
func decoder(label string) (*encoding.Decoder, bool) {
	label = strings.ToLower(label)
	enc, ok := charsetQuirks[label]
	if !ok {
		enc, _ = ianaindex.MIME.Encoding(label)
		if enc == nil {
			enc, _ = ianaindex.MIME.Encoding("cs" + label)
		}
		if enc == nil {
			enc, _ = htmlindex.Get(label)
		}
	}
	if enc == nil {
		return nil, false
	}
	return enc.NewDecoder(), true
}

// charsetQuirks are go-message's labels that the indexes do not know.
var charsetQuirks = map[string]encoding.Encoding{
	"ansi_x3.110-1983": charmap.ISO8859_1,
	"x-utf_8j":         unicode.UTF8,
}
