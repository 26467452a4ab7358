package mime

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime"
	"strings"
	"time"

	"github.com/emersion/go-message/textproto"

	"newsdesk/draft"
	"newsdesk/process/normalise/clean"
)

// Limits on a message's shape and size: real mail nests a few levels and
// has tens of parts; hostile mail may nest thousands deep or claim
// gigabytes. What lies beyond a limit is skipped with a warning.
const (
	maxDepth     = 32
	MaxParts     = 1000
	maxTextPart  = 2 << 20  // one text/plain or text/html body: far above any release, and bounds the rules' time
	maxDocument  = 20 << 20 // a PDF or DOCX we read the release from
	maxHeaderLen = 1 << 20
	maxHTMLBody  = 2 << 20 // bytes of HTML given to the parser
)

// Content is what the MIME walk found in one message: the email itself,
// or a message/rfc822 part inside it (a forward as attachment, a bounce).
type Content struct {
	Header        textproto.Header
	Charset       string // of the top part, for raw 8-bit headers
	Plain, HTML   string // the first inline text/plain and text/html bodies
	HTMLDamaged   bool   // decoding the HTML needed guesses: prefer the text
	htmlFromPlain bool   // html is a text/plain part that held HTML; a real text/html part replaces it
	PlainDamaged  bool
	Atts          []*Attachment
	Inner         []*Content
	Report        string     // multipart/report's report-type
	date          *time.Time // the Date header, once dateRead; nil when unreadable
	dateRead      bool
}

// Attachment is a non-body part; data is kept only for documents the
// release may be read from.
type Attachment struct {
	draft.Attachment
	Cid  string
	Data []byte
}

// Walker carries the per-email budget across nested messages.
type Walker struct {
	parts    int
	atts     int
	Warnings []string
}

func (w *Walker) Warn(format string, args ...any) {
	if len(w.Warnings) < 50 {
		w.Warnings = append(w.Warnings, clean.Text(fmt.Sprintf(format, args...)))
	}
}

// ReadMessage splits raw into header and body and walks the body.
func (w *Walker) ReadMessage(raw []byte, depth int) (*Content, error) {
	raw, repairs := RepairHeader(raw)
	for _, r := range repairs {
		w.Warn("%s", r)
	}
	src := bytes.NewReader(raw[:min(len(raw), maxHeaderLen)])
	br := bufio.NewReader(src)
	h, err := textproto.ReadHeader(br)
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	consumed := min(len(raw), maxHeaderLen) - src.Len() - br.Buffered()
	c := &Content{Header: h}
	_, params := contentType(h)
	c.Charset = params["charset"]
	w.entity(c, h, bytes.NewReader(raw[consumed:]), depth)
	return c, nil
}

func contentType(h textproto.Header) (string, map[string]string) {
	v := h.Get("Content-Type")
	if v == "" {
		return "text/plain", map[string]string{}
	}
	t, params, err := mime.ParseMediaType(v)
	if err != nil && t == "" {
		// A broken parameter list still names its type.
		t = strings.ToLower(strings.TrimSpace(strings.SplitN(v, ";", 2)[0]))
	}
	if params == nil {
		params = map[string]string{}
	}
	return t, params
}

// entity walks one MIME entity. Damage becomes a warning and the walk
// keeps what it read before.
func (w *Walker) entity(c *Content, h textproto.Header, body io.Reader, depth int) {
	ct, params := contentType(h)
	if strings.HasPrefix(ct, "multipart/") {
		if depth >= maxDepth {
			w.Warn("mime: nested deeper than %d levels; the rest is ignored", maxDepth)
			return
		}
		if ct == "multipart/report" && c.Report == "" {
			c.Report = strings.ToLower(params["report-type"])
			if c.Report == "" {
				c.Report = "unknown"
			}
		}
		w.multipart(c, body, params["boundary"], depth)
		return
	}
	if w.parts++; w.parts > MaxParts {
		if w.parts == MaxParts+1 {
			w.Warn("mime: more than %d parts; the rest is ignored", MaxParts)
		}
		return
	}
	disp, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	if d, _ := DecodeHeader(name, c.Charset); d != "" {
		name = d
	}
	if (ct == "message/delivery-status" || ct == "message/disposition-notification" || ct == "message/global-delivery-status") && c.Report == "" {
		// The status part tells a bounce or receipt even when the
		// multipart/report around it was rewritten.
		c.Report = strings.TrimPrefix(strings.TrimPrefix(ct, "message/"), "global-")
	}
	textBody := (ct == "text/plain" || ct == "text/html") && disp != "attachment" && name == ""
	message := ct == "message/rfc822" || ct == "message/global"
	if !textBody && !message && !isDocument(ct, name) {
		// Pictures and other files are only listed: count their size as
		// they stream past instead of holding a 25 MB video in memory.
		w.attach(c, h, ct, name, disp, nil, sizeOf(body, h.Get("Content-Transfer-Encoding")))
		return
	}
	limit := int64(maxTextPart)
	if message || isDocument(ct, name) {
		limit = maxDocument
	}
	rawBody, readErr := io.ReadAll(io.LimitReader(body, limit+1))
	if readErr != nil {
		w.Warn("mime: %s part: %v", ct, readErr)
	}
	if int64(len(rawBody)) > limit {
		rawBody = rawBody[:limit]
		w.Warn("mime: %s part is over %d MiB; only its first %d MiB are read", ct, limit>>20, limit>>20)
	}
	cte := h.Get("Content-Transfer-Encoding")
	data, damaged := TransferDecode(rawBody, cte)
	if damaged {
		w.Warn("mime: %s part: damaged or unknown transfer encoding %q; decoded what could be read", ct, cte)
	}
	damaged = damaged || readErr != nil
	switch {
	case message:
		if depth+1 >= maxDepth {
			w.Warn("mime: nested deeper than %d levels; the rest is ignored", maxDepth)
			return
		}
		inner, err := w.ReadMessage(data, depth+1)
		if err != nil {
			w.Warn("mime: attached message: %v", err)
			return
		}
		c.Inner = append(c.Inner, inner)
	case textBody && ct == "text/plain" && c.Plain == "":
		s, guessed := DecodeCharset(data, params["charset"])
		if HTMLDocument(s) {
			w.Warn("mime: a text/plain part holds an HTML document; read as HTML")
			if c.HTML == "" {
				c.HTML, c.HTMLDamaged, c.htmlFromPlain = strings.ToValidUTF8(s[:min(len(s), maxHTMLBody)], ""), damaged, true
			}
			return
		}
		if strings.EqualFold(params["format"], "flowed") {
			s = Unflow(s, strings.EqualFold(params["delsp"], "yes"))
		}
		c.Plain, c.PlainDamaged = s, damaged
		w.noteCharset(ct, params["charset"], guessed)
	case textBody && ct == "text/html" && (c.HTML == "" || c.htmlFromPlain):
		label := params["charset"]
		if label == "" {
			label = HTMLCharset(data)
		}
		s, guessed := DecodeCharset(data, label)
		if len(s) > maxHTMLBody {
			// A release is a few pages; past this it is padding or an attack
			// on the HTML parser's memory.
			w.Warn("mime: HTML body of %d bytes cut to %d", len(s), maxHTMLBody)
			s = strings.ToValidUTF8(s[:maxHTMLBody], "")
		}
		c.HTML, c.HTMLDamaged, c.htmlFromPlain = s, damaged, false
		w.noteCharset(ct, label, guessed)
	case textBody:
		// A second body of the same type (a signature part, say) adds nothing.
	default:
		if int64(len(rawBody)) > limit {
			w.Warn("mime: attachment %q larger than %d bytes; not read", SafeFilename(name), limit)
			data = nil
		}
		w.attach(c, h, ct, name, disp, data, int64(len(data)))
	}
}

func (w *Walker) noteCharset(ct, label string, guessed bool) {
	if guessed {
		w.Warn("charset: %s part labelled %q is not what it says; read as UTF-8 or Windows-1252", ct, label)
	}
}

func (w *Walker) multipart(c *Content, body io.Reader, boundary string, depth int) {
	if boundary == "" {
		w.Warn("mime: multipart without a boundary; its content is ignored")
		return
	}
	// A missing closing boundary is common damage: a closing line of our
	// own after the body ends the last part cleanly instead of losing its
	// tail, and tells us to record the defect.
	closing := "--" + boundary + "--"
	watch := &watcher{r: body, pattern: []byte(closing)}
	mr := textproto.NewMultipartReader(io.MultiReader(watch, strings.NewReader("\r\n"+closing+"\r\n")), boundary)
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			if !watch.found {
				w.Warn("mime: multipart has no closing boundary; the last part runs to the end of the message")
			}
			return
		}
		if err != nil {
			w.Warn("mime: %v", err)
			return
		}
		w.entity(c, p.Header, p, depth+1)
		if w.parts > MaxParts {
			return
		}
	}
}

// watcher passes a reader through and notes whether pattern went by.
type watcher struct {
	r       io.Reader
	pattern []byte
	carry   []byte // the tail of the previous read, for a pattern split across reads
	found   bool
}

func (w *watcher) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if w.found || n == 0 {
		return n, err
	}
	chunk, keep := p[:n], len(w.pattern)-1
	// Across the seam with the previous read, then within this one; the
	// carry is small, so a 25 MB part costs no copies.
	joint := append(w.carry, chunk[:min(len(chunk), keep)]...)
	w.found = bytes.Contains(joint, w.pattern) || bytes.Contains(chunk, w.pattern)
	if len(joint) > keep {
		joint = joint[len(joint)-keep:]
	}
	if len(chunk) >= keep {
		joint = chunk[len(chunk)-keep:]
	}
	w.carry = append(w.carry[:0], joint...)
	return n, err
}
