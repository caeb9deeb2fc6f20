package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/actor"
	"github.com/parleyhq/parley/export"
	"github.com/parleyhq/parley/geo"
	"github.com/parleyhq/parley/sqlite"
)

// exportConfig holds the settings of `parley export`.
type exportConfig struct {
	DB         string
	Format     string
	From, To   string
	Actor      string
	Country    string
	Types      []string
	Modalities []string
	Place      string
	BBox       string
	Query      string
	Source     string
	Now        string
}

func (m *Main) newExportCommand() *cobra.Command {
	var c exportConfig
	cmd := &cobra.Command{
		Use:   "export --format jsonl|csv|geojson|ical [filters]",
		Short: "Write the stored records or events in a standard format",
		Long: `Export writes what the database (--db) holds on standard output:

  jsonl    one parley record a line (documents; filters --from, --to,
           --source and -q apply to the publication date, the source and
           the text)
  csv      one event a row, under the GDELT 2.0 event-table column names
  geojson  a FeatureCollection of the events that have a located place
  ical     an iCalendar of the planned events to come (modality planned,
           a date from now on, spanning at most a week)

Event filters: --from and --to (the event's date overlaps [from, to)),
--actor, --country, --type, --modality, --place, --bbox and -q (words of
the event's sentence). docs/export.md describes each format.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return m.runExport(cmd.Context(), c)
		},
	}
	f := cmd.Flags()
	f.StringVar(&c.DB, "db", m.defaultDBPath(), "database file (env PARLEY_DB; default under the user's data directory)")
	f.StringVar(&c.Format, "format", m.env("PARLEY_EXPORT_FORMAT", "jsonl"), "jsonl, csv, geojson or ical (env PARLEY_EXPORT_FORMAT)")
	f.StringVar(&c.From, "from", "", "first date: 2025-05-18 or RFC 3339")
	f.StringVar(&c.To, "to", "", "end date, exclusive: 2025-06-01 or RFC 3339")
	f.StringVar(&c.Actor, "actor", "", "actor name or knowledge-base ID, either side")
	f.StringVar(&c.Country, "country", "", "ISO 3166-1 alpha-3 country of an actor or of the place")
	f.StringSliceVar(&c.Types, "type", nil, "PLOVER types, e.g. --type CONSULT,AGREE")
	f.StringSliceVar(&c.Modalities, "modality", nil, "modalities, e.g. --modality planned,occurred")
	f.StringVar(&c.Place, "place", "", "place name")
	f.StringVar(&c.BBox, "bbox", "", "bounding box: min_lon,min_lat,max_lon,max_lat")
	f.StringVarP(&c.Query, "query", "q", "", "words that must all appear (the event's sentence; for jsonl the document)")
	f.StringVar(&c.Source, "source", "", "outlet or feed name (jsonl)")
	f.StringVar(&c.Now, "now", m.env("PARLEY_NOW", ""), "the present for ical, as a date or RFC 3339; default the clock (env PARLEY_NOW)")
	return cmd
}

func (m *Main) runExport(ctx context.Context, c exportConfig) error {
	from, err := parseDateFlag("--from", c.From)
	if err != nil {
		return usageError{err}
	}
	to, err := parseDateFlag("--to", c.To)
	if err != nil {
		return usageError{err}
	}
	now, err := parseDateFlag("--now", c.Now)
	if err != nil {
		return usageError{err}
	}
	if now.IsZero() {
		now = time.Now()
	}
	bbox, err := parseBBox(c.BBox)
	if err != nil {
		return usageError{err}
	}
	switch c.Format {
	case export.FormatJSONL, export.FormatCSV, export.FormatGeoJSON, export.FormatICal:
	default:
		return usageError{fmt.Errorf("--format: unknown format %q (want jsonl, csv, geojson or ical)", c.Format)}
	}
	// Export reads; it must not create an empty database by mistake.
	if _, err := os.Stat(c.DB); err != nil {
		return parley.Errorf(parley.ENOTFOUND, "database %s: %v (run parley ingest first)", c.DB, err)
	}
	db := sqlite.NewDB(c.DB)
	db.Logger = m.logger.With("component", sqlite.Name)
	if err := db.Open(); err != nil {
		return err
	}
	defer db.Close()

	if c.Format == export.FormatJSONL {
		return m.exportRecords(ctx, sqlite.NewDocumentStore(db), parley.DocumentFilter{
			From: from, To: to, Source: c.Source, Query: c.Query,
		})
	}
	filter := parley.EventFilter{
		From: from, To: to, Actor: c.Actor, Country: c.Country, Types: c.Types,
		Place: c.Place, BBox: bbox, Query: c.Query,
	}
	for _, md := range c.Modalities {
		filter.Modalities = append(filter.Modalities, parley.Modality(strings.TrimSpace(md)))
	}
	if c.Format == export.FormatICal {
		// Only planned events to come go into a calendar; the filters can
		// narrow that, not widen it.
		filter.Modalities = []parley.Modality{parley.Planned}
		if filter.From.Before(now) {
			filter.From = now
		}
	}
	opt := export.Options{Now: now}
	if code, err := m.cameoCoder(); err == nil {
		opt.ActorCode = code
	} else {
		m.logger.Warn("actor CAMEO codes from country and sector only", "error", err)
	}
	w, err := export.NewEventWriter(m.Stdout, c.Format, opt)
	if err != nil {
		return usageError{err}
	}
	events := sqlite.NewEventStore(db)
	filter.Limit = parley.MaxLimit
	err = eachPage(func(after string) ([]*parley.EventRow, string, error) {
		filter.After = after
		return events.FindEvents(ctx, filter)
	}, w.WriteEvent)
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	m.logger.Info("exported", "format", c.Format, "events", w.Written())
	return nil
}

func (m *Main) exportRecords(ctx context.Context, store *sqlite.DocumentStore, filter parley.DocumentFilter) error {
	w := export.NewRecordWriter(m.Stdout)
	filter.Limit = parley.MaxLimit
	err := eachPage(func(after string) ([]*parley.Record, string, error) {
		filter.After = after
		return store.FindDocuments(ctx, filter)
	}, w.WriteRecord)
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	m.logger.Info("exported", "format", export.FormatJSONL, "records", w.Written())
	return nil
}

// cameoCoder returns the actor package's CAMEO coder, which knows
// organisations as well as countries and sectors.
func (m *Main) cameoCoder() (func(parley.Actor) string, error) {
	g, err := geo.NewGazetteer()
	if err != nil {
		return nil, err
	}
	t, err := actor.New(g)
	if err != nil {
		return nil, err
	}
	return func(a parley.Actor) string {
		if code := t.CAMEO(a); code != "" {
			return code
		}
		return export.ActorCode(a)
	}, nil
}

// parseDateFlag reads a date flag: a date or an RFC 3339 time.
func parseDateFlag(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%s: cannot read %q as a date (want 2025-05-18 or 2025-05-18T09:30:00Z)", flag, s)
}

// parseBBox reads --bbox min_lon,min_lat,max_lon,max_lat.
func parseBBox(s string) (*parley.BBox, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, fmt.Errorf("--bbox: want min_lon,min_lat,max_lon,max_lat, got %q", s)
	}
	var v [4]float64
	for i, p := range parts {
		var err error
		if v[i], err = strconv.ParseFloat(strings.TrimSpace(p), 64); err != nil {
			return nil, fmt.Errorf("--bbox: %q is not a number", p)
		}
	}
	b := &parley.BBox{MinLon: v[0], MinLat: v[1], MaxLon: v[2], MaxLat: v[3]}
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("--bbox: %w", err)
	}
	return b, nil
}

// eachPage calls write for every item of a cursor-paginated query: find
// returns one page after a cursor ("" for the first) and the next cursor,
// "" after the last page.
func eachPage[T any](find func(after string) ([]T, string, error), write func(T) error) error {
	for after := ""; ; {
		items, next, err := find(after)
		if err != nil {
			return err
		}
		for _, it := range items {
			if err := write(it); err != nil {
				return err
			}
		}
		if next == "" {
			return nil
		}
		after = next
	}
}
