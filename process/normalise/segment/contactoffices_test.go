package segment

import "testing"

// TestPublicOfficesNameNoOne: the words of a public relations or public
// information office, in any of the desk's languages, name an office and
// never a person (TestOfficeNamesAreNoPeople holds the parts); a heading
// in East Asian brackets names no one; a Japanese or Chinese office ends
// in its unit's character (係, 班, 处) like 部 and 課 (our own phrasings).
func TestPublicOfficesNameNoOne(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		// A role over the person holding it, rank and all.
		{[]string{"Il Responsabile della Pubblica Informazione", "Magg. Luca Neri", "tel. 06 555 0101", "upi@esempio.example"}, "Luca Neri"},
		{[]string{"Jefa de Relaciones Públicas", "Cap. Ana Ruiz", "Tel. 91 555 0101"}, "Ana Ruiz"},
		// An office on a line of its own, its words joined by spaces.
		{[]string{"お問い合わせ先", "陸上自衛隊 北部方面総監部 広報班", "電話 011-555-0101"}, "陸上自衛隊 北部方面総監部 広報班"},
		// A heading in brackets over the entry.
		{[]string{"【取材に関する報道関係者からのお問い合わせ先】", "株式会社サンプル工業 広報室", "TEL：03-5555-0101"}, "株式会社サンプル工業 広報室"},
		{[]string{"［新闻媒体联系方式］", "某某市应急管理局 宣传处", "电话：010-5555-0101"}, "某某市应急管理局 宣传处"},
		// Thai and Romanian public relations offices are offices.
		{[]string{"ฝ่ายประชาสัมพันธ์ กองบิน 7 โทร. 077-555-101"}, "ฝ่ายประชาสัมพันธ์ กองบิน 7"},
		{[]string{"Biroul de Relații Publice al Brigăzii 2", "Tel.: 021 555 0101"}, "Biroul de Relații Publice al Brigăzii 2"},
	} {
		if got := contactName(c.lines); got != c.want {
			t.Errorf("contactName(%q) = %q, want %q", c.lines, got, c.want)
		}
	}
}
