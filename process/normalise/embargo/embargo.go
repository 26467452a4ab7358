package embargo

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // ET/PT and friends need zone rules on minimal images too

	"newsdesk/process/normalise/dates"
)

// Statement is what one embargo statement says.
type Statement struct {
	Found     bool // the text states an embargo (or says there is none)
	Immediate bool // "for immediate release", "embargo: none"
	Until     time.Time
	Resolved  bool // until is a real instant
	AssumedTZ bool // no zone written: the email's own offset was used
}

var (
	EmbargoKey = regexp.MustCompile(`(?i)\b(?:strictly\s+)?(?:under\s+)?embargo(?:ed)?\b|\bnot\s+(?:to\s+be\s+)?(?:for\s+)?(?:published|publication|released?|broadcast|used?)\b[^.\n]{0,40}?\b(?:before|until|till|prior\s+to)\b|\bsperrfrist\b|\bhold\s+(?:for|until)\s+release\b` +
		// Other scripts, where \b (ASCII only) cannot mark a word.
		`|[еэ]мбарго|解禁|엠바고|報道解禁` +
		// Permission phrased: "divulgação permitida apenas após …",
		// "publication allowed only from …"; and the negative "no
		// publicar antes de …", "ne pas publier avant …".
		`|(?:divulga[çc][ãa]o|publica[çc][ãa]o|publicaci[óo]n|difusi[óo]n|diffusion|publication|ver[öo]ffentlichung|pubblicazione)\s+(?:\p{L}+\s+)?(?:permitid[ao]|autorizad[ao]|autoris[ée]e|allowed|permitted|erlaubt|consentita)\s+(?:apenas\s+|somente\s+|s[óo]\s+|s[óo]lo\s+|only\s+|seulement\s+|erst\s+)?(?:ap[óo]s|a\s+partir\s+d[eao]s?|despu[ée]s\s+de|after|from|apr[èe]s|à\s+partir\s+d[eu]s?|ab|nach|dopo)` +
		`|\b(?:no|não|nao|ne\s+pas|nicht|non)\s+(?:publicar|divulgar|difundir|publier|diffuser|ver[öo]ffentlichen|pubblicare)\s+(?:antes\s+d[eao]s?|avant|vor|prima\s+d[ei]ll?[ea]?)` +
		// A line that opens with the release time states when it may run:
		// "FOR RELEASE AT 00.01", "Release date and time: …". "For
		// immediate release" is a label, read by the immediate pattern.
		`|^\W*(?:for\s+release|release\s+(?:date|time)(?:\s*(?:and|&|/)\s*(?:date|time))?|publication\s+(?:date|time))(?:\s+(?:at|on|from|after))?\b`)
	immediate   = regexp.MustCompile(`(?i)^\W*(?:for\s+)?(?:immediate|immediately|none|n/?a|nil|no\s+embargo|lifted|not\s+embargoed|sofort|imm[ée]diat)`)
	noInstant   = regexp.MustCompile(`(?i)further\s+notice|to\s+be\s+(?:confirmed|announced|advised)|\btbc\b|\btba\b`)
	embargoLead = regexp.MustCompile(`(?i)^[\s:\-–—,]*(?:(?:until|till|before|to|prior\s+to|is|at|bis|jusqu'?(?:au|à)|hasta(?:\s+el)?|fino\s+al|tot|до)\s*[:\-–—,]?\s*)*`)
	// 00:01, 13.00, 00:01HRS, 1pm, 6 A.M., noon
	clockRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|hrs\b|hours\b|h\b|uhr\b)?`)
	// 10時00分, 午後3時, 오전 10시 30분, 下午3点
	cjkClock = regexp.MustCompile(`(오전|오후|午前|午後|上午|下午)?\s*(\d{1,2})\s*[時时시点點](?:\s*(\d{1,2})\s*[分분])?`)
	namedRE  = regexp.MustCompile(`(?i)\b(noon|midday|midnight)\b`)
	zoneRE   = regexp.MustCompile(`(?i)(?:\b(?:UTC|GMT)\s*([+\-−]\s?\d{1,2}(?::?\d{2})?)|(?:^|[\s(])([+\-−]\d{2}:?\d{2})\b|\b([A-Z]{1,5})\b)`)
	// embargoFollows is what comes after an embargo word that states one:
	// "Embargoed until", "Embargo:"; "an arms embargo on" does not.
	embargoFollows = regexp.MustCompile(`(?i)^\s*(?::|-|–|until|till|before|to\b|prior|\d|for\b|immediate|none|\()`)
	lineStart      = regexp.MustCompile(`^[^\p{L}\d]*(?:strictly\s+)?$`)
)

// zones are the abbreviations senders write, as fixed offsets in hours;
// a generic US label ("ET") follows its zone's daylight saving rules.
var zones = map[string]float64{
	"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "IST": 1, "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2,
	"EET": 2, "EEST": 3, "MSK": 3, "GST": 4, "PKT": 5, "SGT": 8, "HKT": 8, "AWST": 8, "JST": 9, "KST": 9,
	"AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}

// scriptZones are zones written in other scripts: Moscow time, Japan,
// Korea and China's own names for their time.
var scriptZones = map[string]int{"МСК": 3, "мск": 3, "日本時間": 9, "한국시간": 9, "한국 시간": 9, "北京时间": 8, "北京時間": 8}

var usZones = map[string]string{"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}

// EmbargoHint is a cheap test that a text may state an embargo, so the
// full pattern runs on few paragraphs.
func EmbargoHint(t string) bool {
	l := strings.ToLower(t)
	for _, k := range []string{"embargo", "sperrfrist", "not for", "not to be", "hold for", "hold until", "release", "publication", "ембарго", "эмбарго", "解禁", "엠바고", "permitid", "autoris", "allowed", "permitted", "erlaubt", "consentita", "publicar", "publier", "divulgar", "pubblicare", "veröffentlichen"} {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// ParseEmbargo reads one line that may state an embargo. ref is the
// email's Date (its year and offset fill what the line leaves out).
func ParseEmbargo(line string, ref *time.Time) Statement {
	loc := EmbargoKey.FindStringIndex(line)
	if loc == nil {
		return Statement{}
	}
	stated := lineStart.MatchString(line[:loc[0]]) || embargoFollows.MatchString(line[loc[1]:]) ||
		strings.HasSuffix(strings.ToLower(line[loc[0]:loc[1]]), "before") || strings.HasSuffix(strings.ToLower(line[loc[0]:loc[1]]), "until")
	if !stated {
		return Statement{}
	}
	rest := line[loc[1]:]
	rest = embargoLead.ReplaceAllString(rest, "")
	if len(rest) > 160 {
		rest = rest[:160]
	}
	e := Statement{Found: true}
	if immediate.MatchString(rest) {
		e.Immediate = true
		return e
	}
	if noInstant.MatchString(rest) {
		return e
	}
	// The clock and zone come out first, so "11/06" or "2024" are not
	// taken for a time.
	hour, minute, clockSpan, ok := findClock(rest)
	zoneText := rest
	if ok {
		zoneText = rest[clockSpan[1]:]
		rest = rest[:clockSpan[0]] + " " + rest[clockSpan[1]:]
	}
	loc2, zoneName, _ := findZone(zoneText)
	if zoneName == "IST" {
		loc2 = istZone(ref)
	}
	for name, h := range scriptZones {
		if loc2 == nil && strings.Contains(zoneText, name) {
			loc2 = time.FixedZone(name, h*3600)
		}
	}
	us := zoneName != "" && (zones[zoneName] < 0 || usZones[zoneName] != "")
	d, found := dates.FindDate(rest, us, true)
	if !found && ok { // "today" without a time is too loose to act on
		d, found = relativeDay(rest, ref, loc2)
	}
	if !found {
		return e
	}
	if !ok {
		hour, minute = 0, 0 // a day without an hour lifts at its start
	}
	d, hasYear := dates.ResolveYear(d, ref)
	if !hasYear || !d.Valid() {
		return e
	}
	if loc2 == nil {
		if ref == nil {
			return e
		}
		loc2 = ref.Location()
		e.AssumedTZ = true
	}
	e.Until = time.Date(d.Year, d.Month, d.Day, hour, minute, 0, 0, loc2).UTC()
	e.Resolved = true
	return e
}

// istZone reads "IST" by the sender's own offset: Irish time from
// Ireland or Britain, Israel's from +02/+03, else India's (+05:30), the
// one most releases mean.
func istZone(ref *time.Time) *time.Location {
	off := 0
	if ref != nil {
		_, off = ref.Zone()
	}
	switch off {
	case 0, 3600:
		return time.FixedZone("IST", 3600)
	case 7200, 10800:
		return time.FixedZone("IST", 7200)
	}
	return time.FixedZone("IST", 19800)
}

// findClock finds a time of day; a bare number only counts with am/pm or
// an hours suffix, and "12.06.2024" is a date, not 12:06.
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
		if strings.EqualFold(s[m[2]:m[3]], "midnight") {
			return 0, 0, m[:2], true
		}
		return 12, 0, m[:2], true
	}
	for _, m := range clockRE.FindAllStringSubmatchIndex(s, 10) {
		hasMin, suffix := m[4] >= 0, ""
		if m[6] >= 0 {
			suffix = strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(s[m[6]:m[7]]))
		}
		if !hasMin && suffix == "" {
			continue
		}
		if m[1] < len(s) && (s[m[1]] == '.' || s[m[1]] == '/') && m[1]+1 < len(s) && s[m[1]+1] >= '0' && s[m[1]+1] <= '9' {
			continue
		}
		h, _ := strconv.Atoi(s[m[2]:m[3]])
		mi := 0
		if hasMin {
			mi, _ = strconv.Atoi(s[m[4]:m[5]])
		}
		switch suffix {
		case "pm":
			if h < 12 {
				h += 12
			}
		case "am":
			if h == 12 {
				h = 0
			}
		}
		if h > 23 || mi > 59 {
			continue
		}
		return h, mi, m[:2], true
	}
	return 0, 0, nil, false
}

// cityZones are the "Brussels time" forms, with their daylight saving.
var (
	// "Lisbon time", and "hora de Lisboa", "heure de Paris", "ora di Roma".
	cityTime  = regexp.MustCompile(`(?i)\b(?:(?:hora\s+(?:oficial\s+)?de|heure\s+de|ora\s+di)\s+(london|dublin|lisbon|brussels|paris|berlin|amsterdam|madrid|rome|vienna|stockholm|oslo|copenhagen|warsaw|prague|helsinki|kyiv|kiev|athens|moscow|new\s+york|washington|chicago|los\s+angeles|tokyo|sydney|singapore|hong\s+kong|lisboa|roma|wien|bruxelles|bruselas|madri|praha|warszawa|atenas)\b|(london|dublin|lisbon|brussels|paris|berlin|amsterdam|madrid|rome|vienna|stockholm|oslo|copenhagen|warsaw|prague|helsinki|kyiv|kiev|athens|moscow|new\s+york|washington|chicago|los\s+angeles|tokyo|sydney|singapore|hong\s+kong|lisboa|roma|wien|bruxelles|bruselas|madri|praha|warszawa|atenas)\s+time\b)`)
	cityZones = map[string]string{"london": "Europe/London", "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon", "lisboa": "Europe/Lisbon", "roma": "Europe/Rome", "wien": "Europe/Vienna",
		"bruxelles": "Europe/Brussels", "bruselas": "Europe/Brussels", "madri": "Europe/Madrid", "praha": "Europe/Prague", "warszawa": "Europe/Warsaw", "atenas": "Europe/Athens", "brussels": "Europe/Brussels",
		"paris": "Europe/Paris", "berlin": "Europe/Berlin", "amsterdam": "Europe/Amsterdam", "madrid": "Europe/Madrid", "rome": "Europe/Rome",
		"vienna": "Europe/Vienna", "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo", "copenhagen": "Europe/Copenhagen",
		"warsaw": "Europe/Warsaw", "prague": "Europe/Prague", "helsinki": "Europe/Helsinki", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv",
		"athens": "Europe/Athens", "moscow": "Europe/Moscow", "new york": "America/New_York", "washington": "America/New_York",
		"chicago": "America/Chicago", "los angeles": "America/Los_Angeles", "tokyo": "Asia/Tokyo", "sydney": "Australia/Sydney",
		"singapore": "Asia/Singapore", "hong kong": "Asia/Hong_Kong"}
)

// findZone reads a zone abbreviation, a UTC offset or a city's time.
func findZone(s string) (*time.Location, string, []int) {
	if m := cityTime.FindStringSubmatchIndex(s); m != nil {
		i, j := m[2], m[3]
		if i < 0 {
			i, j = m[4], m[5]
		}
		city := strings.ToLower(strings.Join(strings.Fields(s[i:j]), " "))
		if l, err := time.LoadLocation(cityZones[city]); err == nil {
			name := ""
			if strings.HasPrefix(cityZones[city], "America/") {
				name = "ET" // month-first dates, as for US zones
			}
			return l, name, m[:2]
		}
	}
	for _, m := range zoneRE.FindAllStringSubmatchIndex(s, 20) {
		switch {
		case m[2] >= 0:
			if off, ok := parseOffset(s[m[2]:m[3]]); ok {
				return time.FixedZone("UTC"+s[m[2]:m[3]], off), "", m[:2]
			}
		case m[4] >= 0:
			if off, ok := parseOffset(s[m[4]:m[5]]); ok {
				return time.FixedZone(s[m[4]:m[5]], off), "", m[:2]
			}
		case m[6] >= 0:
			name := s[m[6]:m[7]]
			if name != strings.ToUpper(name) {
				continue // "at" or "Time" in prose are not zones
			}
			if h, ok := zones[name]; ok {
				return time.FixedZone(name, int(h*3600)), name, m[:2]
			}
			if z, ok := usZones[name]; ok {
				if l, err := time.LoadLocation(z); err == nil {
					return l, name, m[:2]
				}
			}
		}
	}
	return nil, "", nil
}

func parseOffset(s string) (int, bool) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "−", "-")
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = strings.ReplaceAll(s[1:], ":", "")
	h, m := s, "0"
	if len(s) > 2 {
		h, m = s[:len(s)-2], s[len(s)-2:]
	}
	hi, err1 := strconv.Atoi(h)
	mi, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hi > 14 || mi > 59 {
		return 0, false
	}
	return sign * (hi*3600 + mi*60), true
}

var (
	relativeRE = regexp.MustCompile(`(?i)\b(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	weekdays   = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}
)

// relativeDay reads "today", "tomorrow" or a bare weekday against the
// email's date, in the embargo's zone when it names one: "00:01 Thursday"
// is the first Thursday from the day the email was sent.
func relativeDay(s string, ref *time.Time, loc *time.Location) (dates.DateMatch, bool) {
	m := relativeRE.FindString(s)
	if m == "" || ref == nil {
		return dates.DateMatch{}, false
	}
	day := *ref
	if loc != nil {
		day = day.In(loc)
	}
	switch w := strings.ToLower(m); w {
	case "today", "tonight":
	case "tomorrow":
		day = day.AddDate(0, 0, 1)
	default:
		day = day.AddDate(0, 0, (int(weekdays[w])-int(day.Weekday())+7)%7)
	}
	return dates.DateMatch{Year: day.Year(), Month: day.Month(), Day: day.Day()}, true
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
