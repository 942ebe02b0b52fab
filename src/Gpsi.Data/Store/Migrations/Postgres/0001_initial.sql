-- GPSI store, PostgreSQL, version 1: source catalogue, data snapshots, recipes, editions.
-- Applied once, in one transaction, by the migration runner; never edit it after release (add 0002_… instead).
-- Objects go to the first schema on the connection's search path.
--
-- History (snapshots, observations, recipes, editions, edition_rows) is append-only. Statement triggers refuse
-- UPDATE, DELETE and TRUNCATE of it (INSERT … ON CONFLICT DO UPDATE fires the UPDATE trigger too), and rows added
-- to a snapshot or edition once its header row exists (the header is written last in the same transaction, so it
-- seals what came before; deferred foreign keys allow that order).

CREATE TABLE sources (
    id        text PRIMARY KEY,
    title     text NOT NULL,
    publisher text NOT NULL,
    url       text NOT NULL,
    licence   text NOT NULL,
    file      text NOT NULL,
    format    text NOT NULL,
    vintage   text NOT NULL,
    notes     text NOT NULL,
    series    jsonb NOT NULL,
    options   jsonb NOT NULL
);

CREATE TABLE snapshots (
    id                text PRIMARY KEY,
    label             text NOT NULL,
    loaded_at         timestamptz NOT NULL,
    observation_count integer NOT NULL CHECK (observation_count >= 0)
);

-- No row-level foreign key to snapshots: PostgreSQL checks one per row with a query, which tripled the time of a
-- 200,000-row load. The store writes observations and their snapshot row in one transaction, and the trigger
-- observations_sealed refuses rows for a snapshot that is already loaded.
CREATE TABLE observations (
    snapshot_id     text NOT NULL,
    seq             integer NOT NULL,   -- load order, 0-based
    country         text NOT NULL CHECK (country ~ '^[A-Z]{3}$'),
    indicator       text NOT NULL,
    year            integer NOT NULL,
    value           double precision NOT NULL
                    CHECK (value <> 'NaN' AND value <> 'Infinity' AND value <> '-Infinity'),
    source_id       text NOT NULL,
    file            text NOT NULL,
    line            integer,            -- null: aggregated from many lines
    vintage         text NOT NULL,
    unit            text NOT NULL,
    transformations jsonb NOT NULL,     -- array of strings, in order
    flags           integer NOT NULL,   -- ObservationFlags
    PRIMARY KEY (snapshot_id, seq)   -- reads filter one snapshot's rows; a second index doubled the load time
);

CREATE TABLE current_snapshot (
    singleton   integer PRIMARY KEY CHECK (singleton = 1),
    snapshot_id text NOT NULL REFERENCES snapshots (id)
);

CREATE TABLE recipes (
    hash           text PRIMARY KEY,   -- sha256:… of canonical_json
    name           text NOT NULL,
    canonical_json text NOT NULL
);

CREATE TABLE editions (
    id           text PRIMARY KEY,
    year         integer NOT NULL,
    recipe_hash  text NOT NULL REFERENCES recipes (hash),
    snapshot_id  text NOT NULL REFERENCES snapshots (id),
    published_at timestamptz NOT NULL,
    row_count    integer NOT NULL CHECK (row_count >= 0),
    UNIQUE (id, year)
);

CREATE TABLE edition_rows (
    edition_id text NOT NULL REFERENCES editions (id) DEFERRABLE INITIALLY DEFERRED,
    seq        integer NOT NULL,   -- publishing order, 0-based
    country    text NOT NULL CHECK (country ~ '^[A-Z]{3}$'),
    node       text NOT NULL,
    score      double precision CHECK (score <> 'NaN' AND score <> 'Infinity' AND score <> '-Infinity'),
    rank       integer CHECK (rank >= 1),
    band       text,
    PRIMARY KEY (edition_id, node, country)
);

-- The edition served for each year: the only mutable part of publishing, flipped in the publishing transaction.
CREATE TABLE current_editions (
    year       integer PRIMARY KEY,
    edition_id text NOT NULL,
    FOREIGN KEY (edition_id, year) REFERENCES editions (id, year)
);

-- Immutability.
CREATE FUNCTION gpsi_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is not allowed: history is immutable', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE FUNCTION gpsi_refuse_sealed_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM snapshots s WHERE s.id IN (SELECT DISTINCT n.snapshot_id FROM new_rows n)) THEN
        RAISE EXCEPTION 'INSERT into a loaded snapshot is not allowed: history is immutable'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION gpsi_refuse_sealed_edition_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM editions e WHERE e.id IN (SELECT DISTINCT n.edition_id FROM new_rows n)) THEN
        RAISE EXCEPTION 'INSERT into a published edition is not allowed: history is immutable'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER snapshots_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON snapshots
    FOR EACH STATEMENT EXECUTE FUNCTION gpsi_refuse_change();
CREATE TRIGGER observations_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON observations
    FOR EACH STATEMENT EXECUTE FUNCTION gpsi_refuse_change();
CREATE TRIGGER recipes_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON recipes
    FOR EACH STATEMENT EXECUTE FUNCTION gpsi_refuse_change();
CREATE TRIGGER editions_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON editions
    FOR EACH STATEMENT EXECUTE FUNCTION gpsi_refuse_change();
CREATE TRIGGER edition_rows_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON edition_rows
    FOR EACH STATEMENT EXECUTE FUNCTION gpsi_refuse_change();

CREATE TRIGGER observations_sealed AFTER INSERT ON observations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gpsi_refuse_sealed_observations();
CREATE TRIGGER edition_rows_sealed AFTER INSERT ON edition_rows
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gpsi_refuse_sealed_edition_rows();
