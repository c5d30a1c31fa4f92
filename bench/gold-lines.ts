// `npm run -s eval:gold-lines [-- ../shared/eval/real]`: does the loader keep every line the real
// sets' gold points at? Per set: gold lines, how many the loader keeps (as a passage or one of its
// `also` places), and each one it drops with the rule that dropped it. The peer is a plain reader
// that makes every non-blank line a passage: it keeps every line, chrome included, so
// its passage count shows how much the loader leaves out beside it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpusReport } from '../src/corpus/load.ts';

interface Question {
  gold: string[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SETS = ['rtqa', 'wikiqa', 'squad2'];

async function main(argv: readonly string[]): Promise<number> {
  const base = path.resolve(argv.find((a) => !a.startsWith('--')) ?? path.resolve(ROOT, '../shared/eval/real'));
  const verbose = argv.includes('--verbose');
  for (const set of SETS) {
    const dir = path.join(base, set);
    let questions: Question[];
    try {
      questions = JSON.parse(await readFile(path.join(dir, 'questions.json'), 'utf8')) as Question[];
    } catch {
      process.stderr.write(`${set}: no questions.json under ${dir}, skipped\n`);
      continue;
    }
    await report(set, path.join(dir, 'articles'), questions, verbose);
  }
  return 0;
}

async function report(set: string, articles: string, questions: Question[], verbose: boolean): Promise<void> {
  const { corpus, dropped, warnings } = await loadCorpusReport(articles);
  const kept = new Set<string>();
  for (const p of corpus.passages) for (const at of [p, ...((p as {also?: {source: string; line: number}[]}).also ?? [])]) kept.add(`${at.source}:${at.line}`);
  const gold = [...new Set(questions.flatMap((q) => q.gold))];
  const lost = gold.filter((g) => !kept.has(g));
  const unanswerable = questions.filter((q) => !q.gold.some((g) => kept.has(g))).length;
  const peer = await plainPassageCount(articles);
  process.stdout.write(
    `${set.padEnd(8)} gold lines ${gold.length}, kept ${gold.length - lost.length}, dropped ${lost.length}; ` +
      `questions ${questions.length}, with no gold kept ${unanswerable}; passages ${corpus.passages.length} ` +
      `(plain reader, a passage per non-blank line: ${peer}); warnings ${warnings.length}\n`,
  );
  for (const g of lost) {
    const [file, line] = [g.slice(0, g.lastIndexOf(':')), Number(g.slice(g.lastIndexOf(':') + 1))];
    const why = dropped.get(file)?.find((d) => d.line === line);
    process.stdout.write(`  ${g}  ${why ? `${why.reason}: ${why.text.slice(0, 80)}` : 'not a passage start'}\n`);
  }
  if (verbose) for (const w of warnings) process.stdout.write(`  warning: ${w}\n`);
}

async function plainPassageCount(dir: string): Promise<number> {
  let count = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    if (!/\.(?:txt|md)$/u.test(name)) continue;
    count += (await readFile(path.join(dir, name), 'utf8')).split('\n').filter((l) => l.trim() !== '').length;
  }
  return count;
}

process.exitCode = await main(process.argv.slice(2));
