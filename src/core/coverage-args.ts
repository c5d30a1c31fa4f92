// Options shared by the commands that read coverage across outlets (/ask, /quote, /compare, /claims):
// `since:` / `until:` / `outlet:` filters, and the `export` word that attaches the answer as files.
import { z } from 'zod';
import { dateBound } from '../coverage/dates.ts';
import type { FilterArgs } from '../coverage/filter.ts';
import type { ExportRow } from '../coverage/export.ts';
import type { Core } from './core.ts';

const dateText = (edge: 'start' | 'end', what: string) =>
  z
    .string()
    .trim()
    .max(40, { error: `Keep ${what} under 40 characters.` })
    .refine((v) => dateBound(v, edge) !== null, { error: `Write ${what} as 2025, 2025-03 or 2025-03-04.` });

/** `since`, `until`, `outlet`: spread into a command's schema. */
export const filterFields = {
  since: dateText('start', 'since').optional().describe('Only articles published on or after this date (2025, 2025-03, 2025-03-04)'),
  until: dateText('end', 'until').optional().describe('Only articles published on or before this date'),
  outlet: z.string().trim().max(100, { error: 'Keep the outlet under 100 characters.' }).optional().describe('Only articles from this outlet (part of its name)'),
};

export const exportField = z.boolean().default(false).describe('Attach the answer as CSV and Markdown files');

/** Takes a standalone `export` word (first or last) out of typed text: `/compare troops export`. */
export function takeExportWord(text: string): { text: string; exported: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let exported = false;
  if (words.length > 1 && /^(?:--)?export$/i.test(words[words.length - 1]!)) {
    words.pop();
    exported = true;
  } else if (words.length > 1 && /^(?:--)?export$/i.test(words[0]!)) {
    words.shift();
    exported = true;
  }
  return { text: words.join(' '), exported };
}

/** The filter arguments as the reply's page state and re-runs carry them (absent ones left out). */
export function filterState(args: FilterArgs): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

/** An export row for a passage of `source` at `line`, with what the core knows of its article. */
export function exportRow(core: Pick<Core, 'articleOf'>, text: string, source: string, line: number, speaker: string | null = null): ExportRow {
  const a = core.articleOf(source);
  return { text, speaker, outlet: a?.outlet ?? null, date: a?.date ?? null, url: a?.url ?? null, title: a?.title ?? source, source, line };
}

const FILTER_PAIR = /(?:^|\s)(?:--)?(since|until|outlet):("[^"]*"|\S+)/gi;

/** Takes `since:`, `until:`, `outlet:` pairs (a quoted value may hold spaces) out of typed text. */
export function takeFilterPairs(text: string): { text: string; filters: Record<string, string> } {
  const filters: Record<string, string> = {};
  const rest = text.replace(FILTER_PAIR, (_m, name: string, value: string) => {
    filters[name.toLowerCase()] = value.replace(/^"|"$/g, '');
    return ' ';
  });
  return { text: rest.replace(/\s+/g, ' ').trim(), filters };
}
