// /claims <topic>: figures the sources disagree on (deaths, troops, dollars…, counted alike over the
// same period), each side quoted verbatim with its outlet, date and file:line.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { citationFor } from '../src/core/citation.ts';
import { filterFields } from '../src/core/coverage-args.ts';
import type { ClaimsJson } from '../src/core/data.ts';
import { queryText } from '../src/core/input.ts';
import { findDisagreements, type Claim, type Disagreement } from '../src/coverage/claims.ts';
import { articleFilter, filterLabel } from '../src/coverage/filter.ts';
import type { Core } from '../src/core/core.ts';
import type { Reply, ReplyItem, Span } from '../src/reply/model.ts';

/** Disagreements shown in chat; the JSON has them all. */
const SHOWN = 5;

export const claims = defineCommand({
  name: 'claims',
  description: 'Figures the sources disagree on for a topic (death tolls, troops, sums), each side quoted',
  usage: '/claims <topic> [since:DATE] [until:DATE] [outlet:NAME]',
  schema: z.object({
    topic: queryText('a topic').describe('What the figures are about (overdose deaths)'),
    ...filterFields,
  }),
  refusedData: (raw): ClaimsJson => ({ topic: typeof raw.topic === 'string' ? raw.topic : '', disagreements: [] }),
  reads: 'search',
  async run({ topic, since, until, outlet }, { core }): Promise<Reply> {
    const filters = { since, until, outlet };
    const found = await findDisagreements(core, topic, articleFilter(filters));
    const data = claimsJson(topic, found, core);
    if (found.length === 0) {
      return {
        kind: 'results',
        title: `No figures disagree on "${topic}"${filterLabel(filters)}.`,
        lines: [],
        items: [],
        notes: ['Figures are compared only when they count the same thing over the same period. /compare shows how each article covers a topic.'],
        data,
      };
    }
    const shown = found.slice(0, SHOWN);
    const hidden = found.length - shown.length;
    return {
      kind: 'results',
      title: `Figures that disagree on "${topic}"${filterLabel(filters)}`,
      lines: shown.map(summary),
      items: shown.flatMap((d) => d.claims.map((c) => claimItem(d, c, core))),
      notes: hidden > 0 ? [`${hidden} more disagreement${hidden === 1 ? '' : 's'}: npm run cli -- claims "${topic}" --json lists them all.`] : [],
      data,
    };
  },
});

/** `deaths, a year: 80,000 (002_…:7) vs 100,000 (004_…:54)`. */
function summary(d: Disagreement): string {
  return `${d.about}: ${d.claims.map((c) => `${c.figure.value.toLocaleString('en-US')} (${c.passage.source}:${c.passage.line})`).join(' vs ')}`;
}

function claimItem(d: Disagreement, c: Claim, core: Core): ReplyItem {
  return { excerpt: sentenceSpans(c), citation: citationFor(core, c.passage.source, c.passage.line), note: `${d.about}: ${c.figure.phrase}` };
}

/** The figure's sentence, verbatim, the figure in bold; `…` where the paragraph goes on. */
function sentenceSpans({ figure, passage }: Claim): Span[] {
  const { start, end } = figure.sentence;
  const text = passage.text;
  return [
    { text: (start > 0 ? '…' : '') + text.slice(start, figure.start) },
    { text: text.slice(figure.start, figure.end), emphasis: true },
    { text: text.slice(figure.end, end) + (end < text.trimEnd().length ? '…' : '') },
  ].filter((s) => s.text !== '');
}

function claimsJson(topic: string, found: readonly Disagreement[], core: Core): ClaimsJson {
  return {
    topic,
    disagreements: found.map((d) => ({
      about: d.about,
      counts: d.counts,
      period: d.period,
      values: d.claims.map((c) => {
        const a = core.articleOf(c.passage.source);
        return {
          value: c.figure.value, figure: c.figure.phrase, text: c.sentence, source: c.passage.source, line: c.passage.line,
          title: a?.title ?? c.passage.source, outlet: a?.outlet ?? null, date: a?.date ?? null, url: a?.url ?? null,
        };
      }),
    })),
  };
}
