package normalise

import "testing"

// A lede that opens with an office's title opens with a person, in any
// language: the sender's organisation issues. Names written for this
// test.
func TestIssuerOfficeHolderLede(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"de mayor first", "Stadt Aurich", plainRelease("Pressestelle Stadt Aurich <presse@aurich-stadt.example>",
			"Pressemitteilung", "Marktfest abgesagt",
			"Aurich, 4. März 2025 – Oberbürgermeister Jan Ahlers hat das Marktfest wegen Bauarbeiten abgesagt.", "Es soll 2026 wieder stattfinden.")},
		{"pl mayor first", "Urząd Miasta Sopotu", plainRelease("Biuro Prasowe Urząd Miasta Sopotu <prasa@sopot-um.example>",
			"Komunikat prasowy", "Nowe ścieżki rowerowe",
			"Sopot, 4 marca 2025 r. – Prezydent Jan Nowak przedstawił plan budowy dziesięciu kilometrów ścieżek rowerowych.", "Prace ruszą latem.")},
	})
}
