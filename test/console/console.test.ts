import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLES, writeArticles } from '../helpers/articles.ts';
import { runEntry } from '../helpers/run.ts';

describe('npm start without credentials', () => {
  it('runs the console chat on piped input and exits at the end of it', async () => {
    const env = { DATA_DIR: await writeArticles(SAMPLE_ARTICLES), CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'cb-cache-')) };
    const { code, stdout } = await runEntry('src/main.ts', [], {
      env,
      stdin: '/ask when will the ferry terminal open?\n/help\n/nosuch\n',
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Results for "when will the ferry terminal open\?"/);
    expect(stdout).toMatch(/harbour\.txt:\d+/);
    expect(stdout).toMatch(/\/ask <question>/);
    expect(stdout).toMatch(/There is no \/nosuch command/);
    expect(stdout).not.toContain("\u001b["); // no colours when not on a terminal
  });

  it('stops with one line naming the variable when the configuration is wrong', async () => {
    const { code, stderr } = await runEntry('src/main.ts', [], { env: { LOG_LEVEL: 'shouty' } });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Configuration error: LOG_LEVEL /);
  });
});
