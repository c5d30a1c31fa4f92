// /context <file:line>: the cited paragraph with the paragraphs around it (the "Context" button).
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { citationFor } from '../src/core/citation.ts';
import { errorReply, type Reply } from '../src/reply/model.ts';

const AROUND = 1;

export const context = defineCommand({
  name: 'context',
  description: 'Show a cited paragraph with the paragraphs before and after it',
  usage: '/context <file:line>',
  schema: z.object({
    citation: z
      .string({ error: 'Type the citation to show, as file:line (copy it from an answer), e.g. /context harbour.txt:3.' })
      .trim()
      // The file part may hold colons itself (`weird:name.txt:3`): the line is after the last one.
      .regex(/^.+:\d+$/, { error: 'Give a citation as file:line, e.g. 000_11d7932ed07271f1.txt:22.' })
      .describe('The citation, as file:line'),
  }),
  reads: 'search',
  async run({ citation }, { core }): Promise<Reply> {
    const at = citation.lastIndexOf(':');
    const source = citation.slice(0, at);
    const line = Number(citation.slice(at + 1));
    await core.fetchArticles?.([source]);
    const passages = core.articleOf(source)?.passages ?? [];
    const i = passages.findIndex((p) => p.line === line);
    if (i === -1) {
      return errorReply(`No passage starts at ${citation}.`, ['Copy the citation exactly as a reply shows it (file:line).']);
    }
    const around = passages.slice(Math.max(0, i - AROUND), i + AROUND + 1);
    return {
      kind: 'info',
      title: `Context of ${citation}`,
      lines: [],
      items: around.map((p) => ({
        excerpt: [{ text: p.text, emphasis: p.line === line }],
        citation: citationFor(core, p.source, p.line),
      })),
      notes: [],
    };
  },
});
