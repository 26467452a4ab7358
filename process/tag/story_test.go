package tag

import "testing"

// Senders mark corrections and updates in their own language, often in
// capitals and with letters outside ASCII at either end of the word.
func TestRevisionMarkers(t *testing.T) {
	for _, s := range []string{
		"ACTUALIZACIÓN: la Armada eleva a 40 los rescatados",
		"ATUALIZAÇÃO – Marinha confirma 12 feridos",
		"AKTUALIZACJA: Straż Graniczna podaje nowe dane",
		"Communiqué corrigé : exercice reporté au 12 juin",
		"Aggiornato: il bilancio dell'esercitazione",
		"PÄIVITYS: Rajavartiolaitos tarkentaa lukuja",
		"GÜNCELLEME: AFAD tatbikat saatini değiştirdi",
		"ΕΝΗΜΕΡΩΣΗ: Νέα στοιχεία για την πυρκαγιά",
		"ИСПРАВЛЕНИЕ: уточнены сроки учений",
		"ОНОВЛЕННЯ: кількість рятувальників збільшено",
		"【訂正】新型巡視船の引き渡し日について",
		"[更新] 海巡署公布最新救援人數",
		"[정정] 해군 훈련 일정 변경",
		"앞서 배포한 자료의 일부 내용을 정정합니다",
		"訂正のお知らせ：演習日程について",
		"关于港口开放时间的更正",
		"עדכון: פיקוד העורף מעדכן את ההנחיות",
		"Uppdaterad: Kustbevakningen räknar om",
	} {
		if !revisionMarker.MatchString(s) {
			t.Errorf("no revision marker found in %q", s)
		}
	}
	for _, s := range []string{
		"Korrekturlesen für Kadetten: neuer Kurs",
		"La Armada actualiza su flota de patrulleros", // a verb about the story, not the release
		"Frigate programme: new correctional facility opens",
		"海巡署更新巡防艦隊",
		// a marker's characters split between two words: 變更|正式, 修訂|正式, 정정당당
		"港務公司名稱變更正式生效",
		"漁業法修訂正式上路，違規罰款提高",
		"선수들은 정정당당하게 경기에 임했다",
	} {
		if revisionMarker.MatchString(s) {
			t.Errorf("revision marker found in %q", s)
		}
	}
}
