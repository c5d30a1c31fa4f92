// Tells hard-wrapped paragraphs (lines broken mid-sentence at a fixed width) from one-paragraph-a-line text.
import { isHeadingLike } from './headings.ts';
import { stripCredit } from './credits.ts';
import { endsSentence, isTitleCase, startsLower } from './shape.ts';

/** A trimmed non-blank line of a run of plain lines, with its 1-based number. */
export interface PlainLine {
  line: number;
  text: string;
  indented: boolean;
}

export interface Piece {
  kind: 'paragraph' | 'heading';
  lines: PlainLine[];
}

/** Wrapped text rarely runs wider than this; one-paragraph-a-line text usually does. */
const MAX_WRAP_WIDTH = 120;
/** Nobody wraps prose narrower than this; shorter lines are headings or short sentences. */
const MIN_WRAP_WIDTH = 30;
/** A wrapped line (other than a paragraph's last) fills at least this share of the width. */
const FULL_LINE = 0.6;

const width = (lines: readonly PlainLine[]): number => Math.max(0, ...lines.map((l) => l.text.length));

/**
 * The wrap width of this file's clearly wrapped runs, or null when none is clearly wrapped.
 * "Clearly" means a line broken mid-sentence goes on in lower case, which one-paragraph-a-line
 * text (every line a new paragraph, starting with a capital) almost never shows.
 */
export function fileWrapWidth(runs: readonly PlainLine[][]): number | null {
  const widths = runs.filter((r) => hasWrappedShape(r, null) && goesOnInLowerCase(r)).map((r) => width(r.slice(0, -1)));
  return widths.length > 0 ? Math.max(...widths) : null;
}

/** Splits a run of consecutive plain lines into paragraphs and headings. */
export function splitRun(run: PlainLine[], fileWidth: number | null): Piece[] {
  const [first, ...rest] = run;
  if (first && rest.length >= 2 && leadsWrappedRun(first, rest, fileWidth)) {
    return [{ kind: 'heading', lines: [first] }, ...splitWrapped(rest, fileWidth)];
  }
  if (isWrapped(run, fileWidth)) return splitWrapped(run, fileWidth);
  return run.map((l) => ({ kind: isHeadingLike(stripCredit(l.text)) ? 'heading' : 'paragraph', lines: [l] }));
}

function leadsWrappedRun(first: PlainLine, rest: PlainLine[], fileWidth: number | null): boolean {
  return isHeadingLike(first.text) && isWrapped(rest, fileWidth) && first.text.length < FULL_LINE * width(rest);
}

/** True when the run's lines are wrapped: its own lines go on in lower case, or the file is wrapped elsewhere. */
export function isWrapped(run: readonly PlainLine[], fileWidth: number | null): boolean {
  return hasWrappedShape(run, fileWidth) && (fileWidth !== null || goesOnInLowerCase(run));
}

function goesOnInLowerCase(run: readonly PlainLine[]): boolean {
  return run.some((l, i) => i > 0 && startsLower(l.text) && !endsSentence(run[i - 1]!.text));
}

/** True when the run's line breaks fall mid-sentence at a steady width. */
function hasWrappedShape(run: readonly PlainLine[], fileWidth: number | null): boolean {
  if (run.length < 2) return false;
  const body = run.slice(0, -1);
  const w = width(body);
  if (w > MAX_WRAP_WIDTH || w < MIN_WRAP_WIDTH) return false;
  const midSentence = body.filter((l, i) => !endsSentence(l.text) || startsLower(run[i + 1]!.text)).length;
  if (midSentence * 2 < body.length) return false;
  const ref = Math.max(w, fileWidth ?? 0);
  const full = body.filter((l) => l.text.length >= FULL_LINE * ref).length;
  if (full * 4 < body.length * 3) return false;
  if (run.length === 2) return twoLinesWrapped(run[0]!, run[1]!, fileWidth);
  return readsAsProse(run);
}

/** Two lines give little evidence: ask for a clear continuation or a full first line. */
function twoLinesWrapped(first: PlainLine, second: PlainLine, fileWidth: number | null): boolean {
  if (endsSentence(first.text)) return false;
  if (startsLower(second.text)) return true;
  if (isHeadingLike(first.text)) return fileWidth !== null && first.text.length >= 0.85 * fileWidth;
  return first.text.length >= (fileWidth === null ? 40 : FULL_LINE * fileWidth);
}

/** Lists of headlines are not prose: prose continues on lower-case words, headlines are Title Case. */
function readsAsProse(run: readonly PlainLine[]): boolean {
  const titled = run.filter((l) => isTitleCase(l.text)).length;
  if (titled * 2 >= run.length) return false;
  if (run.length < 4) return true;
  const lettered = run.slice(1).filter((l) => /^["“‘'(]?\p{L}/u.test(l.text));
  const lower = lettered.filter((l) => startsLower(l.text)).length;
  return lettered.length === 0 || lower * 4 >= lettered.length;
}

/** Joins a wrapped run, breaking where a paragraph visibly ends (a short line, an indent, a heading). */
function splitWrapped(run: PlainLine[], fileWidth: number | null): Piece[] {
  const ref = Math.max(width(run.slice(0, -1)), fileWidth ?? 0);
  const pieces: Piece[] = [];
  let current: PlainLine[] = [];
  run.forEach((l, i) => {
    current.push(l);
    const next = run[i + 1];
    if (next && !endsParagraph(l, next, ref)) return;
    pieces.push({ kind: current.length === 1 && isShortHeading(l, ref) ? 'heading' : 'paragraph', lines: current });
    current = [];
  });
  return pieces;
}

function endsParagraph(line: PlainLine, next: PlainLine, ref: number): boolean {
  if (startsLower(next.text)) return false;
  if (isShortHeading(line, ref)) return true;
  if (!endsSentence(line.text)) return false;
  if (next.indented && !line.indented) return true;
  const nextWord = next.text.split(/\s/u)[0] ?? '';
  // A greedy wrapper would have pulled the next word up had the paragraph gone on.
  return line.text.length + 1 + nextWord.length < 0.85 * ref;
}

function isShortHeading(line: PlainLine, ref: number): boolean {
  return isHeadingLike(line.text) && line.text.length < FULL_LINE * ref;
}
