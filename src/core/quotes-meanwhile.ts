// The quote book of a core swapped in after a live change, while its own book is still being made
// (on a thread: `quotes/background.ts`): quote requests are answered from the previous book until
// then, leaving out what it says about files the change rewrote or removed, so nothing is cited
// from text that is no longer served. Once the new book is in, it answers alone and the previous
// one is let go.
import type { Quote, QuoteBook } from '../quotes/types.ts';

/**
 * `next` once `made` settles (resolved or not: a failed preparation leaves `next` to make itself at
 * first use); until then `previous`, without quotes from the files in `stale`.
 */
export function quotesMeanwhile(previous: QuoteBook, next: QuoteBook, made: Promise<void>, stale: ReadonlySet<string>): QuoteBook {
  let old: QuoteBook | null = previous;
  const done = made.then(
    () => void (old = null),
    () => void (old = null),
  );
  const current = (): QuoteBook => old ?? next;
  const fresh = (q: Quote): Quote | null => {
    if (old === null) return q;
    // Reported from the places still served, the first of them standing for the quote.
    const [at, ...also] = [q, ...q.also].filter((p) => !stale.has(p.source));
    return at ? { ...q, source: at.source, line: at.line, also: also.map(({ source, line }) => ({ source, line })) } : null;
  };
  return {
    prepare: () => done,
    speakers: () => current().speakers(),
    findSpeaker: (name) => current().findSpeaker(name),
    alsoNamed: (name) => current().alsoNamed(name),
    longestName: () => current().longestName(),
    suggest: (name, max) => current().suggest(name, max),
    quotesBy: (speaker, about) => current().quotesBy(speaker, about).flatMap((q) => fresh(q) ?? []),
  };
}
