package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

// prepared is the blocks as the contact readers take them: columns a
// block each, the sender's signature cut, lines a script wrapped
// rejoined, entries run together on one line split, spelt addresses
// written out.
func prepared(bs []block.Block) []block.Block {
	return readable(entryLines(rejoined(unsigned(columns(headedColumns(lineRuns(columnLabels(linked(uncredited(bs))))))))))
}

// uncredited drops the credit lines of pictures ("Photo: Jane Smith /
// MOD", "Fotó: Magyar Honvédség / Kovács Dániel őrmester", "写真：…"),
// which name a photographer, not a contact; a line with an address or
// a number is kept ("Photos: photodesk@…" is read as another purpose).
// The blocks are copied only when a line goes.
func uncredited(bs []block.Block) []block.Block {
	var out []block.Block
	for i, b := range bs {
		var kept []string
		for _, l := range b.Lines {
			if !creditLine.MatchString(l) || EmailRE.MatchString(l) || firstPhone([]string{l}) != "" {
				kept = append(kept, l)
			}
		}
		if len(kept) == len(b.Lines) {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append([]block.Block{}, bs[:i]...)
		}
		if len(kept) > 0 {
			out = append(out, block.Block{Kind: b.Kind, Lines: kept})
		}
	}
	if out == nil {
		return bs
	}
	return out
}

// creditLine: a line opening with a picture's credit label, numbered or
// not ("Photo:", "Photo 2:", "Foto:", "Fotó:", "Фото:", "Φωτογραφία:",
// "Zdjęcie:", "Kuva:", "Bild:", "写真：", "照片：", "사진=", "صورة:").
var creditLine = prefilter.MustCompile(`(?i)^[^\p{L}\p{N}]*(?:photo(?:graph)?s?|pictures?|images?|(?:photo\s+)?credits?|foto(?:grafi[ae]|graf|s)?|fotó|fotoğraf|fotka|фото(?:графия)?|φωτογραφία|φωτο|zdjęci[ea]|kuva|bild(?:er)?|ảnh|写真|照片|图片|圖片|사진|صورة|תמונה|ภาพ)(?:\s*\d+)?\s*[:：=]`)

// headedColumns reads the heading row of a table laid out a contact to
// a column, as an HTML table without header cells gives it: a block of
// headings, one a line ("Media contact" over "Investor contact"), over
// as many blocks of entries, each with a number or an address. Each
// heading goes to the top of its column's entry, so that the investor
// heading does not stand over the media contact's entry. The blocks are
// copied only when a table is found.
func headedColumns(bs []block.Block) []block.Block {
	var out []block.Block
	for i := 0; i < len(bs); i++ {
		lines := bs[i].Lines
		n := len(lines)
		if n < 2 || n > 4 || i+n >= len(bs) || !allHeadings(lines) {
			out = append(out, bs[i])
			continue
		}
		entries := bs[i+1 : i+1+n]
		ok := true
		for _, e := range entries {
			t := e.Text()
			ok = ok && !allHeadings(e.Lines) && (EmailRE.MatchString(t) || PhoneLine(t))
		}
		if !ok {
			out = append(out, bs[i])
			continue
		}
		for j, e := range entries {
			out = append(out, block.Block{Kind: e.Kind, Lines: append([]string{lines[j]}, e.Lines...)})
		}
		i += n
	}
	return out
}

// allHeadings: every line is a contact heading of its own ("Media
// contact", "Investor Relations:").
func allHeadings(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t == "" || len(strings.Fields(t)) > 5 || !(ContactLabel.MatchString(t) || investor.MatchString(t)) || EmailRE.MatchString(t) || PhoneLine(t) {
			return false
		}
	}
	return true
}

// columnLabels writes a table's phone column title before the number in
// each row under it ("Name | Designation | Phone | Email" over "Nur
// Aisyah Rahman | … | 6555 2291 | nur@…"): a number written without a
// trunk prefix or country code reads as a phone only when labelled.
// The rows may be a block each; a line of another width ends the table.
// The blocks are copied only when one changes.
func columnLabels(bs []block.Block) []block.Block {
	var titles []string
	phone := -1 // the phone column under titles, -1 when none
	return relined(bs, func(b block.Block) []string {
		var lines []string
		changed := false
		for _, l := range b.Lines {
			row := strings.TrimSpace(l) // the cells' offsets are the trimmed row's: "\tNur …\t6555 2291"
			cells := tableCell.Split(row, -1)
			switch {
			case len(cells) >= 2 && columnTitles(l):
				titles, phone = cells, slices.IndexFunc(cells, func(c string) bool { return labelledFirst.MatchString(c + " 0000000") })
			case len(cells) != len(titles):
				phone = -1
			case phone >= 0 && digitCount(cells[phone]) >= 7 && !labelledFirst.MatchString(cells[phone]):
				at := tableCell.FindAllStringIndex(row, -1)
				start := 0
				if phone > 0 {
					start = at[phone-1][1]
				}
				l = row[:start] + titles[phone] + ": " + row[start:]
				changed = true
			}
			lines = append(lines, l)
		}
		if !changed {
			return nil
		}
		return lines
	})
}

// tableCell separates the cells of a table's row, as a text part or
// the HTML reader writes them.
var tableCell = prefilter.MustCompile(`\s*\|\s*|\t+`)

// linked writes the address of a numbered link reference where its
// marker stands, as a text rendering of HTML lists links under the text
// ("Media enquiries: Email the Press Office[1]" over "1.
// mailto:newsroom@…"), and drops the reference's line. The blocks are
// copied only when a marker is found.
func linked(bs []block.Block) []block.Block {
	refs := map[string]string{}
	for _, b := range bs {
		for _, l := range b.Lines {
			if m := mailtoRef.FindStringSubmatch(l); m != nil {
				refs[m[1]] = m[2]
			}
		}
	}
	if len(refs) == 0 {
		return bs
	}
	return relined(bs, func(b block.Block) []string {
		var lines []string
		changed := false
		for _, l := range b.Lines {
			if mailtoRef.MatchString(l) {
				changed = true
				continue
			}
			w := refMarker.ReplaceAllStringFunc(l, func(m string) string {
				if addr, ok := refs[strings.Trim(m, "[]")]; ok {
					return ", " + addr
				}
				return m
			})
			changed = changed || w != l
			lines = append(lines, w)
		}
		if !changed {
			return nil
		}
		if len(lines) == 0 {
			lines = []string{""}
		}
		return lines
	})
}

var (
	// mailtoRef: a numbered link reference to an address ("1.
	// mailto:newsroom@…", "[1]: mailto:…").
	mailtoRef = regexp.MustCompile(`(?i)^\s*\[?(\d{1,2})\]?[.:]?\s+mailto:([^\s?>]+@[^\s?>]+)\s*$`)
	// refMarker: a link's reference number in the text ("Press Office[1]").
	refMarker = prefilter.MustCompile(`\[\d{1,2}\]`)
)

// lineRuns joins a run of blocks of one short line each into one block:
// a text part without blank lines, or a document with a paragraph a
// line, gives each line of a contact block a block of its own ("Contacto
// de prensa:", "Marta Ibáñez", "Gabinete de Comunicación", "Tel. 947 …").
// A line that ends a sentence or opens the about section ends a run;
// after a number or an address only numbers and addresses go on with it
// (not "Website: …", nor "Sent from my iPhone", nor another person's
// entry of a name and a number). The blocks are copied
// only when two join.
func lineRuns(bs []block.Block) []block.Block {
	short := func(b block.Block) bool {
		t := strings.TrimSpace(b.Text())
		return len(b.Lines) == 1 && b.Words() <= 12 && t != "" && !strings.ContainsAny(LastRune(t), ".!?。") && !AboutRE.MatchString(t)
	}
	reach := func(b block.Block) bool { return EmailRE.MatchString(b.Text()) || PhoneLine(b.Text()) }
	reached := false // the run so far has a number or an address
	return joinBlocks(bs, func(i int) bool {
		b := bs[i]
		isShort := short(b)
		joins := i > 0 && isShort && short(bs[i-1]) && (!reached || reach(b) && !entryLine(b.Text()))
		reached = isShort && (joins && reached || reach(b)) // only a short block may go on with the next
		return joins
	})
}

// joinBlocks appends each block for which joins says so to the block
// before it. joins is asked about every block, in order. The blocks are
// copied only when two join; else bs itself comes back.
func joinBlocks(bs []block.Block, joins func(i int) bool) []block.Block {
	var out []block.Block
	for i, b := range bs {
		if joins(i) {
			if out == nil {
				out = append([]block.Block(nil), bs[:i]...)
			}
			last := &out[len(out)-1]
			last.Lines = append(append([]string(nil), last.Lines...), b.Lines...)
			continue
		}
		if out != nil {
			out = append(out, b)
		}
	}
	if out == nil {
		return bs
	}
	return out
}

// entryLines puts each entry of a line that runs several together at
// semicolons on a line of its own ("Kontakt: Anna Lis, tel. …, anna@…;
// Jan Wit, tel. …"), when each has a number or an address; the blocks
// are copied only when one changes.
func entryLines(bs []block.Block) []block.Block {
	return relined(bs, func(b block.Block) []string {
		var lines []string
		for _, l := range b.Lines {
			parts := strings.Split(l, ";")
			for _, p := range parts {
				if len(parts) > 1 && !EmailRE.MatchString(p) && !PhoneLine(p) {
					parts = []string{l}
					break
				}
			}
			for _, p := range parts {
				lines = append(lines, strings.TrimSpace(p))
			}
		}
		if len(lines) == len(b.Lines) {
			return nil
		}
		return lines
	})
}

// relined gives each block the lines f makes of it, copying bs only when
// f changes one; f returns nil to leave its block as it is.
func relined(bs []block.Block, f func(block.Block) []string) []block.Block {
	var out []block.Block
	for i, b := range bs {
		lines := f(b)
		if lines == nil {
			continue
		}
		if out == nil {
			out = append([]block.Block(nil), bs...)
		}
		out[i].Lines = lines
	}
	if out == nil {
		return bs
	}
	return out
}

// rejoined joins the lines of an entry that a script wrapped at its
// width ("Jo Reed | … | T: +44 131 555" over "0142 | E: jo.reed@…"): a
// long line that the next line's first word would have carried past 72
// columns. The blocks are copied only when one changes.
func rejoined(bs []block.Block) []block.Block {
	return relined(bs, func(b block.Block) []string {
		var lines []string
		for k := 0; k < len(b.Lines); k++ {
			l := b.Lines[k]
			for k+1 < len(b.Lines) && wrappedAt(b.Lines[k], b.Lines[k+1]) {
				k++
				l += " " + strings.TrimSpace(b.Lines[k])
			}
			lines = append(lines, l)
		}
		if len(lines) == len(b.Lines) {
			return nil
		}
		return lines
	})
}

// wrappedAt: line l was cut at a wrapping width before next, which goes
// on with it: after a separator, or in lower case or digits, not with a
// label of its own.
func wrappedAt(l, next string) bool {
	n := utf8.RuneCountInString(l)
	first := strings.Fields(next)
	if n < 40 || n > 80 || len(first) == 0 || n+1+utf8.RuneCountInString(first[0]) <= 72 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first[0])
	// An address on a line of its own starts in lower case too.
	goesOn := (unicode.IsLower(r) || unicode.IsDigit(r)) && !EmailRE.MatchString(first[0]) || openEnd.MatchString(l)
	return goesOn && !lineLabel.MatchString(next) && !ContactLabel.MatchString(next)
}

// openEnd: a line that ends in a separator or a joining word.
var openEnd = prefilter.MustCompile(`(?i)(?:[,|/·–—-]|\s(?:or|and|oder|und|ou|et|o|y|e))\s*$`)

// unsigned cuts the sender's signature from the blocks: the lines after
// a sign-off ("Kind regards,", "--", "Mit freundlichen Grüßen") up to a
// contact heading. A signature gives the sender's own details, a media
// contact only when its role is a press one ("Jo Reed / Press Officer").
func unsigned(bs []block.Block) []block.Block {
	for i, b := range bs {
		for k, l := range b.Lines {
			if !SignOff.MatchString(l) {
				continue
			}
			out := append([]block.Block(nil), bs[:i]...)
			if k > 0 {
				out = append(out, block.Block{Kind: b.Kind, Lines: b.Lines[:k]})
			}
			sig := append([]block.Block{{Kind: b.Kind, Lines: b.Lines[k:]}}, bs[i+1:]...)
			for j, sb := range sig {
				if t := sb.Text(); ContactLabel.MatchString(t) || spokesRole.MatchString(t) || pressLine.MatchString(t) {
					return append(out, sig[j:]...)
				}
			}
			return out
		}
	}
	return bs
}

// SignOff: a line that closes a letter before the sender's signature,
// in the desk's languages.
var SignOff = prefilter.MustCompile(`(?i)^\s*(?:--|(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|best|regards|thanks|thank\s+you|cheers|sincerely|yours\s+(?:sincerely|faithfully|truly)|mit\s+(?:freundlichen|besten)\s+grüßen|(?:viele|beste|liebe|freundliche)\s+grüße|(?:bien\s+)?cordialement|bien\s+à\s+vous|salutations|(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|(?:cordiali|distinti)\s+saluti|(?:un\s+)?saluto|saluti|cumprimentos|atenciosamente|(?:met\s+)?vriendelijke\s+groet(?:en)?|groet(?:en)?|mvh|pozdrawiam|z\s+poważaniem|med\s+vänlig\s+hälsning|vänliga\s+hälsningar|med\s+venlig\s+hilsen|venlig\s+hilsen|med\s+vennlig\s+hilsen|ystävällisin\s+terveisin|terveisin|s\s+pozdravem|üdvözlettel|cu\s+stimă|saygılarımızla|με\s+εκτίμηση|с\s+уважением|з\s+повагою|с\s+уважение|` +
	`s\s+poštovanjem|srdačan\s+pozdrav|lep\s+pozdrav|s\s+úctou|lugupidamisega|ar\s+cieņu|pagarbiai|trân\s+trọng|hormat\s+(?:kami|saya)|` +
	`בברכה|בכבוד\s+רב|مع\s+(?:خالص\s+)?(?:التحية|التحيات|تحياتي)|وتفضلوا\s+بقبول\s+فائق\s+الاحترام|ขอแสดงความนับถือ|敬具|此致(?:敬礼|敬禮)?|감사합니다|よろしくお願い(?:いた)?します)[\s,.!،]*$`)

// columns reads a block laid out in tab-separated columns, a person to a
// column ("Jo Reed\tSam Patel" over their numbers, then their
// addresses), as a block per column after the heading lines above them.
func columns(bs []block.Block) []block.Block {
	var out []block.Block
	for _, b := range tabRows(bs) {
		var head []string
		var rows [][]string
		for _, l := range b.Lines {
			cells := strings.FieldsFunc(l, func(r rune) bool { return r == '\t' })
			if len(cells) <= 1 && rows == nil {
				head = append(head, l)
				continue
			}
			rows = append(rows, cells)
		}
		if len(rows) < 2 || len(rows[0]) < 2 || !sameWidth(rows) || entryRows(rows) {
			out = append(out, b)
			continue
		}
		if head != nil {
			out = append(out, block.Block{Kind: b.Kind, Lines: head})
		}
		for j := range rows[0] {
			col := block.Block{Kind: b.Kind}
			for _, r := range rows {
				col.Lines = append(col.Lines, strings.TrimSpace(r[j]))
			}
			out = append(out, col)
		}
	}
	return out
}

// tabRows joins the blocks of a table's rows that a text part without
// blank lines gives a block each: consecutive blocks whose every line
// holds a tab. The blocks are copied only when two join.
func tabRows(bs []block.Block) []block.Block {
	tabbed := func(b block.Block) bool {
		for _, l := range b.Lines {
			if !strings.Contains(l, "\t") {
				return false
			}
		}
		return true
	}
	return joinBlocks(bs, func(i int) bool { return i > 0 && tabbed(bs[i]) && tabbed(bs[i-1]) })
}

// entryRows: the table has an entry a row ("Jo Reed\t+44 …\tjo@…" over
// "Sam Patel\t+44 …\tsam@…"), not a person a column: no row holds two
// addresses, and two rows hold one each.
func entryRows(rows [][]string) bool {
	with := 0
	for _, r := range rows {
		n := 0
		for _, c := range r {
			if EmailRE.MatchString(c) {
				n++
			}
		}
		if n > 1 {
			return false
		}
		with += n
	}
	return with >= 2
}

// sameWidth: every row has as many cells as the first.
func sameWidth(rows [][]string) bool {
	for _, r := range rows {
		if len(r) != len(rows[0]) {
			return false
		}
	}
	return true
}
