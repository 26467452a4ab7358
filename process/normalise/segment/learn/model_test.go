package learn

import (
	"bytes"
	"fmt"
	"testing"
)

// toy is a release in miniature: a title, prose, an end marker, contacts.
func toy(n int) Sequence {
	in := []Input{{Text: fmt.Sprintf("Acme opens depot number %d", n), Words: 5, Lines: 1, Tag: "p", Cues: []string{"title"}}}
	gold := []Role{Headline}
	for k := 0; k < 2+n%3; k++ {
		in = append(in, Input{Text: "The depot employs forty people and opens on Monday in the north of the city.", Words: 16, Lines: 1, Tag: "p", Cues: []string{"prose"}})
		gold = append(gold, Body)
	}
	in = append(in, Input{Text: "ENDS", Words: 1, Lines: 1, Tag: "p", Cues: []string{"end"}},
		Input{Text: "Media contact: Sam Lee, sam@acme.example", Words: 5, Lines: 1, Tag: "p", Cues: []string{"contact"}})
	return Sequence{In: in, Gold: append(gold, End, Contact)}
}

func TestTrainLearnsAndIsDeterministic(t *testing.T) {
	var seqs []Sequence
	for n := range 12 {
		seqs = append(seqs, toy(n))
	}
	m := Train(seqs, 5)
	for _, q := range []Sequence{toy(20), toy(31)} {
		got := m.Label(q.In)
		for i := range got {
			if got[i] != q.Gold[i] {
				t.Errorf("block %d %q: %s, want %s", i, q.In[i].Text, got[i], q.Gold[i])
			}
		}
	}
	if !bytes.Equal(m.Encode(), Train(seqs, 5).Encode()) {
		t.Error("two trainings on the same data differ")
	}
	back, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Encode(), m.Encode()) {
		t.Error("Decode(Encode(m)) is not m")
	}
}

func TestEmbeddedModelLabels(t *testing.T) {
	in := []Input{
		{Text: "PRESS RELEASE", Words: 2, Lines: 1, Tag: "p", Cues: []string{"label"}},
		{Text: "Harbour authority orders two new pilot boats", Words: 7, Lines: 1, Tag: "p", Cues: []string{"title", "title1", "subject"}},
		{Text: "BERGEN, 4 May 2025 – The harbour authority has ordered two pilot boats from a local yard, it said on Sunday.", Words: 21, Lines: 1, Tag: "p", Cues: []string{"dateline", "prose"}},
		{Text: "The boats will be delivered next spring and replace vessels built in 1989.", Words: 13, Lines: 1, Tag: "p", Cues: []string{"prose"}},
		{Text: "###", Words: 1, Lines: 1, Tag: "p", Cues: []string{"end"}},
		{Text: "Press contact: Kari Nordmann, +47 55 55 55 55, kari@havn.example", Words: 8, Lines: 1, Tag: "p", Cues: []string{"trailer", "contact", "phone-or-mail"}},
	}
	want := []Role{Kicker, Headline, Body, Body, End, Contact}
	got := Default().Label(in)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d %q: %s, want %s", i, in[i].Text, got[i], want[i])
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, s := range []string{"feature-without-tab\n", "f\tbody:x\n", "f\tnorole:3\n", "f\tbody:99999999999\n"} {
		if _, err := Decode([]byte(s)); err == nil {
			t.Errorf("Decode(%q) accepted", s)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Weights()[:min(2000, len(Weights()))])
	f.Add([]byte("bias\tbody:12 other:-3\nT>^\theadline:5\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		m.Label([]Input{{Text: "x"}, {Text: "y z"}})
		if _, err := Decode(m.Encode()); err != nil {
			t.Fatalf("re-decoding an encoded model: %v", err)
		}
	})
}
