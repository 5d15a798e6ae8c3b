-- The newsradar database. Portable SQL: the same statements run on SQLite (>= 3.24) and PostgreSQL.
-- One statement per paragraph, each ending in ';' at the end of a line. Idempotent: every run
-- executes it, inside its own transaction.

-- One row per committed run of `newsradar classify`.
CREATE TABLE IF NOT EXISTS runs (
  id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  sources INTEGER,
  failed_sources INTEGER,
  skipped INTEGER,
  stories INTEGER,
  story_errors INTEGER,
  stories_per_topic TEXT,
  elapsed_ms BIGINT
);

-- Every input as given (path or URL); error is why it could not be read in its latest run, or NULL.
CREATE TABLE IF NOT EXISTS sources (
  source TEXT PRIMARY KEY,
  error TEXT,
  last_run TEXT NOT NULL REFERENCES runs (id)
);

-- One row per story; id is StoryRecord.id (stable: the same source and story index give the same id).
-- errors is the JSON array of what failed while processing the story.
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL REFERENCES sources (source),
  story INTEGER NOT NULL,
  title TEXT NOT NULL,
  date TEXT,
  outlet TEXT,
  byline TEXT,
  url TEXT,
  body TEXT NOT NULL,
  errors TEXT NOT NULL,
  last_run TEXT NOT NULL REFERENCES runs (id)
);

CREATE INDEX IF NOT EXISTS stories_by_source ON stories (source, story);

CREATE INDEX IF NOT EXISTS stories_by_date ON stories (date);

-- Every topic a classifier scored for a story; accepted = 1 for the story's topics. evidence is the
-- JSON array of phrases, evidence_spans the JSON array of {text, field, start, end}.
CREATE TABLE IF NOT EXISTS story_topics (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  score DOUBLE PRECISION,
  accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
  classifier TEXT,
  evidence TEXT NOT NULL,
  evidence_spans TEXT NOT NULL,
  PRIMARY KEY (story_id, topic)
);

CREATE INDEX IF NOT EXISTS story_topics_by_topic ON story_topics (topic, accepted);

-- The story's facts, one table per list field, in the order of the output record (ordinal from 0).
CREATE TABLE IF NOT EXISTS story_regions (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  region TEXT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

CREATE INDEX IF NOT EXISTS story_regions_by_region ON story_regions (region);

CREATE TABLE IF NOT EXISTS story_places (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  place TEXT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

CREATE INDEX IF NOT EXISTS story_places_by_place ON story_places (place);

CREATE TABLE IF NOT EXISTS story_amounts (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  amount_krw BIGINT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

CREATE TABLE IF NOT EXISTS story_other_amounts (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  amount TEXT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

CREATE TABLE IF NOT EXISTS story_jobs (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  jobs BIGINT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

CREATE TABLE IF NOT EXISTS story_capacities (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  capacity_mw DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);
