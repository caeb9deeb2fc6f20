package http

import (
	"net/http"

	"github.com/parleyhq/parley"
)

func (s *Server) registerQuoteRoutes() {
	s.mux.HandleFunc("GET /api/v1/quotes", s.handleQuoteIndex)
}

// QuotePage is the response of GET /api/v1/quotes.
type QuotePage struct {
	Quotes []*parley.QuoteRow `json:"quotes"`
	Next   string             `json:"next,omitempty"`
}

// handleQuoteIndex serves GET /api/v1/quotes?speaker=&country=&kind=&from=
// &to=&q=&document_id=&after=&limit=.
func (s *Server) handleQuoteIndex(w http.ResponseWriter, r *http.Request) {
	if s.QuoteStore == nil {
		s.Error(w, r, parley.Errorf(parley.EUNSUPPORTED, "this server has no quote store"))
		return
	}
	q := &query{v: r.URL.Query()}
	f := parley.QuoteFilter{
		DocumentID: q.str("document_id"),
		Speaker:    q.str("speaker"),
		Country:    q.str("country"),
		Kind:       q.str("kind"),
		From:       q.time("from"),
		To:         q.time("to"),
		Query:      q.str("q"),
		After:      q.str("after"),
		Limit:      q.int("limit"),
	}
	if q.err != nil {
		s.Error(w, r, q.err)
		return
	}
	rows, next, err := s.QuoteStore.FindQuotes(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if rows == nil {
		rows = []*parley.QuoteRow{}
	}
	writeJSON(w, http.StatusOK, QuotePage{Quotes: rows, Next: next})
}
