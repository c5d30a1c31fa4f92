// The CLI's JSON shapes: a public interface, documented in the README. Field names are stable.
import type { Core } from '../core/core.ts';
import { excerptText } from '../reply/model.ts';
import type { SearchHit } from '../search/types.ts';
import { parseQuoteQuery } from '../quotes/query.ts';

export interface PassageJson {
  source: string;
  line: number;
  heading: string | null;
  title: string;
  text: string;
}

export interface AskResultJson extends PassageJson {
  excerpt: string;
  score: number;
}

export interface AskJson {
  query: string;
  results: AskResultJson[];
  /** Present only when the question was refused (empty, too long, no words). */
  error?: string;
}

export function askJson(query: string, hits: readonly SearchHit[]): AskJson {
  return {
    query,
    results: hits.map((h) => ({
      ...passageJson(h.passage),
      excerpt: excerptText(h.excerpt),
      score: Math.round(h.score * 1000) / 1000,
    })),
  };
}

export function passageJson(p: PassageJson): PassageJson {
  return { source: p.source, line: p.line, heading: p.heading, title: p.title, text: p.text };
}

export function passagesJson(core: Core): { passages: PassageJson[] } {
  return { passages: core.corpus.passages.map(passageJson) };
}

export function sourcesJson(core: Core) {
  return {
    sources: core.corpus.articles.map((a) => ({
      source: a.source,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      date: a.date,
      passages: a.passages.length,
    })),
  };
}

export interface QuoteJson {
  /** The canonical name the input found, or null when it names no one quoted. */
  speaker: string | null;
  quotes: { speaker: string | null; text: string; source: string; line: number; also: { source: string; line: number }[] }[];
}

/** `quote "<speaker> [about]"`: the speaker's quotes, most widely reported first. */
export function quoteJson(core: Core, input: string): QuoteJson {
  const query = parseQuoteQuery(input, core.quotes);
  const speaker = query.speaker ? core.quotes.findSpeaker(query.speaker) : null;
  if (!speaker) return { speaker: null, quotes: [] };
  const quotes = core.quotes.quotesBy(speaker.name, query.about).map((q) => ({
    speaker: q.speaker,
    text: q.text,
    source: q.source,
    line: q.line,
    also: q.also.map(({ source, line }) => ({ source, line })),
  }));
  return { speaker: speaker.name, quotes };
}

export function speakersJson(core: Core) {
  return { speakers: core.quotes.speakers().map(({ name, aliases, quotes }) => ({ name, aliases, quotes })) };
}
