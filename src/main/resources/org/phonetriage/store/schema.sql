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
  added_at TEXT NOT NULL,
  tool_version TEXT,                 -- the phonetriage that ingested it
  libphonenumber TEXT,               -- the metadata its numbers were read with (results depend on it)
  status TEXT NOT NULL DEFAULT 'complete', -- 'ingesting' until every parser of the device finished
  home_area TEXT                     -- its own Brazilian area code (from its own number), if any
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
  status TEXT NOT NULL               -- parsed, not-parsed, problem, companion (-wal/-shm), container (read by
                                     -- the evidence reader itself: an iTunes backup's Manifest.db, Manifest.plist)
);

-- what a database, plist or XML file no parser read holds, taken at ingest (a database from its
-- staged copy): "burners(1) messages(16)", "3 keys: A, B, C", "root element <map>"; note says why
-- it is not known. Added to version 1 without a version change: older cases get the table when opened
CREATE TABLE IF NOT EXISTS unread_files (
  file_id INTEGER PRIMARY KEY REFERENCES evidence_files(id),
  summary TEXT,
  note TEXT
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
  name TEXT, account TEXT, deleted INTEGER NOT NULL DEFAULT 0,
  recovered TEXT,                    -- recovered from a database's deleted bytes: where (page, offset ...)
  recovered_confidence REAL,         -- and how surely (0-1)
  recovered_version_of INTEGER       -- the live row (src_row) it is an earlier version of
);

CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  number_raw TEXT, name TEXT,
  time_utc TEXT, time_raw TEXT, time_encoding TEXT,
  duration_s INTEGER, direction TEXT, country_iso TEXT, device_normalized TEXT, subscription TEXT,
  kind TEXT NOT NULL DEFAULT 'cellular',  -- or the app that carried it: whatsapp-call ...
  result TEXT,                            -- how it ended, as the app recorded it (its own code)
  deleted INTEGER NOT NULL DEFAULT 0,     -- the source marks it deleted
  recovered TEXT,                         -- recovered from a database's deleted bytes: where (page, offset ...)
  recovered_confidence REAL,              -- and how surely (0-1)
  recovered_version_of INTEGER            -- the live row (src_row) it is an earlier version of (an edit)
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  kind TEXT NOT NULL, direction TEXT,
  time_utc TEXT, time_raw TEXT, time_encoding TEXT, time_sent_utc TEXT,
  body TEXT, thread TEXT, read INTEGER, service_center TEXT,
  media TEXT,                        -- what it carries besides text: a MIME type or the app's media kind
  deleted INTEGER NOT NULL DEFAULT 0, -- the source marks it deleted (a report's deleted_state, a SIM's free record)
  recovered TEXT,                     -- recovered from a database's deleted bytes: where (page, offset ...)
  recovered_confidence REAL,          -- and how surely (0-1)
  recovered_version_of INTEGER        -- the live row (src_row) it is an earlier version of (an edited message)
);

CREATE TABLE sims (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  iccid TEXT, number TEXT, mcc TEXT, mnc TEXT, carrier TEXT, country_iso TEXT, display_name TEXT
);

-- the device's own identifiers found outside the SIM records (an app's registration, an account)
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  kind TEXT NOT NULL, value TEXT, basis TEXT
);

-- what the evidence records about the device or card that is no identifier (model, serial,
-- a SIM's last location area …); added to version 1 without a version change: cases made before
-- it get the table when they are opened
CREATE TABLE IF NOT EXISTS device_facts (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  src_table TEXT, src_row INTEGER,
  name TEXT NOT NULL, value TEXT
);

-- an identifier found by the sweep in a file no parser claimed (a database, plist, XML or JSON
-- file of an app nobody modelled); its occurrence has role "unmodelled". src_table and src_column
-- name where it was (a document's key path is the column, its table "plist", "xml" or "json");
-- confidence (0-1) comes from the column's name and the share of its values that read as
-- identifiers. Added to version 1 without a version change.
CREATE TABLE IF NOT EXISTS swept_values (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES parser_runs(id),
  file_id INTEGER NOT NULL REFERENCES evidence_files(id),
  app TEXT NOT NULL,                 -- the app the file belongs to (its Android package, iOS bundle, else the file name)
  src_table TEXT, src_column TEXT, src_row INTEGER,
  raw TEXT NOT NULL,
  kind TEXT NOT NULL,                -- phone, email, jid
  confidence REAL NOT NULL
);

CREATE TABLE identifiers (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL
);

-- how one raw value was read: stored once per distinct reading, not once per occurrence
CREATE TABLE readings (
  id INTEGER PRIMARY KEY,
  identifier_id INTEGER NOT NULL REFERENCES identifiers(id),
  raw TEXT NOT NULL,                 -- the value exactly as stored on the phone
  confidence TEXT NOT NULL,          -- A, B, C, X
  rule TEXT NOT NULL,                -- e164, national, idd, missing-plus, ...
  region TEXT,                       -- the region the value was read with
  level TEXT NOT NULL,               -- strong, candidate, service, none
  alternatives TEXT,                 -- other valid readings not chosen: "key rule" per line
  attributes TEXT,                   -- what was split off or learnt: "name=value" per line
  reason TEXT                        -- why an unusual value reads as it does
);

-- identifier x device x role x record: the whole cross-reference is a join on identifier_id.
-- name is the alias this phone gives the identifier (contact name or cached call name).
CREATE TABLE occurrences (
  id INTEGER PRIMARY KEY,
  identifier_id INTEGER NOT NULL REFERENCES identifiers(id),
  reading_id INTEGER NOT NULL REFERENCES readings(id),
  device_id INTEGER NOT NULL REFERENCES devices(id),
  role TEXT NOT NULL,                -- contact, whatsapp-contact, call, sms, mms, owner
  record_table TEXT NOT NULL,        -- contacts, calls, messages, sims
  record_id INTEGER NOT NULL,
  name TEXT,
  label TEXT,                        -- the phone's label for a contact's number ("Mobile")
  party_role TEXT,                   -- from, to, cc, bcc for messages
  device_normalized TEXT,            -- the phone's own E.164 for it, as corroboration
  context_id INTEGER                 -- the region context a number was read in (NULL: not read with one)
);

-- the region context numbers were read in: once every item is in, a context that differs from
-- the case's final one (the case regions, the device's final home region and area) is read again
CREATE TABLE IF NOT EXISTS region_contexts (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices(id),
  record_hint TEXT,                  -- the record's own clue: "REGION basis strong|weak"
  home_hint TEXT,                    -- the device's home region when read: "REGION basis strong|weak"
  home_area TEXT,
  case_regions TEXT NOT NULL,        -- comma-separated, in the order they were tried
  ton INTEGER,                       -- a SIM's type of number stored with the value, if any
  network TEXT                       -- the card's network (MCC-MNC) such a value was read for
);

-- the evidence items a triage was asked for, so that running it again resumes it
CREATE TABLE IF NOT EXISTS triage_items (
  position INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  label TEXT NOT NULL,
  sha256 TEXT                        -- NULL when the item could not be hashed (missing, unreadable)
);

-- an occurrence with its reading and the time and direction of its record
CREATE VIEW occurrence_details AS
SELECT o.id, o.identifier_id, i.key, i.type, o.device_id, o.role, o.record_table, o.record_id,
       r.raw, o.name, o.label, o.party_role,
       COALESCE(c.direction, m.direction) AS direction,
       COALESCE(c.time_utc, m.time_utc) AS time_utc,
       r.confidence, r.rule, r.region, r.level, o.device_normalized
  FROM occurrences o
  JOIN readings r ON r.id = o.reading_id
  JOIN identifiers i ON i.id = o.identifier_id
  LEFT JOIN calls c ON o.record_table = 'calls' AND c.id = o.record_id
  LEFT JOIN messages m ON o.record_table = 'messages' AND m.id = o.record_id;

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
  at TEXT NOT NULL,
  code TEXT,      -- stable problem code (docs/events.md), e.g. wrong-password; NULL in cases made before it
  severity TEXT   -- error, warning or info, as the code gives it
);

-- the examiner's decisions on proposed persons and on links that are strong but no proof (a phone
-- and the SIM card found in it): kept on the identifier pair, so they survive later ingests
CREATE TABLE IF NOT EXISTS person_decisions (
  key_a TEXT NOT NULL,               -- the pair's smaller key
  key_b TEXT NOT NULL,
  decision TEXT NOT NULL,            -- accept or reject
  examiner TEXT NOT NULL,
  decided_at TEXT NOT NULL,          -- UTC, to the second
  PRIMARY KEY (key_a, key_b)
);

-- the communication graph as the last cross-reference built it (xref/StoredNetwork), for `path`,
-- which walks it by index instead of reading every occurrence; valid only while meta's
-- network_state equals the case's state (report/CaseState), else rebuilt
CREATE TABLE IF NOT EXISTS network_edges (
  source TEXT NOT NULL,              -- who initiated the calls and messages (an identifier key or device:LABEL)
  target TEXT NOT NULL,
  calls INTEGER NOT NULL,
  messages INTEGER NOT NULL,
  duration_s INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  strong INTEGER NOT NULL,
  PRIMARY KEY (source, target)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS network_edge_devices (
  source TEXT NOT NULL,              -- an edge of network_edges
  target TEXT NOT NULL,
  device TEXT NOT NULL,              -- the label of a device that logged its calls or messages
  PRIMARY KEY (source, target, device)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS network_edges_target ON network_edges(target);

CREATE TABLE IF NOT EXISTS network_contacts (
  owner TEXT NOT NULL,               -- the device's node
  contact TEXT NOT NULL,             -- a number its contact book saves
  device TEXT NOT NULL,
  name TEXT,
  PRIMARY KEY (owner, contact, device)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS network_contacts_contact ON network_contacts(contact);

-- search's summary of each identifier per device, role, name, reading and parser run, aggregated by
-- the last cross-reference (query/KeySummaryQuery) so that a number found hundreds of thousands of
-- times is summarised by index; valid only while meta's key_summary_state equals the case's state,
-- else aggregated live
CREATE TABLE IF NOT EXISTS key_summaries (
  identifier_id INTEGER NOT NULL,
  device_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  party_role TEXT,
  name TEXT,
  reading_id INTEGER,
  run_id INTEGER,                    -- the parser run that read the records
  occurrences INTEGER NOT NULL,
  deleted INTEGER NOT NULL,          -- of those, how many the source marks deleted
  recovered INTEGER NOT NULL,        -- and how many were recovered from deleted bytes
  first_time TEXT,
  last_time TEXT
);

CREATE INDEX IF NOT EXISTS key_summaries_identifier ON key_summaries(identifier_id);
