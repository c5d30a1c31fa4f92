// `npx tsx bench/ask-profile.ts --size 10000 [--dir /tmp/x] [--out results.json] [--rounds 3] [--peer]`: the bench's
// /ask latency alone, on a synthetic corpus kept in `--dir` between runs (written there the first time),
// with the passage vectors attached, so the hot path can be profiled (`node --cpu-prof --import tsx …`)
// and its results compared before and after a change (`--out` writes every question's ranked passages
// and scores; two such files must be equal when a change keeps the results). `--data D --cache C`: an
// archive already written (never written into) and a cache folder of one's own, in place of `--dir`.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { allCommands } from '../commands/index.ts';
import { CommandRouter } from '../src/core/router.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { devQuestions, generateQuestions } from './questions.ts';
import { rawFlexSearch } from './baselines.ts';
import { latency } from './stats.ts';
import { writeSyntheticCorpus } from './synth.ts';
import { coreWithVectors } from './vectors.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10000' },
      dir: { type: 'string' },
      out: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      peer: { type: 'boolean', default: false },
      // An archive written already (e.g. /work/bench-data/1000000/articles, read only) and a cache folder of one's own.
      data: { type: 'string' },
      cache: { type: 'string' },
    },
  });
  const size = Number(values.size);
  const seed = Number(values.seed);
  const root = values.dir ?? `/tmp/coverage-bot-ask-profile-${size}`;
  const dataDir = values.data ?? path.join(root, 'articles');
  const cacheDir = values.cache ?? path.join(root, 'cache');
  if (!existsSync(dataDir)) {
    await mkdir(root, { recursive: true });
    const { corpus: seedCorpus } = await loadCorpus(path.join(ROOT, 'data'));
    await writeSyntheticCorpus(seedCorpus, size, dataDir, seed * 1_000_003 + size);
    await new Promise((resolve) => setTimeout(resolve, 2100));
  }
  const { core } = await coreWithVectors(dataDir, cacheDir, (m) => process.stderr.write(`warning: ${m}\n`));
  const dev = await devQuestions(path.resolve(ROOT, '../shared/eval/dev-qa.json'));
  const questions = [...generateQuestions(core.corpus, 300 - dev.length, seed), ...dev];
  const router = new CommandRouter(allCommands());
  for (let round = 0; round < Number(values.rounds); round++) {
    const samples: number[] = [];
    const cpu = process.cpuUsage();
    for (const q of questions) {
      const start = process.hrtime.bigint();
      await router.run('ask', { question: q }, { core });
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / questions.length;
    process.stderr.write(`round ${round + 1}: ${JSON.stringify(latency(samples))} cpu/question ${cpuMs.toFixed(2)} ms\n`);
  }
  // `--peer`: raw FlexSearch on the same passages and questions, timed the same way, in the same process.
  if (values.peer) {
    for (const flex of rawFlexSearch(core.corpus.passages)) {
      for (let round = 0; round < Number(values.rounds); round++) {
        const samples: number[] = [];
        for (const q of questions) {
          const start = process.hrtime.bigint();
          flex.search(q);
          samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
        process.stderr.write(`${flex.name} round ${round + 1}: ${JSON.stringify(latency(samples))}\n`);
      }
    }
  }
  if (values.out) {
    const ids = new Map(core.corpus.passages.map((p, i) => [p, i]));
    const results = [];
    for (const q of questions) {
      const hits = await core.search.search(q, { limit: 10 });
      results.push({ q, hits: hits.map((h) => [ids.get(h.passage), Math.round(h.score * 1e6) / 1e6, h.excerpt, h.matched]) });
    }
    await writeFile(values.out, JSON.stringify(results, null, 1));
  }
}

await main();
