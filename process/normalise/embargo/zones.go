package embargo

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata"
	"unicode"
	"unicode/utf8" // named zones need their rules on minimal images too

	"newsdesk/process/normalise/dates"

	"newsdesk/process/normalise/prefilter"
)

// zone is one reading of a zone abbreviation: a fixed offset in minutes,
// or an IANA zone when the label follows daylight saving ("ET").
type zone struct {
	offset int
	iana   string
	us     bool // a US zone: numeric dates are month-first
}

// abbreviations are the zone labels senders write. Where a label means
// several zones the usual one comes first and the others are read only
// when the sender's own offset says so (see pick): "CST" from Beijing is
// China Standard Time, from Chicago US Central; "IST" is India's unless
// the sender is in Ireland or Israel.
var abbreviations = map[string][]zone{
	"UTC": {{offset: 0}}, "GMT": {{offset: 0}}, "Z": {{offset: 0}},
	"WET": {{offset: 0}}, "WEZ": {{offset: 0}}, "WEST": {{offset: 60}}, "WESZ": {{offset: 60}},
	"BST": {{offset: 60}, {offset: 360}}, "IST": {{offset: 330}, {offset: 60}, {offset: 120}, {offset: 180}},
	"CET": {{offset: 60}}, "MEZ": {{offset: 60}}, "HEC": {{offset: 60}}, "SEČ": {{offset: 60}}, "WAT": {{offset: 60}},
	"CEST": {{offset: 120}}, "MESZ": {{offset: 120}}, "HAEC": {{offset: 120}}, "SELČ": {{offset: 120}}, "SELC": {{offset: 120}},
	"EET": {{offset: 120}}, "OEZ": {{offset: 120}}, "SAST": {{offset: 120}}, "CAT": {{offset: 120}},
	"EEST": {{offset: 180}}, "OESZ": {{offset: 180}}, "MSK": {{offset: 180}}, "EAT": {{offset: 180}}, "TRT": {{offset: 180}},
	"TSİ": {{offset: 180}}, "TSI": {{offset: 180}}, "IDT": {{offset: 180}}, "AST": {{offset: -240}, {offset: 180}},
	"IRST": {{offset: 210}}, "GST": {{offset: 240}}, "PKT": {{offset: 300}},
	"NPT": {{offset: 345}}, "BDT": {{offset: 360}}, "ICT": {{offset: 420}}, "WIB": {{offset: 420}},
	"WITA": {{offset: 480}}, "SGT": {{offset: 480}}, "HKT": {{offset: 480}}, "MYT": {{offset: 480}}, "PHT": {{offset: 480}},
	"AWST": {{offset: 480}}, "WIT": {{offset: 540}}, "JST": {{offset: 540}}, "KST": {{offset: 540}},
	"ACST": {{offset: 570}}, "ACDT": {{offset: 630}}, "AEST": {{offset: 600}}, "AEDT": {{offset: 660}},
	"NZST": {{offset: 720}}, "NZDT": {{offset: 780}},
	"ART": {{offset: -180}}, "BRT": {{offset: -180}}, "ADT": {{offset: -180}}, "NST": {{offset: -210}}, "NDT": {{offset: -150}},
	"EST": {{offset: -300, us: true}}, "EDT": {{offset: -240, us: true}},
	"CST": {{offset: -360, us: true}, {offset: 480}}, "CDT": {{offset: -300, us: true}},
	"MST": {{offset: -420, us: true}}, "MDT": {{offset: -360, us: true}},
	"PST": {{offset: -480, us: true}}, "PDT": {{offset: -420, us: true}},
	"AKST": {{offset: -540, us: true}}, "AKDT": {{offset: -480, us: true}}, "HST": {{offset: -600, us: true}},
	"ET": {{iana: "America/New_York", us: true}}, "CT": {{iana: "America/Chicago", us: true}},
	"MT": {{iana: "America/Denver", us: true}}, "PT": {{iana: "America/Los_Angeles", us: true}},
}

// pick reads an ambiguous label by the sender's offset: another reading
// wins only when it lies within an hour of it (a sender in summer time
// still writes the standard label); else the usual one.
func pick(cands []zone, ref *time.Time) zone {
	if len(cands) == 1 || ref == nil {
		return cands[0]
	}
	_, off := ref.Zone()
	best, bestDist := cands[0], 61
	for _, c := range cands {
		if d := abs(c.offset - off/60); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// localTimes are the ways releases name a country's or a city's time,
// folded (dates.Fold); each reads in that place's zone, with its
// daylight saving.
var localTimes = func() map[string]string {
	m := map[string]string{
		"ώρα ελλάδος": "Europe/Athens", "ώρα ελλάδας": "Europe/Athens", "ώρα αθήνας": "Europe/Athens",
		"ora italiei": "Europe/Rome", "ora italiana": "Europe/Rome", "ora italiană": "Europe/Rome",
		"ora româniei": "Europe/Bucharest", "ora romaniei": "Europe/Bucharest", "ora bucureștiului": "Europe/Bucharest",
		"hora peninsular": "Europe/Madrid", "hora española": "Europe/Madrid", "hora de españa": "Europe/Madrid",
		"hora de canarias": "Atlantic/Canary", "hora canaria": "Atlantic/Canary",
		"hora portuguesa": "Europe/Lisbon", "hora de portugal": "Europe/Lisbon", "hora oficial de lisboa": "Europe/Lisbon",
		"heure française": "Europe/Paris", "heure belge": "Europe/Brussels", "heure suisse": "Europe/Zurich",
		"deutscher zeit": "Europe/Berlin", "deutsche zeit": "Europe/Berlin", "österreichischer zeit": "Europe/Vienna",
		"nederlandse tijd": "Europe/Amsterdam", "belgische tijd": "Europe/Brussels",
		"svensk tid": "Europe/Stockholm", "norsk tid": "Europe/Oslo", "dansk tid": "Europe/Copenhagen",
		"suomen aikaa": "Europe/Helsinki", "suomen aikaan": "Europe/Helsinki", "eesti aja järgi": "Europe/Tallinn",
		"lietuvos laiku": "Europe/Vilnius", "latvijas laiks": "Europe/Riga", "latvijas laika": "Europe/Riga",
		"czasu polskiego": "Europe/Warsaw", "czasu warszawskiego": "Europe/Warsaw", "magyar idő": "Europe/Budapest",
		"středoevropského času": "Europe/Prague", "českého času": "Europe/Prague", "slovenského času": "Europe/Bratislava",
		"hrvatskog vremena": "Europe/Zagreb", "po hrvatskom vremenu": "Europe/Zagreb",
		"българско време": "Europe/Sofia", "по московскому времени": "Europe/Moscow", "московского времени": "Europe/Moscow",
		"мск": "Europe/Moscow", "за київським часом": "Europe/Kyiv", "київського часу": "Europe/Kyiv",
		"türkiye saati": "Europe/Istanbul", "türkiye saatiyle": "Europe/Istanbul", "tr saati": "Europe/Istanbul",
		"بتوقيت الإمارات": "Asia/Dubai", "بتوقيت الامارات": "Asia/Dubai", "بتوقيت أبوظبي": "Asia/Dubai", "بتوقيت دبي": "Asia/Dubai",
		"بتوقيت السعودية": "Asia/Riyadh", "بتوقيت مكة": "Asia/Riyadh", "بتوقيت الرياض": "Asia/Riyadh",
		"بتوقيت القاهرة": "Africa/Cairo", "بتوقيت مصر": "Africa/Cairo", "بتوقيت الدوحة": "Asia/Qatar", "بتوقيت قطر": "Asia/Qatar",
		"بتوقيت الكويت": "Asia/Kuwait", "بتوقيت عمان": "Asia/Amman", "بتوقيت بيروت": "Asia/Beirut", "بتوقيت غرينتش": "UTC",
		"שעון ישראל": "Asia/Jerusalem", "לפי שעון ישראל": "Asia/Jerusalem", "به وقت تهران": "Asia/Tehran", "وقت تهران": "Asia/Tehran",
		"भारतीय समय": "Asia/Kolkata", "भारतीय मानक समय": "Asia/Kolkata",
		"北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "台北時間": "Asia/Taipei", "台灣時間": "Asia/Taipei",
		"香港時間": "Asia/Hong_Kong", "香港时间": "Asia/Hong_Kong", "日本時間": "Asia/Tokyo", "한국시간": "Asia/Seoul", "한국 시간": "Asia/Seoul",
		"waktu indonesia barat": "Asia/Jakarta", "waktu malaysia": "Asia/Kuala_Lumpur",
		"eastern time": "America/New_York", "central time": "America/Chicago", "mountain time": "America/Denver",
		"pacific time": "America/Los_Angeles", "heure de l'est": "America/Toronto", "hora del este": "America/New_York",
		"giờ hà nội": "Asia/Ho_Chi_Minh", "giờ việt nam": "Asia/Ho_Chi_Minh", "เวลาประเทศไทย": "Asia/Bangkok",
	}
	// "Brussels time", "hora de Lisboa", "heure de Paris", "ora di Roma"
	for c, z := range placeZones {
		for _, f := range []string{"%s time", "hora de %s", "hora oficial de %s", "heure de %s", "ora di %s"} {
			m[strings.Replace(f, "%s", c, 1)] = z
		}
	}
	folded := map[string]string{}
	for k, v := range m {
		folded[dates.Fold(k)] = v
	}
	return folded
}()

var (
	// UTC+2, GMT+05:30, GMT -3
	namedOffset = regexp.MustCompile(`(?i)\b(?:UTC|GMT)\s*([+\-−]\s?\d{1,2}(?::?\d{2})?)`)
	// +0200, (+02:00)
	bareOffset = regexp.MustCompile(`(?:^|[\s(])([+\-−]\d{2}:?\d{2})\b`)
	// a run of letters: a zone label is one written in capitals
	letterRun = regexp.MustCompile(`\p{L}+`)
)

// findZone reads the zone a text names: a place's time, a UTC offset or
// a label. us says numeric dates in the text are month-first.
func findZone(s string, ref *time.Time) (loc *time.Location, us bool) {
	// The first place's time named wins.
	folded := dates.Fold(s)
	if localTimeWords.Any(folded, func(i int, phrase string) bool {
		if !wholeWords(folded, i, phrase) {
			return false
		}
		l := location(localTimes[phrase])
		if l == nil {
			return false
		}
		loc, us = l, strings.HasPrefix(localTimes[phrase], "America/")
		return true
	}) {
		return loc, us
	}
	if m := namedOffset.FindStringSubmatch(s); m != nil {
		if off, ok := parseOffset(m[1]); ok {
			return time.FixedZone("UTC"+m[1], off), false
		}
	}
	if m := bareOffset.FindStringSubmatch(s); m != nil {
		if off, ok := parseOffset(m[1]); ok {
			return time.FixedZone(m[1], off), false
		}
	}
	for _, w := range letterRun.FindAllString(s, 40) {
		if w != strings.ToUpper(w) {
			continue // "at" or "Time" in prose are not zones
		}
		cands, ok := abbreviations[w]
		if !ok {
			continue
		}
		z := pick(cands, ref)
		if z.iana != "" {
			if l := location(z.iana); l != nil {
				return l, z.us
			}
			continue
		}
		return time.FixedZone(w, z.offset*60), z.us
	}
	return nil, false
}

// location is time.LoadLocation of a zone the tables name, nil when it
// cannot be loaded.
func location(name string) *time.Location {
	if load := locations[name]; load != nil {
		return load()
	}
	return nil
}

// locations loads each zone the tables name once, when first asked:
// LoadLocation looks for the zone's file and parses it on every call.
var locations = func() map[string]func() *time.Location {
	m := map[string]func() *time.Location{}
	add := func(name string) {
		if m[name] == nil {
			m[name] = sync.OnceValue(func() *time.Location {
				l, err := time.LoadLocation(name)
				if err != nil {
					return nil
				}
				return l
			})
		}
	}
	for _, name := range placeZones {
		add(name)
	}
	for _, name := range localTimes {
		add(name)
	}
	for _, zs := range abbreviations {
		for _, z := range zs {
			if z.iana != "" {
				add(z.iana)
			}
		}
	}
	return m
}()

// localTimeWords finds the local times in a text.
var localTimeWords = prefilter.NewWordSet(slices.Sorted(maps.Keys(localTimes)))

// wholeWords says whether phrase, found at s[i:], stands as whole words:
// "мск" is Moscow time, not the end of "Омск".
func wholeWords(s string, i int, phrase string) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+len(phrase):])
	return !unicode.IsLetter(before) && !unicode.IsLetter(after) || !isLatinOrCyrillic(phrase)
}

// isLatinOrCyrillic: scripts that separate words with spaces; in Chinese
// or Thai a phrase touches its neighbours.
func isLatinOrCyrillic(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hangul, unicode.Thai, unicode.Hiragana, unicode.Katakana, unicode.Arabic, unicode.Hebrew) {
			return false
		}
	}
	return true
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
