// Vitest global setup: gives the PostgreSQL tests a server. TEST_DATABASE_URL (as .ci/run sets it)
// is used as is; otherwise, when PostgreSQL's binaries are installed, a throwaway cluster is started
// in a temp folder with scripts/pg-throwaway.sh and stopped after the run. When neither works the
// tests that need PostgreSQL skip, saying why (see test/helpers/postgres.ts).
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);
const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/pg-throwaway.sh');

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL the tests may create databases on, or '' when there is none. */
    pgUrl: string;
    /** Why there is no server, when there is none. */
    pgUnavailable: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('pgUrl', given);
    project.provide('pgUnavailable', '');
    return async () => {};
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-pg-'));
  try {
    const { stdout } = await run(SCRIPT, ['start', dir, String(await freePort())], { timeout: 60_000 });
    project.provide('pgUrl', stdout.trim());
    project.provide('pgUnavailable', '');
  } catch (err) {
    await run(SCRIPT, ['stop', dir]).catch(() => undefined);
    project.provide('pgUrl', '');
    project.provide('pgUnavailable', `no TEST_DATABASE_URL, and a throwaway cluster could not be started (${firstLine(err)})`);
    return async () => {};
  }
  return async () => {
    await run(SCRIPT, ['stop', dir], { timeout: 60_000 });
  };
}

function firstLine(err: unknown): string {
  const e = err as { stderr?: string; message?: string };
  return (e.stderr?.trim() || e.message || String(err)).split('\n')[0]!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
