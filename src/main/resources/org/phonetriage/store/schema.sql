-- phonetriage case database, schema version 1 (PRAGMA user_version).
-- Every record row points at the parser run that produced it (parser id and version, the file
-- inside the evidence item and its SHA-256) and keeps its source table and row id.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  platform TEXT NOT NULL DEFAULT 'other',
  home_region TEXT,
  region_basis TEXT NOT NULL DEFAULT 'unknown',
  added_at TEXT NOT NULL
);

-- the item as named on the command line
CREATE TABLE evidence_items (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices(id),
  path TEXT NOT NULL,                -- as named on the command line
  abs_path TEXT NOT NULL,            -- where verify finds it again
  format TEXT,
  sha256 TEXT,
  size INTEGER
);

-- files inside an item: every file looked at; sha256 for every file a parser read
CREATE TABLE evidence_files (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES evidence_items(id),
  path TEXT NOT NULL,
  size INTEGER,
  sha256 TEXT,
  detected_type TEXT,
  status TEXT NOT NULL               -- parsed, not-parsed, problem, companion (-wal/-shm)
);

CREATE TABLE parser_runs (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices(id),
  file_id INTEGER NOT NULL REFERENCES evidence_files(id),
  parser_id TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  records INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'running',   -- ok, failed
  message TEXT
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  name TEXT, account TEXT, deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  number_raw TEXT, name TEXT,
  time_utc TEXT, time_raw TEXT, time_encoding TEXT,
  duration_s INTEGER, direction TEXT, country_iso TEXT, device_normalized TEXT, subscription TEXT
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  kind TEXT NOT NULL, direction TEXT,
  time_utc TEXT, time_raw TEXT, time_encoding TEXT, time_sent_utc TEXT,
  body TEXT, thread TEXT, read INTEGER, service_center TEXT
);

CREATE TABLE sims (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  iccid TEXT, number TEXT, mcc TEXT, mnc TEXT, carrier TEXT, country_iso TEXT, display_name TEXT
);

CREATE TABLE identifiers (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL
);

-- identifier x device x role x record: the whole cross-reference is a join on identifier_id.
-- raw is the value as stored; name is the alias this phone gives it (contact or cached name).
CREATE TABLE occurrences (
  id INTEGER PRIMARY KEY,
  identifier_id INTEGER NOT NULL REFERENCES identifiers(id),
  device_id INTEGER NOT NULL REFERENCES devices(id),
  role TEXT NOT NULL,                -- contact, call, sms, mms, owner
  record_table TEXT NOT NULL,        -- contacts, calls, messages, sims
  record_id INTEGER NOT NULL,
  raw TEXT,
  name TEXT,
  label TEXT,
  party_role TEXT,
  direction TEXT,
  time_utc TEXT,
  confidence TEXT NOT NULL,
  rule TEXT NOT NULL,
  region TEXT,
  level TEXT NOT NULL,               -- strong, candidate, service
  device_normalized TEXT
);

CREATE TABLE owner_identifiers (
  device_id INTEGER NOT NULL REFERENCES devices(id),
  identifier_id INTEGER NOT NULL REFERENCES identifiers(id),
  basis TEXT NOT NULL,
  PRIMARY KEY (device_id, identifier_id, basis)
);

CREATE TABLE problems (
  id INTEGER PRIMARY KEY,
  device_id INTEGER REFERENCES devices(id),
  evidence TEXT NOT NULL,
  path TEXT,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
