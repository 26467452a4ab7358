package process

import (
	"archive/zip"
	"bytes"
	"os/exec"
	"strings"
	"testing"
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
	got, err := docxText(docx(t, map[string]string{"word/document.xml": docXML, "[Content_Types].xml": "<Types/>"}))
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
		if _, err := docxText(data); err == nil {
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
	if _, err := docxText(buf.Bytes()); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("zip bomb: err = %v", err)
	}
}

func TestPDFText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	if _, err := pdfText([]byte("%PDF-1.4 not really a pdf")); err == nil {
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
