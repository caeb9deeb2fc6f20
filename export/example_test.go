package export_test

import (
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/export"
)

func ExampleCAMEORoot() {
	for _, ev := range []parley.Event{
		{Type: "CONSULT", Modality: parley.Planned},
		{Type: "ASSAULT", Context: []string{"military"}},
		{Type: "SANCTION"},
	} {
		root := export.CAMEORoot(ev)
		fmt.Println(ev.Type, root, export.QuadClass(root))
	}
	// Output:
	// CONSULT 04 1
	// ASSAULT 19 4
	// SANCTION 16 4
}
