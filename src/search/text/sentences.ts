// Sentence boundaries in a passage, for excerpts and sentence-level scoring. A full stop ends a
// sentence only when a capital (or quote, or digit) follows and the word before it is not an
// abbreviation: `U.S.`, `C.I.A.`, `Mr.`, initials (`J. Smith`) and decimals (`4.5`) never split.

import { isAbbreviationAt } from '../../corpus/shape.ts';

export interface SentenceSpan {
  start: number;
  /** Exclusive; trailing spaces are not included. */
  end: number;
}

// Candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace and the
// start of the next sentence.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && isAbbreviationAt(text, m.index)) continue;
    if (end > start) spans.push({ start, end });
    start = end + m[3]!.length;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
