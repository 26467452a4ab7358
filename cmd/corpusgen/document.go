package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// docxBytes writes a minimal WordprocessingML package: one paragraph per line,
// headline and kicker runs in bold. Any script works (the XML is UTF-8).
func docxBytes(bs []block, t time.Time) ([]byte, error) {
	var body strings.Builder
	for _, b := range bs {
		for _, l := range b.lines {
			rpr := ""
			switch b.role {
			case roleHeadline:
				rpr = `<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>`
			case roleKicker, roleEmbargo, roleLetterhead:
				rpr = `<w:rPr><w:b/></w:rPr>`
			case roleSubheadline:
				rpr = `<w:rPr><w:i/></w:rPr>`
			}
			fmt.Fprintf(&body, `<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>`, rpr, html.EscapeString(l))
		}
	}
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: t.UTC()})
		if err != nil {
			return nil, fmt.Errorf("docx: %w", err)
		}
		if _, err := w.Write([]byte(f.data)); err != nil {
			return nil, fmt.Errorf("docx: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	return buf.Bytes(), nil
}

// pdfBytes typesets the blocks with fpdf's core Helvetica, whose encoding is
// cp1252: validation refuses PDF text outside it. Dates are fixed so the
// bytes depend on the brief alone.
func pdfBytes(bs []block, t time.Time) ([]byte, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(t)
	pdf.SetModificationDate(t)
	pdf.SetCatalogSort(true)
	pdf.SetProducer("corpusgen", true)
	tr := pdf.UnicodeTranslatorFromDescriptor("cp1252")
	pdf.SetMargins(20, 20, 20)
	pdf.AddPage()
	for _, b := range bs {
		style, size := "", 11.0
		switch b.role {
		case roleHeadline:
			style, size = "B", 16
		case roleSubheadline:
			style = "I"
		case roleKicker, roleEmbargo, roleLetterhead:
			style = "B"
		case roleBoilerplate, roleContact:
			size = 9
		}
		pdf.SetFont("Helvetica", style, size)
		for _, l := range b.lines {
			pdf.MultiCell(0, size*0.5, tr(l), "", "L", false)
		}
		pdf.Ln(size * 0.4)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}
