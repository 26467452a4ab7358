package segment

import (
	"net/mail"
	"regexp"
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
)

// PhoneContacts reads a media contact written without an address: a
// contact heading or a short contact line with a phone number ("Media:
// Zoe Mitchell 0400 555 123", "Pressetelefon: 23 55 50 50"). The sender's
// address is the contact's when the sender is an office mailbox and the
// contact is an office, when the contact names no one, when the sender
// signs with the contact's name ("Tiskové oddělení" sending for
// "tiskové oddělení") or when the address spells the person's name.
func PhoneContacts(bs []block.Block, from mail.Address) []draft.Contact {
	sender := from.Address
	bs = readable(bs)
	for i, b := range bs {
		if prose(b) || footer.MatchString(b.Text()) || EmailRE.MatchString(b.Text()) {
			continue
		}
		lines := ContactGroup(bs, i)
		phone := firstPhone(lines)
		if phone == "" || !labelledContact(bs, i) {
			continue
		}
		c := draft.Contact{Phone: &phone}
		name := contactName(lines)
		if name == phone {
			name = ""
		}
		if name != "" {
			c.Name = &name
		}
		if sender != "" && (name == "" || personIn(name) == "" && OfficeMailbox(sender) || strings.EqualFold(name, from.Name) || Spells(sender, name)) {
			s := sender
			c.Email = &s
		}
		return []draft.Contact{c}
	}
	return nil
}

// labelledContact: the block, or one of the two above it, opens with a
// contact heading, or the block is a short entry of its own: a label of
// any language or a name before the number ("Media: Zoe Mitchell 0400
// 555 123", "דוברות: 050-5551234", "Lt(N) Émilie Gagnon" over a role and
// a number).
func labelledContact(bs []block.Block, i int) bool {
	for j := i; j >= 0 && i-j <= 2; j-- {
		if ContactLabel.MatchString(bs[j].Text()) || ContactBlock(bs[j]) {
			return true
		}
	}
	b := bs[i]
	return len(b.Lines) <= 4 && b.Words() <= 20 && (lineLabel.MatchString(b.Lines[0]) || contactName(b.Lines) != "")
}

// OfficeMailbox: a shared address ("press@", "media.operations@"), not a
// person's ("anna.berg@").
func OfficeMailbox(addr string) bool {
	addr = strings.Trim(addr, "<> ")
	local := strings.ToLower(addr[:max(strings.Index(addr, "@"), 0)])
	words := strings.NewReplacer(".", " ", "_", " ", "-", " ").Replace(local)
	return orgWord.MatchString(words) || pressMailbox.MatchString(words) ||
		strings.Contains(local, "press") || strings.Contains(local, "media") || strings.Contains(local, "comm") || strings.Contains(local, "news") || strings.Contains(local, "info")
}

// pressMailbox: the press office's mailbox word in languages orgWord
// does not list: Czech "tisk", Greek "typos", Polish "prasa", Hungarian
// "sajto", Turkish "basin", Japanese "koho", Lithuanian "spauda",
// Latvian "prese", Finnish "viestinta" and "tiedotus", Dutch
// "voorlichting", Romanian "presa".
var pressMailbox = regexp.MustCompile(`\b(?:tisk|typos|prasa|sajto|basin|koho|kouhou|spauda|prese|presa|viestinta|tiedotus|tiedotteet|voorlichting|pressi|pressiosakond|hongbo|xinwen)\b`)
