// The quote book: every direct quote of the corpus, attributed, with names normalised and the same
// quote from several articles merged into one entry; looked up by speaker and narrowed by topic.
import type { Corpus, Passage } from '../corpus/types.ts';
import { aboutStems, matchesAbout, ownWordsFirst } from './about.ts';
import { inCorpusOrder, mergeQuotes, type KeyedQuote, type MergedQuote } from './dedupe.ts';
import { extractQuotes, type ArticleExtraction, type ExtractedQuotes } from './extract.ts';
import { extractQuotesOnThreads, type ThreadOptions } from './threads.ts';
import { familyKey, familyName } from './fold.ts';
import { SpeakerLookup } from './lookup.ts';
import { SpeakerDirectory, type SpeakerRecord } from './speakers.ts';
import type { Quote, QuoteBook, Speaker } from './types.ts';

/** A quote book that can also list every quote, unattributed ones included (for checks and evaluation). */
export interface FullQuoteBook extends QuoteBook {
  all(): Quote[];
}

/**
 * What extraction finds, in a form that can be saved: every quote (with its speaker's key) and
 * every speaker (with its key). Building it reads every sentence of the corpus; the book itself is
 * cheap to make from it.
 */
export interface QuoteData {
  quotes: (Quote & { key: string | null })[];
  speakers: (Speaker & { key: string })[];
}

export function createQuoteBook(corpus: Corpus): FullQuoteBook {
  return quoteBookFrom(corpus, extractQuoteData(corpus));
}

/** `createQuoteBook` with the articles read on worker threads (see `extractReusingOnThreads`). */
export async function createQuoteBookOnThreads(corpus: Corpus, options: ThreadOptions & { warn?: (m: string) => void } = {}): Promise<FullQuoteBook> {
  return quoteBookFrom(corpus, (await extractReusingOnThreads(corpus, new Map(), options)).data);
}

export function extractQuoteData(corpus: Corpus): QuoteData {
  return extractReusing(corpus, new Map()).data;
}

export interface Extraction {
  data: QuoteData;
  /** Each article's extraction, to save for next time. */
  articles: Map<string, ArticleExtraction>;
  /** How many articles were read (not reused). */
  fresh: number;
}

/** The quote data, reading again only the articles not in `saved`. */
export function extractReusing(corpus: Corpus, saved: ReadonlyMap<string, ArticleExtraction>): Extraction {
  return finishExtraction(corpus, extractQuotes(corpus, saved));
}

/** Below this many passages starting threads costs more than it saves. */
const THREADS_FROM = 5000;

/**
 * `extractReusing` with the articles read on worker threads (the same result), so the main thread
 * stays free; on the main thread for a small corpus, or (`warn` told why) when a thread fails.
 */
export async function extractReusingOnThreads(corpus: Corpus, saved: ReadonlyMap<string, ArticleExtraction>, options: ThreadOptions & { warn?: (m: string) => void } = {}): Promise<Extraction> {
  if (corpus.passages.length < THREADS_FROM && options.threads === undefined) return extractReusing(corpus, saved);
  try {
    return finishExtraction(corpus, await extractQuotesOnThreads(corpus, saved, options));
  } catch (err) {
    options.warn?.(`Quote extraction on threads failed (${String(err)}); extracting on the main thread.`);
    return extractReusing(corpus, saved);
  }
}

/** The corpus-wide step: names normalised, quotes merged and ordered (`corpus`: its passages' places and `also`). */
export function finishExtraction(corpus: Corpus, { quotes: raw, know, articles, fresh }: ExtractedQuotes): Extraction {
  const directory = new SpeakerDirectory(know);
  const keyed = raw.map((q): KeyedQuote => ({ ...q, speaker: q.speaker ? directory.identify(q.speaker, q.source) : null }));
  const merged = byReach(mergeQuotes(withSyndicatedPlaces(corpus, keyed), (key) => directory.get(key)?.kind));
  const quotes = merged.map((m) => ({ ...toQuote(m, directory), key: m.speaker }));
  return { data: { quotes, speakers: listSpeakers(merged, directory) }, articles, fresh };
}

/** A quote in syndicated text (indexed once) is reported at every place that text appears, too. */
function withSyndicatedPlaces(corpus: Corpus, quotes: readonly KeyedQuote[]): KeyedQuote[] {
  const alsoOf = new Map(corpus.passages.flatMap((p) => (p.also ? [[`${p.source}:${p.line}`, p.also] as const] : [])));
  if (alsoOf.size === 0) return [...quotes];
  return quotes.flatMap((q) => [q, ...(alsoOf.get(`${q.source}:${q.line}`) ?? []).map((at) => ({ ...q, source: at.source, line: at.line }))]);
}

export function quoteBookFrom(corpus: Corpus, data: QuoteData): FullQuoteBook {
  const speakers: Speaker[] = data.speakers.map(({ name, aliases, quotes, kind }) => ({ name, aliases, quotes, ...(kind && { kind }) }));
  const keyOf = new Map(speakers.map((s, i) => [s, data.speakers[i]!.key]));
  const quotes: Quote[] = data.quotes.map(({ speaker, text, source, line, also, rule, cue }) => ({ speaker, text, source, line, also, rule: rule ?? null, cue: cue ?? '' }));
  const keys = new Map(quotes.map((q, i) => [q, data.quotes[i]!.key]));
  const lookup = new SpeakerLookup(speakers);
  const paragraph = paragraphsOf(corpus);
  const contextOf = (q: Quote) => [q.text, ...[q, ...q.also].map((p) => paragraph(p.source, p.line))];
  return {
    speakers: () => speakers,
    findSpeaker: (name) => lookup.find(name),
    alsoNamed: (name) => lookup.matches(name).slice(1).map((s) => s.name),
    longestName: () => lookup.longest,
    suggest: (name, max) => lookup.suggest(name, max),
    quotesBy(name, about) {
      const speaker = lookup.find(name);
      if (!speaker) return [];
      const stems = about ? aboutStems(about) : [];
      return ownWordsFirst(stems, quotes.filter((q) => keys.get(q) === keyOf.get(speaker) && matchesAbout(stems, contextOf(q))));
    },
    all: () => quotes,
  };
}

/**
 * The text of the paragraph at a place, looked up when a topic narrows a speaker's quotes: not a
 * copy of every text held with the book (at 1M passages the saved corpus keeps texts as bytes).
 */
function paragraphsOf(corpus: Corpus): (source: string, line: number) => string {
  const bySource = new Map<string, Passage[]>();
  for (const p of corpus.passages) {
    const own = bySource.get(p.source);
    if (own) own.push(p);
    else bySource.set(p.source, [p]);
  }
  return (source, line) => bySource.get(source)?.find((p) => p.line === line)?.text ?? '';
}

/** Most widely reported first: more articles, then more places, then first in the corpus. */
function byReach(merged: MergedQuote[]): MergedQuote[] {
  // Each quote's count of articles worked out once, not at every comparison.
  const articles = new Map(merged.map((m) => [m, new Set(m.places.map((p) => p.source)).size]));
  return merged.sort((a, b) => articles.get(b)! - articles.get(a)! || b.places.length - a.places.length || inCorpusOrder(a.at, b.at));
}

function toQuote(m: MergedQuote, directory: SpeakerDirectory): Quote {
  return {
    speaker: m.speaker ? directory.get(m.speaker)!.name : null,
    text: m.text,
    source: m.at.source,
    line: m.at.line,
    also: m.places.filter((p) => p !== m.at && !(p.source === m.at.source && p.line === m.at.line)).map(({ source, line }) => ({ source, line })),
    rule: m.how?.rule ?? null,
    cue: m.how?.cue ?? '',
  };
}

function listSpeakers(merged: readonly MergedQuote[], directory: SpeakerDirectory): QuoteData['speakers'] {
  const counts = new Map<string, number>();
  for (const m of merged) if (m.speaker) counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
  const records = [...counts.keys()].map((k) => directory.get(k)!);
  const surnames = surnameCounts(records);
  const speakers = records.map((r) => ({ name: r.name, aliases: aliasesOf(r, surnames), quotes: counts.get(r.key)!, kind: r.kind, key: r.key }));
  // Named people and organisations first, unnamed sources (`a senior official`) after them.
  const unnamed = (s: { kind: string }) => (s.kind === 'unnamed' ? 1 : 0);
  return speakers.sort((a, b) => unnamed(a) - unnamed(b) || b.quotes - a.quotes || a.name.localeCompare(b.name));
}

function surnameCounts(records: readonly SpeakerRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) if (r.kind === 'person') counts.set(familyKey(r.name.split(' ')), (counts.get(familyKey(r.name.split(' '))) ?? 0) + 1);
  return counts;
}

/** Other names that find the speaker: forms the text used, the surname when no one else has it, accent-free spellings. */
function aliasesOf(r: SpeakerRecord, surnames: ReadonlyMap<string, number>): string[] {
  const names = new Set(r.forms);
  if (r.kind === 'person' && surnames.get(familyKey(r.name.split(' '))) === 1) names.add(familyName(r.name.split(' ')));
  if (r.kind !== 'person') names.add(r.name.replace(/^(?:a|an|the|one|another)\s+/i, ''));
  for (const n of [...names, r.name]) names.add(n.normalize('NFD').replace(/\p{M}/gu, ''));
  names.delete(r.name);
  return [...names];
}

