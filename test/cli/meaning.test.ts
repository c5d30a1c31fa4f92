// The CLI waits for the answers by meaning (word vectors and the bundled sentence encoder), so a
// script gets the passage that answers a question sharing no word with it, as the chat bot does
// once its vectors are ready. Loads the real encoder model in a worker thread: a few seconds.
import { describe, expect, it } from 'vitest';
import { tempArticles } from '../helpers/articles.ts';
import { runEntry } from '../helpers/run.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ARTICLES = {
  'finals.txt': 'Finals night\n\nThe Lakers beat the Celtics in the finals on Sunday night, with a late three-pointer.\n',
  'council.txt': 'Council vote\n\nThe city council approved a new budget for road repairs and bus lanes.\n',
  'weather.txt': 'Weather\n\nForecasters expect heavy rain across the valley through the weekend.\n',
};

describe('npm run cli -- ask, answers by meaning', () => {
  it('finds the passage that answers a question sharing none of its words, and does not call it "nothing good"', async () => {
    const env = { DATA_DIR: await tempArticles(ARTICLES), CACHE_DIR: await tempDir('cb-cache-') };
    const { code, stdout } = await runEntry('src/cli.ts', ['ask', 'Which basketball team won the championship?', '--json'], { env });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.nothingGood).toBe(false);
    expect(`${out.results[0].source}:${out.results[0].line}`).toBe('finals.txt:3');
  });
});
