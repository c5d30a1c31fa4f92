// Measurement helper for issue 13: embeds, with the bundled sentence encoder, the windows of the
// passages longer than it reads (`src/search/semantic/windows.ts`: what the bot embeds of them) and
// and the question proper of each question told after some context (`src/search/query/focus.ts`),
// into `.cache/eval/win-<set>/`, beside what `encode-set.ts` embedded; `eval:qa --encoder` uses them.
// `npx tsx bench/qa/encode-windows.ts squad2`
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { ENCODER_DIMENSIONS, openEncoder } from '../../src/search/semantic/encoder.ts';
import { windowsOf } from '../../src/search/semantic/windows.ts';
import { openSet } from './set.ts';
import { focusOf } from '../../src/search/query/focus.ts';
import { textsKey } from './encode-set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const D = ENCODER_DIMENSIONS;

function windowsDir(cacheDir: string, set: string, passages: readonly Passage[]): string {
  return path.join(cacheDir, 'eval', `win-${set}`, textsKey(passages.map((p) => p.text)));
}

/** The windows of the passages that have more than one, in passage order, and whose each is. */
function windowed(passages: readonly Passage[]): { owners: number[]; texts: string[] } {
  const owners: number[] = [];
  const texts: string[] = [];
  passages.forEach((p, id) => {
    const windows = windowsOf(p.text);
    if (windows.length < 2) return;
    for (const w of windows) {
      owners.push(id);
      texts.push(w);
    }
  });
  return { owners, texts };
}

async function main(name: string): Promise<void> {
  const set = await openSet(name, ROOT);
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  const core = await createCore({ dataDir: set.articlesDir!, cacheDir });
  const dir = windowsDir(cacheDir, set.name, core.corpus.passages);
  await mkdir(dir, { recursive: true });
  const encoder = await openEncoder();
  const { texts } = windowed(core.corpus.passages);
  const focus = set.items.map((item) => focusOf(item.q) ?? item.q);
  await writeFile(path.join(dir, 'q-last.f32'), await encoder.embedAll(focus));
  const started = performance.now();
  await writeFile(path.join(dir, 'windows.f32'), await encoder.embedAll(texts));
  process.stderr.write(`${set.name}: ${texts.length} windows in ${Math.round((performance.now() - started) / 1000)} s\n`);
}

/** The vectors of the questions proper (`focusOf`) by their text, or null when not made. */
export async function readFocus(cacheDir: string, set: string, passages: readonly Passage[], questions: readonly string[]): Promise<Map<string, Float32Array> | null> {
  const saved = await readFile(path.join(windowsDir(cacheDir, set, passages), 'q-last.f32')).catch(() => null);
  if (!saved || saved.length !== questions.length * D * 4) return null;
  const all = new Float32Array(saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.length));
  return new Map(questions.flatMap((q, i) => {
    const focus = focusOf(q);
    return focus ? [[focus, all.subarray(i * D, (i + 1) * D)] as const] : [];
  }));
}

/**
 * Rows for a `SentenceIndex` from one vector a passage (`encode-set.ts`) and the windows saved
 * here: a passage with windows gets them in place of its one vector. Null when windows are needed
 * and were not made.
 */
export async function withWindows(cacheDir: string, set: string, passages: readonly Passage[], vectors: Float32Array): Promise<{ rows: Float32Array; firsts: Int32Array } | null> {
  const { owners } = windowed(passages);
  if (owners.length === 0) return { rows: vectors, firsts: Int32Array.from({ length: passages.length + 1 }, (_, i) => i) };
  const saved = await readFile(path.join(windowsDir(cacheDir, set, passages), 'windows.f32')).catch(() => null);
  if (!saved || saved.length !== owners.length * D * 4) return null;
  const windows = new Float32Array(saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.length));
  const firsts = new Int32Array(passages.length + 1);
  const rows: Float32Array[] = [];
  let w = 0;
  passages.forEach((_, d) => {
    firsts[d] = rows.length;
    if (owners[w] !== d) return void rows.push(vectors.subarray(d * D, (d + 1) * D));
    for (; owners[w] === d; w++) rows.push(windows.subarray(w * D, (w + 1) * D));
  });
  firsts[passages.length] = rows.length;
  const out = new Float32Array(rows.length * D);
  rows.forEach((r, i) => out.set(r, i * D));
  return { rows: out, firsts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main(process.argv[2] ?? 'squad2');
