// A corpus's content hash, worked out once and handed to everything keyed on it (a live change's
// quote book, the save after it, a refit of its vectors): the same value whichever asks first.
import { describe, expect, it } from 'vitest';
import { ContentHash, corpusContentHash } from '../../src/cache/content-hash.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { corpusOf } from '../search/corpus.ts';

/** The corpus, counting how often its articles are read (once per hashing). */
function counted(corpus: Corpus): { corpus: Corpus; reads: () => number } {
  let reads = 0;
  const { articles, passages } = corpus;
  return {
    corpus: {
      passages,
      get articles() {
        reads++;
        return articles;
      },
    },
    reads: () => reads,
  };
}

const CORPUS = corpusOf({
  'harbour.txt': ['Harbour', 'The ferry terminal will open in March.', 'Fishermen fear the works will block the slipway.'],
  'library.txt': ['Library', 'The central library will stay open until ten at night.'],
});

describe('a corpus content hash handed along', () => {
  it('is worked out once, whether first asked at once or letting other work run, and is the corpus’s hash', async () => {
    const expected = corpusContentHash(CORPUS);
    expect(await new ContentHash(CORPUS).later()).toBe(expected);
    for (const first of ['now', 'later'] as const) {
      const { corpus, reads } = counted(CORPUS);
      const hash = new ContentHash(corpus);
      const values = first === 'now' ? [hash.now(), await hash.later()] : [await hash.later(), hash.now()];
      const again = await Promise.all([hash.later(), hash.later()]);
      expect([...values, ...again]).toEqual([expected, expected, expected, expected]);
      expect(reads()).toBe(1);
    }
  });

  it('is worked out once when asked at once while it is being worked out letting other work run', async () => {
    const { corpus, reads } = counted(CORPUS);
    const hash = new ContentHash(corpus);
    const later = hash.later();
    expect([hash.now(), await later, hash.now()]).toEqual(Array(3).fill(corpusContentHash(CORPUS)));
    expect(reads()).toBe(1);
  });

  it('is not worked out at all when the caller already has it (a first load’s saved hash)', async () => {
    const { corpus, reads } = counted(CORPUS);
    const hash = new ContentHash(corpus, 'known');
    expect([hash.now(), await hash.later()]).toEqual(['known', 'known']);
    expect(reads()).toBe(0);
  });
});
