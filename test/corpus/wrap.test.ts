import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.ts';

const passages = (...lines: string[]) =>
  parseArticle('a.txt', lines.join('\n')).article.passages.map((p) => ({ line: p.line, text: p.text, heading: p.heading }));

describe('hard-wrapped text', () => {
  it('joins a wrapped paragraph even when a line happens to end a sentence', () => {
    expect(
      passages(
        'Reservoir Levels Fall',
        '',
        'Reservoir levels in the south fell to their lowest point in twenty years.',
        'Water companies asked customers to take shorter showers and to avoid',
        'watering gardens until the autumn rains arrive, a spokesperson said.',
      ),
    ).toEqual([
      {
        line: 3,
        heading: null,
        text: 'Reservoir levels in the south fell to their lowest point in twenty years. Water companies asked customers to take shorter showers and to avoid watering gardens until the autumn rains arrive, a spokesperson said.',
      },
    ]);
  });

  it('splits wrapped paragraphs that are not separated by blank lines where a short line ends one', () => {
    expect(
      passages(
        'Reservoir Levels Fall',
        'Reservoir levels in the south fell to their lowest point in twenty',
        'years, the environment agency said on Monday.',
        'Water companies asked customers to take shorter showers and to avoid',
        'watering gardens until the autumn rains arrive.',
      ).map((p) => p.line),
    ).toEqual([2, 4]);
  });

  it('keeps a heading on top of a wrapped paragraph apart from it', () => {
    expect(
      passages(
        'Drought Measures',
        'Water companies asked customers to take shorter showers and to avoid',
        'watering gardens until the autumn rains arrive, a spokesperson said.',
      ),
    ).toEqual([
      {
        line: 2,
        heading: null,
        text: 'Water companies asked customers to take shorter showers and to avoid watering gardens until the autumn rains arrive, a spokesperson said.',
      },
    ]);
    const withTitle = passages(
      'Reservoirs at Record Low',
      '',
      'Drought Measures',
      'Water companies asked customers to take shorter showers and to avoid',
      'watering gardens until the autumn rains arrive, a spokesperson said.',
    );
    expect(withTitle).toHaveLength(1);
    expect(withTitle[0]).toMatchObject({ line: 4, heading: 'Drought Measures' });
  });

  it('does not join a run of short complete sentences, one a line', () => {
    expect(
      passages(
        'Reservoirs at Record Low',
        '',
        'Reservoir levels fell again in August.',
        'Water companies asked for shorter showers.',
        'Hosepipe bans start on Monday.',
      ).map((p) => p.line),
    ).toEqual([3, 4, 5]);
  });

  it('does not join a list of headlines', () => {
    expect(
      passages(
        'Reservoirs at Record Low',
        'Reservoir levels fell again in August, the environment agency said on Monday.',
        '',
        'Farmers Warn of Poor Harvest as Rivers Run Dry',
        'Water Companies Face Fines Over Leaking Pipes',
        'How to Save Water in Your Garden This Summer',
        'Reservoir levels are monitored weekly by the agency.',
      ).map((p) => p.line),
    ).toEqual([2, 7]);
  });

  it('joins the wrapped lines of a bullet item', () => {
    expect(
      passages(
        'What the Ban Covers',
        '- Watering gardens with a hosepipe, including drip systems and',
        '  sprinklers, at any time of day.',
        '- Filling private swimming pools.',
      ).map((p) => p.text),
    ).toEqual([
      'Watering gardens with a hosepipe, including drip systems and sprinklers, at any time of day.',
      'Filling private swimming pools.',
    ]);
  });
});
