// Measurement helper for issue 13: embeds, with the bundled sentence encoder, the question proper
// of each question told after some context (`src/search/query/focus.ts`), into
// `.cache/eval/win-<set>/`, beside what `encode-set.ts` embedded (which holds the windows of long
// passages too, as the bot embeds them); `eval:qa --encoder` uses them.
// `npx tsx bench/qa/encode-windows.ts squad2`
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { ENCODER_DIMENSIONS, openEncoder } from '../../src/search/semantic/encoder.ts';
import { articlesDirOf, openSet } from './set.ts';
import { focusOf } from '../../src/search/query/focus.ts';
import { textsKey } from './encode-set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const D = ENCODER_DIMENSIONS;

function windowsDir(cacheDir: string, set: string, passages: readonly Passage[]): string {
  return path.join(cacheDir, 'eval', `win-${set}`, textsKey(passages.map((p) => p.text)));
}

async function main(name: string): Promise<void> {
  const set = await openSet(name, ROOT);
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  const core = await createCore({ dataDir: articlesDirOf(set, ROOT), cacheDir });
  const dir = windowsDir(cacheDir, set.name, core.corpus.passages);
  await mkdir(dir, { recursive: true });
  const encoder = await openEncoder();
  const focus = set.items.map((item) => focusOf(item.q) ?? item.q);
  await writeFile(path.join(dir, 'q-last.f32'), await encoder.embedAll(focus));
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
 * Each question's vector by its text: the whole question's (`encode-set.ts`, `questions` in the
 * order asked), plus its question proper's (`focusOf`) when this script made them (else `focus: false`).
 */
export async function questionVectors(cacheDir: string, set: string, passages: readonly Passage[], asked: readonly string[], questions: Float32Array): Promise<{ byText: Map<string, Float32Array>; focus: boolean }> {
  const byText = new Map(asked.map((q, i) => [q, questions.subarray(i * D, (i + 1) * D)]));
  const focus = await readFocus(cacheDir, set, passages, asked);
  for (const [text, vector] of focus ?? []) if (!byText.has(text)) byText.set(text, vector);
  return { byText, focus: focus !== null };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main(process.argv[2] ?? 'squad2');
