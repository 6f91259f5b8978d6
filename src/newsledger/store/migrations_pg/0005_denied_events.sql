-- PostgreSQL twin of migrations/0005_denied_events.sql (ledger events their sources only deny: 'denied').
UPDATE ledger_events SET status = 'denied'
WHERE status = 'single'
  AND NOT EXISTS (SELECT 1 FROM event_links l WHERE l.ledger_event_id = ledger_events.id AND l.polarity > 0)
  AND EXISTS (SELECT 1 FROM event_links l WHERE l.ledger_event_id = ledger_events.id AND l.polarity < 0);
