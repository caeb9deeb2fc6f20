package quantity_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/quantity"
	"github.com/parleyhq/parley/segment"
)

func TestDebug(t *testing.T) {
	text := os.Getenv("QTEXT")
	if text == "" {
		t.Skip()
	}
	seg, _ := segment.New()
	tg, err := quantity.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &parley.Document{ID: "x", Text: text}
	seg.Annotate(doc)
	tg.Annotate(doc)
	for _, q := range doc.Quantities {
		fmt.Printf("%q v=%v [%v,%v] approx=%v mod=%s unit=%s per=%s side=%v total=%v counted=%q cat=%s rule=%s\n",
			doc.Slice(q.Span), q.Value, q.Min, q.Max, q.Approx, q.Mod, q.Unit, q.Per, q.EachSide, q.Total, doc.Slice(q.Counted), q.Category, q.Rule)
	}
}
