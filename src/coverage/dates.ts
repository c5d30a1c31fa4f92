// Publication dates: read the common ways articles write them into `YYYY-MM-DD`, find one in a file
// name (`2025-03-04-report.txt`, `reuters_20250304.txt`), and compare them for since:/until: filters.
import { MONTHS } from '../text/vocabulary.ts';
import { fold } from '../text/fold.ts';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MONTH_FIRST = /^([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
const DAY_FIRST = /^(\d{1,2})\s+([\p{L}]+)\.?,?\s+(\d{4})$/u;
// In a file name: a date with separators, or eight digits not inside a hash: no digit before, no
// letter or digit after (`rt20200103_CNN.txt`, `herald_20250305.txt`; not `11d20250304f1`).
const IN_NAME = [/(?<![\p{L}\p{N}])((?:19|20)\d\d)([-_.])(\d\d)\2(\d\d)(?!\p{N})/u, /(?<!\p{N})((?:19|20)\d\d)()(\d\d)(\d\d)(?![\p{L}\p{N}])/u];

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTHS).flatMap(([month, short], i) => [month, ...short].map((w) => [w, i + 1] as [string, number])),
);

/** `YYYY-MM-DD`, or null when `text` is no date this knows how to read (or no real day). */
export function normaliseDate(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  let m = t.match(ISO) ?? t.match(SLASHED);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = t.match(MONTH_FIRST);
  if (m) return ymd(Number(m[3]), MONTH_NUMBER.get(fold(m[1]!)) ?? 0, Number(m[2]));
  m = t.match(DAY_FIRST);
  if (m) return ymd(Number(m[3]), MONTH_NUMBER.get(fold(m[2]!)) ?? 0, Number(m[1]));
  return null;
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** The date a file's name carries, as `YYYY-MM-DD`, or null. */
export function dateFromFileName(name: string): string | null {
  for (const pattern of IN_NAME) {
    const m = name.match(pattern);
    const date = m ? ymd(Number(m[1]), Number(m[3]), Number(m[4])) : null;
    if (date) return date;
  }
  return null;
}

/**
 * A bound typed by a user (`2025`, `2025-03`, `2025-03-04`, `March 4, 2025`) as the first or last day it
 * covers, or null when it is no date.
 */
export function dateBound(text: string, edge: 'start' | 'end'): string | null {
  const t = text.trim();
  const year = t.match(/^(\d{4})$/);
  if (year) return edge === 'start' ? `${year[1]}-01-01` : `${year[1]}-12-31`;
  const month = t.match(/^(\d{4})-(\d{1,2})$/);
  if (month) {
    const first = ymd(Number(month[1]), Number(month[2]), 1);
    if (!first || edge === 'start') return first;
    return new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10);
  }
  return normaliseDate(t);
}
