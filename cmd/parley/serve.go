package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/parleyhq/parley"
	parleyhttp "github.com/parleyhq/parley/http"
	"github.com/parleyhq/parley/sqlite"
)

// serveConfig holds the settings of `parley serve`.
type serveConfig struct {
	DB   string
	Addr string
}

func (m *Main) newServeCommand() *cobra.Command {
	var c serveConfig
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the event database as a read-only JSON API",
		Long: `Serve answers HTTP requests about the database (--db) until interrupted:

  GET /api/v1/events?from=&to=&actor=&country=&type=&modality=&place=&bbox=&q=&after=&limit=
  GET /api/v1/documents?from=&to=&source=&q=&after=&limit=
  GET /api/v1/documents/{id}
  GET /api/v1/quotes?speaker=&country=&kind=&from=&to=&q=&document_id=&after=&limit=
  GET /openapi.json

A page's "next" is the cursor to pass as after= for the following page.
It listens on localhost unless --addr says otherwise.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return m.runServe(cmd.Context(), c)
		},
	}
	f := cmd.Flags()
	f.StringVar(&c.DB, "db", m.defaultDBPath(), "database file (env PARLEY_DB; default under the user's data directory)")
	f.StringVar(&c.Addr, "addr", m.env("PARLEY_ADDR", "localhost:8080"), "address to listen on (env PARLEY_ADDR)")
	return cmd
}

func (m *Main) runServe(ctx context.Context, c serveConfig) error {
	if _, err := os.Stat(c.DB); err != nil {
		return parley.Errorf(parley.ENOTFOUND, "database %s: %v (run parley ingest first)", c.DB, err)
	}
	db := sqlite.NewDB(c.DB)
	db.Logger = m.logger.With("component", sqlite.Name)
	if err := db.Open(); err != nil {
		return err
	}
	defer db.Close()
	s := parleyhttp.NewServer()
	s.Addr = c.Addr
	s.Logger = m.logger.With("component", parleyhttp.Name)
	s.DocumentStore = sqlite.NewDocumentStore(db)
	s.EventStore = sqlite.NewEventStore(db)
	s.QuoteStore = sqlite.NewQuoteStore(db)
	if err := s.Open(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "parley: serving %s on %s\n", c.DB, s.URL())
	<-ctx.Done()
	if err := s.Close(); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}
