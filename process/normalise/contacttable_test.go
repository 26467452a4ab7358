package normalise

import (
	"strings"
	"testing"
)

// A table of contacts whose phone column gives numbers without a trunk
// prefix or country code (Singapore's "6555 2291", Iceland's "522
// 6000"): the column's title labels them, in a text part's "|" or tab
// columns and in an HTML table; and a phone label in a language of few
// speakers ("Sími:"). Our own blocks.
func TestContactTablePhoneColumn(t *testing.T) {
	both := "Nur Aisyah Rahman|nur.rahman@harbour-robotics.example|6555 2291;Jonathan Lim|jonathan.lim@harbour-robotics.example|6555 2287"
	for _, tc := range []struct {
		name, block string
		html        bool
		want        string
	}{
		{"text bars", "Media contacts\nName | Designation | Phone | Email\nNur Aisyah Rahman | Assistant Director, Communications | 6555 2291 | nur.rahman@harbour-robotics.example\nJonathan Lim | Senior Manager | 6555 2287 | jonathan.lim@harbour-robotics.example", false, both},
		{"text tabs", "Media contacts\nName\tPhone\tEmail\nNur Aisyah Rahman\t6555 2291\tnur.rahman@harbour-robotics.example\nJonathan Lim\t6555 2287\tjonathan.lim@harbour-robotics.example", false, both},
		{"html table", "<p>Media contacts</p><table><tr><th>Name</th><th>Telepon</th><th>Email</th></tr><tr><td>Nur Aisyah Rahman</td><td>6555 2291</td><td>nur.rahman@harbour-robotics.example</td></tr><tr><td>Jonathan Lim</td><td>6555 2287</td><td>jonathan.lim@harbour-robotics.example</td></tr></table>", true, both},
		{"sími", "Nánari upplýsingar veitir:\nSigrún Hallgrímsdóttir, fagstjóri\nSími: 522 6000\nsigrun.hallgrimsdottir@harbour-robotics.example", false, "Sigrún Hallgrímsdóttir|sigrun.hallgrimsdottir@harbour-robotics.example|522 6000"},
	} {
		d, err := Inspect(probeMail(contactProbe{block: tc.block, html: tc.html}))
		if err != nil {
			t.Fatal(err)
		}
		if !sameProbeContacts(d.Contacts, tc.want) {
			t.Errorf("%s: contacts %q, want %q", tc.name, showContacts(d.Contacts), strings.ReplaceAll(tc.want, ";", " ; "))
		}
	}
}

// A contact heading in the plural ("Kontaktpersoner:", "Contactpersonen:")
// heads a list of entries by number; a heading without a colon
// ("Contact presse") is no role of the person under it, so a press
// office's mailbox ("presse@") is not that person's; Arabic's "for more
// information, please contact" is a heading in either spelling. Our own
// blocks.
func TestContactHeadingIsNoRole(t *testing.T) {
	checkBlocks(t, false, []blockCase{
		{"no", "Verftet <presse@verftet.example>", "Kontaktpersoner:\nKommunikasjonssjef Ola Nordmann, tlf. 915 55 123\nPressevakt, tlf. 22 55 50 50", "Ola Nordmann||915 55 123;Pressevakt|presse@verftet.example|22 55 50 50"},
		{"nl", "Werf <pers@werf.example>", "Contactpersonen:\nPieter de Vries, woordvoerder, 06 1234 5678\nPersdienst, 010 555 1234", "Pieter de Vries||06 1234 5678;Persdienst|pers@werf.example|010 555 1234"},
		{"fr", "Service de presse <presse@naval-atlantique.example>", "Contact presse\nJulien Moreau – 06 55 12 34 56", "Julien Moreau||06 55 12 34 56"},
		{"de", "Pressestelle <presse@nordwerft.example>", "Pressekontakt\nJonas Weber, Tel. 0431 555 1200", "Jonas Weber||0431 555 1200"},
		{"ar", "الشركة <info@company.example>", "لمزيد من المعلومات، يرجى التواصل مع:\nسارة العلي\nمديرة العلاقات العامة\nجوال: +966 50 555 1234\nsara.ali@company.example", "سارة العلي|sara.ali@company.example|+966 50 555 1234"},
	})
}

// An office reached in a sentence by a number without a trunk prefix
// ("Pressevagten kan kontaktes på 72 55 12 34"), and an office whose
// sender writes its organisation in another case ("Rajavartiolaitoksen
// viestintä" from Rajavartiolaitos's viestinta@): the sender's mailbox
// is the office's own. Our own blocks.
func TestOfficeReachedInItsOwnWords(t *testing.T) {
	checkBlocks(t, true, []blockCase{
		{"da", "Forsvaret <presse@forsvaret.example>", "Pressevagten kan kontaktes på 72 55 12 34.", "Pressevagten|presse@forsvaret.example|72 55 12 34"},
		{"fi", "Rajavartiolaitos <viestinta@raja.example>", "Lisätietoja medialle:\nRajavartiolaitoksen viestintä, p. 0295 555 200", "Rajavartiolaitoksen viestintä|viestinta@raja.example|0295 555 200"},
	})
}
