package desk

import (
	"errors"
	"mime"
	"net/http"
	"strconv"

	"newsdesk/store"
)

// inlineImages are the types shown in the page when the bytes themselves
// say so; everything else is a download.
var inlineImages = map[string]bool{"image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true}

// attachment serves one attachment of the original email: as a download
// with its stored type, or inline when its bytes really are an image.
func (d *Desk) attachment(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	raw, err := d.st.RawMessage(r.Context(), dr.ID)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	p, ok := parseOriginal(raw).attachment(dr.Attachments, n)
	if !ok {
		http.NotFound(w, r)
		return
	}
	name := dr.Attachments[n].Filename
	if name == "" {
		name = "attachment-" + strconv.Itoa(n)
	}
	sniffed := http.DetectContentType(p.Data)
	disp := "attachment"
	ctype := dr.Attachments[n].ContentType
	if inlineImages[sniffed] {
		disp, ctype = "inline", sniffed
	}
	if _, _, err := mime.ParseMediaType(ctype); err != nil || ctype == "" {
		ctype = "application/octet-stream"
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", mime.FormatMediaType(disp, map[string]string{"filename": name}))
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Write(p.Data)
}

// rawMessage downloads the email exactly as it was received.
func (d *Desk) rawMessage(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	raw, err := d.st.RawMessage(r.Context(), dr.ID)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "message/rfc822")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment",
		map[string]string{"filename": "draft-" + strconv.FormatInt(dr.ID, 10) + ".eml"}))
	w.Write(raw)
}

// originalHTML is the document of the sandboxed iframe: the email's own
// HTML, sanitised, under a CSP that forbids scripts and remote loads.
func (d *Desk) originalHTML(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	raw, err := d.st.RawMessage(r.Context(), dr.ID)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	o := parseOriginal(raw)
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox")
	h.Set("X-Frame-Options", "SAMEORIGIN")
	h.Set("Content-Type", "text/html; charset=utf-8")
	body := d.sanitize(o.HTML)
	if body == "" {
		body = "<p>(This email has no HTML part.)</p>"
	}
	w.Write([]byte("<!doctype html><meta charset=utf-8><title>Original</title>" + body))
}

// loadDraft reads the draft named by the path, answering 404 itself.
func (d *Desk) loadDraft(w http.ResponseWriter, r *http.Request) (store.DeskDraft, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return store.DeskDraft{}, false
	}
	dr, err := d.st.Draft(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return dr, false
	}
	if err != nil {
		d.serverError(w, r, err)
		return dr, false
	}
	return dr, true
}
