// Test helpers: article folders made on the fly, and the verbatim check every passage must pass.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Passage } from '../../src/corpus/types.ts';

const made: string[] = [];

/** Writes `files` (name → text or bytes; names may contain `/`) into a fresh temp folder. */
export async function articleDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'corpus-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return dir;
}

export async function removeArticleDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * True when the passage's text (white space normalised) occurs in the file from its line on,
 * starting within that line (a bullet's mark may come before it).
 */
export function isVerbatimAt(fileText: string, passage: Passage): boolean {
  const lines = fileText.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const first = squash(lines[passage.line - 1] ?? '');
  const rest = squash(lines.slice(passage.line - 1).join('\n'));
  const at = rest.indexOf(squash(passage.text));
  return passage.text.trim() !== '' && at >= 0 && at < Math.max(1, first.length);
}
