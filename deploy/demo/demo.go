// Package demo ships the sample press releases that `newsdesk run --demo` loads into its in-process IMAP server.
//
// The messages are invented: the organisations, people, quotes and
// addresses do not exist. Each file is a raw RFC 5322 message with CRLF
// line endings, exactly as an IMAP server would return it for BODY[].
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed *.eml
var files embed.FS

// Messages returns the sample emails in file-name order.
func Messages() ([][]byte, error) {
	names, err := fs.Glob(files, "*.eml")
	if err != nil {
		return nil, fmt.Errorf("demo: list sample emails: %w", err)
	}
	sort.Strings(names)
	msgs := make([][]byte, 0, len(names))
	for _, name := range names {
		b, err := files.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("demo: read %s: %w", name, err)
		}
		msgs = append(msgs, b)
	}
	return msgs, nil
}
