package normalise

import "testing"

// A press officer who answers a journalist's request with the release
// attached says the request was received: the acknowledgement words of a
// help desk's automatic reply must not keep the attached release from
// being read.
func TestReceivedRequestWithAttachedRelease(t *testing.T) {
	xml := `<w:document xmlns:w="w"><w:body>` +
		`<w:p><w:r><w:t>Acme opens a new depot in Leeds</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>LEEDS, 3 March 2025 – Acme has opened a depot employing 40 people.</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>ENDS</w:t></w:r></w:p></w:body></w:document>`
	note := "Dear Ben,\r\n\r\nthank you, we have received your request. Please find attached our press release on the Leeds depot.\r\n\r\nJane"
	d := attachedRelease(t, note, "release.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(t, map[string]string{"word/document.xml": xml}))
	if d.Kind != "press_release" || d.Headline != "Acme opens a new depot in Leeds" {
		t.Errorf("kind %s (%s) headline %q", d.Kind, d.KindReason, d.Headline)
	}
}
