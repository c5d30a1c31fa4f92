// bench/qa/seed-questions.json, the blind question set on the seed corpus: read as eval:qa reads it,
// every gold citation must name a passage the bot's own loader keeps from data/ (a wrong line, a
// heading or a dropped line would make a question unanswerable and the figures wrong).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { isGold, openSet, type QaSet } from '../../bench/qa/set.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STYLES = ['direct', 'paraphrase'];

describe('bench/qa/seed-questions.json', () => {
  let set: QaSet;
  let passages: readonly Passage[];
  beforeAll(async () => {
    set = await openSet(path.join(ROOT, 'bench/qa/seed-questions.json'), ROOT);
    passages = (await loadCorpus(path.join(ROOT, 'data'))).corpus.passages;
  });

  it('is asked about data/ (no articles folder beside it) and holds distinct questions', () => {
    expect(set.articlesDir).toBeNull();
    expect(set.items.length).toBeGreaterThanOrEqual(60);
    const qs = set.items.map((i) => i.q.trim().toLowerCase());
    expect(new Set(qs).size).toBe(qs.length);
  });

  it('gives every item a question, a style and at least one gold citation', () => {
    const bad = set.items.filter((i) => i.q.trim() === '' || !STYLES.includes(i.style ?? '') || i.gold.length === 0);
    expect(bad).toEqual([]);
  });

  it('cites only passage starts of the seed corpus, each through a file prefix naming one file', () => {
    const files = [...new Set(passages.map((p) => p.source))];
    const wrong: string[] = [];
    for (const item of set.items) {
      for (const g of item.gold) {
        const [prefix = ''] = g.split(':');
        const named = files.filter((f) => f.startsWith(prefix)).length === 1 && /^\d{3}:\d+$/.test(g);
        const found = passages.filter((p) => isGold({ q: item.q, gold: [g] }, p)).length === 1;
        if (!named || !found) wrong.push(`${g} (${item.q})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
