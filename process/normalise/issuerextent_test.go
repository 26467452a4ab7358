package normalise

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment"
)

// Names and texts written for this test, not taken from any corpus case:
// a name cut at a lower-case word, at a dash, or to its first word
// takes the form the text writes, and only when the text tells it.
func TestFullForm(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acrs       []string
		want       string
	}{
		// an acronym the email uses spells the name with the words after it
		{"Direcția Generală", "Direcția Generală pentru Protecția Mediului a anunțat azi noi măsuri.", []string{"DGPM"}, "Direcția Generală pentru Protecția Mediului"},
		// or the words after it alone (the genitive before them stays)
		{"Latvijas Republikas", "Latvijas Republikas valsts ieņēmumu dienests otrdien paziņoja.", []string{"IM", "VID"}, "Latvijas Republikas valsts ieņēmumu dienests"},
		// no acronym spells them: the capitals' name stays
		{"Direcția Generală", "Direcția Generală pentru Protecția Mediului a anunțat azi.", []string{"ONU"}, "Direcția Generală"},
		// a capitalised run after it is another name, a unit of it
		{"Harbour Police", "Harbour Police Marine Support Unit (HPMSU) officers said.", []string{"HPMSU"}, "Harbour Police"},
		// a second name after a dash that repeats the head noun
		{"Krajská nemocnice", "Krajská nemocnice – Fakultní nemocnice Ostrava dnes otevřela nové oddělení.", nil, "Krajská nemocnice – Fakultní nemocnice Ostrava"},
		{"Krajská nemocnice", "Krajská nemocnice – nové oddělení je otevřeno.", nil, "Krajská nemocnice"},
		// written only as the start of one longer name with an organisation's noun
		{"Maritime", "Engineers from the Maritime Systems Research Institute tested it.", nil, "Maritime Systems Research Institute"},
		// a name of more words, or an acronym, is a name already
		{"Harbour Board", "The Harbour Board Pilot Service said.", nil, "Harbour Board"},
		{"NATO", "The NATO Support and Procurement Agency signed.", nil, "NATO"},
		// written alone too: it stays
		{"Maritime", "The Maritime Systems Research Institute and Maritime said so.", nil, "Maritime"},
		// a company's short name, written once with its trade's noun
		{"Kelvane", "Kelvane unveiled the sensor, said Ann Roe, chief executive of Kelvane Photonics.", nil, "Kelvane Photonics"},
		{"Kelvane", "Kelvane unveiled the sensor, said Ann Roe, its chief executive.", nil, "Kelvane"},
	} {
		body := []block.Block{{Lines: []string{tc.text}}}
		if got := fullForm(tc.name, body, tc.acrs); got != tc.want {
			t.Errorf("fullForm(%q, %q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestAcronymsIn(t *testing.T) {
	got := acronymsIn("Fw: Comunicat DGPM (azi)", "Nordhafen GmbH", "NATO, DGPM and SatCen.")
	want := []string{"DGPM", "NATO", "SatCen"}
	if len(got) != len(want) {
		t.Fatalf("acronymsIn = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("acronymsIn = %q, want %q", got, want)
		}
	}
}

// Hebrew acronyms with gershayim, typed or proper, final letters plain;
// written for this test.
func TestHebrewInitials(t *testing.T) {
	for _, tc := range []struct{ acr, text, want string }{
		{`צה"ל`, "צבא ההגנה לישראל הודיע היום על תרגיל.", "צבא ההגנה לישראל"},
		{"רש״ת", "רשות שדות התעופה פרסמה הודעה.", "רשות שדות התעופה"},
		{`כב"ה`, "הכבאים הגיעו למקום.", ""},
	} {
		if !hebrewAcronym.MatchString(tc.acr) {
			t.Errorf("%q is not read as a Hebrew acronym", tc.acr)
		}
		if got := hebrewInitials(tc.acr, strings.Fields(tc.text)); got != tc.want {
			t.Errorf("hebrewInitials(%q) = %q, want %q", tc.acr, got, tc.want)
		}
	}
}

// A caseless script's definition before its bracketed acronym; the
// sender's Latin acronym finds the script's by its consonants. Written
// for this test.
func TestCaselessDefinition(t *testing.T) {
	body := []block.Block{{Lines: []string{"आज, राष्ट्रीय आपदा प्रबंधन प्राधिकरण (एनडीएमए) ने नई योजना जारी की।"}}}
	if got := caselessDefinition("एनडीएमए", body); got != "राष्ट्रीय आपदा प्रबंधन प्राधिकरण" {
		t.Errorf("caselessDefinition = %q", got)
	}
	if got := caselessDefinition("सीबीआई", body); got != "" {
		t.Errorf("caselessDefinition of an absent acronym = %q", got)
	}
	// Chinese writes no spaces and full-width brackets: the short name
	// is drawn from the full one's characters in order (invented names).
	han := []block.Block{{Lines: []string{"北嶺海洋研究院（北研院）今日發表新型浮標。"}}}
	if got := caselessDefinition("北研院", han); got != "北嶺海洋研究院" {
		t.Errorf("caselessDefinition(北研院) = %q", got)
	}
	if got := caselessDefinition("南港", []block.Block{{Lines: []string{"本週於展覽館（南港）舉行。"}}}); got != "" {
		t.Errorf("caselessDefinition of a place in brackets = %q", got)
	}
	if got := nativeForm("NDMA", []string{"राष्ट्रीय", "(एनडीएमए)", "ने"}); got != "एनडीएमए" {
		t.Errorf("nativeForm(NDMA) = %q", got)
	}
}

// A Chinese listed company's short name abbreviates its legal name,
// keeping some characters in their order; names written for this test.
func TestAbbreviatedCompany(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"华东船装", "华东船舶装备股份有限公司（以下简称“公司”）于近日签订合同。", "华东船舶装备股份有限公司"},
		// the run before the legal form starts where the short name does
		{"南岭光电", "上市公司南岭光电科技有限公司今日宣布。", "南岭光电科技有限公司"},
		// characters out of order, or another company: no
		{"船装华东", "华东船舶装备股份有限公司今日宣布。", "船装华东"},
		{"华东船装", "西南重工股份有限公司今日宣布。", "华东船装"},
		// a phrase that names the short name before another company
		{"江南精仪", "据悉由江南精仪投资的无锡智联传感科技有限公司将负责量产。", "江南精仪"},
		{"华为", "华为旗下新成立的深圳智联科技有限公司今日宣布。", "华为"},
		{"华为", "华为与合作伙伴共同成立深圳智联科技有限公司。", "华为"},
		// a name in a cased script is no abbreviation of this kind
		{"Acme", "Acme Holdings股份有限公司", "Acme"},
	} {
		if got := abbreviatedCompany(tc.name, []block.Block{{Lines: []string{tc.text}}}); got != tc.want {
			t.Errorf("abbreviatedCompany(%q, %q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// A short name extends to the legal name the body writes; names written
// for this test.
func TestLongestLegalForm(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"Calloway Avionics", "Calloway Avionics Corp. (NYSE: CAV) today announced a contract.", "Calloway Avionics Corp."},
		{"Calloway Avionics", "Calloway Avionics Ltd designs flight computers.", "Calloway Avionics Ltd"},
		{"Calloway Avionics", "Calloway Avionics Corporate Communications said.", "Calloway Avionics"},
		// the name in quotes before its legal form
		{"Пирин Механика", "„Пирин Механика“ АД откри нов цех.", "„Пирин Механика“ АД"},
		{"Пирин Механика", "Цехът на „Пирин Механика“ е нов.", "Пирин Механика"},
	} {
		// (the space the form's match ends with is trimmed by the caller)
		if got := strings.TrimSpace(longest(tc.name, []block.Block{{Lines: []string{tc.text}}})); got != tc.want {
			t.Errorf("longest(%q, %q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// A German name an acronym defines after its genitive article is read
// in the nominative; names written for this test.
func TestGermanNominative(t *testing.T) {
	for _, tc := range []struct{ text, acr, want string }{
		{"Ein Team des Kieler Instituts für Meerestechnik (KIM) hat …", "KIM", "Kieler Institut für Meerestechnik"},
		{"Eine Studie des Landesamtes für Küstenschutz (LfK) zeigt …", "LfK", "Landesamt für Küstenschutz"},
		{"Daten des Anna Berg-Zentrums für Robotik (ABZR) zeigen …", "ABZR", "Anna Berg-Zentrum für Robotik"},
		{"Ein Antrag des Kieler Kreistages (KKT) wurde …", "KKT", "Kieler Kreistag"},
		{"Ein Buch des Kieler Fachverlages für Technik (KFT) erscheint …", "KFT", "Kieler Fachverlag für Technik"},
		// the adjective hides the noun's gender: left as written
		{"Eine Studie des Deutschen Pegeldienstes (DPD) zeigt …", "DPD", "Deutschen Pegeldienstes"},
		// no genitive article, nothing to undo
		{"Das Kieler Institut für Meerestechnik (KIM) hat …", "KIM", "Kieler Institut für Meerestechnik"},
		{"Forscher der Kieler Hochschule für Technik (KHT) haben …", "KHT", "Kieler Hochschule für Technik"},
	} {
		if got := expand(tc.acr, []block.Block{{Lines: []string{tc.text}}}); got != tc.want {
			t.Errorf("expand(%q, %q) = %q, want %q", tc.acr, tc.text, got, tc.want)
		}
	}
}

// Names and texts written for this test: the company form the release
// writes right after the name is part of it, in any language's form.
func TestLegalTail(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"Fromagerie Tremblay", "MONTRÉAL, le 3 mars 2025 - Fromagerie Tremblay inc. annonce l'ouverture d'une usine.", "Fromagerie Tremblay inc."},
		{"Aguas del Norte", "Aguas del Norte, S.A. de C.V. inició la obra.", "Aguas del Norte, S.A. de C.V."},
		{"Kestrel Munitions", "Kestrel Munitions SOC Ltd builds fuzes.", "Kestrel Munitions SOC Ltd"},
		{"Harimau Marine", "Harimau Marine Sdn Bhd hari ini mengumumkan kontrak baharu.", "Harimau Marine Sdn Bhd"},
		{"النخيل للأنظمة البحرية", "أعلنت النخيل للأنظمة البحرية ش.م.ع (المدرجة في السوق) اليوم عن نتائجها.", "النخيل للأنظمة البحرية ش.م.ع"},
		{"الواحة للتقنيات", "وقعت الواحة للتقنيات ذ.م.م عقدا جديدا.", "الواحة للتقنيات ذ.م.م"},
		{"Vltava Optika", "Společnost Vltava Optika spol. s r.o. dodá armádě zaměřovače.", "Vltava Optika spol. s r.o."},
		// an ampersand inside the name, written once before its form
		{"Tindra Marine", "OSLO -- Tindra Marine & Subsea AS has won a contract. Tindra Marine & Subsea said the work starts in May.", "Tindra Marine & Subsea AS"},
		// already written with its form, or never with one
		{"Nordvik Verft AS", "Nordvik Verft AS leverer skipet.", "Nordvik Verft AS"},
		{"Fromagerie Tremblay", "Fromagerie Tremblay annonce l'ouverture d'une usine.", "Fromagerie Tremblay"},
		// a word that only starts like a form is no form
		{"Kestrel", "Kestrel Incubator opened.", "Kestrel"},
		// the first words of the name the text writes twice before its
		// form, with a linking word, or in a script without capitals
		{"Karadeniz Makine", "Karadeniz Makine İmalat ve Dış Ticaret A.Ş., Ordu'da yeni fabrika açtı. Karadeniz Makine İmalat ve Dış Ticaret A.Ş. 1994'te kuruldu.", "Karadeniz Makine İmalat ve Dış Ticaret A.Ş."},
		{"אור-ים", "חברת אור-ים תקשורת בע\"מ הודיעה היום. אור-ים תקשורת בע\"מ נוסדה ב-2009.", "אור-ים תקשורת בע\"מ"},
		// written so once: another company may stand next to it
		{"Karadeniz Makine", "Karadeniz Makine ve Poyraz Tekstil A.Ş. ortak girişim kurdu.", "Karadeniz Makine"},
		// a small word that is no link ends the run
		{"Harimau Marine", "Harimau Marine said Kestrel Ltd will build it. Harimau Marine said Kestrel Ltd did.", "Harimau Marine"},
	} {
		body := []block.Block{{Lines: []string{tc.text}}}
		if got := legalTail(tc.name, body); got != tc.want {
			t.Errorf("legalTail(%q, %q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// A clipped short name defined in brackets after the full name is
// written in full; a bracketed word not drawn from the name's letters is
// not its short name. Names written for this test.
func TestClippedName(t *testing.T) {
	body := []block.Block{{Lines: []string{"The Naval Dockyards Corporation of Kenya (Navdocor) signed the contract with the Coastal Shipping Group (Meridian) on Monday."}}}
	for name, want := range map[string]string{"Navdocor": "Naval Dockyards Corporation of Kenya", "Meridian": "Meridian"} {
		if got := expandAcronyms(name, body, strings.Fields(body[0].Text())); got != want {
			t.Errorf("expandAcronyms(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSpellOutHanShortName: a Chinese short name is the candidate whose
// characters it keeps in order, as an acronym is the name it spells
// (invented names).
func TestSpellOutHanShortName(t *testing.T) {
	cs := []candidate{{name: "北研院", weight: 3}, {name: "北嶺海洋研究院", weight: 2}, {name: "南港展覽館", weight: 1}}
	spellOut(cs)
	if cs[0].name != "北嶺海洋研究院" {
		t.Errorf("spellOut(北研院) = %q", cs[0].name)
	}
	cs = []candidate{{name: "北研院", weight: 3}, {name: "南港展覽館", weight: 2}}
	if spellOut(cs); cs[0].name != "北研院" {
		t.Errorf("spellOut(北研院) without its full name = %q", cs[0].name)
	}
}

// TestAcronymSpelledInFooter: an acronym the footer writes in full, its
// words' initials spelling it, is named in full (invented names).
func TestAcronymSpelledInFooter(t *testing.T) {
	body := []block.Block{{Lines: []string{"KSDF marks the anniversary with veterans at the memorial."}}}
	trailer := []block.Block{{Lines: []string{"Kestrel Shore Defence Force | PO Box 12, Harbourtown"}}}
	s := segment.Segments{Body: body, Trailer: trailer}
	in := &issuerText{text: block.RenderText(body), prose: body, trailer: block.RenderText(trailer)}
	in.lower, in.words = strings.ToLower(in.text), strings.Fields(in.text)
	cs := []candidate{{name: "KSDF", weight: 3}}
	normaliseCandidates(cs, s, in)
	if cs[0].name != "Kestrel Shore Defence Force" {
		t.Errorf("KSDF = %q", cs[0].name)
	}
}

// An Arabic name's last word with the nouns joined to it by "و" and the
// article, when the email writes the long form twice; a verb or a
// relative pronoun ends it. Names and texts written for this test.
func TestCoordinated(t *testing.T) {
	contact := "\nللتواصل: المكتب الإعلامي لوزارة الزراعة واستصلاح الأراضي والري"
	for _, tc := range []struct{ name, text, email, want string }{
		{"وزارة الزراعة", "أعلنت وزارة الزراعة والري، اليوم، عن خطة جديدة.", "المكتب الإعلامي لوزارة الزراعة والري", "وزارة الزراعة والري"},
		{"وزارة النقل", "أعلنت وزارة النقل والمواصلات السلكية اليوم خطة.", "وزارة النقل والمواصلات السلكية", "وزارة النقل والمواصلات السلكية"},
		// written once: a second body may stand next to it
		{"وزارة الزراعة", "أعلنت وزارة الزراعة والهيئة العامة للأرصاد خطة.", contact, "وزارة الزراعة"},
		// a verb or a relative pronoun is no part of it
		{"وزارة الزراعة", "قالت وزارة الزراعة وأكدت أن الخطة جاهزة.", "وزارة الزراعة وأكدت", "وزارة الزراعة"},
		{"وزارة الزراعة", "خطة وزارة الزراعة والتي أعلنت أمس.", "وزارة الزراعة والتي", "وزارة الزراعة"},
	} {
		body := []block.Block{{Lines: []string{tc.text}}}
		if got := coordinated(tc.name, body, tc.text+"\n"+tc.email); got != tc.want {
			t.Errorf("coordinated(%q, %q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// A letterhead line writes the name in full to its end; a title's
// words, a press office or a sentence after it are no part of it. Names
// written for this test.
func TestLetterheadTail(t *testing.T) {
	for _, tc := range []struct{ name, line, want string }{
		{"Coast Guard", "Garda Cósta na Norlainne – Coast Guard Norland", "Coast Guard Norland"},
		{"Coast Guard", "Minister for Coast Guard Affairs", "Coast Guard"},
		{"Coast Guard", "Coast Guard Press Office", "Coast Guard"},
		{"Coast Guard", "Coast Guard rescues four fishermen off Norland", "Coast Guard"},
		{"Coast Guard", "Coast Guard, 12 Harbour Road", "Coast Guard"},
	} {
		pre := []block.Block{{Lines: []string{tc.line}}}
		if got := letterheadTail(tc.name, pre); got != tc.want {
			t.Errorf("letterheadTail(%q, %q) = %q, want %q", tc.name, tc.line, got, tc.want)
		}
	}
}
