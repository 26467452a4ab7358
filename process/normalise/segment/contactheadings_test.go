package segment

import (
	"testing"

	"newsdesk/process/normalise/block"
)

// TestContactHeadingsOfManyLanguages: a contact heading alone in its
// block opens the trailer, with or without its colon, in the words
// offices of many languages write (our own list). "Contact presse" was
// read only up to "Contact ", the first branch of ContactLabel that
// matched.
func TestContactHeadingsOfManyLanguages(t *testing.T) {
	for _, h := range []string{
		"Contact presse", "Contacts presse", "Medienkontakt", "Medienanfragen", "Pressekontakte",
		"Contactos de prensa", "Contacto para medios", "Contatto stampa", "Per ulteriori informazioni", "Contato para imprensa",
		"Informações à imprensa", "Persvragen", "Pressehenvendelser", "Lisätietoja antaa", "Kontakt prasowy", "Tiskový kontakt",
		"Sajtóinformáció", "Relații cu presa", "Medya İletişim", "Επικοινωνία Τύπου", "Контактная информация", "Контакти для ЗМІ",
		"Контакти за медиите", "За повече информация", "媒体垂询", "보도 문의", "جهة الاتصال", "ליצירת קשר", "Liên hệ báo chí",
		"Kontak media", "Untuk maklumat lanjut", "Media contact details",
	} {
		for _, t2 := range []string{h, h + ":"} {
			if !contactHeading(block.Block{Lines: []string{t2}}) {
				t.Errorf("%q is no contact heading", t2)
			}
		}
	}
	// An office's name is no heading, nor a sentence's subject.
	for _, h := range []string{"Media Relations", "Relations presse", "Ufficio Stampa Leonardo", "Journalists wishing to attend should register"} {
		if contactHeading(block.Block{Lines: []string{h}}) {
			t.Errorf("%q read as a contact heading", h)
		}
	}
}
