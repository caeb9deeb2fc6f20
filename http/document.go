package http

import (
	"net/http"

	"github.com/parleyhq/parley"
)

func (s *Server) registerDocumentRoutes() {
	s.mux.HandleFunc("GET /api/v1/documents", s.handleDocumentIndex)
	s.mux.HandleFunc("GET /api/v1/documents/{id}", s.handleDocumentView)
}

// DocumentPage is the response of GET /api/v1/documents.
type DocumentPage struct {
	Documents []*parley.Record `json:"documents"`
	Next      string           `json:"next,omitempty"`
}

// handleDocumentIndex serves GET /api/v1/documents?from=&to=&source=&q=
// &after=&limit=.
func (s *Server) handleDocumentIndex(w http.ResponseWriter, r *http.Request) {
	q := &query{v: r.URL.Query()}
	f := parley.DocumentFilter{
		From:   q.time("from"),
		To:     q.time("to"),
		Source: q.str("source"),
		Query:  q.str("q"),
		After:  q.str("after"),
		Limit:  q.int("limit"),
	}
	if q.err != nil {
		s.Error(w, r, q.err)
		return
	}
	recs, next, err := s.DocumentStore.FindDocuments(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if recs == nil {
		recs = []*parley.Record{}
	}
	writeJSON(w, http.StatusOK, DocumentPage{Documents: recs, Next: next})
}

// handleDocumentView serves GET /api/v1/documents/{id}: the record with
// all its layers.
func (s *Server) handleDocumentView(w http.ResponseWriter, r *http.Request) {
	rec, err := s.DocumentStore.FindDocumentByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}
