package main

import (
	"fmt"
	"net/mail"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
)

var (
	idRe     = regexp.MustCompile(`^([a-z])([0-9]{3})(-[a-z0-9]+)*$`)
	topicRe  = regexp.MustCompile(`^medtop:[0-9]{8}$`)
	langRe   = regexp.MustCompile(`^[a-z]{2}$`)
	isoDate  = "2006-01-02"
	transfer = []string{"7bit", "8bit", "quoted-printable", "base64"}
	formats  = []string{"text", "html", "alternative", "html_as_text", "pdf", "docx"}
	quirks   = []string{"mbox_from_line", "folded_without_whitespace", "no_blank_line", "raw_8bit_subject"}
	wrappers = []string{"covering_note", "forward_inline", "forward_rfc822", "correction_notice"}
	nonrel   = []string{"auto_reply", "auto_reply_no_headers", "bounce", "calendar_invite", "sales_offer", "pitch", "digest", "personal", "phishing"}
	embPos   = []string{"top", "after_headline", "bottom", "subject_only", "document_only"}
	roles    = []string{"photo", "signature_logo", "document"}
)

// problems collects every error of a run, each naming the file and field.
type problems struct{ list []string }

func (p *problems) add(file, field, format string, args ...any) {
	p.list = append(p.list, fmt.Sprintf("%s: %s: %s", file, field, fmt.Sprintf(format, args...)))
}

// validate checks one brief on its own; cross-brief checks are in validateAll.
func validate(file string, b *Brief, p *problems) {
	add := func(field, format string, args ...any) { p.add(file, field, format, args...) }
	before := len(p.list)
	m := idRe.FindStringSubmatch(b.ID)
	if m == nil {
		add("id", "%q must be a writer letter, three digits and -words ([a-z0-9-])", b.ID)
	} else if dir := path.Base(path.Dir(file)); len(dir) == 1 && m[1] != dir {
		add("id", "%q must start with the writer letter %q of its directory", b.ID, dir)
	}
	if path.Base(file) != b.ID+".json" {
		add("id", "%q does not match the file name", b.ID)
	}
	if b.Split != "train" && b.Split != "test" {
		add("split", "%q is not train or test", b.Split)
	}
	if !langRe.MatchString(b.Language) {
		add("language", "%q is not an ISO 639-1 code", b.Language)
	}
	if _, err := charsetEncoder(b.Charset); err != nil {
		add("charset", "%v", err)
	}
	if !slices.Contains(transfer, b.Transfer) {
		add("transfer", "%q is not one of %v", b.Transfer, transfer)
	}
	if _, ok := clients[b.Client]; !ok {
		add("client", "unknown client %q", b.Client)
	}
	if !slices.Contains(formats, b.BodyFormat) {
		add("body_format", "%q is not one of %v", b.BodyFormat, formats)
	}
	for _, q := range b.HeaderQuirks {
		if !slices.Contains(quirks, q) {
			add("header_quirks", "unknown quirk %q", q)
		}
		if q == "folded_without_whitespace" && !strings.Contains(b.Subject, " ") {
			add("header_quirks", "folded_without_whitespace needs a subject with spaces")
		}
	}
	checkPerson(add, "from", &b.From)
	if _, err := mail.ParseAddress(b.To); err != nil {
		add("to", "%q: %v", b.To, err)
	}
	if _, err := time.Parse(time.RFC3339, b.Date); err != nil {
		add("date", "%v", err)
	}
	if b.MessageID != nil && !regexp.MustCompile(`^<[^<>@\s]+@[^<>@\s]+>$`).MatchString(*b.MessageID) {
		add("message_id", "%q is not <local@domain>", *b.MessageID)
	}
	if strings.TrimSpace(b.Subject) == "" {
		add("subject", "empty")
	}
	validateKind(add, b)
	validateWrapper(add, b)
	validateAttachments(add, b)
	validateExpected(add, b)
	if len(p.list) == before {
		// Rendering needs a structurally sound brief.
		validateEncodable(add, b)
	}
}

func checkPerson(add func(string, string, ...any), field string, p *Person) {
	if p == nil {
		add(field, "missing")
		return
	}
	if _, err := mail.ParseAddress(p.Email); err != nil {
		add(field+".email", "%q: %v", p.Email, err)
	}
}

func validateKind(add func(string, string, ...any), b *Brief) {
	switch b.Kind {
	case "press_release":
		if b.NonreleaseType != nil {
			add("nonrelease_type", "must be null for a press release")
		}
		if b.Release == nil {
			add("release", "missing for a press release")
		}
		if len(b.NonreleaseText) > 0 {
			add("nonrelease_text", "must be empty for a press release")
		}
	case "not_press_release":
		if b.NonreleaseType == nil || !slices.Contains(nonrel, *b.NonreleaseType) {
			add("nonrelease_type", "must be one of %v", nonrel)
		}
		if b.Release != nil {
			add("release", "must be null for a non-release")
		}
		if len(b.NonreleaseText) == 0 {
			add("nonrelease_text", "missing for a non-release")
		}
		if b.BodyFormat == "pdf" || b.BodyFormat == "docx" {
			add("body_format", "%s is for releases only", b.BodyFormat)
		}
	default:
		add("kind", "%q is not press_release or not_press_release", b.Kind)
	}
	doc := b.BodyFormat == "pdf" || b.BodyFormat == "docx"
	if doc != (len(b.CoverText) > 0) {
		add("cover_text", "required exactly when body_format is pdf or docx")
	}
	r := b.Release
	if r == nil {
		return
	}
	if strings.TrimSpace(r.Headline) == "" {
		add("release.headline", "empty")
	}
	if len(r.Paragraphs) == 0 {
		add("release.paragraphs", "empty")
	}
	if r.EmbargoLine != nil || r.EmbargoPosition != "" {
		if !slices.Contains(embPos, r.EmbargoPosition) {
			add("release.embargo_position", "%q is not one of %v", r.EmbargoPosition, embPos)
		}
		if r.EmbargoPosition == "document_only" && !doc {
			add("release.embargo_position", "document_only needs body_format pdf or docx")
		}
		if r.EmbargoLine == nil && r.EmbargoPosition != "subject_only" {
			add("release.embargo_line", "null but embargo_position is %q", r.EmbargoPosition)
		}
	}
	if b.BodyFormat == "pdf" {
		for _, l := range documentLines(r) {
			if _, err := encodeText("windows-1252", l); err != nil {
				add("release", "PDF core fonts show cp1252 only: %v (use docx)", err)
				break
			}
		}
	}
}

// documentLines is every release line that goes into a PDF/DOCX.
func documentLines(r *Release) []string {
	var out []string
	for _, b := range releaseBlocks(r, layoutOptions{inDocument: true}) {
		out = append(out, b.lines...)
	}
	return out
}

func validateWrapper(add func(string, string, ...any), b *Brief) {
	w := b.Wrapper
	if w == nil {
		return
	}
	if !slices.Contains(wrappers, w.Type) {
		add("wrapper.type", "%q is not one of %v", w.Type, wrappers)
		return
	}
	fwd := strings.HasPrefix(w.Type, "forward_")
	if fwd {
		checkPerson(add, "wrapper.from", w.From)
		if _, err := time.Parse(time.RFC3339, w.Date); err != nil {
			add("wrapper.date", "%v", err)
		}
		if strings.TrimSpace(w.Subject) == "" {
			add("wrapper.subject", "empty")
		}
		if w.To != "" {
			if _, err := mail.ParseAddress(w.To); err != nil {
				add("wrapper.to", "%q: %v", w.To, err)
			}
		}
	} else {
		if w.From != nil || w.Date != "" || w.Subject != "" || w.To != "" {
			add("wrapper", "from/date/subject/to are for forwards only")
		}
		if len(w.Text) == 0 {
			add("wrapper.text", "a %s needs text", w.Type)
		}
	}
	if w.Client != "" {
		if _, ok := clients[w.Client]; !ok || w.Type != "forward_rfc822" {
			add("wrapper.client", "%q: a known client, for forward_rfc822 only", w.Client)
		}
	}
}

func validateAttachments(add func(string, string, ...any), b *Brief) {
	seen := map[string]bool{}
	for i, a := range b.Attachments {
		field := fmt.Sprintf("attachments[%d]", i)
		mt := attachmentType(a.Filename)
		switch {
		case mt == "":
			add(field+".filename", "%q: use .jpg, .jpeg, .png, .pdf or .docx", a.Filename)
		case !slices.Contains(roles, a.Role):
			add(field+".role", "%q is not one of %v", a.Role, roles)
		case a.Role == "document" && strings.HasPrefix(mt, "image/"):
			add(field+".role", "a document must be .pdf or .docx")
		case a.Role != "document" && !strings.HasPrefix(mt, "image/"):
			add(field+".role", "%s must be an image", a.Role)
		}
		if seen[a.Filename] {
			add(field+".filename", "%q appears twice", a.Filename)
		}
		seen[a.Filename] = true
		if mt == mimePDF {
			for _, l := range a.Text {
				if _, err := encodeText("windows-1252", l); err != nil {
					add(field+".text", "PDF core fonts show cp1252 only: %v (use .docx)", err)
					break
				}
			}
		}
	}
}

// validateEncodable renders the brief: an unencodable character, a bad
// transfer encoding for the bytes, or an over-long line surfaces here.
func validateEncodable(add func(string, string, ...any), b *Brief) {
	if _, err := charsetEncoder(b.Charset); err != nil {
		return
	}
	if _, ok := clients[b.Client]; !ok {
		return
	}
	msg, err := render(b)
	if err != nil {
		add("charset", "%v", err)
		return
	}
	if b.Transfer == "7bit" || b.Transfer == "8bit" {
		for i, l := range strings.Split(string(msg), "\r\n") {
			if len(l) > 998 {
				add("transfer", "line %d is %d octets (limit 998): use quoted-printable or base64", i+1, len(l))
				break
			}
		}
	}
	if b.Transfer == "7bit" {
		for _, t := range textOf(b) {
			raw, err := encodeText(b.Charset, t)
			if err == nil && !isASCII(raw) {
				add("transfer", "7bit but the %s text is not 7-bit: use 8bit, quoted-printable or base64", b.Charset)
				break
			}
		}
	}
}

// textOf is every string that goes into a body part.
func textOf(b *Brief) []string {
	out := append([]string{}, b.CoverText...)
	out = append(out, b.NonreleaseText...)
	if b.Wrapper != nil {
		out = append(out, b.Wrapper.Text...)
	}
	if b.Release != nil {
		out = append(out, documentLines(b.Release)...)
		out = append(out, b.Release.Signature...)
		out = append(out, b.Release.Footer...)
	}
	return out
}
