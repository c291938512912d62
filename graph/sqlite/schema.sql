-- eventgraph's embedded store, schema version 3 (PRAGMA user_version).
-- The graph model (docs/model.md) maps onto tables: one per node kind, one
-- per edge kind, and two for provenance. A file of an older version is
-- migrated by store.go when opened.

CREATE TABLE articles (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    outlet    TEXT NOT NULL,
    url       TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL,
    language  TEXT NOT NULL,
    text      TEXT NOT NULL,
    fingerprint TEXT NOT NULL DEFAULT '', -- of the facts last written
    method      TEXT NOT NULL DEFAULT 'curated', -- how its facts were made: curated or extracted
    extractor   TEXT NOT NULL DEFAULT '',        -- the extractor's version, for extracted facts
    merges      TEXT NOT NULL DEFAULT ''         -- its merge record (JSON from package graph), '' for none
);

CREATE TABLE actors (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]', -- JSON array, sorted
    description TEXT NOT NULL DEFAULT '',
    sort_name   TEXT NOT NULL,              -- folded name: the listing order
    search      TEXT NOT NULL               -- folded name and aliases, one a line
);
CREATE INDEX actors_sort ON actors (sort_name, id);

-- actor_keys indexes actors by the name keys package graph resolves them
-- by (graph.ActorKeys), replaced whenever the actor is written.
CREATE TABLE actor_keys (
    key      TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (key, actor_id)
);
-- Replacing or deleting an actor's keys finds them by actor.
CREATE INDEX actor_keys_actor ON actor_keys (actor_id);

-- Places, countries included: a Country actor has a row here too.
CREATE TABLE places (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);

CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    date_start      TEXT NOT NULL,
    date_end        TEXT NOT NULL,
    precision       TEXT NOT NULL,
    date_text       TEXT NOT NULL DEFAULT '',
    cameo           TEXT NOT NULL DEFAULT '',
    place_id        TEXT,
    amount_value    INTEGER,
    amount_currency TEXT,
    count_value     INTEGER,
    count_qualifier TEXT,
    count_unit      TEXT,
    source_count    INTEGER NOT NULL DEFAULT 0, -- how many articles state it
    first_reported  TEXT NOT NULL DEFAULT '',   -- the earliest day one of them was published
    span            INTEGER NOT NULL DEFAULT 0  -- its span class, kept by triggers (spanClassSQL)
);
CREATE INDEX events_date ON events (date_start, id);
CREATE INDEX events_type ON events (type, date_start, id);
CREATE INDEX events_place ON events (place_id);
CREATE INDEX events_span ON events (span, date_start, date_end);
CREATE INDEX events_type_span ON events (type, span, date_start, date_end);

-- A participation carries its event's dates (kept by triggers too),
-- so that an actor's events are read in date order from one index.
CREATE TABLE participants (
    event_id   TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    role       TEXT NOT NULL,
    date_start TEXT NOT NULL DEFAULT '',
    date_end   TEXT NOT NULL DEFAULT '',
    span       INTEGER NOT NULL DEFAULT 0,
    type       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX participants_actor ON participants (actor_id, event_id);
CREATE INDEX participants_actor_date ON participants (actor_id, date_start, event_id);
CREATE INDEX participants_actor_span ON participants (actor_id, span, date_start, date_end);
CREATE INDEX participants_actor_type ON participants (actor_id, type, date_start, event_id);
SPAN_TRIGGERS
TYPE_TRIGGERS
KEPT_COUNTS

CREATE TABLE relations (
    type            TEXT NOT NULL,
    from_id         TEXT NOT NULL,
    to_id           TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    since           TEXT, -- JSON of graph.Date
    until           TEXT,
    PRIMARY KEY (type, from_id, to_id)
);
CREATE INDEX relations_to ON relations (to_id, type);
CREATE INDEX relations_from ON relations (from_id, type);

-- statements says which article states which fact. A fact's key names it:
-- actor:ID, place:ID, event:ID, part:EVENT:ACTOR, occ:EVENT:PLACE (the
-- article says the event took place there), rel:TYPE:FROM:TO. Ids hold no
-- colon, so keys split cleanly.
CREATE TABLE statements (
    article_id TEXT NOT NULL,
    fact       TEXT NOT NULL,
    PRIMARY KEY (article_id, fact)
);
-- Who states a fact, answered from the index alone.
CREATE INDEX statements_fact ON statements (fact, article_id);

-- claims holds what each article says about each event it states: opaque
-- JSON that package graph encodes (graph.ClaimData) and merges.
CREATE TABLE claims (
    event_id   TEXT NOT NULL,
    article_id TEXT NOT NULL,
    data       TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
-- Deleting an article finds its claims.
CREATE INDEX claims_article ON claims (article_id);

-- sources holds the quotes: the verbatim words of an article that state a
-- fact, with their offsets in code points, and a copy of the article's
-- rank: 0 when its method is curated, else 1 (every write of an article
-- rewrites its quotes, so the copy follows the method).
CREATE TABLE sources (
    article_id TEXT NOT NULL,
    fact       TEXT NOT NULL,
    quote      TEXT NOT NULL,
    start_off  INTEGER NOT NULL,
    end_off    INTEGER NOT NULL,
    rank       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, fact, start_off, end_off)
);
-- A fact's quotes in the order an actor's detail shows them: curated
-- articles' first, then by article, start and end.
CREATE INDEX sources_fact ON sources (fact, rank, article_id, start_off, end_off);
