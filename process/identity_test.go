package process

import (
	"bytes"
	"testing"
)

func TestMessageID(t *testing.T) {
	check := func(head, want string) {
		t.Helper()
		if got := MessageID([]byte(head)); got != want {
			t.Errorf("MessageID(%q) = %q, want %q", head, got, want)
		}
	}
	check("Subject: x\r\nMessage-ID: <a@b>\r\n\r\n", "a@b")
	check("message-id:   <a@b>  (comment)\n\n", "a@b")
	check("Message-Id:\r\n <folded@b>\r\nSubject: y\r\n\r\n", "folded@b")
	check("Message-ID: bare@b\r\n\r\n", "bare@b")
	check("Subject: no id\r\n\r\nMessage-ID: <in-body@b>\r\n", "")
	check("Message-ID: <first@b>\r\nMessage-ID: <second@b>\r\n\r\n", "first@b")
	check("Message-ID: <ctl\x01\xff@b>\r\n\r\n", "ctl @b")
	check("Message-ID:\r\n\r\n", "")
}

func TestIdentity(t *testing.T) {
	mail := func(id, subject, body string) []byte {
		h := "Subject: " + subject + "\r\n"
		if id != "" {
			h += "Message-ID: <" + id + ">\r\n"
		}
		return []byte(h + "\r\n" + body)
	}
	same := func(a, b []byte, oa, ob int64) bool {
		ida, ha := Identity(a, oa)
		idb, hb := Identity(b, ob)
		return ida == idb && bytes.Equal(ha, hb)
	}
	check := func(what string, got, want bool) {
		t.Helper()
		if got != want {
			t.Errorf("%s: same identity %v, want %v", what, got, want)
		}
	}
	check("same id, same body, other trace headers", same(mail("a@b", "x", "body"), append([]byte("Received: by mx2\r\n"), mail("a@b", "x", "body")...), 0, 0), true)
	check("other ids, same body", same(mail("a@b", "x", "body"), mail("c@d", "x", "body"), 0, 0), false)
	check("no id, same body, other subject", same(mail("", "x", "body"), mail("", "y", "body"), 0, 0), false)
	check("no id, byte-identical", same(mail("", "x", "body"), mail("", "x", "body"), 0, 0), true)
	check("over-size, other ids", same(mail("a@b", "x", ""), mail("c@d", "x", ""), 60<<20, 60<<20), false)
	check("over-size, same id and size", same(mail("a@b", "x", ""), append([]byte("Received: by mx2\r\n"), mail("a@b", "x", "")...), 60<<20, 60<<20), true)
	check("over-size, no id, other subjects", same(mail("", "x", ""), mail("", "y", ""), 60<<20, 60<<20), false)
	check("over-size vs whole", same(mail("a@b", "x", ""), mail("a@b", "x", ""), 60<<20, 0), false)
}

func FuzzMessageID(f *testing.F) {
	f.Add([]byte("Message-ID: <a@b>\r\n\r\n"))
	f.Add([]byte("message-id:\r\n <x>\r\n"))
	f.Add([]byte("Message-ID: <\xff\x00>\r\n"))
	f.Fuzz(func(t *testing.T, head []byte) {
		id := MessageID(head)
		if len(id) > maxMessageID {
			t.Fatalf("%d bytes kept", len(id))
		}
		for _, r := range id {
			if r < 0x20 || r == 0x7f || r == 0xfffd && !bytes.Contains(head, []byte("\uFFFD")) {
				t.Fatalf("control or invalid rune %U in %q", r, id)
			}
		}
		if id != "" && (id[0] == '<' || id[len(id)-1] == '>') {
			t.Fatalf("brackets kept: %q", id)
		}
	})
}
