// /quote <speaker> [about]: every direct quote by that speaker, verbatim, most widely reported first,
// each with its source and the other places it was reported. No speaker: who is quoted, and how often.
import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.ts';
import type { QuoteJson } from '../src/core/data.ts';
import { pageNumber } from '../src/core/input.ts';
import { aboutStems, emphasise } from '../src/quotes/about.ts';
import { parseQuoteQuery } from '../src/quotes/query.ts';
import type { Quote, Speaker } from '../src/quotes/types.ts';
import { citationFor } from '../src/core/citation.ts';
import type { Reply, ReplyItem } from '../src/reply/model.ts';
import { exportField, filterFields, filterState, takeExportWord, takeFilterPairs } from '../src/core/coverage-args.ts';
import { firstReportNote, quoteFiles, quoteJson, quotesIn } from '../src/core/quote-coverage.ts';
import { articleFilter, filterLabel, type FilterArgs } from '../src/coverage/filter.ts';
import { pageOf, speakerChoices, speakerList } from './speakers.ts';

const QUOTES_PER_PAGE = 5;
const NO_ONE: QuoteJson = { speaker: null, quotes: [] };

export const quote = defineCommand({
  name: 'quote',
  description: 'What a person said, word for word, with every source (no name: who is quoted)',
  usage: '/quote <speaker> [about] [page:N] [since:DATE] [until:DATE] [outlet:NAME] [export]',
  schema: z.object({
    speaker: z
      .string()
      .trim()
      .max(100, { error: 'Keep the name under 100 characters.' })
      .meta({ autocomplete: 'speakers' })
      .optional()
      .describe('Who said it: full name or surname (leave empty to list everyone quoted)'),
    about: z.string().trim().max(200, { error: 'Keep the topic under 200 characters.' }).optional().describe('Only quotes on these words'),
    page: pageNumber(),
    ...filterFields,
    export: exportField,
  }),
  parseText: (typed, { core }) => {
    const { text: rest, filters } = takeFilterPairs(typed);
    const { text, exported } = takeExportWord(rest);
    return { ...parseQuoteQuery(text, core.quotes), ...filters, ...(exported && { export: true }) };
  },
  autocomplete: { speakers: speakerChoices },
  refusedData: (): QuoteJson => NO_ONE,
  reads: 'search',
  async run({ speaker, about, page, since, until, outlet, export: exported }, ctx): Promise<Reply> {
    if (!speaker) return { ...speakerList(ctx, page, 'quote', about ? [`Name a speaker to see their quotes about "${about}".`] : []), data: NO_ONE };
    const found = ctx.core.quotes.findSpeaker(speaker);
    if (!found) return { ...unknownSpeaker(speaker, ctx), data: NO_ONE };
    await ctx.core.quotes.load?.(found.name, about);
    const request: QuoteRequest = { about, page, filters: { since, until, outlet }, exported };
    const quotes = quotesIn(ctx.core, ctx.core.quotes.quotesBy(found.name, about), articleFilter(request.filters));
    await fetchCited(quotes, page, ctx);
    const reply = quotesReply(found, quotes, request, ctx);
    // An ambiguous name answers its best match and offers the others.
    const others = ctx.core.quotes.alsoNamed(speaker).slice(0, 5);
    return others.length > 0 ? { ...reply, notes: [...reply.notes, `Also called "${speaker}": ${others.join(', ')}.`] } : reply;
  },
});

interface QuoteRequest {
  about: string | undefined;
  page: number | undefined;
  filters: FilterArgs;
  exported: boolean;
}

/** The reply for the speaker's quotes on the topic in the chosen articles (`quotes`, filtered once by `run`). */
function quotesReply(speaker: Speaker, quotes: readonly Quote[], { about, page, filters, exported }: QuoteRequest, ctx: CommandContext): Reply {
  const topic = `${about ? ` about "${about}"` : ''}${filterLabel(filters)}`;
  if (quotes.length === 0) {
    return {
      kind: 'results',
      title: `No quotes by ${speaker.name}${topic}.`,
      lines: [],
      items: [],
      notes: [`${speaker.name} has ${count(speaker.quotes, 'quote')} in the coverage: /quote ${speaker.name} lists them.`],
      data: { speaker: speaker.name, quotes: [] },
    };
  }
  const { index, pages, shown, pastEnd } = pageOf(quotes, page, QUOTES_PER_PAGE);
  const stems = about ? aboutStems(about) : [];
  return {
    kind: 'results',
    title: `Quotes by ${speaker.name}${topic}`,
    lines: [`${count(quotes.length, 'quote')}, most widely reported first.`],
    items: shown.map((q) => quoteItem(q, stems, ctx)),
    notes: [
      ...(pastEnd ? [pastEnd] : []),
      ...(index + 1 < pages ? [`Next: /quote ${speaker.name}${about ? ` about:${about}` : ''} page:${index + 2}`] : []),
    ],
    page: { command: 'quote', args: { speaker: speaker.name, ...(about && { about }), ...filterState(filters) }, index, count: pages },
    data: quoteJson(ctx.core, speaker.name, quotes),
    ...(exported
      ? { files: quoteFiles(ctx.core, speaker.name, quotes) }
      : { actions: [{ id: 'export', label: 'Export CSV + Markdown', run: { command: 'quote', args: { speaker: speaker.name, ...(about && { about }), ...filterState(filters), export: true } }, show: 'private' as const }] }),
  };
}

/** A core serving from a shared store reads the articles the page cites first (a citation names the paragraph's heading). */
async function fetchCited(quotes: readonly Quote[], page: number | undefined, { core }: CommandContext): Promise<void> {
  if (!core.fetchArticles) return;
  const { shown } = pageOf(quotes, page, QUOTES_PER_PAGE);
  await core.fetchArticles(shown.flatMap((q) => [q.source, ...q.also.map((p) => p.source)]));
}

function quoteItem(q: Quote, stems: readonly string[], { core }: CommandContext): ReplyItem {
  const note = firstReportNote(core, q);
  return {
    excerpt: emphasise(q.text, stems),
    citation: citationFor(core, q.source, q.line),
    ...(q.also.length > 0 && { also: q.also.map((p) => citationFor(core, p.source, p.line)) }),
    speaker: q.speaker,
    ...(note && { note }),
  };
}

function unknownSpeaker(typed: string, { core }: CommandContext): Reply {
  const close = core.quotes.suggest(typed, 5);
  return {
    kind: 'results',
    title: `No one called "${typed}" is quoted in the coverage.`,
    lines: [],
    items: [],
    notes: [
      ...(close.length > 0 ? [`Closest names: ${close.join(', ')}.`] : []),
      'Type /quote with no name (or /speakers) to list everyone quoted.',
    ],
  };
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
