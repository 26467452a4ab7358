package tag

import (
	"slices"
	"testing"

	"newsdesk/draft"
)

func topicCodes(topics []draft.Topic) []string {
	out := make([]string, len(topics))
	for i, t := range topics {
		out[i] = t.Code
	}
	slices.Sort(out)
	return out
}

// Topics come out as the corpus labels them: specific codes with their
// top-level ancestor, no intermediate level between them.
func TestCorpusFormKeepsSpecificAndTopLevel(t *testing.T) {
	v := newTagger(t).Vocabulary()
	for _, c := range []struct {
		name      string
		in, want  []string
		scoreOfTL float64 // the top-level code's score, 0: not checked
	}{
		{"leaf brings its top-level", []string{"medtop:20000602"}, []string{"medtop:11000000", "medtop:20000602"}, 0.8},
		{"intermediate under a leaf goes", []string{"medtop:20000599", "medtop:20000598", "medtop:20000593", "medtop:11000000"},
			[]string{"medtop:11000000", "medtop:20000599"}, 0},
		{"an intermediate alone is the most specific", []string{"medtop:20000598"}, []string{"medtop:11000000", "medtop:20000598"}, 0},
		{"top-level alone stands", []string{"medtop:16000000"}, []string{"medtop:16000000"}, 0},
		{"retired or unknown dropped", []string{"medtop:20000167", "medtop:03000000"}, []string{"medtop:03000000"}, 0},
		{"two leaves share one top-level", []string{"medtop:20000599", "medtop:20000602"},
			[]string{"medtop:11000000", "medtop:20000599", "medtop:20000602"}, 0.8},
	} {
		in := make([]draft.Topic, len(c.in))
		for i, code := range c.in {
			in[i] = draft.Topic{Code: code, Label: code, Score: 0.8 - 0.1*float64(i), Source: draft.TopicModel}
		}
		got := corpusForm(v, in, "fr")
		if !slices.Equal(topicCodes(got), c.want) {
			t.Errorf("%s: %v, want %v", c.name, topicCodes(got), c.want)
		}
		for _, tp := range got {
			if tp.Label == "" || tp.Source != draft.TopicModel {
				t.Errorf("%s: %+v", c.name, tp)
			}
			if tp.Code == "medtop:11000000" && c.scoreOfTL != 0 && tp.Score != c.scoreOfTL {
				t.Errorf("%s: top-level score %v, want the best specific one's %v", c.name, tp.Score, c.scoreOfTL)
			}
		}
		for i := 1; i < len(got); i++ {
			if got[i].Score > got[i-1].Score {
				t.Errorf("%s: not sorted by score: %+v", c.name, got)
			}
		}
	}
}

// The hierarchical tally credits the levels a near miss shares with the
// label; the flat one gives it nothing.
func TestScoreHierarchy(t *testing.T) {
	v := newTagger(t).Vocabulary()
	want := Labels{Topics: []string{"medtop:20000599", "medtop:11000000"}}
	// Espionage and intelligence sits under government, beside defence
	// (which holds armed forces).
	got := draft.Tags{Topics: []draft.Topic{{Code: "medtop:20000605"}, {Code: "medtop:11000000"}}}
	s := Score(v, want, got)
	if s.Topics != (Counts{TP: 1, FP: 1, FN: 1}) {
		t.Errorf("flat %+v", s.Topics)
	}
	// 11000000 › 20000593 shared; 20000598 › 20000599 missed, 20000605 extra.
	if s.Hierarchy != (Counts{TP: 2, FP: 1, FN: 2}) {
		t.Errorf("hierarchical %+v", s.Hierarchy)
	}
	// A retired label code is not a top-level topic of its own.
	s = Score(v, Labels{Topics: []string{"medtop:20000167", "medtop:03000000"}}, draft.Tags{Topics: []draft.Topic{{Code: "medtop:03000000"}}})
	if s.TopLevel != (Counts{TP: 1}) {
		t.Errorf("top-level with a retired code %+v", s.TopLevel)
	}
}

// What the tagger emits follows the corpus form with the learnt model,
// the rules alone and an editors' model blended in.
func TestTaggerEmitsCorpusForm(t *testing.T) {
	tg := newTagger(t)
	d := &draft.Draft{Kind: draft.PressRelease, Language: "en",
		Headline: "Navy frigate fires new anti-ship missile in first live trial",
		BodyText: "The navy's newest frigate fired the missile at a target barge. The armed forces will buy 40 more missiles, the defence ministry said."}
	for name, g := range map[string]*Tagger{"learnt": tg, "rules": tg.WithLearnt(nil)} {
		got := g.Topics(d)
		if len(got) == 0 {
			t.Fatalf("%s: no topics", name)
		}
		if !slices.Equal(topicCodes(corpusForm(tg.Vocabulary(), got, "en")), topicCodes(got)) {
			t.Errorf("%s: %v is not in corpus form", name, topicCodes(got))
		}
	}
}

// Security services, disasters, crime and company results are found in
// the desk's smaller languages too, where the corpus has few examples.
func TestTopicsInOtherLanguages(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, headline, body, want string
	}{
		{"pl", "Policja zatrzymała dwóch mężczyzn", "Funkcjonariusze policji zatrzymali podejrzanych. Sprawą zajmuje się prokuratura.", "medtop:02000000"},
		{"el", "Μεγάλη πυρκαγιά στην Αττική", "Η πυροσβεστική και η πολιτική προστασία συνεχίζουν τη διάσωση κατοίκων.", "medtop:03000000"},
		{"fi", "Yhtiön liikevaihto kasvoi", "Konsernin liikevaihto ja liikevoitto kasvoivat ensimmäisellä vuosineljänneksellä.", "medtop:04000000"},
		{"tr", "Afet bölgesinde kurtarma çalışmaları sürüyor", "Yangın ve afet ekipleri kurtarma çalışmalarına devam ediyor.", "medtop:03000000"},
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, Headline: c.headline, BodyText: c.body}
		if got := topicCodes(tg.Topics(d)); !slices.Contains(got, c.want) {
			t.Errorf("%s: %v lacks %s", c.lang, got, c.want)
		}
	}
}

// The learnt model's topics come from at most the two likeliest top-level
// groups, ties broken by code so the same draft always gets the same tags.
func TestKeptGroupsCapsTopLevels(t *testing.T) {
	got := keptGroups(map[string]float64{"11000000": 0.9, "04000000": 0.4, "16000000": 0.4, "13000000": 0.1})
	want := map[string]bool{"11000000": true, "04000000": true}
	if len(got) != len(want) || !got["11000000"] || !got["04000000"] {
		t.Errorf("kept %v, want %v", got, want)
	}
}

// Releases from defence ministries and rescue services, and on the
// environment, health, labour and research, in languages the IPTC labels
// do not cover give the rules evidence for their subject,
// which the learnt model reads as a feature.
func TestRuleEvidenceInSmallerLanguages(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, headline, body, code string
	}{
		{"lt", "Kariuomenė pradeda pratybas", "Į pratybas šią savaitę atvyks daugiau kaip tūkstantis karių.", "20000599"},
		{"et", "Kaitseväe õppus algab esmaspäeval", "Õppusel osalevad sõdurid ja kaitseliit.", "20000599"},
		{"bg", "Министерството на отбраната обяви нова поръчка", "Отбраната получава ново въоръжение и боеприпаси.", "20000598"},
		{"he", "תרגיל חירום ארצי יתקיים מחר", "צוותי הצלה וכבאות יתרגלו פינוי של שכונה.", "03000000"},
		{"hi", "सेना ने संयुक्त अभ्यास पूरा किया", "अभ्यास में सेना के सैनिक शामिल हुए।", "20000599"},
		{"ar", "وزارة الدفاع تعلن عن صفقة جديدة", "تشمل الصفقة صواريخ وذخيرة للقوات المسلحة.", "20000602"},
		{"pl", "Nowa farma wiatrowa ograniczy emisje", "Inwestycja w odnawialne źródła energii chroni środowisko.", "06000000"},
		{"fi", "Saimaan ympäristön tila parani", "Päästöt vähenivät ja ilmaston lämpeneminen hidastui.", "06000000"},
		{"ja", "水田のメタン排出を削減", "新サービスは環境への負荷を減らす。", "06000000"},
		{"it", "Nuovo reparto all'ospedale di Genova", "I pazienti saranno assistiti dalla sanità regionale.", "07000000"},
		{"el", "Νέο νοσοκομείο στη Θεσσαλονίκη", "Οι ασθενείς θα έχουν καλύτερη υγεία.", "07000000"},
		{"tr", "Tersanede grev kararı", "Sendika, istihdam güvencesi istiyor.", "09000000"},
		{"fi", "Uusi tutka erottaa pienlennokit linnuista", "Tutkijat testasivat tutkaa kahden kilometrin päässä.", "20000735"},
		{"pl", "Naukowcy opracowali nowy czujnik", "Badanie opublikowano w czasopiśmie.", "20000735"},
		{"tr", "Malatya'da 5,1 büyüklüğünde deprem", "Ekipler bölgede hasar tespiti yapıyor.", "20000153"},
		{"is", "Eldgos hafið við Sundhnúksgíga", "Veðurstofan fylgist með gosinu.", "20000159"},
		{"lv", "Robežsardze aizturēja 40 personas", "Nelegālā migrācija no Baltkrievijas turpinās.", "20000773"},
		{"uk", "Фонд передав генератори лікарням", "Волонтери зібрали пожертви на обладнання.", "20000818"},
		{"nl", "Scheepswerf schept 300 banen", "De werkgelegenheid in de regio groeit; de vakbond is tevreden.", "09000000"},
	} {
		raw := tg.topics.scoreTopics(tokens(c.headline), tokens(c.body))
		if raw[c.code] == 0 {
			t.Errorf("%s %q: no evidence for %s (%v)", c.lang, c.headline, c.code, raw)
		}
	}
}

// The model reads a word's prefix besides the word, so inflected forms
// of one word share a feature; characters of unspaced scripts give pairs,
// not prefixes, and a short word gives none.
func TestTopicFeaturesSharePrefixes(t *testing.T) {
	tg := newTagger(t)
	names := func(text string) map[string]bool {
		out := map[string]bool{}
		for _, f := range tg.TopicFeatures(&draft.Draft{Kind: draft.PressRelease, BodyText: text}) {
			out[f.Name] = true
		}
		return out
	}
	a, b := names("obronności"), names("obronność")
	if !a["p:obro"] || !b["p:obro"] {
		t.Errorf("inflected forms share no prefix: %v %v", a, b)
	}
	for n := range names("防衛省 army") {
		if n[:2] == "p:" {
			t.Errorf("prefix %q of an unspaced or short word", n)
		}
	}
}

// A cue word that also names an aircraft, a ship, a weapon or a
// ceremony in defence mail ("RAF Typhoons", "ORP Orkan", "the Volcano
// mine system", "a gun salute", "på kort varsel") is no evidence of a
// storm, an eruption, health or labour; the words of the event itself
// are ("tropical storm", "volcanic eruption").
func TestDefenceNamesAreNoCivilCues(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		headline, body, code string
	}{
		{"RAF Typhoons scramble to intercept Russian aircraft", "Two RAF Typhoon jets from RAF Lossiemouth were scrambled.", "20000158"},
		{"Royal Canadian Navy receives CH-148 Cyclone helicopters", "The Cyclone fleet will support the frigates. A Hurricane flew past.", "20000158"},
		{"ORP Orkan wraca do Gdyni", "Okręt ORP Orkan zakończył ćwiczenia. Российская система Ураган и Uragan.", "20000158"},
		{"Army tests Volcano mine system", "Soldiers fired the Volcano system. Il munizionamento Vulcano è stato provato.", "20000159"},
		{"Royal Navy marks anniversary with gun salute", "Sailors fired a 21-gun salute from HMS Belfast.", "07000000"},
		{"Forsvaret øver med kort varsel", "Soldatene må kunne rykke ut på kort varsel.", "09000000"},
		{"Army opens new media studio", "The studio will record briefings.", "20000735"},
	} {
		// A vocabulary label ("Orkan" is IPTC's German one) stays weak evidence.
		if raw := tg.topics.scoreTopics(tokens(c.headline), tokens(c.body)); raw[c.code] >= leafThreshold {
			t.Errorf("%q: evidence %.2f for %s", c.headline, raw[c.code], c.code)
		}
	}
	for _, c := range []struct {
		headline, body, code string
	}{
		{"Tropical storm nears the coast", "The super typhoon made landfall; a tropical cyclone warning is in force.", "20000158"},
		{"Volcanic eruption on Reykjanes", "The eruption began overnight.", "20000159"},
	} {
		if raw := tg.topics.scoreTopics(tokens(c.headline), tokens(c.body)); raw[c.code] == 0 {
			t.Errorf("%q: no evidence for %s", c.headline, c.code)
		}
	}
}
