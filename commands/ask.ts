// /ask <question>: the passages that best answer, quoted verbatim, each cited as file:line.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { queryText } from '../src/core/input.ts';
import { citationFor } from '../src/core/citation.ts';
import { passageJson, type AskJson, type AskResultJson } from '../src/core/data.ts';
import { excerptText, type Reply } from '../src/reply/model.ts';
import type { SearchHit } from '../src/search/types.ts';

export const ask = defineCommand({
  name: 'ask',
  description: 'Answer a question with verbatim passages from the coverage, each with its source',
  usage: '/ask <question> [limit:1-10]',
  schema: z.object({
    question: queryText('a question').describe('What you want to know, in your own words'),
    limit: z.number().int().min(1).max(10).default(3).describe('How many passages to show (1-10, default 3)'),
  }),
  refusedData: (raw, problem): AskJson => ({ query: typeof raw.question === 'string' ? raw.question : '', results: [], error: problem }),
  async run({ question, limit }, { core }): Promise<Reply> {
    const hits = await core.search.search(question, { limit });
    const data: AskJson = { query: question, results: hits.map(resultJson) };
    if (hits.length === 0) {
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

function resultJson(h: SearchHit): AskResultJson {
  return { ...passageJson(h.passage), excerpt: excerptText(h.excerpt), score: Math.round(h.score * 1000) / 1000 };
}
