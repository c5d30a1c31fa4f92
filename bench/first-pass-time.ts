// `npx tsx bench/first-pass-time.ts --index FILE --questions DIR --cache C [--root CHECKOUT] [--rounds 3]`: the
// first scoring pass alone (plan, then BM25 over the postings: `InProcessSource.candidates`) over a saved
// index file, without its corpus or passage vectors, so that the 1M index (about 360 MB of RSS this way)
// can be timed without a heavy run. The questions are the bench's, generated from the archive in DIR
// with its cache C (a smaller one will do: the same templates over the same vocabulary). `--root` takes
// the engine's code from another checkout (e.g. /work/main) to compare before and after on the same
// index; the index file must be of the format that code reads. Prints, per question, the lowest CPU
// time of the rounds, summed, with its p50 / p99, and how long planning took.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCorpus } from '../src/cache/corpus.ts';
import type { Passage } from '../src/corpus/types.ts';
import { devQuestions, generateQuestions } from './questions.ts';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    questions: { type: 'string' },
    cache: { type: 'string' },
    root: { type: 'string', default: HERE },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.index || !values.questions) throw new Error('usage: first-pass-time.ts --index FILE --questions DIR [--cache C] [--root CHECKOUT] [--rounds N]');
const root = path.resolve(values.root);
type Engine = typeof import('../src/search/in-process.ts');
type Index = typeof import('../src/search/passage-index.ts');
type Options = typeof import('../src/search/options.ts');
const { InProcessSource } = (await import(path.join(root, 'src/search/in-process.ts'))) as Engine;
const { PassageIndex } = (await import(path.join(root, 'src/search/passage-index.ts'))) as Index;
const { DEFAULT_SEARCH_OPTIONS } = (await import(path.join(root, 'src/search/options.ts'))) as Options;

const { corpus } = await openCorpus(values.questions, { cacheDir: values.cache });
const dev = await devQuestions(path.resolve(HERE, '../shared/eval/dev-qa.json'));
const questions = [...generateQuestions(corpus, 300 - dev.length, Number(values.seed)), ...dev];

// The saved file: a header line, then the index's own bytes (`src/cache/cache-file.ts`).
const bytes = readFileSync(values.index);
const payload = bytes.subarray(bytes.indexOf(10) + 1);
const count = PassageIndex.restore(payload).documentCount;
// The first pass reads no passage (only a quoted phrase would): a stand-in of the right length will do.
const local = InProcessSource.restore({ length: count } as unknown as Passage[], payload, DEFAULT_SEARCH_OPTIONS);
say(`${root}: ${count} passages, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);

const cpu = (fn: () => unknown): number => {
  const started = process.cpuUsage();
  fn();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const plans = questions.map((q) => local.understand(q));
const planMs = questions.map((q) => cpu(() => local.understand(q)));
const best = questions.map(() => Infinity);
for (let round = 0; round < Number(values.rounds); round++) {
  const started = performance.now();
  plans.forEach((plan, i) => {
    if (plan.groups.length > 0) best[i] = Math.min(best[i]!, cpu(() => local.candidates(plan, DEFAULT_SEARCH_OPTIONS.candidates)));
  });
  say(`round ${round + 1}: ${((performance.now() - started) / 1000).toFixed(1)} s wall`);
}
say(`first pass, lowest CPU per question: ${summary(best.map((ms) => (Number.isFinite(ms) ? ms : 0)))}`);
say(`planning (second time, CPU): ${summary(planMs)}`);

function summary(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return `sum ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms, p50 ${at(50).toFixed(1)}, p99 ${at(99).toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}
