package htmltext_test

import (
	"fmt"

	"github.com/parleyhq/parley/ingest/htmltext"
)

func ExampleExtractString() {
	text, paras := htmltext.ExtractString(`<h1>Ferry   service resumes</h1>
<p>Boats ran again on <b>Monday</b>.<br>Tickets cost &euro;4.</p>
<script>ad()</script>`)
	fmt.Printf("%q\n", text)
	for _, p := range paras {
		fmt.Println(p, text[p.Start:p.End])
	}
	// Output:
	// "Ferry service resumes\n\nBoats ran again on Monday.\n\nTickets cost €4."
	// [0,21) Ferry service resumes
	// [23,49) Boats ran again on Monday.
	// [51,69) Tickets cost €4.
}
