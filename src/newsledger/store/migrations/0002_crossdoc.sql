-- Cross-document layer: syndicated copies and stories, ledger-wide entities and events, claims.
CREATE TABLE article_signatures (
    article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT,
    first_published TEXT,
    last_published TEXT
);

CREATE TABLE article_stories (
    article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    story_id INTEGER NOT NULL REFERENCES stories(id),
    copy_of INTEGER REFERENCES articles(rowid),
    similarity REAL
);
CREATE INDEX article_stories_story ON article_stories(story_id);

CREATE TABLE ledger_entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    family TEXT NOT NULL
);

CREATE TABLE ledger_entity_keys (
    key TEXT NOT NULL,
    family TEXT NOT NULL,
    kind TEXT NOT NULL,
    ledger_entity_id INTEGER NOT NULL REFERENCES ledger_entities(id),
    PRIMARY KEY (key, family, kind, ledger_entity_id)
);

CREATE TABLE entity_links (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    ledger_entity_id INTEGER NOT NULL REFERENCES ledger_entities(id),
    rule TEXT NOT NULL,
    PRIMARY KEY (article_rowid, local_id)
);
CREATE INDEX entity_links_entity ON entity_links(ledger_entity_id);

CREATE TABLE ledger_events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    first_day TEXT,
    last_day TEXT,
    country TEXT,
    geonameid INTEGER,
    place TEXT,
    actor_entity INTEGER REFERENCES ledger_entities(id),
    target_entity INTEGER REFERENCES ledger_entities(id),
    actor_text TEXT,
    target_text TEXT,
    summary TEXT NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'single'
);
CREATE INDEX ledger_events_type ON ledger_events(type, first_day);

CREATE TABLE event_links (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    ledger_event_id INTEGER NOT NULL REFERENCES ledger_events(id),
    polarity INTEGER NOT NULL,
    -- The independent source this report counts as (see crossdoc.ledger.refresh_event), and what
    -- it is derived from: the outlet the article cites, the original speaker, the reporting outlet.
    source_key TEXT NOT NULL,
    via_key TEXT,
    speaker_key TEXT,
    reporter_key TEXT NOT NULL,
    speaker TEXT,
    outlet TEXT,
    chain TEXT NOT NULL,
    evidence TEXT,
    features TEXT NOT NULL,
    PRIMARY KEY (article_rowid, local_id)
);
CREATE INDEX event_links_event ON event_links(ledger_event_id);
