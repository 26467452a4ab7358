package segment

import (
	"cmp"
	"newsdesk/process/normalise/prefilter"
	"strings"

	"newsdesk/process/normalise/block"
)

// readable writes out addresses spelt to fool harvesters, "anna.berg
// [at] agency.eu", "presse(at)amt(punkt)de", "press AT navy DOT mil", so
// they read as addresses, also when the line breaks inside the address
// ("stampa (at)" over "questura.example"); the blocks are copied only
// when one changes.
func readable(bs []block.Block) []block.Block {
	return relined(bs, func(b block.Block) []string {
		var lines []string
		changed := false
		for k := 0; k < len(b.Lines); k++ {
			w := unspell(b.Lines[k])
			if k+1 < len(b.Lines) && openAt.MatchString(b.Lines[k]) {
				if j := unspell(b.Lines[k] + " " + b.Lines[k+1]); EmailRE.MatchString(j) {
					w = j
					k++
				}
			}
			changed = changed || w != b.Lines[k]
			lines = append(lines, w)
		}
		if !changed {
			return nil
		}
		return lines
	})
}

// unspell writes out the spelt addresses of one line.
func unspell(l string) string {
	for _, sp := range []struct{ at, dot *prefilter.Regexp }{{spelledAt, spelledDot}, {spelledWords, spelledWordDot}} {
		if !sp.at.MatchString(l) {
			continue
		}
		l = sp.at.ReplaceAllStringFunc(l, func(m string) string {
			sm := sp.at.FindStringSubmatch(m)
			domain := ""
			for _, d := range sm[2:] { // the branch that matched
				domain = cmp.Or(domain, d)
			}
			domain = sp.dot.ReplaceAllString(domain, ".")
			if !topLevel.MatchString(domain) {
				return m // "section (a) 3.2": no domain
			}
			if sp.at == spelledWords && strings.ToUpper(sm[1]) == sm[1] && strings.ToLower(sm[1]) != sm[1] {
				return m // "ARRIVING AT RAF.NORTHOLT": a capitals line, not an address
			}
			return sm[1] + "@" + domain
		})
	}
	return l
}

var (
	// spelledAt: a local part, "at" or "@" in brackets, and a domain whose
	// dots may be spelt too.
	spelledAt = prefilter.MustCompile(`(?i)([\w.+-]+)\s*[\[({<]\s*(?:at|a|@|arobase|arroba|ät|snabel-a|chiocciola|małpa|malpa|zavináč|kukac|собака|apenstaartje|klammeraffe)\s*[\])}>]\s*([\w-]+(?:\s*(?:\.|[\[({<]\s*(?:dot|punkt|punktum|point|punto|ponto|piste|pont|kropka|tečka|bodka|nokta|точка|τελεία)\s*[\])}>])\s*[\w-]+)+)`)
	// openAt: a line that breaks after a spelt "at".
	openAt = prefilter.MustCompile(`(?i)[\w.+-]+\s*(?:[\[({<]\s*(?:at|a|@|arobase|arroba|ät|chiocciola)\s*[\])}>]|\s(?:AT|arroba))\s*$`)
	// topLevel: a domain ends in letters.
	topLevel   = prefilter.MustCompile(`\.\pL{2,}$`)
	spelledDot = prefilter.MustCompile(`(?i)\s*(?:\.|[\[({<]\s*(?:dot|punkt|punktum|point|punto|ponto|piste|pont|kropka|tečka|bodka|nokta|точка|τελεία)\s*[\])}>])\s*`)
	// spelledWords: "at" as a bare word, in capitals before a domain
	// ("press AT navy.mil", "press AT navy DOT mil") or in any case when
	// the domain's dot is spelt too: a sentence seldom has a word, "at",
	// a word, "dot" and a word (a plain "at" not with "point": "at this
	// point in time"). The domain ends in letters, so "AT 10.30" is a
	// time, and a line in capitals is no address.
	spelledWords   = prefilter.MustCompile(`\b([\w.+-]+)\s+(?:AT\s+([\w-]+(?:(?:\.|\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+)[\w-]+)*(?:\.|\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+)\p{L}{2,})|(?i:at)\s+([\w-]+(?:\s+(?i:dot|punktum|kropka|tečka|bodka|nokta|точка)\s+[\w-]+)*\s+(?i:dot|punktum|kropka|tečka|bodka|nokta|точка)\s+\p{L}{2,})|(?i:arobase|arroba|chiocciola|małpa|zavináč|kukac|собака)\s+([\w-]+(?:\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+[\w-]+)*\s+(?i:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+\p{L}{2,}))\b`)
	spelledWordDot = prefilter.MustCompile(`(?i)\s+(?:dot|punkt|punktum|point|punto|ponto|kropka|tečka|bodka|nokta|точка)\s+|\.`)
)
