// The excerpt of a hit: its best sentences, verbatim, `…` where the passage goes on before or after,
// cut down around the matched words when longer than the limit, matched words emphasised.
import type { Span } from '../text/spans.ts';
import type { Ranked } from './rank/rerank.ts';
import type { Token } from '../text/tokens.ts';

export const ELLIPSIS = '…';

/** Spans whose texts concatenate to the plain excerpt; everything but the `…` is a substring of the passage. */
export function excerptOf(hit: Ranked, matches: (term: string) => boolean, maxLength: number): Span[] {
  const text = hit.passage.text;
  const first = hit.sentences[hit.window[0]];
  const last = hit.sentences[hit.window[1] - 1];
  let range: [number, number] = first && last ? [first.start, last.end] : [0, text.trimEnd().length];
  const emphasised = hit.tokens.filter((t) => t.term !== null && matches(t.term));
  // Two sentences too long together: the one with more matches, whole if it fits.
  if (range[1] - range[0] > maxLength && hit.window[1] - hit.window[0] > 1) range = fullerSentence(hit, emphasised);
  if (range[1] - range[0] > maxLength) range = densest(hit.tokens, emphasised, range, maxLength);
  const spans = emphasise(text, range, emphasised);
  if (text.slice(0, range[0]).trim()) spans.unshift({ text: ELLIPSIS });
  if (text.slice(range[1]).trim()) spans.push({ text: ELLIPSIS });
  return spans;
}

function fullerSentence(hit: Ranked, emphasised: Token[]): [number, number] {
  const count = (s: { start: number; end: number }) => emphasised.filter((t) => t.start >= s.start && t.end <= s.end).length;
  const window = hit.sentences.slice(hit.window[0], hit.window[1]);
  const best = window.reduce((a, b) => (count(b) > count(a) ? b : a));
  return [best.start, best.end];
}

/** A stretch of at most `maxLength` characters, on word boundaries, holding the most matched words. */
function densest(tokens: Token[], emphasised: Token[], [from, to]: [number, number], maxLength: number): [number, number] {
  const inside = tokens.filter((t) => t.start >= from && t.end <= to);
  let bestStart = from;
  let bestCount = -1;
  for (const anchor of emphasised.length > 0 ? emphasised : inside.slice(0, 1)) {
    if (anchor.start < from || anchor.end > to) continue;
    // Start a little before the first matched word so it reads in context.
    const start = Math.max(from, anchor.start - Math.floor(maxLength / 6));
    const count = emphasised.filter((t) => t.start >= start && t.end <= start + maxLength).length;
    if (count > bestCount) [bestStart, bestCount] = [start, count];
  }
  const words = inside.filter((t) => t.start >= bestStart && t.end <= bestStart + maxLength);
  if (words.length === 0) return [from, Math.min(to, from + maxLength)];
  const start = words[0]!.start === inside[0]!.start ? from : words[0]!.start;
  const end = words.at(-1) === inside.at(-1) ? to : words.at(-1)!.end;
  return [start, end];
}

function emphasise(text: string, [from, to]: [number, number], emphasised: Token[]): Span[] {
  const spans: Span[] = [];
  let at = from;
  for (const t of emphasised) {
    if (t.start < at || t.end > to) continue;
    if (t.start > at) spans.push({ text: text.slice(at, t.start) });
    spans.push({ text: text.slice(t.start, t.end), emphasis: true });
    at = t.end;
  }
  if (to > at) spans.push({ text: text.slice(at, to) });
  return spans;
}
