-- Inputs whose last ingest failed, so that `parley ingest --retry-failed`
-- can try them again; an input leaves the table when it is ingested
-- without failure.
CREATE TABLE failures (
	input     TEXT PRIMARY KEY,
	reason    TEXT NOT NULL,
	failed_at TEXT NOT NULL,
	attempts  INTEGER NOT NULL DEFAULT 1
);
