// "Nothing good matches": a question the articles do not address gets that answer from /ask instead
// of a list padded with passages that share one word with it; a question they answer is unaffected.
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import type { AskJson } from '../../src/core/data.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { createSearchEngine, DEFAULT_SEARCH_OPTIONS } from '../../src/search/engine.ts';
import { ENCODER_DIMENSIONS } from '../../src/search/semantic/encoder.ts';
import { SentenceIndex } from '../../src/search/semantic/sentence-index.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import { corpusOf } from './corpus.ts';

const UNANSWERED = 'When will the ferry to Zanzibar resume its monsoon timetable?';

describe('nothing good matches', () => {
  let ctx: CommandContext;
  const router = new CommandRouter(allCommands());
  const dataDir = suiteArticles(SAMPLE_ARTICLES);
  beforeAll(async () => {
    ctx = { core: await createCore({ dataDir }) };
  });

  it('marks a passage that shares only a common word with the question as weak', async () => {
    const engine = createSearchEngine(corpusOf({ 'harbour.txt': SAMPLE_ARTICLES['harbour.txt'].split('\n').filter(Boolean) }));
    const [hit] = await engine.search(UNANSWERED);
    expect(hit?.weak).toBe(true);
    const [good] = await engine.search('when will the ferry terminal open?');
    expect(good?.weak).toBe(false);
    expect(good!.match).toBeGreaterThan(hit!.match);
  });

  it('says so from /ask, with nothingGood in its JSON and no padding', async () => {
    const reply = await router.run('ask', { question: UNANSWERED }, ctx);
    expect(reply.title).toBe(`Nothing good matches "${UNANSWERED}".`);
    expect(reply.items).toHaveLength(0);
    expect(reply.data).toMatchObject({ query: UNANSWERED, results: [], nothingGood: true });
  });

  it('still answers a question the articles address, each result with its match share', async () => {
    const reply = await router.run('ask', { question: 'when will the ferry terminal open?' }, ctx);
    expect(reply.title).toMatch(/^Results for/);
    const data = reply.data as AskJson;
    expect(data.nothingGood).toBe(false);
    expect(data.results[0]!.source).toBe('harbour.txt');
    expect(data.results[0]!.match).toBeGreaterThan(0.5);
  });
});

describe('nothing good matches, with the sentence encoder', () => {
  // Two passages holding the same few of the question's words; the stand-in encoder puts one close
  // to the question in meaning (cosine 0.45) and the other far from it (cosine 0).
  const QUESTION = 'Was the ferry pier quietly shelved for the coming winter?';
  const CLOSE = 'Work on the new ferry landing was put off until next winter, the board said.';
  const FAR = 'The board said the new ferry landing was put off until next winter work.';
  const OTHER = 'Tickets for the summer concerts go on sale on Monday.';
  const cosineOf = new Map([[CLOSE, 0.45], [FAR, 0], [OTHER, 0]]);

  async function search() {
    const corpus = corpusOf({ 'close.txt': ['Port', CLOSE], 'far.txt': ['Port', FAR], 'other.txt': ['Music', OTHER] });
    const engine = createSearchEngine(corpus);
    const floats = new Float32Array(corpus.passages.length * ENCODER_DIMENSIONS);
    corpus.passages.forEach((p, i) => {
      const c = cosineOf.get(p.text)!;
      floats[i * ENCODER_DIMENSIONS] = c;
      floats[i * ENCODER_DIMENSIONS + 1 + i] = Math.sqrt(1 - c * c);
    });
    const question = new Float32Array(ENCODER_DIMENSIONS);
    question[0] = 1;
    engine.attachSentences?.(SentenceIndex.fromFloats(floats, () => Promise.resolve(question)));
    return engine.search(QUESTION);
  }

  it('adds words and meaning up: a passage holding a few of the words and close in meaning is an answer, one as far as chance is not', async () => {
    const hits = await search();
    const close = hits.find((h) => h.passage.text === CLOSE)!;
    const far = hits.find((h) => h.passage.text === FAR)!;
    // Few of the question's words: by words alone both would be weak.
    expect(close.match).toBeLessThan(DEFAULT_SEARCH_OPTIONS.goodMatch);
    expect(far.match).toBeCloseTo(close.match, 5);
    expect(close.weak).toBe(false);
    expect(far.weak).toBe(true);
  });
});
