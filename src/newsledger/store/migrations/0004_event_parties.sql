-- Parties coordinated with an event's actor or target ("the United States and France accused Russia":
-- France is a co-actor). The first party stays in events.actor_* / target_*; this table holds the others
-- so that searching for an actor finds every party. Records stored before it have none to move.
-- The PostgreSQL twin is migrations_pg/0004_event_parties.sql.
CREATE TABLE event_parties (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    entity TEXT,
    FOREIGN KEY (article_rowid, local_id) REFERENCES events(article_rowid, local_id) ON DELETE CASCADE
);
CREATE INDEX event_parties_event ON event_parties(article_rowid, local_id);
