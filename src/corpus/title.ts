// Picks an article's title: front matter, else a headline-like first line, else the opening words.
import type { Cleaned } from './clean.ts';
import { sentenceStarts } from '../text/sentences.ts';
import { compareKey, endsSentence, isHeadlineStyle, lastMark, wordCount } from './shape.ts';

const MAX_TITLE_WORDS = 25;
const MAX_TITLE_CHARS = 160;
/** Opening words used as a title are cut near this length, at a word boundary. */
const OPENING_CHARS = 80;

export interface TitleChoice {
  title: string;
  /** Indexes (into the kept units) of lines that are the title itself, not passages. */
  titleUnits: number[];
  /**
   * True when the first kept line is the title and also a passage: a caption or a line in sentence
   * case reads as text that may answer a question, so it is kept (search ranks it after body text).
   */
  firstLineKept: boolean;
}

/** `kept` are the units that survived cleaning, in order. */
export function chooseTitle(metaTitle: string | null, kept: readonly Cleaned[], fallback: string): TitleChoice {
  const first = kept[0];
  const fromFirstLine = !metaTitle && first && (first.kind === 'heading' || (isHeadlineLine(first, kept.length) && standsOut(kept)));
  if (metaTitle || fromFirstLine) {
    const title = metaTitle ?? first!.text;
    const firstLineKept = !metaTitle && readsAsText(first!, kept[1]);
    return { title, titleUnits: repeatsOfTitle(title, kept).filter((i) => !firstLineKept || i !== 0), firstLineKept };
  }
  // Opening words are not a separate line: the paragraph they come from stays a passage.
  return { title: openingWords(kept) ?? fallback, titleUnits: [], firstLineKept: false };
}

/**
 * A headline is set apart: by a blank line under it, by Headline Style, or by Markdown (`# …`). A
 * first line in sentence case right above the text, in a file written a paragraph a line, is as
 * likely a photo caption ("The signal controls in a 1950s cab") or a short sentence, and its words
 * may answer a question: it stays a passage as well as the title.
 */
function readsAsText(unit: Cleaned, next: Cleaned | undefined): boolean {
  return !unit.marked && next?.line === unit.line + 1 && !isHeadlineStyle(unit.text);
}

/**
 * Under a first line kept as a caption, the label-like lines stacked right below it (no blank line
 * between, before any paragraph) are more captions ("Marlowe" / "Port Ellis, Westmarch" over a list of
 * cities), not section headings over the whole article. A label ending in `:` still heads a list.
 * Returns their indexes into `kept`.
 */
export function stackedCaptions(kept: readonly Cleaned[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < kept.length; i++) {
    const unit = kept[i]!;
    if (unit.kind !== 'heading' || unit.marked || unit.line !== kept[i - 1]!.line + 1 || unit.text.trimEnd().endsWith(':')) break;
    out.push(i);
  }
  return out;
}

/** A lone first line that reads like a headline: one sentence without a full stop, not too long. */
function isHeadlineLine(unit: Cleaned, unitCount: number): boolean {
  const t = unit.text;
  if (unit.kind !== 'paragraph' || unitCount < 2) return false;
  if (wordCount(t, MAX_TITLE_WORDS) > MAX_TITLE_WORDS || t.length > MAX_TITLE_CHARS || sentenceStarts(t).length > 1) return false;
  return !endsSentence(t) || lastMark(t) === '?' || lastMark(t) === '!';
}

/**
 * A headline stands out from the body by lacking a full stop: when most other paragraphs lack one
 * too (a list of news snippets, one per line), the first line is one of them, not a headline.
 */
function standsOut(kept: readonly Cleaned[]): boolean {
  const body = kept.slice(1, 21).filter((u) => u.kind !== 'heading');
  const unpunctuated = body.filter((u) => !endsSentence(u.text)).length;
  return unpunctuated * 2 < body.length || body.length === 0;
}

/** The first paragraph's first sentence, cut at a word boundary with `…` when long. */
function openingWords(kept: readonly Cleaned[]): string | null {
  const para = kept.find((u) => u.kind !== 'heading');
  if (!para) return null;
  const starts = sentenceStarts(para.text);
  const sentence = para.text.slice(0, starts[1] ?? para.text.length).trim();
  if (sentence.length <= OPENING_CHARS + 10) return sentence.replace(/[.。]$/u, '');
  const cut = sentence.lastIndexOf(' ', OPENING_CHARS);
  return `${sentence.slice(0, cut > 0 ? cut : OPENING_CHARS).replace(/[\s,;:—–-]+$/u, '')}…`;
}

/** One headline is the other cut short (the shorter still a headline, not a word or two). */
function restates(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 20 && long.startsWith(short);
}

/**
 * The title line and its echoes before the body starts: a headline repeated in another case, or
 * one that says more or less than the front matter's title (`# Leader suspended after positive
 * test for banned drug` under `title: Leader suspended after positive test`).
 */
function repeatsOfTitle(title: string, kept: readonly Cleaned[]): number[] {
  const key = compareKey(title);
  const found: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    const unit = kept[i]!;
    const other = compareKey(unit.text);
    if (other === key || (unit.kind === 'heading' && found.length === 0 && restates(other, key))) found.push(i);
    else if (unit.kind !== 'heading') break;
  }
  return found;
}
