// Tells hard-wrapped paragraphs (lines broken mid-sentence at a fixed width) from one-paragraph-a-line text.
import { endsMidSentence, endsSentence, isTitleCase, startsLower } from './shape.ts';

/** A trimmed non-blank line of a run of plain lines, with its 1-based number. */
export interface PlainLine {
  line: number;
  text: string;
  indented: boolean;
  /** Whether the line (without a trailing photo credit) reads as a heading; worked out once. */
  heading: boolean;
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
 * "Clearly" means a line broken mid-sentence (on "the", a comma) or going on in lower case, which
 * one-paragraph-a-line text (every line a new paragraph, starting with a capital) almost never shows.
 */
export function fileWrapWidth(runs: readonly PlainLine[][]): number | null {
  const widths = runs.filter((r) => hasWrappedShape(r, null) && goesOnMidSentence(r)).map((r) => width(r.slice(0, -1)));
  return widths.length > 0 ? Math.max(...widths) : null;
}

/** Splits a run of consecutive plain lines into paragraphs and headings. */
export function splitRun(run: PlainLine[], fileWidth: number | null): Piece[] {
  const [first, ...rest] = run;
  if (first && rest.length >= 2 && leadsWrappedRun(first, rest, fileWidth)) {
    return [{ kind: 'heading', lines: [first] }, ...splitWrapped(rest, fileWidth)];
  }
  if (isWrapped(run, fileWidth)) return splitWrapped(run, fileWidth);
  return run.map((l) => ({ kind: l.heading ? 'heading' : 'paragraph', lines: [l] }));
}

function leadsWrappedRun(first: PlainLine, rest: PlainLine[], fileWidth: number | null): boolean {
  return first.heading && isWrapped(rest, fileWidth) && first.text.length < FULL_LINE * width(rest);
}

/**
 * True when the run's lines are wrapped: at a steady width, and either plainly continued within
 * the run, or in a file that is wrapped elsewhere (where `splitWrapped` still finds paragraph ends).
 */
function isWrapped(run: readonly PlainLine[], fileWidth: number | null): boolean {
  if (!hasWrappedShape(run, fileWidth)) return false;
  if (goesOnMidSentence(run)) return true;
  if (fileWidth === null) return false;
  return run.length > 2 || twoLinesWrapped(run[0]!, fileWidth);
}

/** Some line is plainly continued. */
function goesOnMidSentence(run: readonly PlainLine[]): boolean {
  return run.some((l, i) => i > 0 && continues(run[i - 1]!, l));
}

/**
 * `line` plainly goes on in `next`: it stops on "the" or a comma, or it stops without a full stop
 * and `next` starts in lower case. A heading followed by a paragraph starting "iPhone" does not count.
 */
function continues(line: PlainLine, next: PlainLine): boolean {
  if (endsMidSentence(line.text)) return true;
  return startsLower(next.text) && !endsSentence(line.text) && !line.heading;
}

/** Lines of a steady width (bar the last), not too wide or narrow, reading as prose rather than headlines. */
function hasWrappedShape(run: readonly PlainLine[], fileWidth: number | null): boolean {
  if (run.length < 2) return false;
  const body = run.slice(0, -1);
  const w = width(body);
  if (w > MAX_WRAP_WIDTH || w < MIN_WRAP_WIDTH) return false;
  const ref = Math.max(w, fileWidth ?? 0);
  const full = body.filter((l) => l.text.length >= FULL_LINE * ref).length;
  return full * 4 >= body.length * 3 && readsAsProse(run, fileWidth !== null);
}

/** Two full-width lines in a wrapped file: wrapped unless the first is a short heading. */
function twoLinesWrapped(first: PlainLine, fileWidth: number): boolean {
  return !first.heading || first.text.length >= 0.7 * fileWidth;
}

/**
 * Lists of headlines are not prose: prose lines go on mid-sentence, headlines are Title Case.
 * A long run with no line plainly going on counts as prose only in a file wrapped elsewhere.
 */
function readsAsProse(run: readonly PlainLine[], fileIsWrapped: boolean): boolean {
  const goesOn = run.filter((l, i) => i > 0 && continues(run[i - 1]!, l)).length;
  if (goesOn > 0 && goesOn * 4 >= run.length - 1) return true;
  const titled = run.filter((l) => isTitleCase(l.text)).length;
  return titled * 2 < run.length && (run.length < 4 || fileIsWrapped);
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
  return line.heading && line.text.length < FULL_LINE * ref;
}
