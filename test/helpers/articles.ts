// Writes literal article files into a fresh temp folder, for tests that load a real corpus.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function writeArticles(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
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
