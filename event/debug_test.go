package event_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/parleyhq/parley/internal/parleytest"
)

func TestDebugDump(t *testing.T) {
	p := os.Getenv("EVENT_DUMP")
	if p == "" {
		t.Skip("set EVENT_DUMP to a text file")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	doc := MustFull(t, string(b), parleytest.SeedPublished)
	for _, e := range doc.Events {
		fmt.Println(describe(doc, e))
		if os.Getenv("EVENT_RULES") != "" {
			fmt.Println("   ", e.Rule, "|", doc.Slice(e.Span))
		}
	}
}
