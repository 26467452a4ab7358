package mime

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path"
	"strings"
	"time"
)

// Reading attached documents is where hostile input costs most: a PDF
// can make a reader spin, a ZIP can expand a thousandfold. Every reader
// here is bounded in time and in output.
const (
	MaxDocumentText = 2 << 20  // characters of text kept from one document
	maxPDFLayout    = 32 << 20 // pdftotext's XHTML, about ten times the text
	maxDocxXML      = 32 << 20 // uncompressed word/document.xml
	maxZipEntries   = 2000
	pdfTimeout      = 10 * time.Second
)

var (
	errNoReader = errors.New("no reader for this document type")
	// ErrTruncated comes with the text read up to a reader's limit.
	ErrTruncated = fmt.Errorf("text cut at %d bytes", MaxDocumentText)
)

// DocumentText extracts the text of an attached PDF or DOCX as paragraphs
// separated by blank lines.
func DocumentText(a *Attachment) (string, error) {
	ext := strings.ToLower(path.Ext(a.Filename))
	switch {
	case a.ContentType == "application/pdf" || ext == ".pdf" || bytes.HasPrefix(a.Data, []byte("%PDF-")):
		return PDFText(a.Data)
	case strings.Contains(a.ContentType, "wordprocessingml") || ext == ".docx":
		return DocxText(a.Data)
	}
	return "", errNoReader
}

// CheckPDFReader says whether pdftotext, which PDFText runs, is on PATH.
// Without it every PDF release reads as an empty attachment, and an
// embargo given only in the PDF is missed.
func CheckPDFReader() error {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return errors.New("pdftotext not found on PATH (Debian: apt-get install poppler-utils): without it releases sent as PDF, and embargoes inside them, cannot be read")
	}
	return nil
}

// PDFText runs poppler's pdftotext (a runtime dependency, see
// docs/ARCHITECTURE.md) on the document, with a deadline and a cap on
// what it may print. Inspect is a pure function of the email's bytes and
// takes no context; the deadline here bounds the one external call. The
// -bbox-layout output keeps poppler's own text blocks, which are the
// paragraphs: plain output has no blank lines between them.
func PDFText(data []byte) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "pdftotext", "-q", "-bbox-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	out := &capped{max: maxPDFLayout}
	cmd.Stdout = out
	cmd.WaitDelay = time.Second
	if err := cmd.Run(); err != nil && !out.full {
		if ctx.Err() != nil {
			return "", fmt.Errorf("pdftotext: gave up after %s", pdfTimeout)
		}
		return "", fmt.Errorf("pdftotext: %w", err)
	}
	return layoutText(&out.Buffer), nil
}

// layoutText reads pdftotext's block/line/word XHTML into paragraphs.
func layoutText(r io.Reader) string {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var paras []string
	var para, line []string
	inWord := false
	endLine := func() {
		if len(line) > 0 {
			para = append(para, strings.Join(line, " "))
		}
		line = nil
	}
	endPara := func() {
		endLine()
		if len(para) > 0 {
			paras = append(paras, strings.Join(para, "\n"))
		}
		para = nil
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			break // EOF, or damage: keep what was read
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "block":
				endPara()
			case "line":
				endLine()
			case "word":
				inWord = true
			}
		case xml.EndElement:
			if t.Name.Local == "word" {
				inWord = false
			}
		case xml.CharData:
			if inWord {
				line = append(line, string(t))
			}
		}
	}
	endPara()
	return strings.Join(paras, "\n\n")
}

// capped is an io.Writer that keeps the first max bytes and then fails,
// which stops the writer's process.
type capped struct {
	bytes.Buffer
	max  int
	full bool
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.Len(); len(p) > room {
		c.Buffer.Write(p[:max(room, 0)])
		c.full = true
		return room, errors.New("output limit reached")
	}
	return c.Buffer.Write(p)
}

// DocxText reads word/document.xml of a DOCX: w:p are paragraphs, w:t
// their text, w:tab and w:br white space. The entry's size is checked
// before and while it is inflated, against zip bombs.
func DocxText(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("docx: %w", err)
	}
	if len(zr.File) > maxZipEntries {
		return "", fmt.Errorf("docx: %d entries, more than %d", len(zr.File), maxZipEntries)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		if f.UncompressedSize64 > maxDocxXML {
			return "", fmt.Errorf("docx: document.xml claims %d bytes, more than %d", f.UncompressedSize64, maxDocxXML)
		}
		rc, err := f.Open()
		if err != nil {
			return "", fmt.Errorf("docx: %w", err)
		}
		defer rc.Close()
		return DocxXMLText(&textLimit{r: io.LimitReader(rc, maxDocxXML), left: MaxDocumentText})
	}
	return "", errors.New("docx: no word/document.xml")
}

// DocxXMLText reads paragraphs until the text reaches maxDocumentText,
// then returns what it has with errTruncated.
func DocxXMLText(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var b strings.Builder
	var para strings.Builder
	inText, cut := false, false
	for !cut {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if cut = errors.Is(err, ErrTruncated); !cut && b.Len() == 0 && para.Len() == 0 {
				return "", fmt.Errorf("docx: %w", err)
			}
			break // keep what was read before the damage
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				para.WriteByte('\t')
			case "br", "cr":
				para.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if p := strings.TrimSpace(para.String()); p != "" {
					b.WriteString(p + "\n\n")
				}
				para.Reset()
			}
		case xml.CharData:
			if inText {
				para.Write(t[:max(0, min(len(t), MaxDocumentText-b.Len()-para.Len()))])
			}
		}
		cut = cut || b.Len()+para.Len() >= MaxDocumentText
	}
	if p := strings.TrimSpace(para.String()); p != "" {
		b.WriteString(p)
	}
	if cut {
		return strings.TrimSpace(b.String()), fmt.Errorf("docx: %w", ErrTruncated)
	}
	return strings.TrimSpace(b.String()), nil
}

// textLimit passes XML through until the text between its tags reaches
// left bytes, then fails with errTruncated. The XML decoder reads a text
// node whole before returning it, so the limit has to hold here, as the
// bytes arrive: one 31 MiB <w:t> must not be read into memory to be cut.
// A '>' inside an attribute value counts the markup after it as text,
// which only stops the reading early.
type textLimit struct {
	r      io.Reader
	left   int
	inTag  bool
	failed bool
}

func (l *textLimit) Read(p []byte) (int, error) {
	if l.failed {
		return 0, ErrTruncated
	}
	n, err := l.r.Read(p)
	for i, c := range p[:n] {
		switch {
		case c == '<':
			l.inTag = true
		case c == '>':
			l.inTag = false
		case !l.inTag:
			if l.left--; l.left < 0 {
				l.failed = true
				return i, nil
			}
		}
	}
	return n, err
}
