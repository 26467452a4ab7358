package embargo

import (
	"testing"
	"time"
)

// sent is a Date header on Tuesday 10 June 2025 at 09:00 with the given
// UTC offset in minutes.
func sent(offset int) *time.Time {
	t := time.Date(2025, 6, 10, 9, 0, 0, 0, time.FixedZone("", offset*60))
	return &t
}

// TestLanguages: an embargo line in each language class the desk
// receives, in phrasings of our own (not the corpus's): the cue word, its
// "until/before/from", the language's date shape and its clock words.
func TestLanguages(t *testing.T) {
	for _, tc := range []struct {
		line    string
		offset  int    // the sender's UTC offset, minutes
		want    string // RFC 3339 UTC
		assumed bool   // no zone written
	}{
		{"Sperrfrist: Donnerstag, 12. Juni 2025, 11:00 Uhr MESZ", 120, "2025-06-12T09:00:00Z", false},
		{"Niet publiceren voor 12 juni 2025, 10.00 uur", 120, "2025-06-12T08:00:00Z", true},
		{"Sous embargo jusqu'au jeudi 12 juin 2025 à 8 h 30 (heure de Paris)", 120, "2025-06-12T06:30:00Z", false},
		{"EMBARGO HASTA LAS 10:00 HORA PENINSULAR DEL 12 DE JUNIO DE 2025", 120, "2025-06-12T08:00:00Z", false},
		{"Embargo fino alle ore 12:00 di giovedì 12 giugno 2025 (ora italiana)", 120, "2025-06-12T10:00:00Z", false},
		{"Embargo até às 09h00 de 12 de junho de 2025 (hora de Lisboa)", 60, "2025-06-12T08:00:00Z", false},
		{"A nu se publica înainte de 12 iunie 2025, ora 10:00 (ora României)", 180, "2025-06-12T07:00:00Z", false},
		{"Får ej publiceras före torsdag 12 juni 2025 kl. 08.00", 120, "2025-06-12T06:00:00Z", true},
		{"Publiceras inte före onsdag den 11 juni 2025 kl. 07.30", 120, "2025-06-11T05:30:00Z", true},
		{"Spærrefrist: 12. juni 2025 kl. 10.00 dansk tid", 120, "2025-06-12T08:00:00Z", false},
		{"Offentliggøres ikke før 12. juni 2025 kl. 10.00", 120, "2025-06-12T08:00:00Z", true},
		{"Publiseres ikke før 12. juni 2025 kl. 10.00", 120, "2025-06-12T08:00:00Z", true},
		{"EMBARGO kuni 14. novembrini 2025 kell 9.00", 120, "2025-11-14T07:00:00Z", true},
		{"Sperrefrist torsdag 12. juni klokken 10.00", 120, "2025-06-12T08:00:00Z", true},
		{"Julkaistavissa torstaina 12.6.2025 klo 10.00 Suomen aikaa", 180, "2025-06-12T07:00:00Z", false},
		{"Avaldamiseks mitte enne 12. juunil 2025 kell 10.00", 180, "2025-06-12T07:00:00Z", true},
		{"Nepublicēt līdz 2025. gada 12. jūnijā plkst. 10.00", 180, "2025-06-12T07:00:00Z", true},
		{"Neskelbti iki 2025 m. birželio 12 d. 10 val.", 180, "2025-06-12T07:00:00Z", true},
		{"Embargo do 12 czerwca 2025 r., godz. 10:00", 120, "2025-06-12T08:00:00Z", true},
		{"Nezveřejňovat před 12. června 2025, 10:00 SELČ", 120, "2025-06-12T08:00:00Z", false},
		{"EMBARGO: nezveřejňovat před 12. červnem 2025, 10:00", 120, "2025-06-12T08:00:00Z", true},
		{"Embargo do 12. júna 2025 do 10.00 h", 120, "2025-06-12T08:00:00Z", true},
		{"Ne objavljati pred 12. junijem 2025 ob 10.00", 120, "2025-06-12T08:00:00Z", true},
		{"Ne objavljivati prije 12. lipnja 2025. u 10 sati", 120, "2025-06-12T08:00:00Z", true},
		{"Эмбарго до 10:00 по московскому времени 12 июня 2025 года", 180, "2025-06-12T07:00:00Z", false},
		{"Ембарго до 12 червня 2025 р., 10:00 за київським часом", 180, "2025-06-12T07:00:00Z", false},
		{"Ембарго до 12 юни 2025 г., 10:00 ч. българско време", 180, "2025-06-12T07:00:00Z", false},
		{"Εμπάργκο έως την Πέμπτη 12 Ιουνίου 2025, 10:00 (ώρα Ελλάδος)", 180, "2025-06-12T07:00:00Z", false},
		{"ΕΜΠΑΡΓΚΟ ΜΕΧΡΙ 12 ΙΟΥΝΙΟΥ 2025, 10:00", 180, "2025-06-12T07:00:00Z", true},
		{"12 Haziran 2025 Perşembe saat 10.00'a (TSİ) kadar yayımlanamaz", 180, "2025-06-12T07:00:00Z", false},
		{"AMBARGO: 12 HAZİRAN 2025, SAAT 10:00 TSİ", 180, "2025-06-12T07:00:00Z", false},
		{"لا يُنشر قبل الساعة 9:00 مساءً بتوقيت السعودية يوم 12 يونيو 2025", 180, "2025-06-12T18:00:00Z", false},
		{"حظر النشر حتى ١٢ يونيو ٢٠٢٥ الساعة ١٠:٠٠", 240, "2025-06-12T06:00:00Z", true},
		{"לא לפרסום לפני יום חמישי, 12 ביוני 2025, בשעה 10:00", 180, "2025-06-12T07:00:00Z", true},
		{"امبارگو: تا ساعت ۱۰:۰۰ روز ۱۲ ژوئن ۲۰۲۵ به وقت تهران", 210, "2025-06-12T06:30:00Z", false},
		{"12 जून 2025 को सुबह 10:00 बजे (IST) से पहले प्रकाशित न करें", 330, "2025-06-12T04:30:00Z", false},
		{"本新闻稿禁止发布至北京时间2025年6月12日10:00", 480, "2025-06-12T02:00:00Z", false},
		{"【解禁日時】2025年6月12日（木）午前10時", 540, "2025-06-12T01:00:00Z", true},
		{"報道解禁：6月12日（木）15:00", 540, "2025-06-12T06:00:00Z", true},
		{"보도시점: 2025년 6월 12일(목) 오전 10시", 540, "2025-06-12T01:00:00Z", true},
		{"2025. 6. 12.(목) 조간 보도 이후 보도", 540, "2025-06-11T15:00:00Z", true},
		{"Embargo hingga Kamis, 12 Juni 2025 pukul 10.00 WIB", 420, "2025-06-12T03:00:00Z", false},
		{"Tidak boleh disiarkan sebelum 12 Jun 2025, jam 10.00 pagi", 480, "2025-06-12T02:00:00Z", true},
		{"Không đăng trước 10 giờ ngày 12 tháng 6 năm 2025", 420, "2025-06-12T03:00:00Z", true},
		{"ห้ามเผยแพร่ก่อนวันที่ 12 มิถุนายน 2568 เวลา 10.00 น.", 420, "2025-06-12T03:00:00Z", true},
		{"Embargó: 2025. június 12., csütörtök 10:00 (CEST)", 120, "2025-06-12T08:00:00Z", false},
		{"Közlési tilalom: 2025. június 12. 10 óráig", 120, "2025-06-12T08:00:00Z", true},
		{"Megjelenhet: 2025. június 12. 10.00 (CEST)", 120, "2025-06-12T08:00:00Z", false},
		{"Yayın tarihi: 12.06.2025 saat 10:00 TSİ", 180, "2025-06-12T07:00:00Z", false},
		{"12 Haziran Perşembe günü saat 10.00'a kadar yayınlanmaması rica olunur", 180, "2025-06-12T07:00:00Z", true},
	} {
		e := ParseEmbargo(tc.line, sent(tc.offset))
		if got := e.Until.Format(time.RFC3339); !e.Found || !e.Resolved || got != tc.want || e.AssumedTZ != tc.assumed {
			t.Errorf("%q: found %v resolved %v until %s assumed %v; want %s assumed %v", tc.line, e.Found, e.Resolved, got, e.AssumedTZ, tc.want, tc.assumed)
		}
	}
}

// TestStatedWithoutInstant: a line that clearly states an embargo but
// gives no readable instant is found and not resolved (the draft is
// held), in any language; a mention in prose is not a statement.
func TestStatedWithoutInstant(t *testing.T) {
	for _, line := range []string{
		"Embargo tot nader bericht", "Sperrfrist: bis auf Weiteres", "Sous embargo jusqu'à nouvel ordre",
		"ΕΜΠΑΡΓΚΟ ΜΕΧΡΙ ΝΕΩΤΕΡΑΣ", "Эмбарго: до особого распоряжения", "אמברגו עד להודעה חדשה",
		"امبارگو: تا ۲۲ خرداد ۱۴۰۴", // Solar Hijri: not read, so held
		"Julkaisuvapaa: ilmoitetaan myöhemmin", "엠바고", "解禁日時：追ってご連絡します",
	} {
		if e := ParseEmbargo(line, sent(120)); !e.Found || e.Resolved || e.Immediate {
			t.Errorf("%q: found %v resolved %v immediate %v, want a hold", line, e.Found, e.Resolved, e.Immediate)
		}
	}
	for _, line := range []string{
		"The arms embargo on the region was lifted in 2019.", "Das Waffenembargo gegen das Land gilt seit 2014.",
		"L'embargo sur les armes a été levé en 2019.", "Publicação autorizada: imediata", "Embargo: ninguno",
		"Sperrfrist: keine", "Embargo: geen", "Ambargo: yok", "Embargo: brak", "엠바고: 없음", "Embargo: aucun",
	} {
		if e := ParseEmbargo(line, sent(120)); e.Resolved || e.Found && !e.Immediate {
			t.Errorf("%q: found %v immediate %v resolved %v, want no embargo", line, e.Found, e.Immediate, e.Resolved)
		}
	}
}

// TestZones: zone labels in the sender's context, offsets, and local-time
// names with their daylight saving.
func TestZones(t *testing.T) {
	for _, tc := range []struct {
		line   string
		offset int
		want   string
	}{
		{"Embargo: 09:00 CST, 12 June 2025", 480, "2025-06-12T01:00:00Z"},  // from Beijing: China
		{"Embargo: 09:00 CST, 12 June 2025", -300, "2025-06-12T15:00:00Z"}, // from Chicago in summer: US Central
		{"Embargo: 09:00 CST, 12 June 2025", 120, "2025-06-12T15:00:00Z"},  // from Europe: the usual reading
		{"Embargo: 09:00 AST, 12 June 2025", 180, "2025-06-12T06:00:00Z"},  // from Riyadh: Arabia
		{"Embargo: 09:00 AST, 12 June 2025", -180, "2025-06-12T13:00:00Z"}, // from Halifax: Atlantic
		{"Embargo: 09:00 IST, 12 June 2025", 60, "2025-06-12T08:00:00Z"},   // from Dublin
		{"Embargo: 09:00 IST, 12 June 2025", 180, "2025-06-12T06:00:00Z"},  // from Tel Aviv
		{"Embargo: 09:00 IST, 12 June 2025", 330, "2025-06-12T03:30:00Z"},  // from Delhi
		{"Embargo: 09:00 IST, 12 June 2025", -240, "2025-06-12T03:30:00Z"}, // from elsewhere: India's
		{"Embargo: 09:00 GST, 12 June 2025", 240, "2025-06-12T05:00:00Z"},
		{"Embargo: 09:00 SGT, 12 June 2025", 480, "2025-06-12T01:00:00Z"},
		{"Embargo: 09:00 HKT, 12 June 2025", 480, "2025-06-12T01:00:00Z"},
		{"Embargo: 09:00 KST, 12 June 2025", 540, "2025-06-12T00:00:00Z"},
		{"Embargo: 09:00 JST, 12 June 2025", 540, "2025-06-12T00:00:00Z"},
		{"Embargo: 09:00 EEST, 12 June 2025", 180, "2025-06-12T06:00:00Z"},
		{"Embargo: 09:00 МСК, 12 June 2025", 180, "2025-06-12T06:00:00Z"},
		{"Embargo: 09:00 ET, 12 January 2025", 60, "2025-01-12T14:00:00Z"}, // ET follows daylight saving
		{"Embargo: 09:00 ET, 12 June 2025", 60, "2025-06-12T13:00:00Z"},
		{"Embargo: 09:00 (UTC−03:00), 12 June 2025", 0, "2025-06-12T12:00:00Z"},
		{"Embargo: 09:00 GMT+05:30, 12 June 2025", 0, "2025-06-12T03:30:00Z"},
		{"Embargo: 12 June 2025 09:00 +0200", 0, "2025-06-12T07:00:00Z"},
		{"Embargo: 09:00 hora de Canarias, 12 de junio de 2025", 120, "2025-06-12T08:00:00Z"},
		{"Embargo: 09:00 ora României, 12 ianuarie 2025", 120, "2025-01-12T07:00:00Z"},  // EET in winter
		{"Embargoed until 9 a.m. Eastern Time, 06/12/2025", 60, "2025-06-12T13:00:00Z"}, // month-first, EDT
		// a European zone's day first, whatever script a note after it is in
		{"Sperrfrist: 04/07/2025 11:00 MESZ（韓國時間 18:00）", 120, "2025-07-04T09:00:00Z"},
		{"【4/7 11:00 KST 엠바고】", 540, "2025-04-07T02:00:00Z"},
	} {
		e := ParseEmbargo(tc.line, sent(tc.offset))
		if got := e.Until.Format(time.RFC3339); !e.Resolved || got != tc.want || e.AssumedTZ {
			t.Errorf("%q from %+d min: resolved %v until %s assumed %v; want %s", tc.line, tc.offset, e.Resolved, got, e.AssumedTZ, tc.want)
		}
	}
}

// TestPoliteRequestsAfterTheInstant: verb-final languages state an
// embargo as a request that closes the sentence after its instant,
// with the politeness endings after the cue ("… 이후에 보도해 주시기
// 바랍니다", "…以降に報道してください"); prose about something else
// released after a date states none. Our own phrasings.
func TestPoliteRequestsAfterTheInstant(t *testing.T) {
	for _, tc := range []struct {
		line   string
		offset int
		want   string
	}{
		{"이 자료는 2025년 6월 12일(목) 10:00 이후에 보도해 주시기 바랍니다.", 540, "2025-06-12T01:00:00Z"},
		{"2025년 6월 12일 오전 10시 이후 보도 바랍니다", 540, "2025-06-12T01:00:00Z"},
		{"본 보도자료는 6월 12일(목) 15시 이후 보도하여 주시기 바랍니다.", 540, "2025-06-12T06:00:00Z"},
		{"2025년 6월 12일(목) 10:00 이후부터 보도 가능합니다.", 540, "2025-06-12T01:00:00Z"},
		{"本資料は2025年6月12日（木）10時以降に報道してください。", 540, "2025-06-12T01:00:00Z"},
		{"2025年6月12日（木）午前10時以降の掲載をお願いいたします。", 540, "2025-06-12T01:00:00Z"},
		{"6월 12일 10시 이후 보도 요망", 540, "2025-06-12T01:00:00Z"},
		{"6월 12일(목) 10시 이후 보도하시기 바랍니다.", 540, "2025-06-12T01:00:00Z"},
		{"6月12日10時以降に報道願います", 540, "2025-06-12T01:00:00Z"},
		{"6月12日（木）10時以降に報道いただきますようお願い申し上げます。", 540, "2025-06-12T01:00:00Z"},
		{"請於2025年6月12日上午10時後發布", 480, "2025-06-12T02:00:00Z"},
		{"【限6月12日10:00後發布】", 480, "2025-06-12T02:00:00Z"},
		{"本新闻稿请于6月12日上午10时后发布，谢谢", 480, "2025-06-12T02:00:00Z"},
		{"2025年6月12日上午10時前請勿發布", 480, "2025-06-12T02:00:00Z"},
		{"新聞稿（禁止刊登至6月12日上午10時）", 480, "2025-06-12T02:00:00Z"},
		{"請於6月12日（星期四），上午10時後發布", 480, "2025-06-12T02:00:00Z"},
	} {
		st := ParseEmbargo(tc.line, sent(tc.offset))
		if st.Until.IsZero() || st.Until.UTC().Format(time.RFC3339) != tc.want {
			t.Errorf("%q: got %v, want %s", tc.line, st.Until, tc.want)
		}
	}
	for _, line := range []string{
		"同社は2026年以降の公開を予定している。",
		"2025年6月12日、防衛省は輸出規制の解禁を発表した。",
		"新版本将于2026年后发布。",
		"該公司預計於6月12日後發布新型雷達。",
		"新型巡防艦的測試結果將在6月12日後發布。",
		// a 請 of another sentence, the 限 of a word
		"華新科技有限公司的新型號將於6月12日後發布。",
		"更多資訊請瀏覽官網。第二代感測器預計7月3日後發布。",
		"限量版球鞋將於9月1日後發布。",
		"如有疑問請聯繫我們，新款無人機將於9月1日後發布。",
		"국방부는 2025년 6월 12일 이후 계획을 설명했다.",
		// coverage since a date, not a request to wait for it
		"회사는 지난 3월 10일 이후 보도된 의혹에 대해 입장을 밝혔다.",
		"2025년 1월 이후에 보도된 기사를 분석했다.",
		"3月10日以降の報道について、当社の見解をお知らせいたします。",
		"2025年1月以降に報道された内容は事実と異なります。",
	} {
		if st := ParseEmbargo(line, sent(540)); st.Found {
			t.Errorf("%q: prose read as an embargo until %v (zero: a hold)", line, st.Until)
		}
	}
}
