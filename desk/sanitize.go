package desk

import (
	"regexp"

	"github.com/microcosm-cc/bluemonday"
)

// bodyPolicy builds the same allow-list as the normaliser's body_html
// gate (process/sanitize.go), until the normaliser exports its policy and
// Options.Sanitize points at it: semantic markup, links to other sites
// and mail only, pictures only from the draft's own attachments.
func bodyPolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em",
		"table", "thead", "tbody", "tr", "th", "td")
	p.AllowAttrs("href").Matching(regexp.MustCompile(`^(?i:https?://[^/?#\s]|mailto:)`)).OnElements("a")
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(true)
	p.AllowAttrs("src").Matching(regexp.MustCompile(`^attachment/\d+$`)).OnElements("img")
	p.AllowAttrs("alt").OnElements("img")
	p.RequireNoFollowOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}
