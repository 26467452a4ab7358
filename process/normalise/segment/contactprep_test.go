package segment

import (
	"slices"
	"testing"

	"newsdesk/process/normalise/block"
)

// A table's phone column title labels the number under it, in rows
// indented by a tab too: the label goes before the number, not before
// the row's first cell, the name.
func TestColumnLabelsIndentedRows(t *testing.T) {
	bs := []block.Block{{Lines: []string{"\tName\tPhone\tEmail", "\tNur Aisyah Rahman\t6555 2291\tnur@harbour.example"}}}
	got := columnLabels(bs)[0].Lines
	if want := "Nur Aisyah Rahman\tPhone: 6555 2291\tnur@harbour.example"; !slices.Contains(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}
