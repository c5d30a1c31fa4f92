// `DATABASE_URL=postgres://…/postgres npx tsx bench/qa/roles-store.ts [rtqa|wikiqa|squad2|path/to/questions.json]`:
// the questions of a set whose office the corpus resolves to a holder, asked in-process (with its
// passage vectors) and from the PostgreSQL store (a scratch database, `npm run index`, dropped after):
// how many give the same first passage, and hit@1 of each on them. Prints one JSON line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import { rolePostings } from '../../src/search/query/role-postings.ts';
import { CorpusRoleHolders } from '../../src/search/query/role-holders.ts';
import { resolveRoles } from '../../src/search/query/roles.ts';
import { resolveOptions } from '../../src/search/options.ts';
import { VectorIndex } from '../../src/search/semantic/vector-index.ts';
import { openWordTable } from '../../src/search/semantic/word-table.ts';
import { openPool } from '../../src/store/db.ts';
import { createStoreCore } from '../../src/store/core.ts';
import { indexDataDir } from '../../src/store/index-run.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { admin } from '../store.ts';
import { articlesDirOf, isGold, openSet } from './set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');

const server = process.env.DATABASE_URL;
if (!server) throw new Error('roles-store: set DATABASE_URL to a server the script may create a scratch database on');
const set = await openSet(process.argv[2] ?? path.join(ROOT, 'bench/qa/seed-questions.json'), ROOT);
const dataDir = articlesDirOf(set, ROOT);
const name = 'cb_roles_store';
await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin(server, `CREATE DATABASE ${name}`);
const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
try {
  const pool = openPool(url);
  await indexDataDir(pool, dataDir, { cacheDir: CACHE });
  await pool.end();
  const local = await createCore({ dataDir });
  const { passages } = local.corpus;
  local.search.attachVectors?.(await VectorIndex.build(passages, await openWordTable(CACHE), resolveOptions().semantic.sifA));
  const stored = await createStoreCore({ databaseUrl: url, listen: false, embedQuestion: null });
  const roles = new CorpusRoleHolders(rolePostings(passages), passages);
  const asked = set.items.filter((item) => resolveRoles(tokenize(item.q), roles).length > 0);
  let same = 0;
  let localHits = 0;
  let storedHits = 0;
  for (const item of asked) {
    const [a] = await local.search.search(item.q);
    const [b] = await stored.search.search(item.q);
    if (a?.passage.source === b?.passage.source && a?.passage.line === b?.passage.line) same++;
    if (a && isGold(item, a.passage)) localHits++;
    if (b && isGold(item, b.passage)) storedHits++;
  }
  await stored.close();
  console.log(JSON.stringify({ set: set.name, questions: set.items.length, resolved: asked.length, sameFirst: same, hit1InProcess: localHits, hit1Store: storedHits }));
} finally {
  await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
