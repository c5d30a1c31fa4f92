// "Nothing good matches": a question the articles do not address gets that answer from /ask instead
// of a list padded with passages that share one word with it; a question they answer is unaffected.
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import type { AskJson } from '../../src/core/data.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { SAMPLE_ARTICLES, writeArticles } from '../helpers/articles.ts';
import { corpusOf } from './corpus.ts';

const UNANSWERED = 'When will the ferry to Zanzibar resume its monsoon timetable?';

describe('nothing good matches', () => {
  let ctx: CommandContext;
  const router = new CommandRouter(allCommands());
  beforeAll(async () => {
    ctx = { core: await createCore({ dataDir: await writeArticles(SAMPLE_ARTICLES) }) };
  });

  it('marks a passage that shares only a common word with the question as weak', async () => {
    const engine = createSearchEngine(corpusOf({ 'harbour.txt': SAMPLE_ARTICLES['harbour.txt'].split('\n').filter(Boolean) }));
    const [hit] = await engine.search(UNANSWERED);
    expect(hit?.weak).toBe(true);
    const [good] = await engine.search('when will the ferry terminal open?');
    expect(good?.weak).toBe(false);
    expect(good!.match).toBeGreaterThan(hit!.match);
  });

  it('says so from /ask, with nothingGood in its JSON and no padding', async () => {
    const reply = await router.run('ask', { question: UNANSWERED }, ctx);
    expect(reply.title).toBe(`Nothing good matches "${UNANSWERED}".`);
    expect(reply.items).toHaveLength(0);
    expect(reply.data).toMatchObject({ query: UNANSWERED, results: [], nothingGood: true });
  });

  it('still answers a question the articles address, each result with its match share', async () => {
    const reply = await router.run('ask', { question: 'when will the ferry terminal open?' }, ctx);
    expect(reply.title).toMatch(/^Results for/);
    const data = reply.data as AskJson;
    expect(data.nothingGood).toBe(false);
    expect(data.results[0]!.source).toBe('harbour.txt');
    expect(data.results[0]!.match).toBeGreaterThan(0.5);
  });
});
