// /compare <topic>: how each article (or outlet) covers one topic, side by side: the best passage of
// each that really addresses it, verbatim with outlet, date and file:line, and who does not cover it.
import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.ts';
import { citationFor } from '../src/core/citation.ts';
import { exportField, exportRow, filterFields, filterState, takeExportWord } from '../src/core/coverage-args.ts';
import type { CompareJson } from '../src/core/data.ts';
import { queryText } from '../src/core/input.ts';
import { defaultTextArgs } from '../src/core/router.ts';
import { commandOptions } from '../src/core/options.ts';
import { compareCoverage, type Comparison } from '../src/coverage/compare.ts';
import { exportFiles } from '../src/coverage/export.ts';
import { articleFilter, filterLabel } from '../src/coverage/filter.ts';
import { excerptText, type Reply } from '../src/reply/model.ts';

/** Titles named in the "not covered by" note before the rest are counted. */
const MISSING_NAMED = 10;

const COMPARE_SCHEMA = z.object({
  topic: queryText('a topic').describe('What to compare, in a few words (troops in Mexico)'),
  per: z.enum(['article', 'outlet']).default('article').describe('One passage per article (default) or per outlet'),
  ...filterFields,
  export: exportField,
});

export const compare = defineCommand({
  name: 'compare',
  description: 'How each outlet covers a topic: the best passage of every article, side by side',
  usage: '/compare <topic> [per:article|outlet] [since:DATE] [until:DATE] [outlet:NAME] [export]',
  schema: COMPARE_SCHEMA,
  reads: 'articles',
  parseText: (text): Record<string, unknown> => {
    const { text: rest, exported } = takeExportWord(text);
    return { ...defaultTextArgs(rest, commandOptions({ schema: COMPARE_SCHEMA })), ...(exported && { export: true }) };
  },
  refusedData: (raw): CompareJson => ({ topic: typeof raw.topic === 'string' ? raw.topic : '', sources: [], missing: [] }),
  async run({ topic, per, since, until, outlet, export: exported }, ctx): Promise<Reply> {
    const filters = { since, until, outlet };
    const c = await compareCoverage(ctx.core, topic, { per, filter: articleFilter(filters) });
    const data = compareJson(c);
    const scope = filterLabel(filters);
    if (c.covered.length === 0) {
      return {
        kind: 'results',
        title: `No article${scope} addresses "${topic}".`,
        lines: [],
        items: [],
        notes: ['Try fewer or other words, or /sources to see what the articles cover.'],
        data,
      };
    }
    return {
      kind: 'results',
      title: `How the coverage${scope} treats "${topic}"`,
      lines: [`${c.covered.length} ${per === 'outlet' ? 'outlet' : 'article'}${c.covered.length === 1 ? '' : 's'} address it; the best passage of each, best first.`],
      items: c.covered.map((x) => ({ excerpt: x.excerpt, citation: citationFor(ctx.core, x.passage.source, x.passage.line) })),
      notes: missingNote(c),
      layout: 'columns',
      data,
      actions: exported ? [] : [{ id: 'export', label: 'Export CSV + Markdown', run: { command: 'compare', args: { topic, ...(per === 'outlet' && { per }), ...filterState(filters), export: true } }, show: 'private' }],
      ...(exported && { files: compareFiles(c, ctx) }),
    };
  },
});

function missingNote(c: Comparison): string[] {
  if (c.missing.length === 0) return [];
  const named = c.missing.slice(0, MISSING_NAMED).map((a) => (a.outlet ? `${a.title} (${a.outlet})` : a.title));
  const more = c.missing.length - named.length;
  return [`Not covered by: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`];
}

function compareJson(c: Comparison): CompareJson {
  return {
    topic: c.topic,
    sources: c.covered.map(({ article: a, passage: p, excerpt }) => ({
      source: p.source, line: p.line, title: a.title, outlet: a.outlet, date: a.date, url: a.url, excerpt: excerptText(excerpt), text: p.text,
    })),
    missing: c.missing.map((a) => ({ source: a.source, title: a.title, outlet: a.outlet })),
  };
}

function compareFiles(c: Comparison, { core }: CommandContext) {
  const rows = c.covered.map((x) => exportRow(core, x.passage.text, x.passage.source, x.passage.line));
  return exportFiles('compare', c.topic, `Coverage of "${c.topic}"`, rows);
}
