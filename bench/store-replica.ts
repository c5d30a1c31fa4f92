// One replica serving from PostgreSQL, in a process of its own so that its memory is its alone:
// `store-replica.ts <DATABASE_URL> <questions.json>` opens the store core as `npm start` does, runs
// every question through the router's /ask (after a warm-up), and prints one JSON line: start time,
// /ask p50 / p99, and the process's RSS after the run and at its peak.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { allCommands } from '../commands/index.ts';
import { CommandRouter } from '../src/core/router.ts';
import { createStoreCore, tuneHeapForReplica } from '../src/store/core.ts';
import { heapMb, latency, round, rssMb, timedAsync } from './stats.ts';

const WARMUP = 20;

async function main([url, file]: string[]): Promise<void> {
  if (!url || !file) throw new Error('usage: store-replica.ts <DATABASE_URL> <questions.json>');
  const questions = JSON.parse(await readFile(file, 'utf8')) as string[];
  tuneHeapForReplica();
  const opened = await timedAsync(() => createStoreCore({ databaseUrl: url, listen: false }));
  const core = opened.value;
  const started = { start_ms: round(opened.ms), start_rss_mb: rssMb().rss_mb };
  const router = new CommandRouter(allCommands());
  const ask = (q: string) => router.run('ask', { question: q }, { core });
  for (const q of questions.slice(0, WARMUP)) await ask(q);
  const times: number[] = [];
  for (const q of questions) times.push((await timedAsync(() => ask(q))).ms);
  const report = { ...started, ask: latency(times), heap_mb: heapMb(), ...rssMb(), ...ownPeak() };
  await core.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/**
 * This program's own peak RSS (Linux's VmHWM, of the memory map exec gave it): getrusage's maxRSS,
 * `peak_rss_mb`, also keeps what the process held between fork and exec, a copy of the bench's own
 * memory (a 1M in-process core when the peer ran first).
 */
function ownPeak(): { own_peak_rss_mb?: number } {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? { own_peak_rss_mb: round(Number(kb) / 1024, 1) } : {};
  } catch {
    return {};
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
