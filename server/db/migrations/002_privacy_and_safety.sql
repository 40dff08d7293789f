-- Closing what issue 21 found: demo tokens only for seeded people, check-in figures frozen once
-- published, and partner feed UIDs scoped to their feed.

-- Demo mode signs tokens only for the people its seed created, never for someone a token or an
-- import added later. (A demo database made before this migration has none: start it afresh.)
ALTER TABLE people ADD COLUMN seeded boolean NOT NULL DEFAULT false;

-- Check-in figures for a period that is over, computed once (the total and every group together)
-- and served unchanged from then on, so that no later change (a late check-in, a resident moved to
-- another training year) can be read off the difference between two answers (server/README.md,
-- "Aggregates"). Only figures already fit to publish are kept here.
CREATE TABLE aggregate_snapshots (
  period text NOT NULL CHECK (period IN ('week', 'month')),
  period_start date NOT NULL,
  figures jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (period, period_start)
);

-- An imported event is known by its feed (the partner organisation that publishes it) and its UID:
-- another partner's feed reusing a UID is another event.
ALTER TABLE meetup_series ADD COLUMN source_feed text;
UPDATE meetup_series s SET source_feed = (
  SELECT lower(m.organizer ->> 'name') FROM meetups m WHERE m.series_id = s.id ORDER BY m.id LIMIT 1
) WHERE s.source_uid IS NOT NULL;
ALTER TABLE meetup_series DROP CONSTRAINT meetup_series_source_uid_key;
CREATE UNIQUE INDEX meetup_series_by_feed_uid ON meetup_series (source_feed, source_uid);
