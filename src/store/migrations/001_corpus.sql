-- The archive as the bot's loader reads it, file by file: one row per article file, one per passage
-- (before the loader's cross-file step, which is applied when the corpus is read back), the files
-- that could not be read, the quote book, and named state (versions, the saved search index).

CREATE TABLE articles (
  source       text PRIMARY KEY,            -- path relative to DATA_DIR, '/'-separated
  content_hash text NOT NULL,               -- sha256 of the file's bytes: unchanged files are skipped
  title        text NOT NULL,
  outlet       text,
  url          text,
  date         text,
  indexed_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE passages (
  id          bigserial PRIMARY KEY,
  source      text NOT NULL REFERENCES articles (source) ON DELETE CASCADE,
  ordinal     integer NOT NULL,             -- position in its article
  line        integer NOT NULL,             -- 1-based line of the original file
  heading     text,
  title       text NOT NULL,
  text        text NOT NULL,                -- verbatim
  UNIQUE (source, ordinal)
);

CREATE TABLE skipped_files (
  source       text PRIMARY KEY,
  content_hash text NOT NULL,
  reason       text NOT NULL
);

-- The quote book as extraction left it (src/quotes/book.ts QuoteData), in its order.
CREATE TABLE speakers (
  rank     integer PRIMARY KEY,
  key      text NOT NULL UNIQUE,
  speaker  jsonb NOT NULL               -- name, aliases, quote count, … as extraction made them
);

CREATE TABLE quotes (
  rank         integer PRIMARY KEY,
  speaker_key  text,
  quote        jsonb NOT NULL            -- the quote as extraction made it (text, source, line, also, rule, …)
);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);

CREATE TABLE store_state (
  key         text PRIMARY KEY,
  value       text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO store_state (key, value) VALUES ('corpus_version', '0');

CREATE TABLE blobs (
  key         text PRIMARY KEY,
  version     text NOT NULL,
  bytes       bytea NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
