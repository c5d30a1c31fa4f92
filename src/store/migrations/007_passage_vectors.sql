-- Meaning in the store (src/store/vectors-write.ts, vectors-read.ts): each served passage's SIF
-- word-vector embedding as the in-process engine makes it (src/search/semantic/vector-index.ts),
-- int8 with its scale, and its 16-byte projection for the replicas' short scan; and, for an archive
-- within the sentence encoder's limit, the encoder's vectors (one per window of a long passage).
-- A file rewritten by `npm run index` loses its passages and with them their vectors (CASCADE):
-- only its new rows are embedded again. What every vector was made with (the word table, SIF's
-- first component, the short scan's axes) is the blob 'passage-vector-model'.

CREATE TABLE passage_vectors (
  id            bigint PRIMARY KEY REFERENCES passages (id) ON DELETE CASCADE,
  vector        bytea NOT NULL,   -- 100 int8 components
  scale         real NOT NULL,    -- component × scale = the unit vector's (0: no word of the passage has a vector)
  coarse        bytea NOT NULL,   -- 16 int8: the projection on the short scan's axes
  coarse_scale  real NOT NULL
);

CREATE TABLE passage_senses (
  id       bigint PRIMARY KEY REFERENCES passages (id) ON DELETE CASCADE,
  vectors  bytea NOT NULL,        -- windows × 512 int8 (src/search/semantic/windows.ts)
  scales   real[] NOT NULL        -- one per window
);
