package normalise

import (
	"time"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/embargo"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/prefilter"
	"newsdesk/process/normalise/segment"
)

// findEmbargo reads every embargo statement in the places senders put
// them: the subject lines, the lines above the headline, and every line
// of the release and its notes ("This release is embargoed until …" at
// the foot counts too). The latest instant wins, as the safe reading. A
// statement that names no readable instant puts the draft on hold unless
// another gives one; in running text only a line that opens with the
// embargo (Statement.Leading, in any language) may do so, so "the arms
// embargo: imposed in 2014" holds nothing.
func findEmbargo(subjects []string, s segment.Segments, ref *time.Time, w *mime.Walker) (*time.Time, bool) {
	ref, local := embargoRef(s.Dateline, ref)
	type stmt struct {
		line  string
		prose bool
		part  bool // one line of a block whose whole text is read too
	}
	var lines []stmt
	for _, l := range subjects {
		lines = append(lines, stmt{line: l})
	}
	for _, b := range s.Pre {
		for _, l := range b.Lines {
			lines = append(lines, stmt{line: l})
		}
	}
	for _, bs := range [][]block.Block{s.Body, s.Trailer} {
		for _, b := range bs {
			if t := b.Text(); embargo.EmbargoKey.MatchString(t) {
				lines = append(lines, stmt{line: t, prose: true})
				// A block of several lines (a text part that lost its
				// blank lines: "ENDS" above "EMBARGOED UNTIL FURTHER
				// NOTICE") may hold a statement that opens a line.
				for i := 1; i < len(b.Lines); i++ {
					lines = append(lines, stmt{line: b.Lines[i], prose: true, part: true})
				}
			}
		}
	}
	var until *time.Time
	hold, assumed := false, false
	for _, l := range lines {
		e := embargo.ParseEmbargo(l.line, ref)
		switch {
		case !e.Found || e.Immediate:
		case e.Resolved && l.part: // its block's whole text gave the instant
		case e.Resolved:
			if until == nil || e.Until.After(*until) {
				t := e.Until
				until = &t
			}
			assumed = assumed || e.AssumedTZ
		case !l.prose || e.Leading:
			hold = true
		}
	}
	if assumed {
		w.Warn("embargo: no time zone written; read in %s", local)
	}
	if until != nil && ref != nil && until.Before(ref.Add(-7*24*time.Hour)) {
		// Lifted over a week before the email was sent: most likely a
		// wrong year or date. Publishing at once is the dangerous reading;
		// hold. A resend or correction days after the embargo lifted keeps
		// its instant.
		w.Warn("embargo: %s is before the email was sent; held for an editor", until.Format(time.RFC3339))
		return nil, true
	}
	if until != nil {
		return until, false
	}
	if hold {
		w.Warn("embargo: stated but no instant could be read; held for an editor")
	}
	return nil, hold
}

// embargoRef is the instant and zone an embargo with no zone or no year
// is read against: the email's Date in the zone of the dateline's place
// when we know it (newsletter tools date their mail in UTC), else in the
// sender's own offset; with no Date header, noon of the dateline's date.
func embargoRef(dl *draft.Dateline, ref *time.Time) (*time.Time, string) {
	var loc *time.Location
	if dl != nil {
		loc = embargo.PlaceZone(dl.Place)
	}
	if ref == nil && dl != nil && loc != nil {
		if d, err := time.ParseInLocation(time.DateOnly, dl.Date, loc); err == nil {
			r := d.Add(12 * time.Hour)
			ref = &r
		}
	}
	switch {
	case ref == nil:
		return nil, ""
	case loc != nil:
		r := ref.In(loc)
		return &r, loc.String() + " time (the dateline's place)"
	}
	return ref, "the sender's offset " + ref.Format("-07:00")
}

// attachments lists the email's attachments, nested messages' included,
// and says which belong to the release: the document it was read from,
// pictures attached to it or shown inside its body; not signature logos.
func attachments(c *mime.Content, rel release, s segment.Segments) []draft.Attachment {
	// A picture the body shows belongs to the release; one shown only
	// elsewhere, or nowhere, belongs to it too (photos pasted under the
	// contacts, or whose reference the client lost) unless its name says
	// it is a logo or an icon, as signatures' are.
	inBody := refs(s.Body)
	out := []draft.Attachment{}
	var walk func(c *mime.Content)
	walk = func(c *mime.Content) {
		for _, a := range c.Atts {
			d := a.Attachment
			switch d.Role {
			case draft.RoleInline:
				d.InRelease = inBody[d.Index] || c == rel.from && !decoration.MatchString(d.Filename) && !emblem.MatchString(d.Filename)
			case draft.RoleImage:
				d.InRelease = c == rel.from && !decoration.MatchString(d.Filename)
			case draft.RoleDocument:
				d.InRelease = rel.doc == a || rel.doc == nil && c == rel.from
			}
			out = append(out, d)
		}
		for _, in := range c.Inner {
			walk(in)
		}
	}
	walk(c)
	return out
}

func refs(bs []block.Block) map[int]bool {
	out := map[int]bool{}
	for _, b := range bs {
		for _, m := range attRef.FindAllStringSubmatch(b.HTML, -1) {
			out[atoi(m[1])] = true
		}
	}
	return out
}

var (
	attRef = prefilter.MustCompile(`attachment/(\d+)`)
	// decoration names the pictures mail clients add on their own
	// (Outlook's image001.png); a logo the sender attached on purpose is
	// for editorial use.
	decoration = prefilter.MustCompile(`(?i)signature|spacer|pixel|^image\d{3}\.\w+$|^outlook-|^att\d+\.\w+$`)
	// emblem names the pictures a signature shows: logos, badges and the
	// icons of social networks.
	emblem = prefilter.MustCompile(`(?i)logo|emblem|banner|badge|icon|crest|social|facebook|twitter|linkedin|instagram|youtube|x-com`)
)

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
