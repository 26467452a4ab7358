package mime

import (
	"regexp"
	"strings"
)

// HTMLDocument says a body labelled text/plain is an HTML document (a
// mail tool that sent its HTML with the wrong label): it opens with a
// doctype, <html>, <head>, <body> or <style>, or its markup is dense
// enough that no one wrote it as prose — several tags, paragraphs or
// divisions closed, and attributes such as class= or style=. Read as
// text it would put CSS and tags into the headline and body.
func HTMLDocument(s string) bool {
	head := strings.ToLower(strings.TrimSpace(s[:min(len(s), 2048)]))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<style", "<?xml"} {
		if strings.HasPrefix(head, p) {
			return p != "<?xml" || strings.Contains(head, "<html")
		}
	}
	sample := s[:min(len(s), 64<<10)]
	return len(htmlTag.FindAllStringIndex(sample, 8)) >= 6 && len(closeTag.FindAllStringIndex(sample, 2)) >= 2
}

var (
	htmlTag  = regexp.MustCompile(`(?i)<(?:p|div|span|br|table|tr|td|font|b|i|strong|em|a|img|ul|li|h[1-6]|style|meta)(?:\s+[a-z-]+\s*=\s*["']?[^>]*)?\s*/?>`)
	closeTag = regexp.MustCompile(`(?i)</(?:p|div|td|table|span|style|html|body)>`)
)
