// The one sentence splitter. A full stop ends a sentence only when a capital (or quote, or digit)
// follows and the word before it is not a short form from the vocabulary table: `U.S.`, `Mr.`,
// `Det.`, initials (`J. Smith`) and decimals (`4.5`) never split. Stretches given as protected
// (quotes) are never cut inside; a protected stretch that ends a sentence is cut after.
import { PERIOD_SHORT_FORMS } from './vocabulary.ts';

export interface SentenceSpan {
  start: number;
  /** Exclusive; trailing spaces are not included. */
  end: number;
}

/** A stretch of text the splitter must not cut inside, e.g. a quote with its marks. */
export interface Protected {
  start: number;
  end: number;
  /** Where its content (quote marks aside) starts and ends. */
  innerStart: number;
  innerEnd: number;
}

// Candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace and the
// start of the next sentence.
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;

interface Break {
  /** Just past the sentence's last mark. */
  end: number;
  /** Where the next sentence starts. */
  next: number;
}

function breaks(text: string): Break[] {
  const out: Break[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[1] === '.' && !m[2] && isAbbreviationAt(text, m.index)) continue;
    const end = m.index + m[1]!.length + m[2]!.length;
    out.push({ end, next: end + m[3]!.length });
  }
  return out;
}

/** The sentences of a text, leading and trailing spaces left out. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (const b of breaks(text)) {
    if (b.end > start) spans.push({ start, end: b.end });
    start = b.next;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start, end: last });
  return spans;
}

/** Start offsets of the sentences of a paragraph (0 first); `St. Aldric's` and `J. Smith` do not split. */
export function sentenceStarts(text: string): number[] {
  return [0, ...breaks(text).map((b) => b.next)];
}

/**
 * The sentences of a paragraph without cutting inside a protected stretch, so a quote that spans
 * sentences stays in the sentence that introduces it.
 */
export function splitAround(text: string, keep: readonly Protected[]): SentenceSpan[] {
  const inside = (i: number) => keep.some((s) => i >= s.start && i < s.end);
  const cuts = breaks(text)
    .filter((b) => !inside(b.end - 1))
    .map((b) => b.end);
  for (const s of keep) {
    if (/[.!?…]$/u.test(text.slice(s.innerStart, s.innerEnd)) && startsSentence(text, s.end)) cuts.push(s.end);
  }
  return toSpans(text, [...new Set(cuts)].sort((a, b) => a - b));
}

/** Whitespace, then a capital, a digit or an opening mark (or the end of the text). */
function startsSentence(text: string, i: number): boolean {
  const rest = text.slice(i);
  return rest.trim() === '' || /^\s+["“‘'«([]?[\p{Lu}\p{N}]/u.test(rest);
}

function toSpans(text: string, cuts: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    let s = start;
    let e = cut;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = cut;
  }
  return spans;
}

/** True when the full stop at `dot` closes a short form, an initial or a dotted acronym. */
export function isAbbreviationAt(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (/^\p{L}(\.\p{L})+$/u.test(word)) return true;
  return PERIOD_SHORT_FORMS.has(word.toLowerCase());
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
