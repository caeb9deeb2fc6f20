package http

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/parleyhq/parley"
)

// Name names the server in logs.
const Name = "http"

// ShutdownTimeout bounds how long Close waits for requests in flight.
const ShutdownTimeout = 5 * time.Second

// Server serves the API on Addr.
type Server struct {
	ln     net.Listener
	server *http.Server
	mux    *http.ServeMux

	// Addr is the address to listen on; ":0" picks a free port.
	Addr string

	// The services the routes read; QuoteStore may be nil, which makes
	// /api/v1/quotes answer 501.
	DocumentStore parley.DocumentStore
	EventStore    parley.EventStore
	QuoteStore    parley.QuoteStore

	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
}

// NewServer returns a server with its routes registered; set the services
// and call Open.
func NewServer() *Server {
	s := &Server{mux: http.NewServeMux(), Addr: "localhost:8080", Logger: slog.New(slog.DiscardHandler)}
	s.server = &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	s.registerEventRoutes()
	s.registerDocumentRoutes()
	s.registerQuoteRoutes()
	s.mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	return s
}

// openAPI describes the routes (OpenAPI 3.1).
//
//go:embed openapi.json
var openAPI []byte

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// Open starts listening and serving in the background.
func (s *Server) Open() (err error) {
	if s.DocumentStore == nil || s.EventStore == nil {
		return parley.Errorf(parley.EINVALID, "server needs a document store and an event store")
	}
	if s.Logger == nil {
		s.Logger = slog.New(slog.DiscardHandler)
	}
	if s.ln, err = net.Listen("tcp", s.Addr); err != nil {
		return fmt.Errorf("listen %s: %w", s.Addr, err)
	}
	go func() {
		if err := s.server.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.Logger.Error("serve", "error", err)
		}
	}()
	return nil
}

// URL returns the base URL the server listens on.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	return "http://" + s.ln.Addr().String()
}

// Close stops the server, letting requests in flight finish for up to
// ShutdownTimeout.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	return s.server.Shutdown(ctx)
}

// codes maps parley error codes to HTTP statuses.
var codes = map[string]int{
	parley.ECONFLICT:     http.StatusConflict,
	parley.EINVALID:      http.StatusBadRequest,
	parley.ENOTFOUND:     http.StatusNotFound,
	parley.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	parley.EUNAUTHORIZED: http.StatusUnauthorized,
	parley.EUNSUPPORTED:  http.StatusNotImplemented,
	parley.EINTERNAL:     http.StatusInternalServerError,
}

// ErrorStatusCode returns the HTTP status of a parley error code.
func ErrorStatusCode(code string) int {
	if s, ok := codes[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Error writes err as {"error": message} with the status of its code; an
// internal error is logged in full and shown as "internal error".
func (s *Server) Error(w http.ResponseWriter, r *http.Request, err error) {
	code := parley.ErrorCode(err)
	if code == parley.EINTERNAL {
		s.Logger.Error("request", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	writeJSON(w, ErrorStatusCode(code), map[string]string{"error": parley.ErrorMessage(err)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
