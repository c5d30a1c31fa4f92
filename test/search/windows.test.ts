// A long passage is embedded window by window, and found by its best window: a question answered
// past the opening of a long paragraph is not judged by the opening alone.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { ENCODER_DIMENSIONS } from '../../src/search/semantic/encoder.ts';
import { openSentences } from '../../src/search/semantic/sentences.ts';
import { embeddedTexts, subjectOf, windowsOf } from '../../src/search/semantic/windows.ts';
import { suiteTempDir } from '../helpers/temp-dir.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { cites, corpusOf } from './corpus.ts';
import { recordingEncoder } from './encoders.ts';

const D = ENCODER_DIMENSIONS;

describe('windows of a passage', () => {
  it('keeps a passage the encoder reads whole as it is', () => {
    expect(windowsOf('The council met on Monday. It approved the budget.', 10)).toEqual(['The council met on Monday. It approved the budget.']);
  });

  it('cuts a longer one at sentence ends, each window within the limit, in the words of the text', () => {
    const text = 'The council met on Monday. It approved the budget after a long debate. Taxes on property will rise next year.';
    expect(windowsOf(text, 10)).toEqual(['The council met on Monday.', 'It approved the budget after a long debate.', 'Taxes on property will rise next year.']);
    expect(windowsOf(text, 14)).toEqual(['The council met on Monday. It approved the budget after a long debate.', 'Taxes on property will rise next year.']);
  });
});

/** A stand-in encoder: a text about a bridge (or a crossing) points one way, any other text another. */
const topicEncoder = () => recordingEncoder((t) => (/bridge|crossing/i.test(t) ? 0 : 1));

describe('a long passage found by its best window', () => {
  // Six sentences of eight words: the encoder reads 48 words, so the seventh is a window of its own.
  const opening = Array.from({ length: 6 }, (_, i) => `The mayor spoke about parking for ${i + 1} hours.`).join(' ');
  const corpus = corpusOf({
    'city.txt': ['City hall', `${opening} Engineers will close the old bridge for repairs in May.`],
    'parks.txt': ['Parks', 'The mayor opened a new playground in the park.'],
  });

  it('embeds each window of the long passage, and its cosine with a question is its best window’s', async () => {
    const encoder = topicEncoder();
    const opened = await openSentences(corpus.passages, { dataDir: '/nowhere/windows', encoder, maxPassages: 100 });
    if (!opened.on) throw new Error(opened.reason);
    expect(encoder.texts).toContain('Engineers will close the old bridge for repairs in May.');
    expect(encoder.texts).not.toContain(corpus.passages[0]!.text);
    const bridge = new Float32Array(D);
    bridge[0] = 1;
    expect(opened.index.cosine(bridge, 0)).toBeCloseTo(1, 2);
    expect(opened.index.cosine(bridge, 1)).toBeCloseTo(0, 2);
    expect(opened.index.nearest(bridge, 1)[0]!.id).toBe(0);
    const engine = createSearchEngine(corpus, { semantic: { sentenceWaitMs: 60_000 } });
    engine.attachSentences?.(opened.index);
    expect(cites(await engine.search('When is the crossing over the river shut?'))[0]).toBe('city.txt:3');
  });
});

describe('a window embedded after its file’s subject', () => {
  const frank = ['Anne Frank was a German-Dutch diarist', 'Anne Frank kept a diary in hiding.', 'She died of typhus in 1945.', 'Her father Otto Frank published the diary.'];
  const digest = ['The council is meeting on Monday', 'Rain is due on Friday.', 'The zoo has a new panda.', 'Fuel prices fell again.'];

  it('reads the subject off a title that defines it, and none off a caption or a long phrase', () => {
    expect(subjectOf('Apollo Creed is a fictional character from the Rocky films , initially portrayed…')).toBe('Apollo Creed');
    expect(subjectOf('A prison (from Old French prisoun), also known as gaol or jail, is a place…')).toBeNull();
    expect(subjectOf('A partly submerged glacier cave on Perito Moreno Glacier')).toBeNull();
  });

  it('puts it before a window that does not name it, in an article about it, not in a digest of other stories', () => {
    const { texts, firsts } = embeddedTexts(corpusOf({ 'frank.txt': frank, 'digest.txt': digest }).passages);
    expect(texts).toEqual([
      'Anne Frank kept a diary in hiding.',
      'Anne Frank: She died of typhus in 1945.',
      'Her father Otto Frank published the diary.',
      'Rain is due on Friday.',
      'The zoo has a new panda.',
      'Fuel prices fell again.',
    ]);
    expect([...firsts]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  const dir = suiteTempDir('subject-');

  it('re-embeds only the windows a changed subject heads, reusing the saved rest', async () => {
    const first = topicEncoder();
    await openSentences(corpusOf({ 'frank.txt': frank }).passages, { dataDir: '/nowhere/subject', cacheDir: dir, encoder: first, maxPassages: 100 });
    expect(first.texts).toContain('Anne Frank: She died of typhus in 1945.');
    const again = topicEncoder();
    const renamed = ['Annelies Frank was a German-Dutch diarist', ...frank.slice(1)];
    const opened = await openSentences(corpusOf({ 'frank.txt': renamed }).passages, { dataDir: '/nowhere/subject', cacheDir: dir, encoder: again, maxPassages: 100 });
    expect(again.texts).toEqual(['Annelies Frank: She died of typhus in 1945.']);
    expect(opened.on && opened.reused).toBe(2);
  });
});

describe('a paragraph under a heading', () => {
  // A follow-up paragraph that says what it is about only through its heading.
  const base = corpusOf({
    'city.txt': ['City hall', 'Crews will start in May and finish by the autumn.', 'Engineers will close the old bridge in May.'],
    'parks.txt': ['Parks', 'The mayor opened a new playground in the park.'],
  });
  const [crews, bridge, park] = base.passages as [Passage, Passage, Passage];
  const corpus = { ...base, passages: [{ ...crews, heading: 'Bridge closure' }, { ...bridge, heading: 'Bridge closure' }, park] };

  it('is embedded on its own and after the heading it does not name; one naming it, once', () => {
    const { texts, firsts } = embeddedTexts(corpus.passages);
    expect(texts).toEqual([
      'Crews will start in May and finish by the autumn.',
      'Bridge closure: Crews will start in May and finish by the autumn.',
      'Engineers will close the old bridge in May.',
      'The mayor opened a new playground in the park.',
    ]);
    expect([...firsts]).toEqual([0, 2, 3, 4]);
  });

  it('is found through its heading by a question about what the heading names', async () => {
    const encoder = topicEncoder();
    const opened = await openSentences(corpus.passages, { dataDir: '/nowhere/headings', encoder, maxPassages: 100 });
    if (!opened.on) throw new Error(opened.reason);
    const bridgeward = new Float32Array(D);
    bridgeward[0] = 1;
    // Its closer reading counts: the heading's.
    expect(opened.index.cosine(bridgeward, 0)).toBeCloseTo(1, 2);
    expect(opened.index.cosine(bridgeward, 2)).toBeCloseTo(0, 2);
    const engine = createSearchEngine(corpus, { semantic: { sentenceWaitMs: 60_000 } });
    engine.attachSentences?.(opened.index);
    expect(cites(await engine.search('When will work on the crossing begin?'))[0]).toBe('city.txt:3');
  });
});
