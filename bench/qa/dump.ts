// Measurement helper for issue 13: per question, a wide candidate pool (BM25's first 60, the word
// vectors' 60 nearest, the sentence encoder's 60 nearest) with each candidate's features, written as
// JSON lines to `.cache/eval/<set>.features.jsonl`, so that fusions can be swept offline in seconds.
// `npx tsx bench/qa/dump.ts rtqa [--encoder]`
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { resolveOptions } from '../../src/search/options.ts';
import { ENCODER_DIMENSIONS } from '../../src/search/semantic/encoder.ts';
import { SentenceIndex } from '../../src/search/semantic/sentence-index.ts';
import { VectorIndex } from '../../src/search/semantic/vector-index.ts';
import { embeddedTexts } from '../../src/search/semantic/windows.ts';
import { openWordTable } from '../../src/search/semantic/word-table.ts';
import { Readings } from '../../src/search/rank/readings.ts';
import { rerank } from '../../src/search/rank/rerank.ts';
import { bm25Peer } from './bm25-peer.ts';
import { readEncoded } from './encode-set.ts';
import { articlesDirOf, goldRank, isGold, openSet } from './set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const POOL = 60;

async function main(argv: string[]): Promise<void> {
  const name = argv.find((a) => !a.startsWith('--')) ?? 'rtqa';
  const set = await openSet(name, ROOT);
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  const core = await createCore({ dataDir: articlesDirOf(set, ROOT), cacheDir });
  const { passages } = core.corpus;
  const options = resolveOptions({ candidates: POOL });
  const local = createSearchEngine(core.corpus, { candidates: POOL }).local;
  const glove = await VectorIndex.build(passages, await openWordTable(cacheDir), options.semantic.sifA);
  // What the bot embeds (windows of long passages, a file's subject before some): `windows.ts`.
  const { texts, firsts } = embeddedTexts(passages);
  const encoded = argv.includes('--encoder') ? await readEncoded(cacheDir, set.name, texts) : null;
  const sentences = encoded ? SentenceIndex.fromFloats(encoded.passages, () => Promise.resolve(null), firsts) : null;
  const readings = new Readings((id) => passages[id]!);
  const peer = bm25Peer(passages);
  const lines: string[] = [];
  for (const [qi, item] of set.items.entries()) {
    const plan = local.understand(item.q);
    const peerRank = goldRank(item, peer.search(item.q, 3).map((id) => passages[id]!));
    if (plan.groups.length === 0) {
      lines.push(JSON.stringify({ q: item.q, peerRank, c: [] }));
      continue;
    }
    const found = await local.candidates(plan, POOL);
    const q = glove.embed(item.q);
    const s = encoded ? encoded.questions.subarray(qi * ENCODER_DIMENSIONS, (qi + 1) * ENCODER_DIMENSIONS) : null;
    const lexRank = new Map(found.candidates.map((c, i) => [c.id, i + 1]));
    const gloveRank = new Map(q ? glove.nearest(q, POOL).map((h, i) => [h.id, i + 1]) : []);
    const sentRank = new Map(s && sentences ? sentences.nearest(s, POOL).map((h, i) => [h.id, i + 1]) : []);
    const ids = new Set([...lexRank.keys(), ...gloveRank.keys(), ...sentRank.keys()]);
    const byId = new Map(found.candidates.map((c) => [c.id, c]));
    const all = [...ids].map((id) => byId.get(id) ?? { id, score: 0, coverage: 0 });
    const ranked = rerank({ ...found, candidates: all }, readings, plan, options);
    const idOf = new Map(all.map((c) => [passages[c.id], c.id]));
    const c = ranked.map((r) => {
      const id = idOf.get(r.passage)!;
      const p = r.passage;
      return {
        id, src: p.source, line: p.line, title: p.text === p.title ? 1 : 0,
        gold: isGold(item, p) ? 1 : 0,
        bm25: +(byId.get(id)?.score ?? 0).toFixed(4), cov: byId.get(id)?.coverage ?? 0,
        rr: +r.score.toFixed(4), match: +r.match.toFixed(3),
        gc: q ? +glove.cosine(q, id).toFixed(4) : null,
        sc: s && sentences ? +sentences.cosine(s, id).toFixed(4) : null,
        lr: lexRank.get(id) ?? null, gr: gloveRank.get(id) ?? null, sr: sentRank.get(id) ?? null,
        words: p.text.split(/\s+/).length,
      };
    });
    lines.push(JSON.stringify({ q: item.q, peerRank, groups: plan.groups.length, hints: plan.hints, c }));
  }
  const out = path.join(cacheDir, 'eval', `${set.name}${encoded ? '.enc' : ''}.features.jsonl`);
  await writeFile(out, lines.join('\n') + '\n');
  console.log(`${out}: ${lines.length} questions`);
}

await main(process.argv.slice(2));
