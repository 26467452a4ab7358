package embargo

import (
	"regexp"
	"strings"

	"newsdesk/process/normalise/dates"

	"newsdesk/process/normalise/prefilter"
)

// cue is how one language states that a text may not run before an
// instant: the words for the embargo itself, for "not for publication
// before", for the release time ("julkaisuvapaa", "解禁"), and its words
// for "until", "before" and "from" that join such a word to the instant.
// Phrases are lowercase; a space stands for any white space. Greek
// capitals lose their accents and Turkish capitals their dots, so both
// spellings are matched (see variants).
type cue struct {
	lang    string
	phrases []string
	until   []string
}

var cues = []cue{
	{"en", []string{"embargo", "embargoed", "sperrfrist", "hold for release", "hold until", "for publication after", "for publication from", "for publication not before", "for release after", "for release not before", "for use after", "for broadcast after"}, []string{"until", "till", "before", "prior to", "to"}},
	{"de", []string{"sperrfrist", "sperrvermerk", "nicht zur veröffentlichung vor", "veröffentlichung nicht vor", "veröffentlichung frei ab", "frei zur veröffentlichung ab", "zur veröffentlichung nach", "zur veröffentlichung ab", "zur veröffentlichung nicht vor"}, []string{"bis", "bis zum", "vor", "ab"}},
	{"nl", []string{"niet publiceren voor", "niet voor publicatie voor", "onder embargo", "voor publicatie na", "voor publicatie vanaf", "vrij voor publicatie na", "vrij voor publicatie vanaf"}, []string{"tot", "voor", "vanaf"}},
	{"fr", []string{"sous embargo", "ne pas publier avant", "ne pas diffuser avant", "diffusion autorisée à partir", "publication autorisée à partir", "pour publication après", "pour publication à partir", "à publier après", "à publier à partir", "à diffuser après"}, []string{"jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à", "avant", "à partir du", "à partir de"}},
	{"es", []string{"no publicar antes", "no difundir antes", "prohibida su publicación", "prohibida la publicación", "para publicación después de", "para su publicación después de", "para publicación a partir", "para su publicación a partir", "publicar después de"}, []string{"hasta el", "hasta", "antes de", "a partir de"}},
	{"ca", []string{"no publicar abans", "embargament"}, []string{"fins al", "fins a", "abans de", "a partir de"}},
	{"pt", []string{"não publicar antes", "nao publicar antes", "proibida a publicação", "divulgação permitida", "publicação autorizada", "para publicação após", "para publicação a partir", "para divulgação após", "publicar somente após", "publicar apenas após"}, []string{"até", "ate", "antes de", "a partir de", "após", "apos"}},
	{"it", []string{"non pubblicare prima", "divieto di pubblicazione", "pubblicazione consentita", "da pubblicare dopo", "da pubblicare a partire", "per la pubblicazione dopo", "pubblicabile dopo", "pubblicabile dalle", "pubblicabile dal"}, []string{"fino al", "fino alle", "prima del", "prima delle", "dalle", "dal"}},
	{"ro", []string{"a nu se publica înainte", "nu se publică înainte", "a nu se publica inainte", "nu se publica inainte", "pentru publicare după", "pentru publicare dupa", "a se publica după", "a se publica dupa"}, []string{"până la", "pana la", "până în", "înainte de", "inainte de"}},
	{"sv", []string{"får ej publiceras före", "får inte publiceras före", "publiceras ej före", "publiceras inte före", "ej för publicering före", "inte för publicering före", "publiceras tidigast", "spärrad till", "spärrfrist", "för publicering efter", "för publicering från"}, []string{"till", "före", "fram till", "från"}},
	{"no", []string{"sperrefrist", "sperret til", "sperret inntil", "ikke for publisering før", "ikke til publisering før", "kan ikke publiseres før", "skal ikke publiseres før", "publiseres ikke før", "publiseres tidligst", "for publisering etter", "til publisering etter"}, []string{"til", "inntil", "før", "fra"}},
	{"da", []string{"spærrefrist", "spærret til", "må ikke offentliggøres før", "offentliggøres ikke før", "ikke til offentliggørelse før", "må ikke bringes før", "offentliggøres tidligst", "til offentliggørelse efter"}, []string{"til", "indtil", "før", "fra"}},
	{"fi", []string{"julkaisuvapaa", "julkaistavissa", "ei julkaista ennen", "ei saa julkaista ennen", "julkaisukielto"}, []string{"asti", "saakka", "ennen", "jälkeen"}},
	{"is", []string{"ekki til birtingar fyrr en", "birting óheimil fyrr en"}, []string{"til", "fyrr en"}},
	{"et", []string{"avaldamiseks mitte enne", "ei avaldata enne", "avaldamiskeeld"}, []string{"kuni", "enne", "alates"}},
	{"lv", []string{"nepublicēt līdz", "nepublicēt pirms", "publicēt ne agrāk kā", "embargo līdz"}, []string{"līdz", "pirms", "no"}},
	{"lt", []string{"embargas", "neskelbti iki", "neskelbti anksčiau nei", "skelbti ne anksčiau kaip"}, []string{"iki", "nuo", "prieš"}},
	{"pl", []string{"nie publikować przed", "nie do publikacji przed", "do publikacji od", "zakaz publikacji", "do publikacji po", "do publikacji nie wcześniej niż", "publikacja po"}, []string{"do", "przed", "od"}},
	{"cs", []string{"nezveřejňovat před", "neuveřejňovat před", "zveřejnění nejdříve", "nezveřejňovat do", "zákaz zveřejnění", "ke zveřejnění po", "ke zveřejnění od", "zveřejnit až po"}, []string{"do", "před", "od"}},
	{"sk", []string{"nezverejňovať pred", "nezverejňovať do", "zverejniť najskôr", "zákaz zverejnenia", "na zverejnenie po", "zverejniť až po"}, []string{"do", "pred", "od"}},
	{"sl", []string{"ne objavljati pred", "ne objavljati do", "objava ne pred", "prepoved objave"}, []string{"do", "pred", "od"}},
	{"hr", []string{"ne objavljivati prije", "ne objavljivati do", "zabrana objave", "objava ne prije", "ne objavljivati pre", "za objavu nakon", "za objavljivanje nakon"}, []string{"do", "prije", "pre", "od"}},
	{"hu", []string{"embargó", "közlési tilalom", "nem közölhető", "nem publikálható", "zárolt anyag"}, []string{"-ig", "előtt", "után", "től", "tól"}},
	{"ru", []string{"эмбарго", "не публиковать до", "не для публикации до", "запрещено к публикации до", "публикация после", "не публиковать ранее", "для публикации после", "к публикации после", "для публикации не ранее"}, []string{"до", "ранее", "после"}},
	{"uk", []string{"ембарго", "не публікувати до", "не для публікації до", "публікація після", "для публікації після", "до публікації після"}, []string{"до", "після"}},
	{"bg", []string{"ембарго", "да не се публикува преди", "да не се публикува до", "не за публикуване преди"}, []string{"до", "преди", "след", "от"}},
	{"sr", []string{"ембарго", "не објављивати пре", "не објављивати до", "забрана објављивања"}, []string{"до", "пре", "од"}},
	{"el", []string{"εμπάργκο", "εμπαργκό", "να μη δημοσιευθεί πριν", "να μην δημοσιευθεί πριν", "απαγορεύεται η δημοσίευση", "μη δημοσιευτέο πριν", "για δημοσίευση μετά", "για δημοσίευση από", "προς δημοσίευση μετά", "προς δημοσίευση από"}, []string{"έως", "εως", "μέχρι", "πριν"}},
	{"tr", []string{"ambargo", "ambargolu", "yayın yasağı", "yayımlanamaz", "yayınlanamaz", "yayımlanmaz", "yayınlanmaz", "yayımlanmamalıdır", "yayınlanmamalıdır", "yayımlanması yasaktır", "yayımlanmaması rica olunur", "yayınlanmaması rica olunur"}, []string{"kadar", "önce", "sonra", "itibaren"}},
	{"ar", []string{"حظر النشر", "يحظر النشر", "ممنوع النشر", "محظور النشر", "لا ينشر قبل", "لا يُنشر قبل", "لا للنشر قبل", "يمنع النشر", "إمبارغو", "امبارغو", "للنشر بعد", "للنشر اعتبارا من", "للنشر اعتباراً من"}, []string{"حتى", "قبل", "بعد", "اعتبارا من", "اعتباراً من"}},
	{"he", []string{"אמברגו", "לא לפרסום לפני", "לא לפרסם לפני", "לא לפרסום עד", "איסור פרסום", "אסור לפרסום", "לפרסום אחרי", "לפרסום לאחר", "לפרסום החל מ"}, []string{"עד", "לפני", "אחרי"}},
	{"fa", []string{"امبارگو", "تحریم خبری", "انتشار ممنوع", "ممنوع‌الانتشار", "ممنوع الانتشار", "منتشر نشود"}, []string{"تا", "قبل از", "پیش از", "پس از"}},
	{"hi", []string{"एम्बार्गो", "एम्बारगो", "प्रकाशन प्रतिबंधित", "प्रकाशित न करें", "प्रसारित न करें", "प्रकाशन हेतु नहीं"}, []string{"तक", "से पहले", "के बाद"}},
	{"zh", append([]string{"禁止发布", "禁止發布", "禁止發佈", "禁止刊登", "禁止刊出", "禁止播出", "禁止见报", "禁止見報", "禁发", "禁發", "解禁時間", "解禁时间", "解禁日期", "解禁", "暫緩發布", "暂缓发布", "请勿在", "請勿在"}, zhRequests...), []string{"至", "前", "之前", "以前", "后", "後", "以后", "以後"}},
	{"ja", append([]string{"解禁", "報道解禁", "情報解禁", "掲載解禁", "報道禁止", "エンバーゴ"}, jaRequests...), []string{"まで", "以降", "前"}},
	{"ko", append([]string{"엠바고", "보도 유예", "보도유예", "보도 시점", "보도시점", "보도 일시", "보도일시", "보도 금지"}, koRequests...), []string{"까지", "이후", "전"}},
	{"id", []string{"tidak untuk disiarkan sebelum", "jangan disiarkan sebelum", "dilarang disiarkan sebelum", "boleh disiarkan setelah", "tidak untuk dipublikasikan sebelum", "embargo hingga"}, []string{"hingga", "sampai", "sebelum", "setelah"}},
	{"ms", []string{"tidak boleh disiarkan sebelum", "jangan disiarkan sebelum", "boleh disiarkan selepas", "sekatan siaran"}, []string{"sehingga", "hingga", "sebelum", "selepas"}},
	{"vi", []string{"cấm đăng", "không đăng trước", "không công bố trước", "không phát hành trước", "lệnh cấm công bố"}, []string{"đến", "trước", "sau"}},
	{"th", []string{"ห้ามเผยแพร่", "ห้ามเผยแพร่ก่อน", "ห้ามตีพิมพ์", "เอ็มบาร์โก"}, []string{"ก่อน", "จนถึง", "จนกว่า", "หลัง"}},
}

// koRequests, jaRequests and zhRequests are the cues of requests to report
// only after an instant ("… 이후에 보도해 주시기 바랍니다",
// "…以降に報道してください", "請於…後發布"): the instant comes first and only a polite
// ending may follow (politeEnd). They name news coverage itself, so prose
// about anything else being released after a date does not match them.
var (
	koRequests = []string{"이후 보도", "이후에 보도", "이후부터 보도"}
	// zhRequests: "請於3月5日上午10時後發布", "…前請勿發布".
	zhRequests = []string{"后发布", "後發布", "後發佈", "后刊登", "後刊登", "后播出", "後播出", "前请勿发布", "前請勿發布", "前請勿發佈", "前请勿刊登", "前請勿刊登", "後始得發布", "後始得刊登", "后方可发布", "後方可發布"}
	jaRequests = []string{"以降に報道", "以降の報道", "以降に掲載", "以降の掲載"}
	// politeEnd is what may follow a request's cue: a verb ending and a
	// word for please, may or request ("해 주시기 바랍니다", "가능합니다",
	// "요망", "してください", "いただきますよう", "をお願いいたします").
	// Prose about coverage since a date goes on otherwise: "이후 보도된
	// 의혹", "以降の報道について".
	politeEnd = regexp.MustCompile(`^\s*(?:(?:해|하여|해서|하시기|를|을)\s*)?(?:주시기\s*)?(?:바랍니다|바람|주십시오|주세요|부탁|요망|가능)|` +
		`^\s*(?:して|を|に)?\s*(?:ください|下さい|お願い|願います|いただ|頂|可)|` +
		`^\s*[，,。]?\s*(?:谢谢|謝謝|为荷|為荷|敬请|敬請)`)
)

// releaseLabels are the release-time headings of other languages, the
// kin of "RELEASE TIME:": they state an embargo only as a label that opens
// the line and is followed by a colon ("Megjelenhet: 2025. június 12.").
var releaseLabels = []string{
	"veröffentlichung", "freigabe", "veröffentlichungszeitpunkt", "parution", "date de diffusion", "date de publication",
	"publicación", "fecha de publicación", "publicação", "data de publicação", "pubblicazione", "data di pubblicazione",
	"publicatie", "publicatiedatum", "publicering", "publiceringstid", "publisering", "publiseringstidspunkt",
	"offentliggørelse", "julkaisuaika", "julkaisu", "avaldamine", "publicēšana", "paskelbimas", "publikacja",
	"data publikacji", "zveřejnění", "zverejnenie", "objava", "megjelenhet", "megjelenés", "közölhető", "publicare",
	"yayın tarihi", "yayın zamanı", "публикация", "время публикации", "публікація", "публикуване", "δημοσίευση",
	"ώρα δημοσίευσης", "موعد النشر", "وقت النشر", "מועד פרסום", "זמן פרסום", "زمان انتشار", "प्रकाशन समय",
	"发布时间", "發布時間", "公開日時", "掲載日時", "보도 시간", "waktu rilis", "waktu siaran", "thời gian phát hành", "เวลาเผยแพร่",
}

// variants gives a phrase as written and as it matches capitals that
// lose their marks: Greek without accents, Turkish with a plain i.
func variants(p string) []string {
	out := []string{p}
	if f := dates.Fold(p); f != p {
		out = append(out, f)
	}
	return out
}

// phraseRE is the alternation of phrases, each space matching any white
// space; Latin phrases must start a word (\b is ASCII-only, so the other
// scripts, where it cannot mark a word, go without).
func phraseRE(ps []string) string {
	var alts []string
	for _, p := range ps {
		for _, v := range variants(p) {
			q := strings.ReplaceAll(regexp.QuoteMeta(v), " ", `\s+`)
			if v[0] < 0x80 && v[0] != '-' && v[0] != '\'' {
				q = `\b` + q
			}
			alts = append(alts, q)
		}
	}
	return strings.Join(alts, "|")
}

func allPhrases(pick func(cue) []string) []string {
	var out []string
	for _, c := range cues {
		out = append(out, pick(c)...)
	}
	return out
}

// hints are the longest word of every cue phrase, folded ("publier" of
// "ne pas publier avant"): hint looks for any of them before the
// full pattern runs, and a short common word would let every text in.
var hints = func() []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, p := range append(allPhrases(func(c cue) []string { return c.phrases }), releaseLabels...) {
		p = dates.Fold(p)
		w := ""
		for _, f := range strings.Fields(p) {
			if len([]rune(f)) > len([]rune(w)) {
				w = f
			}
		}
		if len([]rune(w)) < 6 {
			w = p // "cấm đăng", "보도 유예": every word is common alone
		}
		add(w)
	}
	// The words of keyRE's own branches ("not to be published before",
	// "publicação autorizada a partir de", "ne pas diffuser avant").
	for _, w := range []string{"publish", "publication", "release", "broadcast", "not use", "not to be used", "permitid", "autoris", "autoriz",
		"allowed", "permitted", "erlaubt", "consentita", "publicar", "divulgar", "difundir", "publier", "diffuser", "pubblicare", "veröffentlich", "embarg"} {
		add(w)
	}
	return out
}()

// hintWords finds the hints in a text.
var hintWords = prefilter.NewWordSet(hints)
