// Follow-up paragraphs that name their subject only through the article's title or the heading
// above them: the title and heading count as weaker fields, so such a paragraph is still found, and
// it comes before a paragraph with the same words about something else.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create.ts';
import type { Core } from '../../src/core/core.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { cites } from './corpus.ts';

const ARTICLES = {
  'ferry.md': [
    '# Harbour authority approves new ferry terminal',
    '',
    'The harbour authority approved the plan on Tuesday after a two-year review of the western pier.',
    '',
    '## Timetable',
    '',
    'Work will begin in March and take eighteen months.',
  ].join('\n'),
  'bridge.md': ['# Council repaints the old bridge', '', 'Work will begin in March and take two weeks.'].join('\n'),
};

describe('a follow-up paragraph', () => {
  let core: Core;
  const dataDir = suiteArticles(ARTICLES);
  beforeAll(async () => {
    core = await createCore({ dataDir });
  });

  it('is found through its article’s title', async () => {
    expect(cites(await core.search.search('When will work on the ferry terminal begin?'))[0]).toBe('ferry.md:7');
  });

  it('is found through the heading above it', async () => {
    expect(cites(await core.search.search('What is the timetable for the work?'))[0]).toBe('ferry.md:7');
  });
});
