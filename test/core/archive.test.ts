// Following the folder file by file (per-file segments): after a file is added, changed or removed,
// the live core answers /ask, /sources, /quote and /speakers exactly as a core loaded whole from
// the same files does, syndicated copy and site chrome included, whether it started from a fresh
// load or from the saved cache.
import { unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { Archive, type FirstLoad } from '../../src/core/archive.ts';
import { stampFiles } from '../../src/core/archive-files.ts';
import { saveArchive } from '../../src/core/archive-save.ts';
import { openSearchEngine } from '../../src/search/persist.ts';
import type { Core } from '../../src/core/core.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const router = new CommandRouter(allCommands());

const AGENCY = 'The regional ferry company will replace its three oldest vessels with electric boats by 2029, its chief executive said on Monday.';
const FOOTER = 'Subscribe to the Coast Gazette newsletter';
const gazette = (title: string, body: string) => [title, '', body, '', FOOTER].join('\n');

const FILES = {
  'gazette-1.txt': gazette('Harbour dredging starts', 'Dredgers began deepening the western harbour channel on Tuesday morning.'),
  'gazette-2.txt': gazette('Pier repairs finished', 'The old pier reopened to walkers after eight months of repairs to its timber deck.'),
  'gazette-3.txt': gazette('Fish market moves', 'The fish market will move to the new quay in spring, the council said.'),
  'herald.txt': ['Ferry fleet to go electric', '', AGENCY, '', '“We want quieter and cleaner crossings,” said Marta Lindqvist, the ferry company’s chief executive.'].join('\n'),
};

const QUESTIONS = ['electric ferry vessels', 'harbour channel dredging', 'pier repairs', 'zeppelin hangar', 'fish market quay', 'newsletter'];

/** Everything a user sees, as the commands' JSON (`/sources` without when each file was read). */
async function answers(core: Core): Promise<unknown[]> {
  const ctx = { core };
  const out: unknown[] = [];
  for (const question of QUESTIONS) out.push((await router.run('ask', { question }, ctx)).data);
  const sources = (await router.run('sources', {}, ctx)).data as { sources: Record<string, unknown>[] };
  out.push(sources.sources.map(({ read_at: _readAt, ...s }) => s));
  out.push((await router.run('speakers', {}, ctx)).data);
  for (const name of ['Lindqvist', 'Keller']) out.push((await router.run('quote', { name }, ctx)).data);
  return out;
}

async function follow(dataDir: string, cacheDir: string): Promise<{ archive: Archive; core: Core }> {
  const loadedAtMs = Date.now();
  let first: Omit<FirstLoad, 'served' | 'stamps' | 'loadedAtMs'> | undefined;
  const core = await createCore({ dataDir, cacheDir, onOpened: (opened, engine) => (first = { opened, engine }) });
  const { stamps } = await stampFiles(dataDir);
  const archive = await Archive.open({ dataDir, cacheDir }, { ...first!, stamps, loadedAtMs, served: core.corpus });
  expect(archive).not.toBeNull();
  return { archive: archive!, core };
}

/** Applies what changed on disk and checks the result against a core loaded whole (no cache). */
async function applyAndCompare(archive: Archive, dataDir: string): Promise<Core> {
  const applied = await archive.apply();
  expect(applied).not.toBeNull();
  expect(await answers(applied!.core)).toEqual(await answers(await createCore({ dataDir })));
  return applied!.core;
}

async function folders(): Promise<{ data: string; cache: string }> {
  return { data: await tempArticles(FILES), cache: await tempDir('cb-archive-cache-') };
}

describe('the archive followed file by file', () => {
  it('answers as a whole load does after files are added, changed and removed', async () => {
    const { data, cache } = await folders();
    const { archive } = await follow(data, cache);
    writeFileSync(path.join(data, 'zeppelin.txt'), ['Zeppelin hangar reopens', '', 'A restored zeppelin hangar reopened at the port on Friday.', '', '“It will welcome visitors every weekend,” said Bruno Keller, the port director.'].join('\n'));
    await applyAndCompare(archive, data);
    writeFileSync(path.join(data, 'herald.txt'), ['Ferry fleet to go electric', '', AGENCY, '', '“Crossings will be quieter,” said Marta Lindqvist.'].join('\n'));
    await applyAndCompare(archive, data);
    unlinkSync(path.join(data, 'gazette-2.txt'));
    await applyAndCompare(archive, data);
    expect(await archive.apply()).toBeNull();
  });

  it('applies a change from a walk of the folder given to it (the first change’s check), and what changed after that walk at the next apply', async () => {
    const { data, cache } = await folders();
    const { archive } = await follow(data, cache);
    writeFileSync(path.join(data, 'zeppelin.txt'), ['Zeppelin hangar reopens', '', 'A restored zeppelin hangar reopened at the port on Friday.'].join('\n'));
    const walked = await stampFiles(data);
    writeFileSync(path.join(data, 'gazette-4.txt'), gazette('Lighthouse repainted', 'Volunteers repainted the lighthouse red and white over the weekend.'));
    const applied = await archive.apply(walked);
    expect(applied?.read).toContain('zeppelin.txt');
    expect(applied?.read).not.toContain('gazette-4.txt');
    expect(applied!.core.articleOf('zeppelin.txt')).toBeDefined();
    await applyAndCompare(archive, data);
    expect(await archive.apply()).toBeNull();
  });

  it('cites a syndicated paragraph added in a second file with both places, and drops a site footer from a new file', async () => {
    const { data, cache } = await folders();
    const { archive } = await follow(data, cache);
    writeFileSync(path.join(data, 'ledger.txt'), ['Ledger: ferries to be replaced', '', 'Commuters on the island route have waited years for new boats.', '', AGENCY].join('\n'));
    writeFileSync(path.join(data, 'gazette-4.txt'), gazette('Lighthouse repainted', 'Volunteers repainted the lighthouse red and white over the weekend.'));
    const core = await applyAndCompare(archive, data);
    const { reply } = await router.runLine('/ask electric ferry vessels', { core });
    const first = reply.items[0]!;
    expect([first.citation, ...(first.also ?? [])].map((c) => `${c.source}:${c.line}`)).toEqual(['herald.txt:3', 'ledger.txt:5']);
    expect(core.articleOf('gazette-4.txt')!.passages.map((p) => p.text)).not.toContain(FOOTER);
    // Taken out again: the paragraph is herald's alone once more.
    unlinkSync(path.join(data, 'ledger.txt'));
    const after = await applyAndCompare(archive, data);
    expect(after.corpus.passages.find((p) => p.text === AGENCY)?.also).toBeUndefined();
  });

  it('saves what changed, so the next start reads neither the folder nor the index again, and follows from there', async () => {
    const { data, cache } = await folders();
    const { archive } = await follow(data, cache);
    writeFileSync(path.join(data, 'ledger.txt'), ['Ledger: ferries to be replaced', '', AGENCY].join('\n'));
    const changed = await applyAndCompare(archive, data);
    await saveArchive(archive, { dataDir: data, cacheDir: cache, warn: (m) => expect.fail(m), settleMs: 0 });
    const from: string[] = [];
    const hashes: string[] = [];
    const loadedAtMs = Date.now();
    const restarted = await createCore({ dataDir: data, cacheDir: cache, onOpened: (opened) => (from.push(opened.from), hashes.push(opened.contentHash)) });
    expect(from).toEqual(['saved']);
    expect((await openSearchEngine(restarted.corpus, { dataDir: data, cacheDir: cache, contentHash: hashes[0]! })).from).toBe('saved');
    expect(await answers(restarted)).toEqual(await answers(changed));
    let first: Omit<FirstLoad, 'served' | 'stamps' | 'loadedAtMs'> | undefined;
    const again = await createCore({ dataDir: data, cacheDir: cache, onOpened: (opened, engine) => (first = { opened, engine }) });
    const { stamps } = await stampFiles(data);
    expect(await Archive.open({ dataDir: data, cacheDir: cache }, { ...first!, stamps, loadedAtMs, served: again.corpus })).not.toBeNull();
  });

  it('follows from the saved cache as from a fresh load', async () => {
    const { data, cache } = await folders();
    await follow(data, cache);
    const { archive, core } = await follow(data, cache);
    expect(core.corpus.articles.length).toBe(4);
    writeFileSync(path.join(data, 'gazette-0.txt'), gazette('Harbour fees rise', 'Mooring fees in the western harbour will rise by a tenth next year.'));
    await applyAndCompare(archive, data);
  });
});
