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
