// Walks each article paragraph by paragraph and lists every quote with the speaker the text gives it
// (pronouns resolved, continuations carried over), before names are normalised or quotes merged.
// Each article is read with what it alone says about names: its quotes never depend on other files.
import { createHash } from 'node:crypto';
import type { Corpus, Passage, Place } from '../corpus/types.ts';
import { reportedSpeaker } from './attribute.ts';
import { resolveDefinite, resolvePronoun, resolveRole } from './coref.ts';
import { articleKnowledge, fullNamesOf, type ArticleKnowledge, type CorpusKnowledge } from './knowledge.ts';
import { familyKey, fold } from './fold.ts';
import { SOURCE_NOUNS } from './lexicon.ts';
import type { How } from './dedupe.ts';
import type { Mention } from './mentions.ts';
import { prepareParagraph, type ParagraphInfo } from './paragraph.ts';
import { attributeQuote } from './rules.ts';

export interface RawQuote {
  /** Verbatim quoted words, without the marks or a trailing comma. */
  text: string;
  source: string;
  line: number;
  /** Position of the passage in the corpus, for file-then-line order. */
  order: number;
  /** Where the quote starts in its paragraph, for order within it. */
  offset: number;
  /** A person, organisation or unnamed source; null when the text gives no speaker we trust. */
  speaker: Mention | null;
  /** The attribution rule that gave the speaker, and the cue it read (null when unattributed). */
  how: How | null;
}

export type { How };

interface LastQuote {
  p: number;
  s: number;
  speaker: Mention | null;
  how: How | null;
}

/** What one article yields, in a form that can be saved and reused while the article is unchanged. */
export interface ArticleExtraction {
  /** Its quotes, `order` counted from the article's first passage. */
  quotes: RawQuote[];
  fullNames: string[][];
  genders: [string, 'm' | 'f'][];
}

/** One article's run of passages in the corpus, its key for reuse, and what it yields. */
export interface ArticleRun {
  source: string;
  /** How many passages it has: quotes' `order` counts on from the article before. */
  count: number;
  key: string;
  one: ArticleExtraction;
  /** Read now, not reused. */
  fresh: boolean;
}

export interface ExtractedQuotes {
  quotes: RawQuote[];
  know: CorpusKnowledge;
  articles: Map<string, ArticleExtraction>;
  fresh: number;
}

/**
 * Every quote of the corpus, article by article. An article whose key (its source, lines and text)
 * is in `saved` is not read again. `articles` holds each article's extraction under its key;
 * `fresh` counts the articles read.
 */
export function extractQuotes(corpus: Corpus, saved: ReadonlyMap<string, ArticleExtraction> = new Map()): ExtractedQuotes {
  const runs: ArticleRun[] = [];
  for (const passages of byArticle(corpus.passages)) {
    const key = articleKey(passages);
    const had = saved.get(key);
    runs.push({ source: passages[0]!.source, count: passages.length, key, one: had ?? extractOne(passages), fresh: !had });
  }
  return assemble(runs);
}

/** The corpus's quotes and what it knows about names, from each article's extraction in corpus order. */
export function assemble(runs: readonly ArticleRun[]): ExtractedQuotes {
  const quotes: RawQuote[] = [];
  const fullNames = new Map<string, string[][]>();
  const genders = new Map<string, ReadonlyMap<string, 'm' | 'f'>>();
  const articles = new Map<string, ArticleExtraction>();
  let order = 0;
  let fresh = 0;
  for (const { source, count, key, one, fresh: read } of runs) {
    if (read) fresh++;
    articles.set(key, one);
    for (const q of one.quotes) quotes.push({ ...q, order: q.order + order });
    fullNames.set(source, one.fullNames);
    genders.set(source, new Map(one.genders));
    order += count;
  }
  return { quotes, know: { fullNames, genderOf: (source, name) => genders.get(source)?.get(name) }, articles, fresh };
}

/** What one article yields; its passages are all of one source, in line order. */
export function extractOne(passages: readonly Passage[]): ArticleExtraction {
  const prepared = passages.map(prepareParagraph);
  // No quote marks anywhere: no quotes, and nothing but its full names for the corpus.
  if (prepared.every((para) => para.spans.length === 0)) return { quotes: [], fullNames: fullNamesOf(passages, prepared), genders: [] };
  const { know, paragraphs } = articleKnowledge(passages, prepared);
  return { quotes: extractArticle(paragraphs, know), fullNames: know.fullNames, genders: [...know.genders] };
}

/** An article's identity for reuse: its source, and every passage's line and text. */
export function articleKey(passages: readonly Passage[]): string {
  return articleKeyOf(passages[0]!.source, passages.map((p) => p.line), passages.map((p) => p.text));
}

/** `articleKey` from the article's lines and texts, read already. */
export function articleKeyOf(source: string, lines: readonly number[], texts: readonly string[]): string {
  const hash = createHash('sha256').update(source);
  texts.forEach((text, i) => hash.update(`\0${lines[i]}\0${text}`));
  return hash.digest('base64url');
}

/**
 * An article's passages from the columns a thread is sent, as extraction reads them: headings and
 * titles play no part in it; a line sent without its text reads as '' (the corpus-wide step reads
 * only places); `also`, by passage index, where syndicated copies of a passage sit.
 */
export function passagesOf(source: string, lines: readonly number[], texts: readonly string[], also: readonly [number, Place[]][] = []): Passage[] {
  const out: Passage[] = lines.map((line, i) => ({ source, line, heading: null, title: '', text: texts[i] ?? '' }));
  for (const [i, places] of also) out[i]!.also = places;
  return out;
}

/** The corpus's passages cut into articles (runs of one source), in order. */
export function* byArticle(passages: readonly Passage[]): Generator<Passage[]> {
  let start = 0;
  for (let i = 1; i <= passages.length; i++) {
    if (i === passages.length || passages[i]!.source !== passages[start]!.source) {
      yield passages.slice(start, i);
      start = i;
    }
  }
}

/** The quotes of one article's analysed paragraphs; `order` counts paragraphs from the article's start. */
export function extractArticle(paragraphs: readonly ParagraphInfo[], know: ArticleKnowledge): RawQuote[] {
  const walk: Walk = { paragraphs, topics: paragraphs.map((para) => para.sentences.map((): Mention | null | undefined => undefined)), know, last: null };
  const quotes: RawQuote[] = [];
  paragraphs.forEach((para, p) => {
    para.sentences.forEach((sentence, s) => {
      sentence.tokens.forEach((token, q) => {
        if (token.kind !== 'quote') return;
        const { speaker, how } = speakerOf(walk, p, s, q);
        if (speaker) walk.topics[p]![s] = speaker;
        walk.last = { p, s, speaker, how };
        const { source, line } = para.passage;
        const text = quoteText(para, token.span!, how);
        if (hasContent(text)) quotes.push({ text, source, line, order: p, offset: token.start, speaker, how: speaker ? how : null });
      });
    });
  });
  return quotes;
}

/** The state of the walk through the corpus: analysed paragraphs, speakers found so far, the last quote. */
interface Walk {
  paragraphs: readonly ParagraphInfo[];
  /**
   * The speaker of the last attributed quote of each sentence, for pronouns later on; undefined
   * until asked for when the sentence has none (see `topicOf`).
   */
  topics: (Mention | null | undefined)[][];
  know: ArticleKnowledge;
  last: LastQuote | null;
}

function speakerOf(walk: Walk, p: number, s: number, q: number): { speaker: Mention | null; how: How | null } {
  const found = attributeQuote(walk.paragraphs[p]!, s, q, walk.know);
  if (found.kind === 'continuation') return { speaker: continues(walk, p, s), how: { rule: found.rule, cue: '' } };
  if (found.kind === 'none') return { speaker: null, how: null };
  return { speaker: resolved(found.mention, walk, p, s), how: { rule: found.rule, cue: found.cue } };
}

function resolved(m: Mention | null, walk: Walk, p: number, s: number): Mention | null {
  const at = { paragraphs: walk.paragraphs, topic: (tp: number, ts: number) => topicOf(walk, tp, ts), p, s };
  if (m?.kind === 'role') {
    // A role no one in particular holds (`the official`) stays a description, as for unnamed sources.
    return resolveRole(m, walk.paragraphs, p, s) ?? (SOURCE_NOUNS.has(m.head ?? '') ? resolveDefinite({ ...m, kind: 'unnamed' }, at) : null);
  }
  if (m?.kind === 'unnamed' || m?.kind === 'org') return resolveDefinite(m, at);
  if (m?.kind !== 'pronoun') return m;
  return resolvePronoun(m, at, walk.know);
}

/**
 * A quote standing alone goes on from the quote in the sentence just before; a paragraph that opens
 * with one goes on from the previous paragraph's closing quote, or from its closing `she adds`.
 */
function continues(walk: Walk, p: number, s: number): Mention | null {
  const { last, paragraphs } = walk;
  if (last?.p === p) return last.s === s - 1 || last.s === s ? last.speaker : null;
  const prev = paragraphs[p - 1];
  if (s !== 0 || !prev || prev.passage.source !== paragraphs[p]!.passage.source) return null;
  const closing = prev.sentences.length - 1;
  // A paragraph that names someone new is theirs, not a continuation.
  if (paragraphs[p]!.sentences.some((x) => x.people.some((m) => m.kind === 'person' && !sameSurname(m, last?.speaker)))) return null;
  if (last?.p === p - 1 && last.s === closing) return last.speaker;
  const reported = reportedSpeaker(prev.sentences[closing]!, walk.know);
  return reported?.kind === 'org' ? null : resolved(reported, walk, p - 1, closing);
}

/**
 * A sentence's topic, asked of sentences the walk has passed: its last attributed quote's speaker,
 * else who it reports (`She says that …`). The second is worked out when first asked for (most
 * sentences are never asked about); it reads only sentences before it, all settled by then, so it
 * is what the walk would have found there.
 */
function topicOf(walk: Walk, p: number, s: number): Mention | null {
  const row = walk.topics[p]!;
  if (row[s] === undefined) row[s] = reportedBy(walk, p, s);
  return row[s];
}

function reportedBy(walk: Walk, p: number, s: number): Mention | null {
  const m = resolved(reportedSpeaker(walk.paragraphs[p]!.sentences[s]!, walk.know), walk, p, s);
  return m?.kind === 'person' || m?.kind === 'unnamed' ? m : null;
}

/** `“And,” she continued, “…”`: the first half of a cut quote may be a bare conjunction, not worth a quote. */
function hasContent(text: string): boolean {
  return !/^(?:and|but|or|so|well|then|now|because|if|still|yet|also)?$/i.test(text.replace(/[^\p{L}\s]/gu, '').trim());
}

function sameSurname(a: Mention, b: Mention | null | undefined): boolean {
  const surname = (m: Mention) => (m.name.length > 0 ? familyKey(m.name) : fold(m.text));
  return !!b && b.kind === 'person' && surname(a) === surname(b);
}

function quoteText(para: ParagraphInfo, spanIndex: number, how: How | null): string {
  const span = para.spans[spanIndex]!;
  const text = para.passage.text.slice(span.innerStart, span.innerEnd).replace(/[\s,;:]+$/u, '');
  // `PENCE: Well, look, …`: the label names the speaker and is not part of what was said.
  return how?.rule === 'transcript-label' ? text.slice(text.indexOf(':') + 1).trimStart() : text;
}
