package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestWrappers(t *testing.T) {
	fwd := func(client, kind string) *Brief {
		b := testBrief(client, "alternative")
		b.Wrapper = &Wrapper{Type: kind, From: &Person{"Desk Friend", "friend@paper.example"}, Date: "2025-06-03T11:00:00+01:00", Subject: "Fwd: Shipyard delivers frigate", Text: []string{"Worth a look."}}
		return b
	}
	t.Run("covering_note", func(t *testing.T) {
		b := testBrief("outlook", "alternative")
		b.Wrapper = &Wrapper{Type: "covering_note", Text: []string{"Dear Adaeze,", "On behalf of our client please find below."}}
		p := parse(t, renderT(t, b))
		checkOrder(t, collapse(string(p.first(t, "text/plain").body)), "Dear Adaeze,", "On behalf of our client", "Shipyard delivers second frigate")
	})
	t.Run("correction_notice", func(t *testing.T) {
		b := testBrief("gmail", "text")
		b.Wrapper = &Wrapper{Type: "correction_notice", Text: []string{"CORRECTION: replaces the earlier version."}}
		p := parse(t, renderT(t, b))
		checkOrder(t, collapse(string(p.first(t, "text/plain").body)), "CORRECTION: replaces", "Shipyard delivers second frigate", "The last ships follow in 2027.")
	})
	for _, c := range []struct{ client, intro, dateField string }{
		{"gmail", "---------- Forwarded message ---------", "Date: Tue, 3 Jun 2025 at 09:14"},
		{"outlook", "________________________________", "Sent: Tuesday, June 3, 2025 9:14 AM"},
		{"apple_mail", "Begin forwarded message:", "Date: 3 June 2025 at 09:14:00 GMT+02:00"},
		{"thunderbird", "-------- Forwarded Message --------", "Date: Tue, 3 Jun 2025 09:14:00 +0200"},
	} {
		t.Run("forward_inline/"+c.client, func(t *testing.T) {
			p := parse(t, renderT(t, fwd(c.client, "forward_inline")))
			from, err := p.header.AddressList("From")
			if err != nil || from[0].Address != "friend@paper.example" {
				t.Errorf("outer From %v %v, want the forwarder", from, err)
			}
			if s := p.subject(t); s != "Fwd: Shipyard delivers frigate" {
				t.Errorf("outer subject %q", s)
			}
			plain := collapse(unflow(string(p.first(t, "text/plain").body)))
			checkOrder(t, plain, "Worth a look.", c.intro, "From: Press Office <press@example.org>", "Shipyard delivers second frigate")
			if !strings.Contains(plain, c.dateField) {
				t.Errorf("quoted header block lacks %q:\n%s", c.dateField, plain)
			}
			html := visibleText(string(p.first(t, "text/html").body))
			checkOrder(t, html, "Worth a look.", "Press Office", "Shipyard delivers second frigate", "The last ships follow in 2027.")
		})
	}
	t.Run("forward_inline/iphone", func(t *testing.T) {
		b := fwd("iphone", "forward_inline")
		b.BodyFormat = "text"
		plain := collapse(string(parse(t, renderT(t, b)).first(t, "text/plain").body))
		checkOrder(t, plain, "Worth a look.", "Sent from my iPhone", "Begin forwarded message:", "Shipyard delivers second frigate")
		if strings.Count(plain, "Sent from my iPhone") != 1 {
			t.Errorf("the phone signature belongs to the forwarder only:\n%s", plain)
		}
	})
	t.Run("forward_rfc822", func(t *testing.T) {
		b := fwd("gmail", "forward_rfc822")
		p := parse(t, renderT(t, b))
		if !strings.Contains(string(p.first(t, "text/plain").body), "Worth a look.") {
			t.Errorf("outer note missing")
		}
		if p.header.Get("Thread-Index") == "" {
			t.Errorf("outer message should be Outlook's by default")
		}
		inner := parse(t, p.first(t, "message/rfc822").body)
		if s := inner.subject(t); s != "Shipyard delivers frigate" {
			t.Errorf("inner subject %q", s)
		}
		if inner.header.Get("Received") != "" {
			t.Errorf("the attached original carries the desk's trace headers")
		}
		if !strings.Contains(inner.header.Get("Message-Id"), "@mail.gmail.example") {
			t.Errorf("inner message should be the original client's (gmail): %q", inner.header.Get("Message-Id"))
		}
		checkOrder(t, collapse(string(inner.first(t, "text/plain").body)), "Shipyard delivers second frigate", "The last ships follow in 2027.")
	})
}

func TestQuirks(t *testing.T) {
	long := "Defence ministry announces the largest investment in coastal surveillance radars for a generation"
	t.Run("mbox_from_line", func(t *testing.T) {
		b := testBrief("mailer_script", "text")
		b.HeaderQuirks = []string{"mbox_from_line"}
		raw := renderT(t, b)
		if !bytes.HasPrefix(raw, []byte("From press@example.org Tue Jun  3 07:14:00 2025\r\n")) {
			t.Fatalf("no mbox line: %.60q", raw)
		}
		p := parse(t, raw[bytes.Index(raw, []byte("\r\n"))+2:])
		if p.subject(t) != b.Subject {
			t.Errorf("after the mbox line the message must be intact")
		}
	})
	t.Run("folded_without_whitespace", func(t *testing.T) {
		for _, subject := range []string{long, "Verteidigungsministerium kündigt die größte Investition in Küstenradare seit einer Generation an"} {
			b := testBrief("outlook", "text")
			b.Subject = subject
			b.HeaderQuirks = []string{"folded_without_whitespace"}
			raw := string(renderT(t, b))
			i := strings.Index(raw, "\r\nSubject: ")
			lines := strings.SplitN(raw[i+2:], "\r\n", 3)
			if next := lines[1]; next == "" || next[0] == ' ' || next[0] == '\t' || strings.Contains(next, ": ") && !strings.HasPrefix(next, "=?") && !strings.Contains(subject, next) {
				t.Errorf("continuation %q should be part of the subject without leading space", next)
			}
		}
	})
	t.Run("no_blank_line", func(t *testing.T) {
		b := testBrief("mailer_script", "text")
		b.HeaderQuirks = []string{"no_blank_line"}
		raw := string(renderT(t, b))
		_, body, _ := strings.Cut(raw, "\r\nContent-Transfer-Encoding: quoted-printable\r\n")
		if !strings.HasPrefix(body, "EMBARGOED") && !strings.HasPrefix(body, "PRESS RELEASE") {
			t.Errorf("body should follow the last header directly:\n%.200s", body)
		}
	})
	t.Run("raw_8bit_subject", func(t *testing.T) {
		b := testBrief("lotus_notes", "text")
		b.Subject = "Försvarsverket beställer robotar"
		b.HeaderQuirks = []string{"raw_8bit_subject"}
		raw := renderT(t, b)
		if !bytes.Contains(raw, []byte("\r\nSubject: Försvarsverket beställer robotar\r\n")) {
			t.Errorf("subject not raw UTF-8")
		}
	})
}

func TestNonReleases(t *testing.T) {
	nr := func(kind, client string) *Brief {
		b := testBrief(client, "alternative")
		b.Kind, b.Release, b.NonreleaseType = "not_press_release", nil, str(kind)
		b.NonreleaseText = []string{"I am out of the office until Monday.", "Second line of the message."}
		return b
	}
	t.Run("auto_reply", func(t *testing.T) {
		p := parse(t, renderT(t, nr("auto_reply", "outlook")))
		if p.header.Get("Auto-Submitted") != "auto-replied" || p.header.Get("X-Autoreply") != "yes" {
			t.Errorf("auto-reply headers missing")
		}
	})
	t.Run("auto_reply_no_headers", func(t *testing.T) {
		p := parse(t, renderT(t, nr("auto_reply_no_headers", "outlook")))
		if p.header.Get("Auto-Submitted") != "" || p.header.Get("X-Autoreply") != "" {
			t.Errorf("auto-reply headers present")
		}
		checkOrder(t, collapse(string(p.first(t, "text/plain").body)), "I am out of the office", "Second line")
	})
	t.Run("bounce", func(t *testing.T) {
		raw := renderT(t, nr("bounce", "mailer_script"))
		p := parse(t, raw)
		if mt, params, _ := p.header.ContentType(); mt != "multipart/report" || params["report-type"] != "delivery-status" {
			t.Errorf("content type %s %v", mt, params)
		}
		if !strings.Contains(string(p.first(t, "message/delivery-status").body), "Status: 5.1.1") {
			t.Errorf("delivery status lacks a status")
		}
		orig := parse(t, p.first(t, "message/rfc822").body)
		if orig.header.Get("From") == "" {
			t.Errorf("returned message has no headers")
		}
	})
	t.Run("calendar_invite", func(t *testing.T) {
		p := parse(t, renderT(t, nr("calendar_invite", "outlook")))
		cal := p.first(t, "text/calendar")
		if cal.params["method"] != "REQUEST" {
			t.Errorf("method %q", cal.params["method"])
		}
		// testBrief is dated Tue 3 June 2025 09:14 +02:00: the event is Friday 10:00 +02:00.
		checkOrder(t, string(cal.body), "BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:20250606T080000Z", "SUMMARY:Shipyard delivers frigate", "END:VEVENT")
	})
	t.Run("digest", func(t *testing.T) {
		b := nr("digest", "mailchimp")
		b.NonreleaseText = []string{"Today:", "Story one – Paper A", "Story two – Paper B", "Story three – Paper C"}
		h := string(parse(t, renderT(t, b)).first(t, "text/html").body)
		if n := strings.Count(h, "<a href=\"https://pressreview.example/"); n != 3 {
			t.Errorf("%d story links, want 3", n)
		}
	})
}
