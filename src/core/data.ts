// Data shapes commands put in `Reply.data` and the CLI prints with --json: a public interface,
// documented in the README. Field names are stable.
import type { Passage } from '../corpus/types.ts';

export interface PassageJson {
  source: string;
  line: number;
  heading: string | null;
  title: string;
  text: string;
  /** The other places the same text appears word for word (syndicated copy); [] when none. */
  also: { source: string; line: number }[];
}

export function passageJson(p: Pick<Passage, 'source' | 'line' | 'heading' | 'title' | 'text' | 'also'>): PassageJson {
  const also = (p.also ?? []).map(({ source, line }) => ({ source, line }));
  return { source: p.source, line: p.line, heading: p.heading, title: p.title, text: p.text, also };
}

export interface AskResultJson extends PassageJson, ArticleMetaJson {
  excerpt: string;
  score: number;
  /** Share (0–1) of the question's word weight the passage holds. */
  match: number;
}

export interface AskJson {
  query: string;
  results: AskResultJson[];
  /**
   * True when passages were found but none holds enough of the question to be an answer (`results`
   * is then empty). Absent when the question was refused.
   */
  nothingGood?: boolean;
  /** Present only when the question was refused (empty, too long, no words). */
  error?: string;
}

export interface QuoteJson {
  /** The canonical name the input found, or null when it names no one quoted. */
  speaker: string | null;
  quotes: (ArticleMetaJson & {
    speaker: string | null;
    text: string;
    source: string;
    line: number;
    also: (ArticleMetaJson & { source: string; line: number })[];
    /** The attribution rule that named the speaker (`quote-then-cue`, `dash-credit` …), and the word it read. */
    rule: string | null;
    cue: string;
    /** The place with the earliest known date (ties: file order); null when no place has a date. */
    first: (ArticleMetaJson & { source: string; line: number }) | null;
  })[];
}

/** What is known of where a passage was published: added to ask, quote, compare and claims JSON. */
export interface ArticleMetaJson {
  outlet: string | null;
  date: string | null;
  url: string | null;
}

export interface CompareJson {
  topic: string;
  sources: (ArticleMetaJson & { source: string; line: number; title: string; excerpt: string; text: string })[];
  missing: { source: string; title: string; outlet: string | null }[];
}

export interface ClaimsJson {
  topic: string;
  disagreements: {
    about: string;
    counts: string;
    period: string;
    values: (ArticleMetaJson & { value: number; figure: string; text: string; source: string; line: number; title: string })[];
  }[];
}
