// /sources: the articles the bot knows, with their titles and passage counts.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { infoReply } from '../src/reply/model.ts';

export const sources = defineCommand({
  name: 'sources',
  description: 'List the articles the bot knows',
  usage: '/sources',
  schema: z.object({}),
  reads: 'articles',
  run(_args, { core }) {
    const { articles } = core.corpus;
    // A core serving from a shared store lists the articles without their passages, and counts them.
    const passages = (a: (typeof articles)[number]): number => core.passageCount?.(a.source) ?? a.passages.length;
    // When the running bot read each file (it follows the data folder live); the CLI reads once and says nothing.
    const readAt = (source: string): string | undefined => {
      const ms = core.readAt?.(source);
      return ms === undefined ? undefined : new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
    };
    const data = {
      sources: articles.map((a) => ({ source: a.source, title: a.title, outlet: a.outlet, url: a.url, date: a.date, passages: passages(a), read_at: readAt(a.source) })),
    };
    if (articles.length === 0) return { ...infoReply('No articles are loaded.', [], ['Put .txt or .md files in the data folder.']), data };
    const reply = infoReply(
      `${count(articles.length, 'article')}, ${count(core.passageCount?.() ?? core.corpus.passages.length, 'passage')}`,
      articles.map((a) => `${a.title} (${a.source}, ${count(passages(a), 'passage')}${a.outlet ? `, ${a.outlet}` : ''}${readAt(a.source) ? `, read ${readAt(a.source)}` : ''})`),
    );
    return { ...reply, data };
  },
});

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
