import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { createCore } from '../../src/core/create.ts';
import { findDisagreements } from '../../src/coverage/claims.ts';
import { compareCoverage } from '../../src/coverage/compare.ts';
import { articleFilter } from '../../src/coverage/filter.ts';
import { suiteArticles, tempArticles } from '../helpers/articles.ts';
import { FLOOD_ARTICLES } from './articles.ts';

const dir = suiteArticles(FLOOD_ARTICLES);
let core: Core;

beforeAll(async () => {
  core = await createCore({ dataDir: dir, cacheDir: path.join(dir, '.cache') });
});

describe('sources.yml, front matter and file names', () => {
  it('gives .txt files an outlet from a folder or file pattern and a date from their name', () => {
    const meta = core.corpus.articles.map((a) => [a.source, a.outlet, a.date, a.url]);
    expect(meta).toEqual([
      ['daily/market.txt', 'The Daily', null, null],
      ['gazette.md', 'The Gazette', '2025-03-06', null],
      ['herald_20250305.txt', 'The Herald', '2025-03-05', 'https://herald.example/floods'],
      ['wire/2025-03-04-floods.txt', 'Reuters', '2025-03-04', null],
    ]);
  });
});

describe('compareCoverage', () => {
  it('gives one passage per article that addresses the topic and names the silent one', async () => {
    const c = await compareCoverage(core, 'floods in Rio Seco');
    expect(c.covered.map((x) => x.article.outlet).sort()).toEqual(['Reuters', 'The Gazette', 'The Herald']);
    expect(c.missing.map((a) => a.outlet)).toEqual(['The Daily']);
    for (const x of c.covered) expect(x.passage.text).toContain(x.excerpt.map((s) => s.text).join('').replace(/^…|…$/g, ''));
  });

  it('narrows to an outlet or a date range', async () => {
    const herald = await compareCoverage(core, 'floods in Rio Seco', { filter: articleFilter({ outlet: 'herald' }) });
    expect(herald.covered.map((x) => x.article.source)).toEqual(['herald_20250305.txt']);
    const early = await compareCoverage(core, 'floods in Rio Seco', { filter: articleFilter({ until: '2025-03-05' }) });
    expect(early.covered.map((x) => x.article.outlet).sort()).toEqual(['Reuters', 'The Herald']);
  });
});

describe('findDisagreements', () => {
  it('opposes the two death tolls and leaves the toll of a decade out', async () => {
    const d = await findDisagreements(core, 'flood deaths');
    expect(d).toHaveLength(1);
    expect(d[0]!.counts).toBe('deaths');
    expect(d[0]!.claims.map((c) => [c.figure.value, c.figure.phrase, c.passage.source, c.passage.line])).toEqual([
      [40, 'At least 40 people were killed', 'wire/2025-03-04-floods.txt', 5],
      [65, 'killed 65 people', 'herald_20250305.txt', 3],
    ]);
    for (const c of d[0]!.claims) expect(c.passage.text).toContain(c.sentence);
  });

  it('finds nothing to oppose on a topic no figure disagrees about', async () => {
    expect(await findDisagreements(core, 'harvest market')).toEqual([]);
  });
});

describe('on the bundled articles', () => {
  let bundled: Core;
  beforeAll(async () => {
    bundled = await createCore({ dataDir: path.resolve(import.meta.dirname, '../../data'), cacheDir: path.join(dir, '.bundled-cache') });
  });

  it('compare "troops in Mexico" finds at least four articles', async () => {
    const c = await compareCoverage(bundled, 'troops in Mexico');
    expect(new Set(c.covered.map((x) => x.article.source)).size).toBeGreaterThanOrEqual(4);
  });

  it('claims "overdose deaths" gives the 80,000 / 100,000 disagreement', async () => {
    const d = await findDisagreements(bundled, 'overdose deaths');
    const overdose = d.find((x) => x.counts === 'deaths')!;
    expect(overdose.claims.map((c) => [c.figure.value, c.passage.source.slice(0, 4), c.passage.line])).toEqual([
      [80000, '002_', 7],
      [100000, '004_', 54],
    ]);
    expect(overdose.claims[0]!.figure.phrase).toBe('over 80,000 opioid overdose deaths annually');
    expect(overdose.claims[1]!.figure.phrase).toBe('over 100,000 Americans lost last year');
  });
});

describe('per outlet', () => {
  it('keeps one passage for an outlet with two articles, and names no outlet that covers it as missing', async () => {
    const more = await tempArticles({ ...FLOOD_ARTICLES, 'wire/2025-03-07-floods-update.txt': 'Waters recede\n\nThe floods in Rio Seco began to recede on Thursday as the rain stopped.\n' });
    const c2 = await createCore({ dataDir: more, cacheDir: path.join(more, '.cache') });
    const perArticle = await compareCoverage(c2, 'floods in Rio Seco');
    expect(perArticle.covered.filter((x) => x.article.outlet === 'Reuters')).toHaveLength(2);
    const perOutlet = await compareCoverage(c2, 'floods in Rio Seco', { per: 'outlet' });
    expect(perOutlet.covered.map((x) => x.article.outlet).sort()).toEqual(['Reuters', 'The Gazette', 'The Herald']);
    expect(perOutlet.missing.map((a) => a.outlet)).toEqual(['The Daily']);
  });
});
