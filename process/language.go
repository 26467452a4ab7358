package process

import (
	"strings"
	"unicode"
)

// Language detection by stop words: the commonest function words of each
// language the desk receives. It costs a few kilobytes of tables and one
// pass over the first words of the text, where a statistical detector
// with every language loaded costs around a gigabyte; on releases, which
// are long and written in one language, it is as accurate.
var stopWords = map[string]string{
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
}

var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, ws := range stopWords {
		for _, w := range strings.Fields(ws) {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// detectLanguage returns the ISO 639-1 code of the language most of the
// text's first 400 words belong to, or "" when the text is too short or
// no language stands out.
func detectLanguage(text string) string {
	if len(text) > 4000 { // 400 words fit; lowering the rest is waste
		text = strings.ToValidUTF8(text[:4000], "")
	}
	scores := map[string]int{}
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if n++; n > 400 {
			break
		}
		for _, lang := range stopIndex[w] {
			scores[lang]++
		}
	}
	best, second := "", 0
	for _, lang := range []string{"en", "fr", "de", "es", "it", "nl", "pt", "no", "sv", "da", "pl", "cs"} {
		switch s := scores[lang]; {
		case best == "" || s > scores[best]:
			second = scores[best]
			best = lang
		case s > second:
			second = s
		}
	}
	if scores[best] < 3 || scores[best] == second {
		return ""
	}
	return best
}
