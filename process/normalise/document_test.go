package normalise

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"newsdesk/draft"
	"newsdesk/process/normalise/mime"
)

func docx(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docXML = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
	`<w:p><w:r><w:t>Title of the release</w:t></w:r></w:p>` +
	`<w:p><w:r><w:t xml:space="preserve">First </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>paragraph</w:t></w:r><w:r><w:tab/><w:t>tabbed &amp; done.</w:t></w:r></w:p>` +
	`</w:body></w:document>`

func TestDocxText(t *testing.T) {
	got, err := mime.DocxText(docx(t, map[string]string{"word/document.xml": docXML, "[Content_Types].xml": "<Types/>"}))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Title of the release\n\nFirst paragraph\ttabbed & done."; got != want {
		t.Errorf("docxText = %q, want %q", got, want)
	}
	for name, data := range map[string][]byte{
		"not a zip":   []byte("PK\x03\x04 garbage"),
		"no document": docx(t, map[string]string{"word/other.xml": "<x/>"}),
	} {
		if _, err := mime.DocxText(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestDocxBomb(t *testing.T) {
	// 64 MiB of zeros compress to some 64 KiB: the size check refuses it
	// before inflating, and a lying header is caught by the limit reader.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	zeros := make([]byte, 1<<20)
	for range 64 {
		w.Write(zeros)
	}
	zw.Close()
	if _, err := mime.DocxText(buf.Bytes()); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("zip bomb: err = %v", err)
	}
}

func TestPDFText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext missing: apt-get install poppler-utils (CI=true: a missing dependency fails)")
		}
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	if _, err := mime.PDFText([]byte("%PDF-1.4 not really a pdf")); err == nil {
		t.Error("a broken PDF gave no error")
	}
	c := corpusEmail(t, "05-pdf-only-release")
	d, err := Inspect(c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.BodyText, "More than 6,000 troops") || !strings.Contains(d.Note, "Please find attached") {
		t.Errorf("body %.80q note %.80q", d.BodyText, d.Note)
	}
}

func attachedRelease(t *testing.T, note, name, ctype string, data []byte) *draft.Draft {
	t.Helper()
	raw := "From: Jane Doe <jane@acme.example>\r\nTo: news@desk.example\r\nSubject: Press release\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + note + "\r\n" +
		"--b\r\nContent-Type: " + ctype + "\r\nContent-Disposition: attachment; filename=\"" + name + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(data) + "\r\n--b--\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReleaseInDocx(t *testing.T) {
	xml := `<w:document xmlns:w="w"><w:body>` +
		`<w:p><w:r><w:t>Acme opens a new depot in Leeds</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>LEEDS, 3 March 2025 – Acme has opened a depot employing 40 people.</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>ENDS</w:t></w:r></w:p></w:body></w:document>`
	note := "Dear editor,\r\n\r\nPlease find attached our press release. It is embargoed until 10:00 GMT on 5 March 2025.\r\n\r\nJane"
	d := attachedRelease(t, note, "release.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(t, map[string]string{"word/document.xml": xml}))
	if d.Headline != "Acme opens a new depot in Leeds" || !strings.HasPrefix(d.BodyText, "Acme has opened") || !strings.Contains(d.Note, "Please find attached") {
		t.Errorf("headline %q body %q note %q", d.Headline, d.BodyText, d.Note)
	}
	// The embargo stated only in the covering note still holds the release.
	if d.EmbargoUntil == nil || d.EmbargoUntil.Format(time.RFC3339) != "2025-03-05T10:00:00Z" {
		t.Errorf("embargo %v hold %v", d.EmbargoUntil, d.EmbargoHold)
	}
	if len(d.Attachments) != 1 || !d.Attachments[0].InRelease || d.Attachments[0].Role != draft.RoleDocument {
		t.Errorf("attachments %+v", d.Attachments)
	}
}

func TestUnreadableAttachedRelease(t *testing.T) {
	// A release we cannot read is still a release: an editor opens the
	// attachment; losing it from the queue is the expensive mistake.
	d := attachedRelease(t, "Hi,\r\n\r\nPlease see the attached press release.\r\n\r\nJane", "release.docx",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document", []byte("not a zip at all"))
	if d.Kind != draft.PressRelease || len(d.Warnings) == 0 {
		t.Errorf("kind %s (%s), warnings %q", d.Kind, d.KindReason, d.Warnings)
	}
}

// One paragraph of 31 MiB (a small email: it compresses a thousandfold)
// stops at the text limit as it is read, with a warning.
func TestDocxLongParagraph(t *testing.T) {
	xml := `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Acme opens a depot</w:t></w:r></w:p><w:p><w:r><w:t>` +
		strings.Repeat("word ", 31<<20/5) + `</w:t></w:r></w:p></w:body></w:document>`
	data := docx(t, map[string]string{"word/document.xml": xml})
	got, err := mime.DocxText(data)
	if !errors.Is(err, mime.ErrTruncated) || len(got) > mime.MaxDocumentText || len(got) < mime.MaxDocumentText/2 {
		t.Fatalf("%d bytes, err %v", len(got), err)
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	d := attachedRelease(t, "Hi,\r\n\r\nPlease see the attached press release.\r\n\r\nJane", "release.docx",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if len(d.BodyText) > mime.MaxDocumentText || !strings.Contains(strings.Join(d.Warnings, "\n"), "text cut at") {
		t.Errorf("body %d bytes, warnings %q", len(d.BodyText), d.Warnings)
	}
	t.Logf("Inspect allocated %d MiB", (after.TotalAlloc-before.TotalAlloc)>>20)
	// Reading the paragraph whole would allocate its 31 MiB at least.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 120<<20 {
		t.Errorf("allocated %d MiB", alloc>>20)
	}
}
