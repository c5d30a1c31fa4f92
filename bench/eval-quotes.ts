// `npm run eval:quotes [-- --dev path/to/dev-corpus --expected path/to/dev-quotes.json --data data]`:
// (a) recall and precision of /quote on a development corpus with expected quotes per speaker key;
// (b) every quote the data folder yields, grouped by speaker, for a person to check attributions by eye.
// `npm run eval:quotes -- path/to/gold.json`: recall and precision per rule on a hand-annotated set
// in PolNeAR's format (`../shared/eval/real/polnear/gold.json`), through the CLI (bench/gold-quotes.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.ts';
import { createQuoteBook, type FullQuoteBook } from '../src/quotes/book.ts';
import { fold } from '../src/quotes/fold.ts';
import { scoreGoldFile } from './gold-quotes.ts';
import { parseQuoteQuery } from '../src/quotes/query.ts';
import type { Quote } from '../src/quotes/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULTS = {
  dev: path.resolve(ROOT, '../shared/eval/dev-corpus'),
  expected: path.resolve(ROOT, '../shared/eval/dev-quotes.json'),
  data: path.resolve(ROOT, process.env.DATA_DIR ?? 'data'),
};

interface KeyScore {
  key: string;
  speaker: string | null;
  expected: number;
  found: number;
  returned: number;
  belonging: number;
  missed: string[];
  strays: string[];
}

async function main(argv: readonly string[]): Promise<number> {
  const gold = argv.find((a) => a.endsWith('.json') && !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--expected');
  if (gold) {
    await scoreGoldFile(path.resolve(gold));
    return 0;
  }
  const arg = (name: keyof typeof DEFAULTS): string => {
    const at = argv.indexOf(`--${name}`);
    return path.resolve(at >= 0 && argv[at + 1] ? argv[at + 1]! : DEFAULTS[name]);
  };
  const expected = JSON.parse(await readFile(arg('expected'), 'utf8')) as Record<string, string[]>;
  const dev = await bookFrom(arg('dev'));
  const scores = Object.entries(expected).map(([key, quotes]) => score(dev, key, quotes));
  printScores(scores);
  printBook(await bookFrom(arg('data')), arg('data'));
  return 0;
}

async function bookFrom(dir: string): Promise<FullQuoteBook> {
  const { corpus, warnings } = await loadCorpus(dir);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  return createQuoteBook(corpus);
}

/** Quote texts compared without case, accents, quote-mark style or spacing. */
const norm = (s: string): string => fold(s).replace(/[“”"«»]/g, '"').replace(/\s+/g, ' ').trim();

function score(book: FullQuoteBook, key: string, expected: readonly string[]): KeyScore {
  const query = parseQuoteQuery(key, book);
  const speaker = query.speaker ? book.findSpeaker(query.speaker) : null;
  const returned = speaker ? book.quotesBy(speaker.name, query.about) : [];
  const texts = returned.map((q) => norm(q.text));
  const found = expected.filter((e) => texts.some((t) => t.includes(norm(e))));
  const belongs = (q: Quote) => expected.some((e) => norm(q.text).includes(norm(e)) || norm(e).includes(norm(q.text)));
  return {
    key,
    speaker: speaker?.name ?? null,
    expected: expected.length,
    found: found.length,
    returned: returned.length,
    belonging: returned.filter(belongs).length,
    missed: expected.filter((e) => !found.includes(e)),
    strays: returned.filter((q) => !belongs(q)).map((q) => `${q.text}  (${q.source}:${q.line})`),
  };
}

function printScores(scores: readonly KeyScore[]): void {
  const sum = (f: (s: KeyScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  process.stdout.write('Development set: /quote <key>\n');
  for (const s of scores) {
    process.stdout.write(`  ${s.key.padEnd(16)} → ${(s.speaker ?? '(no speaker)').padEnd(24)} recall ${s.found}/${s.expected}  precision ${s.belonging}/${s.returned}\n`);
    for (const m of s.missed) process.stdout.write(`      missed: ${m}\n`);
    for (const x of s.strays) process.stdout.write(`      not expected (check by hand): ${x}\n`);
  }
  process.stdout.write(`  recall ${pct(sum((s) => s.found), sum((s) => s.expected))}, precision ${pct(sum((s) => s.belonging), sum((s) => s.returned))}\n\n`);
}

function printBook(book: FullQuoteBook, dir: string): void {
  process.stdout.write(`Every quote in ${path.relative(process.cwd(), dir) || dir}, by speaker (check attributions by eye)\n`);
  for (const speaker of book.speakers()) {
    process.stdout.write(`\n${speaker.name} (${speaker.quotes}; also found as: ${speaker.aliases.join(', ') || '-'})\n`);
    for (const q of book.quotesBy(speaker.name)) printQuote(q);
  }
  const loose = book.all().filter((q) => q.speaker === null);
  process.stdout.write(`\nUnattributed (${loose.length}): scare quotes, terms, or no speaker the text makes clear\n`);
  for (const q of loose) printQuote(q);
}

function printQuote(q: Quote): void {
  const also = q.also.length > 0 ? `  also ${q.also.map((p) => `${p.source}:${p.line}`).join(', ')}` : '';
  process.stdout.write(`  “${q.text}”  ${q.source}:${q.line}${also}\n`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
