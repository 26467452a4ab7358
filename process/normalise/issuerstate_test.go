package normalise

import (
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

// A letterhead's block read from its top: a state's name over its
// ministry and the unit under them names nobody; a court heads its
// president's office; a government under the agency's name is its
// owner, not a unit. Names and words written for this test.
func TestIssuerLetterheadState(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"sl state, ministry, police unit, press service in one block", "Policijska uprava Koper", plainRelease("PU Koper <pu.koper@policija-primer.example>",
			"REPUBLIKA SLOVENIJA\r\nMINISTRSTVO ZA NOTRANJE ZADEVE\r\nPOLICIJSKA UPRAVA KOPER\r\nSlužba za odnose z javnostmi", "SPOROČILO ZA JAVNOST",
			"Zaseženih 40 kilogramov marihuane", "Koper, 4. marca 2025 – Policisti Policijske uprave Koper so v pristanišču zasegli 40 kilogramov marihuane.", "Osumljenca so pridržali.")},
		{"it court over its president's office", "Tribunale di Rovigo", plainRelease("Segreteria Presidenza <presidenza.rovigo@giustizia-esempio.example>",
			"TRIBUNALE DI ROVIGO\r\nUfficio del Presidente", "COMUNICATO STAMPA", "Nuova aula per le udienze",
			"Rovigo, 4 marzo 2025 - È stata inaugurata oggi la nuova aula per le udienze civili.", "I lavori sono durati un anno.")},
		{"es agency over its government", "Instituto Nacional de Pesca Artesanal", plainRelease("Prensa INPA <prensa@inpa-ejemplo.example>",
			"Instituto Nacional de Pesca Artesanal\r\nGobierno de Costa Brava", "COMUNICADO DE PRENSA", "Veda de la merluza",
			"Puerto Alto, 4 de marzo de 2025. La veda de la merluza comenzará el lunes en toda la costa norte.", "Durará dos meses.",
			"Departamento de Comunicaciones\r\nInstituto Nacional de Pesca Artesanal")},
		{"pt capitals letterhead short of the ministry every other source names", "Ministério dos Assuntos do Mar", plainRelease("Ministério dos Assuntos do Mar <imprensa@mar-exemplo.example>",
			"REPÚBLICA DE VALMAR\r\nASSUNTOS DO MAR", "COMUNICADO", "Novo navio de investigação",
			"Lisboa, 4 de março de 2025 – O Ministério dos Assuntos do Mar recebeu hoje um navio de investigação oceanográfica.", "O navio custou 20 milhões de euros.",
			"Gabinete de Imprensa do Ministério dos Assuntos do Mar\r\nTel. 213 555 0100")},
	})
}

// kindBefore reads the words before a short name that ends a longer
// one, whatever their capitals.
func TestKindBefore(t *testing.T) {
	if kind, ok := kindBefore("Ministério da Defesa Nacional", "DEFESA NACIONAL"); !ok || kind != "Ministério da" {
		t.Errorf("kindBefore: %q %v, want \"Ministério da\" true", kind, ok)
	}
	if _, ok := kindBefore("Defesa Nacional", "DEFESA NACIONAL"); ok {
		t.Error("kindBefore: the same name has no words before")
	}
}

// A short name of several acronyms ("SN PMN SA", a company's initials
// and its legal form's) is expanded from the brackets it is defined in;
// a run of acronyms the text never defines stays. Invented names.
func TestExpandAcronymRun(t *testing.T) {
	body := []block.Block{{Lines: []string{"Galați, 4 martie 2025 – Societatea Națională Porturile Maritime Nordice SA Galați (SN PMN SA) anunță un trafic record."}}}
	for in, want := range map[string]string{"SN PMN SA": "Societatea Națională Porturile Maritime Nordice SA Galați", "AB CD": "AB CD"} {
		if got := expandAcronyms(in, body, strings.Fields(block.RenderText(body))); got != want {
			t.Errorf("expandAcronyms(%q) = %q, want %q", in, got, want)
		}
	}
}

// A Chinese lede's listing status before the company's name is no part
// of it. Invented name.
func TestLedeListedCompany(t *testing.T) {
	for _, lede := range []string{"上市公司海豚電子科技股份有限公司（股票代號：1234）今日宣布，獲得新訂單。", "上櫃公司海豚電子科技股份有限公司今日宣布，獲得新訂單。"} {
		if got, _ := ledeName(lede, func() string { return "" }, ""); got != "海豚電子科技股份有限公司" {
			t.Errorf("ledeName(%q): %q, want 海豚電子科技股份有限公司", lede, got)
		}
	}
}

// A commission or committee is an organisation whose noun Baltic and
// Slavic languages write in lower case after its capitalised owner: a
// one-word sender's genitive takes the lede's run to that noun.
// Invented names.
func TestIssuerCommitteeNoun(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"lv council's committee, sender the council's genitive", "Domes Finanšu komisija", plainRelease("Domes <preses@dome-piemers.example>",
			"Budžeta grozījumi atbalstīti", "Domes Finanšu komisija otrdien atbalstīja budžeta grozījumus.", "Grozījumus skatīs Domes sēdē.")},
	})
}

// The finishing steps that write a chosen name as the text does, each
// given a name and the text, in invented names: a name quoted in part
// loses the quotes its sentences never write (unquoted); a unit's number
// before its name at every mention is part of it, not a number once
// missing or a year (numbered); the acronym a company's words spell,
// written before its name and legal form, is part of its registered
// name, not another acronym nor before a name without a legal form
// (acronymHeaded).
func TestNameAsWritten(t *testing.T) {
	for _, tc := range []struct {
		step             string
		f                func(name, text string) string
		name, text, want string
	}{
		{"unquoted", unquoted, "Societatea Națională „Porturile Nordice” SA", "Azi, Societatea Națională Porturile Nordice SA anunță", "Societatea Națională Porturile Nordice SA"},
		{"unquoted", unquoted, "Фонд «Зелені поля»", "Фонд «Зелені поля» передав", "Фонд «Зелені поля»"},
		{"unquoted", unquoted, "Фонд «Зелені поля»", "Волонтери передали допомогу", "Фонд «Зелені поля»"},
		{"numbered", numbered, "Reggimento Genio Ferrovieri", "Il 4° Reggimento Genio Ferrovieri ha riaperto la linea. I militari del 4° Reggimento Genio Ferrovieri", "4° Reggimento Genio Ferrovieri"},
		{"numbered", numbered, "Signal Brigade", "The 7th Signal Brigade laid the cable.", "7th Signal Brigade"},
		{"numbered", numbered, "Signal Brigade", "The 7th Signal Brigade laid the cable. Signal Brigade staff helped.", "Signal Brigade"},
		{"numbered", numbered, "Signal Brigade", "In 2025 Signal Brigade staff laid the cable.", "Signal Brigade"},
		{"acronymHeaded", acronymHeaded, "Baltycka Grupa Paliwowa S.A.", "Dziś BGP Baltycka Grupa Paliwowa S.A. podpisała umowę.", "BGP Baltycka Grupa Paliwowa S.A."},
		{"acronymHeaded", acronymHeaded, "Baltycka Grupa Paliwowa S.A.", "Dziś XYZ Baltycka Grupa Paliwowa S.A. podpisała umowę.", "Baltycka Grupa Paliwowa S.A."},
		{"acronymHeaded", acronymHeaded, "Baltycka Grupa Paliwowa", "Dziś BGP Baltycka Grupa Paliwowa podpisała umowę.", "Baltycka Grupa Paliwowa"},
	} {
		if got := tc.f(tc.name, tc.text); got != tc.want {
			t.Errorf("%s(%q): %q, want %q", tc.step, tc.name, got, tc.want)
		}
	}
}
