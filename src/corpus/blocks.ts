// Turns an article's lines into units: headings, paragraphs (one line or hard-wrapped) and bullet items.
import { classifyLine } from './markup.ts';
import { stripCredit } from './credits.ts';
import { startsLower } from './shape.ts';
import { fileWrapWidth, splitRun, type PlainLine } from './wrap.ts';

export interface Unit {
  kind: 'heading' | 'paragraph' | 'bullet';
  /** 1-based line where the unit starts. */
  line: number;
  /** Verbatim text: trimmed line(s) joined with one space, bullet mark left out. */
  text: string;
  /** True for Markdown headings (`#`, underlined), which are headings whatever their shape. */
  marked?: boolean;
}

type Chunk = { kind: 'unit'; unit: Unit } | { kind: 'run'; lines: PlainLine[] };

/** Units of `lines` from index `start` on, in order. */
export function toUnits(lines: readonly string[], start = 0): Unit[] {
  const chunks = chunkLines(lines, start);
  const runs = chunks.flatMap((c) => (c.kind === 'run' ? [c.lines] : []));
  const fileWidth = fileWrapWidth(runs);
  return chunks.flatMap((c) =>
    c.kind === 'unit'
      ? [c.unit]
      : splitRun(c.lines, fileWidth).map((p) => ({ kind: p.kind, line: p.lines[0]!.line, text: joinLines(p.lines) })),
  );
}

function joinLines(lines: readonly PlainLine[]): string {
  return lines.map((l) => l.text).join(' ');
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
    const token = classifyLine(lines[i]!);
    const line = i + 1;
    if (token.kind === 'plain' && bullet && continuesBullet(token, bullet.indent)) {
      bullet.unit.text += ` ${token.text}`;
      continue;
    }
    bullet = null;
    if (token.kind === 'heading') push({ kind: 'heading', line, text: token.text, marked: true });
    else if (token.kind === 'bullet') {
      bullet = { unit: { kind: 'bullet', line, text: token.text }, indent: token.indent };
      push(bullet.unit);
    } else if (token.kind === 'underline' && run.length > 0) {
      const title = run.pop()!;
      push({ kind: 'heading', line: title.line, text: title.text, marked: true });
    } else if (token.kind === 'plain' && stripCredit(token.text) === '') {
      push({ kind: 'paragraph', line, text: token.text }); // only a photo credit: dropped later, with its reason
    } else if (token.kind === 'plain') {
      run.push({ line, text: token.text, indented: token.indent > 0 });
    } else flush(); // blank, rule or stray underline
  }
  flush();
  return chunks;
}

/** A wrapped bullet item goes on in an indented or lower-case line. */
function continuesBullet(token: { text: string; indent: number }, bulletIndent: number): boolean {
  return token.indent > bulletIndent || startsLower(token.text);
}
