-- What a replica needs to answer without reading the whole corpus into memory
-- (src/store/core.ts): the loader's cross-file step worked out once by `npm run index` (which
-- passages and articles it keeps, and the other places of shared text), and each index term's
-- first written form, so questions are planned from `search_terms` alone.

ALTER TABLE passages
  ADD COLUMN served boolean NOT NULL DEFAULT true,   -- kept by the cross-file step (site chrome and later copies of shared text are not)
  ADD COLUMN also   jsonb;                           -- the other places of shared text kept here ([{source, line}])

ALTER TABLE articles
  ADD COLUMN served boolean NOT NULL DEFAULT true;   -- false: every passage of the file was dropped and none cites it

ALTER TABLE search_terms
  ADD COLUMN surface text;                           -- how the term was first written, lower-cased (suggestions, WordNet matching)
