-- GPSI store, SQLite, version 1: source catalogue, data snapshots, recipes, editions.
-- Applied once, in one transaction, by the migration runner; never edit it after release (add 0002_… instead).
--
-- History (snapshots, observations, recipes, editions, edition_rows) is append-only. Triggers below refuse
-- UPDATE and DELETE of it, INSERT OR REPLACE over it (REPLACE deletes without firing delete triggers unless
-- recursive_triggers is on), and rows added to a snapshot or edition once its header row exists (the header is
-- written last in the same transaction, so it seals what came before; deferred foreign keys allow that order).

CREATE TABLE sources (
    id        TEXT NOT NULL PRIMARY KEY,
    title     TEXT NOT NULL,
    publisher TEXT NOT NULL,
    url       TEXT NOT NULL,
    licence   TEXT NOT NULL,
    file      TEXT NOT NULL,
    format    TEXT NOT NULL,
    vintage   TEXT NOT NULL,
    notes     TEXT NOT NULL,
    series    TEXT NOT NULL,   -- JSON array of series entries
    options   TEXT NOT NULL    -- JSON object
) STRICT;

CREATE TABLE snapshots (
    id                TEXT NOT NULL PRIMARY KEY,
    label             TEXT NOT NULL,
    loaded_at         TEXT NOT NULL,   -- UTC, yyyy-MM-ddTHH:mm:ss.ffffffZ
    observation_count INTEGER NOT NULL CHECK (observation_count >= 0)
) STRICT;

CREATE TABLE observations (
    snapshot_id     TEXT NOT NULL REFERENCES snapshots (id) DEFERRABLE INITIALLY DEFERRED,
    seq             INTEGER NOT NULL,  -- load order, 0-based
    country         TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z][A-Z]'),
    indicator       TEXT NOT NULL,
    year            INTEGER NOT NULL,
    value           REAL NOT NULL,     -- IEEE double, bit-exact
    source_id       TEXT NOT NULL,
    file            TEXT NOT NULL,
    line            INTEGER,           -- null: aggregated from many lines
    vintage         TEXT NOT NULL,
    unit            TEXT NOT NULL,
    transformations TEXT NOT NULL,     -- JSON array of strings, in order
    flags           INTEGER NOT NULL,  -- ObservationFlags
    -- One B-tree, clustered in load order: a load appends, a read needs no sort, and a filtered read scans one
    -- snapshot's rows (tens of milliseconds for 200,000). A secondary index doubled the load time.
    PRIMARY KEY (snapshot_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE current_snapshot (
    singleton   INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
    snapshot_id TEXT NOT NULL REFERENCES snapshots (id)
) STRICT;

CREATE TABLE recipes (
    hash           TEXT NOT NULL PRIMARY KEY,   -- sha256:… of canonical_json
    name           TEXT NOT NULL,
    canonical_json TEXT NOT NULL
) STRICT;

CREATE TABLE editions (
    id           TEXT NOT NULL PRIMARY KEY,
    year         INTEGER NOT NULL,
    recipe_hash  TEXT NOT NULL REFERENCES recipes (hash),
    snapshot_id  TEXT NOT NULL REFERENCES snapshots (id),
    published_at TEXT NOT NULL,   -- UTC, yyyy-MM-ddTHH:mm:ss.ffffffZ
    row_count    INTEGER NOT NULL CHECK (row_count >= 0),
    UNIQUE (id, year)
) STRICT;

CREATE TABLE edition_rows (
    edition_id TEXT NOT NULL REFERENCES editions (id) DEFERRABLE INITIALLY DEFERRED,
    seq        INTEGER NOT NULL,   -- publishing order, 0-based
    country    TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z][A-Z]'),
    node       TEXT NOT NULL,
    score      REAL,
    rank       INTEGER CHECK (rank >= 1),
    band       TEXT,
    PRIMARY KEY (edition_id, node, country)
) STRICT, WITHOUT ROWID;

-- The edition served for each year: the only mutable part of publishing, flipped in the publishing transaction.
CREATE TABLE current_editions (
    year       INTEGER NOT NULL PRIMARY KEY,
    edition_id TEXT NOT NULL,
    FOREIGN KEY (edition_id, year) REFERENCES editions (id, year)
) STRICT;

-- Immutability.
CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'UPDATE on snapshots is not allowed: history is immutable'); END;
CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots
BEGIN SELECT RAISE(ABORT, 'DELETE on snapshots is not allowed: history is immutable'); END;
CREATE TRIGGER snapshots_no_replace BEFORE INSERT ON snapshots
WHEN EXISTS (SELECT 1 FROM snapshots WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'replacing a snapshot is not allowed: history is immutable'); END;

CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations
BEGIN SELECT RAISE(ABORT, 'UPDATE on observations is not allowed: history is immutable'); END;
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations
BEGIN SELECT RAISE(ABORT, 'DELETE on observations is not allowed: history is immutable'); END;
CREATE TRIGGER observations_sealed BEFORE INSERT ON observations
WHEN EXISTS (SELECT 1 FROM snapshots WHERE id = NEW.snapshot_id)
BEGIN SELECT RAISE(ABORT, 'INSERT into a loaded snapshot is not allowed: history is immutable'); END;

CREATE TRIGGER recipes_no_update BEFORE UPDATE ON recipes
BEGIN SELECT RAISE(ABORT, 'UPDATE on recipes is not allowed: history is immutable'); END;
CREATE TRIGGER recipes_no_delete BEFORE DELETE ON recipes
BEGIN SELECT RAISE(ABORT, 'DELETE on recipes is not allowed: history is immutable'); END;
CREATE TRIGGER recipes_no_replace BEFORE INSERT ON recipes
WHEN EXISTS (SELECT 1 FROM recipes WHERE hash = NEW.hash)
BEGIN SELECT RAISE(ABORT, 'replacing a recipe is not allowed: history is immutable'); END;

CREATE TRIGGER editions_no_update BEFORE UPDATE ON editions
BEGIN SELECT RAISE(ABORT, 'UPDATE on editions is not allowed: history is immutable'); END;
CREATE TRIGGER editions_no_delete BEFORE DELETE ON editions
BEGIN SELECT RAISE(ABORT, 'DELETE on editions is not allowed: history is immutable'); END;
CREATE TRIGGER editions_no_replace BEFORE INSERT ON editions
WHEN EXISTS (SELECT 1 FROM editions WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'replacing an edition is not allowed: history is immutable'); END;

CREATE TRIGGER edition_rows_no_update BEFORE UPDATE ON edition_rows
BEGIN SELECT RAISE(ABORT, 'UPDATE on edition_rows is not allowed: history is immutable'); END;
CREATE TRIGGER edition_rows_no_delete BEFORE DELETE ON edition_rows
BEGIN SELECT RAISE(ABORT, 'DELETE on edition_rows is not allowed: history is immutable'); END;
CREATE TRIGGER edition_rows_sealed BEFORE INSERT ON edition_rows
WHEN EXISTS (SELECT 1 FROM editions WHERE id = NEW.edition_id)
BEGIN SELECT RAISE(ABORT, 'INSERT into a published edition is not allowed: history is immutable'); END;
