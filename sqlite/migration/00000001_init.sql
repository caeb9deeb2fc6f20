-- Documents: one row per stored record. seq orders documents as they were
-- stored and is the cursor of FindDocuments; url and content_hash are the
-- keys that make a re-published article a duplicate.
CREATE TABLE documents (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	url          TEXT UNIQUE,            -- canonical URL, NULL when none
	content_hash TEXT NOT NULL UNIQUE,   -- parley.ContentID of the text
	title        TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	published    TEXT,                   -- UTC, 2006-01-02T15:04:05Z; NULL when unknown
	input        TEXT NOT NULL DEFAULT '',
	events       INTEGER NOT NULL,       -- number of event rows, to check completeness
	record       BLOB NOT NULL,          -- the parley.Record as JSON, DEFLATE-compressed
	stored_at    TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_source ON documents (source);

-- Events: one row per event with the columns queries filter on; row holds
-- the parley.EventRow as JSON, which is what queries return.
CREATE TABLE events (
	id               INTEGER PRIMARY KEY,
	document_seq     INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	idx              INTEGER NOT NULL,
	type             TEXT NOT NULL,
	mode             TEXT NOT NULL DEFAULT '',
	modality         TEXT NOT NULL,
	time_value       TEXT NOT NULL DEFAULT '',
	time_start       TEXT,               -- UTC interval of the event's date, NULL when undated
	time_end         TEXT,
	source_countries TEXT NOT NULL DEFAULT '', -- space-separated ISO alpha-3 codes
	target_countries TEXT NOT NULL DEFAULT '',
	place_id         INTEGER,            -- GeoNames id of the event's first place
	place_name       TEXT,
	place_country    TEXT,
	lat              REAL,
	lon              REAL,
	span_start       INTEGER NOT NULL,   -- evidence span in the document's text
	span_end         INTEGER NOT NULL,
	row              TEXT NOT NULL,
	UNIQUE (document_seq, idx)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_modality ON events (modality);
CREATE INDEX events_time ON events (time_start, time_end);
CREATE INDEX events_place_id ON events (place_id);
CREATE INDEX events_place_name ON events (place_name COLLATE NOCASE);
CREATE INDEX events_place_country ON events (place_country);
CREATE INDEX events_lat_lon ON events (lat, lon);

-- The actors of each event, by role, with the columns the actor and
-- country filters need.
CREATE TABLE event_actors (
	event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	role     TEXT NOT NULL,              -- source or target
	actor    INTEGER NOT NULL,           -- index into the document's actors
	name     TEXT NOT NULL,
	kb_id    TEXT NOT NULL DEFAULT '',
	country  TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (event_id, role, actor)
) WITHOUT ROWID;
CREATE INDEX event_actors_name ON event_actors (name COLLATE NOCASE, event_id);
CREATE INDEX event_actors_kb_id ON event_actors (kb_id, event_id);

-- The countries of each event: of its source and target actors and of its
-- place. The country filter probes it once an event, in event order, which
-- stays fast however many events a country has.
CREATE TABLE event_countries (
	country  TEXT NOT NULL,
	event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	PRIMARY KEY (country, event_id)
) WITHOUT ROWID;
CREATE INDEX event_countries_event_id ON event_countries (event_id);

CREATE TABLE quotes (
	id           INTEGER PRIMARY KEY,
	document_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	idx          INTEGER NOT NULL,
	kind         TEXT NOT NULL,
	speaker      TEXT NOT NULL DEFAULT '', -- the speaker actor's name or the speaker phrase
	country      TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	published    TEXT,                     -- the document's, for time filters
	row          TEXT NOT NULL,            -- the parley.QuoteRow as JSON
	UNIQUE (document_seq, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE);
CREATE INDEX quotes_country ON quotes (country);

-- Full-text indexes. They are contentless: the text is in the record
-- already, so they keep only the index; rowids are documents.seq,
-- events.id and quotes.id.
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content='', contentless_delete=1);
CREATE VIRTUAL TABLE events_fts USING fts5 (sentence, content='', contentless_delete=1);
CREATE VIRTUAL TABLE quotes_fts USING fts5 (speaker, text, content='', contentless_delete=1);
