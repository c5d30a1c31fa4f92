// Runs one of the project's entry points (src/cli.ts, src/main.ts) as a user would, in a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runEntry(entry: string, args: string[], opts: { env?: Record<string, string>; stdin?: string } = {}): Promise<RunResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DISCORD|SLACK)_/.test(k)) env[k] = v;
  // As the npm scripts run it: node with tsx's loader (the tsx command would start a second process).
  // Saved files go to a fresh folder unless the test names one: never into the repository's .cache.
  const cache = { CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'cb-run-cache-')) };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry), ...args], { cwd: ROOT, env: { ...env, ...cache, LOG_LEVEL: 'warn', ...opts.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(opts.stdin ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
