// Live updates: a file added, changed and removed while the console runs is reflected in /sources,
// /ask and /quote, each with a log line. Every wait polls with a bounded loop, never a fixed sleep.
import { spawn } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEADLINE_MS = 40_000;

const article = (title: string, body: string, quote: string) => [title, '', body, '', `“${quote},” said Bruno Keller, the port director.`].join('\n');

/** A console on piped input; `until` sends a line again and again until its answer satisfies `ok`. */
function startConsole(env: Record<string, string>) {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DISCORD|SLACK)_/.test(k)) base[k] = v;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], { cwd: ROOT, env: { ...base, LOG_LEVEL: 'info', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
  async function answer(line: string): Promise<string> {
    const mark = stdout.length;
    child.stdin.write(`${line}\n`);
    for (const end = Date.now() + DEADLINE_MS; Date.now() < end; await tick()) if (stdout.length > mark && stdout.endsWith('\n\n')) return stdout.slice(mark);
    throw new Error(`no answer to ${line}`);
  }
  async function until(line: string, ok: (out: string) => boolean): Promise<string> {
    let last = '';
    for (const end = Date.now() + DEADLINE_MS; Date.now() < end; await tick()) if (ok((last = await answer(line)))) return last;
    throw new Error(`${line} never gave the expected answer; last:\n${last}`);
  }
  return { child, until, stderr: () => stderr };
}

describe('npm start follows the data folder', () => {
  it('reflects a file added, changed and removed in /sources, /ask and /quote', async () => {
    const data = await tempArticles(SAMPLE_ARTICLES);
    const cache = await tempDir('cb-live-cache-');
    const bot = startConsole({ DATA_DIR: data, CACHE_DIR: cache });
    const file = path.join(data, 'zeppelin.txt');
    try {
      await bot.until('/sources', (out) => out.includes('harbour.txt'));

      writeFileSync(file, article('Zeppelin hangar reopens at the port', 'A restored zeppelin hangar reopened at the port on Friday after a decade of repairs.', 'The hangar will welcome visitors every weekend'));
      const listed = await bot.until('/sources', (out) => out.includes('zeppelin.txt'));
      expect(listed).toMatch(/zeppelin\.txt, \d+ passages?, read \d{4}-\d\d-\d\dT/);
      expect(await bot.until('/ask zeppelin hangar', (out) => out.includes('zeppelin.txt'))).toContain('restored zeppelin hangar');
      expect(await bot.until('/quote Keller', (out) => out.includes('welcome visitors'))).toContain('zeppelin.txt');

      writeFileSync(file, article('Submarine museum opens at the port', 'A decommissioned submarine opened as a museum at the port on Saturday.', 'The submarine will stay moored here for good'));
      expect(await bot.until('/ask submarine museum', (out) => out.includes('zeppelin.txt'))).toContain('decommissioned submarine');
      expect(await bot.until('/quote Keller', (out) => out.includes('moored here'))).not.toContain('welcome visitors');
      expect(await bot.until('/ask zeppelin hangar', (out) => !out.includes('zeppelin.txt'))).not.toContain('restored zeppelin');

      unlinkSync(file);
      expect(await bot.until('/sources', (out) => !out.includes('zeppelin.txt'))).toContain('harbour.txt');
      expect(await bot.until('/ask submarine museum', (out) => !out.includes('zeppelin.txt'))).not.toContain('decommissioned');
      expect(await bot.until('/quote Keller', (out) => !out.includes('moored here'))).not.toContain('zeppelin.txt');

      const log = bot.stderr();
      for (const what of ['article added: zeppelin.txt', 'article changed: zeppelin.txt', 'article removed: zeppelin.txt']) expect(log).toContain(what);
      // Applied file by file (per-file segments), not by reading the folder whole.
      expect(log).toContain('"fileByFile":true');
      expect(log).not.toContain('"fileByFile":false');
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 120_000);
});
