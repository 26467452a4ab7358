package normalise

import "testing"

// A letterhead in capitals names the issuer as the release writes it,
// in names and languages written for this test.
func TestIssuerLetterheadCase(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		raw        []byte
	}{
		{"pt named in the lede", "Instituto Hidrográfico Nacional", plainRelease("Gabinete de Imprensa <imprensa@ihn-exemplo.example>",
			"INSTITUTO HIDROGRÁFICO NACIONAL\r\nGabinete de Imprensa", "Nova carta náutica do Tejo", "Lisboa, 3 de março de 2025 – O Instituto Hidrográfico Nacional publicou hoje uma nova carta náutica do estuário do Tejo.", "A carta está disponível em linha.")},
		{"bg declined in the lede", "Държавна агенция за бежанците", plainRelease("Пресцентър <press@dab-primer.example>",
			"ДЪРЖАВНА АГЕНЦИЯ ЗА БЕЖАНЦИТЕ\r\nПресцентър", "ПРЕССЪОБЩЕНИЕ", "Нов център в Харманли", "София, 3 март 2025 г. – Нов приемателен център беше открит днес в Харманли от Държавната агенция за бежанците.", "Центърът има 400 места.")},
		{"fr lower-case in the text", "Ministère de la Mer", plainRelease("Service de presse <presse@mer-exemple.example>",
			"MINISTÈRE DE LA MER\r\nService de presse", "COMMUNIQUÉ DE PRESSE", "Trois nouveaux patrouilleurs", "Brest, le 3 mars 2025 – Trois patrouilleurs ont été commandés lundi, a annoncé le ministère de la Mer.", "Ils seront livrés en 2028.")},
		{"es never in small letters", "Fundación Mar de Fondo", plainRelease("Prensa <prensa@mardefondo.example>",
			"FUNDACIÓN MAR DE FONDO\r\nDepartamento de Prensa", "NOTA DE PRENSA", "Limpieza de playas", "Cádiz, 3 de marzo de 2025 – Más de 300 voluntarios limpiaron el domingo cinco playas de la costa gaditana.", "Se recogieron dos toneladas de plástico.")},
		{"en acronym stays", "NATO", plainRelease("NATO Press Office <press@nato-example.example>",
			"Allies agree new targets", "BRUSSELS, 3 March 2025 – Defence ministers met at NATO's headquarters on Monday to agree new capability targets.", "The next meeting is in June.")},
	} {
		d, err := Inspect(tc.raw)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d.Issuer != tc.want {
			t.Errorf("%s: issuer %q, want %q", tc.name, d.Issuer, tc.want)
		}
	}
}
