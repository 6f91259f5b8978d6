-- A ledger event that its sources only deny or call averted ("Police foiled an attack", "M23 denied that its
-- fighters attacked the convoy") now has the status 'denied'; it was 'single'. The ACLED export leaves such
-- events out, as it does 'unconfirmed' ones. This recounts the ledger events stored before.
-- The PostgreSQL twin is migrations_pg/0005_denied_events.sql.
UPDATE ledger_events SET status = 'denied'
WHERE status = 'single'
  AND NOT EXISTS (SELECT 1 FROM event_links l WHERE l.ledger_event_id = ledger_events.id AND l.polarity > 0)
  AND EXISTS (SELECT 1 FROM event_links l WHERE l.ledger_event_id = ledger_events.id AND l.polarity < 0);
