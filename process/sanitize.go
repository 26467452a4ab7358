package process

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/microcosm-cc/bluemonday"
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

// sanitize is the last gate before storage.
func sanitize(s string) string { return policy.Sanitize(s) }

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
