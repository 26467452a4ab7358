package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"path"
	"strings"
)

const (
	mimeDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	mimePDF  = "application/pdf"
)

// attachmentType maps a file name to its media type; "" when unsupported.
func attachmentType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".png":
		return "image/png"
	case ".pdf":
		return mimePDF
	case ".docx":
		return mimeDOCX
	}
	return ""
}

// attachment makes the part for a brief attachment. Images go inline (with a
// Content-ID, returned) when the message has HTML and the client embeds them.
func (r *renderer) attachment(i int, a Attachment, hasHTML bool) (*part, string, error) {
	mt := attachmentType(a.Filename)
	label := fmt.Sprintf("att%d", i)
	switch mt {
	case "image/jpeg", "image/png":
		data, err := tinyImage(mt, r.s, label)
		if err != nil {
			return nil, "", err
		}
		inline := hasHTML && (r.c.inlineCIDs || (a.Role == "signature_logo" && r.c.htmlStyle != "lotus"))
		if !inline {
			return binaryLeaf(mt, a.Filename, "attachment", "", data), "", nil
		}
		cid := r.contentID(label, a.Filename)
		return binaryLeaf(mt, a.Filename, "inline", cid, data), cid, nil
	case mimePDF, mimeDOCX:
		text := a.Text
		if len(text) == 0 {
			text = []string{strings.TrimSuffix(a.Filename, path.Ext(a.Filename))}
		}
		data, err := documentBytes(mt, r, paraBlocks(rolePara, text))
		if err != nil {
			return nil, "", fmt.Errorf("attachment %s: %w", a.Filename, err)
		}
		return binaryLeaf(mt, a.Filename, "attachment", "", data), "", nil
	}
	return nil, "", fmt.Errorf("attachment %s: unsupported file type", a.Filename)
}

// contentID shapes Content-IDs as the clients do.
func (r *renderer) contentID(label, name string) string {
	switch r.c.htmlStyle {
	case "outlook":
		return fmt.Sprintf("image%03d%s@01DB%s.%s", 1+r.s.intn(label, 9), path.Ext(name), r.s.upperHex(label+"a", 4), r.s.upperHex(label+"b", 8))
	case "gmail":
		return "ii_" + r.s.from(label, "abcdefghijklmnopqrstuvwxyz0123456789", 18)
	case "apple":
		return strings.ToUpper(r.s.uuid(label)) + "@" + domainOf(r.b.From.Email)
	}
	return "part" + fmt.Sprint(1+r.s.intn(label, 9)) + "." + r.s.hex(label, 8) + "@" + domainOf(r.b.From.Email)
}

// releaseDocument renders the release itself into a PDF or DOCX named after the id.
func (r *renderer) releaseDocument(format string) (*part, error) {
	bs := releaseBlocks(r.b.Release, layoutOptions{inDocument: true})
	name := r.b.ID
	if i := strings.IndexByte(name, '-'); i > 0 {
		name = name[i+1:]
	}
	mt := mimePDF
	if format == "docx" {
		mt = mimeDOCX
	}
	data, err := documentBytes(mt, r, bs)
	if err != nil {
		return nil, fmt.Errorf("release document: %w", err)
	}
	return binaryLeaf(mt, name+"."+format, "attachment", "", data), nil
}

func documentBytes(mt string, r *renderer, bs []block) ([]byte, error) {
	if mt == mimePDF {
		return pdfBytes(bs, r.date)
	}
	return docxBytes(bs, r.date)
}

// tinyImage is a valid 16x12 image in a colour derived from the id.
func tinyImage(mt string, s seeded, label string) ([]byte, error) {
	rnd := s.rand(label + "img")
	img := image.NewRGBA(image.Rect(0, 0, 16, 12))
	c := color.RGBA{uint8(rnd.IntN(256)), uint8(rnd.IntN(256)), uint8(rnd.IntN(256)), 255}
	for y := 0; y < 12; y++ {
		for x := 0; x < 16; x++ {
			img.Set(x, y, color.RGBA{c.R + uint8(x*4), c.G + uint8(y*4), c.B, 255})
		}
	}
	var buf bytes.Buffer
	var err error
	if mt == "image/png" {
		err = png.Encode(&buf, img)
	} else {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80})
	}
	if err != nil {
		return nil, fmt.Errorf("encode image: %w", err)
	}
	return buf.Bytes(), nil
}
