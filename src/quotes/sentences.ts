// Splits a paragraph into sentences without ever cutting inside a quote, so a quote that spans
// sentences stays in the sentence that introduces it.
import type { QuoteSpan } from './spans.ts';

export interface SentenceRange {
  start: number;
  end: number;
}

/** Words whose period does not end a sentence (`Mr.`, `Sen.`, `U.S.` and initials are caught by shape). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col capt sgt st jr sr prof rev adm maj no vs etc inc corp co ltd jan feb mar apr aug sept sep oct nov dec approx est dept univ ft mt'.split(' '),
);

export function splitSentences(text: string, spans: readonly QuoteSpan[]): SentenceRange[] {
  const cuts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const span = spans.find((s) => s.start === i);
    if (span) {
      i = span.end;
      if (/[.!?…]$/u.test(text.slice(span.innerStart, span.innerEnd)) && nextStartsSentence(text, i)) cuts.push(i);
      continue;
    }
    if (/[.!?…]/u.test(text[i]!) && !/[.!?…]/u.test(text[i + 1] ?? '') && endsSentence(text, i)) cuts.push(i + 1);
    i++;
  }
  return toRanges(text, cuts);
}

function endsSentence(text: string, i: number): boolean {
  if (!nextStartsSentence(text, i + 1)) return false;
  if (text[i] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted abbreviations: `J.`, `U.S.`, `U.N.`
  return !/^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(word);
}

/** Whitespace, then a capital, a digit or an opening mark (or the end of the text). */
function nextStartsSentence(text: string, i: number): boolean {
  const rest = text.slice(i);
  if (rest.trim() === '') return true;
  return /^\s+["“‘'«([]?[\p{Lu}\p{N}]/u.test(rest);
}

function toRanges(text: string, cuts: readonly number[]): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const range = trimRange(text, start, cut);
    if (range) ranges.push(range);
    start = cut;
  }
  return ranges;
}

function trimRange(text: string, start: number, end: number): SentenceRange | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
