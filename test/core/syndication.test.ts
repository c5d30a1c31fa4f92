// /ask and /quote on syndicated copy: the shared text is shown once, cited with its other places.
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { excerptText } from '../../src/reply/model.ts';
import { suiteArticles } from '../helpers/articles.ts';

const AGENCY = [
  'The city will replace 4,000 lead pipes by 2030 under a plan approved on Tuesday, officials said.',
  '“This is the biggest repair job the water system has seen in a century,” said Mayor Ana Duarte.',
  'Work starts in May in the oldest neighbourhoods, where most of the lead service lines remain.',
];

let ctx: CommandContext;
const router = new CommandRouter(allCommands());

const outlet = (title: string, intro: string) => [title, intro, ...AGENCY].join('\n');
const dataDir = suiteArticles({
  'herald.txt': outlet('Lead Pipes To Go', 'Herald readers asked how many pipes remain in the ground.'),
  'ledger.txt': outlet('City To Replace Lead Pipes', 'Our reporter spoke to families on Elm Street this week.'),
  'post.txt': outlet('Lead Pipe Plan Approved', 'The Post has followed the lead pipe story since 2019.'),
});
beforeAll(async () => {
  ctx = { core: await createCore({ dataDir }) };
});

describe('syndicated copy', () => {
  it('answers /ask with the shared passage once, cited in every outlet that carried it', async () => {
    const { reply } = await router.runLine('/ask how many lead pipes will be replaced', ctx);
    const first = reply.items[0]!;
    expect(excerptText(first.excerpt)).toContain('4,000 lead pipes');
    expect([first.citation, ...(first.also ?? [])].map((c) => `${c.source}:${c.line}`)).toEqual(['herald.txt:3', 'ledger.txt:3', 'post.txt:3']);
    const texts = reply.items.map((i) => excerptText(i.excerpt));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives /quote the quote once with its other places', async () => {
    const { reply } = await router.runLine('/quote duarte', ctx);
    expect(reply.items).toHaveLength(1);
    expect(reply.items[0]!.also?.map((c) => c.source)).toEqual(['ledger.txt', 'post.txt']);
  });
});
