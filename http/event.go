package http

import (
	"net/http"

	"github.com/parleyhq/parley"
)

func (s *Server) registerEventRoutes() {
	s.mux.HandleFunc("GET /api/v1/events", s.handleEventIndex)
}

// EventPage is the response of GET /api/v1/events.
type EventPage struct {
	Events []*parley.EventRow `json:"events"`
	Next   string             `json:"next,omitempty"`
}

// handleEventIndex serves GET /api/v1/events?from=&to=&actor=&country=
// &type=&modality=&place=&bbox=&q=&document_id=&after=&limit=.
func (s *Server) handleEventIndex(w http.ResponseWriter, r *http.Request) {
	q := &query{v: r.URL.Query()}
	f := parley.EventFilter{
		DocumentID: q.str("document_id"),
		From:       q.time("from"),
		To:         q.time("to"),
		Actor:      q.str("actor"),
		Country:    q.str("country"),
		Types:      q.list("type"),
		Place:      q.str("place"),
		BBox:       q.bbox("bbox"),
		Query:      q.str("q"),
		After:      q.str("after"),
		Limit:      q.int("limit"),
	}
	for _, m := range q.list("modality") {
		f.Modalities = append(f.Modalities, parley.Modality(m))
	}
	if q.err != nil {
		s.Error(w, r, q.err)
		return
	}
	rows, next, err := s.EventStore.FindEvents(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if rows == nil {
		rows = []*parley.EventRow{}
	}
	writeJSON(w, http.StatusOK, EventPage{Events: rows, Next: next})
}
