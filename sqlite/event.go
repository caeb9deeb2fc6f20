package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/parleyhq/parley"
)

var _ parley.EventStore = (*EventStore)(nil)

// EventStore implements parley.EventStore on a DB.
type EventStore struct {
	db *DB
}

// NewEventStore returns the event store of db.
func NewEventStore(db *DB) *EventStore {
	return &EventStore{db: db}
}

// FindEvents returns the events that match f in the order they were
// stored, and the cursor of the next page. It returns EINVALID for a
// malformed cursor or bounding box.
func (s *EventStore) FindEvents(ctx context.Context, f parley.EventFilter) ([]*parley.EventRow, string, error) {
	where, args, err := eventWhere(f)
	if err != nil {
		return nil, "", err
	}
	limit := parley.Limit(f.Limit)
	// A text query drives the scan from the full-text index, which yields
	// rowids in order: joining it stops after one page, where IN (...)
	// would first collect every matching event.
	from, order := "events e", "e.id"
	if q := ftsQuery(f.Query); q != "" {
		from, order = "events_fts f JOIN events e ON e.id = f.rowid", "f.rowid"
		where = append(where, "events_fts MATCH ?", "f.rowid > ?")
		after := args[0] // the cursor, which eventWhere puts first
		args = append(args, q, after)
	}
	args = append(args, limit+1)
	rows, err := s.db.db.QueryContext(ctx, `SELECT e.id, e.row FROM `+from+` WHERE `+strings.Join(where, " AND ")+` ORDER BY `+order+` LIMIT ?`, args...)
	if err != nil {
		return nil, "", fmt.Errorf("find events: %w", FormatError(err))
	}
	defer rows.Close()
	return scanPage(rows, limit, "e", decodeJSON[parley.EventRow]("event"))
}

// eventWhere builds the conditions of f, joined by AND, and their arguments.
func eventWhere(f parley.EventFilter) ([]string, []any, error) {
	after, err := parseCursor(f.After, "e")
	if err != nil {
		return nil, nil, err
	}
	where := []string{"e.id > ?"}
	args := []any{after}
	add := func(cond string, a ...any) {
		where, args = append(where, cond), append(args, a...)
	}
	if f.DocumentID != "" {
		add("e.document_seq = (SELECT seq FROM documents WHERE id = ?)", f.DocumentID)
	}
	// An event's date is an interval; it matches when it overlaps [From, To).
	if !f.From.IsZero() {
		add("e.time_end > ?", formatTime(f.From))
	}
	if !f.To.IsZero() {
		add("e.time_start < ?", formatTime(f.To))
	}
	if f.Actor != "" {
		add("e.id IN (SELECT event_id FROM event_actors WHERE name = ? COLLATE NOCASE UNION SELECT event_id FROM event_actors WHERE kb_id = ?)", f.Actor, f.Actor)
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		// A probe an event rather than IN (...): an IN list would be built
		// from every event of the country before the first page is found.
		add("EXISTS (SELECT 1 FROM event_countries c WHERE c.country = ? AND c.event_id = e.id)", c)
	}
	if len(f.Types) > 0 {
		args := make([]any, len(f.Types))
		for i, t := range f.Types {
			args[i] = strings.ToUpper(t)
		}
		add("e.type IN ("+placeholders(len(args))+")", args...)
	}
	if len(f.Modalities) > 0 {
		args := make([]any, len(f.Modalities))
		for i, m := range f.Modalities {
			args[i] = strings.ToLower(string(m))
		}
		add("e.modality IN ("+placeholders(len(args))+")", args...)
	}
	if f.Place != "" {
		add("e.place_name = ? COLLATE NOCASE", f.Place)
	}
	if b := f.BBox; b != nil {
		if err := b.Validate(); err != nil {
			return nil, nil, err
		}
		add("e.lat BETWEEN ? AND ?", b.MinLat, b.MaxLat)
		if b.MinLon <= b.MaxLon {
			add("e.lon BETWEEN ? AND ?", b.MinLon, b.MaxLon)
		} else {
			add("(e.lon >= ? OR e.lon <= ?)", b.MinLon, b.MaxLon)
		}
	}
	return where, args, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
