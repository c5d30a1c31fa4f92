// The `since:`, `until:` and `outlet:` filters of /ask, /quote and /compare: which articles a request
// looks at. An article whose date is unknown is left out once a date bound is given.
import { fold } from '../text/fold.ts';
import type { Article } from '../corpus/types.ts';
import { dateBound } from './dates.ts';
import type { ArticleFilter } from './types.ts';

export interface FilterArgs {
  since?: string | undefined;
  until?: string | undefined;
  outlet?: string | undefined;
}

/** Why a filter argument cannot be read, or null when all can. */
export function filterProblem(args: FilterArgs): string | null {
  for (const [name, edge] of [['since', 'start'], ['until', 'end']] as const) {
    const v = args[name];
    if (v !== undefined && dateBound(v, edge) === null) return `${name}:${v} is not a date. Write it as 2025, 2025-03 or 2025-03-04.`;
  }
  return null;
}

/** The filter the arguments describe, or undefined when none is given. */
export function articleFilter(args: FilterArgs): ArticleFilter | undefined {
  const since = args.since ? dateBound(args.since, 'start') : null;
  const until = args.until ? dateBound(args.until, 'end') : null;
  const outlet = args.outlet ? fold(args.outlet.trim()) : '';
  if (!since && !until && !outlet) return undefined;
  return (a: Article) => {
    if (outlet && !fold(a.outlet ?? '').includes(outlet)) return false;
    if ((since || until) && !a.date) return false;
    if (since && a.date! < since) return false;
    if (until && a.date!.slice(0, 10) > until) return false;
    return true;
  };
}

/** How the filter reads, for a reply's title (` · outlet: Reuters · since 2025-01-01`), or ''. */
export function filterLabel(args: FilterArgs): string {
  const parts = [
    args.outlet ? `outlet: ${args.outlet}` : '',
    args.since ? `since ${args.since}` : '',
    args.until ? `until ${args.until}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
