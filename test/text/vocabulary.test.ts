// The text kit's one vocabulary table reaches every engine: each title abbreviation in it (`Det.`,
// `Fr.`, `Insp.`…) is read as part of a name by the quotes, kept inside one sentence by the
// search's excerpts, and kept inside one headline by the loader.
import { describe, expect, it } from 'vitest';
import { TITLES } from '../../src/text/vocabulary.ts';
import { sentenceStarts, splitSentences } from '../../src/text/sentences.ts';
import { parseArticle } from '../../src/corpus/article.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { excerptText } from '../../src/reply/model.ts';
import { saidBy } from '../quotes/corpus.ts';
import { corpusOf } from '../search/corpus.ts';

const written = TITLES.flatMap((t) => t.short).map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`);

describe('the vocabulary table', () => {
  it('attributes `"…," said Det./Fr./Insp. <name>` as it does `Sgt.`', () => {
    for (const title of ['Sgt.', 'Det.', 'Fr.', 'Insp.']) {
      expect(saidBy(`"We found the car at dawn," said ${title} Ana Ruiz. "Nobody was hurt."`), title).toEqual({
        'Ana Ruiz': ['We found the car at dawn', 'Nobody was hurt.'],
      });
    }
  });

  it('gives every title in it to the quotes: after the quote and before `said`', () => {
    for (const title of written) {
      expect(saidBy(`"The road is closed," said ${title} Ana Ruiz.`), title).toEqual({ 'Ana Ruiz': ['The road is closed'] });
      expect(saidBy(`${title} Ana Ruiz said the inquiry would take a year. "We owe them answers," Ruiz said.`), title).toEqual({
        'Ana Ruiz': ['We owe them answers'],
      });
    }
  });

  it('gives every title in it to the search: an excerpt keeps `<title> <name>` in one sentence', async () => {
    for (const title of written) {
      const text = `The storm closed the coast road overnight. ${title} Ana Ruiz found the stolen harbour van near the pier. Traffic resumed by noon.`;
      const [hit] = await createSearchEngine(corpusOf({ 'van.txt': ['Van found', text] })).search('stolen harbour van');
      expect(excerptText(hit!.excerpt), title).toContain(`${title} Ana Ruiz found the stolen harbour van near the pier.`);
    }
  });

  it('gives every title in it to the loader: a headline with one is one headline, not two sentences', () => {
    for (const title of written) {
      const headline = `${title} Ana Ruiz to lead the harbour inquiry`;
      const a = parseArticle('story.txt', `${headline}\nThe council named her on Tuesday after a long search.`).article;
      expect(a.title, title).toBe(headline);
    }
  });

  it('splits after a word that is not in it', () => {
    const text = 'The van was found by Ana. Ruiz said so.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['The van was found by Ana.', 'Ruiz said so.']);
    expect(sentenceStarts(text)).toEqual([0, 26]);
  });
});
