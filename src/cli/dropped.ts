// `npm run cli -- dropped --json`: the loader's audit. Every line left out of the index, with its
// file, line, text and the rule that dropped it, and the warnings of the load. Read from the
// articles themselves (never from the saved corpus), so it always describes the files as they are.
import { loadCorpusReport } from '../corpus/load.ts';

export interface DroppedLineJson {
  source: string;
  line: number;
  /** The named rule (`byline-with-stamps`, `site-chrome`, `html-navigation`…). */
  rule: string;
  /** The kind of boilerplate or the step that left it out (`byline`, `title`, `after-article-end`…). */
  reason: string;
  text: string;
}

export interface DroppedJson {
  dropped: DroppedLineJson[];
  warnings: string[];
}

export async function droppedJson(dataDir: string): Promise<DroppedJson> {
  const { dropped, warnings } = await loadCorpusReport(dataDir);
  const lines = [...dropped.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([source, list]) => list.map((d) => ({ source, line: d.line, rule: d.rule, reason: d.reason, text: d.text })));
  return { dropped: lines, warnings };
}

/** The audit as text: one line per dropped line, `file:line  rule  text`. */
export function droppedText({ dropped, warnings }: DroppedJson): string {
  const rows = dropped.map((d) => `${d.source}:${d.line}  ${d.rule}  ${d.text.length > 100 ? `${d.text.slice(0, 99)}…` : d.text}`);
  return [...rows, ...warnings.map((w) => `warning: ${w}`), `${dropped.length} line${dropped.length === 1 ? '' : 's'} left out.`].join('\n');
}
