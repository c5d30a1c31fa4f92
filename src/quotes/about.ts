// `/quote <speaker> about:<words>`: narrows quotes to those whose words (or whose paragraph) match,
// comparing word stems without accents, and marks the matching words for emphasis.
import { stemmer } from 'stemmer';
import { fold } from './fold.ts';
import type { Span } from '../text/spans.ts';

const STOPWORDS = new Set(
  'a an the and or but of to in on at for with by from about as is are was were be been it its this that these those what which who whom how why when where did does do said say says quote quotes'.split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The stems a topic asks for; empty when it has no content words. */
export function aboutStems(about: string): string[] {
  const words = fold(about).match(WORD) ?? [];
  return [...new Set(words.filter((w) => !STOPWORDS.has(w)).map(stem))];
}

/** Every stem appears in at least one of the texts. */
export function matchesAbout(stems: readonly string[], texts: readonly string[]): boolean {
  const present = new Set(texts.flatMap((t) => (fold(t).match(WORD) ?? []).map(stem)));
  return stems.every((s) => present.has(s));
}

/**
 * Quotes that use the topic's words themselves before those whose paragraph alone does, each group
 * in the order given (as a stable sort would put them); each quote's text is tested once.
 */
export function ownWordsFirst<T extends { text: string }>(stems: readonly string[], quotes: readonly T[]): T[] {
  if (stems.length === 0) return [...quotes];
  const own: T[] = [];
  const others: T[] = [];
  for (const q of quotes) (matchesAbout(stems, [q.text]) ? own : others).push(q);
  return [...own, ...others];
}

/** The text as spans, words whose stem was asked for emphasised; the spans join back to the text. */
export function emphasise(text: string, stems: readonly string[]): Span[] {
  if (stems.length === 0) return [{ text }];
  const wanted = new Set(stems);
  const spans: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(stem(fold(m[0])))) continue;
    if (m.index > at) spans.push({ text: text.slice(at, m.index) });
    spans.push({ text: m[0], emphasis: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}

function stem(word: string): string {
  return stemmer(word.replace(/['’]s$/, '').replace(/['’]/g, ''));
}
