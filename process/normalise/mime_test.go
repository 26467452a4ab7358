package normalise

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"newsdesk/process/normalise/mime"
)

func TestSafeFilename(t *testing.T) {
	for in, want := range map[string]string{
		"../../etc/passwd":                "passwd",
		`..\..\windows\system.ini`:        "system.ini",
		"report\x00.pdf":                  "report.pdf",
		"evil\u202egpj.exe":               "evilgpj.exe",
		".hidden":                         "hidden",
		"":                                "attachment",
		"/":                               "attachment",
		"photo 1.jpg":                     "photo 1.jpg",
		strings.Repeat("a", 300) + ".pdf": strings.Repeat("a", 196) + ".pdf",
	} {
		if got := mime.SafeFilename(in); got != want {
			t.Errorf("safeFilename(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHostileShapes(t *testing.T) {
	head := "From: a@b.example\r\nSubject: Shape\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\n"
	deep := head + "Content-Type: multipart/mixed; boundary=b0\r\n\r\n"
	for i := 1; i < 200; i++ {
		deep += fmt.Sprintf("--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n", i-1, i)
	}
	many := head + "Content-Type: multipart/mixed; boundary=x\r\n\r\n" +
		strings.Repeat("--x\r\nContent-Type: application/octet-stream\r\n\r\nAAAA\r\n", 1500) + "--x--\r\n"
	nested := head + "Content-Type: message/rfc822\r\n\r\n" + strings.Repeat("Content-Type: message/rfc822\r\n\r\n", 100) + "Subject: inner\r\n\r\nhello\r\n"
	longLine := head + "Content-Type: text/plain\r\n\r\n" + strings.Repeat("word ", 100000) + "\r\n"
	for name, raw := range map[string]string{"deep": deep, "many parts": many, "nested messages": nested, "long line": longLine} {
		t.Run(name, func(t *testing.T) {
			d, err := Inspect([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if name != "long line" && len(d.Warnings) == 0 {
				t.Error("no warning about the shape")
			}
			if len(d.Attachments) > mime.MaxParts {
				t.Errorf("%d attachments listed, limit %d", len(d.Attachments), mime.MaxParts)
			}
		})
	}
}

func TestHugeHTMLIsBounded(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: Big\r\nContent-Type: text/html\r\n\r\n<html><body>" +
		strings.Repeat("<div><p>Padding paragraph with <b>bold</b> text.</p></div>", 120000) + "</body></html>"
	start := time.Now()
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 20*time.Second && !raceDetector {
		t.Errorf("%d MB of HTML took %s", len(raw)>>20, el)
	}
	if len(d.Warnings) == 0 {
		t.Error("no warning about the cut")
	}
}
