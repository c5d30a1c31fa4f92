// The sentence encoder's passage vectors: made once and saved per passage text (an edited passage
// costs only itself), off past the size limit, never waited for past `sentenceWaitMs`, and (one test with the real model, in its worker
// thread) a passage that shares no word with the question found by meaning once they are attached.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { ENCODER_DIMENSIONS, type SentenceEncoder } from '../../src/search/semantic/encoder.ts';
import { startEncoderThread } from '../../src/search/semantic/encoder-thread.ts';
import { SentenceIndex } from '../../src/search/semantic/sentence-index.ts';
import { openSentences } from '../../src/search/semantic/sentences.ts';
import { suiteTempDir } from '../helpers/temp-dir.ts';
import { cites, corpusOf } from './corpus.ts';
import { recordingEncoder } from './encoders.ts';

const corpus = corpusOf({
  'food.txt': ['Business', 'The burger company said mounting debts forced it to seek court protection from its creditors.'],
  'weather.txt': ['Forecast', 'Heavy rain and strong winds are forecast for the coast on Saturday.'],
  'sport.txt': ['Results', 'The home team won the final with a goal in the last minute.'],
  'music.txt': ['Charts', 'The singer topped the charts with her new album of love songs.'],
  'budget.txt': ['Council', 'The council approved a budget that raises taxes on property.'],
});
const cache = suiteTempDir('sentences-test-');

/** A stand-in encoder that counts the texts it is given: a unit vector from the text's length. */
const countingEncoder = () => recordingEncoder((t) => t.length % ENCODER_DIMENSIONS);

describe('sentence vectors', () => {
  const open = (passages = corpus.passages, encoder = countingEncoder(), maxPassages = 100) =>
    openSentences(passages, { dataDir: '/nowhere/articles', cacheDir: cache, encoder, maxPassages }).then((opened) => ({ opened, encoder }));

  it('embeds each passage once: read back from the cache folder, and only an edited passage again', async () => {
    const first = await open();
    expect(first.opened).toMatchObject({ on: true, encoded: corpus.passages.length, reused: 0 });
    const again = await open();
    expect(again.encoder.texts).toEqual([]);
    const edited = corpus.passages.map((p, i) => (i === 1 ? { ...p, text: `${p.text} Updated.` } : p));
    const third = await open(edited);
    expect(third.encoder.texts).toEqual([edited[1]!.text]);
    expect(third.opened).toMatchObject({ on: true, encoded: 1, reused: corpus.passages.length - 1 });
  });

  it('embeds passages on the builder, as many chunks at once as it serves, and questions on the encoder', async () => {
    const many = corpusOf(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}.txt`, [`Title ${i}`, `Passage number ${i} says ${'more '.repeat(i % 40)}here.`]])));
    const inner = countingEncoder();
    let running = 0;
    let most = 0;
    const builder: SentenceEncoder = {
      parallel: 2,
      async embedAll(texts) {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return inner.embedAll(texts);
      },
    };
    const questions = countingEncoder();
    const opened = await openSentences(many.passages, { dataDir: '/nowhere/pool', encoder: questions, builder, maxPassages: 10_000 });
    if (!opened.on) throw new Error(opened.reason);
    expect(most).toBe(2);
    expect([...inner.texts].sort()).toEqual(many.passages.map((p) => p.text).sort());
    // Each passage's vector is its own text's, whatever order the chunks were sent in.
    const probe = countingEncoder();
    const expected = await probe.embedAll(many.passages.map((p) => p.text));
    many.passages.forEach((_, d) => expect(opened.index.cosine(expected.subarray(d * ENCODER_DIMENSIONS, (d + 1) * ENCODER_DIMENSIONS), d)).toBeCloseTo(1, 5));
    await opened.index.embed('Which passage?');
    expect(questions.texts).toEqual(['Which passage?']);
  });

  it('makes none for a corpus past the limit, and says why', async () => {
    const { opened, encoder } = await open(corpus.passages, countingEncoder(), 3);
    expect(opened).toEqual({ on: false, reason: `${corpus.passages.length} passages is more than the 3 the sentence encoder is used for` });
    expect(encoder.texts).toEqual([]);
  });

  it('answers with words and word vectors when the sentence vector of the question does not come in time', async () => {
    const opened = await open();
    if (!opened.opened.on) throw new Error('expected sentence vectors');
    const never = SentenceIndex.fromQuantised(new Int8Array(corpus.passages.length * ENCODER_DIMENSIONS), new Float32Array(corpus.passages.length), () => new Promise(() => undefined));
    const engine = createSearchEngine(corpus, { semantic: { sentenceWaitMs: 0 } });
    engine.attachSentences?.(never);
    expect(cites(await engine.search('Which council raises taxes?'))[0]).toBe('budget.txt:3');
  });

  it('finds a passage that shares no word with the question once attached (the real model, in its thread)', async () => {
    const question = 'Which fast food chain went bankrupt?';
    // No time limit on the question's vector here: the test is about ranking, not speed.
    const engine = createSearchEngine(corpus, { semantic: { sentenceShare: 1, sentenceWaitMs: 60_000 } });
    expect(cites(await engine.search(question))).not.toContain('food.txt:3');
    const thread = startEncoderThread();
    try {
      const opened = await openSentences(corpus.passages, { dataDir: '/nowhere/real', encoder: thread, maxPassages: 100 });
      if (!opened.on) throw new Error(opened.reason);
      engine.attachSentences?.(opened.index);
      expect(cites(await engine.search(question))[0]).toBe('food.txt:3');
    } finally {
      await thread.close();
    }
  }, 120_000);
});
