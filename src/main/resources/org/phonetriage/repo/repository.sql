-- A phonetriage case repository on PostgreSQL (phonetriage repo push). Created when missing; one
-- statement per ";". Every table but cases carries case_id, and a case's rows go with it (ON DELETE
-- CASCADE), so pushing a case again replaces it in one transaction.
CREATE TABLE IF NOT EXISTS repo_cases (
  case_id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,          -- the case's name (repo push --case-name; default its folder's name)
  key_scheme TEXT NOT NULL,           -- 'raw', or 'hmac-sha256:ID' (ID names the agreed key, never reveals it)
  pushed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  tool_version TEXT,
  libphonenumber TEXT
);

CREATE TABLE IF NOT EXISTS repo_devices (
  case_id BIGINT NOT NULL REFERENCES repo_cases(case_id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  platform TEXT,
  home_region TEXT,
  PRIMARY KEY (case_id, label)
);

-- the occurrences of a case, one row per identifier, device, role and level (counted, first/last seen)
CREATE TABLE IF NOT EXISTS repo_occurrences (
  case_id BIGINT NOT NULL REFERENCES repo_cases(case_id) ON DELETE CASCADE,
  key TEXT NOT NULL,                  -- the identifier's key, or its HMAC under a pseudonymised push
  type TEXT NOT NULL,
  device TEXT NOT NULL,
  role TEXT NOT NULL,
  level TEXT NOT NULL,                -- strong, candidate, service
  occurrences BIGINT NOT NULL,
  first_seen TEXT,                    -- UTC to the second, as xref.json writes times
  last_seen TEXT,
  names JSONB                         -- the names it is saved under there (an array); NULL when pseudonymised
);

CREATE INDEX IF NOT EXISTS repo_occurrences_key ON repo_occurrences(key);
CREATE INDEX IF NOT EXISTS repo_occurrences_case ON repo_occurrences(case_id);

CREATE TABLE IF NOT EXISTS repo_owners (
  case_id BIGINT NOT NULL REFERENCES repo_cases(case_id) ON DELETE CASCADE,
  device TEXT NOT NULL,
  key TEXT NOT NULL,
  basis TEXT NOT NULL
);

-- every table a case's rows go with has an index on case_id: pushing a case again deletes them
CREATE INDEX IF NOT EXISTS repo_owners_case ON repo_owners(case_id);

-- person candidates (identifiers proposed as one person, nothing merged), one row per member key
CREATE TABLE IF NOT EXISTS repo_persons (
  case_id BIGINT NOT NULL REFERENCES repo_cases(case_id) ON DELETE CASCADE,
  person INTEGER NOT NULL,
  key TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS repo_persons_case ON repo_persons(case_id);

-- the case's persons (xref.json's persons: identifiers the evidence proves one human's, with the
-- examiner's decisions applied), one row per key
CREATE TABLE IF NOT EXISTS repo_case_persons (
  case_id BIGINT NOT NULL REFERENCES repo_cases(case_id) ON DELETE CASCADE,
  person TEXT NOT NULL,               -- its id in the case (P-...); under --pseudonymise its number in the push
  key TEXT NOT NULL,
  seized BOOLEAN NOT NULL             -- one of its devices was seized
);

CREATE INDEX IF NOT EXISTS repo_case_persons_case ON repo_case_persons(case_id);

-- message bodies, only when pushed with --with-bodies (and never under --pseudonymise)
CREATE TABLE IF NOT EXISTS repo_messages (
  case_id BIGINT NOT NULL REFERENCES repo_cases(case_id) ON DELETE CASCADE,
  device TEXT NOT NULL,
  kind TEXT,
  direction TEXT,
  time_utc TEXT,
  body TEXT
);

CREATE INDEX IF NOT EXISTS repo_messages_case ON repo_messages(case_id)
