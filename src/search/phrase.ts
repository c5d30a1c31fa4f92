// Exact phrases: words the user put in quotes ("not for sale") must appear together, in that
// order, in the passages shown first. Stop words count inside a phrase, so a passage that says
// "for sale" does not pass for one that says "not for sale".
import type { Passage } from '../corpus/types.ts';
import type { PassageIndex } from './passage-index.ts';
import { fold } from '../text/fold.ts';
import { tokenize } from '../text/tokens.ts';

const QUOTED = /"([^"]+)"|“([^”]+)”|«([^»]+)»/g;

/** The question's quoted phrases of two words or more, as folded word lists. */
export function quotedPhrases(question: string): string[][] {
  const out: string[][] = [];
  for (const m of question.matchAll(QUOTED)) {
    const words = wordsOf(m[1] ?? m[2] ?? m[3] ?? '');
    if (words.length >= 2) out.push(words);
  }
  return out;
}

const wordsOf = (text: string): string[] => tokenize(text).map((t) => fold(t.text).replace(/’/g, "'"));

/** Does the passage hold every phrase, word for word? */
export function holdsPhrases(text: string, phrases: readonly string[][]): boolean {
  if (phrases.length === 0) return true;
  const words = wordsOf(text).join(' ');
  return phrases.every((p) => ` ${words} `.includes(` ${p.join(' ')} `));
}

/** Passages holding every phrase, found through the postings of each phrase's rarest indexed word. */
export function passagesWithPhrases(phrases: readonly string[][], index: PassageIndex, passages: readonly Passage[], max: number): number[] {
  let docs: Uint32Array | null = null;
  for (const phrase of phrases) {
    const ids = tokenize(phrase.join(' ')).flatMap((t) => (t.term && index.termId(t.term) !== undefined ? [index.termId(t.term)!] : []));
    if (ids.length === 0) continue;
    const rarest = ids.reduce((a, b) => (index.fieldFrequency(a, 0) <= index.fieldFrequency(b, 0) ? a : b));
    const found = index.postings(rarest, 0).docs;
    if (!docs || found.length < docs.length) docs = found;
  }
  const out: number[] = [];
  for (const d of docs ?? []) {
    if (holdsPhrases(passages[d]!.text, phrases)) out.push(d);
    if (out.length >= max) break;
  }
  return out;
}

/** The same list with the passages that hold every phrase first (each part keeps its order). */
export function phrasesFirst<T extends { passage: Passage }>(ranked: T[], phrases: readonly string[][]): T[] {
  if (phrases.length === 0) return ranked;
  const holds = ranked.map((r) => holdsPhrases(r.passage.text, phrases));
  return [...ranked.filter((_, i) => holds[i]), ...ranked.filter((_, i) => !holds[i])];
}
