package normalise

import (
	"encoding/base64"
	"strings"
	"testing"
)

func TestCleanBase64BodyNotDamaged(t *testing.T) {
	for _, n := range []int{999, 1000, 1001, 1002} {
		body := "<p>Acme opens a depot</p><p>LEEDS, 3 March 2025 - " + strings.Repeat("x", n) + "</p>"
		body = body[:n]
		raw := "Subject: Acme\r\nFrom: a@acme.example\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			wrap76(base64.StdEncoding.EncodeToString([]byte(body))) + "\r\n"
		d, err := Inspect([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if w := strings.Join(d.Warnings, "\n"); strings.Contains(w, "damaged") {
			t.Errorf("%d bytes: %s", n, w)
		}
	}
}

func wrap76(s string) string {
	var lines []string
	for ; len(s) > 76; s = s[76:] {
		lines = append(lines, s[:76])
	}
	return strings.Join(append(lines, s), "\r\n")
}
