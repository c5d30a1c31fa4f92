// Turns an article's lines into units: headings, paragraphs (one line or hard-wrapped) and bullet items.
import { classifyLine, TABLE_RULE, type LineToken } from './markup.ts';
import { stripCredit } from './credits.ts';
import { endsSentence, isTitleCase, startsLower, wordCount } from './shape.ts';
import { isHeadingLike, MAX_HEADING_CHARS } from './headings.ts';
import { plainView } from './plain-view.ts';
import { fileWrapWidth, splitRun, type PlainLine } from './wrap.ts';

export interface Unit {
  kind: 'heading' | 'paragraph' | 'bullet';
  /** 1-based line where the unit starts. */
  line: number;
  /** Verbatim text: trimmed line(s) joined with one space, bullet mark left out. */
  text: string;
  /** True for Markdown headings (`#`, underlined), which are headings whatever their shape. */
  marked?: boolean;
  /** A Markdown table's header row (a heading for its rows only) or one of its rows. */
  table?: 'header' | 'row';
}

type Chunk = { kind: 'unit'; unit: Unit } | { kind: 'run'; lines: PlainLine[] };

/** Units of `lines` from index `start` on, in order. */
export function toUnits(lines: readonly string[], start = 0): Unit[] {
  const chunks = unheadedIfDense(chunkLines(lines, start));
  const runs = chunks.flatMap((c) => (c.kind === 'run' ? [c.lines] : []));
  const fileWidth = fileWrapWidth(runs);
  return chunks.flatMap((c) =>
    c.kind === 'unit'
      ? [c.unit]
      : splitRun(c.lines, fileWidth).map((p) => toUnit(p.kind, p.lines)),
  );
}

/** A heading is shown, not quoted, so it loses its Markdown emphasis; a paragraph stays verbatim. */
function toUnit(kind: 'paragraph' | 'heading', lines: readonly PlainLine[]): Unit {
  const text = lines.map((l) => l.text).join(' ');
  return { kind, line: lines[0]!.line, text: kind === 'heading' ? plainView(text) : text };
}

/** Groups lines into Markdown headings, bullet items (with continuation lines) and runs of plain lines. */
function chunkLines(lines: readonly string[], start: number): Chunk[] {
  const chunks: Chunk[] = [];
  let run: PlainLine[] = [];
  let bullet: { unit: Unit; indent: number } | null = null;
  const flush = (): void => {
    if (run.length > 0) chunks.push({ kind: 'run', lines: run });
    run = [];
  };
  const push = (unit: Unit): void => {
    flush();
    chunks.push({ kind: 'unit', unit });
  };
  for (let i = start; i < lines.length; i++) {
    const token = asPlainIfContinued(classifyLine(lines[i]!), run);
    const line = i + 1;
    if (token.kind === 'plain' && bullet && continuesBullet(token, bullet)) {
      bullet.unit.text += ` ${token.text}`;
      continue;
    }
    bullet = null;
    if (token.kind === 'heading') push({ kind: 'heading', line, text: token.text, marked: true });
    // A table's header row heads its rows; each row is a passage of its own, cited on its line.
    else if (token.kind === 'table-row') {
      const header = TABLE_RULE.test(lines[i + 1] ?? '');
      push(header ? { kind: 'heading', line, text: cells(token.text).join(' · '), marked: true, table: 'header' } : { kind: 'paragraph', line, text: token.text, table: 'row' });
    }
    else if (token.kind === 'bullet') {
      bullet = { unit: { kind: 'bullet', line, text: token.text }, indent: token.indent };
      push(bullet.unit);
    } else if (token.kind === 'underline' && run.length > 0) {
      const title = run.pop()!;
      push({ kind: 'heading', line: title.line, text: title.text, marked: true });
    } else if (token.kind === 'plain') {
      const credited = stripCredit(token.text);
      // A line that is only a photo credit becomes its own unit, to be dropped with its reason.
      if (credited === '') push({ kind: 'paragraph', line, text: token.text });
      else run.push({ line, text: token.text, indented: token.indent > 0, heading: isHeadingLine(credited) });
    } else flush(); // blank, rule or stray underline
  }
  flush();
  return chunks;
}

/** Files this long with no blank line are sentence or snippet lists: a short line there is text, not a heading. */
const DENSE_MIN_LINES = 5;

/**
 * In a file written one paragraph a line with no blank line anywhere, no space sets a heading
 * apart: only Headline Style does. A short sentence-case line without a full stop, or one ending
 * in `!` or `?`, of three words or more, is a short paragraph there. The first line may still head the file.
 */
function unheadedIfDense(chunks: Chunk[]): Chunk[] {
  if (chunks.length !== 1 || chunks[0]!.kind !== 'run' || chunks[0]!.lines.length < DENSE_MIN_LINES) return chunks;
  const [first, ...rest] = chunks[0]!.lines;
  // One or two words would be dropped as a fragment anyway: such a line keeps its role as a label.
  const styled = (l: PlainLine) => wordCount(l.text, 3) < 3 || (isTitleCase(l.text) && !/[!?]["”’]?$/u.test(l.text));
  return [{ kind: 'run', lines: [first!, ...rest.map((l) => (l.heading && !styled(l) ? { ...l, heading: false } : l))] }];
}

/** The cells of a table row, without the outer pipes: `| Measure | Figure |` → Measure, Figure. */
function cells(row: string): string[] {
  return row.replace(/^\s*\||\|\s*$/gu, '').split('|').map((c) => plainView(c.trim()));
}

/** Long lines are never headings; short ones are judged without their Markdown emphasis. */
function isHeadingLine(text: string): boolean {
  return text.length <= 2 * MAX_HEADING_CHARS && isHeadingLike(plainView(text));
}

/** "12. The vote…" after a line broken mid-sentence is wrapped text that starts with a number, not a list item. */
function asPlainIfContinued(token: LineToken, run: readonly PlainLine[]): LineToken {
  if (token.kind !== 'bullet' || !token.numbered) return token;
  const previous = run.at(-1);
  if (!previous || previous.heading || endsSentence(previous.text) || previous.text.endsWith(':')) return token;
  return { kind: 'plain', text: token.line, indent: token.indent };
}

/** A wrapped bullet item goes on in an indented line, or a lower-case one when it stopped mid-sentence. */
function continuesBullet(token: { text: string; indent: number }, bullet: { unit: Unit; indent: number }): boolean {
  return token.indent > bullet.indent || (startsLower(token.text) && !endsSentence(bullet.unit.text));
}
