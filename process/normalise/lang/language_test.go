package lang

import "testing"

func TestDetectLanguage(t *testing.T) {
	for want, text := range map[string]string{
		"en": "The ministry said on Tuesday that the new ships will be delivered to the navy by the end of the year.",
		"fr": "Le ministère des Armées a annoncé que les nouveaux navires seront livrés à la Marine nationale avant la fin de l'année.",
		"de": "Das Ministerium teilte mit, dass die neuen Schiffe bis zum Ende des Jahres an die Marine ausgeliefert werden.",
		"es": "El ministerio anunció que los nuevos buques serán entregados a la Armada antes del final del año.",
		"nl": "Het ministerie heeft bekendgemaakt dat de nieuwe schepen voor het einde van het jaar aan de marine worden geleverd.",
		"pl": "Ministerstwo poinformowało, że nowe okręty zostaną przekazane marynarce wojennej do końca roku, jak podano w komunikacie.",
		"fi": "Ministeriö kertoi, että uudet alukset luovutetaan merivoimille vuoden loppuun mennessä, ja se on myös tärkeää.",
		"uk": "Міністерство оборони повідомило, що нові кораблі будуть передані військово-морським силам до кінця року.",
		"ru": "Министерство обороны сообщило, что новые корабли будут переданы военно-морскому флоту до конца этого года.",
		"el": "Το υπουργείο ανακοίνωσε ότι τα νέα πλοία θα παραδοθούν στο ναυτικό μέχρι το τέλος του έτους.",
		"":   "12345 ---",
	} {
		if got := Detect(text); got != want {
			t.Errorf("detectLanguage(%.30q) = %q, want %q", text, got, want)
		}
	}
}

// Sentences written for this test: close languages, mixed scripts.
func TestDetectLanguageHardCases(t *testing.T) {
	for _, tc := range []struct{ want, text string }{
		{"sv", "Myndigheten meddelade på tisdagen att de nya fartygen ska levereras till marinen före årets slut och att arbetet går enligt plan."},
		{"da", "Ministeriet oplyste tirsdag, at de nye skibe vil blive leveret til søværnet inden årets udgang, og at arbejdet følger planen af hensyn til."},
		{"no", "Departementet opplyste tirsdag at de nye skipene vil bli levert til sjøforsvaret før årets slutt, og at arbeidet følger planen av hensyn til."},
		{"sl", "Ministrstvo je v torek sporočilo, da bodo nove ladje predane mornarici do konca leta in da delo poteka po načrtu ter brez zamud."},
		{"ja", "株式会社北辰重工は本日、新型護衛艦の設計契約を締結したと発表しました。Hokushin Heavy Industries Co., Ltd. (Tokyo)"},
		{"ko", "북해조선은 오늘 신형 호위함 설계 계약을 체결했다고 밝혔다. 國防 Bukhae Shipbuilding"},
		{"zh", "北辰重工今日宣布签署新型护卫舰设计合同。Beichen Heavy Industries"},
		{"lt", "Ministerija antradienį pranešė, kad nauji laivai bus perduoti karinėms jūrų pajėgoms iki metų pabaigos ir kad darbai vyksta pagal planą."},
		{"sq", "Ministria e Mbrojtjes njoftoi të martën se anijet e reja do t'i dorëzohen marinës deri në fund të vitit dhe se puna po ecën sipas planit."},
		{"id", "Kementerian Pertahanan mengumumkan pada hari Selasa bahwa kapal baru akan diserahkan kepada angkatan laut karena pekerjaan berjalan sesuai rencana."},
		{"id", "Badan Pencarian dan Pertolongan meresmikan dua kapal baru di pelabuhan Surabaya, dan kapal itu akan dipakai untuk operasi di Laut Jawa dengan awak dari kantor cabang."}, // no word only one of the two writes
		{"ms", "Kementerian Pertahanan mengumumkan pada hari Selasa bahawa kapal baharu akan diserahkan kepada tentera laut kerana kerja berjalan mengikut rancangan."},
		{"vi", "Bộ Quốc phòng cho biết các tàu mới sẽ được bàn giao cho hải quân trước cuối năm và công việc đang theo đúng kế hoạch."},
		{"hi", "रक्षा मंत्रालय ने मंगलवार को घोषणा की कि नए जहाज वर्ष के अंत तक नौसेना को सौंप दिए जाएंगे। DRDO"},
		{"bn", "প্রতিরক্ষা মন্ত্রণালয় মঙ্গলবার জানিয়েছে যে নতুন জাহাজগুলি বছরের শেষে নৌবাহিনীর কাছে হস্তান্তর করা হবে।"},
		{"sr", "Министарство одбране саопштило је да ће нови бродови бити предати морнарици до краја године."},
		{"mk", "Министерството за одбрана соопшти дека новите бродови ќе бидат предадени на морнарицата до крајот на годината."},
		{"ar", "أعلنت وزارة الدفاع يوم الثلاثاء أن السفن الجديدة ستسلم إلى القوات البحرية قبل نهاية العام."},
		{"fa", "وزارت دفاع روز سه‌شنبه اعلام کرد که کشتی‌های جدید تا پایان سال به نیروی دریایی تحویل داده می‌شود."},
		{"ur", "وزارت دفاع نے منگل کو اعلان کیا کہ نئے جہاز سال کے آخر تک بحریہ کے حوالے کر دیے جائیں گے۔"},
		// added with writer m's languages: Swahili and Tagalog by their
		// function words, Kazakh, Kyrgyz and Mongolian by the letters their
		// Cyrillic alphabets add
		{"sw", "Serikali ya mkoa imesema kwamba ujenzi wa daraja hilo utaanza mwezi ujao na utakamilika kabla ya mwaka 2027, kwa mujibu wa taarifa ya leo."},
		{"tl", "Sinabi ng pamahalaang lungsod na ang bagong tulay ay bubuksan sa publiko sa susunod na buwan, ayon sa pahayag na inilabas ngayong araw."},
		{"kk", "Қала әкімдігі жаңа көпірдің құрылысы келесі айда басталатынын және 2027 жылы аяқталатынын хабарлады."},
		{"ky", "Шаардык мэрия жаңы көпүрөнүн курулушу кийинки айда башталарын жана 2027-жылы бүтөрүн билдирди."},
		{"mn", "Хотын захиргаа шинэ гүүрний барилгын ажил ирэх сард эхэлж, 2027 онд дуусна гэж мэдэгдэв."},
		{"ru", "Городская администрация сообщила, что строительство нового моста начнётся в следующем месяце."},
	} {
		if got := Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%.40q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
