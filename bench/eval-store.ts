// `DATABASE_URL=postgres://…/postgres npm run eval:store [-- rtqa wikiqa squad2] [--local] [--encoder]`: hit@1 /
// hit@3 of /ask on the public question sets (../shared/eval/real/<set>: articles/ + questions.json)
// in one run: the in-process engine on the folder with its passage vectors, the PostgreSQL store
// (after `npm run index` into a scratch database per set, dropped after) with the vectors the index
// stored, and the plain stemmed BM25 peer (`qa/bm25-peer.ts`) over the in-process passages. With
// `--local`, also the store with candidates from the in-process index over the stored corpus
// (words only). With `--encoder`, the sentence encoder's vectors on both sides too: made beforehand
// (`qa/encode-set.ts` and `qa/encode-windows.ts`, as `eval:qa --encoder` reads them), attached
// in-process and written into the store's `passage_senses` as `npm run index` would make them; the
// questions' vectors come from the same files. Also /ask p50 / p99 for each.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCore } from '../src/core/create.ts';
import type { Core } from '../src/core/core.ts';
import type { Passage } from '../src/corpus/types.ts';
import { resolveOptions } from '../src/search/options.ts';
import { VectorIndex } from '../src/search/semantic/vector-index.ts';
import { openWordTable } from '../src/search/semantic/word-table.ts';
import { openPool } from '../src/store/db.ts';
import { createStoreCore } from '../src/store/core.ts';
import { indexDataDir } from '../src/store/index-run.ts';
import { ENCODER_DIMENSIONS } from '../src/search/semantic/encoder.ts';
import { SentenceIndex, type EmbedQuestion } from '../src/search/semantic/sentence-index.ts';
import { insertSenses, senseRow, useSenseModel } from '../src/store/senses-write.ts';
import { bm25Peer } from './qa/bm25-peer.ts';
import { readEncoded } from './qa/encode-set.ts';
import { readFocus } from './qa/encode-windows.ts';
import { embeddedTexts } from '../src/search/semantic/windows.ts';
import { goldRank, type QaItem } from './qa/set.ts';
import { admin } from './store.ts';

const REAL = path.resolve(import.meta.dirname, '../../shared/eval/real');
const CACHE = path.resolve(import.meta.dirname, '..', process.env.CACHE_DIR ?? '.cache');

type Scores = { hit1: number; hit3: number; p50: number; p99: number };
type Ask = (q: string) => Promise<Passage[]>;

async function main(argv: readonly string[]): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('eval:store: set DATABASE_URL to a server the script may create scratch databases on');
  const named = argv.filter((a) => !a.startsWith('--'));
  const sets = named.length > 0 ? named : ['rtqa', 'wikiqa', 'squad2'];
  for (const set of sets) process.stdout.write(`${JSON.stringify(await evalSet(server, set, argv.includes('--local'), argv.includes('--encoder')))}\n`);
}

async function evalSet(server: string, set: string, withLocal: boolean, encoder: boolean): Promise<Record<string, unknown>> {
  const dataDir = path.join(REAL, set, 'articles');
  const items = JSON.parse(await readFile(path.join(REAL, set, 'questions.json'), 'utf8')) as QaItem[];
  const name = `cb_eval_${set.replace(/\W/g, '')}`;
  await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(server, `CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  try {
    const pool = openPool(url);
    const started = Date.now();
    const report = await indexDataDir(pool, dataDir, { cacheDir: CACHE });
    const indexMs = Date.now() - started;
    await pool.end();
    const local = await createCore({ dataDir });
    const { passages } = local.corpus;
    local.search.attachVectors?.(await VectorIndex.build(passages, await openWordTable(CACHE), resolveOptions().semantic.sifA));
    const embedQuestion = encoder ? await withSenses(local, url, set, items) : null;
    const stored = await createStoreCore({ databaseUrl: url, listen: false, embedQuestion });
    const peer = bm25Peer(passages);
    const asks: Record<string, Ask> = {
      inProcess: viaCore(local),
      postgres: viaCore(stored),
      bm25Peer: (q) => Promise.resolve(peer.search(q, 3).map((id) => passages[id]!)),
    };
    const storedLocal = withLocal ? await createStoreCore({ databaseUrl: url, listen: false, source: 'local' }) : null;
    if (storedLocal) asks.storeLocalWords = viaCore(storedLocal);
    const result: Record<string, unknown> = { set, questions: items.length, passages: report.passages, vectors: report.vectors, indexMs };
    for (const [system, ask] of Object.entries(asks)) result[system] = await judge(ask, items);
    await stored.close();
    await storedLocal?.close();
    return result;
  } finally {
    await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/**
 * The encoder's vectors made beforehand: attached in-process, written into the store for the same
 * passages (matched by file and line); returns the questions' vectors by text.
 */
async function withSenses(local: Core, url: string, set: string, items: readonly QaItem[]): Promise<EmbedQuestion> {
  const { passages } = local.corpus;
  // What the bot embeds (windows of long passages, a file's subject before some): `windows.ts`.
  const { texts, firsts } = embeddedTexts(passages);
  const encoded = await readEncoded(CACHE, set, texts);
  if (!encoded) throw new Error(`eval:store --encoder: no encoder vectors for ${set} in ${CACHE}/eval (bench/qa/encode-set.ts and encode-windows.ts make them)`);
  const byQuestion = new Map(items.map((item, i) => [item.q, encoded.questions.subarray(i * ENCODER_DIMENSIONS, (i + 1) * ENCODER_DIMENSIONS)]));
  for (const [text, vector] of (await readFocus(CACHE, set, passages, items.map((i) => i.q))) ?? []) if (!byQuestion.has(text)) byQuestion.set(text, vector);
  const embed: EmbedQuestion = (q) => Promise.resolve(byQuestion.get(q) ?? null);
  local.search.attachSentences?.(SentenceIndex.fromFloats(encoded.passages, embed, firsts));
  const pool = openPool(url);
  try {
    const { rows } = await pool.query<{ id: string; source: string; line: number }>('SELECT id, source, line FROM passages WHERE served');
    const idOf = new Map(rows.map((r) => [`${r.source}:${r.line}`, r.id]));
    const senses = passages.map((p, d) => senseRow(idOf.get(`${p.source}:${p.line}`)!, encoded.passages, firsts[d]!, firsts[d + 1]! - firsts[d]!));
    await useSenseModel(pool);
    for (let at = 0; at < senses.length; at += 2000) await insertSenses(pool, senses.slice(at, at + 2000));
  } finally {
    await pool.end();
  }
  return embed;
}

const viaCore =
  (core: Core): Ask =>
  async (q) =>
    (await core.search.search(q, { limit: 3 })).map((h) => h.passage);

async function judge(ask: Ask, items: readonly QaItem[]): Promise<Scores> {
  let hit1 = 0;
  let hit3 = 0;
  const times: number[] = [];
  for (const item of items) {
    const t = process.hrtime.bigint();
    const rank = goldRank(item, await ask(item.q));
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (rank === 1) hit1++;
    if (rank !== null && rank <= 3) hit3++;
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
