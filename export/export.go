package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/parleyhq/parley"
)

// Name names the package in logs.
const Name = "export"

// Formats.
const (
	FormatJSONL   = "jsonl"
	FormatCSV     = "csv"
	FormatGeoJSON = "geojson"
	FormatICal    = "ical"
)

// Options configures the event writers.
type Options struct {
	// ActorCode returns the CAMEO actor code of an actor; nil uses
	// [ActorCode], which codes country and sector.
	ActorCode func(parley.Actor) string
	// Now is the time of the export: iCalendar keeps only events that start
	// at or after it and stamps them with it. Zero means time.Now().
	Now time.Time
}

func (o Options) actorCode(a parley.Actor) string {
	if o.ActorCode != nil {
		return o.ActorCode(a)
	}
	return ActorCode(a)
}

// EventWriter writes event rows in one format.
type EventWriter interface {
	// WriteEvent writes row, or skips it when the format has no place for
	// it (GeoJSON: an event without a located place; iCalendar: one that
	// is not planned or not to come).
	WriteEvent(row *parley.EventRow) error
	// Close ends the output and flushes it; it does not close the
	// underlying writer.
	Close() error
	// Written returns the number of events written so far.
	Written() int
}

// NewEventWriter returns a writer of events in format (csv, geojson or
// ical). It returns EINVALID for any other format.
func NewEventWriter(w io.Writer, format string, opt Options) (EventWriter, error) {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case FormatCSV:
		return newCSVWriter(bw, opt), nil
	case FormatGeoJSON:
		return newGeoJSONWriter(bw, opt), nil
	case FormatICal:
		return newICalWriter(bw, opt), nil
	}
	return nil, parley.Errorf(parley.EINVALID, "unknown event format %q (want csv, geojson or ical)", format)
}

// RecordWriter writes records as JSONL: one compact JSON record a line.
type RecordWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
	n   int
}

// NewRecordWriter returns a JSONL writer of records on w.
func NewRecordWriter(w io.Writer) *RecordWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &RecordWriter{w: bw, enc: enc}
}

// WriteRecord writes rec on one line.
func (rw *RecordWriter) WriteRecord(rec *parley.Record) error {
	if err := rw.enc.Encode(rec); err != nil {
		return fmt.Errorf("write record %s: %w", rec.ID, err)
	}
	rw.n++
	return nil
}

// Written returns the number of records written so far.
func (rw *RecordWriter) Written() int { return rw.n }

// Close flushes the output.
func (rw *RecordWriter) Close() error {
	if err := rw.w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// eventID is the stable identifier of an event: its document and index.
func eventID(row *parley.EventRow) string {
	return fmt.Sprintf("%s-%d", row.DocumentID, row.Index)
}

// names joins the names of actors with ", ".
func names(actors []parley.Actor) string {
	s := make([]string, len(actors))
	for i, a := range actors {
		s[i] = a.Name
	}
	return strings.Join(s, ", ")
}

// located reports whether a place has coordinates: the gazetteer leaves
// both zero for a place it could not locate.
func located(p *parley.Place) bool {
	return p != nil && (p.Lat != 0 || p.Lon != 0)
}
