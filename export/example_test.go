package export_test

import (
	"fmt"
	"strings"

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

func ExampleNewEventWriter() {
	row := &parley.EventRow{
		DocumentID: "d1", Index: 1,
		Event: parley.Event{Type: "CONSULT", Modality: parley.Planned},
		Start: day("2025-06-02"), End: day("2025-06-03"),
		Sources:  []parley.Actor{{Name: "Volodymyr Zelensky"}},
		Targets:  []parley.Actor{{Name: "Recep Tayyip Erdogan"}},
		Place:    &parley.Place{Name: "Istanbul"},
		Sentence: "Zelensky will meet Erdogan in Istanbul on 2 June, his office said.",
	}
	var buf strings.Builder
	w, _ := export.NewEventWriter(&buf, export.FormatICal, export.Options{Now: now})
	w.WriteEvent(row)
	w.Close()
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "⏎\n"))
	// Output:
	// BEGIN:VCALENDAR⏎
	// VERSION:2.0⏎
	// PRODID:-//parley//parley export//EN⏎
	// CALSCALE:GREGORIAN⏎
	// METHOD:PUBLISH⏎
	// BEGIN:VEVENT⏎
	// UID:d1-1@parley⏎
	// DTSTAMP:20250520T120000Z⏎
	// DTSTART;VALUE=DATE:20250602⏎
	// DTEND;VALUE=DATE:20250603⏎
	// SUMMARY:CONSULT: Volodymyr Zelensky with Recep Tayyip Erdogan (Istanbul)⏎
	// DESCRIPTION:Zelensky will meet Erdogan in Istanbul on 2 June\, his office s⏎
	//  aid.⏎
	// LOCATION:Istanbul⏎
	// CATEGORIES:CONSULT⏎
	// END:VEVENT⏎
	// END:VCALENDAR⏎
}
