package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
	"newsdesk/process/normalise/segment/learn"
)

// Second looks at the labeller's roles where a release's layout says more
// than the blocks' shapes: which title is the headline, and whether the
// last paragraph is the body's or the sender's About text.

// retitle settles which title-like block above the body is the headline
// when the labeller's choice is doubtful. A block that a title below it
// opens with, set off by a colon or dash (namePrefix), is the sender's
// name over the title ("Acme plc", then "Acme plc: volumes return to
// growth"): a letterhead. Of several blocks
// labelled headline, the one the subject line repeats wins over those
// above it, which are labels ("Audited annual results for the year ended
// 30 June"), not titles. A block with a postal address is a letterhead
// whatever its label, and a labelled standfirst is one.
func retitle(bs []block.Block, roles []learn.Role, in []learn.Input) []learn.Role {
	var titles []int // title-like blocks labelled headline or standfirst above the body
	for i, r := range roles {
		if r == learn.Body || r == learn.Dateline {
			break
		}
		if r == learn.Headline && postal(bs[i]) {
			roles[i] = learn.Letterhead
		}
		// A marked-up heading (HTML's h1-h6) under a block of several
		// lines that is none is the title the sender set; the lines above
		// it are the letterhead ("Press Information Bureau", "Government
		// of India", "Ministry of Jal Shakti", then the h1).
		if r == learn.Headline && i+1 < len(roles) && roles[i+1] == learn.Subheadline && bs[i+1].Kind == block.Heading && bs[i].Kind != block.Heading && len(bs[i].Lines) > 1 {
			roles[i], roles[i+1] = learn.Letterhead, learn.Headline
			continue
		}
		// A closed sentence over an unclosed title ("Please find below
		// our press release." over "Acme opens a depot in Leeds") is a
		// covering line, whether the labeller reads the title as the
		// standfirst or as body over more body: 1 of 394 train titles
		// closes its sentence, and none of them has a standfirst.
		if r == learn.Headline && i+2 < len(roles) && (roles[i+1] == learn.Subheadline || roles[i+1] == learn.Body && roles[i+2] == learn.Body) && statement(bs[i].Text()) && titleLike(bs[i+1]) {
			roles[i], roles[i+1] = learn.Note, learn.Headline
			continue
		}
		// A labelled standfirst ("Utl.: …") is never the title: the
		// title is right above it.
		if r == learn.Headline && i > 0 && subtitleLabel.MatchString(bs[i].Text()) && titleLike(bs[i-1]) {
			roles[i-1], roles[i] = learn.Headline, learn.Subheadline
			r = learn.Subheadline
			if !slices.Contains(titles, i-1) {
				titles = append(titles, i-1)
			}
		}
		if (r == learn.Headline || r == learn.Subheadline) && titleLike(bs[i]) {
			titles = append(titles, i)
		}
	}
	for k, i := range titles {
		for _, j := range titles[k+1:] {
			if namePrefix(bs[j].Text(), bs[i].Text()) {
				roles[i], roles[j] = learn.Letterhead, learn.Headline
				break
			}
		}
	}
	first, repeated := -1, -1
	for _, i := range titles {
		if roles[i] != learn.Headline {
			continue
		}
		if first < 0 {
			first = i
		}
		if repeated < 0 && slices.Contains(in[i].Cues, "subject") {
			repeated = i
		}
	}
	if first >= 0 && repeated > first {
		for _, i := range titles {
			if i < repeated && roles[i] == learn.Headline {
				roles[i] = learn.Kicker
			}
		}
	}
	return roles
}

// subjectOverKicker: a title the subject line repeats, read by the
// labeller as a kicker over the block it calls the headline, is the
// headline, and that block its standfirst. The labeller's subject cue
// counts words, and a script that writes no spaces gives it none
// ("港务局启用新引航站" over "新站将使等候时间缩短三分之一").
func subjectOverKicker(bs []block.Block, roles []learn.Role, subject string) []learn.Role {
	st := spaceless(SubjectTitle(subject))
	for i := 1; i < len(roles) && st != ""; i++ {
		if roles[i] == learn.Body || roles[i] == learn.Dateline {
			break
		}
		if roles[i] != learn.Headline {
			continue
		}
		if roles[i-1] == learn.Kicker && titleLike(bs[i-1]) && titleLike(bs[i]) && spaceless(bs[i-1].Text()) == st && spaceless(bs[i].Text()) != st {
			roles[i-1], roles[i] = learn.Headline, learn.Subheadline
		}
		break
	}
	return roles
}

// spaceless is s in lower case without its white space.
func spaceless(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

// creditLabel is a wire's credit line over the sender's name and the
// time it was sent ("NEWS PROVIDED BY", "Provided by", "Bereitgestellt
// von", "Fourni par", "Proporcionado por").
var creditLabel = prefilter.MustCompile(`(?i)^(?:news\s+)?(?:provided|distributed)\s+by\s*:?$|^(?:nachricht\s+)?bereitgestellt\s+von\s*:?$|^(?:communiqué\s+)?fourni\s+par\s*:?$|^(?:noticia\s+)?(?:proporcionada?|proporcionado|distribuid[oa])\s+por\s*:?$`)

// wireCredit: the block under a wire's credit line is the sender's name
// and the one under that the time, never the title or its standfirst.
// When the labeller takes them for those, the title is the first
// title-like block above the credit line and its standfirst the
// title-like block right under it.
func wireCredit(bs []block.Block, roles []learn.Role) []learn.Role {
	for c := 0; c+1 < len(bs) && c < 20; c++ {
		if roles[c] == learn.Body || roles[c] == learn.Dateline {
			return roles
		}
		if !creditLabel.MatchString(bs[c].Text()) || roles[c+1] != learn.Headline {
			continue
		}
		roles[c+1] = learn.Letterhead
		if c+2 < len(roles) && roles[c+2] == learn.Subheadline {
			roles[c+2] = learn.Kicker
		}
		for t := 0; t < c; t++ {
			if titleLike(bs[t]) {
				roles[t] = learn.Headline
				if t+1 < c && titleLike(bs[t+1]) {
					roles[t+1] = learn.Subheadline
				}
				break
			}
		}
		return roles
	}
	return roles
}

// untitled gives a headline to the blocks the labeller gave none: the
// first block it reads as body is the title when it is title-like, more
// body follows it and only a letterhead, kicker or note stands above it
// ("Kaamos Sensors Oy" / "Lehdistötiedote 3.6.2025" / title / text).
func untitled(bs []block.Block, roles []learn.Role) []learn.Role {
	for i, r := range roles {
		switch r {
		case learn.Letterhead, learn.Kicker, learn.Note:
			continue
		case learn.Body:
			if i+1 < len(roles) && roles[i+1] == learn.Body && titleLike(bs[i]) {
				roles[i] = learn.Headline
			}
		}
		break
	}
	return roles
}

// namePrefix says whether title opens with name set off by a colon, dash,
// bar or comma, as a sender's name is over its release's title ("Acme
// plc: volumes return to growth"). A title that reads on after the words
// of the block above ("Riverside Trust wins award for planting 10,000
// trees" under "Riverside Trust wins award") is a standfirst.
func namePrefix(title, name string) bool {
	if !opensWith(title, name) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(strings.TrimSpace(title)[len(strings.TrimSpace(name)):]))
	return strings.ContainsRune(":–—-|,", r)
}

// opensWith says whether t starts with the words of name and goes on.
func opensWith(t, name string) bool {
	t, name = strings.TrimSpace(t), strings.TrimSpace(name)
	if len(t) <= len(name) || !strings.EqualFold(t[:len(name)], name) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[len(name):])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// LegalForms are the company forms that end a name, in the languages the
// desk receives.
const LegalForms = `GmbH|AG|\(Pty\)\s+Ltd\.?|Ltd\.?|Limited|plc|PLC|Inc\.?|Corp\.?|S\.A\.|S\.p\.A\.|SA|SE|AB|ASA|AS|A/S|ApS|Oyj|Oy|B\.V\.|BV|N\.V\.|NV|LLC|a\.s\.|s\.r\.o\.|Zrt\.|Kft\.|A\.Ş\.|Α\.Ε\.|e\.V\.|S\.L\.|S\.r\.l\.|SAS|Lda\.?|d\.o\.o\.|d\.d\.|[Ss]p\.\s+z\s+o\.\s?o\.|Co\.,?\s+Ltd\.?|בע"מ|ЕАД|АД|ЕООД|ООД`

// legalName is a name that ends in its company form: "Acme Shipping S.A.".
var legalName = prefilter.MustCompile(`\S\s+(?:` + LegalForms + `)$`)

// unheadedAbout gives the boilerplate the body's last paragraph when it
// opens with the sender's legal name as a block above the headline writes
// it ("Acme Shipping S.A." on top, "Acme Shipping S.A. operates twelve
// ferries …" above the contacts): the About paragraph without its
// heading. The story calls the sender by its name alone ("Harbour Line
// Ferries expects …" under a "Harbour Line Ferries" letterhead is the
// story's last word), and its first paragraph, which often opens with the
// legal name too, is the body's.
func unheadedAbout(bs []block.Block, roles []learn.Role) []learn.Role {
	h := slices.Index(roles, learn.Headline)
	first, last := bodyEnds(roles)
	if h < 0 || first < h || last == first {
		return roles
	}
	for _, b := range bs[:h] {
		if legalName.MatchString(strings.TrimSpace(b.Text())) && opensWith(bs[last].Text(), b.Text()) {
			roles[last] = learn.Boilerplate
			break
		}
	}
	return roles
}

// namedBody is an organisation's name opening a sentence: an article,
// capitalised words and the little words between them.
const namedBody = `(?:(?:The|Die|Der|Das|Le|La|Les|El|Il|Lo|De|Het)\s+|[LlDd]['’])?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|for|and|the|de|du|des|di|del|della|per|la|le|für|und|der|van|voor|för|och|og|i|y|e|et)){0,8})`

var (
	// definesName opens a sentence that says what a named body is: the
	// name (an article, capitalised words and the little words between
	// them) and a copula with its article, in the desk's languages.
	definesName = prefilter.MustCompile(`^\s*` + namedBody + `\s+(?:is\s+(?:a|an|the|one)|are\s+(?:a|an|the)|è\s+(?:una?|uno|il|la|l['’])|est\s+(?:une?|le|la|l['’])|ist\s+(?:eine?r?|der|die|das)|es\s+(?:una?|el|la)|é\s+(?:uma?|o|a)|is\s+(?:een|de|het)|är\s+(?:en|ett)|er\s+(?:en|et|ei)|là)\s+(.*)$`)
	// orgNoun: what the predicate of an issuer's definition calls it
	// within its first words: a network, an institute, a company, a joint
	// venture, as a whole word ("networked", "centrepiece" are none).
	orgNoun = prefilter.MustCompile(`(?i)^((?:\S+\s+){0,5}?)\S*(?:network|institut|institution|authority|authorities|autorit|autoridad|myndighet|myndighed|behörde|agence|agencia|agenzia|agentschap|urząd|úřad|virasto|centre|center|centro|company|companies|agency|organi[sz]ation|organisatie|association|associazione|foundation|fondazione|fundación|stiftung|stichting|university|universit|think[- ]tank|manufacturer|provider|supplier|group|operator|charity|non-?profit|joint\s+venture|subsidiary|società|azienda|entreprise|société|organisme|empresa|compañía|unternehmen|gesellschaft|verband|bedrijf|företag|bolag|selskap|virksomhed|yhtiö|spółka|společnost|liên\s+doanh|công\s+ty|tập\s+đoàn|tổ\s+chức|cơ\s+quan)(?:s|es|e|o|a|i|y|ies|ät|à|é|en|et|ne)?(?:\P{L}|$)`)
	// ofWord: a preposition before the organisation's noun makes the name
	// something of that organisation, a post or a part ("a former director
	// of the agency").
	ofWord = regexp.MustCompile(`(?i)^(?:of|at|in|with|de|di|del|della|dei|degli|des|du|d['’]\S*|von|vom|der|bei|van|bij|chez|presso|af|av|hos|w|của|tại)$`)
	// founded: the year or place of an organisation's founding or seat,
	// which no ship or person has.
	founded = prefilter.MustCompile(`(?i)(?:^|\P{L})(?:founded|established\s+in|headquartered|fondat[oaie]|fondée?s?|fundad[oa]s?|gegründet|mit\s+Sitz\s+in|con\s+sede\s+(?:a|in|en)|basée?\s+à|z\s+siedzibą|se\s+sídlem|gevestigd\s+(?:in|te)|med\s+säte|opgericht|grundad|grundlagt|perustettu|założon\p{L}*|thành\s+lập)(?:\P{L}|$)`)
	// opensWithName: a sentence that opens with a name and goes on with
	// a verb ("NCIA delivers …", "Nordwerft beschäftigt …").
	opensWithName = regexp.MustCompile(`^\s*` + namedBody + `\s+\p{Ll}`)
	// workforce: an organisation's head count in the present tense, as
	// an About paragraph gives it ("It has around 3,000 staff",
	// "beschäftigt rund 1.200 Mitarbeiter", "emploie plus de 500
	// salariés"); no hiring or deploying of a story.
	workforce = prefilter.MustCompile(`(?i)(?:^|\P{L})(?:has|have|employs|counts|beschäftigt|zählt|hat|compte|emploie|cuenta\s+con|emplea|tiene|impiega|conta|ha|heeft|telt|har|sysselsätter|beskæftiger|työllistää|zatrudnia|zaměstnává|tem|emprega)\s+(?:(?:around|about|some|over|more\s+than|nearly|almost|approximately|roughly|rund|etwa|über|mehr\s+als|knapp|environ|plus\s+de|près\s+de|unos|unas|más\s+de|casi|circa|oltre|quasi|ongeveer|ruim|bijna|cirka|omkring|över|drygt|noin|yli|około|ponad|blisko|přibližně|téměř|přes|cerca\s+de|mais\s+de|quase)\s+)?\d[\d.,\x{00A0} ]*\s+(?:\p{L}+\s+){0,3}?(?:staff|employees|people|personnel|workers|mitarbeiter\p{L}*|beschäftigte\p{L}*|salariés|collaborateurs|employés|agents|empleados|trabajadores|dipendenti|collaboratori|medewerkers|werknemers|anställda|medarbetare|ansatte|medarbejdere|työntekijää|pracowników|zaměstnanců|funcionários|colaboradores)(?:\P{L}|$)`)
	// workforceNews: a head count the story changes, jobs to come ("will
	// add 300 more jobs", "sollen es 400 werden", "embauchera"): the
	// story's closing sentence, not an About paragraph's standing fact.
	workforceNews = prefilter.MustCompile(`(?i)(?:^|\P{L})(?:will|plans?\s+to|to\s+hire|hir(?:e|es|ed|ing)|new\s+jobs|more\s+jobs|additional|wird|werden|sollen|einstellen|neue\s+(?:arbeitsplätze|stellen)|embauche(?:ra|r)|recrute(?:ra|r)|créera|contratará|assumerà|zal|ska\s+anställa)(?:\P{L}|$)`)
	// foundedFirst opens a paragraph with an organisation's founding,
	// then its name: "Founded in 2014, Harbour Robotics …", "Fondée en
	// 1961, Naval Atlantique …". The name may follow a verb ("Gegründet
	// 1952, beschäftigt die Nordwerft …").
	foundedFirst = prefilter.MustCompile(`^\s*(?i:founded|established|set\s+up|gegründet|fondée?|fondat[oa]|fundad[oa]|opgericht|grundad|grundlagt|perustettu|założon\p{L}*)\s+(?i:in\s+|en\s+|em\s+|nel\s+|im\s+(?:jahr\s+)?|år\s+|w\s+)?(?:\d{4}|\p{Lu}\p{L}+)[^,]{0,40},\s+(?:\p{Ll}+\s+){0,2}` + namedBody + `(?:[\s,]|$)`)
	// innerStop is a sentence's end inside a block.
	innerStop = prefilter.MustCompile(`[.!?。]\s+\p{Lu}`)
)

// selfDescription gives the boilerplate the body's last paragraph when it
// is one sentence that defines a body the release named before ("Nordic
// Watch is a network of research institutes …", "L'Osservatorio … è un
// centro studi fondato nel 2001"): the About paragraph without its
// heading. The definition must call the name an organisation in its
// first words, or give its founding: a story's last sentence defines a
// ship ("HMS Kestrel is a Type 23 frigate") or a person too. A longer
// paragraph that opens on the name is the About paragraph when it gives
// the body's head count or its founding, quotes no one and stands above
// no About heading.
func selfDescription(bs []block.Block, roles []learn.Role) []learn.Role {
	first, last := bodyEnds(roles)
	if first < 0 || last == first {
		return roles
	}
	t := strings.TrimSpace(bs[last].Text())
	var name string
	if m := definesName.FindStringSubmatch(t); m != nil && bs[last].Words() <= 45 && !innerStop.MatchString(t) && (namesOrganisation(m[2]) || founded.MatchString(m[2])) {
		name = m[1]
	} else if m := foundedFirst.FindStringSubmatch(t); m != nil && bs[last].Words() <= 80 && !quoted(t) && !workforceNews.MatchString(t) && (workforce.MatchString(t) || namesOrganisation(strings.TrimSpace(t[len(m[0]):]))) && !slices.ContainsFunc(bs[last+1:], aboutHeading) {
		// "Founded in 2014, Harbour Robotics designs … and employs 400
		// people", "Gegründet 1952, ist die Nordwerft ein …
		// Unternehmen": the About paragraph opening on the founding,
		// with the head count or the organisation's noun an About
		// text gives.
		name = m[1]
	} else if m := opensWithName.FindStringSubmatch(t); m != nil && bs[last].Words() <= 80 && !quoted(t) && !workforceNews.MatchString(t) && (workforce.MatchString(t) || founded.MatchString(t)) && !slices.ContainsFunc(bs[last+1:], aboutHeading) {
		// A paragraph that opens on the name, says what the body does
		// and gives its head count or its founding ("NCIA delivers …
		// It has around 3,000 staff …"), where
		// no About heading follows: under one, the release describes
		// its issuer there, and the paragraph above it is the story's.
		name = m[1]
	} else {
		return roles
	}
	if w := strings.Fields(name); len(w) > 1 && !mentioned(bs[:last], name) {
		name = w[0]
	}
	if len([]rune(name)) >= 3 && mentioned(bs[:last], name) {
		roles[last] = learn.Boilerplate
	}
	return roles
}

// quoted says whether t quotes someone: a story's paragraph, not the
// issuer's own description.
func quoted(t string) bool {
	return strings.ContainsAny(t, "\"“”„«»「」")
}

// namesOrganisation says whether a definition's predicate calls its
// subject an organisation: an organisation's noun, a whole word, within
// its first words and not after a preposition.
func namesOrganisation(predicate string) bool {
	m := orgNoun.FindStringSubmatch(predicate)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if ofWord.MatchString(w) {
			return false
		}
	}
	return true
}

// mentioned says whether one of bs holds name, in any case.
func mentioned(bs []block.Block, name string) bool {
	name = strings.ToLower(name)
	for _, b := range bs {
		if strings.Contains(strings.ToLower(b.Text()), name) {
			return true
		}
	}
	return false
}

// bodyEnds are the body's first paragraph and its last before the
// boilerplate starts; -1 and -1 when there is no body.
func bodyEnds(roles []learn.Role) (int, int) {
	first := slices.Index(roles, learn.Body)
	if first < 0 {
		return -1, -1
	}
	last := first
	for i := first + 1; i < len(roles) && !roles[i].Trailing(); i++ {
		if roles[i] == learn.Body {
			last = i
		}
	}
	return first, last
}
