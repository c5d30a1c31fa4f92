// `DATABASE_URL=postgres://…/postgres npm run eval:store [-- rtqa wikiqa squad2]`: hit@1 / hit@3 of
// /ask on the public question sets (../shared/eval/real/<set>: articles/ + questions.json), three
// ways in one run: the in-process engine on the folder, and the PostgreSQL store (after
// `npm run index` into a scratch database per set, dropped after) with candidates from PostgreSQL
// and from the in-process index over the stored corpus. Also /ask p50 / p99 for each.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCore } from '../src/core/create.ts';
import type { Core } from '../src/core/core.ts';
import { openPool } from '../src/store/db.ts';
import { createStoreCore } from '../src/store/core.ts';
import { indexDataDir } from '../src/store/index-run.ts';
import { admin } from './store.ts';
import type { SearchHit } from '../src/search/types.ts';

interface QaItem {
  q: string;
  gold: string[];
}

const REAL = path.resolve(import.meta.dirname, '../../shared/eval/real');

async function main(argv: readonly string[]): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('eval:store: set DATABASE_URL to a server the script may create scratch databases on');
  const sets = argv.length > 0 ? argv : ['rtqa', 'wikiqa', 'squad2'];
  for (const set of sets) process.stdout.write(`${JSON.stringify(await evalSet(server, set))}\n`);
}

async function evalSet(server: string, set: string): Promise<Record<string, unknown>> {
  const dataDir = path.join(REAL, set, 'articles');
  const items = JSON.parse(await readFile(path.join(REAL, set, 'questions.json'), 'utf8')) as QaItem[];
  const name = `cb_eval_${set.replace(/\W/g, '')}`;
  await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(server, `CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  try {
    const pool = openPool(url);
    const started = Date.now();
    const report = await indexDataDir(pool, dataDir);
    const indexMs = Date.now() - started;
    await pool.end();
    const local = await createCore({ dataDir });
    const stored = await createStoreCore({ databaseUrl: url, listen: false });
    const storedLocal = await createStoreCore({ databaseUrl: url, listen: false, source: 'local' });
    const result = { set, questions: items.length, passages: report.passages, indexMs, inProcess: await judge(local, items), postgres: await judge(stored, items), storeLocal: await judge(storedLocal, items) };
    await stored.close();
    await storedLocal.close();
    return result;
  } finally {
    await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function judge(core: Core, items: readonly QaItem[]): Promise<{ hit1: number; hit3: number; p50: number; p99: number }> {
  const cite = (h: SearchHit) => `${h.passage.source}:${h.passage.line}`;
  let hit1 = 0;
  let hit3 = 0;
  const times: number[] = [];
  for (const item of items) {
    const t = process.hrtime.bigint();
    const hits = await core.search.search(item.q, { limit: 3 });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    const rank = hits.map(cite).findIndex((c) => item.gold.includes(c));
    if (rank === 0) hit1++;
    if (rank >= 0) hit3++;
  }
  times.sort((a, b) => a - b);
  const pct = (x: number) => Math.round((x / items.length) * 1000) / 10;
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  return { hit1: pct(hit1), hit3: pct(hit3), p50: at(0.5), p99: at(0.99) };
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
