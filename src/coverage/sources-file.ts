// The optional `sources.yml` in DATA_DIR: which outlet (and URL, date) a file or folder of plain-text
// articles comes from, since `.txt` files cannot say. What an article says of itself (front matter,
// HTML metadata) wins; the file fills the gaps; a date in the file name comes last.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

// yaml is loaded only when a sources file is there to read (most folders have none).
const parse = (text: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);
import { z } from 'zod';
import type { Article } from '../corpus/types.ts';
import { dateFromFileName, normaliseDate } from './dates.ts';

export const SOURCES_FILE = 'sources.yml';

const Entry = z.union([
  z.string().min(1),
  z.object({ outlet: z.string().min(1).optional(), url: z.url().optional(), date: z.union([z.string(), z.date()]).optional() }),
]);
const SourcesFile = z.record(z.string().min(1), Entry);

export interface SourceRule {
  pattern: string;
  matches: (source: string) => boolean;
  outlet: string | null;
  url: string | null;
  date: string | null;
}

/**
 * `*` matches within a folder, `**` across folders, `?` one character; a pattern ending in `/` (or
 * naming a folder) matches every file under it. Matched against the path relative to DATA_DIR, `/`-separated.
 */
export function globMatcher(pattern: string): (source: string) => boolean {
  const p = pattern.replace(/^\.\//, '');
  const body = p.split(/(\*\*\/|\*\*|\*|\?)/).map(globPart).join('');
  const re = new RegExp(`^${body}${p.endsWith('/') ? '.*' : '(?:/.*)?'}$`);
  return (source) => re.test(source);
}

function globPart(part: string): string {
  if (part === '**/') return '(?:.*/)?';
  if (part === '**') return '.*';
  if (part === '*') return '[^/]*';
  if (part === '?') return '[^/]';
  return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** The rules of `DATA_DIR/sources.yml`, in file order (the first that matches wins); none when it is absent. */
export async function readSourceRules(dataDir: string, warn?: (message: string) => void): Promise<SourceRule[]> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, SOURCES_FILE), 'utf8');
  } catch {
    return [];
  }
  const parsed = SourcesFile.safeParse(safeYaml(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    warn?.(`${SOURCES_FILE}: ignored (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'not a map of patterns'}). Write one "pattern: outlet" a line.`);
    return [];
  }
  return Object.entries(parsed.data).map(([pattern, entry]) => {
    const e = typeof entry === 'string' ? { outlet: entry } : entry;
    const date = e.date instanceof Date ? e.date.toISOString().slice(0, 10) : normaliseDate(e.date);
    return { pattern, matches: globMatcher(pattern), outlet: e.outlet ?? null, url: e.url ?? null, date };
  });
}

function safeYaml(text: string): unknown {
  try {
    return parse(text) ?? {};
  } catch {
    return null;
  }
}

/** The article with outlet, URL and date filled from the rules and its file name where it has none; dates as `YYYY-MM-DD`. */
export function withSourceMeta(article: Article, rules: readonly SourceRule[]): Article {
  const rule = rules.find((r) => r.matches(article.source));
  const date = normaliseDate(article.date) ?? article.date ?? rule?.date ?? dateFromFileName(article.source);
  return { ...article, outlet: article.outlet ?? rule?.outlet ?? null, url: article.url ?? rule?.url ?? null, date: date ?? null };
}
