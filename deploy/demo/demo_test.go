package demo

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"io"
	"mime"
	netmail "net/mail"
	"strings"
	"testing"

	_ "github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/mail"
)

func TestMessages(t *testing.T) {
	msgs, err := Messages()
	if err != nil {
		t.Fatalf("Messages: %v", err)
	}
	if len(msgs) != 6 {
		t.Fatalf("Messages returned %d messages, want 6", len(msgs))
	}

	seenIDs := map[string]int{}
	for i, raw := range msgs {
		t.Run(fmt.Sprintf("%02d", i+1), func(t *testing.T) {
			checkCRLF(t, raw)

			m, err := netmail.ReadMessage(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("net/mail.ReadMessage: %v", err)
			}
			for _, k := range []string{"Message-ID", "From", "To", "Subject", "Date", "MIME-Version", "Return-Path", "Received"} {
				if m.Header.Get(k) == "" {
					t.Errorf("missing %s header", k)
				}
			}
			if _, err := m.Header.AddressList("From"); err != nil {
				t.Errorf("From does not parse: %v", err)
			}
			if to := m.Header.Get("To"); !strings.Contains(to, "news@desk.example") {
				t.Errorf("To = %q, want news@desk.example", to)
			}
			date, err := m.Header.Date()
			if err != nil {
				t.Errorf("Date does not parse: %v", err)
			} else if date.UTC().Year() != 2026 || date.UTC().Month() != 11 {
				t.Errorf("Date = %v, want November 2026", date)
			}
			id := m.Header.Get("Message-ID")
			if prev, ok := seenIDs[id]; ok {
				t.Errorf("Message-ID %s duplicates message %d", id, prev+1)
			}
			seenIDs[id] = i

			checkGoMessage(t, raw)
		})
	}
}

// checkCRLF fails unless every line ends in CRLF: no bare LF, no bare CR.
func checkCRLF(t *testing.T, raw []byte) {
	t.Helper()
	if !bytes.HasSuffix(raw, []byte("\r\n")) {
		t.Error("message does not end with CRLF")
	}
	for j, c := range raw {
		switch c {
		case '\n':
			if j == 0 || raw[j-1] != '\r' {
				t.Fatalf("bare LF at byte %d", j)
			}
		case '\r':
			if j+1 >= len(raw) || raw[j+1] != '\n' {
				t.Fatalf("bare CR at byte %d", j)
			}
		}
	}
}

// checkGoMessage walks every part with go-message, decoding charsets and
// transfer encodings, and checks that any PNG attachment decodes.
func checkGoMessage(t *testing.T, raw []byte) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("go-message CreateReader: %v", err)
	}
	defer r.Close()

	subject, err := r.Header.Subject()
	if err != nil || subject == "" {
		t.Errorf("go-message Subject = %q, %v", subject, err)
	}
	if strings.Contains(subject, "=?") {
		t.Errorf("Subject not fully decoded: %q", subject)
	}

	parts := 0
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("go-message NextPart after %d parts: %v", parts, err)
		}
		parts++
		body, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatalf("reading part %d: %v", parts, err)
		}
		if len(body) == 0 {
			t.Errorf("part %d is empty", parts)
		}
		ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		switch h := p.Header.(type) {
		case *mail.InlineHeader:
			if !strings.HasPrefix(ct, "text/") {
				t.Errorf("inline part %d has type %q", parts, ct)
			}
			if bytes.Contains(body, []byte("\uFFFD")) {
				t.Errorf("part %d contains U+FFFD: charset decoding went wrong", parts)
			}
		case *mail.AttachmentHeader:
			name, err := h.Filename()
			if err != nil || name == "" {
				t.Errorf("attachment %d has no filename (%v)", parts, err)
			}
			if ct == "image/png" {
				if _, err := png.Decode(bytes.NewReader(body)); err != nil {
					t.Errorf("attachment %s is not a valid PNG: %v", name, err)
				}
			}
		}
	}
	if parts == 0 {
		t.Error("go-message found no parts")
	}
}

// TestShapes pins the property each sample exists to demonstrate.
func TestShapes(t *testing.T) {
	msgs, err := Messages()
	if err != nil {
		t.Fatalf("Messages: %v", err)
	}
	if len(msgs) != 6 {
		t.Fatalf("Messages returned %d messages, want 6", len(msgs))
	}
	type shape struct {
		contentType string
		want        []string // substrings of the decoded text content
	}
	shapes := []shape{
		{"text/plain", []string{"FOR IMMEDIATE RELEASE", "VALDORA CITY, 12 November 2026 –", "-ENDS-", "Notes to editors", "Dragović"}},
		{"multipart/alternative", []string{"EMBARGOED UNTIL 00:01 GMT THURSDAY 19 NOVEMBER 2026", "class=MsoNormal", "<o:p></o:p>"}},
		{"text/html", []string{"View in browser", `width="1" height="1"`, "Unsubscribe"}},
		{"multipart/mixed", []string{"IRON TIDE 26"}},
		{"text/plain", []string{"sécurité civile", "« Crue 2026 »"}},
		{"text/plain", []string{"out of the office"}},
	}
	for i, raw := range msgs {
		r, err := mail.CreateReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("message %d: %v", i+1, err)
		}
		ct, _, _ := r.Header.ContentType()
		if ct != shapes[i].contentType {
			t.Errorf("message %d: Content-Type %q, want %q", i+1, ct, shapes[i].contentType)
		}
		var text strings.Builder
		for {
			p, err := r.NextPart()
			if err != nil {
				break
			}
			if _, ok := p.Header.(*mail.InlineHeader); ok {
				b, _ := io.ReadAll(p.Body)
				text.Write(b)
			}
		}
		r.Close()
		for _, w := range shapes[i].want {
			if !strings.Contains(text.String(), w) {
				t.Errorf("message %d: decoded text lacks %q", i+1, w)
			}
		}
		if i == 4 {
			if s, _ := r.Header.Subject(); !strings.Contains(s, "Communiqué") {
				t.Errorf("message 5: Subject %q not decoded from ISO-8859-1", s)
			}
		}
		if i == 5 && r.Header.Get("Auto-Submitted") != "auto-replied" {
			t.Errorf("message 6: Auto-Submitted = %q", r.Header.Get("Auto-Submitted"))
		}
	}
}
