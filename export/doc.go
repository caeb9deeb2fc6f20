// Package export writes stored records and events in standard formats:
// JSONL (one parley record a line, as docs/schema/record.schema.json
// describes), CSV with the columns of the GDELT 2.0 event table that have a
// meaning for parley's events, GeoJSON (events with a located place, as
// Point features, RFC 7946) and iCalendar (planned events with a date to
// come, RFC 5545).
//
// The writers take rows one at a time and keep nothing but what the format's
// framing needs, so an export streams however large the database is. The
// mapping from PLOVER types to CAMEO root codes and from actors to CAMEO
// actor codes is documented in docs/export.md and in [CAMEORoot].
//
//	w, err := export.NewEventWriter(os.Stdout, export.FormatCSV, export.Options{})
//	for _, row := range rows {
//		if err := w.WriteEvent(row); err != nil { ... }
//	}
//	err = w.Close()
package export
