// A hash of what the loader made of the articles: anything that indexes the corpus is keyed on it.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/types.ts';

export function corpusContentHash(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const a of corpus.articles) {
    // One update per article: hashing is cheap, the per-call overhead is what costs at 100k passages.
    hash.update(JSON.stringify(a));
  }
  hash.update(`\0${corpus.passages.length}`);
  return hash.digest('hex');
}

/** `corpusContentHash`, letting waiting work run every ~50 ms (a live core's quote book keys on it while serving). */
export async function corpusContentHashYielding(corpus: Corpus): Promise<string> {
  const hash = createHash('sha256');
  let since = performance.now();
  for (const a of corpus.articles) {
    hash.update(JSON.stringify(a));
    if (performance.now() - since < 50) continue;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  }
  hash.update(`\0${corpus.passages.length}`);
  return hash.digest('hex');
}
