// Writes literal article files into a fresh temp folder, for tests that load a real corpus.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll } from 'vitest';
import { suiteTempDir, tempDir } from './temp-dir.ts';

type Files = Record<string, string | Uint8Array>;

/**
 * `files` (names may hold folders: `wire/a.txt`) written into a fresh temp folder, removed when the
 * running test finishes. Call it inside a test.
 */
export async function tempArticles(files: Files): Promise<string> {
  const dir = await tempDir('coverage-bot-');
  await writeInto(dir, files);
  return dir;
}

/**
 * `files` written into a folder shared by the tests of a file or a `describe` block (`suiteTempDir`):
 * call it at that level, before the block's own `beforeAll`s that read the folder.
 */
export function suiteArticles(files: Files): string {
  const dir = suiteTempDir('coverage-bot-');
  beforeAll(() => writeInto(dir, files));
  return dir;
}

async function writeInto(dir: string, files: Files): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

/** Two small made-up articles: enough for commands to find, cite and miss things. */
export const SAMPLE_ARTICLES = {
  'harbour.txt': [
    'Harbour authority approves new ferry terminal',
    '',
    'The harbour authority approved a new ferry terminal on Tuesday after a two-year review of the western pier.',
    '',
    'Construction will begin in March and the terminal should open to passengers within eighteen months.',
    '',
    'Local fishermen said they feared the works would block access to the old slipway during the summer season.',
  ].join('\n'),
  'library.txt': [
    'City library extends opening hours',
    '',
    'The central library will stay open until ten at night on weekdays from next month, the council announced.',
    '',
    'Students had petitioned for longer hours during the exam period, gathering more than four thousand signatures.',
  ].join('\n'),
};
