package mime

import (
	"io"
	"path"
	"strings"
	"unicode"

	"github.com/emersion/go-message/textproto"

	"newsdesk/draft"
	"newsdesk/process/normalise/clean"
)

// attach lists a non-body part; data is kept for documents only.
func (w *Walker) attach(c *Content, h textproto.Header, ct, name, disp string, data []byte, size int64) {
	a := &Attachment{Cid: strings.Trim(strings.TrimSpace(h.Get("Content-Id")), "<>")}
	a.Index, w.atts = w.atts, w.atts+1
	a.Filename, a.ContentType, a.Size = SafeFilename(name), ct, size
	a.Role = role(ct, name, disp, a.Cid)
	if a.Role == draft.RoleDocument {
		a.Data = data
	}
	c.Atts = append(c.Atts, a)
}

// sizeOf reads a part to its end and returns its decoded size: exact for
// unencoded parts, from the count of base64 characters otherwise.
func sizeOf(r io.Reader, cte string) int64 {
	var n int64
	buf := make([]byte, 32<<10)
	b64 := strings.EqualFold(strings.TrimSpace(cte), "base64")
	for {
		k, err := r.Read(buf)
		if b64 {
			for _, c := range buf[:k] {
				if c != '\r' && c != '\n' && c != ' ' && c != '\t' && c != '=' {
					n++
				}
			}
		} else {
			n += int64(k)
		}
		if err != nil {
			break
		}
	}
	if b64 {
		n = n * 3 / 4
	}
	return n
}

var documentTypes = map[string]bool{
	"application/pdf": true,
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": true,
	"application/msword":                      true,
	"application/vnd.oasis.opendocument.text": true,
	"application/rtf":                         true,
}

func isDocument(ct, name string) bool {
	if documentTypes[ct] {
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".pdf", ".docx", ".doc", ".odt", ".rtf":
		return true
	}
	return false
}

func role(ct, name, disp, cid string) string {
	switch {
	case strings.HasPrefix(ct, "image/") && cid != "" && disp != "attachment":
		return draft.RoleInline
	case strings.HasPrefix(ct, "image/"):
		return draft.RoleImage
	case isDocument(ct, name):
		return draft.RoleDocument
	}
	return draft.RoleOther
}

// SafeFilename keeps the last path element of a sender-chosen name, without
// control or bidi-override characters, leading dots or excessive length, so
// it can never climb out of a directory or disguise its extension.
func SafeFilename(name string) string {
	name = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, clean.Line(name))
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.TrimLeft(strings.TrimSpace(name), ".")
	if name == "" || name == "/" {
		return "attachment"
	}
	if r := []rune(name); len(r) > 200 {
		ext := path.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		name = string(r[:200-len([]rune(ext))]) + ext
	}
	return name
}
