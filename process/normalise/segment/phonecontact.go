package segment

import (
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
)

// PhoneContacts reads a media contact written without an address: a
// contact heading or a short contact line with a phone number ("Media:
// Zoe Mitchell 0400 555 123", "Pressetelefon: 23 55 50 50"). The sender's
// address is the contact's when the sender is an office mailbox and the
// contact is an office, when the contact names no one, or when the
// address spells the person's name.
func PhoneContacts(bs []block.Block, sender string) []draft.Contact {
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
		if sender != "" && (name == "" || personIn(name) == "" && OfficeMailbox(sender) || mailboxOwner(sender, []block.Block{{Lines: []string{name}}}) != "") {
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
	return orgWord.MatchString(strings.NewReplacer(".", " ", "_", " ", "-", " ").Replace(local)) ||
		strings.Contains(local, "press") || strings.Contains(local, "media") || strings.Contains(local, "comm") || strings.Contains(local, "news") || strings.Contains(local, "info")
}
