// A quote across outlets: where it was reported, with outlet and date; who reported it first; the
// quotes of chosen articles only (since/until/outlet); its JSON and export rows.
import type { ArticleFilter } from '../coverage/types.ts';
import { exportFiles, type ExportFile } from '../coverage/export.ts';
import type { Quote } from '../quotes/types.ts';
import type { Core } from './core.ts';
import { exportRow } from './coverage-args.ts';
import type { ArticleMetaJson, QuoteJson } from './data.ts';

type Place = ArticleMetaJson & { source: string; line: number };

function place(core: Pick<Core, 'articleOf'>, source: string, line: number): Place {
  const a = core.articleOf(source);
  return { source, line, outlet: a?.outlet ?? null, date: a?.date ?? null, url: a?.url ?? null };
}

/** Every place a quote appears, its first report first. */
const placesOf = (core: Pick<Core, 'articleOf'>, q: Quote): Place[] => [place(core, q.source, q.line), ...q.also.map((p) => place(core, p.source, p.line))];

/** The place with the earliest known date (the first of equals in file order), or null when none has a date. */
export function firstReport(core: Pick<Core, 'articleOf'>, q: Quote): Place | null {
  const dated = placesOf(core, q).filter((p) => p.date !== null);
  return dated.reduce<Place | null>((best, p) => (best === null || p.date! < best.date! ? p : best), null);
}

/** `first reported by Reuters, 2025-03-04 (wire/a.txt:5)`, when the quote appears in more than one place with a date. */
export function firstReportNote(core: Pick<Core, 'articleOf'>, q: Quote): string | undefined {
  const first = q.also.length > 0 ? firstReport(core, q) : null;
  if (!first) return undefined;
  return `first reported by ${first.outlet ?? core.articleOf(first.source)?.title ?? first.source}, ${first.date} (${first.source}:${first.line})`;
}

/** The quotes reported at least once in an article the filter keeps. */
export function quotesIn(core: Pick<Core, 'articleOf'>, quotes: readonly Quote[], filter: ArticleFilter | undefined): Quote[] {
  if (!filter) return [...quotes];
  const kept = (source: string) => {
    const a = core.articleOf(source);
    return a !== undefined && filter(a);
  };
  return quotes.filter((q) => kept(q.source) || q.also.some((p) => kept(p.source)));
}

/** Every quote (not one page): scripts want the whole answer. */
export function quoteJson(core: Pick<Core, 'articleOf'>, speaker: string, quotes: readonly Quote[]): QuoteJson {
  return {
    speaker,
    quotes: quotes.map((q) => {
      const [here, ...also] = placesOf(core, q);
      return { speaker: q.speaker, text: q.text, ...here!, also, rule: q.rule, cue: q.cue, first: firstReport(core, q) };
    }),
  };
}

/** One row per place each quote appears. */
export function quoteFiles(core: Pick<Core, 'articleOf'>, speaker: string, quotes: readonly Quote[]): ExportFile[] {
  const rows = quotes.flatMap((q) => placesOf(core, q).map((p) => exportRow(core, q.text, p.source, p.line, q.speaker)));
  return exportFiles('quotes', speaker, `Quotes by ${speaker}`, rows);
}
