// /ask <question>: the passages that best answer, quoted verbatim, each cited as file:line.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { queryText } from '../src/core/input.ts';
import { citationFor } from '../src/core/citation.ts';
import { filterFields } from '../src/core/coverage-args.ts';
import type { Core } from '../src/core/core.ts';
import { articleFilter } from '../src/coverage/filter.ts';
import { passageJson, type AskJson, type AskResultJson } from '../src/core/data.ts';
import { excerptText, type Reply } from '../src/reply/model.ts';
import type { SearchHit } from '../src/search/types.ts';

export const ask = defineCommand({
  name: 'ask',
  description: 'Answer a question with verbatim passages from the coverage, each with its source',
  usage: '/ask <question> [limit:1-10] [since:DATE] [until:DATE] [outlet:NAME]',
  schema: z.object({
    question: queryText('a question').describe('What you want to know, in your own words'),
    limit: z.number().int().min(1).max(10).default(3).describe('How many passages to show (1-10, default 3)'),
    ...filterFields,
  }),
  refusedData: (raw, problem): AskJson => ({ query: typeof raw.question === 'string' ? raw.question : '', results: [], error: problem }),
  reads: 'search',
  async run({ question, limit, since, until, outlet }, { core }): Promise<Reply> {
    const found = await filteredSearch(core, question, limit, articleFilter({ since, until, outlet }));
    // Weak hits are not padding: the list holds only passages that share enough with the question.
    const hits = found.filter((h) => !h.weak);
    const data: AskJson = { query: question, results: hits.map((h) => resultJson(h, core)), nothingGood: found.length > 0 && hits.length === 0 };
    if (hits.length === 0) return found.length === 0 ? await nothingFound(core, question, data) : nothingGood(question, data);
    return {
      kind: 'results',
      title: `Results for "${question}"`,
      lines: [],
      items: hits.map((h) => ({
        excerpt: h.excerpt,
        citation: citationFor(core, h.passage.source, h.passage.line),
        // Syndicated text is indexed once: the other places it appears are cited with it.
        ...(h.passage.also && { also: h.passage.also.map((p) => citationFor(core, p.source, p.line)) }),
        matched: h.matched,
      })),
      notes: [],
      data,
    };
  },
});

async function nothingFound(core: Core, question: string, data: AskJson): Promise<Reply> {
  const close = await core.search.suggest(question);
  return {
    kind: 'results',
    title: `Nothing in the coverage matches "${question}".`,
    lines: [],
    items: [],
    notes: [
      ...(close.length > 0 ? [`Close terms in the articles: ${close.join(', ')}.`] : []),
      'Try fewer or other words, or /sources to see what the articles cover. /help lists the commands.',
    ],
    data,
  };
}

/** Passages were found, but none holds enough of the question to be an answer. */
function nothingGood(question: string, data: AskJson): Reply {
  return {
    kind: 'results',
    title: `Nothing good matches "${question}".`,
    lines: [],
    items: [],
    notes: [
      'The closest passages share too little with the question to answer it; the coverage may not address it.',
      'Try other words, or /sources to see what the articles cover. /help lists the commands.',
    ],
    data,
  };
}

/** With a filter, the search reads further down the ranking and keeps the passages of matching articles. */
async function filteredSearch(core: Core, question: string, limit: number, filter: ReturnType<typeof articleFilter>): Promise<SearchHit[]> {
  if (!filter) return core.search.search(question, { limit });
  const hits = await core.search.search(question, { limit: FILTERED_CANDIDATES });
  return hits.filter((h) => {
    const a = core.articleOf(h.passage.source);
    return a !== undefined && filter(a);
  }).slice(0, limit);
}

/** How many ranked passages a filtered /ask reads to find `limit` in the chosen articles. */
const FILTERED_CANDIDATES = 200;

function resultJson(h: SearchHit, core: Core): AskResultJson {
  const a = core.articleOf(h.passage.source);
  const meta = { outlet: a?.outlet ?? null, date: a?.date ?? null, url: a?.url ?? null };
  return { ...passageJson(h.passage), ...meta, excerpt: excerptText(h.excerpt), score: Math.round(h.score * 1000) / 1000, match: Math.round(h.match * 1000) / 1000 };
}
