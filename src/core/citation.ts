// Builds the citation of a passage (or any place in a file) from what the core knows of its article.
import type { Core } from './core.ts';
import type { Citation } from '../reply/model.ts';

export function citationFor(core: Pick<Core, 'articleOf'>, source: string, line: number): Citation {
  const article = core.articleOf(source);
  // The article's own passages, not the whole corpus: this runs for every item of every reply.
  const passage = article?.passages.find((p) => p.line === line);
  return {
    source,
    line,
    title: article?.title ?? source,
    heading: passage?.heading ?? null,
    outlet: article?.outlet ?? null,
    url: article?.url ?? null,
    date: article?.date ?? null,
  };
}
