package tag

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"newsdesk/draft"
	"newsdesk/process/normalise"
)

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
		if !hasRevisionMarker(s) {
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
		if hasRevisionMarker(s) {
			t.Errorf("revision marker found in %q", s)
		}
	}
}

// The two revision patterns answer as the one pattern they were split
// from, on every line and opening of the seed and train emails' drafts
// and on the markers above in odd spellings.
func TestRevisionMarkerSplit(t *testing.T) {
	whole := regexp.MustCompile(revisionWords.String() + "|" + revisionCJK.String())
	texts := []string{"", "update", "ſupdated", "UPDATE\n", "Replaces  the\tVERSION", "更新", "（更新）", "정정당당", "x정정", "訂正式"}
	for _, d := range normalisedDrafts(t) {
		opening := d.Source.Subject + "\n" + d.Headline + "\n" + d.Note + "\n" + firstParagraphs(d.BodyText, 2)
		texts = append(texts, opening)
		texts = append(texts, strings.Split(d.BodyText, "\n")...)
	}
	for _, s := range texts {
		if got, want := hasRevisionMarker(s), whole.MatchString(s); got != want {
			t.Errorf("hasRevisionMarker(%q) = %v, the whole pattern says %v", s, got, want)
		}
	}
}

// normalisedDrafts are the drafts of the seed corpus and the genre
// corpus's train split.
func normalisedDrafts(t *testing.T) []*draft.Draft {
	var drafts []*draft.Draft
	for _, dir := range []string{"../../testdata/corpus", "../../testdata/genre/train"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if d, err := normalise.Inspect(raw); err == nil {
				drafts = append(drafts, d)
			}
		}
	}
	if len(drafts) == 0 {
		t.Fatal("no drafts")
	}
	return drafts
}
