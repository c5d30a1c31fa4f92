// `npm run eval:qa [-- path/to/dev-qa.json] [--verbose] [--options '{"expansion":{"synonym":0}}']`: hit@1 / hit@3 of /ask on a question set, per style.
// Gold citations are `<first three characters of the file name>:<line>`; the set's README says more.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/core/create.ts';
import { createSearchEngine, type SearchEngineOptionsInput } from '../src/search/engine.ts';
import type { SearchHit } from '../src/search/types.ts';

interface QaItem {
  q: string;
  gold: string[];
  style: string;
}

interface Outcome {
  item: QaItem;
  rank: number | null;
  top: string[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SET = path.resolve(ROOT, '../shared/eval/dev-qa.json');

async function main(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const optionsAt = argv.indexOf('--options');
  // Engine options to try (ablations): the core is rebuilt with them.
  const options = optionsAt >= 0 ? (JSON.parse(argv[optionsAt + 1] ?? '{}') as SearchEngineOptionsInput) : undefined;
  const setPath = path.resolve(argv.find((a, i) => !a.startsWith('--') && (optionsAt < 0 || i !== optionsAt + 1)) ?? DEFAULT_SET);
  const items = await readSet(setPath);
  if (!items) return 2;
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? 'data');
  const core = await createCore({ dataDir, warn: (m) => process.stderr.write(`warning: ${m}\n`) });
  const search = options ? createSearchEngine(core.corpus, options) : core.search;
  const outcomes = [];
  for (const item of items) outcomes.push(judge(item, await search.search(item.q, { limit: 3 })));
  printTable(outcomes);
  if (verbose) printMisses(outcomes);
  return 0;
}

async function readSet(file: string): Promise<QaItem[] | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as QaItem[];
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : String(err);
    process.stderr.write(`Question set ${file}: ${why}.\nGive its path: npm run eval:qa -- path/to/dev-qa.json\n`);
    return null;
  }
}

const cite = (h: SearchHit): string => `${h.passage.source.slice(0, 3)}:${h.passage.line}`;

function judge(item: QaItem, hits: SearchHit[]): Outcome {
  const top = hits.map(cite);
  const index = top.findIndex((c) => item.gold.includes(c));
  return { item, rank: index < 0 ? null : index + 1, top };
}

function printTable(outcomes: Outcome[]): void {
  const styles = [...new Set(outcomes.map((o) => o.item.style))];
  const rows = [...styles.map((s) => row(s, outcomes.filter((o) => o.item.style === s))), row('overall', outcomes)];
  process.stdout.write(`${'style'.padEnd(12)}${'n'.padStart(4)}${'hit@1'.padStart(9)}${'hit@3'.padStart(9)}\n`);
  for (const r of rows) process.stdout.write(`${r}\n`);
}

function row(label: string, outcomes: Outcome[]): string {
  const share = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / (outcomes.length || 1);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(9);
  return `${label.padEnd(12)}${String(outcomes.length).padStart(4)}${pct(share(1))}${pct(share(3))}`;
}

function printMisses(outcomes: Outcome[]): void {
  for (const o of outcomes.filter((x) => x.rank !== 1)) {
    const status = o.rank === null ? 'MISS' : `@${o.rank}`;
    process.stdout.write(`\n${status} [${o.item.style}] ${o.item.q}\n  gold: ${o.item.gold.join(' ')}\n  top:  ${o.top.join(' ')}\n`);
  }
}

process.exitCode = await main(process.argv.slice(2));
