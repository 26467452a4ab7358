package html

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	xhtml "golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"newsdesk/process/normalise/clean"
)

// attachmentURL is how body_html refers to a picture sent with the email:
// relative to the draft's own URL, so the editor's browser fetches it from
// newsdesk and never from the sender.
func attachmentURL(i int) string { return "attachment/" + strconv.Itoa(i) }

// policy is the allow-list body_html must pass, whatever built it:
// semantic markup only, links to http(s) and mailto, images only from our
// own attachment URLs. A policy is safe for concurrent use once built.
var policy = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em",
		"table", "thead", "tbody", "tr", "th", "td")
	// Links only to other sites or mail: a relative href would point into
	// newsdesk itself, where the editor is logged in.
	p.AllowAttrs("href").Matching(regexp.MustCompile(`^(?i:https?://[^/?#\s]|mailto:)`)).OnElements("a")
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(true) // only img can use them, by the pattern below
	p.AllowAttrs("src").Matching(regexp.MustCompile(`^attachment/\d+$`)).OnElements("img")
	p.AllowAttrs("alt").OnElements("img")
	p.RequireNoFollowOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}()

// SanitizeHTML is the last gate before storage, and the desk's second
// wall before rendering: its result passes unchanged through it again.
// Text is made clean NFC between two passes of the allow-list, never
// after the last one: NFC composes '>' and U+0338 into '≯', which would
// take away the '>' closing an allowed tag and make the text after it
// that tag's attributes.
func SanitizeHTML(s string) string {
	out := policy.Sanitize(s)
	if settled(out) {
		return out // most mail: the second pass would change nothing
	}
	return policy.Sanitize(normaliseNodes(out))
}

// settled says the allow-list's output is already what normaliseNodes
// would make of it: valid NFC UTF-8, no control characters but newline
// and tab, and no combining mark at the start or after a tag's '>'
// (outside tags the sanitiser writes '>' as "&gt;").
func settled(s string) bool {
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); combining(r) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
		if c == '>' && i+1 < len(s) && s[i+1] >= 0x80 {
			if r, _ := utf8.DecodeRuneInString(s[i+1:]); combining(r) {
				return false
			}
		}
	}
	return true
}

// normaliseNodes makes every text node and attribute value clean NFC
// text. A text node cannot start with a combining mark: it has no base
// character of its own, and next to a tag's '>' it would compose with it.
func normaliseNodes(s string) string {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return b.String()
		}
		tok := z.Token()
		switch tt {
		case xhtml.TextToken:
			tok.Data = strings.TrimLeftFunc(clean.Text(tok.Data), combining)
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			for i := range tok.Attr {
				tok.Attr[i].Val = clean.Text(tok.Attr[i].Val)
			}
		}
		b.WriteString(tok.String())
	}
}

// combining is a rune NFC may join to the one before it: a mark with a
// non-zero combining class, or one that composes with a preceding '>'.
func combining(r rune) bool {
	if norm.NFC.PropertiesString(string(r)).CCC() != 0 || unicode.In(r, unicode.Mn, unicode.Me) {
		return true
	}
	s := ">" + string(r)
	return !norm.NFC.IsNormalString(s)
}

// trackingParams are query parameters that identify the reader to the
// sender's analytics; the link works without them.
var trackingParams = regexp.MustCompile(`^(?i:utm_\w+|mc_[ce]id|fbclid|gclid|dclid|msclkid|yclid|_hsenc|_hsmi|mkt_tok|vero_\w+|oly_\w+|trk\w*|ref_?src|s_cid|cmpid|icid|elqTrack\w*|elq\w*)$`)

// safeHref keeps http(s) and mailto links, without tracking parameters;
// anything else (javascript:, data:, relative) becomes "" and the link
// text stays as plain text.
func safeHref(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "mailto":
		return u.String()
	case "http", "https":
		if u.Host == "" {
			return "" // "https:/path": no site to go to
		}
	default:
		return ""
	}
	q := u.Query()
	changed := false
	for k := range q {
		if trackingParams.MatchString(k) {
			q.Del(k)
			changed = true
		}
	}
	if changed {
		u.RawQuery = q.Encode()
	}
	return u.String()
}
