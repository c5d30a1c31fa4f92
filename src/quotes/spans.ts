// Finds the quoted stretches of a paragraph ("…", “…”, «…», ‘…’ and '…') and tells quote marks
// from apostrophes: a mark inside a word (`we’ve`, `Mexico’s`) never opens or closes a quote.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the paragraph's end when the quote runs on. */
  end: number;
  /** Offsets of the quoted words, marks and surrounding spaces left out. */
  innerStart: number;
  innerEnd: number;
  /** False when the quote is still open at the paragraph's end (news style for a quote that goes on). */
  closed: boolean;
}

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
/** What may stand right before an opening mark. */
const BEFORE_OPEN = /[\s([{“"«—–\-/:]/u;
/** Longest stretch taken for a single-quoted phrase; longer pairings are apostrophes by chance. */
const MAX_SINGLE = 600;

/** Every quote of the paragraph, in text order, none inside another. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  // Most paragraphs have no mark that could open a quote: no walk through them letter by letter.
  const doubles = ANY_DOUBLE.test(text) ? doubleSpans(text) : [];
  const singles = ANY_SINGLE_OPEN.test(text) ? singleSpans(text, doubles) : [];
  return singles.length === 0 ? doubles : [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** Every mark `doubleSpans` reads; the single marks that may open a quote. */
const ANY_DOUBLE = /["“”«»„]/;
const ANY_SINGLE_OPEN = /['‘]/;

function doubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const opens = DOUBLE_OPEN.has(c) || (c === '"' && open === -1 && opensAt(text, i));
    if (open !== -1 && (DOUBLE_CLOSE.has(c) || c === '"')) {
      const span = makeSpan(text, open, i + 1, true);
      if (span) spans.push(span);
      open = -1;
    } else if (opens) {
      // A second opening mark before any close: the first was a stray mark.
      open = i;
    }
  }
  const runOn = open === -1 ? null : makeSpan(text, open, text.length, false);
  if (runOn && /\p{L}.*\s.*\p{L}/u.test(text.slice(runOn.innerStart, runOn.innerEnd))) spans.push(runOn);
  return spans;
}

function opensAt(text: string, i: number): boolean {
  const next = text[i + 1];
  return next !== undefined && !/\s/u.test(next) && (i === 0 || BEFORE_OPEN.test(text[i - 1]!));
}

function singleSpans(text: string, taken: readonly QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (inside(taken, i) || !singleOpensAt(text, i)) continue;
    const close = singleCloseAfter(text, i, taken);
    if (close === -1) continue;
    const span = makeSpan(text, i, close + 1, true);
    if (span && validSingle(text, span, text[i] === "'")) {
      spans.push(span);
      i = close;
    }
  }
  return spans;
}

function singleOpensAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '‘' && c !== "'") return false;
  const prevOk = i === 0 || BEFORE_OPEN.test(text[i - 1]!);
  const next = text[i + 1] ?? '';
  return prevOk && (c === '‘' ? /[\p{L}\p{N}…"“.]/u.test(next) : /\p{L}/u.test(next));
}

function singleClosesAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '’' && c !== "'" && c !== '‘') return false;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  // `‘` as a close only ever appears by mistake; accept it only before a space or punctuation too.
  return !/\s/u.test(prev) && !/[\p{L}\p{N}]/u.test(next);
}

/** The closing mark for the single quote opened at `open`, or -1 (a later opening mark, a double quote or too far). */
function singleCloseAfter(text: string, open: number, taken: readonly QuoteSpan[]): number {
  const limit = Math.min(text.length, open + MAX_SINGLE);
  for (let k = open + 2; k < limit; k++) {
    if (inside(taken, k) || singleOpensAt(text, k)) return -1;
    if (singleClosesAt(text, k)) return k;
  }
  return -1;
}

function validSingle(text: string, span: QuoteSpan, straight: boolean): boolean {
  const inner = text.slice(span.innerStart, span.innerEnd);
  if (!/\p{L}/u.test(inner) || inner.length < 2) return false;
  // Straight single marks double as apostrophes (rock 'n' roll): demand a phrase.
  return !straight || /\S\s+\S/u.test(inner);
}

function inside(spans: readonly QuoteSpan[], i: number): boolean {
  return spans.some((s) => i >= s.start && i < s.end);
}

function makeSpan(text: string, start: number, end: number, closed: boolean): QuoteSpan | null {
  let innerStart = start + 1;
  let innerEnd = closed ? end - 1 : end;
  while (innerStart < innerEnd && /\s/u.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /\s/u.test(text[innerEnd - 1]!)) innerEnd--;
  return innerEnd > innerStart ? { start, end, innerStart, innerEnd, closed } : null;
}
