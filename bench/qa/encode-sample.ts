// Measurement helper for issue 13, for a set too large to embed whole in a session (wikiqa: 25k
// passages at ~0.1–0.25 s each on a loaded 2-core machine): embeds only the candidates (BM25's and
// the word vectors' nearest, as `HybridSource` gathers them) of every `STEP`-th question, so that
// `sweep.ts --sample` measures the sentence encoder as a re-rank of those candidates on that sample.
// `npx tsx bench/qa/encode-sample.ts wikiqa`
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/options.ts';
import { ENCODER_DIMENSIONS, openEncoder } from '../../src/search/semantic/encoder.ts';
import { HybridSource } from '../../src/search/semantic/hybrid.ts';
import { VectorIndex } from '../../src/search/semantic/vector-index.ts';
import { openWordTable } from '../../src/search/semantic/word-table.ts';
import { encoderDir, textsKey } from './encode-set.ts';
import { openSet, type QaItem } from './set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STEP = 5;

export const sampleOf = (items: readonly QaItem[]) => items.filter((_, i) => i % STEP === 0);

async function main(name: string): Promise<void> {
  const set = await openSet(name, ROOT);
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  const core = await createCore({ dataDir: set.articlesDir!, cacheDir });
  const { passages } = core.corpus;
  const engine = createSearchEngine(core.corpus);
  const hybrid = new HybridSource(engine.local, passages.length, DEFAULT_SEARCH_OPTIONS.semantic);
  hybrid.attach(await VectorIndex.build(passages, await openWordTable(cacheDir), DEFAULT_SEARCH_OPTIONS.semantic.sifA));
  const sample = sampleOf(set.items);
  const ids = new Set<number>();
  for (const item of sample) {
    const plan = engine.local.understand(item.q);
    if (plan.groups.length === 0) continue;
    for (const c of (await hybrid.candidates(plan, DEFAULT_SEARCH_OPTIONS.candidates)).candidates) ids.add(c.id);
  }
  const list = [...ids].sort((a, b) => a - b);
  process.stderr.write(`${set.name}: ${sample.length} questions, ${list.length} candidate passages to embed\n`);
  const encoder = await openEncoder();
  const started = performance.now();
  const vectors = await encoder.embedAll(list.map((id) => passages[id]!.text));
  const questions = await encoder.embedAll(sample.map((i) => i.q));
  process.stderr.write(`${set.name}: ${Math.round((performance.now() - started) / list.length)} ms a passage\n`);
  const dir = path.join(encoderDir(cacheDir, set.name), textsKey(passages.map((p) => p.text)));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'sample.json'), JSON.stringify({ step: STEP, ids: list }));
  await writeFile(path.join(dir, 'sample.f32'), vectors);
  await writeFile(path.join(dir, 'sample-questions.f32'), questions);
}

/** The sample's vectors laid out as `readEncoded`'s (zeros for passages not embedded), or null. */
export async function readSample(cacheDir: string, set: string, texts: readonly string[]): Promise<{ passages: Float32Array; questions: Float32Array } | null> {
  const dir = path.join(encoderDir(cacheDir, set), textsKey(texts));
  const head = await readFile(path.join(dir, 'sample.json'), 'utf8').catch(() => null);
  if (!head) return null;
  const { ids } = JSON.parse(head) as { ids: number[] };
  const b = await readFile(path.join(dir, 'sample.f32'));
  const q = await readFile(path.join(dir, 'sample-questions.f32'));
  const part = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  const passages = new Float32Array(texts.length * ENCODER_DIMENSIONS);
  ids.forEach((id, i) => passages.set(part.subarray(i * ENCODER_DIMENSIONS, (i + 1) * ENCODER_DIMENSIONS), id * ENCODER_DIMENSIONS));
  return { passages, questions: new Float32Array(q.buffer.slice(q.byteOffset, q.byteOffset + q.length)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main(process.argv[2] ?? 'wikiqa');
