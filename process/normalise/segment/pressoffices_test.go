package segment

import "testing"

// TestPressOfficesNameTheEntry: a press or communications office's name
// in the desk's languages is no person's and names the entry written
// over its number (our own names).
func TestPressOfficesNameTheEntry(t *testing.T) {
	offices := []string{"Pressestelle", "Presseabteilung", "Servicio de Prensa", "Oficina de Comunicación", "Ufficio Stampa", "Service de presse", "Cellule communication", "Assessoria de Comunicação",
		"Afdeling Communicatie", "Presstjänst", "Kommunikationsavdelningen", "Viestintäyksikkö", "Biuro Prasowe", "Tiskové oddělení", "Sajtóosztály", "Biroul de presă", "Basın Bürosu", "Γραφείο Τύπου",
		"Пресс-служба", "Прес-служба", "Пресцентър", "広報部", "홍보팀", "新闻办公室", "מחלקת דוברות", "المكتب الإعلامي", "जनसंपर्क विभाग", "Phòng Truyền thông", "Bagian Humas", "Media Relations",
		"Press Office", "Public Affairs", "Corporate Communications", "Communications Team", "Press Desk", "Newsroom", "Kommunikasjonsavdelingen", "Kommunikationsafdelingen", "Odjel za komunikacije",
		"Komunikacijos skyrius", "Sabiedrisko attiecību nodaļa", "Kommunikatsiooniosakond", "Oddelenie komunikácie", "Služba za odnose s javnošću", "Halkla İlişkiler Müdürlüğü", "Relations presse",
		"Dirección de Comunicación", "Gabinete de Imprensa", "Pressebüro", "Medienstelle", "Kommunikation", "Press and Information Office", "Media Centre", "Press Information Bureau"}
	for _, o := range offices {
		if p, n := personIn(o), contactName([]string{o, "Tel. +44 20 7946 0000"}); p != "" || n == "" {
			t.Errorf("%q: person %q, entry's name %q", o, p, n)
		}
	}
}
