package learn

import (
	"bytes"
	"fmt"
	"testing"
)

// toy: "boat" texts carry code B, "court" texts code C, a shared word
// says nothing.
func toy(n int) []Example {
	var ex []Example
	for i := range n {
		fs := []Feature{{"w:the", 1}, {fmt.Sprintf("w:n%d", i%3), 1}}
		var codes []string
		if i%2 == 0 {
			fs = append(fs, Feature{"w:boat", 1})
			codes = append(codes, "B")
		} else {
			fs = append(fs, Feature{"w:court", 1})
			codes = append(codes, "C")
		}
		ex = append(ex, Example{Features: fs, Codes: codes})
	}
	return ex
}

func TestTrainLearnsAndIsDeterministic(t *testing.T) {
	o := Options{Epochs: 20, Rate: 0.3, L2: 1e-3, MinCount: 2, MinDF: 2}
	m := Train(toy(20), o)
	p := m.Predict([]Feature{{"w:the", 1}, {"w:boat", 1}, {"w:unseen", 1}})
	if p["B"] < 0.8 || p["C"] > 0.2 {
		t.Errorf("boat text: %v", p)
	}
	p = m.Predict([]Feature{{"w:court", 1}})
	if p["C"] < 0.8 || p["B"] > 0.2 {
		t.Errorf("court text: %v", p)
	}
	if !m.Knows("B") || m.Knows("X") {
		t.Error("Knows")
	}
	if !bytes.Equal(Train(toy(20), o).Encode(), m.Encode()) {
		t.Error("two trainings on the same examples differ")
	}
	// A code seen fewer than MinCount times is not learnt.
	if m := Train(toy(20)[:3], o); m.Knows("C") || !m.Knows("B") {
		t.Errorf("codes %v", m.Codes)
	}
}

func TestEncodeDecode(t *testing.T) {
	m := Train(toy(12), Options{Epochs: 5, Rate: 0.3, MinCount: 1, MinDF: 1})
	m.Leaf, m.Top = 0.3, 0.45
	back, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Encode(), m.Encode()) || back.Leaf != 0.3 || back.Top != 0.45 {
		t.Errorf("round trip changed the model:\n%s\n%s", back.Encode(), m.Encode())
	}
	for _, bad := range []string{"nonsense\n", "code B x\n", "code B 1\ncode A 1\n", "thresholds a b\n", "code B 1\nw:x\t3:0.5\n", "w:x\t0:y\n"} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("Decode(%q) accepted", bad)
		}
	}
}

func TestEmbeddedWeights(t *testing.T) {
	m := Default()
	if len(m.Codes) == 0 || m.Leaf <= 0 || m.Top <= 0 {
		t.Fatalf("embedded model: %d codes, thresholds %v %v", len(m.Codes), m.Leaf, m.Top)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Weights()[:min(2000, len(Weights()))])
	f.Fuzz(func(t *testing.T, b []byte) {
		if m, err := Decode(b); err == nil {
			m.Predict([]Feature{{"w:x", 1}})
		}
	})
}
