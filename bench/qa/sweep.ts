// Measurement helper for issue 13: hit@1 / hit@3 of several `semantic` settings on one question set,
// with the index, the word vectors and (with `--encoder`) the sentence vectors built once, beside
// the stemmed BM25 peer of the same run. Only the `semantic` options vary (the lexical index is shared).
// `--sample`: the questions and candidates `encode-sample.ts` embedded (a re-rank only).
// `npx tsx bench/qa/sweep.ts rtqa [--encoder|--sample] '{"weight":0.35}' '{"weight":0.5,"sentenceShare":0.7}' …`
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import { createSearchEngine, searchEngineOver } from '../../src/search/engine.ts';
import { resolveOptions, type SearchEngineOptions } from '../../src/search/options.ts';
import { ENCODER_DIMENSIONS } from '../../src/search/semantic/encoder.ts';
import { HybridSource } from '../../src/search/semantic/hybrid.ts';
import { SentenceIndex } from '../../src/search/semantic/sentence-index.ts';
import { VectorIndex } from '../../src/search/semantic/vector-index.ts';
import { openWordTable } from '../../src/search/semantic/word-table.ts';
import { bm25Peer } from './bm25-peer.ts';
import { readEncoded } from './encode-set.ts';
import { embeddedTexts } from '../../src/search/semantic/windows.ts';
import { readSample, sampleOf } from './encode-sample.ts';
import { goldRank, openSet } from './set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(argv: string[]): Promise<void> {
  const [name = 'rtqa', ...rest] = argv.filter((a) => !a.startsWith('--'));
  const sampled = argv.includes('--sample');
  const whole = await openSet(name, ROOT);
  const set = sampled ? { ...whole, items: sampleOf(whole.items) } : whole;
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  const core = await createCore({ dataDir: set.articlesDir!, cacheDir });
  const { passages } = core.corpus;
  const local = createSearchEngine(core.corpus).local;
  const table = await openWordTable(cacheDir);
  const glove = new Map<string, VectorIndex>();
  const texts = passages.map((p) => p.text);
  const embedded = embeddedTexts(passages);
  const encoded = sampled ? await readSample(cacheDir, set.name, texts) : argv.includes('--encoder') ? await readEncoded(cacheDir, set.name, embedded.texts) : null;
  const byQuestion = new Map(set.items.map((item, i) => [item.q, encoded?.questions.subarray(i * ENCODER_DIMENSIONS, (i + 1) * ENCODER_DIMENSIONS) ?? null]));
  const embed = (q: string) => Promise.resolve(byQuestion.get(q) ?? null);
  const sentences = encoded ? SentenceIndex.fromFloats(encoded.passages, embed, sampled ? undefined : embedded.firsts) : null;
  const peer = bm25Peer(passages);
  const peerRanks = set.items.map((item) => goldRank(item, peer.search(item.q, 3).map((id) => passages[id]!)));
  console.log(`${set.name}: ${set.items.length} questions, ${passages.length} passages; bm25 peer ${rate(peerRanks)}`);
  for (const arg of rest.length ? rest : ['{}']) {
    const semantic = JSON.parse(arg) as Partial<SearchEngineOptions['semantic']> & { glove?: boolean; context?: number };
    const options = resolveOptions({ semantic: sampled ? { ...semantic, sentenceCandidates: 0 } : semantic });
    const hybrid = new HybridSource(local, passages.length, options.semantic);
    if (semantic.glove !== false) {
      const key = `${options.semantic.sifA} ${semantic.context ?? 0}`;
      if (!glove.has(key)) glove.set(key, await VectorIndex.build(passages, table, options.semantic.sifA, semantic.context ?? 0));
      hybrid.attach(glove.get(key)!);
    }
    if (sentences) hybrid.attachSentences(sentences);
    const engine = searchEngineOver({ passages, lexicon: local, source: hybrid, options });
    const ranks = [];
    for (const item of set.items) ranks.push(goldRank(item, (await engine.search(item.q, { limit: 3 })).map((h) => h.passage)));
    console.log(`${arg.padEnd(70)} ${rate(ranks)}`);
  }
}

function rate(ranks: readonly (number | null)[]): string {
  const at = (k: number) => ((100 * ranks.filter((r) => r !== null && r <= k).length) / ranks.length).toFixed(1);
  return `${at(1)} / ${at(3)}`;
}

await main(process.argv.slice(2));
