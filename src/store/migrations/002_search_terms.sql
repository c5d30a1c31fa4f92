-- What the PostgreSQL candidate source reads (src/search/sources/postgres.ts): each passage's index
-- terms per field as the in-process index makes them (folded, stemmed; distinct terms with their
-- counts, and the field's length in terms), and each term's document frequency per field.

ALTER TABLE passages
  ADD COLUMN terms        text[] NOT NULL DEFAULT '{}',
  ADD COLUMN tfs          int2[] NOT NULL DEFAULT '{}',
  ADD COLUMN len          int2 NOT NULL DEFAULT 0,
  ADD COLUMN head_terms   text[] NOT NULL DEFAULT '{}',
  ADD COLUMN head_tfs     int2[] NOT NULL DEFAULT '{}',
  ADD COLUMN head_len     int2 NOT NULL DEFAULT 0,
  ADD COLUMN title_terms  text[] NOT NULL DEFAULT '{}',
  ADD COLUMN title_tfs    int2[] NOT NULL DEFAULT '{}',
  ADD COLUMN title_len    int2 NOT NULL DEFAULT 0;

-- Bounded candidate queries ask for passages holding any of a few rare terms in any field.
CREATE INDEX passages_terms ON passages USING gin (terms);
CREATE INDEX passages_head_terms ON passages USING gin (head_terms);
CREATE INDEX passages_title_terms ON passages USING gin (title_terms);

CREATE TABLE search_terms (
  term      text PRIMARY KEY,
  df        integer NOT NULL DEFAULT 0,   -- passages with the term in their text
  head_df   integer NOT NULL DEFAULT 0,
  title_df  integer NOT NULL DEFAULT 0
);
