// Reads `/quote` text: `claudia sheinbaum sovereignty` is the longest opening words that name a known
// speaker, then the topic; `speaker:`, `about:` and `page:` may also be given by name.
import type { QuoteBook } from './types.ts';

export interface QuoteQuery {
  speaker?: string;
  about?: string;
  page?: string;
}

const KEY = /(?:^|\s)(?:--)?(speaker|about|page):/gi;
/**
 * Characters read at most: past this, the command refuses the speaker or topic as too long anyway
 * (100 and 200 characters), and parsing a 40k-character message must not hold up every platform.
 */
export const MAX_QUERY_CHARS = 1000;

export function parseQuoteQuery(text: string, book: Pick<QuoteBook, 'findSpeaker' | 'longestName'>): QuoteQuery {
  const { free, named } = splitNamed(text.slice(0, MAX_QUERY_CHARS));
  const query: QuoteQuery = {};
  if (named.page) query.page = named.page;
  const words = free.split(/\s+/).filter(Boolean);
  if (named.speaker) {
    query.speaker = named.speaker;
    query.about = join(words.join(' '), named.about);
    return clean(query);
  }
  const cut = longestSpeakerPrefix(words, book);
  query.speaker = words.slice(0, cut).join(' ');
  query.about = join(words.slice(cut).join(' '), named.about);
  return clean(query);
}

/**
 * How many opening words name a speaker; all of them when no prefix does (the command then suggests
 * names). No prefix longer than the longest known name is tried.
 */
function longestSpeakerPrefix(words: readonly string[], book: Pick<QuoteBook, 'findSpeaker' | 'longestName'>): number {
  for (let n = Math.min(words.length, book.longestName()); n > 0; n--) if (book.findSpeaker(words.slice(0, n).join(' '))) return n;
  return words.length;
}

function splitNamed(text: string): { free: string; named: Partial<Record<'speaker' | 'about' | 'page', string>> } {
  const marks = [...text.matchAll(KEY)];
  const named: Partial<Record<'speaker' | 'about' | 'page', string>> = {};
  let free = marks.length > 0 ? text.slice(0, marks[0]!.index) : text;
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? text.length;
    const value = text.slice(m.index + m[0].length, end).trim().replace(/^["“']|["”']$/g, '');
    const key = m[1]!.toLowerCase() as 'speaker' | 'about' | 'page';
    if (key !== 'page') named[key] = value;
    else {
      // `page:2` takes one word; words after it are free text again.
      const [number = '', ...rest] = value.split(/\s+/);
      named.page = number;
      free = `${free} ${rest.join(' ')}`;
    }
  });
  return { free, named };
}

function join(...parts: (string | undefined)[]): string | undefined {
  const text = parts.filter((p) => p && p.trim()).join(' ').trim();
  return text || undefined;
}

function clean(query: QuoteQuery): QuoteQuery {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as QuoteQuery;
}
