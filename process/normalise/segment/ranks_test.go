package segment

import "testing"

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
