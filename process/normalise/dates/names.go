package dates

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-playground/locales"
	"github.com/go-playground/locales/ar"
	"github.com/go-playground/locales/az"
	"github.com/go-playground/locales/be"
	"github.com/go-playground/locales/bg"
	"github.com/go-playground/locales/bn"
	"github.com/go-playground/locales/bs"
	"github.com/go-playground/locales/ca"
	"github.com/go-playground/locales/cs"
	"github.com/go-playground/locales/da"
	"github.com/go-playground/locales/de"
	"github.com/go-playground/locales/el"
	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/es"
	"github.com/go-playground/locales/et"
	"github.com/go-playground/locales/fa"
	"github.com/go-playground/locales/fi"
	"github.com/go-playground/locales/fil"
	"github.com/go-playground/locales/fr"
	"github.com/go-playground/locales/ga"
	"github.com/go-playground/locales/he"
	"github.com/go-playground/locales/hi"
	"github.com/go-playground/locales/hr"
	"github.com/go-playground/locales/hu"
	"github.com/go-playground/locales/hy"
	"github.com/go-playground/locales/id"
	"github.com/go-playground/locales/is"
	"github.com/go-playground/locales/it"
	"github.com/go-playground/locales/ka"
	"github.com/go-playground/locales/kk"
	"github.com/go-playground/locales/ky"
	"github.com/go-playground/locales/lt"
	"github.com/go-playground/locales/lv"
	"github.com/go-playground/locales/mk"
	"github.com/go-playground/locales/ms"
	"github.com/go-playground/locales/mt"
	"github.com/go-playground/locales/nb"
	"github.com/go-playground/locales/nl"
	"github.com/go-playground/locales/nn"
	"github.com/go-playground/locales/pl"
	"github.com/go-playground/locales/pt"
	"github.com/go-playground/locales/ro"
	"github.com/go-playground/locales/ru"
	"github.com/go-playground/locales/sk"
	"github.com/go-playground/locales/sl"
	"github.com/go-playground/locales/sq"
	"github.com/go-playground/locales/sr"
	"github.com/go-playground/locales/sr_Latn"
	"github.com/go-playground/locales/sv"
	"github.com/go-playground/locales/sw"
	"github.com/go-playground/locales/th"
	"github.com/go-playground/locales/tr"
	"github.com/go-playground/locales/uk"
	"github.com/go-playground/locales/ur"
	"github.com/go-playground/locales/uz"
)

// cldr are the locales whose month and weekday names come from the
// Unicode CLDR, as github.com/go-playground/locales generates them: the
// EU and Nordic languages, Baltic, Slavic in Latin and Cyrillic script,
// Greek, Turkish, Arabic, Hebrew, Persian, Hindi and Urdu, Indonesian and
// Malay, Thai, and the later additions below. Chinese, Japanese, Korean and Vietnamese write months as
// numbers with a marker ("6月", "6월", "tháng 6"): FindDate reads those
// shapes instead.
var cldr = []locales.Translator{
	ar.New(), bg.New(), bs.New(), ca.New(), cs.New(), da.New(), de.New(), el.New(), en.New(), es.New(), et.New(), fa.New(),
	fi.New(), fr.New(), ga.New(), he.New(), hi.New(), hr.New(), hu.New(), id.New(), is.New(), it.New(), lt.New(), lv.New(),
	mk.New(), ms.New(), mt.New(), nb.New(), nl.New(), nn.New(), pl.New(), pt.New(), ro.New(), ru.New(), sk.New(), sl.New(),
	sq.New(), sr.New(), sr_Latn.New(), sv.New(), th.New(), tr.New(), uk.New(), ur.New(),
	// Caucasus, Central Asia, East Africa, Bengal, the Philippines; after
	// the others, so a word they share keeps its earlier month.
	az.New(), be.New(), bn.New(), fil.New(), hy.New(), ka.New(), kk.New(), ky.New(), sw.New(), uz.New(),
}

// months maps month names and abbreviations, folded, to their number.
// The hand-written forms come first: where two languages give one word
// different months (Croatian "listopad" is October, Polish November),
// the first writer wins.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	handMonths(m)
	for _, l := range cldr {
		for mon := time.January; mon <= time.December; mon++ {
			add(m, l.MonthWide(mon), mon)
			// Short forms ("sie", "lis") are words too; only longer ones.
			if a := l.MonthAbbreviated(mon); len([]rune(strings.TrimSuffix(a, "."))) >= 4 {
				add(m, a, mon)
			}
		}
	}
	return m
}()

// weekdays maps weekday names, folded, to their day; English's
// abbreviations too, as "Thu 5 June" is common.
var weekdays = func() map[string]time.Weekday {
	w := map[string]time.Weekday{}
	for _, l := range cldr {
		for d := time.Sunday; d <= time.Saturday; d++ {
			n := Fold(l.WeekdayWide(d))
			if _, ok := w[n]; !ok && n != "" {
				w[n] = d
			}
		}
	}
	for i, n := range []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} {
		w[n] = time.Weekday(i)
	}
	return w
}()

func add(m map[string]time.Month, name string, mon time.Month) {
	k := Fold(strings.TrimSuffix(name, "."))
	if _, ok := m[k]; !ok && k != "" {
		m[k] = mon
	}
}

// Month reads a month word in any of the languages above.
func Month(word string) (time.Month, bool) {
	if strings.ContainsAny(word, " \t\n\r\f") { // a name of two words
		word = strings.Join(strings.Fields(word), " ")
	}
	f := Fold(strings.TrimSuffix(word, "."))
	if m, ok := months[f]; ok {
		return m, true
	}
	// An inflected form: a name of five letters or more and a short
	// ending ("juunil", "júniusban", "kesäkuussa" from "kesäkuu").
	n, end := utf8.RuneCountInString(f), len(f)
	for cut := 1; cut <= 3 && n-cut >= 5; cut++ {
		_, size := utf8.DecodeLastRuneInString(f[:end])
		end -= size
		if m, ok := months[f[:end]]; ok && !noStem[f[:end]] {
			return m, true
		}
	}
	return 0, false
}

// noStem are month names that begin ordinary words of other languages and
// are read only whole: Swahili "Machi" (March) opens "machine(s)", which
// made "12 machines" the 12th of March.
var noStem = map[string]bool{"machi": true}

// Weekday reads a weekday word; an inflected form that extends the name
// counts ("csütörtökön", "Perşembe'ye" are read by their stems).
func Weekday(word string) (time.Weekday, bool) {
	f := Fold(word)
	if d, ok := weekdays[f]; ok {
		return d, true
	}
	best, day := "", time.Sunday // the longest name the word extends: Azerbaijani "cümə axşamı" (Thursday) extends "cümə" (Friday)
	for n, d := range weekdays {
		if len(n) >= 6 && len(n) > len(best) && strings.HasPrefix(f, n) {
			best, day = n, d
		}
	}
	return day, best != ""
}

// Fold lowercases a word for matching, so that capitals that lose their
// accents (Greek "ΙΟΥΛΙΟΥ") and Turkish dotted and dotless i match the
// dictionary forms.
func Fold(s string) string {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return folder.Replace(s)
		}
	}
	return s
}

var folder = strings.NewReplacer("ά", "α", "έ", "ε", "ή", "η", "ί", "ι", "ΐ", "ι", "ϊ", "ι", "ό", "ο", "ύ", "υ", "ΰ", "υ", "ϋ", "υ", "ώ", "ω", "ς", "σ",
	"i̇", "i", "ı", "i")

// handMonths adds the forms CLDR's format names lack: nominatives
// ("czerwiec", "červen"), Czech instrumentals ("před 27. srpnem"), capitals without accents ("ΙΟΥΛΙΟΥ" folds to
// "ιουλιου"), Hebrew "in <month>" ("במאי") and the abbreviations senders
// write ("Sept.", "févr.").
func handMonths(m map[string]time.Month) {
	for i, names := range [12]string{
		"january jan janvier janv januar jän jänner enero ene gennaio genn januari januar styczeń stycznia leden ledna lednem",
		"february feb febr février févr fevrier februar febrero febbraio februari luty lutego únor února únorem",
		"march mar mars märz maerz marzo maart marts mars marca marzec březen března březnem",
		"april apr avril abril aprile apr kwiecień kwietnia duben dubna dubnem",
		"may mai mayo maggio mei maj maja květen května květnem",
		"june jun juin juni junio giugno czerwiec czerwca červen června červnem",
		"july jul juillet juil juli julio luglio lipiec lipca červenec července červencem",
		"august aug août aout agosto augustus sierpień sierpnia srpen srpna srpnem",
		"september sep sept septembre septiembre settembre setembro wrzesień września září zářím",
		"october oct octobre oktober okt octubre ottobre outubro oktober październik października říjen října říjnem",
		"november nov novembre noviembre novembro listopad listopada listopadem",
		"december dec décembre decembre dezember dez diciembre dic dicembre desember grudzień grudnia prosinec prosince prosincem",
	} {
		for _, n := range strings.Fields(names) {
			add(m, n, time.Month(i+1))
		}
	}
	for i, names := range [12]string{"janeiro", "fevereiro", "março marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"} {
		for _, n := range strings.Fields(names) {
			add(m, n, time.Month(i+1)) // Portuguese
		}
	}
	// French abbreviations of three letters ("le 7 déc. 2026", "3 avr.")
	// and Estonian genitive stems, whose "e" drops before an ending
	// ("9. detsembrini" is "until 9 December").
	for i, names := range [12]string{"", "", "", "avr", "", "", "", "", "septembri", "oktoobri", "novembri", "déc detsembri"} {
		for _, n := range strings.Fields(names) {
			add(m, n, time.Month(i+1))
		}
	}
	// Malay's three-letter abbreviations, as Bernama datelines write them
	// ("PUTRAJAYA, 2 Dis -"); CLDR's are shorter than the four letters
	// taken from it.
	for i, n := range [12]string{"jan", "feb", "mac", "apr", "mei", "jun", "jul", "ogos", "sep", "okt", "nov", "dis"} {
		add(m, n, time.Month(i+1))
	}
	// Russian and Ukrainian, nominative and genitive ("12 июня 2025 г.").
	for i, names := range [12]string{
		"январь января янв січень січня", "февраль февраля фев лютий лютого", "март марта мар березень березня",
		"апрель апреля апр квітень квітня", "май мая травень травня", "июнь июня июн червень червня",
		"июль июля июл липень липня", "август августа авг серпень серпня", "сентябрь сентября сен сент вересень вересня",
		"октябрь октября окт жовтень жовтня", "ноябрь ноября ноя листопад листопада", "декабрь декабря дек грудень грудня",
	} {
		for _, n := range strings.Fields(names) {
			add(m, n, time.Month(i+1))
		}
	}
	// Languages whose genitive or locative month forms differ from the
	// nominative: Hungarian, Romanian, Croatian, Estonian, Finnish,
	// Scandinavian, Lithuanian, Turkish, Greek (with and without accents,
	// as capitals lose them), Bulgarian, Arabic and Hebrew ("במאי", "in May").
	for i, names := range [12]string{
		"január ianuarie siječnja siječanj jaanuar tammikuuta tammikuu sausio ocak ιανουαρίου ιανουαριου януари يناير ינואר",
		"február februarie veljače veljača veebruar helmikuuta helmikuu vasario şubat subat φεβρουαρίου φεβρουαριου февруари فبراير פברואר",
		"március márc martie ožujka ožujak märts maaliskuuta maaliskuu kovo mart μαρτίου μαρτιου مارس מרץ",
		"április ápr aprilie travnja travanj aprill huhtikuuta huhtikuu balandžio nisan απριλίου απριλιου أبريل ابريل אפריל",
		"május máj svibnja svibanj toukokuuta toukokuu gegužės mayıs mayis μαΐου μαιου μαϊου مايو מאי",
		"június jún iunie lipnja lipanj juuni kesäkuuta kesäkuu birželio haziran ιουνίου ιουνιου юни يونيو יוני",
		"július júl iulie srpnja srpanj juuli heinäkuuta heinäkuu liepos temmuz ιουλίου ιουλιου юли يوليو יולי",
		"augusztus kolovoza kolovoz elokuuta elokuu augusti rugpjūčio ağustos agustos αυγούστου αυγουστου أغسطس اغسطس אוגוסט",
		"szeptember szept septembrie rujna rujan syyskuuta syyskuu rugsėjo eylül eylul σεπτεμβρίου σεπτεμβριου септември سبتمبر ספטמבר",
		"október octombrie oktoober lokakuuta lokakuu spalio ekim οκτωβρίου οκτωβριου октомври أكتوبر اكتوبر אוקטובר",
		"noiembrie studenoga studeni marraskuuta marraskuu lapkričio kasım kasim νοεμβρίου νοεμβριου ноември نوفمبر נובמבר",
		"decembrie prosinca detsember joulukuuta joulukuu gruodžio aralık aralik δεκεμβρίου δεκεμβριου декември ديسمبر דצמבר",
	} {
		for _, n := range strings.Fields(names) {
			add(m, n, time.Month(i+1))
			if r := []rune(n); r[0] >= 0x5d0 && r[0] <= 0x5ea {
				add(m, "ב"+n, time.Month(i+1)) // Hebrew "in <month>"
			}
		}
	}
	// Serbian and Macedonian Cyrillic; Levantine Arabic's one-word Syriac
	// names.
	for i, names := range [12]string{
		"јануар јануара јануари", "фебруар фебруара февруари شباط", "март марта آذار", "април априла نيسان",
		"мај маја أيار", "јун јуна јуни حزيران", "јул јула јули تموز", "август августа آب",
		"септембар септембра септември أيلول", "октобар октобра октомври", "новембар новембра ноември", "децембар децембра декември",
	} {
		for _, n := range strings.Fields(names) {
			add(m, n, time.Month(i+1))
		}
	}
	// Levantine Arabic's names of two words.
	for name, mon := range map[string]time.Month{"كانون الثاني": time.January, "تشرين الأول": time.October, "تشرين الثاني": time.November, "كانون الأول": time.December} {
		add(m, name, mon)
	}
	// Slovene, Serbian and Bosnian (Latin), Latvian, Indonesian and Malay,
	// Slovak, Hindi.
	for i, names := range [12]string{
		"januarja januara janvāris janvārī januára जनवरी",
		"februarja februara februāris februārī februari februára फ़रवरी फरवरी",
		"marta marts martā maret मार्च",
		"aprila aprīlis aprīlī apríla अप्रैल",
		"maja maijs maijā mája मई",
		"junija juna jūnijs jūnijā jun júna जून",
		"julija jula jūlijs jūlijā júla जुलाई",
		"avgusta augusts augustā agustus ogos augusta अगस्त",
		"septembra septembris septembrī सितंबर सितम्बर",
		"oktobra oktobris oktobrī októbra अक्टूबर",
		"novembra novembris novembrī नवंबर नवम्बर",
		"decembra decembris decembrī desember disember दिसंबर दिसम्बर",
	} {
		for _, n := range strings.Fields(names) {
			add(m, n, time.Month(i+1))
			if r := []rune(n); r[0] >= 0x5d0 && r[0] <= 0x5ea {
				add(m, "ב"+n, time.Month(i+1)) // Hebrew "in <month>"
			}
		}
	}
}
