-- The first schema of the Kinship reference server. One database holds one residency program.
-- Runs on PostgreSQL 15 and later and on PGlite: plain SQL, no extensions.

CREATE TABLE program (
  id text PRIMARY KEY,
  name text NOT NULL,
  time_zone text NOT NULL,
  region text NOT NULL,
  locales jsonb NOT NULL,
  default_locale text NOT NULL,
  support_resources jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- One program per database.
CREATE UNIQUE INDEX program_is_single ON program ((true));

-- Settings the server itself keeps, such as the demo-mode signing secret, so that every instance
-- sharing this database agrees on them.
CREATE TABLE server_settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE people (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('resident', 'mentor', 'coordinator')),
  email text,
  locale text,
  time_zone text,
  home_country text,
  languages jsonb NOT NULL DEFAULT '[]',
  training_year text,
  specialty text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mentor_profiles (
  person_id text PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  pronouns text,
  photo_url text,
  topics jsonb NOT NULL DEFAULT '[]',
  bio text,
  contact_methods jsonb NOT NULL DEFAULT '[]',
  -- A removed mentor keeps their history (chat requests) but is no longer offered.
  removed_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE assignments (
  resident_id text PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  mentor_id text NOT NULL REFERENCES people (id),
  since timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assignments_by_mentor ON assignments (mentor_id);

CREATE TABLE slots (
  id text PRIMARY KEY,
  mentor_id text NOT NULL REFERENCES people (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  mode text NOT NULL CHECK (mode IN ('in-person', 'video', 'phone')),
  place text,
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slots_by_mentor ON slots (mentor_id, starts_at);

CREATE TABLE chat_requests (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES people (id),
  mentor_id text NOT NULL REFERENCES people (id),
  slot_id text NOT NULL REFERENCES slots (id),
  topic text,
  status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'declined', 'cancelled')),
  response_message text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- A slot is held by at most one pending or confirmed request.
CREATE UNIQUE INDEX chat_requests_hold_slot ON chat_requests (slot_id)
  WHERE status IN ('pending', 'confirmed');
CREATE INDEX chat_requests_by_resident ON chat_requests (resident_id, created_at DESC);
CREATE INDEX chat_requests_by_mentor ON chat_requests (mentor_id, created_at DESC);

CREATE TABLE mentor_change_requests (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES people (id),
  reason text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The check-in form, one row per locale. Contact options keep `routesTo`, which is never served.
CREATE TABLE check_in_forms (
  locale text PRIMARY KEY,
  form_id text NOT NULL,
  cadence_days integer NOT NULL CHECK (cadence_days BETWEEN 1 AND 90),
  items jsonb NOT NULL,
  contact_options jsonb NOT NULL
);

CREATE TABLE check_ins (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES people (id),
  form_id text NOT NULL,
  -- When the resident answered (the outbox may deliver later); received_at is when it arrived.
  submitted_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- The answers are the resident's: only scoring reads them, and no route returns them.
  answers jsonb NOT NULL,
  wellbeing double precision NOT NULL CHECK (wellbeing BETWEEN 0 AND 100),
  loneliness integer,
  reasons jsonb NOT NULL,
  support_suggested boolean NOT NULL,
  next_due_at timestamptz NOT NULL
);
CREATE INDEX check_ins_by_resident ON check_ins (resident_id, submitted_at DESC);
CREATE INDEX check_ins_by_time ON check_ins (submitted_at);

CREATE TABLE check_in_snoozes (
  resident_id text PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  snoozed_until timestamptz NOT NULL
);

-- A resident's request to be contacted, addressed to the one person the chosen option routes to.
CREATE TABLE outreach_requests (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES people (id),
  check_in_id text NOT NULL REFERENCES check_ins (id),
  option_id text NOT NULL,
  option_label text NOT NULL,
  option_description text,
  routed_to text NOT NULL REFERENCES people (id),
  note text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contacted', 'closed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outreach_by_recipient ON outreach_requests (routed_to, created_at DESC);

CREATE TABLE tips (
  id text PRIMARY KEY,
  category text NOT NULL,
  regions jsonb NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  why_it_matters text NOT NULL,
  try_saying jsonb NOT NULL,
  idioms jsonb NOT NULL,
  locale text NOT NULL,
  translation_of text REFERENCES tips (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX tips_one_translation_per_locale ON tips (translation_of, locale)
  WHERE translation_of IS NOT NULL;
CREATE INDEX tips_newest_first ON tips (created_at DESC, id DESC) WHERE translation_of IS NULL;

CREATE TABLE tip_feedback (
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  tip_id text NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
  helpful boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, tip_id)
);

CREATE TABLE tip_saves (
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  tip_id text NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, tip_id)
);

-- Which tip a person was shown on which day (in the program's time zone).
CREATE TABLE tip_views (
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  day date NOT NULL,
  tip_id text NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
  shown_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, day)
);
CREATE INDEX tip_views_by_tip ON tip_views (person_id, tip_id);

CREATE TABLE phrase_reports (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES people (id),
  phrase text NOT NULL,
  context text,
  tip_id text REFERENCES tips (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A recurring series (or an imported iCalendar event); its occurrences are rows of `meetups`.
CREATE TABLE meetup_series (
  id text PRIMARY KEY,
  -- The iCalendar UID for imported events: re-importing it updates instead of duplicating.
  source_uid text UNIQUE,
  rrule text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meetups (
  id text PRIMARY KEY,
  series_id text REFERENCES meetup_series (id) ON DELETE CASCADE,
  -- Which occurrence of the series this is: its original start, as an ISO instant.
  occurrence_key text,
  title text NOT NULL,
  description text NOT NULL,
  category text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  time_zone text NOT NULL,
  venue jsonb NOT NULL,
  organizer jsonb NOT NULL,
  capacity integer CHECK (capacity IS NULL OR capacity > 0),
  -- Counts arrivals on the waitlist; taken under the meetup's row lock, so it is the order in
  -- which RSVPs reached the database.
  rsvp_seq integer NOT NULL DEFAULT 0,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (series_id, occurrence_key)
);
CREATE INDEX meetups_by_start ON meetups (starts_at) WHERE cancelled_at IS NULL;

CREATE TABLE rsvps (
  meetup_id text NOT NULL REFERENCES meetups (id) ON DELETE CASCADE,
  resident_id text NOT NULL REFERENCES people (id),
  status text NOT NULL CHECK (status IN ('going', 'maybe', 'not-going', 'waitlisted')),
  -- Place in the first-in-first-out waitlist (from meetups.rsvp_seq); null unless waitlisted.
  queue_seq integer,
  -- clock_timestamp() when the current status was taken, under the meetup's row lock.
  status_since timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meetup_id, resident_id)
);
CREATE INDEX rsvps_waitlist ON rsvps (meetup_id, queue_seq) WHERE status = 'waitlisted';
CREATE INDEX rsvps_by_resident ON rsvps (resident_id);

-- Idempotency-Key records, per identity and key; written in the transaction of the write they
-- protect, so a write and its record commit together or not at all.
CREATE TABLE idempotency_keys (
  identity text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  content_type text,
  body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (identity, key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
