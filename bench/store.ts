// `DATABASE_URL=postgres://…/postgres npm run -s bench -- --backend postgres [--sizes 100000]
// [--questions 300] [--seed 1] [--data DIR] [--database NAME --keep] [--cache DIR] [--only index|quotes|ask]`:
// the PostgreSQL backend beside the in-process engine in one run, on
// the same synthetic corpus and questions as `bench/run.ts`: `npm run index` time (into a scratch
// database, dropped after), then the in-process engine (build, /ask p50 / p99 through the whole
// router), then one replica serving from the store in a process of its own (`store-replica.ts`:
// start, /ask p50 / p99, its RSS). One JSON object on stdout.
// `--data` reads an archive already written (e.g. /work/bench-data/1000000/articles, read-only)
// instead of generating one; `--database NAME --keep` keeps the scratch database, so a long run can
// be split: `--only index` writes it, `--only quotes` adds the quote book, `--only ask` times /ask on it (in-process peer beside it in
// that same run); `--cache` gives the in-process engine a cache folder (its saved corpus and index).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { allCommands } from '../commands/index.ts';
import type { Core } from '../src/core/core.ts';
import { createCore } from '../src/core/create.ts';
import { CommandRouter } from '../src/core/router.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { openPool } from '../src/store/db.ts';
import { indexDataDir } from '../src/store/index-run.ts';
import { generateQuestions } from './questions.ts';
import { runChild } from './spawn.ts';
import { latency, round, timedAsync, type Latency } from './stats.ts';
import { writeSyntheticCorpus } from './synth.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WARMUP = 20;

function progress(message: string): void {
  process.stderr.write(`bench postgres: ${message}\n`);
}

export async function benchPostgres(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      backend: { type: 'string' },
      sizes: { type: 'string', default: '100000' },
      questions: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      data: { type: 'string' },
      database: { type: 'string' },
      keep: { type: 'boolean', default: false },
      cache: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('bench: --backend postgres needs DATABASE_URL (a server it may create a scratch database on)');
  const { corpus: seedCorpus } = await loadCorpus(path.join(ROOT, 'data'));
  const sizes = [];
  const run: RunOptions = { count: Number(values.questions), seed: Number(values.seed), data: values.data, database: values.database, keep: values.keep, cache: values.cache, only: values.only };
  if (run.only && !['index', 'quotes', 'ask'].includes(run.only)) throw new Error('bench: --only takes index, quotes or ask');
  for (const size of values.sizes.split(',').map(Number)) sizes.push(await benchSize(server, seedCorpus, size, run));
  const machine = { cpus: cpus().length, node: process.version, load_average_at_end: loadavg().map((x) => round(x)) };
  process.stdout.write(`${JSON.stringify({ backend: 'postgres', machine, note: 'wall times depend on what else the machine runs (see load_average)', sizes }, null, 2)}\n`);
}

interface RunOptions {
  count: number;
  seed: number;
  data?: string;
  database?: string;
  keep: boolean;
  cache?: string;
  only?: string;
}

async function benchSize(server: string, seedCorpus: Awaited<ReturnType<typeof loadCorpus>>['corpus'], size: number, run: RunOptions): Promise<object> {
  const root = await mkdtemp(path.join(tmpdir(), `coverage-bot-bench-pg-${size}-`));
  const dataDir = run.data ?? path.join(root, 'articles');
  const name = run.database ?? `cb_bench_${size}`;
  if (!run.only || run.only === 'index') {
    await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(server, `CREATE DATABASE ${name}`);
  }
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  try {
    if (!run.data) {
      progress(`${size}: writing the synthetic corpus`);
      await writeSyntheticCorpus(seedCorpus, size, dataDir, run.seed * 1_000_003 + size);
    }
    const out: Record<string, unknown> = { data: dataDir, load_average_at_start: loadavg().map((x) => round(x)) };
    const steps = run.only ? [run.only] : ['index', 'quotes', 'ask'];
    const log = (m: string) => progress(`${size}: ${m}`);
    if (steps.includes('index')) {
      progress(`${size}: npm run index into ${name} (the quote book left to the next step)`);
      const pool = openPool(url);
      const phases: Record<string, number> = {};
      const indexed = await timedAsync(() => indexDataDir(pool, dataDir, { log, phases, quoteBook: false }));
      await pool.end();
      out.passages = indexed.value.passages;
      out.index = { ms: round(indexed.ms), phases_ms: phases, load_average_after: loadavg().map((x) => round(x)) };
    }
    if (steps.includes('quotes')) {
      // The quote book as a step of its own (it reads the corpus back), then an unchanged re-run.
      progress(`${size}: the quote book into ${name}`);
      const pool = openPool(url);
      const phases: Record<string, number> = {};
      const quotes = await timedAsync(() => indexDataDir(pool, dataDir, { log, phases }));
      const again = await timedAsync(() => indexDataDir(pool, dataDir));
      await pool.end();
      out.quote_book = { ms: round(quotes.ms), phases_ms: phases, quotes: quotes.value.quotes, reindex_unchanged_ms: round(again.ms), load_average_after: loadavg().map((x) => round(x)) };
    }
    if (!steps.includes('ask')) return out;
    progress(`${size}: the in-process engine`);
    const inProcess = await timedAsync(() => createCore({ dataDir, cacheDir: run.cache }));
    const questions = generateQuestions(inProcess.value.corpus, run.count, run.seed);
    const local = await askLatency(inProcess.value, questions);
    out.passages ??= inProcess.value.corpus.passages.length;
    out.in_process = { build_ms: round(inProcess.ms), ask: local, load_average_after: loadavg().map((x) => round(x)) };
    const file = path.join(root, 'questions.json');
    await writeFile(file, JSON.stringify(questions));
    progress(`${size}: /ask over ${questions.length} questions, one replica serving from PostgreSQL`);
    const replica = await runChild('store-replica.ts', [url, file]);
    out.replica = { ...replica.report, load_average_after: loadavg().map((x) => round(x)) };
    return out;
  } finally {
    if (!run.keep) await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await rm(root, { recursive: true, force: true });
  }
}

async function askLatency(core: Core, questions: readonly string[]): Promise<Latency> {
  const router = new CommandRouter(allCommands());
  const ask = (q: string) => router.run('ask', { question: q }, { core });
  for (const q of questions.slice(0, WARMUP)) await ask(q);
  const times: number[] = [];
  for (const q of questions) times.push((await timedAsync(() => ask(q))).ms);
  return latency(times);
}

/** Runs one statement on the server outside any pool (CREATE/DROP DATABASE cannot run in a transaction). */
export async function admin(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
