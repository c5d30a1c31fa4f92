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
import { pageOf, speakerChoices, speakerList } from './speakers.ts';

const QUOTES_PER_PAGE = 5;
const NO_ONE: QuoteJson = { speaker: null, quotes: [] };

export const quote = defineCommand({
  name: 'quote',
  description: 'What a person said, word for word, with every source (no name: who is quoted)',
  usage: '/quote <speaker> [about] [page:N]',
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
  }),
  parseText: (text, { core }) => ({ ...parseQuoteQuery(text, core.quotes) }),
  autocomplete: { speakers: speakerChoices },
  refusedData: (): QuoteJson => NO_ONE,
  run({ speaker, about, page }, ctx): Reply {
    if (!speaker) return { ...speakerList(ctx, page, 'quote', about ? [`Name a speaker to see their quotes about "${about}".`] : []), data: NO_ONE };
    const found = ctx.core.quotes.findSpeaker(speaker);
    if (!found) return { ...unknownSpeaker(speaker, ctx), data: NO_ONE };
    const reply = quotesReply(found, about, page, ctx);
    // An ambiguous name answers its best match and offers the others.
    const others = ctx.core.quotes.alsoNamed(speaker).slice(0, 5);
    return others.length > 0 ? { ...reply, notes: [...reply.notes, `Also called "${speaker}": ${others.join(', ')}.`] } : reply;
  },
});

function quotesReply(speaker: Speaker, about: string | undefined, page: number | undefined, ctx: CommandContext): Reply {
  const quotes = ctx.core.quotes.quotesBy(speaker.name, about);
  const topic = about ? ` about "${about}"` : '';
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
    page: { command: 'quote', args: { speaker: speaker.name, ...(about && { about }) }, index, count: pages },
    data: quoteJson(speaker.name, quotes),
  };
}

/** Every quote (not one page): scripts want the whole answer. */
function quoteJson(speaker: string, quotes: readonly Quote[]): QuoteJson {
  const shown = quotes.map((q) => ({
    speaker: q.speaker,
    text: q.text,
    source: q.source,
    line: q.line,
    also: q.also.map(({ source, line }) => ({ source, line })),
    rule: q.rule,
    cue: q.cue,
  }));
  return { speaker, quotes: shown };
}

function quoteItem(q: Quote, stems: readonly string[], { core }: CommandContext): ReplyItem {
  return {
    excerpt: emphasise(q.text, stems),
    citation: citationFor(core, q.source, q.line),
    ...(q.also.length > 0 && { also: q.also.map((p) => citationFor(core, p.source, p.line)) }),
    speaker: q.speaker,
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
