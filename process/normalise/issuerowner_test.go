package normalise

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

// TestIssuerOwnerOfUnit: a contact block signed by a unit whose name ends
// in its organisation's, declined ("Департамент комунікацій Офісу
// Морського омбудсмена"), while the sender names the organisation
// itself: the organisation issues, not its communications department.
// Names written for this test.
func TestIssuerOwnerOfUnit(t *testing.T) {
	raw := textMail("Офіс Морського омбудсмена <pressa@om-ua.example>", "Новий порядок огляду суден",
		"Новий порядок огляду суден",
		"Київ, 4 березня 2025 року. З понеділка огляд риболовецьких суден у портах Одеси проводитимуть за новим порядком, який скорочує час очікування вдвічі.",
		"Власники суден можуть подати заявку онлайн.",
		"Департамент комунікацій Офісу Морського омбудсмена\r\nтел. +380 44 555 0101\r\npressa@om-ua.example")
	if got, want := inspectIssuer(t, raw), "Офіс Морського омбудсмена"; got != want {
		t.Errorf("issuer %q, want %q", got, want)
	}
}

// TestOwnerTail: the organisation after a unit of two or more words,
// named by the body or by another source; none after one word, which
// may be the organisation's own qualifier, nor after a linking word,
// nor when the body names the unit too.
func TestOwnerTail(t *testing.T) {
	body := "The Harbour Board said on Monday that the quay reopens in May."
	for _, c := range []struct{ name, want string }{
		{"Media Relations Unit Harbour Board", "Harbour Board"},
		{"Portsmouth Harbour Board", ""},
		{"Department of the Harbour Board", ""},
		{"Quay Works Harbour Board", ""}, // "quay" is in the body
	} {
		in := &issuerText{}
		in.words = strings.Fields(body)
		in.folded = foldWords(in.words)
		if got := ownerTail(c.name, nil, in); got != c.want {
			t.Errorf("ownerTail(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestIssuerAfterPressLabel: a sign-off line that opens with a press
// office's label, no colon after it ("Ufficio Stampa X", "Press Office
// X"), is signed by the organisation after the label; after "Contact:"
// a person may stand, so a colon keeps the older reading. Names written
// for this test.
func TestIssuerAfterPressLabel(t *testing.T) {
	for _, c := range []struct{ sender, lede, tail, want string }{
		{"Ufficio Stampa <stampa@parco-colline.example>", "Sono stati riaperti lunedì i sentieri del versante nord dopo le frane di gennaio.",
			"Ufficio Stampa Ente Parco Regionale delle Colline Moreniche\r\nstampa@parco-colline.example", "Ente Parco Regionale delle Colline Moreniche"},
		{"Newsdesk <desk@valley-water.example>", "Reservoir levels have recovered to 92 per cent after the wet winter.",
			"Press Office Kestrel Valley Water Trust\r\ndesk@valley-water.example", "Kestrel Valley Water Trust"},
	} {
		raw := plainRelease(c.sender, "Trails and reservoirs update", c.lede, "More details follow next week.", c.tail)
		if got := inspectIssuer(t, raw); got != c.want {
			t.Errorf("%q: issuer %q, want %q", c.tail, got, c.want)
		}
	}
}

// TestIssuerNamedLine: a name alone on a line of the trailer that the
// body names too, in lower case or declined, is who speaks, whatever the
// name's words; a line the body does not name is none. Names written
// for this test.
func TestIssuerNamedLine(t *testing.T) {
	for _, c := range []struct{ lede, tail, want string }{
		{"La mancomunidad de aguas del Alto Sorbe ha cortado el suministro nocturno en cuatro municipios por obras.",
			"Mancomunidad de Aguas del Alto Sorbe", "Mancomunidad de Aguas del Alto Sorbe"},
		{"La préfecture des Hautes-Landes interdit la baignade dans le lac jusqu'à nouvel ordre.",
			"Préfecture des Hautes-Landes", "Préfecture des Hautes-Landes"},
	} {
		raw := plainRelease("Gabinete <gabinete@mailhost.example>", "Aviso a la población", c.lede, "Más información en la web.", c.tail)
		if got := inspectIssuer(t, raw); got != c.want {
			t.Errorf("%q: issuer %q, want %q", c.tail, got, c.want)
		}
	}
	in := &issuerText{folded: foldWords(strings.Fields("the quay reopens in May"))}
	if got := namedLine([]block.Block{{Lines: []string{"Harbour Board of Kestrel"}}}, in); got != "" {
		t.Errorf("a line the body does not name: %q", got)
	}
}

// TestSignedLength: a run after a linking word that the body writes
// after the name ("of Norway and …") is dropped when the sign-off signs
// with the short name and never the long; a legal form stays, and so
// does a run the sign-off writes too. Names written for this test.
func TestSignedLength(t *testing.T) {
	for _, c := range []struct{ short, long, trailer, want string }{
		{"Fjell Marine Systems", "Fjell Marine Systems of Norway", "Kari Dahl, Fjell Marine Systems\n+47 555 01 22", "Fjell Marine Systems"},
		{"Calder Institute", "Calder Institute for Security Studies", "Press office, Calder Institute\ninfo@calder.example", "Calder Institute"},
		{"Calder Institute", "Calder Institute for Security Studies", "About the Calder Institute for Security Studies\nCalder Institute, London", "Calder Institute for Security Studies"},
		{"Calder Institute", "Calder Institute for Security Studies", "Press office: press@calder.example", "Calder Institute for Security Studies"},
		{"Hanse Optronik", "Hanse Optronik GmbH", "Jan Behrens, Hanse Optronik\n", "Hanse Optronik GmbH"},
	} {
		if got := signedLength(c.short, c.long, c.trailer); got != c.want {
			t.Errorf("signedLength(%q, %q) = %q, want %q", c.short, c.long, got, c.want)
		}
	}
}

// TestIssuerGovernedContact: a contact line's press office governs its
// organisation in the genitive ("Γραφείο Τύπου Δήμου Λάρισας", "Biuro
// Prasowe Urzędu Miasta Kielce"); the lede's subject writes the name in
// the nominative, and that form issues. Names written for this test.
func TestIssuerGovernedContact(t *testing.T) {
	for _, c := range []struct{ headline, lede, tail, want string }{
		{"Ξεκινούν έργα στην κεντρική πλατεία", "Ο Δήμος Λάρισας ξεκινά τη Δευτέρα έργα ανάπλασης στην κεντρική πλατεία της πόλης.",
			"Γραφείο Τύπου Δήμου Λάρισας", "Δήμος Λάρισας"},
		{"Nowe ścieżki rowerowe w centrum", "Urząd Miasta Kielce oddaje do użytku w poniedziałek cztery kilometry nowych ścieżek rowerowych.",
			"Biuro Prasowe Urzędu Miasta Kielce", "Urząd Miasta Kielce"},
	} {
		raw := plainRelease("Press <press@mailhost.example>", c.headline, c.lede, "—", c.tail)
		if got := inspectIssuer(t, raw); got != c.want {
			t.Errorf("%q: issuer %q, want %q", c.tail, got, c.want)
		}
	}
}

// inspectIssuer is the issuer Inspect reads from raw.
func inspectIssuer(t *testing.T, raw []byte) string {
	t.Helper()
	d, err := Inspect(raw)
	if err != nil {
		t.Fatal(err)
	}
	return d.Issuer
}

// TestIssuerLedeSeat: a Slavic name holds its seat after a locative
// preposition ("… w Toruniu", "… we Włocławku"): the lede's subject runs
// on over it. Names written for this test.
func TestIssuerLedeSeat(t *testing.T) {
	for _, c := range []struct{ headline, lede, want string }{
		{"Nowa sala rozpraw otwarta", "Miejskie Przedsiębiorstwo Komunikacyjne w Toruniu uruchamia w poniedziałek dwie nowe linie autobusowe.",
			"Miejskie Przedsiębiorstwo Komunikacyjne w Toruniu"},
		{"Wyrok w sprawie przetargu", "Sąd Okręgowy we Włocławku oddalił w czwartek skargę na wynik przetargu na dostawę autobusów.",
			"Sąd Okręgowy we Włocławku"},
	} {
		raw := plainRelease("Press <press@mailhost.example>", c.headline, c.lede, "—")
		if got := inspectIssuer(t, raw); got != c.want {
			t.Errorf("%q: issuer %q, want %q", c.lede, got, c.want)
		}
	}
}

// TestIssuerDashDefinition: an acronym defined by a dash before the
// name it stands for ("A DGRM – Direção-Geral de …") is expanded; a dash
// before words the acronym's letter does not open defines nothing. Names
// written for this test.
func TestIssuerDashDefinition(t *testing.T) {
	raw := plainRelease("Comunicação <comunicacao@mailhost.example>", "Novas regras para a pesca costeira",
		"Lisboa, 4 de março de 2025 – A DGRM – Direção-Geral de Recursos Naturais, Segurança e Serviços Marítimos publicou hoje novas regras para a pesca costeira.",
		"As regras entram em vigor em maio.", "Gabinete de Comunicação da DGRM")
	if got, want := inspectIssuer(t, raw), "Direção-Geral de Recursos Naturais, Segurança e Serviços Marítimos"; got != want {
		t.Errorf("issuer %q, want %q", got, want)
	}
	bs := []block.Block{{Lines: []string{"The KHA – Northern Quay reopens in May."}}}
	if got := dashDefinition("KHA", bs); got != "" {
		t.Errorf("dashDefinition: %q", got)
	}
}
