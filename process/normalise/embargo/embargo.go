package embargo

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/dates"
	"newsdesk/process/normalise/prefilter"
)

// Statement is what one embargo statement says.
type Statement struct {
	Found     bool // the text states an embargo (or says there is none)
	Immediate bool // "for immediate release", "embargo: none"
	Leading   bool // the line opens with the statement, as a label: not prose
	Until     time.Time
	Resolved  bool // until is a real instant
	AssumedTZ bool // no zone written: the email's own offset was used
}

// The branches of keyRE that are not lists of phrases (key.go groups
// them).
var (
	// "not to be published before", "not for release until"
	notBeforeRE = `\bnot\s+(?:to\s+be\s+)?(?:for\s+)?(?:published|publication|released?|broadcast|used?)\b[^.\n]{0,40}?\b(?:before|until|till|prior\s+to)\b`
	// Permission phrased: "divulgação permitida apenas após …",
	// "publication allowed only from …".
	permittedRE = `(?:divulga[çc][ãa]o|publica[çc][ãa]o|publicaci[óo]n|difusi[óo]n|diffusion|publication|ver[öo]ffentlichung|pubblicazione)\s+(?:\p{L}+\s+)?(?:permitid[ao]|autorizad[ao]|autoris[ée]e|allowed|permitted|erlaubt|consentita)\s+(?:apenas\s+|somente\s+|s[óo]\s+|s[óo]lo\s+|only\s+|seulement\s+|erst\s+)?(?:ap[óo]s|a\s+partir\s+d[eao]s?|despu[ée]s\s+de|after|from|apr[èe]s|à\s+partir\s+d[eu]s?|ab|nach|dopo)`
	// The negative "no publicar antes de …", "ne pas publier avant …".
	notToPublishRE = `\b(?:no|não|nao|ne\s+pas|nicht|non)\s+(?:publicar|divulgar|difundir|publier|diffuser|ver[öo]ffentlichen|pubblicare)\s+(?:antes\s+d[eao]s?|avant|vor|prima\s+d[ei]ll?[ea]?)`
	// A line that opens with the release time states when it may run
	// (keyRE anchors it at the start): "FOR RELEASE AT 00.01", "Release
	// date and time: …". "For immediate release" is a label, read by the
	// immediate pattern.
	releaseStartRE = `\W*(?:for\s+release|release\s+(?:date|time)(?:\s*(?:and|&|/)\s*(?:date|time))?|publication\s+(?:date|time))(?:\s+(?:at|on|from|after))?\b` +
		`|[^\p{L}\d]*(?:` + phraseRE(releaseLabels) + `)\s*[:：]`
)

// EmbargoKey finds an embargo statement: the cue phrases of every
// language (cues.go) and the English and Romance shapes a list of phrases
// cannot hold.
var EmbargoKey = Key{keyRE, groupKey()}

var (
	keyRE = regexp.MustCompile(`(?i)\b(?:strictly\s+)?(?:under\s+)?embargo(?:ed)?\b|` + notBeforeRE +
		`|` + phraseRE(allPhrases(func(c cue) []string { return c.phrases })) + `|embarg|` + permittedRE + `|` + notToPublishRE +
		`|^(?:` + releaseStartRE + `)`)
	immediate = prefilter.MustCompile(`(?i)^\W*(?:for\s+)?(?:(?:immediate(?:ly)?|none|n/?a|nil|no\s+embargo|lifted|not\s+embargoed|sofort\w*|imm[ée]diat\w*|inmediat\w*|imediat\w*|immediat\w*|välittömästi|omedelbar\w*|umiddelbar\w*|øjeblikkelig\w*|natychmiast\w*|ihned|azonnal\w*|hemen)\b|немедленно|негайно|立即|即時|즉시` +
		// "none" in other languages only when it is all the line says:
		// "Sperrfrist: keine Veröffentlichung vor …" is an embargo.
		`|(?:ningun[oa]|aucune?|keine?|geen|nessuno|nenhum|ingen|brak|yok|žádné|нет|немає|няма|无|無|なし|없음)[\s.)]*$)`)
	// noInstant: "until further notice" and its kin name no instant.
	noInstant = prefilter.MustCompile(`(?i)further\s+notice|to\s+be\s+(?:confirmed|announced|advised)|\btbc\b|\btba\b|nader\s+bericht|nadere\s+kennisgeving|auf\s+weiteres|nouvel\s+(?:ordre|avis)|nuevo\s+aviso|(?:nuovo|ulteriore)\s+avviso|novo\s+aviso|segunda\s+ordem|tills\s+vidare|inntil\s+videre|indtil\s+videre|toistaiseksi|odwołania|odvolání|особого\s+распоряжения|дальнейшего\s+уведомления|подальшого\s+повідомлення|ikinci\s+bir\s+duyuru|aksi\s+bildiril|νεοτέρας|νεότερης|إشعار\s+آخر|הודעה\s+חדשה|追って|另行通知|추후`)
	untilRE   = phraseRE(allPhrases(func(c cue) []string { return c.until }))
	// embargoLead is the "until" that joins an embargo word to its instant.
	embargoLead = regexp.MustCompile(`(?i)^(?:[\s:\-–—,：]|(?:` + untilRE + `|is|jusqu'?(?:au|à)|fino\s+al)(?:[\s:\-–—,：]|$))*`)
	// embargoFollows is what comes after an embargo word that states one:
	// "Embargoed until", "Embargo:", "embargo torsdag kl. 09"; "an arms
	// embargo on" does not.
	embargoFollows = regexp.MustCompile(`(?i)^[\s"'“”]*(?::|：|-|–|—|\d|[０-９]|for\b|immediate|none|\(|（|` + untilRE + `)`)
	// lineStart: only marks and intensifiers before the embargo word
	// ("STRICTLY", "ΑΥΣΤΗΡΑ ΥΠΟ", "sous", "строго").
	lineStart = prefilter.MustCompile(`(?i)^[^\p{L}\d]*(?:(?:strictly|strikt|strengt?|stricte(?:ment)?|estrictamente|rigorosamente|ściśle|přísně|prísne|szigorúan|строго|αυστηρ[αά]|υπ[οό]|tiukasti|kesinlikle|under|sous|bajo|sotto|sob|onder|pod|под|pid|під)[^\p{L}\d]+){0,2}$`)
)

// hint is a cheap test that a text may state an embargo: it holds a word
// of every cue the full pattern can match.
func hint(t string) bool {
	return hintWords.Any(dates.Fold(t), func(int, string) bool { return true })
}

// ParseEmbargo reads one line that may state an embargo. ref is the
// email's Date (its year and offset fill what the line leaves out).
func ParseEmbargo(line string, ref *time.Time) Statement {
	loc := EmbargoKey.FindStringIndex(line)
	if loc == nil {
		return Statement{}
	}
	// The cue's word goes on to its end: "embargó", "embargado"; in
	// scripts without spaces the next letters are the next words.
	end := loc[1]
	for end < len(line) && isLatinOrCyrillic(line[loc[0]:loc[1]]) {
		r, n := utf8.DecodeRuneInString(line[end:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) {
			break
		}
		end += n
	}
	before, rest := line[:loc[0]], line[end:]
	leading := lineStart.MatchString(before)
	// A cue that ends the line closes a statement whose instant comes
	// first, in languages that put the verb last ("12 Haziran 2025 saat
	// 10.00'a kadar yayımlanamaz", "06:00 이후 보도"), and so does a
	// request to report only after the instant followed by its polite
	// ending ("… 이후에 보도해 주시기 바랍니다").
	key := strings.ToLower(line[loc[0]:loc[1]])
	trailing := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 ||
		request(key) && politeEnd.MatchString(rest)
	// A request states an embargo only where it ends, and a Chinese one
	// only where it asks: "06:00 이후 보도된 의혹", "3月5日後發布新產品"
	// and "新版本将于2026年后发布。" are prose.
	if request(key) && !zhAsks(key, before) {
		trailing = false
	}
	// A bracket closes a statement as the line's end does: "【3月5日10:00解禁】…".
	trailing = trailing || closedByBracket(before, rest)
	joined := trailing || !request(key) && (embargoFollows.MatchString(rest) || weekdayFollows(rest))
	stated := leading || joined || strings.HasSuffix(key, "before") || strings.HasSuffix(key, "until")
	// "解禁" names the lifting itself: without an instant ("【解禁】新商品",
	// "情報解禁！") it says the news is out now, unless it heads a time to
	// come ("解禁日時：追ってご連絡します").
	if strings.HasSuffix(key, "解禁") && !namesAnInstant(line) &&
		!strings.ContainsAny(firstRune(rest), "日時时期:：") {
		stated = false
	}
	if !stated {
		return Statement{}
	}
	// A label, not a sentence that starts with the word ("Embargo
	// violations rose in 2024"): it opens the line and is joined to its
	// instant or ends there.
	leading = leading && joined
	rest = embargoLead.ReplaceAllString(rest, "")
	if len(rest) > 160 {
		rest = rest[:160]
	}
	e := Statement{Found: true, Leading: leading}
	if immediate.MatchString(rest) {
		e.Immediate = true
		return e
	}
	if noInstant.MatchString(rest) {
		return e
	}
	text := rest
	if trailing {
		text = before
	}
	e.Until, e.Resolved, e.AssumedTZ = readInstant(text, ref)
	return e
}

// request says whether a cue is a request to report only after an
// instant (Korean, Japanese, Chinese).
func request(key string) bool {
	key = strings.Join(strings.Fields(key), " ")
	return slices.Contains(koRequests, key) || slices.Contains(jaRequests, key) || slices.Contains(zhRequests, key)
}

// cjk: a letter of Chinese, Japanese or Korean text, or one of their
// brackets and full-width forms.
func cjk(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}

// namesAnInstant: s holds a date or a clock, not just a figure ("第2弾").
func namesAnInstant(s string) bool {
	s = digits.Replace(s)
	_, found := dates.FindDate(s, false, true)
	_, _, _, clock := findClock(s)
	return found || clock || strings.ContainsAny(s, "０１２３４５６７８９")
}

// eastAsian: a zone of China's, Japan's or Korea's offset (+8, +9).
func eastAsian(zone *time.Location) bool {
	_, off := time.Date(2025, 1, 1, 0, 0, 0, 0, zone).Zone()
	return off == 8*3600 || off == 9*3600
}

func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return strings.TrimSpace(s)[:n]
}

// zhAsks: a Chinese request to publish after an instant says "please,
// at" or "only" in its own sentence before it ("請於…後發布", "限…後發布")
// or asks in itself ("…前請勿發布"); the other languages' requests ask in
// their endings (politeEnd). A 請 of another sentence or clause
// ("詳情請見官網。…後發布", "如有疑問請聯繫我們，…後發布") and the 限 of a
// word ("有限公司", "限量版") ask nothing.
func zhAsks(key, before string) bool {
	if !slices.Contains(zhRequests, key) || strings.ContainsAny(key, "请請始方") {
		return true
	}
	sentence := before
	if i := strings.LastIndexAny(before, "。！？；;!?"); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		sentence = before[i+n:]
	}
	return zhPlease.MatchString(sentence)
}

// zhPlease: "please, at" or "only" right before the instant ("請於",
// "请于", "請在", "限6月12日…", "限於…").
var zhPlease = regexp.MustCompile(`[请請]\s*[於于在]|限\s*(?:[於于在]|\d|[０-９])`)

// closedByBracket: the cue ends a bracketed part that holds a figure
// ("【限3月5日10:00解禁】", "(6/12 10:00 이후 보도)"); a bracketed word alone
// ("【解禁】新商品") is a label, not an embargo.
func closedByBracket(before, rest string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	closer := strings.IndexRune("】）)]」』", r)
	if closer < 0 {
		return false
	}
	opener := []rune("【（([「『")[utf8.RuneCountInString("】）)]」』"[:closer])]
	i := strings.LastIndex(before, string(opener))
	return i >= 0 && strings.ContainsAny(before[i:], "0123456789０１２３４５６７８９")
}

// readInstant reads the instant of an embargo statement: its clock, zone
// and date; a day without a clock lifts at its start; no zone means the
// sender's own offset.
func readInstant(s string, ref *time.Time) (until time.Time, resolved, assumed bool) {
	s = digits.Replace(s)
	if t, ok := dateTimeGroup(s); ok {
		return t, true, false
	}
	// The clock and zone come out first, so "11/06" or "2024" are not
	// taken for a time.
	hour, minute, clockSpan, ok := findClock(s)
	zoneText := s
	if ok {
		zoneText = s[clockSpan[1]:min(len(s), clockSpan[1]+60)]
		s = s[:clockSpan[0]] + " " + s[clockSpan[1]:]
	}
	zone, us := findZone(zoneText, ref)
	if zone == nil && ok {
		zone, us = findZone(s, ref) // "(CET) 10:00", "Sofia, 10:00 ч. българско време"
	}
	if zone == nil && ref != nil {
		us = monthFirst[ref.Location().String()] // no zone written: the dateline's place
	}
	// Chinese, Japanese and Korean write numeric dates month first
	// ("【3/5 10:00解禁】"), unless the zone written is another place's:
	// "12/06/2025 10:00 CET（日本時間 17:00）" is 12 June.
	us = us || strings.IndexFunc(s, cjk) >= 0 && (zone == nil || eastAsian(zone))
	d, found := dates.FindDate(s, us, true)
	if !found && ok { // "today" without a time is too loose to act on
		d, found = relativeDay(s, ref, zone)
	}
	if !found {
		return time.Time{}, false, false
	}
	if !ok {
		hour, minute = 0, 0 // a day without an hour lifts at its start
	}
	d, hasYear := dates.ResolveYear(d, ref)
	if !hasYear || !d.Valid() {
		return time.Time{}, false, false
	}
	if zone == nil {
		if ref == nil {
			return time.Time{}, false, false
		}
		zone, assumed = ref.Location(), true
	}
	return time.Date(d.Year, d.Month, d.Day, hour, minute, 0, 0, zone).UTC(), true, assumed
}

// digits are the Arabic-Indic and Persian digits, read as ASCII ones.
var digits = strings.NewReplacer("٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9",
	"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9")

var (
	// 00:01, 13.00, 00:01HRS, 1pm, 6 A.M., 6 heures, 10 horas, 10:00 صباحاً,
	// 9 órakor
	clockRE = prefilter.MustCompile(`(?i)\b(\d{1,2})(?:(?:[:.]|\s?h\s?)(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|hrs\b|hours\b|heures\b|horas\b|h\b|uhr\b|uur\b|hod\b|val\b|sati?\b|časova\b|ór[aá]\p{L}*|giờ|pagi|petang|malam|बजे|ч\.|часов|часа|صباح[اًا]*|مساء[ًا]*|ظهر[اًا]*|น\.|นาฬิกา)?`)
	hhmmRE  = regexp.MustCompile(`(?i)\b([01]\d|2[0-3])([0-5]\d)(?:\s*(hrs|hours|h)\b|\b)`)
	// a bare hour after a word for "at … o'clock": "kl. 09", "klo 12",
	// "saat 10", "godz. 9", "στις 10", "בשעה 8"
	hourWordRE = regexp.MustCompile(`(?i)(?:\b(?:kl|klo|kello|kell|saat|godz|ore|alle|pukul|jam|lúc|às|a\s+las)\.?|στις|ώρα|ωρα|الساعة|בשעה|ساعت|เวลา)\s*(\d{1,2})\b`)
	// 10時00分, 午後3時, 오전 10시 30분, 下午3点
	cjkClock = regexp.MustCompile(`(오전|오후|午前|午後|上午|下午)?\s*(\d{1,2})\s*[時时시点點](?:\s*(\d{1,2})\s*[分분])?`)
	namedRE  = regexp.MustCompile(`(?i)\b(noon|midday|midnight|mittag|mitternacht|midi|minuit|mediodía|medianoche|mezzogiorno|mezzanotte|middag|midnat|keskiyö|keskipäivä|полдень|полночь|正午|深夜0時)\b`)
)

// monthFirst are the zones whose places write numeric dates month first.
var monthFirst = map[string]bool{"America/New_York": true, "America/Chicago": true, "America/Denver": true, "America/Phoenix": true,
	"America/Los_Angeles": true, "America/Anchorage": true, "Pacific/Honolulu": true}

// findClock finds a time of day; a bare number only counts with am/pm, an
// hours word before or after it, and "12.06.2024" or "5.6.2025" are dates,
// not 12:06 or 6:20.
func findClock(s string) (hour, minute int, span []int, ok bool) {
	if m := cjkClock.FindStringSubmatchIndex(s); m != nil {
		hour, minute = atoi(s[m[4]:m[5]]), 0
		if m[6] >= 0 {
			minute = atoi(s[m[6]:m[7]])
		}
		if m[2] >= 0 && strings.ContainsAny(s[m[2]:m[3]], "후後下") && hour < 12 {
			hour += 12
		}
		return hour, minute, m[:2], hour < 24 && minute < 60
	}
	if m := namedRE.FindStringSubmatchIndex(s); m != nil {
		switch strings.ToLower(s[m[2]:m[3]]) {
		case "midnight", "mitternacht", "minuit", "medianoche", "mezzanotte", "midnat", "keskiyö", "полночь", "深夜0時":
			return 0, 0, m[:2], true
		}
		return 12, 0, m[:2], true
	}
	for _, m := range clockRE.FindAllStringSubmatchIndex(s, 10) {
		hasMin, suffix := m[4] >= 0, ""
		if m[6] >= 0 {
			suffix = strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(s[m[6]:m[7]]))
		}
		// The digits end where the minutes (or the hour) do: the match
		// itself may end in the space before the date ("12:00 2 June").
		end := m[3]
		if hasMin {
			end = m[5]
		}
		if !hasMin && suffix == "" || partOfDate(s, m[2], end) {
			continue
		}
		h, _ := strconv.Atoi(s[m[2]:m[3]])
		mi := 0
		if hasMin {
			mi, _ = strconv.Atoi(s[m[4]:m[5]])
		}
		switch {
		case suffix == "pm" || suffix == "petang" || suffix == "malam" || strings.HasPrefix(suffix, "مساء") || strings.HasPrefix(suffix, "ظهر"):
			if h < 12 {
				h += 12
			}
		case suffix == "am" || suffix == "pagi" || strings.HasPrefix(suffix, "صباح"):
			if h == 12 {
				h = 0
			}
		}
		if h > 23 || mi > 59 {
			continue
		}
		return h, mi, m[:2], true
	}
	if h, mi, span, ok := militaryClock(s); ok {
		return h, mi, span, true
	}
	if m := hourWordRE.FindStringSubmatchIndex(s); m != nil && !partOfDate(s, m[2], m[3]) {
		if h := atoi(s[m[2]:m[3]]); h < 24 {
			return h, 0, m[:2], true
		}
	}
	return 0, 0, nil, false
}

// dtgRE is a military date-time group, as NATO and armed forces write
// embargoes and message times: day, hour and minute, the zone's letter,
// month and year, "011400Z DEC 26", "051830A JUN 2025".
var dtgRE = regexp.MustCompile(`(?i)\b([0-3]\d)([01]\d|2[0-3])([0-5]\d)\s?([A-IK-Z])\s?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s?(\d{4}|\d{2})\b`)

// dateTimeGroup reads a date-time group. Its zone letter is Z for UTC, A
// to M (J is unused) for one to twelve hours east, N to Y for one to
// twelve west.
func dateTimeGroup(s string) (time.Time, bool) {
	m := dtgRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	offset := 0
	switch l := strings.ToUpper(m[4])[0]; {
	case l == 'Z':
	case l <= 'I':
		offset = int(l-'A') + 1
	case l <= 'M':
		offset = int(l - 'A') // J is skipped: K is +10
	default:
		offset = -(int(l-'N') + 1)
	}
	month := time.Month(strings.Index("JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC", strings.ToUpper(m[5]))/3 + 1)
	year := atoi(m[6])
	if year < 100 {
		year += 2000
	}
	day := atoi(m[1])
	t := time.Date(year, month, day, atoi(m[2]), atoi(m[3]), 0, 0, time.FixedZone("", offset*3600))
	if t.Day() != day {
		return time.Time{}, false // "311200Z FEB 26"
	}
	return t.UTC(), true
}

// militaryClock reads a four-digit 24-hour time, "0600 AEDT", "0001hrs",
// "2359 hours": it counts only with hours or a zone written right after it,
// and never inside the text's date ("5 June 2025 CET" names no hour).
func militaryClock(s string) (hour, minute int, span []int, ok bool) {
	date, hasDate := dates.FindDate(s, false, true)
	for _, m := range hhmmRE.FindAllStringSubmatchIndex(s, 10) {
		if hasDate && m[0] < date.End && m[1] > date.Start || partOfDate(s, m[0], m[1]) {
			continue
		}
		if m[6] < 0 { // no hours word: a zone must follow
			if z, _ := findZone(s[m[1]:min(len(s), m[1]+12)], nil); z == nil {
				continue
			}
		}
		return atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), m[:2], true
	}
	return 0, 0, nil, false
}

// partOfDate says whether the number at s[i:j] belongs to a numeric date:
// a digit and a separator before it, or a separator and a digit after.
func partOfDate(s string, i, j int) bool {
	sep := func(c byte) bool { return c == '.' || c == '/' || c == '-' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return i >= 2 && sep(s[i-1]) && digit(s[i-2]) ||
		j+1 < len(s) && sep(s[j]) && digit(s[j+1]) ||
		j < len(s) && digit(s[j])
}

var (
	relativeRE = prefilter.MustCompile(`(?i)\b(today|tonight|tomorrow|heute|morgen|aujourd'hui|ce soir|demain|hoy|mañana|oggi|domani|hoje|amanhã|vandaag|i dag|i morgen|i morgon|tänään|huomenna|dzisiaj|dziś|jutro|dnes|zítra|holnap|bugün|yarın)\b|сегодня|завтра|сьогодні|завтра|σήμερα|αύριο|今日|明日|今天|明天|오늘|내일|היום|מחר|اليوم|غدا|غداً|आज|कल`)
	tomorrow   = map[string]bool{"tomorrow": true, "morgen": true, "demain": true, "mañana": true, "domani": true, "amanhã": true,
		"i morgen": true, "i morgon": true, "huomenna": true, "jutro": true, "zítra": true, "holnap": true, "yarın": true, "завтра": true,
		"αύριο": true, "明日": true, "明天": true, "내일": true, "מחר": true, "غدا": true, "غداً": true, "कल": true}
	wordRE = regexp.MustCompile(`[\p{L}\p{M}]+`)
)

// weekdayFollows says whether the text after an embargo word opens with
// a weekday: "embargo torsdag kl. 09".
func weekdayFollows(s string) bool {
	w := wordRE.FindStringIndex(s)
	if w == nil || strings.TrimSpace(s[:w[0]]) != "" {
		return false
	}
	_, ok := dates.Weekday(s[w[0]:w[1]])
	return ok
}

// relativeDay reads "today", "tomorrow" or a bare weekday against the
// email's date, in the embargo's zone when it names one: "00:01 Thursday"
// is the first Thursday from the day the email was sent.
func relativeDay(s string, ref *time.Time, loc *time.Location) (dates.DateMatch, bool) {
	if ref == nil {
		return dates.DateMatch{}, false
	}
	day := *ref
	if loc != nil {
		day = day.In(loc)
	}
	if m := relativeRE.FindString(s); m != "" {
		if tomorrow[strings.ToLower(m)] {
			day = day.AddDate(0, 0, 1)
		}
		return dates.DateMatch{Year: day.Year(), Month: day.Month(), Day: day.Day()}, true
	}
	for _, w := range wordRE.FindAllString(s, 30) {
		if wd, ok := dates.Weekday(w); ok {
			day = day.AddDate(0, 0, (int(wd)-int(day.Weekday())+7)%7)
			return dates.DateMatch{Year: day.Year(), Month: day.Month(), Day: day.Day()}, true
		}
	}
	return dates.DateMatch{}, false
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
