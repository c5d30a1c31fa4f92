-- Offices and their holders in the store (src/store/roles-write.ts, roles-read.ts): `npm run index`
-- reads, once per corpus version, who the served passages name in each office of data/roles.ts (per
-- country, as the in-process engine reads them at a question: src/search/query/role-holders.ts),
-- and every replica reads these few hundred rows at start and on each reload, so that "the top
-- diplomat" reaches the passages that name only the holder from the store as in-process.
-- store_state 'roles_version' says for which corpus version (and code) they were read.

CREATE TABLE role_holders (
  office   text NOT NULL,      -- the office's usual name (data/roles.ts: the first on its line)
  country  text NOT NULL,      -- the country's usual name (data/places.ts); '' for no country
  holders  jsonb NOT NULL,     -- [{ name, surname, count }], commonest first
  PRIMARY KEY (office, country)
);
