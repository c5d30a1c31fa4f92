import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLES, suiteArticles, tempArticles } from '../helpers/articles.ts';
import { runEntry } from '../helpers/run.ts';
import { suiteTempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

const env = { DATA_DIR: suiteArticles(SAMPLE_ARTICLES), CACHE_DIR: suiteTempDir('cb-cache-') };
const cli = (args: string[], stdin?: string) => runEntry('src/cli.ts', args, { env, stdin });

describe('npm run cli', () => {
  it('ask --json prints one object with the documented fields, and nothing else on stdout', async () => {
    const { code, stdout } = await cli(['ask', 'when will the ferry terminal open?', '--json', '--limit', '2']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.query).toBe('when will the ferry terminal open?');
    expect(out.results.length).toBeGreaterThan(0);
    expect(out.results.length).toBeLessThanOrEqual(2);
    expect(out.nothingGood).toBe(false);
    for (const r of out.results) {
      expect(Object.keys(r).sort()).toEqual(['also', 'date', 'excerpt', 'heading', 'line', 'match', 'outlet', 'score', 'source', 'text', 'title', 'url']);
      expect(typeof r.score).toBe('number');
      expect(r.text).toContain(r.excerpt.replace(/^…|…$/g, ''));
    }
  });

  it('ask with no question reads one question a line and answers each line on its own line, a blank one with an error', async () => {
    const { code, stdout } = await cli(['ask', '--json'], 'library opening hours\n\nferry terminal\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['library opening hours', '', 'ferry terminal']);
    expect(lines[1]).toEqual({ query: '', results: [], error: expect.any(String) });
  });

  it('takes a question of up to 1,000 characters and refuses a longer one', async () => {
    const long = `when will the ferry terminal open ${'and what will it cost '.repeat(50)}`.slice(0, 999) + 's';
    const ok = JSON.parse((await cli(['ask', long, '--json'])).stdout);
    expect(ok.error).toBeUndefined();
    const refused = await cli(['ask', `${long}x`, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error).toMatch(/1000 characters/);
  });

  it('gives a slow reader all of a long output (it waits for stdout to drain before exiting)', async () => {
    // Far more than a pipe holds (64 KiB): 300 articles of a few paragraphs each.
    const sentence = (i: number, j: number) => `Report ${i} says the council approved plan number ${j} for the harbour district on Monday after a long debate.`;
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`a${i}.txt`, [`Harbour Report ${i}`, ...[1, 2, 3].map((j) => sentence(i, j))].join('\n')]));
    const big = { ...env, DATA_DIR: await tempArticles(many) };
    const { stdout: direct } = await runEntry('src/cli.ts', ['passages', '--json'], { env: big });
    // The user's own pipeline: a real pipe (a child's stdout here would be a socket, with a larger buffer).
    const cli = `${JSON.stringify(process.execPath)} --import tsx src/cli.ts passages --json`;
    const { stdout: counted } = await run('sh', ['-c', `${cli} | (sleep 1; wc -c)`], { cwd: ROOT, env: { ...process.env, ...big, LOG_LEVEL: 'warn' } });
    expect(Buffer.byteLength(direct)).toBeGreaterThan(100_000);
    expect(Number(counted.trim())).toBe(Buffer.byteLength(direct));
  });

  it('dropped lists every line left out with its file, line and rule, as JSON and as text', async () => {
    const dir = await tempArticles({ 'a.txt': 'Ferry Fares Rise\nBy Karen Liu | Published 9:42 AM EST, Thu March 6, 2025 | Updated 11:15 AM\nThe ferry company raised fares on Monday.\n' });
    const { code, stdout } = await runEntry('src/cli.ts', ['dropped', '--json'], { env: { DATA_DIR: dir } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).dropped).toEqual([
      { source: 'a.txt', line: 1, rule: 'title', reason: 'title', text: 'Ferry Fares Rise' },
      { source: 'a.txt', line: 2, rule: 'byline-with-stamps', reason: 'byline', text: 'By Karen Liu | Published 9:42 AM EST, Thu March 6, 2025 | Updated 11:15 AM' },
    ]);
    const text = await runEntry('src/cli.ts', ['dropped'], { env: { DATA_DIR: dir } });
    expect(text.stdout).toContain('a.txt:2  byline-with-stamps  By Karen Liu');
  });

  it('exits 1 with one line saying what to set when DATA_DIR is missing', async () => {
    const { code, stdout, stderr } = await runEntry('src/cli.ts', ['sources', '--json'], { env: { DATA_DIR: '/nonexistent/articles' } });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('DATA_DIR /nonexistent/articles does not exist: set DATA_DIR to the folder that holds your articles.');
  });

  it('a refused question in a batch is reported on its line and the others still run', async () => {
    const { stdout } = await cli(['ask', '--json'], '?!?\nferry terminal\n');
    const [bad, good] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(bad.error).toMatch(/word/);
    expect(bad.results).toEqual([]);
    expect(good.results.length).toBeGreaterThan(0);
  });

  it('passages --json lists every passage verbatim at its line', async () => {
    const { stdout } = await cli(['passages', '--json']);
    const { passages } = JSON.parse(stdout);
    expect(passages.length).toBeGreaterThan(3);
    for (const p of passages) {
      const lines = (await readFile(path.join(env.DATA_DIR!, p.source), 'utf8')).split('\n');
      expect(lines[p.line - 1]).toContain(p.text.split(' ').slice(0, 6).join(' '));
    }
  });

  it('sources lists the articles, as text and as JSON', async () => {
    const json = JSON.parse((await cli(['sources', '--json'])).stdout);
    expect(json.sources.map((s: { source: string }) => s.source)).toEqual(['harbour.txt', 'library.txt']);
    expect(json.sources[0].passages).toBeGreaterThan(0);
    expect((await cli(['sources'])).stdout).toMatch(/library\.txt/);
  });

  it('exits non-zero with a message on a usage error', async () => {
    const bad = await cli(['ask', 'x', '--limit', '99']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be/);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command/);
  });
});
