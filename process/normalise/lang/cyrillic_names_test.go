package lang

import "testing"

// A Russian or Ukrainian text that names a Kazakh, Kyrgyz or Mongolian
// company or person in its own spelling stays Russian or Ukrainian: a
// handful of ә, қ, ө or ү among hundreds of Russian letters is a name,
// not the language.
func TestDetectCyrillicWithTurkicNames(t *testing.T) {
	for _, tc := range []struct{ want, text string }{
		{"ru", "АО «Самұрық-Қазына» сообщило во вторник, что строительство нового завода по переработке газа в Атырауской области начнётся в следующем году. Общая стоимость проекта составит около двух миллиардов долларов, а на заводе будут работать более тысячи человек. Первую продукцию планируется выпустить в 2029 году, сообщили в пресс-службе компании."},
		{"ru", "Министр встретился с послом Монголии Батбаярын Өлзийсайханом и обсудил поставки угля. Стороны договорились увеличить объём перевозок по железной дороге уже в следующем году и создать совместную рабочую группу, которая представит свои предложения до конца весны."},
	} {
		if got := Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%.40q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
