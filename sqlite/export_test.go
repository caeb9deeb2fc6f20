package sqlite

import "database/sql"

// SQL exposes the connection pool to the tests.
func (db *DB) SQL() *sql.DB { return db.db }
