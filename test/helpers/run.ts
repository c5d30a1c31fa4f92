// Runs one of the project's entry points (src/cli.ts, src/main.ts) as a user would, in a child process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runEntry(entry: string, args: string[], opts: { env?: Record<string, string>; stdin?: string } = {}): Promise<RunResult> {
  const running = startEntry(entry, args, opts.env);
  running.child.stdin.end(opts.stdin ?? '');
  return running.done.then(({ code }) => ({ code, stdout: running.stdout(), stderr: running.stderr() }));
}

export interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** The exit code, or the signal that ended it. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stderr contains `text`; rejects, with the end of stderr, if the process ends first. */
  waitForStderr(text: string): Promise<void>;
}

/** Starts an entry point that keeps running (npm start with platforms, the console with stdin open). */
export function startEntry(entry: string, args: string[], extraEnv: Record<string, string> = {}): Running {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(?:DISCORD_|SLACK_|DATABASE_URL$)/.test(k)) env[k] = v;
  // As the npm scripts run it: node with tsx's loader (the tsx command would start a second process).
  // Saved files go to a fresh folder unless the test names one: never into the repository's .cache.
  // That folder is the process's own: removed once it has ended, before `done` resolves.
  const ownCache = extraEnv['CACHE_DIR'] === undefined ? mkdtempSync(path.join(tmpdir(), 'cb-run-cache-')) : undefined;
  const cache = ownCache === undefined ? {} : { CACHE_DIR: ownCache };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry), ...args], { cwd: ROOT, env: { ...env, ...cache, LOG_LEVEL: 'warn', ...extraEnv } });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const w of waiters.filter((w) => stderr.includes(w.text))) w.resolve();
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))).then(async (end) => {
    if (ownCache !== undefined) await rm(ownCache, { recursive: true, force: true, maxRetries: 5 });
    return end;
  });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    done,
    waitForStderr: (text) => {
      if (stderr.includes(text)) return Promise.resolve();
      const exited = done.then(({ code, signal }) => {
        throw new Error(`${entry} ended (${code ?? signal}) before writing "${text}":\n${stderr.slice(-2000)}`);
      });
      return Promise.race([new Promise<void>((resolve) => waiters.push({ text, resolve })), exited]);
    },
  };
}

/** Whether a process of that id is still running. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
