package tag

import (
	"regexp"
	"slices"
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise/prefilter"
)

// Candidate is an earlier draft that shares a fingerprint band.
type Candidate struct {
	ID      int64
	Cluster int64
	Draft   *draft.Draft
	MinHash []uint64
}

// Relation is how a new draft relates to earlier ones.
type Relation struct {
	Kind       string // RelNone, RelDuplicate or RelRevision
	Of         int64  // the earlier draft
	Cluster    int64  // its story cluster, 0 for a new story
	Similarity float64
	Diff       []DiffOp // paragraphs, for a revision
}

// Relation kinds.
const (
	RelNone      = ""
	RelDuplicate = "duplicate"
	RelRevision  = "revision"
)

// Thresholds on estimated Jaccard similarity, tuned on corpus pairs.
const (
	duplicateAbove = 0.75 // same release, resent or forwarded
	revisionMarked = 0.30 // a marked correction of an earlier release
	revisionFigure = 0.50 // unmarked, but the figures changed
)

// revisionWords and revisionCJK find the words senders use for a
// corrected or updated release, in the desk's languages. A word is
// bounded by any non-letter, since \b knows only ASCII letters
// ("corrigé", "исправление"). Chinese
// and Japanese have no word bounds: 訂正 and 更正 are no marker where
// their 正 opens 正式 ("formal": 修訂|正式上路, 變更|正式生效), nor 정정 inside
// a word or in 정정당당 ("fair and square").
//
// It is two patterns, the bounded words and the CJK forms, each run only
// on a text that holds one of its words (prefilter); split, each word of
// the first is a branch of its own, so a common word that some branch
// needs ("release", for "replaces the release") runs that branch alone.
// As one pattern, its alternation ran on Go's NFA at every byte of each
// new draft's opening.
var (
	revisionWords = prefilter.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:correction|corrected|corrects|updated?|revised|revision|replaces\s+the\s+(?:release|version)|amended|erratum|` +
		`korrektur|berichtigung|berichtigt|aktualisiert|aktualisierung|richtigstellung|rectificatif|rectification|corrig[ée]e?|mise\s+à\s+jour|` +
		`correcci[oó]n|corregido|corregida|actualizaci[oó]n|actualizado|actualizada|fe\s+de\s+erratas|rettifica|correzione|aggiornamento|aggiornato|` +
		`correctie|gecorrigeerd|bijgewerkt|sprostowanie|korekta|aktualizacja|zaktualizowan\p{L}*|corre[cç][aã]o|corrigido|atualiza[cç][aã]o|atualizado|` +
		`rättelse|uppdatering|uppdaterad|rettelse|opdatering|opdateret|oppdatering|oppdatert|korjaus|päivitys|päivitetty|oprava|opraveno|` +
		`aktualizace|aktualizováno|helyesbítés|frissítés|rectificare|actualizare|düzeltme|güncelleme|güncellendi|δι[οό]ρθωση|ενημ[εέ]ρωση|` +
		`исправление|обновление|обновлено|уточнение|поправка|виправлення|оновлення|оновлено|уточнення|תיקון|עדכון|تصحيح|تحديث)(?:[^\p{L}\p{N}]|$)`)
	revisionCJK = prefilter.MustCompile(`(?:訂正|更正)(?:[^式]|$)|修正版|更新版|[（(【\[]更新[）)】\]]|(?:^|[^\p{L}])정정(?:[^당]|$)|수정\s*보도|업데이트`)
)

// hasRevisionMarker says whether s holds a revision marker.
func hasRevisionMarker(s string) bool {
	return revisionWords.MatchString(s) || revisionCJK.MatchString(s)
}

// Marked says whether a draft calls itself a correction or an update, in
// its subject, headline, covering note or opening. Fingerprint reads it
// once into Print.Marked, for Relate and the worker's lookup by sender.
func Marked(d *draft.Draft) bool {
	return hasRevisionMarker(d.Source.Subject + "\n" + d.Headline + "\n" + d.Note + "\n" + firstParagraphs(d.BodyText, 2))
}

var figure = regexp.MustCompile(`\d[\d.,]*\d|\d`)

// Relate decides whether d duplicates or revises one of the candidates:
// the most similar one that passes a threshold. p is d's Fingerprint.
func Relate(d *draft.Draft, p Print, cands []Candidate) Relation {
	best := Relation{}
	var own []string // d's figures, read when a candidate first needs them
	ownRead := false
	for _, c := range cands {
		if c.Draft == nil {
			continue
		}
		s := Similarity(p.MinHash, c.MinHash)
		if s < min(revisionMarked, revisionFigure, duplicateAbove) || s <= best.Similarity {
			continue // related in no way, or no closer than the best: spare reading its figures
		}
		// A resend of a correction is a duplicate of it, not a new revision.
		marked := p.Marked && s >= revisionMarked
		candMarked := marked && hasRevisionMarker(c.Draft.Source.Subject+"\n"+c.Draft.Headline)
		// Whether the figures changed decides only a marked draft's
		// resend of a correction and an unmarked near copy.
		changed := false
		if candMarked || s >= revisionFigure && s < 0.98 {
			if !ownRead {
				own, ownRead = figures(d.BodyText), true
			}
			changed = !slices.Equal(own, figures(c.Draft.BodyText))
		}
		var kind string
		switch {
		case marked && (!candMarked || changed):
			kind = RelRevision
		case s >= revisionFigure && changed && s < 0.98:
			kind = RelRevision
		case s >= duplicateAbove:
			kind = RelDuplicate
		default:
			continue
		}
		best = Relation{Kind: kind, Of: c.ID, Cluster: c.Cluster, Similarity: s}
		if kind == RelRevision {
			best.Diff = DiffParagraphs(c.Draft.BodyText, d.BodyText)
		}
	}
	return best
}

// firstParagraphs joins the first n of paragraphs(body) with newlines,
// reading no further into the body than they reach.
func firstParagraphs(body string, n int) string {
	var ps []string
	for rest := strings.ReplaceAll(body, "\r\n", "\n"); rest != "" && len(ps) < n; {
		var p string
		p, rest, _ = strings.Cut(rest, "\n\n")
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, "\n")
}

func figures(s string) []string { return figure.FindAllString(s, -1) }

const maxDiffParagraphs = 400

// DiffOp is one paragraph of a revision's diff: Op is "=", "-" or "+".
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// DiffParagraphs compares two bodies paragraph by paragraph (longest
// common subsequence), so an editor sees exactly what a correction changed.
func DiffParagraphs(old, new string) []DiffOp {
	a, b := paragraphs(old), paragraphs(new)
	// The table is len(a)×len(b): bound it for pathological bodies.
	a, b = a[:min(len(a), maxDiffParagraphs)], b[:min(len(b), maxDiffParagraphs)]
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []DiffOp
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, DiffOp{"=", a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, DiffOp{"-", a[i]})
			i++
		default:
			out = append(out, DiffOp{"+", b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, DiffOp{"-", a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, DiffOp{"+", b[j]})
	}
	return out
}
