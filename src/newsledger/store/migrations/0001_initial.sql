-- The ledger: articles with their full extracted record, and one table per record kind for queries.
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    title TEXT,
    published TEXT,
    outlet TEXT,
    author TEXT,
    source TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE entities (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    PRIMARY KEY (article_rowid, local_id)
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE mentions (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    entity_local_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_rowid, entity_local_id);

CREATE TABLE times (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    first_day TEXT,
    last_day TEXT
);
CREATE INDEX times_article ON times(article_rowid);

CREATE TABLE places (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    geonameid INTEGER,
    country TEXT,
    lat REAL,
    lon REAL,
    feature TEXT
);
CREATE INDEX places_article ON places(article_rowid);
CREATE INDEX places_geonameid ON places(geonameid);

CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content TEXT NOT NULL,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_text TEXT,
    speaker_entity TEXT,
    speaker_name TEXT,
    via TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_rowid);
CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);

CREATE TABLE events (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    actor_text TEXT,
    actor_entity TEXT,
    target_text TEXT,
    target_entity TEXT,
    time_value TEXT,
    place_text TEXT,
    geonameid INTEGER,
    negated INTEGER NOT NULL,
    modality TEXT NOT NULL,
    source TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (article_rowid, local_id)
);
CREATE INDEX events_type ON events(type);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    line INTEGER,
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
-- line is NULL for whole-file failures; NULLs never collide in a plain UNIQUE constraint.
CREATE UNIQUE INDEX failures_key ON failures(source, ifnull(line, -1), reason);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker_name, content='quotes', content_rowid='rowid');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker_name) VALUES (new.rowid, new.content, new.speaker_name);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
    VALUES ('delete', old.rowid, old.content, old.speaker_name);
END;
