package http_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"

	"github.com/parleyhq/parley"
	parleyhttp "github.com/parleyhq/parley/http"
)

func ExampleServer() {
	s := parleyhttp.NewServer()
	s.DocumentStore = &documentStore{}
	s.EventStore = &eventStore{FindEventsFn: func(_ context.Context, f parley.EventFilter) ([]*parley.EventRow, string, error) {
		return []*parley.EventRow{{DocumentID: "d1", Index: 0, Event: parley.Event{Type: f.Types[0]}, Sources: []parley.Actor{}, Targets: []parley.Actor{}, Text: "talks", Sentence: "They held talks."}}, "", nil
	}}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", "/api/v1/events?type=CONSULT", nil))
	body, _ := io.ReadAll(w.Body)
	fmt.Println(w.Code)
	fmt.Print(string(body))
	// Output:
	// 200
	// {"events":[{"document_id":"d1","index":0,"event":{"span":[0,0],"trigger":[0,0],"type":"CONSULT","modality":"","sources":null,"targets":null,"attributed_to":0,"rule":""},"sources":[],"targets":[],"text":"talks","sentence":"They held talks."}]}
}
