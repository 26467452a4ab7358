package normalise

import "testing"

// "dan" ("and") is a word of many Indonesian names: only a second
// organisation's noun after it makes a joint subject.
func TestReviewDLedeMarkedDan(t *testing.T) {
	for l, want := range map[string]string{
		"Badan Pengawas Obat dan Makanan (BPOM) menarik produk":    "Badan Pengawas Obat dan Makanan",
		"Kementerian Kelautan dan Perikanan telah menangkap kapal": "Kementerian Kelautan dan Perikanan",
		"Bộ Quốc phòng và Bộ Công an đã ký kết":                    "Bộ Quốc phòng",
		"Công ty Cổ phần Thiết bị Hàng hải Sông Hàn đã bàn giao":   "Công ty Cổ phần Thiết bị Hàng hải Sông Hàn",
	} {
		m := ledeMarked.FindStringSubmatch(l)
		if m == nil || m[1] != want {
			t.Errorf("ledeMarked(%q) = %q, want %q", l, m, want)
		}
	}
}

// A Hindi subject before "ने" names the issuer only with an
// organisation's noun; a Thai lede opens with one of the state
// enterprises' "การ…" names, not any noun made with "การ" (our
// phrasings).
func TestLedeMarkedHindiThai(t *testing.T) {
	none := func() string { return "" }
	for lede, want := range map[string]string{
		"भारतीय तटरक्षक बल ने मंगलवार को दो जहाज़ों को बचाया।":     "भारतीय तटरक्षक बल",
		"रक्षा मंत्री श्री राजनाथ सिंह ने नए पोत का उद्घाटन किया।": "",
		"การท่าเรือแห่งประเทศไทย เปิดท่าเทียบเรือใหม่":             "การท่าเรือแห่งประเทศไทย",
	} {
		got, weight := ledeName(lede, none, "")
		if want == "" && weight == 2 || want != "" && got != want {
			t.Errorf("ledeName(%q) = %q (weight %d), want %q", lede, got, weight, want)
		}
	}
	if m := ledeMarked.FindStringSubmatch("การประชุมสุดยอด จะจัดขึ้นในเดือนหน้า"); m != nil {
		t.Errorf("a meeting opened a Thai issuer: %q", m)
	}
}
