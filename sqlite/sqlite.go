package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/parleyhq/parley"
)

// Name names the store in logs.
const Name = "sqlite"

//go:embed migration/*.sql
var migrationFS embed.FS

// timeLayout is how times are stored: UTC, fixed width, so that text order
// is time order.
const timeLayout = "2006-01-02T15:04:05Z"

// DB is a parley database in one SQLite file.
type DB struct {
	db *sql.DB

	// stmts holds the statements of the writes, prepared once; mu guards
	// it.
	mu    sync.Mutex
	stmts map[string]*sql.Stmt

	// Path is the database file; its directory is created when missing.
	Path string

	// Now returns the current time; tests set it to a fixed clock.
	Now func() time.Time

	// Logger receives the store's logs; nil discards them.
	Logger *slog.Logger
}

// NewDB returns a DB for the file path; call Open before using it.
func NewDB(path string) *DB {
	return &DB{Path: path, Now: time.Now}
}

// Open opens the database, creating it when it does not exist, and applies
// the migrations it has not seen.
func (db *DB) Open() (err error) {
	if db.Path == "" {
		return parley.Errorf(parley.EINVALID, "database path required")
	}
	if db.Now == nil {
		db.Now = time.Now
	}
	if db.Logger == nil {
		db.Logger = slog.New(slog.DiscardHandler)
	}
	if db.Path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(db.Path), 0o755); err != nil {
			return fmt.Errorf("create database directory: %w", err)
		}
	}
	// The pragmas are set on every connection the pool opens:
	//   - busy_timeout: a second process (a reader while ingest writes, or
	//     two ingests) waits for the lock instead of failing at once.
	//   - foreign_keys: SQLite leaves them off by default; they keep events
	//     from outliving their document.
	//   - journal_mode WAL: readers do not block the writer nor the writer
	//     the readers, and a commit is one append to the log.
	//   - synchronous NORMAL: in WAL mode a commit survives a crash of the
	//     process (kill -9); only a power loss can undo the last commits,
	//     and never corrupts the file. FULL would fsync on every document.
	//   - temp_store MEMORY: the statement journal of each document's
	//     savepoint stays in memory; on disk it cost a write a page.
	//   - cache_size: 32 MB of page cache a connection, so the indexes that
	//     every document touches stay cached during bulk ingest.
	//   - mmap_size: reads of up to 256 MB of the file go through a memory
	//     map instead of a read call and a copy into the page cache; the
	//     index pages every insert descends are read this way. Writes still
	//     go through the WAL, so a crash is no riskier.
	//   - wal_autocheckpoint: copy the WAL back into the database every
	//     10,000 pages (40 MB) rather than 1,000. A checkpoint writes each
	//     page once however often it changed, and bulk ingest changes the
	//     same index pages again and again, so fewer, larger checkpoints
	//     write less and fsync less.
	//   - journal_size_limit: after a checkpoint the WAL file is truncated
	//     to 64 MB, so that one large ingest does not leave a WAL of its
	//     high-water size on disk for good.
	//   - _txlock=immediate: write transactions take the write lock when
	//     they begin, so two writers queue on busy_timeout instead of one
	//     failing when it upgrades a read lock.
	dsn := db.Path + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-32000)&_pragma=mmap_size(268435456)&_pragma=wal_autocheckpoint(10000)&_pragma=journal_size_limit(67108864)&_txlock=immediate"
	if db.db, err = sql.Open("sqlite", dsn); err != nil {
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	if err := db.db.Ping(); err != nil {
		db.db.Close()
		return fmt.Errorf("open %s: %w", db.Path, FormatError(err))
	}
	if err := db.migrate(); err != nil {
		db.db.Close()
		return fmt.Errorf("migrate %s: %w", db.Path, err)
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	db.mu.Lock()
	for _, st := range db.stmts {
		st.Close()
	}
	db.stmts = nil
	db.mu.Unlock()
	return db.db.Close()
}

// prepared returns query prepared on the database, preparing it on first
// use. database/sql prepares it again on each connection that runs it, once.
// Called inside a transaction, the first preparation takes a second
// connection from the pool, which is unbounded.
func (db *DB) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if st := db.stmts[query]; st != nil {
		return st, nil
	}
	st, err := db.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, FormatError(err)
	}
	if db.stmts == nil {
		db.stmts = map[string]*sql.Stmt{}
	}
	db.stmts[query] = st
	return st, nil
}

// migrate applies, in name order, each embedded migration that is not yet
// recorded in the migrations table; each runs in its own transaction with
// its record, so a failed migration leaves no trace.
func (db *DB) migrate() error {
	if _, err := db.db.Exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func (db *DB) migrateFile(name string) error {
	tx, err := db.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRow(`SELECT COUNT(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	buf, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(string(buf)); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO migrations (name, applied_at) VALUES (?, ?)`, name, db.Now().UTC().Format(timeLayout)); err != nil {
		return err
	}
	db.Logger.Info("migrated", "migration", name)
	return tx.Commit()
}

// Migrations returns the names of the applied migrations, in order.
func (db *DB) Migrations(ctx context.Context) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT name FROM migrations ORDER BY name`)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// IntegrityCheck runs PRAGMA integrity_check and checks that every document
// has as many event rows as its record has events. It returns nil for a
// consistent database and an error naming the first problems otherwise.
func (db *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := db.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return FormatError(err)
	}
	var msgs []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return err
		}
		if s != "ok" {
			msgs = append(msgs, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var partial int
	err = db.db.QueryRowContext(ctx, `
		SELECT COUNT(*) FROM documents d
		WHERE d.events != (SELECT COUNT(*) FROM events e WHERE e.document_seq = d.seq)`).Scan(&partial)
	if err != nil {
		return FormatError(err)
	}
	if partial > 0 {
		msgs = append(msgs, fmt.Sprintf("%d document(s) without all their event rows", partial))
	}
	if len(msgs) > 0 {
		return fmt.Errorf("database %s is inconsistent: %s", db.Path, strings.Join(msgs, "; "))
	}
	return nil
}

// Stats counts the rows of a database.
type Stats struct {
	Documents int64 `json:"documents"`
	Events    int64 `json:"events"`
	Quotes    int64 `json:"quotes"`
}

// Stats returns the number of documents, events and quotes stored.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM quotes)`).
		Scan(&s.Documents, &s.Events, &s.Quotes)
	return s, FormatError(err)
}

// FormatError translates driver errors into parley errors: a unique or
// primary-key violation becomes ECONFLICT, a missing row ENOTFOUND. Other
// errors are returned unchanged.
func FormatError(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return parley.Errorf(parley.ENOTFOUND, "not found")
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return parley.Errorf(parley.ECONFLICT, "already stored: %s", se.Error())
		}
	}
	return err
}

// formatTime returns t as stored, or nil for the zero time.
func formatTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

// ftsQuery turns words into an FTS5 query in which each word must appear:
// every word is quoted, so the user's text can never be FTS5 syntax, and a
// trailing * keeps its prefix meaning.
func ftsQuery(q string) string {
	var b strings.Builder
	for _, w := range strings.Fields(q) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Trim(w, "*\"")
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(`"` + strings.ReplaceAll(w, `"`, `""`) + `"`)
		if prefix {
			b.WriteByte('*')
		}
	}
	return b.String()
}
