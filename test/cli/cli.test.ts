import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLES, writeArticles } from '../helpers/articles.ts';
import { runEntry } from '../helpers/run.ts';

let env: Record<string, string>;
const cli = (args: string[], stdin?: string) => runEntry('src/cli.ts', args, { env, stdin });

beforeAll(async () => {
  env = { DATA_DIR: await writeArticles(SAMPLE_ARTICLES), CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'cb-cache-')) };
});

describe('npm run cli', () => {
  it('ask --json prints one object with the documented fields, and nothing else on stdout', async () => {
    const { code, stdout } = await cli(['ask', 'when will the ferry terminal open?', '--json', '--limit', '2']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.query).toBe('when will the ferry terminal open?');
    expect(out.results.length).toBeGreaterThan(0);
    expect(out.results.length).toBeLessThanOrEqual(2);
    for (const r of out.results) {
      expect(Object.keys(r).sort()).toEqual(['excerpt', 'heading', 'line', 'score', 'source', 'text', 'title']);
      expect(typeof r.score).toBe('number');
      expect(r.text).toContain(r.excerpt.replace(/^…|…$/g, ''));
    }
  });

  it('ask with no question reads one question a line and prints JSON Lines in order', async () => {
    const { code, stdout } = await cli(['ask', '--json'], 'library opening hours\n\nferry terminal\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['library opening hours', 'ferry terminal']);
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
