import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteArticles } from '../helpers/articles.ts';
import { runEntry } from '../helpers/run.ts';

const FILES = {
  'bridge.txt': [
    'Old river bridge to close for a year',
    '',
    '"The bridge is safe today, but it will not be safe in five years," said county engineer Ana Núñez.',
    '',
    'Shop owner Marcus Bell said the closure "could finish off half the businesses on Elm Street."',
  ].join('\n'),
  'detour.txt': [
    'Detour plan published',
    '',
    'Núñez repeated her warning: "The bridge is safe today, but it will not be safe in five years if we do nothing."',
  ].join('\n'),
};

const dir = suiteArticles(FILES);
const cli = (args: string[], stdin?: string) => runEntry('src/cli.ts', args, { env: { DATA_DIR: dir }, stdin });

/** The 1-based line of `file` on which `text` appears. */
async function lineOf(file: string, text: string): Promise<number> {
  const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n');
  return lines.findIndex((l) => l.includes(text)) + 1;
}

describe('npm run cli -- quote/speakers --json', () => {
  it('prints the canonical speaker and each quote with its source, line and other places', async () => {
    const { code, stdout } = await cli(['quote', 'nunez', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).sort()).toEqual(['quotes', 'speaker']);
    expect(out.speaker).toBe('Ana Núñez');
    expect(out.quotes).toHaveLength(1);
    const [q] = out.quotes;
    expect(Object.keys(q).sort()).toEqual(['also', 'cue', 'date', 'first', 'line', 'outlet', 'rule', 'source', 'speaker', 'text', 'url']);
    expect(q).toMatchObject({ rule: 'cue-before', cue: 'warning', speaker: 'Ana Núñez', text: 'The bridge is safe today, but it will not be safe in five years if we do nothing.', source: 'detour.txt' });
    expect(q.line).toBe(await lineOf('detour.txt', q.text));
    expect(q.also).toEqual([{ source: 'bridge.txt', line: await lineOf('bridge.txt', 'The bridge is safe today'), outlet: null, date: null, url: null }]);
  });

  it('prints a null speaker and no quotes for a name no one has', async () => {
    const { stdout } = await cli(['quote', 'someone', 'else', '--json']);
    expect(JSON.parse(stdout)).toEqual({ speaker: null, quotes: [] });
  });

  it('reads one speaker a line from stdin and prints one object a line, a blank line an error', async () => {
    const { code, stdout } = await cli(['quote', '--json'], 'bell\n\nnobody\nmarcus bell elm\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.speaker, l.quotes.length, l.error])).toEqual([
      ['Marcus Bell', 1, undefined],
      [null, 0, 'An empty line: nothing to look up.'],
      [null, 0, undefined],
      ['Marcus Bell', 1, undefined],
    ]);
  });

  it('lists speakers with their aliases and quote counts', async () => {
    const { code, stdout } = await cli(['speakers', '--json']);
    expect(code).toBe(0);
    const { speakers } = JSON.parse(stdout);
    expect(speakers.map((s: { name: string; quotes: number }) => [s.name, s.quotes])).toEqual([
      ['Ana Núñez', 1],
      ['Marcus Bell', 1],
    ]);
    expect(speakers[0].aliases).toEqual(expect.arrayContaining(['Núñez', 'Nunez']));
  });
});
