import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { runEntry } from '../helpers/run.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('npm start without credentials', () => {
  it('runs the console chat on piped input and exits at the end of it', async () => {
    const env = { DATA_DIR: await tempArticles(SAMPLE_ARTICLES), CACHE_DIR: await tempDir('cb-cache-') };
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

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [{ DISCORD_TOKEN: 'token' }, 'DISCORD_CLIENT_ID'],
  ])('names the missing variable of half a credential pair and exits non-zero (%o)', async (credentials, missing) => {
    const { code, stdout, stderr } = await runEntry('src/main.ts', [], { env: credentials });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^Configuration error: ${missing} is not set`))]);
    expect(stdout).toBe('');
  });

  it('says what to set, in one line, when DATA_DIR is missing or is a file', async () => {
    const dir = await tempArticles(SAMPLE_ARTICLES);
    for (const [dataDir, why] of [[path.join(dir, 'nope'), 'does not exist'], [path.join(dir, 'harbour.txt'), 'is a file, not a folder']] as const) {
      const { code, stderr } = await runEntry('src/main.ts', [], { env: { DATA_DIR: dataDir } });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`DATA_DIR ${dataDir} ${why}: set DATA_DIR to the folder that holds your articles.`);
    }
  });

  it('says in one line that the database cannot be reached when DATABASE_URL points nowhere, and exits 1', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const { code, stdout, stderr } = await runEntry('src/main.ts', [], { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/coverage' } });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Cannot reach the database at DATABASE_URL .*Check DATABASE_URL/)]);
    expect(stdout).toBe('');
  });
});
