package http_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	parleyhttp "github.com/parleyhq/parley/http"
)

// documentStore and eventStore are hand-written fakes of the root services.
type documentStore struct {
	PutDocumentFn      func(ctx context.Context, rec *parley.Record) (parley.PutResult, error)
	PutDocumentsFn     func(ctx context.Context, recs []*parley.Record) ([]parley.PutResult, []error, error)
	FindDocumentByIDFn func(ctx context.Context, id string) (*parley.Record, error)
	FindDocumentsFn    func(ctx context.Context, f parley.DocumentFilter) ([]*parley.Record, string, error)
}

func (s *documentStore) PutDocument(ctx context.Context, rec *parley.Record) (parley.PutResult, error) {
	return s.PutDocumentFn(ctx, rec)
}
func (s *documentStore) PutDocuments(ctx context.Context, recs []*parley.Record) ([]parley.PutResult, []error, error) {
	return s.PutDocumentsFn(ctx, recs)
}
func (s *documentStore) FindDocumentByID(ctx context.Context, id string) (*parley.Record, error) {
	return s.FindDocumentByIDFn(ctx, id)
}
func (s *documentStore) FindDocuments(ctx context.Context, f parley.DocumentFilter) ([]*parley.Record, string, error) {
	return s.FindDocumentsFn(ctx, f)
}

type eventStore struct {
	FindEventsFn func(ctx context.Context, f parley.EventFilter) ([]*parley.EventRow, string, error)
}

func (s *eventStore) FindEvents(ctx context.Context, f parley.EventFilter) ([]*parley.EventRow, string, error) {
	return s.FindEventsFn(ctx, f)
}

func newServer(ds *documentStore, es *eventStore) *parleyhttp.Server {
	s := parleyhttp.NewServer()
	s.DocumentStore, s.EventStore = ds, es
	return s
}

// get serves one GET request in process and decodes the JSON answer.
func get(t *testing.T, s http.Handler, target string, v any) int {
	t.Helper()
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" && w.Code != http.StatusMethodNotAllowed && w.Code != http.StatusNotFound {
		t.Fatalf("Content-Type = %q", ct)
	}
	if v != nil {
		if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
			t.Fatalf("decode %s: %v", w.Body.String(), err)
		}
	}
	return w.Code
}

func TestEventIndex(t *testing.T) {
	var got parley.EventFilter
	es := &eventStore{FindEventsFn: func(_ context.Context, f parley.EventFilter) ([]*parley.EventRow, string, error) {
		got = f
		if f.After == "bad" {
			return nil, "", parley.Errorf(parley.EINVALID, "malformed cursor")
		}
		if f.After == "boom" {
			return nil, "", errors.New("disk on fire")
		}
		return []*parley.EventRow{{DocumentID: "d1", Index: 2, Event: parley.Event{Type: "CONSULT"}}}, "e5", nil
	}}
	s := newServer(&documentStore{}, es)

	t.Run("OK", func(t *testing.T) {
		var page parleyhttp.EventPage
		code := get(t, s, "/api/v1/events?from=2025-05-01&to=2025-06-01T00:00:00Z&actor=Putin&country=RUS&type=CONSULT,AGREE&type=AID"+
			"&modality=planned&place=Istanbul&bbox=22,44,41,53&q=talks&document_id=d1&after=e1&limit=20", &page)
		if code != http.StatusOK || len(page.Events) != 1 || page.Next != "e5" || page.Events[0].Index != 2 {
			t.Fatalf("%d %+v", code, page)
		}
		want := parley.EventFilter{
			DocumentID: "d1", From: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
			Actor: "Putin", Country: "RUS", Types: []string{"CONSULT", "AGREE", "AID"}, Modalities: []parley.Modality{parley.Planned},
			Place: "Istanbul", BBox: &parley.BBox{MinLon: 22, MinLat: 44, MaxLon: 41, MaxLat: 53}, Query: "talks", After: "e1", Limit: 20,
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		if string(gj) != string(wj) {
			t.Fatalf("filter = %s\nwant %s", gj, wj)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		for _, target := range []string{
			"/api/v1/events?from=yesterday", "/api/v1/events?limit=-1", "/api/v1/events?bbox=1,2,3",
			"/api/v1/events?bbox=0,10,1,5", "/api/v1/events?after=bad",
		} {
			var e map[string]string
			if code := get(t, s, target, &e); code != http.StatusBadRequest || e["error"] == "" {
				t.Errorf("%s: %d %v, want 400 with a message", target, code, e)
			}
		}
	})

	t.Run("ErrInternal", func(t *testing.T) {
		var e map[string]string
		if code := get(t, s, "/api/v1/events?after=boom", &e); code != http.StatusInternalServerError || e["error"] != "internal error" {
			t.Fatalf("%d %v: internal errors must not leak", code, e)
		}
	})

	t.Run("ErrMethod", func(t *testing.T) {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(http.MethodDelete, "/api/v1/events", nil))
		if w.Code != http.StatusMethodNotAllowed {
			t.Fatalf("DELETE: %d, want 405", w.Code)
		}
	})
}

func TestDocumentRoutes(t *testing.T) {
	ds := &documentStore{
		FindDocumentByIDFn: func(_ context.Context, id string) (*parley.Record, error) {
			if id != "d1" {
				return nil, parley.Errorf(parley.ENOTFOUND, "document %s not found", id)
			}
			return parley.NewRecord(&parley.Document{ID: "d1", Text: "Talks."}), nil
		},
		FindDocumentsFn: func(_ context.Context, f parley.DocumentFilter) ([]*parley.Record, string, error) {
			if f.Source != "Wire" || f.Query != "talks" || f.Limit != 5 {
				return nil, "", parley.Errorf(parley.EINVALID, "unexpected filter %+v", f)
			}
			return nil, "", nil
		},
	}
	s := newServer(ds, &eventStore{})

	var rec parley.Record
	if code := get(t, s, "/api/v1/documents/d1", &rec); code != http.StatusOK || rec.ID != "d1" || rec.Schema != parley.Schema {
		t.Fatalf("%d %+v", code, rec)
	}
	var e map[string]string
	if code := get(t, s, "/api/v1/documents/nope", &e); code != http.StatusNotFound || e["error"] != "document nope not found" {
		t.Fatalf("%d %v, want 404", code, e)
	}
	var page map[string]any
	if code := get(t, s, "/api/v1/documents?source=Wire&q=talks&limit=5", &page); code != http.StatusOK {
		t.Fatalf("%d %v", code, page)
	}
	if docs, ok := page["documents"].([]any); !ok || len(docs) != 0 {
		t.Fatalf("documents = %v, want an empty array", page["documents"])
	}
}

func TestServer_Open(t *testing.T) {
	s := newServer(&documentStore{
		FindDocumentByIDFn: func(context.Context, string) (*parley.Record, error) {
			return parley.NewRecord(&parley.Document{ID: "d1", Text: "x"}), nil
		},
	}, &eventStore{})
	s.Addr = "localhost:0"
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	resp, err := http.Get(s.URL() + "/api/v1/documents/d1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || len(body) == 0 {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	t.Run("ErrNoStores", func(t *testing.T) {
		if code := parley.ErrorCode(parleyhttp.NewServer().Open()); code != parley.EINVALID {
			t.Fatalf("code = %q, want %q", code, parley.EINVALID)
		}
	})
}

type quoteStore struct {
	FindQuotesFn func(ctx context.Context, f parley.QuoteFilter) ([]*parley.QuoteRow, string, error)
}

func (s *quoteStore) FindQuotes(ctx context.Context, f parley.QuoteFilter) ([]*parley.QuoteRow, string, error) {
	return s.FindQuotesFn(ctx, f)
}

func TestQuoteIndex(t *testing.T) {
	s := newServer(&documentStore{}, &eventStore{})
	var e map[string]string
	if code := get(t, s, "/api/v1/quotes", &e); code != http.StatusNotImplemented {
		t.Fatalf("without a quote store: %d, want 501", code)
	}
	s.QuoteStore = &quoteStore{FindQuotesFn: func(_ context.Context, f parley.QuoteFilter) ([]*parley.QuoteRow, string, error) {
		if f.Speaker != "Peskov" || f.Country != "RUS" || f.Query != "talks" || f.Kind != "direct" {
			return nil, "", parley.Errorf(parley.EINVALID, "unexpected filter %+v", f)
		}
		return []*parley.QuoteRow{{DocumentID: "d1", Text: "Talks will go on."}}, "", nil
	}}
	var page parleyhttp.QuotePage
	if code := get(t, s, "/api/v1/quotes?speaker=Peskov&country=RUS&q=talks&kind=direct", &page); code != http.StatusOK || len(page.Quotes) != 1 {
		t.Fatalf("%d %+v", code, page)
	}
}

// TestOpenAPI checks that the description parses and names every route the
// server answers, and only those.
func TestOpenAPI(t *testing.T) {
	s := newServer(&documentStore{
		FindDocumentByIDFn: func(context.Context, string) (*parley.Record, error) {
			return nil, parley.Errorf(parley.ENOTFOUND, "no")
		},
		FindDocumentsFn: func(context.Context, parley.DocumentFilter) ([]*parley.Record, string, error) { return nil, "", nil },
	}, &eventStore{
		FindEventsFn: func(context.Context, parley.EventFilter) ([]*parley.EventRow, string, error) { return nil, "", nil },
	})
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/openapi.json", nil))
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil || w.Code != http.StatusOK {
		t.Fatalf("%d %v", w.Code, err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi = %q", doc.OpenAPI)
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			target := strings.ReplaceAll(path, "{id}", "x")
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest(strings.ToUpper(method), target, nil))
			if rec.Code == http.StatusNotFound && !strings.Contains(path, "{id}") || rec.Code == http.StatusMethodNotAllowed {
				t.Errorf("%s %s: %d, the server does not answer it", method, path, rec.Code)
			}
		}
	}
	if len(doc.Paths) != 4 {
		t.Errorf("%d paths described, want 4", len(doc.Paths))
	}
}
