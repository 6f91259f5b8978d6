-- PostgreSQL twin of migrations/0004_event_parties.sql (parties coordinated with an event's actor or target).
CREATE TABLE event_parties (
    article_rowid BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    entity TEXT,
    FOREIGN KEY (article_rowid, local_id) REFERENCES events(article_rowid, local_id) ON DELETE CASCADE
);
CREATE INDEX event_parties_event ON event_parties(article_rowid, local_id);
