-- Each article's count of served passages, so a replica lists the articles (/sources) without
-- reading their passages; kept by `npm run index` with the cross-file marks (src/store/serving.ts).
ALTER TABLE articles ADD COLUMN passages integer NOT NULL DEFAULT 0;
UPDATE articles a SET passages = (SELECT count(*) FROM passages p WHERE p.source = a.source AND p.served);
