package lang

import (
	"strings"
	"unicode"
)

// Language detection by stop words: the commonest function words of each
// language the desk receives. It costs a few kilobytes of tables and one
// pass over the first words of the text, where a statistical detector
// with every language loaded costs around a gigabyte; on releases, which
// are long and written in one language, it is as accurate.
var StopWords = map[string]string{
	"en": "the of and to in a is that for on with as was by it at from be are has have this will said which an not its their were been who more",
	"fr": "le la les de des du et en un une est que qui dans pour au aux sur par ce cette sont ont pas avec il elle a été ses leur plus",
	"de": "der die das und ist nicht ein eine mit den dem des zu von auf für im sich auch wird werden bei nach aus wie sie es hat zum zur",
	"es": "el la los las de del y en un una es que por con para se al su sus como más ha han fue este esta lo entre",
	"it": "il lo la gli le di del della e è un una che per con non si sono ha al alla dei nel nella come anche più questo",
	"nl": "de het een en van in is dat op te met voor zijn niet aan ook als bij door er heeft wordt worden naar uit om",
	"pt": "o a os as de do da dos das e em um uma é que para com não por no na se mais foi são pelo pela como",
	"no": "og i er det som på en et til av med for ikke har de at den fra var vil kan om seg ble etter også",
	"sv": "och i är det som på en ett till av med för inte har de att den från var ska kan om sig blev efter också",
	"da": "og i er det som på en et til af med for ikke har de at den fra var vil kan om sig blev efter også",
	"pl": "i w na z się nie do jest to że o jak po od za przez oraz dla są który która było także",
	"cs": "a v na se je že s z do o to jako pro by byl jsou které který také podle při od",
	"sk": "a v na sa je že s z do o to ako pre by bol sú ktoré ktorý tiež podľa pri od",
	"fi": "ja on ei se että oli ovat myös kuin mutta tai joka jotka tämä hän sekä kanssa mukaan vuonna",
	"et": "ja on ei see et oli ka kui aga või mis kes see ning koos järgi aastal mille",
	"hu": "a az és hogy nem is egy van volt meg de ez azt már csak mint ami amely pedig szerint",
	"ro": "și de la în a cu pe care este nu din o un mai pentru ca sunt fost acest această",
	"tr": "ve bir bu da de ile için olarak en çok gibi daha ki olan ise kadar sonra",
	"lt": "ir kad yra su į iš bet tai kaip buvo jo už per dėl taip pat bus jau ar kuris kuri kurie nuo po iki tarp metų šiuo",
	"lv": "un ir ar uz no ka par kā bet arī tas šis bija lai pēc",
	"hr": "i je u na da se za su od s kao što ili biti koji koja također prema",
	"sl": "in je v na za se da so z ki pa tudi kot ali bo po od ter s ob pri bila bil leta",
	"is": "og í á að er sem til við um með af fyrir var það ekki hefur verið eru einnig",
	"sq": "dhe të në një për me që nga është u së janë ka si do më por edhe nuk ishte kanë e i se po deri sipas",
	"id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh telah bisa serta kami bahwa",
	"ms": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke kerana oleh telah boleh serta iaitu ialah daripada bahawa",
	"vi": "và của là có được trong các cho với những người này đã không một để khi từ theo cũng đến",
	"sw": "na ya wa kwa za la katika ni kwamba hii hiyo huo pia kama au lakini wake yake zao cha vya mwaka leo baada kabla hadi hayo wao",
	"tl": "ang ng mga sa na at ay si ni para kay nang ito mula noong upang bilang din rin kanyang kanilang ayon naman ngayong",
}

// scripts name the language of text in a script only it (or its group)
// uses; Cyrillic is told apart by letters of one alphabet.
var scripts = []struct {
	table *unicode.RangeTable
	lang  string
}{{unicode.Greek, "el"}, {unicode.Arabic, "ar"}, {unicode.Hebrew, "he"}, {unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"},
	{unicode.Hangul, "ko"}, {unicode.Han, "zh"}, {unicode.Georgian, "ka"}, {unicode.Armenian, "hy"}, {unicode.Thai, "th"},
	{unicode.Devanagari, "hi"}, {unicode.Bengali, "bn"}, {unicode.Gurmukhi, "pa"}, {unicode.Gujarati, "gu"},
	{unicode.Tamil, "ta"}, {unicode.Telugu, "te"}, {unicode.Kannada, "kn"}, {unicode.Malayalam, "ml"},
	{unicode.Sinhala, "si"}, {unicode.Khmer, "km"}, {unicode.Lao, "lo"}, {unicode.Myanmar, "my"}, {unicode.Ethiopic, "am"}}

var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, ws := range StopWords {
		for _, w := range strings.Fields(ws) {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// Detect returns the ISO 639-1 code of the language most of the
// text's first 400 words belong to, or "" when the text is too short or
// no language stands out.
func Detect(text string) string {
	if len(text) > 4000 { // 400 words fit; lowering the rest is waste
		text = strings.ToValidUTF8(text[:4000], "")
	}
	if lang := byScript(text); lang != "" {
		return lang
	}
	scores := map[string]int{}
	n := 0
	count := func(w string) bool { // false past the 400th word
		if n++; n > 400 {
			return false
		}
		for _, lang := range stopIndex[w] {
			scores[lang]++
		}
		return true
	}
	// The words split as strings.FieldsFunc splits at non-letters, read
	// in place rather than gathered in a slice.
	lower, start := strings.ToLower(text), -1
	for i, r := range lower {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && !count(lower[start:i]) {
			start = -1
			break
		}
		start = -1
	}
	if start >= 0 {
		count(lower[start:])
	}
	best, second := "", 0
	for _, lang := range languages {
		switch s := scores[lang]; {
		case best == "" || s > scores[best]:
			second = scores[best]
			best = lang
		case s > second:
			second = s
		}
	}
	if scores[best] < 3 {
		return ""
	}
	if nordic[best] {
		return nordicByLetters(text, scores)
	}
	if scores[best] == second {
		// Indonesian and Malay share their common words; a text with no
		// word only Malay uses ("kerana", "boleh", "iaitu") is read as
		// Indonesian, by far the more common at a desk.
		if scores["id"] == scores[best] && scores["ms"] == scores[best] {
			return "id"
		}
		return ""
	}
	return best
}

var nordic = map[string]bool{"no": true, "da": true, "sv": true}

// nordicByLetters tells Swedish from Danish and Norwegian, which share
// most function words, by the letters only one side writes: ä and ö, or
// æ and ø. Danish and Norwegian keep their stop-word scores ("af"/"av",
// "blev"/"ble").
func nordicByLetters(text string, scores map[string]int) string {
	sv, dano := 0, 0
	for _, r := range strings.ToLower(text) {
		switch r {
		case 'ä', 'ö':
			sv++
		case 'æ', 'ø':
			dano++
		}
	}
	switch {
	case sv > dano:
		return "sv"
	case scores["da"] > scores["no"]:
		return "da"
	case scores["no"] > scores["da"]:
		return "no"
	case dano == 0 && scores["sv"] > 0:
		return "sv"
	}
	return ""
}

// languages in a fixed order, so ties break the same way every time.
var languages = []string{"en", "fr", "de", "es", "it", "nl", "pt", "no", "sv", "da", "pl", "cs", "sk", "fi", "et", "hu", "ro", "tr", "lt", "lv", "hr", "sl", "is", "sq", "id", "ms", "vi", "sw", "tl"}

// byScript names the language of text mostly written in a non-Latin
// script.
func byScript(text string) string {
	counts := map[string]int{}
	letters, cyrillic, ukr, rus, bul, srb, mkd, bel := 0, 0, 0, 0, 0, 0, 0, 0
	kaz, turkic, kir := 0, 0, 0 // Kazakh's own letters; ө and ү (Kazakh, Kyrgyz, Mongolian); ң
	arabic := [3]int{}          // Arabic's own letters, Persian's, Urdu's
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x370 { // Latin and its extensions: the common case, no tables
			continue
		}
		if unicode.Is(unicode.Cyrillic, r) {
			cyrillic++
			switch unicode.ToLower(r) {
			case 'і', 'ї', 'є', 'ґ':
				ukr++
			case 'ы', 'э', 'ё':
				rus++
			case 'ъ':
				bul++
			case 'ђ', 'ћ', 'џ':
				srb++
			case 'ѓ', 'ќ', 'ѕ':
				mkd++
			case 'ў':
				bel++
			case 'ә', 'ғ', 'қ', 'ұ', 'һ':
				kaz++
			case 'ө', 'ү':
				turkic++
			case 'ң':
				kir++
			}
			continue
		}
		switch r {
		case 'ي', 'ك', 'ة':
			arabic[0]++
		case 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک':
			arabic[1]++
		case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے':
			arabic[2]++
		}
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[s.lang]++
				break
			}
		}
	}
	if letters == 0 {
		return ""
	}
	if cyrillic*5 > letters*2 {
		// Letters only one alphabet has; Serbian and Macedonian share
		// љ, њ and ј, so those decide nothing. Kazakh also writes і, ы
		// and э, so its own letters are read first; Kyrgyz and Mongolian
		// share ө and ү, and only Kyrgyz writes ң. Those letters make up
		// several in a hundred of their languages' text; one in fifty
		// Cyrillic letters is needed, as a Russian text naming "АО
		// «Самұрық-Қазына»" or "Өлзийсайхан" once holds a few.
		switch {
		case kaz*50 >= cyrillic:
			return "kk"
		case turkic*50 >= cyrillic && kir > 0:
			return "ky"
		case turkic*50 >= cyrillic:
			return "mn"
		case srb > 0 && srb >= mkd:
			return "sr"
		case mkd > 0:
			return "mk"
		case bel > 0 && bel >= ukr:
			return "be"
		case ukr > rus:
			return "uk"
		case rus > 0:
			return "ru"
		case bul > 0:
			return "bg"
		}
		return "ru"
	}
	// Japanese writes Han with kana, Korean sometimes Han with Hangul:
	// the two scripts together are one text. A script counts when it holds
	// two letters in five, so Latin names, figures or an English covering
	// line do not outvote the release.
	cjk := counts["zh"] + counts["ja"] + counts["ko"]
	if cjk*5 > letters*2 {
		switch {
		case counts["ko"]*5 > cjk:
			return "ko"
		case counts["ja"]*20 > cjk:
			return "ja"
		}
		return "zh"
	}
	best := ""
	for _, s := range scripts {
		if n := counts[s.lang]; n*5 > letters*2 && n > counts[best] {
			best = s.lang
		}
	}
	if best == "ar" {
		best = arabicScript(arabic)
	}
	return best
}

// arabicScript tells Arabic, Persian and Urdu apart by the letters each
// adds to the Arabic alphabet: Urdu's retroflex letters and final ye,
// Persian's four letters and its own forms of ye and kaf.
func arabicScript(n [3]int) string {
	switch {
	case n[2] > 0 && n[2]*4 >= n[1]:
		return "ur"
	case n[1] > n[0]:
		return "fa"
	}
	return "ar"
}
