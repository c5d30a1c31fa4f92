// `npm run eval:qa -- [rtqa|wikiqa|squad2|path/to/questions.json] [--words|--lexical|--encoder] [--options '{…}'] [--out FILE]`:
// hit@1 / hit@3 of /ask on a question set, beside a plain stemmed BM25 library over exactly the
// passages the bot indexed, in the same run. Without a set: the seed corpus's `dev-qa.json`.
// By default the bot answers as `npm run cli -- ask` does: with its passage vectors and, within the
// sentence encoder's limit, the encoder's (made through the bot's own path and saved in CACHE_DIR: the
// first run on a set embeds every passage once, then each question as it is asked). `--words`: the
// passage vectors only (fast); `--lexical`: neither; `--encoder`: the encoder's vectors made beforehand
// by `bench/qa/encode-set.ts` (the same answers, fast to repeat while tuning).
// A bare name is a public set in `../shared/eval/real/<name>/` (its `articles/` are loaded through
// the bot's own loader). The table goes to stdout and, with every miss, to a file (`--out`, default
// `.cache/eval/<set>.txt`), so long reports never depend on a pipe. The bot's hits are counted as
// `/ask` shows them: weak hits (too little of the question, `goodMatch` and `goodMatchWithSense`) are left out.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type CreateCoreOptions } from '../src/core/create.ts';
import { sentenceLine, type SentenceEvent } from '../src/search/semantic/open.ts';
import type { Passage } from '../src/corpus/types.ts';
import { createSearchEngine, type SearchEngineOptionsInput } from '../src/search/engine.ts';
import { resolveOptions } from '../src/search/options.ts';
import { VectorIndex } from '../src/search/semantic/vector-index.ts';
import { openWordTable } from '../src/search/semantic/word-table.ts';
import { SentenceIndex } from '../src/search/semantic/sentence-index.ts';
import type { SearchEngine } from '../src/search/types.ts';
import { bm25Peer } from './qa/bm25-peer.ts';
import { readEncoded } from './qa/encode-set.ts';
import { questionVectors } from './qa/encode-windows.ts';
import { embeddedTexts } from '../src/search/semantic/windows.ts';
import { misses, table, type Outcome } from './qa/report.ts';
import { articlesDirOf, goldRank, openSet, type QaItem } from './qa/set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEMS = ['bot', 'bm25'];

interface Args {
  set: string;
  options: SearchEngineOptionsInput | undefined;
  out: string | undefined;
  /** `--lexical`: without the passage vectors (as before they are built). */
  lexical: boolean;
  /** `--encoder`: with the sentence encoder's vectors too (made beforehand by `bench/qa/encode-set.ts`). */
  encoder: boolean;
  /** `--words`: with the passage vectors only. */
  words: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const flagged = new Set(['--options', '--out'].flatMap((f) => (argv.includes(f) ? [argv.indexOf(f) + 1] : [])));
  const set = argv.find((a, i) => !a.startsWith('--') && !flagged.has(i)) ?? path.resolve(ROOT, '../shared/eval/dev-qa.json');
  const options = value('--options');
  return { set, options: options ? (JSON.parse(options) as SearchEngineOptionsInput) : undefined, out: value('--out'), lexical: argv.includes('--lexical'), encoder: argv.includes('--encoder'), words: argv.includes('--words') };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const set = await openSet(args.set, ROOT).catch((err: unknown) => {
    process.stderr.write(`Question set ${args.set}: ${String(err)}\nGive a set's name (rtqa) or path: npm run eval:qa -- path/to/questions.json\n`);
    return null;
  });
  if (!set) return 2;
  const dataDir = articlesDirOf(set, ROOT);
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  // As the CLI answers (its vectors waited for), unless a flag or engine options ask otherwise.
  const asBot = !args.lexical && !args.words && !args.encoder && !args.options;
  const core = await createCore({ dataDir, cacheDir, warn: (m) => process.stderr.write(`warning: ${m}\n`), ...(asBot && meaningFirst()) });
  const passages = core.corpus.passages;
  const search = args.options ? createSearchEngine(core.corpus, args.options) : core.search;
  if (!args.lexical && !asBot) {
    const table = await openWordTable(cacheDir);
    search.attachVectors?.(await VectorIndex.build(passages, table, resolveOptions(args.options).semantic.sifA));
  }
  if (args.encoder && !(await attachEncoded(search, cacheDir, set.name, passages, set.items))) {
    process.stderr.write(`No sentence-encoder vectors for ${set.name}: run npx tsx bench/qa/encode-set.ts ${set.name}\n`);
    return 2;
  }
  const peer = bm25Peer(passages);
  const outcomes: Outcome[] = [];
  /** Per question: the engine's first hit (weak or not), right or wrong, and whether /ask withholds it as weak. */
  const firsts: { right: boolean; weak: boolean }[] = [];
  for (const item of set.items) {
    const hits = await search.search(item.q, { limit: 3 });
    const plain = peer.search(item.q, 3).map((id) => passages[id]!);
    // As /ask shows them (commands/ask.ts): without the weak hits.
    const shown = hits.filter((h) => !h.weak);
    outcomes.push(outcome(item, [shown.map((h) => h.passage), plain]));
    firsts.push({ right: hits[0] !== undefined && goldRank(item, [hits[0].passage]) === 1, weak: hits[0]?.weak ?? true });
  }
  const summary = `${set.name}: ${set.items.length} questions, ${passages.length} passages\n${table(SYSTEMS, outcomes)}\n${withheld(firsts)}\n`;
  const out = path.resolve(args.out ?? path.join(cacheDir, 'eval', `${set.name}.txt`));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${summary}${misses(SYSTEMS, outcomes)}\n`);
  process.stdout.write(`${summary}(report with every miss: ${path.relative(process.cwd(), out)})\n`);
  return 0;
}

/** createCore's options to wait for the vectors, as the CLI does; the encoder's progress on stderr. */
function meaningFirst(): Pick<CreateCoreOptions, 'onVectors' | 'onSentences' | 'meaningFirst'> {
  let said = 0;
  const onSentences = (e: SentenceEvent) => {
    if (e.kind === 'progress' && e.done !== e.total && performance.now() - said < 10_000) return;
    said = performance.now();
    process.stderr.write(`${e.kind === 'progress' ? `sentence vectors: ${e.done} of ${e.total} texts embedded` : sentenceLine(e)}\n`);
  };
  return { onVectors: () => undefined, onSentences, meaningFirst: true };
}

async function attachEncoded(search: SearchEngine, cacheDir: string, name: string, passages: readonly Passage[], items: readonly QaItem[]): Promise<boolean> {
  // What the bot embeds (windows of long passages, a file's subject before some): `windows.ts`.
  const { texts, firsts } = embeddedTexts(passages);
  const encoded = await readEncoded(cacheDir, name, texts);
  if (!encoded) return false;
  const { byText: byQuestion, focus } = await questionVectors(cacheDir, name, passages, items.map((i) => i.q), encoded.questions);
  if (!focus) process.stderr.write(`No vectors of the questions proper for ${name}: run npx tsx bench/qa/encode-windows.ts ${name}\n`);
  search.attachSentences?.(SentenceIndex.fromFloats(encoded.passages, (q) => Promise.resolve(byQuestion.get(q) ?? null), firsts));
  return true;
}

/** What the "nothing good matches" bar costs and saves: the engine's right first hits /ask refuses as weak, and its wrong ones it withholds. */
function withheld(firsts: readonly { right: boolean; weak: boolean }[]): string {
  const share = (right: boolean) => {
    const picked = firsts.filter((f) => f.right === right);
    return ((100 * picked.filter((f) => f.weak).length) / (picked.length || 1)).toFixed(1);
  };
  return `nothing good (weak first answer): ${share(true)}% of right first answers refused, ${share(false)}% of wrong ones withheld`;
}

function outcome(item: QaItem, lists: Passage[][]): Outcome {
  return {
    item,
    ranks: lists.map((list) => goldRank(item, list)),
    tops: lists.map((list) => list.map((p) => `${p.source}:${p.line}`)),
  };
}

// Exits when done: the bot's encoder threads are not waited for.
process.exit(await main(process.argv.slice(2)));
