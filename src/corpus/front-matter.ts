// Reads optional YAML front matter (`---` … `---`) at the top of an article.
import { createRequire } from 'node:module';

// yaml is loaded at the first front matter: a start from the saved corpus reads none.
const parse = (source: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(source);

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  date: string | null;
}

export interface FrontMatter {
  meta: ArticleMeta;
  /** 0-based index of the first line after the front matter (0 when there is none). */
  bodyStart: number;
}

const NO_META: ArticleMeta = { title: null, outlet: null, url: null, date: null };
/** Front matter longer than this is more likely a horizontal rule pair around prose. */
const MAX_LINES = 200;

export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trimEnd() !== '---') return { meta: NO_META, bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && i <= MAX_LINES && /^(---|\.\.\.)\s*$/u.test(l));
  if (end < 0) return { meta: NO_META, bodyStart: 0 };
  const fields = parseYaml(lines.slice(1, end).join('\n'));
  if (!fields) return { meta: NO_META, bodyStart: 0 };
  return { meta: toMeta(fields), bodyStart: end + 1 };
}

function parseYaml(source: string): Record<string, unknown> | null {
  try {
    const value: unknown = parse(source);
    if (value === null || value === undefined) return {};
    return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function toMeta(fields: Record<string, unknown>): ArticleMeta {
  const pick = (...keys: string[]): string | null => {
    for (const key of keys) {
      const text = asText(fields[key]);
      if (text) return text;
    }
    return null;
  };
  return {
    title: pick('title', 'headline'),
    outlet: pick('outlet', 'source', 'publisher', 'site', 'site_name', 'publication'),
    url: pick('url', 'link', 'canonical_url', 'canonical'),
    date: pick('date', 'published', 'published_at', 'pubDate', 'datePublished'),
  };
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}
