package normalise

import (
	"bytes"
	"strings"
	"testing"

	"newsdesk/draft"
	"newsdesk/process/normalise/mime"
)

// Header blocks as real mail has them. CPython's email package (3.11)
// reads the same inputs thus: the mbox line becomes its unixfrom; the
// lost fold starts the body at "three-year appeal", so From and
// Content-Type end up as body text (MissingHeaderBodySeparatorDefect);
// the missing blank line starts the body at the dateline, as here.
var headerCases = map[string]struct {
	raw, headline, bodyStart, warning string
}{
	"mbox From line": {
		raw: "From press@harbour.example Tue Apr  8 09:12:44 2025\nSubject: Harbour trust restores the old lighthouse\nFrom: Harbour Trust <press@harbour.example>\n" +
			"Date: Tue, 8 Apr 2025 09:12:44 +0100\nMessage-ID: <lh1@harbour.example>\n\nFALMOUTH, 8 April 2025 - The harbour trust has restored the lighthouse at the end of the east pier.\n\nENDS\n",
		headline: "Harbour trust restores the old lighthouse", bodyStart: "The harbour trust has restored", warning: `mbox "From " line`,
	},
	"folded line without white space": {
		raw: "Subject: Harbour trust restores the old lighthouse after a\r\nthree-year appeal\r\nFrom: Harbour Trust <press@harbour.example>\r\n" +
			"Date: Tue, 8 Apr 2025 09:12:44 +0100\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>FALMOUTH, 8 April 2025 &ndash; The trust has restored the lighthouse after raising the money.</p><p>ENDS</p>\r\n",
		headline: "Harbour trust restores the old lighthouse after a three-year appeal", bodyStart: "The trust has restored", warning: "folded line without leading white space",
	},
	"no blank line before the body": {
		raw: "Subject: Harbour trust restores the old lighthouse\nFrom: Harbour Trust <press@harbour.example>\nDate: Tue, 8 Apr 2025 09:12:44 +0100\n" +
			"FALMOUTH, 8 April 2025 - The harbour trust has restored the lighthouse at the end of the east pier.\n\nIt reopens in May.\n\nENDS\n",
		headline: "Harbour trust restores the old lighthouse", bodyStart: "The harbour trust has restored", warning: "no blank line before the body",
	},
	"all three": {
		raw: "From MAILER-DAEMON Fri Jul  8 12:08:34 2011\r\nFrom: Harbour Trust <press@harbour.example>\r\nSubject: Lighthouse on the east pier lit again\r\nfor the first time since 1998\r\nDate: Tue, 8 Apr 2025 09:12:44 +0100\r\n" +
			"Falmouth, 8 April 2025 - The lamp was lit again tonight.\r\n",
		headline: "Lighthouse on the east pier lit again for the first time since 1998", bodyStart: "The lamp was lit", warning: "no blank line",
	},
}

func TestRealHeaderBlocks(t *testing.T) {
	for name, tc := range headerCases {
		t.Run(name, func(t *testing.T) {
			d, err := Inspect([]byte(tc.raw))
			if err != nil {
				t.Fatal(err)
			}
			if d.Headline != tc.headline || !strings.HasPrefix(d.BodyText, tc.bodyStart) || d.Source.From == "" {
				t.Errorf("headline %q from %q body %q", d.Headline, d.Source.From, d.BodyText)
			}
			if d.Kind != draft.PressRelease {
				t.Errorf("kind %s (%s)", d.Kind, d.KindReason)
			}
			if w := strings.Join(d.Warnings, "\n"); !strings.Contains(w, tc.warning) {
				t.Errorf("warnings %q lack %q", d.Warnings, tc.warning)
			}
		})
	}
}

func TestRepairHeaderLeavesGoodMailAlone(t *testing.T) {
	for _, raw := range []string{
		"Subject: a\r\n  folded\r\nFrom: b@c.example\r\n\r\nbody\r\nnot: a header\r\n",
		"Subject: only a header\r\n",
		"From: a@b.example\nTo: c@d.example\n\nFrom here on, body.\n",
	} {
		out, warns := mime.RepairHeader([]byte(raw))
		if string(out) != raw || len(warns) != 0 {
			t.Errorf("repairHeader(%q) = %q %q", raw, out, warns)
		}
	}
	// A line that is not a field and is followed only by unknown
	// "Word:" lines starts the body.
	out, _ := mime.RepairHeader([]byte("Subject: x\nAcme opens a depot\nNote: forty jobs\n"))
	if string(out) != "Subject: x\n\r\nAcme opens a depot\nNote: forty jobs\n" {
		t.Errorf("%q", out)
	}
}

// HTML sent with the label text/plain is read as HTML: neither its tags
// nor its CSS reach the headline or the body.
func TestHTMLLabelledText(t *testing.T) {
	for name, body := range map[string]string{
		"document": "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>\n.lead { font-family: Georgia; color: #333 }\nbody { margin: 0 }\n</style></head>\n" +
			"<body><h1 class=\"title\">Orchard cooperative doubles its cider output</h1><p class=\"lead\">HEREFORD, 14 May 2025 &ndash; The orchard cooperative has doubled its output this season.</p><p>ENDS</p></body></html>\n",
		"style first": "<style type=\"text/css\">p.MsoNormal{margin:0cm;font-size:11pt}</style>\n<p class=MsoNormal><b>Orchard cooperative doubles its cider output</b></p>\n" +
			"<p class=MsoNormal>HEREFORD, 14 May 2025 &ndash; The orchard cooperative has doubled its output this season.</p>\n<p class=MsoNormal>ENDS</p>\n",
		"fragment": "<div class=\"hdr\"><p class=\"h\"><strong>Orchard cooperative doubles its cider output</strong></p></div>\n" +
			"<div class=\"b\"><p class=\"x\">HEREFORD, 14 May 2025 &ndash; The orchard cooperative has doubled its output this season.</p><p class=\"x\">ENDS</p></div>\n",
	} {
		t.Run(name, func(t *testing.T) {
			raw := "Subject: News from the orchard\r\nFrom: Orchard Co-op <news@orchard.example>\r\nDate: Wed, 14 May 2025 08:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
			d, err := Inspect([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{d.Headline, d.BodyText, d.BodyHTML} {
				if strings.ContainsAny(f, "{}") || strings.Contains(f, "class=") || strings.Contains(f, "font") || strings.Contains(f, "&ndash;") {
					t.Errorf("markup or CSS reached the draft: %q", f)
				}
			}
			if d.Headline != "Orchard cooperative doubles its cider output" || !strings.HasPrefix(d.BodyText, "The orchard cooperative has doubled") {
				t.Errorf("headline %q body %q", d.Headline, d.BodyText)
			}
		})
	}
	for _, prose := range []string{
		"Use <b> for bold and <i> for italics in the form; a <p> starts a paragraph.",
		"Plain text release.\n\nIt mentions x < y and a > b.",
	} {
		if mime.HTMLDocument(prose) {
			t.Errorf("prose read as HTML: %q", prose)
		}
	}
}

// FuzzRepairHeader: the repair only skips a leading mbox line and inserts
// a space or a line end; everything else comes out in order.
func FuzzRepairHeader(f *testing.F) {
	for _, tc := range headerCases {
		f.Add([]byte(tc.raw))
	}
	f.Add([]byte("From x\n"))
	f.Add([]byte("Subject: a\nb\nc\nFrom: d\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		out, warns := mime.RepairHeader(raw)
		if len(warns) == 0 {
			if !bytes.Equal(out, raw) {
				t.Fatalf("changed without a warning: %q → %q", raw, out)
			}
			return
		}
		in := raw
		if bytes.HasPrefix(in, []byte("From ")) {
			in = in[bytes.IndexByte(in, '\n')+1:]
		}
		if extra := len(out) - len(in); extra < 0 || extra > 2*len(warns) {
			t.Fatalf("%d bytes added for %d repairs", extra, len(warns))
		}
		j := 0
		for _, c := range out {
			if j < len(in) && c == in[j] {
				j++
			}
		}
		if j != len(in) {
			t.Fatalf("input lost: %q → %q", raw, out)
		}
	})
}
