package main

import (
	"archive/zip"
	"bytes"
	"image/jpeg"
	"image/png"
	"io"
	"regexp"
	"strings"
	"testing"
)

// testBrief is a small valid release; tests change one aspect at a time.
func testBrief(client, format string) *Brief {
	b := &Brief{
		ID: "t001-test", Split: "train", Kind: "press_release", Language: "en",
		Charset: "utf-8", Transfer: "quoted-printable", Client: client, BodyFormat: format,
		From: Person{"Press Office", "press@example.org"}, To: "news@desk.example",
		Date: "2025-06-03T09:14:00+02:00", Subject: "Shipyard delivers frigate",
		Release: &Release{
			Kicker:      []string{"PRESS RELEASE"},
			EmbargoLine: str("EMBARGOED UNTIL 10:00 CEST 5 JUNE 2025"), EmbargoPosition: "top",
			Headline:    "Shipyard delivers second frigate",
			Subheadline: str("Handover three months early"),
			Dateline:    str("KIEL, 3 June 2025 –"),
			Paragraphs:  []string{"The shipyard handed over the second frigate on Tuesday.", "- first item of the list", "- second item", "The last ships follow in 2027."},
			EndMarker:   str("ENDS"),
			Boilerplate: []string{"About the shipyard", "It builds ships."},
			Contacts:    []string{"Anna Example", "+49 431 555 0100"},
			Signature:   []string{"Kind regards", "Press Office"},
		},
		Expected: Expected{Kind: "press_release", Language: "en"},
	}
	if format == "pdf" || format == "docx" {
		b.CoverText = []string{"Please find attached our release."}
	}
	return b
}

func renderT(t *testing.T, b *Brief) []byte {
	t.Helper()
	raw, err := render(b)
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
		t.Fatalf("bare LF in output: every line must end in CRLF")
	}
	return raw
}

// TestClients renders the same release with every client and format and
// reads it back: the decoded text must carry the release in order, and the
// headers must look like the client's.
func TestClients(t *testing.T) {
	marks := map[string]*regexp.Regexp{
		"outlook":          regexp.MustCompile(`(?m)^Thread-Index: `),
		"gmail":            regexp.MustCompile(`(?m)^Message-ID: <CA[^@]+@mail\.gmail\.example>`),
		"apple_mail":       regexp.MustCompile(`(?m)^X-Mailer: Apple Mail`),
		"thunderbird":      regexp.MustCompile(`(?m)^User-Agent: Mozilla Thunderbird`),
		"lotus_notes":      regexp.MustCompile(`(?m)^X-Mailer: Lotus Notes`),
		"iphone":           regexp.MustCompile(`(?m)^X-Mailer: iPhone Mail`),
		"android":          regexp.MustCompile(`(?m)^Message-ID: <CA`),
		"mailchimp":        regexp.MustCompile(`(?m)^List-Unsubscribe: `),
		"sendgrid":         regexp.MustCompile(`(?m)^X-SG-EID: `),
		"constant_contact": regexp.MustCompile(`(?m)^X-Roving-Id: `),
		"cision":           regexp.MustCompile(`(?m)^X-Mailer: Cision`),
		"mailer_script":    regexp.MustCompile(`(?m)^X-Mailer: PHPMailer`),
	}
	for name := range clients {
		for _, format := range []string{"text", "html", "alternative", "html_as_text"} {
			t.Run(name+"/"+format, func(t *testing.T) {
				raw := renderT(t, testBrief(name, format))
				if !marks[name].Match(raw) {
					t.Errorf("headers lack the %s mark %v", name, marks[name])
				}
				p := parse(t, raw)
				if got := p.subject(t); got != "Shipyard delivers frigate" {
					t.Errorf("subject %q", got)
				}
				var text string
				switch format {
				case "text":
					text = unflow(string(p.first(t, "text/plain").body))
				case "html", "html_as_text":
					mt := "text/html"
					if format == "html_as_text" {
						mt = "text/plain"
					}
					h := string(p.first(t, mt).body)
					if format == "html_as_text" && !strings.Contains(h, "<style") {
						t.Errorf("html_as_text without a <style> block")
					}
					if p.has("text/html") != (format == "html") {
						t.Errorf("parts %v", p.types())
					}
					text = visibleText(h)
				case "alternative":
					text = visibleText(string(p.first(t, "text/html").body))
					plain := collapse(unflow(string(p.first(t, "text/plain").body)))
					if !strings.Contains(plain, "KIEL, 3 June 2025 – The shipyard handed over") {
						t.Errorf("text part lacks dateline + first paragraph:\n%s", plain)
					}
				}
				text = collapse(text)
				// A "top" embargo sits above or below the kicker, as the seed decides.
				head := strings.Index(text, "Shipyard delivers second frigate")
				if k, e := strings.Index(text, "PRESS RELEASE"), strings.Index(text, "EMBARGOED UNTIL"); k < 0 || e < 0 || k > head || e > head {
					t.Errorf("kicker at %d, embargo at %d, headline at %d", k, e, head)
				}
				checkOrder(t, text, "Shipyard delivers second frigate", "Handover three months early",
					"KIEL, 3 June 2025 – The shipyard handed over", "first item of the list", "The last ships follow in 2027.", "ENDS", "About the shipyard", "Anna Example", "Kind regards")
				if clients[name].bulk && !strings.Contains(text, "Unsubscribe") {
					t.Errorf("newsletter without an unsubscribe link")
				}
				if sig := clients[name].mobileSig; sig != nil && !strings.Contains(text, "Sent from") {
					t.Errorf("mobile client without its signature")
				}
			})
		}
	}
}

// checkOrder fails unless each phrase occurs in text after the previous one.
func checkOrder(t *testing.T, text string, phrases ...string) {
	t.Helper()
	at := 0
	for _, ph := range phrases {
		i := strings.Index(text[at:], ph)
		if i < 0 {
			t.Fatalf("%q missing (or out of order) in:\n%s", ph, text)
		}
		at += i + len(ph)
	}
}

// TestDocuments: a pdf/docx release puts the release in the document and the
// cover text in the email.
func TestDocuments(t *testing.T) {
	for _, format := range []string{"pdf", "docx"} {
		t.Run(format, func(t *testing.T) {
			b := testBrief("gmail", format)
			b.Release.EmbargoPosition = "document_only"
			p := parse(t, renderT(t, b))
			plain := string(p.first(t, "text/plain").body)
			if !strings.Contains(plain, "Please find attached our release.") || strings.Contains(plain, "Shipyard delivers second frigate") || strings.Contains(plain, "EMBARGOED") {
				t.Errorf("email body should hold only the cover text:\n%s", plain)
			}
			if format == "pdf" {
				doc := p.first(t, "application/pdf").body
				if !bytes.HasPrefix(doc, []byte("%PDF-")) || !bytes.Contains(doc, []byte("%%EOF")) {
					t.Errorf("not a PDF: %.20q", doc)
				}
				return
			}
			doc := p.first(t, mimeDOCX).body
			xml := docxText(t, doc)
			checkOrder(t, xml, "PRESS RELEASE", "EMBARGOED UNTIL", "Shipyard delivers second frigate", "KIEL, 3 June 2025 – The shipyard", "Anna Example")
			if strings.Contains(xml, "Kind regards") {
				t.Errorf("the email signature leaked into the document")
			}
		})
	}
}

func docxText(t *testing.T, doc []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatalf("docx zip: %v", err)
	}
	f, err := z.Open("word/document.xml")
	if err != nil {
		t.Fatalf("docx: %v", err)
	}
	b, _ := io.ReadAll(f)
	return visibleText(string(b))
}

// TestCharsets round-trips text in each charset family through the encoders
// and go-message's decoders, headers included.
func TestCharsets(t *testing.T) {
	cases := []struct{ charset, lang, text string }{
		{"iso-8859-1", "fr", "Défense : l'armée reçoit ses premiers véhicules"},
		{"iso-8859-15", "fr", "Coût estimé à 3 millions d'€"},
		{"windows-1252", "en", "“Ready” – said the minister"},
		{"iso-8859-2", "pl", "Żołnierze ćwiczą na poligonie"},
		{"windows-1250", "cs", "Armáda České republiky převzala „nové“ vrtulníky"},
		{"windows-1251", "ru", "Министерство обороны сообщило о учениях"},
		{"koi8-r", "ru", "Пограничная служба задержала нарушителя"},
		{"shift_jis", "ja", "防衛省は新型護衛艦の就役を発表しました"},
		{"iso-2022-jp", "ja", "【プレスリリース】新型レーダーの配備について"},
		{"euc-kr", "ko", "국방부는 오늘 새로운 훈련을 발표했다"},
		{"gb2312", "zh", "国防部今天宣布新的演习计划"},
		{"big5", "zh", "國防部今天宣布新的演習計畫，基隆港"},
		{"utf-8", "uk", "Міністерство оборони України"},
	}
	for _, c := range cases {
		for _, cte := range []string{"quoted-printable", "base64", "8bit"} {
			t.Run(c.charset+"/"+cte, func(t *testing.T) {
				b := testBrief("thunderbird", "alternative")
				b.Charset, b.Transfer, b.Language = c.charset, cte, c.lang
				b.Subject = c.text
				b.From.Name = c.text[:strings.IndexRune(c.text[1:], ' ')+1]
				b.Release = &Release{Headline: c.text, Paragraphs: []string{c.text}}
				raw := renderT(t, b)
				if c.charset == "iso-2022-jp" && cte == "8bit" && !isASCII(raw) {
					t.Errorf("iso-2022-jp must stay 7-bit")
				}
				p := parse(t, raw)
				if got := p.subject(t); got != c.text {
					t.Errorf("subject %q, want %q", got, c.text)
				}
				from, err := p.header.AddressList("From")
				if err != nil || len(from) != 1 || from[0].Name != b.From.Name {
					t.Errorf("from %v (%v), want name %q", from, err, b.From.Name)
				}
				tp := p.first(t, "text/plain")
				if tp.params["charset"] != c.charset {
					t.Errorf("charset label %q", tp.params["charset"])
				}
				if !strings.Contains(string(tp.body), c.text) {
					t.Errorf("text part %q lacks %q", tp.body, c.text)
				}
				if !strings.Contains(string(p.first(t, "text/html").body), c.text) {
					t.Errorf("html part lacks the text")
				}
			})
		}
	}
}

// TestBig5Codes: characters get their standard CP950 codes, not the
// duplicates x/text's encoder would pick (港 is B4 E4 in every Big5 table).
func TestBig5Codes(t *testing.T) {
	got, err := encodeText("big5", "基隆港")
	if err != nil || !bytes.Equal(got, []byte{0xB0, 0xF2, 0xB6, 0xA9, 0xB4, 0xE4}) {
		t.Errorf("big5 %X %v, want B0F2 B6A9 B4E4", got, err)
	}
	if _, err := encodeText("big5", "€ ok"); err != nil {
		t.Errorf("the euro sign is in CP950: %v", err)
	}
}

// TestImages: photos and logos are valid images; inline ones are referenced
// from the HTML by Content-ID, others are plain attachments.
func TestImages(t *testing.T) {
	for _, c := range []struct {
		client string
		inline bool
	}{{"outlook", true}, {"apple_mail", true}, {"mailer_script", false}, {"lotus_notes", false}} {
		t.Run(c.client, func(t *testing.T) {
			b := testBrief(c.client, "alternative")
			b.Attachments = []Attachment{{Filename: "ship.jpg", Role: "photo"}, {Filename: "chart.png", Role: "photo"}}
			p := parse(t, renderT(t, b))
			h := string(p.first(t, "text/html").body)
			for _, l := range p.leaves {
				switch l.mediaType {
				case "image/jpeg":
					if _, err := jpeg.Decode(bytes.NewReader(l.body)); err != nil {
						t.Errorf("jpeg: %v", err)
					}
				case "image/png":
					if _, err := png.Decode(bytes.NewReader(l.body)); err != nil {
						t.Errorf("png: %v", err)
					}
				default:
					continue
				}
				cid := strings.Trim(l.header.Get("Content-Id"), "<>")
				disp, _, _ := l.header.ContentDisposition()
				if c.inline != (cid != "" && strings.Contains(h, "cid:"+cid) && disp == "inline") {
					t.Errorf("%s: inline=%v but cid %q, disposition %q", l.mediaType, c.inline, cid, disp)
				}
			}
		})
	}
}
