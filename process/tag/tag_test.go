package tag

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"newsdesk/draft"
)

func newTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// The embedded table holds every active concept of IPTC's file and no
// retired one.
func TestVocabularyMatchesIPTC(t *testing.T) {
	tg := newTagger(t)
	v := tg.Vocabulary()
	f, err := os.Open("../../../shared/iptc/mediatopics.tsv")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("IPTC source table: %v (CI lays shared/ beside the repository)", err)
		}
		t.Skip("IPTC source table not beside the repository")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	active, retired := 0, 0
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 4 || fields[0] == "qcode" {
			continue
		}
		_, ok := v.Concept(fields[0])
		switch fields[2] {
		case "active":
			active++
			if !ok {
				t.Errorf("active %s missing", fields[0])
			}
		case "retired":
			retired++
			if ok {
				t.Errorf("retired %s present", fields[0])
			}
		}
	}
	if active != v.Len() || retired == 0 {
		t.Errorf("%d active in source, %d embedded, %d retired", active, v.Len(), retired)
	}
}

func TestAncestorsAndTopLevel(t *testing.T) {
	v := newTagger(t).Vocabulary()
	if got := v.Ancestors("medtop:20000599"); !slices.Equal(got, []string{"20000598", "20000593", "11000000"}) {
		t.Errorf("ancestors %v", got)
	}
	if v.TopLevel("20000602") != "11000000" || v.TopLevel("16000000") != "16000000" {
		t.Error("top level")
	}
	under := v.Narrower("medtop:20000598") // defence: armed forces, veterans, weaponry …
	if !slices.Contains(under, "medtop:20000599") || !slices.Contains(under, "medtop:20000600") || slices.Contains(under, "medtop:20000598") || slices.Contains(under, "medtop:11000000") {
		t.Errorf("narrower than defence: %v", under)
	}
	if got := v.Narrower("20000600"); got != nil {
		t.Errorf("a leaf has nothing under it: %v", got)
	}
	c, _ := v.Concept("20000599")
	if c.Label("fr") != "Forces armées" || c.Label("xx") != "armed forces" {
		t.Errorf("labels %v", c.Labels)
	}
}

func TestScoreComparesMostSpecificAndTopLevel(t *testing.T) {
	v := newTagger(t).Vocabulary()
	want := Labels{Topics: []string{"medtop:20000599", "medtop:11000000"}, People: []string{"Jens Stoltenberg"}}
	got := draft.Tags{
		Topics: []draft.Topic{{Code: "medtop:20000599"}, {Code: "medtop:20000598"}, {Code: "medtop:20000593"},
			{Code: "medtop:11000000"}, {Code: "medtop:04000000"}},
		People: []string{"jens  stoltenberg", "Mari Oja"},
	}
	s := Score(v, want, got)
	if s.Topics != (Counts{TP: 2, FP: 1}) || s.TopLevel != (Counts{TP: 1, FP: 1}) || s.People != (Counts{TP: 1, FP: 1}) {
		t.Errorf("scores %+v", s)
	}
	if f := (Counts{TP: 2, FP: 1, FN: 1}).F1(); f < 0.666 || f > 0.667 {
		t.Errorf("F1 %v", f)
	}
}

func TestTagRelease(t *testing.T) {
	tg := newTagger(t)
	d := &draft.Draft{Kind: draft.PressRelease, Language: "en", Issuer: "Ministry of Defence",
		Headline: "British troops to join KFOR exercise in Kosovo",
		BodyText: "Around 200 soldiers from the British Army will deploy to Kosovo next month, the Ministry of Defence (MoD) said.\n\n" +
			"“Our troops are ready,” said Armed Forces Minister Eleanor Whitcombe. The battalion will train with NATO allies near Pristina.\n\n" +
			"The European Defence Agency (EDA) supports the exercise. Later the EDA will report. Mr Whitcombe... ",
		Contacts: []draft.Contact{{Name: ptr("Eleanor Whitcombe")}},
	}
	got := tg.Tag(d)
	check := func(what string, list []string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !slices.Contains(list, w) {
				t.Errorf("%s %q lacks %q", what, list, w)
			}
		}
	}
	check("places", got.Places, "Kosovo", "Pristina")
	check("organisations", got.Organisations, "Ministry of Defence", "British Army", "NATO", "KFOR", "European Defence Agency")
	// The corpus tags a media contact whom the story quotes, and not one
	// whose contact block was left in the text.
	if !slices.Contains(got.People, "Eleanor Whitcombe") {
		t.Errorf("a quoted speaker who is also the media contact is missing: %q", got.People)
	}
	block := *d
	block.BodyText = "Around 200 soldiers will deploy to Kosovo.\n\nMedia contact: Press Officer Eleanor Whitcombe, +44 20 7946 0000"
	if people := tg.Tag(&block).People; slices.Contains(people, "Eleanor Whitcombe") {
		t.Errorf("a media contact tagged as a person: %q", people)
	}
	var codes []string
	for _, tp := range got.Topics {
		codes = append(codes, tp.Code)
		if tp.Source != draft.TopicRules && tp.Source != draft.TopicModel || tp.Score <= 0 || tp.Score > 1 || tp.Label == "" {
			t.Errorf("topic %+v", tp)
		}
	}
	check("topics", codes, "medtop:20000599", "medtop:11000000")
	// Without the learnt model the rules alone still find the topics.
	codes = codes[:0]
	for _, tp := range tg.WithLearnt(nil).Tag(d).Topics {
		codes = append(codes, tp.Code)
		if tp.Source != draft.TopicRules {
			t.Errorf("rules-only topic %+v", tp)
		}
	}
	check("rule topics", codes, "medtop:20000599", "medtop:11000000")
	if tags := tg.Tag(&draft.Draft{Kind: draft.NotPressRelease, BodyText: d.BodyText}); len(tags.Topics)+len(tags.Places) != 0 {
		t.Errorf("a non-release was tagged: %+v", tags)
	}
}

func TestPeopleAndAliases(t *testing.T) {
	tg := newTagger(t)
	d := &draft.Draft{Kind: draft.PressRelease, Language: "en",
		BodyText: "Secretary General Jens Stoltenberg met ministers. “We stand together,” Stoltenberg said. " +
			"Mari-Liis Oja, deputy commander of the league, agreed. The Royal Navy and Thales UK Ltd signed. " +
			"Le général de division Hélène Marchand était présente. Piotr Zieliński, 52, welcomed it. 海洋電機株式会社は発表した。"}
	got := tg.Tag(d)
	want := []string{"Jens Stoltenberg", "Mari-Liis Oja", "Hélène Marchand", "Piotr Zieliński"}
	for _, w := range want {
		if !slices.Contains(got.People, w) {
			t.Errorf("people %q lack %q", got.People, w)
		}
	}
	if len(got.People) != len(want) {
		t.Errorf("people %q, want %q", got.People, want)
	}
	if !slices.Contains(got.Organisations, "Thales UK Ltd") || !slices.Contains(got.Organisations, "海洋電機株式会社") {
		t.Errorf("organisations %q", got.Organisations)
	}
}

func TestDatelineOnlyPlaceNotTagged(t *testing.T) {
	tg := newTagger(t)
	d := &draft.Draft{Kind: draft.PressRelease, Language: "en", Dateline: &draft.Dateline{Place: "BRUSSELS"},
		Headline: "Allies agree new air defence package", BodyText: "Allies agreed a package of air defence systems for Ukraine."}
	got := tg.Tag(d)
	if slices.Contains(got.Places, "Brussels") || !slices.Contains(got.Places, "Ukraine") {
		t.Errorf("places %q", got.Places)
	}
}

func TestModelLearnsAndForgets(t *testing.T) {
	var ex []Example
	for range 4 {
		ex = append(ex, Example{Text: "encrypted drone data link firmware spoofing", Keep: []string{"medtop:20000605"}, Removed: []string{"medtop:04000000"}})
		ex = append(ex, Example{Text: "football charity match hospice families", Keep: []string{"medtop:15000000"}})
	}
	m := Train(ex)
	if p, ok := m.Predict("medtop:20000605", "new encrypted drone link with spoofing protection"); !ok || p < 0.7 {
		t.Errorf("p = %v", p)
	}
	if p, _ := m.Predict("medtop:20000605", "charity football match"); p > 0.3 {
		t.Errorf("p unrelated = %v", p)
	}
	b, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalModel(b)
	if err != nil || len(back.Codes) != len(m.Codes) {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := UnmarshalModel([]byte("{")); err == nil {
		t.Error("bad model accepted")
	}
}

func TestDiffParagraphs(t *testing.T) {
	got := DiffParagraphs("A\n\nB 10\n\nC", "A\n\nB 12\n\nC\n\nD")
	want := []DiffOp{{"=", "A"}, {"-", "B 10"}, {"+", "B 12"}, {"=", "C"}, {"+", "D"}}
	if !slices.Equal(got, want) {
		t.Errorf("diff %v", got)
	}
}

func TestFingerprintSimilarity(t *testing.T) {
	body := strings.Repeat("The frigate sailed from Portsmouth with 200 sailors on board for a six month deployment. ", 5)
	a := Fingerprint(&draft.Draft{Headline: "Frigate sails", BodyText: body})
	b := Fingerprint(&draft.Draft{Headline: "FRIGATE SAILS", BodyText: strings.ReplaceAll(body, ". ", ".\n")})
	c := Fingerprint(&draft.Draft{Headline: "Museum opens", BodyText: "A new exhibition about the Cold War opens on Saturday in Tromsø."})
	if s := Similarity(a.MinHash, b.MinHash); s != 1 {
		t.Errorf("same text, other layout: %v", s)
	}
	if s := Similarity(a.MinHash, c.MinHash); s > 0.1 {
		t.Errorf("unrelated: %v", s)
	}
	if len(a.Bands) != numBands || slices.Equal(a.Bands, c.Bands) {
		t.Error("bands")
	}
	if p := Fingerprint(&draft.Draft{}); len(p.Bands) != 0 {
		t.Error("an empty draft must not match every other empty draft")
	}
}

func ptr(s string) *string { return &s }

func FuzzTag(f *testing.F) {
	tg := newTagger(f)
	f.Add("NATO to reinforce KFOR", "Secretary General Jens Stoltenberg said: “Kosovo (KFOR)” in Zubin Potok, Mississippi.")
	f.Add("", "Mr. U.S. Inc. (ABC) ,said. 株式会社テスト 武装部队 Ministry of of")
	f.Add("CORRECTION", "\n\n\n(((( ’s 's & - --")
	f.Fuzz(func(t *testing.T, headline, body string) {
		d := &draft.Draft{Kind: draft.PressRelease, Headline: headline, BodyText: body, Language: "en"}
		tags := tg.Tag(d)
		for _, tp := range tags.Topics {
			if _, ok := tg.Vocabulary().Concept(tp.Code); !ok {
				t.Fatalf("unknown or retired code %s", tp.Code)
			}
		}
		p := Fingerprint(d)
		if s := Similarity(p.MinHash, p.MinHash); s != 1 {
			t.Fatalf("self-similarity %v", s)
		}
		Relate(d, p, []Candidate{{ID: 1, Draft: d, MinHash: p.MinHash}})
	})
}

func TestVocabularySearch(t *testing.T) {
	v, err := LoadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	got := v.Search("Econ", 5)
	if len(got) == 0 || len(got) > 5 {
		t.Fatalf("Search(Econ, 5) = %d concepts", len(got))
	}
	for _, c := range got {
		if !strings.Contains(strings.ToLower(c.Label("en")+c.Label("fr")+c.Label("de")+c.Label("es")+c.Label("pt")+c.Label("sv")+c.Label("da")), "econ") {
			t.Errorf("%s (%q) does not match econ", c.Code, c.Label("en"))
		}
	}
	if c := v.Search("medtop:20000599", 3); len(c) != 1 || c[0].Code != "20000599" {
		t.Errorf("Search by full QCode = %v", c)
	}
	if c := v.Search("  ", 3); c != nil {
		t.Errorf("blank query found %d", len(c))
	}
}

// checkNames reports each name of want that got lacks and each of not
// that it holds.
func checkNames(t *testing.T, label string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: %q lacks %q", label, got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%s: %q holds %q", label, got, w)
		}
	}
}
