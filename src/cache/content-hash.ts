// A hash of what the loader made of the articles: anything that indexes the corpus is keyed on it.
import { createHash, type Hash } from 'node:crypto';
import type { Article, Corpus } from '../corpus/types.ts';
import { inSlices } from './slices.ts';

export function corpusContentHash(corpus: Corpus): string {
  return new ContentHash(corpus).now();
}

/**
 * One corpus's hash, worked out at most once and handed to everything keyed on it (a live change's
 * quote book, the save that follows it, a refit of its vectors): at once (`now`), or letting waiting
 * work run (`later`), whichever is asked first; `known` when the caller already has it. The articles
 * are hashed once: `now` while `later` is under way finishes its hashing instead of starting over.
 */
export class ContentHash {
  #value: string | undefined;
  #later: Promise<string> | undefined;
  #hashing: { hash: Hash; steps: Generator<void> } | undefined;

  constructor(
    private readonly corpus: Corpus,
    known?: string,
  ) {
    this.#value = known;
  }

  now(): string {
    if (this.#value !== undefined) return this.#value;
    const { hash, steps } = this.#started();
    while (!steps.next().done);
    return this.#done(hash);
  }

  later(): Promise<string> {
    if (this.#value !== undefined) return Promise.resolve(this.#value);
    return (this.#later ??= (async () => {
      const { hash, steps } = this.#started();
      // The hashing is done as the articles are taken, so that each slice holds ~50 ms of it.
      await inSlices(steps, () => undefined);
      return this.#done(hash);
    })());
  }

  #started(): { hash: Hash; steps: Generator<void> } {
    if (this.#hashing) return this.#hashing;
    const hash = createHash('sha256');
    return (this.#hashing = { hash, steps: hashing(hash, this.corpus.articles) });
  }

  /** The digest, once: `now` may have finished the hashing while `later` waited. */
  #done(hash: Hash): string {
    return (this.#value ??= digest(hash, this.corpus));
  }
}

function* hashing(hash: Hash, articles: readonly Article[]): Generator<void> {
  for (const a of articles) yield addArticle(hash, a);
}

/** One update per article: hashing is cheap, the per-call overhead is what costs at 100k passages. */
function addArticle(hash: Hash, article: Article): void {
  hash.update(JSON.stringify(article));
}

function digest(hash: Hash, corpus: Corpus): string {
  hash.update(`\0${corpus.passages.length}`);
  return hash.digest('hex');
}
