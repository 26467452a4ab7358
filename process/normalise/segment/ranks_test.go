package segment

import (
	"strings"
	"testing"
)

// TestRanksOfManyForces: the rank before a name is dropped in the
// languages of the forces and police that send releases: Germanic and
// Nordic compounds, Slavic, Greek, Turkish, Italian and Spanish forms
// (our own names).
func TestRanksOfManyForces(t *testing.T) {
	cases := map[string]string{
		"Oberstleutnant i.G. Jan Meier": "Jan Meier", "Kapitän zur See Anna Weber": "Anna Weber", "kmdr ppor. Adam Lis": "Adam Lis", "mjr Ewa Zając": "Ewa Zając",
		"ppłk Tomasz Kot": "Tomasz Kot", "plk. Jan Novák": "Jan Novák", "pplk. Petra Malá": "Petra Malá", "kpt. Jana Nová": "Jana Nová", "npor. Adam Šíp": "Adam Šíp",
		"Tenente Colonnello Marco Rossi": "Marco Rossi", "Ten. Col. Marco Rossi": "Marco Rossi", "Capitano di Fregata Luca Bianchi": "Luca Bianchi", "C.F. Luca Bianchi": "Luca Bianchi",
		"Coronel Luis Pérez": "Luis Pérez", "Tcol. Ana Ruiz": "Ana Ruiz", "Capitán de Navío Pedro Gil": "Pedro Gil", "Teniente Coronel José Mora": "José Mora",
		"Major General Sam Hart": "Sam Hart", "Brig Gen Amy Cole": "Amy Cole", "Colonel (Ret.) John Smith": "John Smith", "Wing Commander Priya Nair": "Priya Nair",
		"Sqn Ldr Tom Bell": "Tom Bell", "Group Captain Raj Singh": "Raj Singh", "Lt Col Ana Silva": "Ana Silva", "Chief Petty Officer Kim Lee": "Kim Lee",
		"Lieutenant Commander Jane Fox": "Jane Fox", "Capitaine de corvette Marie Roy": "Marie Roy", "Lieutenant-colonel Anne Morel": "Anne Morel", "Chef d'escadron Paul Petit": "Paul Petit",
		"Kapitein-luitenant ter zee Jan de Vries": "Jan de Vries", "Luitenant-kolonel Eva Jansen": "Eva Jansen", "Majoor Sanne de Wit": "Sanne de Wit",
		"Kapteeni Mikko Salo": "Mikko Salo", "Everstiluutnantti Anna Koski": "Anna Koski", "Kommandørkaptajn Jens Holm": "Jens Holm", "Oberstløjtnant Mette Lund": "Mette Lund",
		"Örlogskapten Karin Berg": "Karin Berg", "Överstelöjtnant Erik Lind": "Erik Lind", "Podplukovník Jan Novák": "Jan Novák", "Generalmajor Hans Bauer": "Hans Bauer",
		"Полковник Иван Петров": "Иван Петров", "подполковник Ирина Смирнова": "Ирина Смирнова", "Αντισυνταγματάρχης Γιώργος Παππάς": "Γιώργος Παππάς",
		"Binbaşı Ahmet Yılmaz": "Ahmet Yılmaz", "Albay Elif Demir": "Elif Demir", "Kolonel Inf Budi Santoso": "Budi Santoso", "Đại tá Nguyễn Văn An": "Nguyễn Văn An",
		"Trung tá Trần Thị Bình": "Trần Thị Bình", "Komisarz Anna Nowak": "Anna Nowak", "nadkom. Andrzej Fijołek": "Andrzej Fijołek", "Polizeihauptkommissar Timo Brandt": "Timo Brandt",
		"Commissaire divisionnaire Luc Girard": "Luc Girard", "Inspector Jefe Laura Gil": "Laura Gil", "Superintendent Mark Doyle": "Mark Doyle", "Det Supt Mark Doyle": "Mark Doyle",
		"Hauptmann Eva Gruber": "Eva Gruber", "Oberst Dr. Markus Reisner": "Markus Reisner", "Brigadier Jane Moss": "Jane Moss", "Kontradmiral Jens Berg": "Jens Berg",
		"Fregattenkapitän Lars Otto": "Lars Otto", "Rear Admiral Tom Kay": "Tom Kay", "Vice-amiral Paul Roy": "Paul Roy", "Kommandør Ole Dahl": "Ole Dahl",
	}
	for in, want := range cases {
		if got := personIn(in); got != want {
			t.Errorf("personIn(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNamesOfMoreConventions: a surname written in capitals ("Marie
// DUPONT", as French, Romanian and Indonesian lines write it) is a
// person's, with a role after it or an office's line above it; an
// Indonesian, Malay or Vietnamese office's line ("Biro Komunikasi
// Publik", "Ban Truyền thông") is no person's, nor an organisation's
// name that its press mailbox's domain spells ("Astilleros del Norte"
// for prensa@astilleros…), which after an office's label is the
// office's organisation; a document's label names no one, and an
// abbreviation's case ending after a colon ("MSB:s") is no label's
// colon; titles of
// South and Southeast Asia, East Africa and the Gulf, and ranks written before a name
// in Hangul, Han, kana and Hebrew, are dropped (our own names).
func TestNamesOfMoreConventions(t *testing.T) {
	for in, want := range map[string]string{
		"Marie DUPONT, attachée de presse":                                           "Marie DUPONT",
		"Andrei POPESCU, purtător de cuvânt":                                         "Andrei POPESCU",
		"Service de presse // Paul DURAND":                                           "Paul DURAND",
		"Pressestelle SWM // Michael SOLIC":                                          "Michael SOLIC",
		"DUPONT Marie, chargée de communication":                                     "DUPONT Marie",
		"Datuk Ahmad Zaki, Pengarah Komunikasi":                                      "Ahmad Zaki",
		"Shri Rajesh Kumar, PRO":                                                     "Rajesh Kumar",
		"Smt. Anita Sharma":                                                          "Anita Sharma",
		"Bi. Zawadi Hamisi, Afisa Habari":                                            "Zawadi Hamisi",
		"Francisca Morales Q.":                                                       "Francisca Morales Q.",
		"Pedro Soto R., Jefe de Prensa":                                              "Pedro Soto R.",
		"Bw. Juma Omari":                                                             "Juma Omari",
		"አቶ ዳዊት በቀለ":                                                                 "ዳዊት በቀለ",
		"Sheikh Khalid Al Mansouri":                                                  "Khalid Al Mansouri",
		"Eng. Omar Haddad, Media Relations":                                          "Omar Haddad",
		"Tuan Anh Nguyen, Communications Manager":                                    "Tuan Anh Nguyen",
		"Hon Wai Lee, Media Relations":                                               "Hon Wai Lee",
		"Hon. Lee Kah Wai":                                                           "Lee Kah Wai",
		"국방부 대변인실 중령 김철수":                                                            "김철수",
		"国防部新闻局 上校 张伟":                                                               "张伟",
		"陸上自衛隊 広報室 2等陸佐 佐藤健一":                                                        "佐藤健一",
		"סא\"ל יוסי כהן, דובר":                                                       "יוסי כהן",
		"Ban Truyền thông // Bà Nguyễn Thị Lan – Trưởng ban":                         "Nguyễn Thị Lan",
		"Biro Komunikasi Publik // Budi Santoso":                                     "Budi Santoso",
		"Dinas Penerangan Angkatan Laut // Kolonel Budi Santoso":                     "Budi Santoso",
		"Pusat Penerangan TNI // Siti Aminah":                                        "Siti Aminah",
		"Bahagian Komunikasi Korporat // Nurul Aina":                                 "Nurul Aina",
		"Kementerian Pertahanan // Ahmad Zaki":                                       "Ahmad Zaki",
		"Presskontakt // MSB:s presstjänst, 010-240 50 50, press@msb.example":        "MSB:s presstjänst",
		"Mediekontakter // YK:n tiedotus, 040 555 0100":                              "YK:n tiedotus",
		"PRESS RELEASE | Contact: press@harbour-robotics.example / +44 131 555 0100": "",
		"Press Information Officer Jane Smith, +44 20 7946 0018":                     "Jane Smith",
		"Press Office // Harbour Robotics // press@harbour-robotics.example":         "Press Office, Harbour Robotics",
		"Gabinete de Prensa // Astilleros del Norte // prensa@astilleros.example":    "Gabinete de Prensa",
	} {
		if got := contactName(strings.Split(in, " // ")); got != want {
			t.Errorf("contactName(%q) = %q, want %q", in, got, want)
		}
	}
	// An acronym after an office's word is no surname in capitals.
	if got := personIn("Pressestelle SWM"); got != "" {
		t.Errorf("personIn(%q) = %q, want no one", "Pressestelle SWM", got)
	}
}

// TestRanksAfterAndTitlesBefore: Chinese, Japanese and Korean write a
// rank after the name, spaced or written onto it ("陳建宏上校",
// "佐藤健一 一佐", "김철수중령"), and it is no part of the name; the
// Germanic and Nordic compounds of police, prosecutors' and duty
// officers' titles before a name ("Politiinspektør", "Statsadvokat",
// "Kommissarin", "Poliisitarkastaja") are dropped like other titles (our
// own names).
func TestRanksAfterAndTitlesBefore(t *testing.T) {
	for in, want := range map[string]string{
		"陳建宏上校": "陳建宏", "林志明少將": "林志明", "張國強 中將": "張國強", "高橋大佐": "高橋", "佐藤健一一佐": "佐藤健一", "山田太郎 二佐": "山田太郎",
		"鈴木花子三等海佐": "鈴木花子", "김철수중령": "김철수", "박민수소령": "박민수", "劉美玲": "劉美玲",
		"Politiinspektør Lars Moen": "Lars Moen", "Politimester Kari Dahl": "Kari Dahl", "Statsadvokat Mette Bach": "Mette Bach", "Polisinspektör Anna Berg": "Anna Berg",
		"Åklagare Sara Lind": "Sara Lind", "Vagthavende Jens Holm": "Jens Holm", "Kommissarin Lena Vogel": "Lena Vogel", "Staatsanwältin Julia Brandt": "Julia Brandt",
		"Poliisitarkastaja Mikko Salo": "Mikko Salo", "Rikoskomisario Anna Koski": "Anna Koski", "Politiadvokat Rune Vik": "Rune Vik",
	} {
		if got := personIn(in); got != want {
			t.Errorf("personIn(%q) = %q, want %q", in, got, want)
		}
	}
}
