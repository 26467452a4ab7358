package tag

import "strings"

// French, Spanish, Italian and Portuguese write most institutions' names
// in sentence case: a capitalised generic word, then lower-case nouns
// joined by "de" and adjectives after them ("Agence de l'innovation de
// défense", "Centre de crise national", "Servicio de vigilancia
// aduanera").

var romanceLanguages = set("fr", "es", "it", "pt", "ca")

// romanceHeads open such names.
var romanceHeads = set("Garde", "Guardia", "Guarda", "Gendarmerie", "Police", "Polizia", "Policía", "Polícia", "Agence", "Centre", "Direction", "Service", "Commandement", "Office", "Institut", "Conseil", "Autorité", "École",
	"Agencia", "Centro", "Dirección", "Servicio", "Mando", "Instituto", "Consejo", "Agenzia", "Direzione", "Servizio", "Istituto",
	"Comando", "Agência", "Direção", "Serviço", "Conselho", "Autoridad", "Autorità", "Autoridade", "Unidad", "Unità", "Unidade")

// corpsHeads open the names of guard, police and gendarmerie corps,
// which one adjective completes: "Garde républicaine", "Police
// nationale", "Guardia costiera".
var corpsHeads = set("Garde", "Guardia", "Guarda", "Gendarmerie", "Police", "Polizia", "Policía", "Polícia")

// romancePreps join the nouns of a name; romanceArticles may follow them.
var romancePreps = set("de", "du", "des", "del", "della", "dello", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "per", "pour", "para", "à", "às", "ao", "aos", "au", "aux")
var romanceArticles = set("la", "le", "les", "el", "los", "las", "il", "lo", "i", "gli", "a", "o", "os", "as")

// possessorNouns after "de" name whose thing it is, not a body's field:
// "Centre de recherche de l'entreprise".
var possessorNouns = set("entreprise", "société", "groupe", "ville", "année", "projet", "semaine", "presse", "empresa", "compañía",
	"azienda", "società", "gruppo", "città", "cidade", "grupo", "comunicación", "communication", "comunicazione", "comunicação")

// adjectiveSuffixes end the Romance adjectives that follow a noun.
var adjectiveSuffixes = []string{"al", "ale", "ales", "aux", "el", "elle", "ique", "iques", "ico", "ica", "ici", "iche", "if", "ive",
	"ivo", "iva", "ien", "ienne", "ier", "ière", "aire", "ario", "aria", "ano", "ana", "ais", "aise", "ês", "esa", "ense", "éen",
	"éenne", "eo", "ea", "ali", "imo", "ima", "il", "ile", "ili", "ain", "aine"}

// romanceAdverbs end as adjectives do but are none: "la Police demain",
// "la Policía mañana" name no corps.
var romanceAdverbs = set("demain", "lendemain", "mañana", "temprano")

// romanceNames finds names in sentence case: the generic word, then
// at least two lower-case nouns and adjectives, or a corps' one
// adjective.
func romanceNames(ws []word) []string {
	var out []string
	for i := range ws {
		head, opened := ws[i], false
		if e, ok := elided(head); ok {
			head, opened = e, true
		}
		// A name in running text follows its article ("la Agencia …",
		// "l'Agence …"); a bare generic word that opens a sentence opens
		// a notice: "Servicio de transporte para los vecinos …".
		if !head.capped || !romanceHeads[head.text] || ws[i].start && !opened {
			continue
		}
		end, content := i, 0
		lower := func(k int) bool {
			return k < len(ws) && plainSep(ws[k]) && !ws[k].capped && !ws[k].start
		}
		for lower(end+1) && romanceAdjective(ws[end+1].lower) {
			end++
			content++ // "Centre national de …", "Centre hospitalier universitaire"
		}
		for lower(end + 1) {
			if e, ok := elided(ws[end+1]); ok && !e.capped && e.text != "" && strings.HasPrefix(ws[end+1].lower, "d") {
				end, content = end+1, content+1 // "… des systèmes d'information"
				continue
			}
			if !romancePreps[ws[end+1].lower] {
				break
			}
			k := end + 2
			if lower(k) && romanceArticles[ws[k].lower] {
				k++
			}
			noun := ws[min(k, len(ws)-1)]
			if e, ok := elided(noun); ok {
				noun = e // "de l'innovation"
			}
			if k < len(ws) && plainSep(ws[k]) && noun.capped && !noun.start && content >= 2 {
				end = k // "… universitaire de Brest": the place it serves ends the name
				break
			}
			if !lower(k) || noun.capped || romancePreps[noun.lower] || possessorNouns[noun.lower] {
				break
			}
			end, content = k, content+1
			for lower(end+1) && romanceAdjective(ws[end+1].lower) {
				end++
				content++
			}
		}
		if content >= 2 || content == 1 && corpsHeads[head.text] && end == i+1 {
			out = append(out, head.text+" "+strings.TrimPrefix(joinWords(ws[i:end+1]), ws[i].text+" "))
		}
	}
	return out
}

func romanceAdjective(w string) bool {
	if len([]rune(w)) < 4 || romanceAdverbs[w] {
		return false
	}
	singular := strings.TrimSuffix(w, "s") // "opérations aériennes"
	for _, s := range adjectiveSuffixes {
		if strings.HasSuffix(w, s) || strings.HasSuffix(singular, s) {
			return true
		}
	}
	return false
}

// ministryWords open a ministry's name that French, Italian and
// Portuguese often write in lower case: "le ministère de l'Intérieur",
// "il ministero dell'Interno".
var ministryWords = set("ministère", "ministerio", "ministero", "ministério")

// lowerMinistries finds ministries written with a lower-case head, and
// names them as their own signature writes them, capitalised.
func lowerMinistries(ws []word) []string {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if !ministryWords[ws[i].text] || !plainSep(ws[i+1]) {
			continue
		}
		j := i + 1
		if romancePreps[ws[j].lower] && j+1 < len(ws) && plainSep(ws[j+1]) {
			j++ // "de", "del" before the field; "dell'Interno" holds it
			if romanceArticles[ws[j].lower] && j+1 < len(ws) && plainSep(ws[j+1]) {
				j++ // "de la Défense", "de la Presidencia"
			}
		}
		if e, ok := elided(ws[j]); !ws[j].capped && !(ok && e.capped) {
			continue
		}
		end := j + 1
		for end < len(ws) && plainSep(ws[end]) && !ws[end].start && ws[end].capped {
			end++
		}
		head := strings.ToUpper(ws[i].text[:1]) + ws[i].text[1:]
		out = append(out, head+" "+joinWords(ws[i+1:end]))
	}
	return out
}
