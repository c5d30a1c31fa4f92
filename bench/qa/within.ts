// Measurement helper for issue 13: a question set asked of ONE article at a time (each article its own
// corpus, as a small newsroom's archive on one story), words only, with the sentence encoder, and the
// stemmed BM25 peer, hit@1 / hit@3 summed over the articles, the bot's hits as /ask shows them (weak ones
// left out). Uses the vectors `encode-set.ts` made.
// `npx tsx bench/qa/within.ts squad2`
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { createSearchEngine, type SearchEngineOptionsInput } from '../../src/search/engine.ts';
import { resolveOptions } from '../../src/search/options.ts';
import { VectorIndex } from '../../src/search/semantic/vector-index.ts';
import { openWordTable } from '../../src/search/semantic/word-table.ts';
import { ENCODER_DIMENSIONS } from '../../src/search/semantic/encoder.ts';
import { SentenceIndex } from '../../src/search/semantic/sentence-index.ts';
import { embeddedTexts } from '../../src/search/semantic/windows.ts';
import { bm25Peer } from './bm25-peer.ts';
import { readEncoded } from './encode-set.ts';
import { questionVectors } from './encode-windows.ts';
import { articlesDirOf, goldRank, isGold, openSet } from './set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const D = ENCODER_DIMENSIONS;

async function main(name: string, options?: SearchEngineOptionsInput): Promise<void> {
  const set = await openSet(name, ROOT);
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  const core = await createCore({ dataDir: articlesDirOf(set, ROOT), cacheDir });
  const passages = core.corpus.passages;
  const all = embeddedTexts(passages);
  const encoded = await readEncoded(cacheDir, set.name, all.texts);
  if (!encoded) throw new Error(`no encoder vectors for ${set.name}`);
  const rowOf = new Map(all.texts.map((t, r) => [t, r]));
  const { byText: byQuestion } = await questionVectors(cacheDir, set.name, passages, set.items.map((i) => i.q), encoded.questions);
  const table = await openWordTable(cacheDir);
  const score = { words: [0, 0], encoder: [0, 0], bm25: [0, 0], n: 0 };
  const bySource = new Map<string, Passage[]>();
  for (const p of passages) {
    const own = bySource.get(p.source);
    if (own) own.push(p);
    else bySource.set(p.source, [p]);
  }
  for (const [source, own] of bySource) {
    const items = set.items.filter((item) => own.some((p) => isGold(item, p)));
    if (items.length === 0) continue;
    const corpus = { articles: core.corpus.articles.filter((a) => a.source === source), passages: own };
    const { texts, firsts } = embeddedTexts(own);
    const floats = new Float32Array(texts.length * D);
    texts.forEach((t, r) => {
      const row = rowOf.get(t);
      if (row === undefined) throw new Error(`within: a text the bot embeds has no vector in ${set.name}'s (run encode-set.ts again)`);
      floats.set(encoded.passages.subarray(row * D, (row + 1) * D), r * D);
    });
    const vectors = await VectorIndex.build(own, table, resolveOptions(options).semantic.sifA);
    const words = createSearchEngine(corpus, options);
    words.attachVectors?.(vectors);
    const enc = createSearchEngine(corpus, options);
    enc.attachVectors?.(vectors);
    enc.attachSentences?.(SentenceIndex.fromFloats(floats, (q) => Promise.resolve(byQuestion.get(q) ?? null), firsts));
    const peer = bm25Peer(own);
    for (const item of items) {
      score.n++;
      const add = (k: 'words' | 'encoder' | 'bm25', list: Passage[]) => {
        const r = goldRank(item, list);
        if (r === 1) score[k][0]!++;
        if (r !== null && r <= 3) score[k][1]!++;
      };
      // As /ask shows them: weak hits left out.
      add('words', (await words.search(item.q, { limit: 3 })).filter((h) => !h.weak).map((h) => h.passage));
      add('encoder', (await enc.search(item.q, { limit: 3 })).filter((h) => !h.weak).map((h) => h.passage));
      add('bm25', peer.search(item.q, 3).map((id) => own[id]!));
    }
  }
  const pct = (v: number) => ((100 * v) / score.n).toFixed(1);
  process.stdout.write(`${set.name} within each article: ${score.n} questions\n`);
  for (const k of ['words', 'encoder', 'bm25'] as const) process.stdout.write(`${k.padEnd(8)} ${pct(score[k][0]!)} / ${pct(score[k][1]!)}\n`);
}

const opts = process.argv[3] ? (JSON.parse(process.argv[3]) as SearchEngineOptionsInput) : undefined;
await main(process.argv[2] ?? 'squad2', opts);
// Exits when done: the encoder's threads are not waited for.
process.exit(0);
