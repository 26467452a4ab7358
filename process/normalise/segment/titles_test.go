package segment

import "testing"

// TestTitlesAndRolesBeforeNames: a title of address or a role written
// before a name is dropped, in the desk's languages (our own names).
func TestTitlesAndRolesBeforeNames(t *testing.T) {
	cases := map[string]string{
		"Pressesprecherin Anna Weber": "Anna Weber", "Head of Media Relations Tom Reid": "Tom Reid", "Directrice de la communication Claire Roy": "Claire Roy",
		"Jefa de Prensa Laura Gil": "Laura Gil", "Responsabile Comunicazione Marco Neri": "Marco Neri", "Woordvoerder Jan Smit": "Jan Smit",
		"Rzecznik prasowy Anna Nowak": "Anna Nowak", "Tisková mluvčí Jana Nová": "Jana Nová", "Kommunikationschef Erik Lind": "Erik Lind",
		"Viestintäjohtaja Laura Virtanen": "Laura Virtanen", "Пресс-секретарь Ирина Смирнова": "Ирина Смирнова", "Basın Müşaviri Elif Demir": "Elif Demir",
		"Εκπρόσωπος Τύπου Μαρία Παππά": "Μαρία Παππά", "Purtător de cuvânt Andrei Popescu": "Andrei Popescu", "Communications Manager Ann Lowe": "Ann Lowe",
		"Senior Press Officer Grace Hall": "Grace Hall", "Media Adviser Sam Ortiz": "Sam Ortiz", "Mr. John Smith": "John Smith", "Frau Dr. Anna Weber": "Anna Weber",
		"Herr Jan Meier": "Jan Meier", "Mme Claire Roy": "Claire Roy", "Sig.ra Giulia Neri": "Giulia Neri", "Dott.ssa Giulia Neri": "Giulia Neri", "Dott. Marco Neri": "Marco Neri",
		"Sra. Ana Ruiz": "Ana Ruiz", "Dhr. Jan Smit": "Jan Smit", "Mevr. Eva Jansen": "Eva Jansen", "Pan Jan Nowak": "Jan Nowak", "Pani Anna Nowak": "Anna Nowak",
		"Ing. Jan Novák": "Jan Novák", "Mgr. Petr Novák": "Petr Novák", "PhDr. Eva Malá": "Eva Malá", "Bc. Petr Malý": "Petr Malý", "Prof. Dr. Hans Bauer": "Hans Bauer",
		"г-н Иван Петров": "Иван Петров", "κ. Γιώργος Παππάς": "Γιώργος Παππάς", "Sayın Ahmet Yılmaz": "Ahmet Yılmaz", "Bapak Budi Santoso": "Budi Santoso",
		"Ibu Dewi Lestari": "Dewi Lestari", "Ông Nguyễn Văn An": "Nguyễn Văn An", "Bà Trần Thị Bình": "Trần Thị Bình", "Dipl.-Ing. Hans Bauer": "Hans Bauer",
		"Mag. Thomas Reiter": "Thomas Reiter", "MMag. Eva Gruber": "Eva Gruber", "DI Anna Gruber": "Anna Gruber", "Mag.a Eva Gruber": "Eva Gruber", "Dr.in Anna Berger": "Anna Berger",
		"Lic. María Ruiz": "María Ruiz", "Ing. Carlos Soto": "Carlos Soto", "Sr. Luis Gil": "Luis Gil", "Dña. Ana Ruiz": "Ana Ruiz", "Drs. Jan Smit": "Jan Smit", "Ir. Eva Jansen": "Eva Jansen",
		"Hr. Jens Holm": "Jens Holm", "Fru Karin Berg": "Karin Berg", "Rouva Laura Virtanen": "Laura Virtanen", "Herra Mikko Salo": "Mikko Salo", "dr. Kovács Anna": "Kovács Anna",
		"Doamna Ana Popescu": "Ana Popescu", "Domnul Andrei Popescu": "Andrei Popescu", "Gospođa Ana Horvat": "Ana Horvat", "Mx Sam Ortiz": "Sam Ortiz",
		"新闻发言人 张敏": "张敏", "報道官 鈴木 一郎": "鈴木 一郎", "발표자 박지훈 차장": "박지훈", "广报部长 刘强": "刘强", "홍보팀 김민지 대리": "김민지",
	}
	for in, want := range cases {
		if got := personIn(in); got != want {
			t.Errorf("personIn(%q) = %q, want %q", in, got, want)
		}
	}
}
