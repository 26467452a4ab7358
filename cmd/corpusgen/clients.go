package main

import (
	"fmt"
	"strings"
	"time"
)

// client describes how one mail program writes a message.
type client struct {
	htmlStyle  string // outlook, gmail, apple, thunderbird, lotus, newsletter, script
	textStyle  string // plain, flowed, hard72
	coverAlt   bool   // the cover note of a PDF/DOCX is sent as text+HTML
	inlineCIDs bool   // photos go into the HTML as cid: images (multipart/related)
	bulk       bool   // a bulk-mail tool: List-Unsubscribe, Precedence, links
	mobileSig  []string
	fwdIntro   string // the line that opens an inline forward
	fwdStyle   string // gmail, outlook, apple, thunderbird: order and shape of the quoted headers
	quoteCS    bool   // charset="utf-8" rather than charset=utf-8
	foldCT     bool   // multipart boundary parameter on a continuation line
}

var clients = map[string]client{
	"outlook":          {htmlStyle: "outlook", textStyle: "plain", coverAlt: true, inlineCIDs: true, fwdStyle: "outlook", quoteCS: true, foldCT: true},
	"gmail":            {htmlStyle: "gmail", textStyle: "plain", coverAlt: true, inlineCIDs: true, fwdIntro: "---------- Forwarded message ---------", fwdStyle: "gmail", quoteCS: true},
	"apple_mail":       {htmlStyle: "apple", textStyle: "flowed", coverAlt: true, inlineCIDs: true, fwdIntro: "Begin forwarded message:", fwdStyle: "apple", foldCT: true},
	"thunderbird":      {htmlStyle: "thunderbird", textStyle: "flowed", inlineCIDs: true, fwdIntro: "-------- Forwarded Message --------", fwdStyle: "thunderbird", foldCT: true},
	"lotus_notes":      {htmlStyle: "lotus", textStyle: "plain", coverAlt: true, fwdIntro: "----- Forwarded by Press Office on %s -----", fwdStyle: "thunderbird", quoteCS: true, foldCT: true},
	"iphone":           {htmlStyle: "apple", textStyle: "plain", inlineCIDs: true, mobileSig: []string{"Sent from my iPhone"}, fwdIntro: "Begin forwarded message:", fwdStyle: "apple", foldCT: true},
	"android":          {htmlStyle: "gmail", textStyle: "plain", mobileSig: []string{"Sent from my Galaxy", "Sent from Outlook for Android", "Sent from my Android phone"}, fwdIntro: "---------- Forwarded message ---------", fwdStyle: "gmail", quoteCS: true},
	"mailchimp":        {htmlStyle: "newsletter", textStyle: "plain", coverAlt: true, bulk: true, fwdStyle: "gmail", quoteCS: true},
	"sendgrid":         {htmlStyle: "newsletter", textStyle: "plain", coverAlt: true, bulk: true, fwdStyle: "gmail"},
	"constant_contact": {htmlStyle: "newsletter", textStyle: "plain", coverAlt: true, bulk: true, fwdStyle: "gmail", foldCT: true},
	"cision":           {htmlStyle: "newsletter", textStyle: "plain", coverAlt: true, bulk: true, fwdStyle: "gmail", quoteCS: true},
	"mailer_script":    {htmlStyle: "script", textStyle: "hard72", fwdStyle: "thunderbird"},
}

func domainOf(addr string) string {
	_, d, _ := strings.Cut(addr, "@")
	return strings.ToLower(d)
}

// messageID shapes the Message-ID the way each client does.
func messageID(name string, s seeded, from string, date time.Time) string {
	dom := domainOf(from)
	switch name {
	case "outlook":
		host := "AM" + s.from("ohost", digits, 1) + "PR0" + s.from("ohost2", digits, 1) + "MB" + s.from("ohost3", digits, 4)
		return "<" + host + s.upperHex("mid", 24) + "@" + host + ".EURPRD0" + s.from("ohost2", digits, 1) + ".PROD.OUTLOOK.EXAMPLE>"
	case "gmail", "android":
		return "<CA" + s.from("mid", gmailIDChar, 44) + "@mail.gmail.example>"
	case "apple_mail", "iphone":
		return "<" + strings.ToUpper(s.uuid("mid")) + "@" + dom + ">"
	case "thunderbird":
		return "<" + s.uuid("mid") + "@" + dom + ">"
	case "lotus_notes":
		return fmt.Sprintf("<OF%s.%s-ONC1258B%s.%s-C1258B%s.%s@%s>", s.upperHex("m1", 8), s.upperHex("m2", 8), s.upperHex("m3", 2), s.upperHex("m4", 8), s.upperHex("m5", 2), s.upperHex("m6", 8), dom)
	case "mailchimp":
		return fmt.Sprintf("<%s.%s@mail%d.atl%d.mcdlv.example>", s.hex("mid", 25), s.hex("mid2", 10), 100+s.intn("mh", 150), 10+s.intn("mh2", 90))
	case "sendgrid":
		return "<" + s.from("mid", alphaNum+"-_", 22) + "@geopod-ismtpd-" + s.from("mh", digits, 2) + ".sendgrid.example>"
	case "constant_contact":
		return fmt.Sprintf("<%d.%s.%s@ccsend.example>", 1100000000+s.intn("mid", 99999999), s.from("mid2", digits, 13), s.from("mid3", digits, 7))
	case "cision":
		return "<" + s.hex("mid", 16) + "." + date.UTC().Format("20060102150405") + "@mailer.cision.example>"
	default: // mailer_script: PHPMailer's hash@host
		return "<" + s.from("mid", alphaNum, 32) + "@" + dom + ">"
	}
}

// boundary shapes multipart boundaries the way each client does; level
// keeps nested boundaries distinct.
func boundary(name string, s seeded, level int) string {
	l := fmt.Sprint(level)
	switch name {
	case "outlook":
		return fmt.Sprintf("_%03d_AM0PR04MB%s%s_", level, s.upperHex("b", 24), s.upperHex("b"+l, 4))
	case "gmail", "android":
		return "0000000000" + s.hex("b"+l, 18)
	case "apple_mail", "iphone":
		return "Apple-Mail=_" + strings.ToUpper(s.uuid("b"+l))
	case "thunderbird":
		return "------------" + s.from("b"+l, alphaNum, 24)
	case "lotus_notes":
		return "=_alternative " + s.upperHex("b"+l, 8) + "C1258B" + s.upperHex("bb", 2) + "_="
	case "mailchimp":
		return "_----------=_MCPart_" + s.from("b"+l, digits, 10)
	case "sendgrid":
		return s.hex("b"+l, 64)
	case "constant_contact":
		return "----=_Part_" + s.from("b"+l, digits, 6) + "_" + s.from("bb"+l, digits, 10) + "." + s.from("bbb", digits, 13)
	case "cision":
		return "=_" + s.hex("b"+l, 32)
	default:
		return "b" + l + "_" + s.from("b"+l, alphaNum, 32)
	}
}

// mailDate formats the Date header; most clients omit the leading zero of
// the day, scripts and some tools keep it.
func mailDate(name string, t time.Time) string {
	switch name {
	case "mailer_script", "sendgrid", "constant_contact":
		return t.Format("Mon, 02 Jan 2006 15:04:05 -0700")
	}
	return t.Format("Mon, 2 Jan 2006 15:04:05 -0700")
}

// clientHeaders returns the headers peculiar to a client, in its order.
func clientHeaders(name string, s seeded, b *Brief, subject string, hasAttach bool) []field {
	lang := b.Language
	tag := lang + "-" + strings.ToUpper(lang)
	switch lang {
	case "en":
		tag = "en-GB"
		if s.intn("lang", 2) == 0 {
			tag = "en-US"
		}
	case "ja":
		tag = "ja-JP"
	case "zh":
		tag = "zh-CN"
	case "ko":
		tag = "ko-KR"
	case "uk":
		tag = "uk-UA"
	}
	switch name {
	case "outlook":
		attach := ""
		if hasAttach {
			attach = "yes"
		}
		accept := tag + ", en-US"
		if tag == "en-US" {
			accept = "en-US"
		}
		return []field{
			{"Thread-Topic", subject},
			{"Thread-Index", s.from("ti", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 30) + "=="},
			{"Accept-Language", accept},
			{"Content-Language", tag},
			{"X-MS-Has-Attach", attach},
			{"X-MS-TNEF-Correlator", ""},
		}
	case "apple_mail":
		return []field{{"X-Mailer", "Apple Mail (2.3826.400.131.1.6)"}}
	case "iphone":
		return []field{{"X-Mailer", "iPhone Mail (22F76)"}}
	case "thunderbird":
		return []field{{"User-Agent", "Mozilla Thunderbird"}, {"Content-Language", tag}}
	case "lotus_notes":
		t, _ := time.Parse(time.RFC3339, b.Date)
		return []field{
			{"X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF383 January 16, 2019"},
			{"X-MIMETrack", "Serialize by Router on MAIL01/" + strings.ToUpper(strings.Split(domainOf(b.From.Email), ".")[0]) + "(Release 9.0.1FP10HF383|January 16, 2019) at\n " + t.Format("02.01.2006 15:04:05")},
		}
	case "android":
		return []field{{"X-Mailer", "Android Mail"}}
	case "mailchimp":
		return []field{
			{"X-Mailer", "MailChimp Mailer - **CID" + s.hex("cid", 20) + "**"},
			{"X-Campaign", "mailchimp" + s.hex("camp", 10) + "." + s.hex("camp2", 10)},
			{"X-campaignid", "mailchimp" + s.hex("camp", 10) + "." + s.hex("camp2", 10)},
			{"X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.example/abuse/abuse.phtml?u=" + s.hex("u", 25)},
		}
	case "sendgrid":
		return []field{
			{"X-SG-EID", s.from("eid", alphaNum+"+/", 60)},
			{"X-Entity-ID", s.from("ent", alphaNum, 22)},
		}
	case "constant_contact":
		return []field{
			{"X-Mailer", "Roving Constant Contact 2012 (http://www.constantcontact.example)"},
			{"X-Roving-Id", s.from("rov", digits, 13) + "." + s.from("rov2", digits, 13)},
			{"X-Feedback-ID", s.from("fb", digits, 10) + ":" + s.from("fb2", digits, 10) + ":ccsend"},
		}
	case "cision":
		return []field{{"X-Mailer", "Cision Distribution Service 4.2"}, {"X-Cision-Campaign", s.hex("camp", 12)}}
	case "mailer_script":
		return []field{{"X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"}}
	}
	return nil
}

// bulkHeaders are what newsletter tools add for list handling.
func bulkHeaders(s seeded, nl newsletterInfo, b *Brief) []field {
	return []field{
		{"List-Unsubscribe", "<" + nl.unsubURL + ">,\n <mailto:unsubscribe-" + s.hex("lu", 12) + "@" + domainOf(b.From.Email) + ">"},
		{"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"},
		{"List-Id", "Media list <" + s.hex("list", 10) + ".list-id." + domainOf(b.From.Email) + ">"},
		{"Precedence", "bulk"},
	}
}

func newsletterLinks(name string, s seeded) newsletterInfo {
	host := map[string]string{"mailchimp": "us" + s.from("dc", digits, 2) + ".campaign-archive.example", "sendgrid": "u" + s.from("dc", digits, 7) + ".ct.sendgrid.example", "constant_contact": "myemail.constantcontact.example", "cision": "mailer.cision.example"}[name]
	id := s.hex("nl", 12)
	return newsletterInfo{
		viewURL:  "https://" + host + "/v/" + id,
		unsubURL: "https://" + host + "/u/" + id + "?e=" + s.hex("e", 8),
		pixelURL: "https://" + host + "/open/" + id + ".gif",
	}
}
