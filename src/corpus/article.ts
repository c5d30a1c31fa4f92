// Parses one decoded file into an article: front matter, units, boilerplate removal, title, headings.
import type { Article, Passage } from './types.ts';
import { readFrontMatter, type ArticleMeta } from './front-matter.ts';
import { toUnits, type Unit } from './blocks.ts';
import { cleanUnits, type Cleaned, type DropReason } from './clean.ts';
import { findArticleEnd } from './article-end.ts';
import { chooseTitle, stackedCaptions } from './title.ts';

/** A line left out of the index, and why (for tests and for checking a corpus by hand). */
export interface Dropped {
  line: number;
  text: string;
  reason: DropReason;
  /** The named rule that dropped it (the reason itself for steps that are not table rules). */
  rule: string;
}

export interface ParsedArticle {
  article: Article;
  dropped: Dropped[];
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

export function parseArticle(source: string, text: string): ParsedArticle {
  const lines = splitLines(text);
  const { meta, bodyStart } = readFrontMatter(lines);
  return parseUnits(source, meta, toUnits(lines, bodyStart));
}

/** The article made of a file's units (from its lines, or a web page's elements) and its meta data. */
export function parseUnits(source: string, meta: ArticleMeta, raw: readonly Unit[], removed: readonly Dropped[] = []): ParsedArticle {
  const units = cleanUnits(raw);
  const end = findArticleEnd(units) ?? units.length;
  for (let i = end; i < units.length; i++) units[i] = { ...units[i]!, drop: units[i]!.drop ?? 'after-article-end' };
  const kept = units.filter((u) => u.drop === null);
  const { title, titleUnits, firstLineKept } = chooseTitle(meta.title, kept, source.replace(/\.[^.]+$/u, ''));
  for (const i of titleUnits) kept[i] = { ...kept[i]!, drop: 'title' };
  // A first line kept as a passage heads nothing: it is text, not a section heading; so are the captions stacked under it.
  if (firstLineKept) for (const i of [0, ...stackedCaptions(kept)]) kept[i] = { ...kept[i]!, kind: 'paragraph' };
  let passages = withHeadings(kept, source, title);
  // Only short lines, no sentence among them (a list, a caption): kept as they are rather than lost.
  if (passages.length === (firstLineKept ? 1 : 0)) {
    const lines = units.filter((u) => u.drop === null || u.drop === 'title' || u.drop === 'fragment').map((u) => ({ ...u, kind: 'paragraph' as const, drop: null }));
    passages = withHeadings(lines, source, title);
    for (const u of lines) units[units.findIndex((v) => v.line === u.line)] = u;
  }
  const dropped = [...removed, ...[...units, ...kept].filter((u) => u.drop !== null).map(toDropped)];
  return { article: { source, title, ...withoutTitle(meta), passages }, dropped: dedupe(dropped) };
}

function withoutTitle<T extends { title: unknown }>(meta: T): Omit<T, 'title'> {
  const { title: _title, ...rest } = meta;
  return rest;
}

/** Each passage carries the nearest heading above it; a table's header heads its rows only. */
function withHeadings(kept: readonly Cleaned[], source: string, title: string): Passage[] {
  const passages: Passage[] = [];
  let heading: string | null = null;
  let tableHeader: string | null = null;
  for (const unit of kept) {
    if (unit.drop !== null) continue;
    if (unit.table === 'header') tableHeader = unit.text;
    else if (unit.kind === 'heading') [heading, tableHeader] = [unit.text, null];
    else {
      if (unit.table !== 'row') tableHeader = null;
      passages.push({ source, line: unit.line, heading: tableHeader ?? heading, title, text: unit.text });
    }
  }
  return passages;
}

function toDropped(unit: Cleaned): Dropped {
  return { line: unit.line, text: unit.text, reason: unit.drop!, rule: unit.rule ?? unit.drop! };
}

function dedupe(dropped: Dropped[]): Dropped[] {
  const seen = new Map(dropped.map((d) => [`${d.line}\0${d.text}`, d]));
  return [...seen.values()].sort((a, b) => a.line - b.line);
}
