// The live core: answers say how far reading got until the articles are in; a swap serves the new
// corpus whole and says which files it added, changed or removed.
import { writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { createCore } from '../../src/core/create.ts';
import { LiveCore } from '../../src/core/live.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';

const router = new CommandRouter(allCommands());

describe('LiveCore', () => {
  it('says "still reading N of M articles" until the first corpus is in', async () => {
    const core = new LiveCore();
    core.noteReading(3, 10);
    const before = await router.run('ask', { question: 'ferry terminal' }, { core });
    expect(before.notes).toContain('Still reading 3 of 10 articles: this answer may be incomplete.');
    const data = await tempArticles(SAMPLE_ARTICLES);
    core.swap(await createCore({ dataDir: data }));
    const after = await router.run('ask', { question: 'ferry terminal' }, { core });
    expect(after.notes.join('\n')).not.toContain('Still reading');
    expect(after.items.map((i) => i.citation.source)).toContain('harbour.txt');
  });

  it('reports added, changed and removed files and when each was read', async () => {
    const data = await tempArticles(SAMPLE_ARTICLES);
    const core = new LiveCore();
    core.swap(await createCore({ dataDir: data }), 1000);
    await writeFile(path.join(data, 'harbour.txt'), 'Harbour authority delays the terminal\n\nThe harbour authority delayed the new ferry terminal by a year.\n');
    await writeFile(path.join(data, 'museum.txt'), 'Museum reopens\n\nThe maritime museum reopened on Sunday after repairs to its roof.\n');
    await unlink(path.join(data, 'library.txt'));
    const changes = core.swap(await createCore({ dataDir: data }), 2000);
    expect(changes.added.map((a) => a.source)).toEqual(['museum.txt']);
    expect(changes.changed.map((a) => a.source)).toEqual(['harbour.txt']);
    expect(changes.removed.map((a) => a.source)).toEqual(['library.txt']);
    expect([core.readAt('harbour.txt'), core.readAt('museum.txt'), core.readAt('library.txt')]).toEqual([2000, 2000, undefined]);
    const listed = await router.run('sources', {}, { core });
    expect(listed.lines.join('\n')).toContain('museum.txt, 1 passage, read 1970-01-01T00:00:02Z');
  });
});
