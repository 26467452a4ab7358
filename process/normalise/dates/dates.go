package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/prefilter"
)

// monthRE: a month word; marks count as letters, as Devanagari vowel signs
// and Arabic vowels are marks ("जून").
const monthRE = `([\p{L}\p{M}]{3,12})\.?`

// dayMonthWord is monthRE after a day: Levantine Arabic's August, "آب",
// has two letters ("5 آب 2025"), and four of its months two words ("9
// كانون الأول 2026").
const dayMonthWord = `((?:كانون|تشرين)\s+(?:الأول|الثاني)|[\p{L}\p{M}]{3,12}|آب)\.?`

// levantine is the Syriac month name that Levantine Arabic writes before
// the Gregorian one: "كانون الأول/ديسمبر", "شباط/فبراير".
const levantine = `(?:[\x{0600}-\x{06FF}]+(?:\s+[\x{0600}-\x{06FF}]+)?\s*/\s*)?`

var (
	// 19 April 2024, 12. März 2025, le 12 février 2025, 28 August; the
	// Levantine Arabic pair "1 كانون الأول/ديسمبر 2026" reads its second name
	dayMonthRE = numberPattern(`(?i)`, `(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?`+levantine+dayMonthWord+`(?:,?\s+(?:de\s+)?(\d{4}))?`)
	// April 22, 2024; SEPT. 15, 2025
	monthDayRE = monthPattern(`(?i)`, monthRE+`\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	// 27/11/2024, 11/06, and the Slovene, Czech and Croatian "31. 10. 2025"
	// (spaced only with a full year, in the pattern so that no list number
	// swallows the date after it: "1. 10 soldiers", "2. 15.03.2026")
	numericRE = numberPattern(``, `(\d{1,2})[./](?:(\d{1,2})(?:[./]\s?(\d{4}|\d{2}))?|\s(\d{1,2})[./]\s?(\d{4}))\b`)
	// 2024-05-21, 2025/9/3, and the Korean and Hungarian "2025. 11. 12.":
	// year first, then month and day.
	yearFirstRE = numberPattern(``, `(\d{4})(?:\.\s?|\s?[-/]\s?)(\d{1,2})\s?[-./]\s?(\d{1,2})\b`)
	// 2025. május 6., 2025 m. birželio 5 d.: year first, month word, day.
	yearMonthDayRE = numberPattern(`(?i)`, `(\d{4})\.?\s+(?:m\.\s+)?`+monthRE+`\s+(\d{1,2})\b\.?(?:\s*d\.)?`)
	// Latvian "2025. gada 3. jūnijā": year, day, month word.
	yearDayMonthRE = numberPattern(`(?i)`, `(\d{4})\.\s*gada\s+(\d{1,2})\.\s*`+monthRE)
	// Vietnamese "ngày 3 tháng 6 năm 2025": day, month and year named.
	vietRE = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?`)
	// 2025年6月12日, 2025년 6월 12일, 6月12日: year, month and day marked
	// by their own characters, in that order; Japanese often sets the
	// digits full-width (２０２５年６月１２日), and its government counts
	// years by era (令和７年, 令和元年: the era's first year).
	cjkRE = regexp.MustCompile(`(?:([0-9０-９]{4})\s*[年년]\s*|(令和|平成)\s*([0-9０-９]{1,2}|元)\s*年\s*)?([0-9０-９]{1,2})\s*[月월]\s*([0-9０-９]{1,2})\s*[日일号]`)
)

// finder is a pattern that finds submatches: a regexp or a startsAt.
type finder interface {
	FindStringSubmatchIndex(s string) []int
	FindAllStringSubmatchIndex(s string, n int) [][]int
}

// startsAt is a pattern that opens with \b, tried anchored only at the
// places where a match of it can start, instead of at every byte of a
// paragraph as an unanchored regexp is. Its matches are the unanchored
// pattern's, leftmost first.
type startsAt struct {
	re *regexp.Regexp // the pattern after its \b, anchored
	// next is the first place at or after from where a match can
	// start, or -1.
	next func(s string, from int) int
}

// numberPattern is `flags\b` + expr, which must open with a digit: it
// can start only where a number does.
func numberPattern(flags, expr string) startsAt {
	return startsAt{regexp.MustCompile(flags + `^` + expr), nextNumber}
}

// monthPattern is `flags\b` + expr, which must open with 3 to 12 letters
// or marks and an optional full stop, then white space and a digit: it
// can start only among the last letters before a space and a digit.
func monthPattern(flags, expr string) startsAt {
	return startsAt{regexp.MustCompile(flags + `^` + expr), nextMonth}
}

func (p startsAt) FindStringSubmatchIndex(s string) []int {
	if ms := p.FindAllStringSubmatchIndex(s, 1); ms != nil {
		return ms[0]
	}
	return nil
}

func (p startsAt) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	for i := p.next(s, 0); i >= 0 && (n < 0 || len(out) < n); i = p.next(s, i+1) {
		// \b: a word byte on one side only.
		if (i > 0 && prefilter.WordByte(s[i-1])) == prefilter.WordByte(s[i]) {
			continue
		}
		m := p.re.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1] - 1 // the next match starts after this one, which is never empty
	}
	return out
}

// nextNumber is where the next run of ASCII digits starts.
func nextNumber(s string, from int) int {
	for i := from; i < len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) {
			return i
		}
	}
	return -1
}

// nextMonth is the next place where a month word before a day can
// start: one of the last 3 to 12 letters or marks before an optional
// full stop, \s and a digit.
func nextMonth(s string, from int) int {
	for j := max(from+1, 1); j < len(s); j++ {
		if !isDigit(s[j]) || !isSpace(s[j-1]) {
			continue
		}
		k := j - 1
		for k > 0 && isSpace(s[k-1]) {
			k--
		}
		if k > 0 && s[k-1] == '.' {
			k--
		}
		var run [12]int // the letters' starts, last first
		n := 0
		for n < len(run) && k > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:k])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) {
				break
			}
			k -= size
			run[n] = k
			n++
		}
		for i := n - 1; i >= 2; i-- {
			if run[i] >= from {
				return run[i]
			}
		}
	}
	return -1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// DateMatch is a calendar date found in text; year 0 means none written.
type DateMatch struct {
	Year       int
	Month      time.Month
	Day        int
	Start, End int
}

// FindDate returns the first date in s. Numeric dates are day-first
// unless usFirst (a US time zone or sender says month-first).
func FindDate(s string, usFirst, allowNumericNoYear bool) (DateMatch, bool) {
	best := DateMatch{Start: -1}
	if !hasDigit(s) {
		return best, false // every pattern has one: most paragraphs are done here
	}
	// A pattern runs only on text with what it needs: a space before a
	// digit when a month word comes before the day, four digits for a
	// year first, "tháng", a month mark, a hyphen, a dot or slash.
	spaceDigit, year := spaceBeforeDigit(s), fourDigits(s)
	findAll := func(re finder, ok bool, n int) [][]int {
		if !ok {
			return nil
		}
		return re.FindAllStringSubmatchIndex(s, n)
	}
	find := func(re finder, ok bool) []int {
		if !ok {
			return nil
		}
		return re.FindStringSubmatchIndex(s)
	}
	try := func(m DateMatch) {
		if m.Year >= 2400 && m.Year <= 2800 {
			m.Year -= 543 // Thai releases count years from the Buddha's death
		}
		if m.Month >= 1 && m.Month <= 12 && m.Day >= 1 && m.Day <= 31 && (best.Start < 0 || m.Start < best.Start) {
			best = m
		}
	}
	for _, m := range dayMonthRE.FindAllStringSubmatchIndex(s, 20) {
		if mon, ok := Month(s[m[4]:m[5]]); ok {
			try(DateMatch{Year: atoiSpan(s, m[6], m[7]), Month: mon, Day: atoiSpan(s, m[2], m[3]), Start: m[0], End: m[1]})
			break
		}
	}
	for _, m := range findAll(monthDayRE, spaceDigit, 20) {
		if mon, ok := Month(s[m[2]:m[3]]); ok {
			try(DateMatch{Year: atoiSpan(s, m[6], m[7]), Month: mon, Day: atoiSpan(s, m[4], m[5]), Start: m[0], End: m[1]})
			break
		}
	}
	for _, m := range findAll(yearMonthDayRE, spaceDigit && year, 20) {
		if mon, ok := Month(s[m[4]:m[5]]); ok {
			try(DateMatch{Year: atoiSpan(s, m[2], m[3]), Month: mon, Day: atoiSpan(s, m[6], m[7]), Start: m[0], End: m[1]})
			break
		}
	}
	for _, m := range findAll(yearDayMonthRE, spaceDigit && year, 20) {
		if mon, ok := Month(s[m[6]:m[7]]); ok {
			try(DateMatch{Year: atoiSpan(s, m[2], m[3]), Month: mon, Day: atoiSpan(s, m[4], m[5]), Start: m[0], End: m[1]})
			break
		}
	}
	if m := find(vietRE, strings.ContainsAny(s, "áÁ")); m != nil {
		try(DateMatch{Year: atoiSpan(s, m[6], m[7]), Month: time.Month(atoiSpan(s, m[4], m[5])), Day: atoiSpan(s, m[2], m[3]), Start: m[0], End: m[1]})
	}
	if m := find(cjkRE, strings.ContainsAny(s, "月월")); m != nil {
		y := atoiSpan(s, m[2], m[3])
		if m[4] >= 0 {
			y = eraYear(s[m[4]:m[5]], s[m[6]:m[7]])
		}
		try(DateMatch{Year: y, Month: time.Month(atoiSpan(s, m[8], m[9])), Day: atoiSpan(s, m[10], m[11]), Start: m[0], End: m[1]})
	}
	if m := find(yearFirstRE, year); m != nil {
		try(DateMatch{Year: atoiSpan(s, m[2], m[3]), Month: time.Month(atoiSpan(s, m[4], m[5])), Day: atoiSpan(s, m[6], m[7]), Start: m[0], End: m[1]})
	}
	for _, m := range findAll(numericRE, strings.ContainsAny(s, "./"), 4) {
		month, year := m[4:6], m[6:8]
		if m[8] >= 0 { // spaced
			month, year = m[8:10], m[10:12]
		}
		if year[0] < 0 && !allowNumericNoYear {
			continue
		}
		a, b := atoiSpan(s, m[2], m[3]), atoiSpan(s, month[0], month[1])
		day, mon := a, b
		if usFirst && a <= 12 || b > 12 {
			day, mon = b, a
		}
		y := atoiSpan(s, year[0], year[1])
		if y > 0 && y < 100 {
			y += 2000
		}
		try(DateMatch{Year: y, Month: time.Month(mon), Day: day, Start: m[0], End: m[1]})
		break
	}
	return best, best.Start >= 0
}

// FindDateStartingBy is FindDate for a date that must start within the
// first maxStart bytes, as a dateline's does. It reads only a window a
// little longer than that, the cost of FindDate on a long paragraph being
// the patterns tried at every byte of it.
func FindDateStartingBy(s string, maxStart int, usFirst, allowNumericNoYear bool) (DateMatch, bool) {
	if n := maxStart + dateWindow; len(s) > n && !longSpaceRun(s[:n]) {
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	d, ok := FindDate(s, usFirst, allowNumericNoYear)
	return d, ok && d.Start <= maxStart
}

// dateWindow is how far past its start a date match may read. Apart from
// white space the longest reads about 62 bytes ("12th of septiembre, de
// 2025" in four-byte letters); each pattern has at most six \s runs, so
// while no run in the window is longMatchSpace long, a match reads at most
// 62 + 6×15 bytes and one more to test a word boundary: no match starting
// by maxStart reads to the window's end, and the window finds the same
// matches there as the whole text.
const (
	dateWindow     = 160
	longMatchSpace = 16
)

// longSpaceRun says whether s holds longMatchSpace bytes of \s in a row.
func longSpaceRun(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			run++
			if run >= longMatchSpace {
				return true
			}
		default:
			run = 0
		}
	}
	return false
}

// spaceBeforeDigit says whether a \s byte stands right before an ASCII
// digit ("June 3").
func spaceBeforeDigit(s string) bool {
	for i := 1; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			switch s[i-1] {
			case ' ', '\t', '\n', '\f', '\r':
				return true
			}
		}
	}
	return false
}

// fourDigits says whether s holds four ASCII digits in a row.
func fourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// hasDigit says whether s holds an ASCII or a full-width digit
// (U+FF10–U+FF19, encoded EF BC 90–99).
func hasDigit(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for i := strings.Index(s, "\xef\xbc"); i >= 0 && i+2 < len(s); i = strings.Index(s, "\xef\xbc") {
		if s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
		s = s[i+2:]
	}
	return false
}

// eraYear is the Gregorian year of a Japanese era's year n ("元" is its
// first): Reiwa began in 2019, Heisei in 1989.
func eraYear(era, n string) int {
	y := 1
	if n != "元" {
		y = atoiSpan(n, 0, len(n))
	}
	if era == "令和" {
		return 2018 + y
	}
	return 1988 + y
}

func atoiSpan(s string, i, j int) int {
	if i < 0 {
		return 0
	}
	n, _ := strconv.Atoi(strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0' // full-width digits
		}
		return r
	}, s[i:j]))
	return n
}

// ResolveYear gives a date without a year the year that puts it nearest
// the email's own date: a release sent in late December about 2 January
// means the coming year.
func ResolveYear(d DateMatch, ref *time.Time) (DateMatch, bool) {
	if d.Year != 0 {
		return d, true
	}
	if ref == nil {
		return d, false
	}
	best, bestDist := 0, time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := time.Date(y, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
		dist := t.Sub(*ref)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	d.Year = best
	return d, true
}

// Valid says whether the date exists in the calendar.
func (d DateMatch) Valid() bool {
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day && t.Month() == d.Month && d.Year >= 1900 && d.Year <= 2200
}

func (d DateMatch) ISO() string {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}
