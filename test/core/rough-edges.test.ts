// Bad input as a newcomer types it: every answer says, in words, what to do next.
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { suiteArticles } from '../helpers/articles.ts';

const ARTICLES = {
  'weird:name.txt': 'Harbour notes\n\nThe harbour authority approved a new ferry terminal on Tuesday after a long review.\n',
  'council.txt': [
    'Council backs the harbour plan',
    '',
    ...['ferry timetable', 'western pier', 'slipway access', 'summer season', 'passenger fares', 'construction budget', 'harbour lights'].flatMap((topic) => [
      `"We will keep the ${topic} under review every single month," said María López, the harbour director.`,
      '',
    ]),
  ].join('\n'),
};

let ctx: CommandContext;
const router = new CommandRouter(allCommands());
const dataDir = suiteArticles(ARTICLES);

beforeAll(async () => {
  ctx = { core: await createCore({ dataDir }) };
});

describe('rough edges', () => {
  it('/context with no argument says what to type, not a validation message', async () => {
    const { reply } = await router.runLine('/context', ctx);
    const text = [reply.title, ...reply.notes].join('\n');
    expect(text).toContain('Type the citation to show, as file:line');
    expect(text).not.toMatch(/Invalid input|expected string|undefined/);
  });

  it('suggests the command a typo meant, and nothing for a word unlike any', async () => {
    expect((await router.runLine('/quot sheinbaum', ctx)).reply.title).toBe('There is no /quot command. Did you mean /quote?');
    expect((await router.runLine('/aks who approved it', ctx)).reply.title).toContain('Did you mean /ask?');
    expect((await router.runLine('/summon the editor', ctx)).reply.title).toBe('There is no /summon command.');
  });

  it('says so when a page past the end is asked for', async () => {
    const reply = await router.run('quote', { speaker: 'María López', page: 54 }, ctx);
    expect(reply.page).toMatchObject({ index: 1, count: 2 });
    expect(reply.notes[0]).toBe('There is no page 54: there are 2 pages, and this is the last.');
    const fine = await router.run('quote', { speaker: 'María López', page: 2 }, ctx);
    expect(fine.notes.join('\n')).not.toContain('There is no page');
  });

  it('counts one passage as "1 passage"', async () => {
    const reply = await router.run('sources', {}, ctx);
    expect(reply.title).toMatch(/^2 articles, \d+ passages$/);
    expect(reply.lines.find((l) => l.includes('weird:name.txt'))).toContain('(weird:name.txt, 1 passage)');
  });

  it('/context reads its own citation of a file whose name has a colon', async () => {
    const reply = await router.run('context', { citation: 'weird:name.txt:3' }, ctx);
    expect(reply.kind).toBe('info');
    expect(reply.title).toBe('Context of weird:name.txt:3');
    expect(reply.items[0]?.citation).toMatchObject({ source: 'weird:name.txt', line: 3 });
  });
});
