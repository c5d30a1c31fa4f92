// Graceful stop: SIGTERM and SIGINT stop every running platform, flush the log and exit (0, or 130
// after Ctrl-C); `npm start` itself ends cleanly on SIGTERM, its node process with it.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stopOnSignals } from '../../src/shutdown.ts';
import { alive } from '../helpers/run.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function harness(stops: (() => Promise<void>)[], graceMs = 1000) {
  const signals = new EventEmitter();
  const events: string[] = [];
  let resolveExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  const log = {
    info: (m: string) => events.push(`info ${m}`),
    warn: (_f: object, m: string) => events.push(`warn ${m}`),
    flush: (cb?: (err?: Error) => void) => {
      events.push('flush');
      cb?.();
    },
  };
  const running = stops.map((stop, i) => ({ stop: () => (events.push(`stop ${i}`), stop()) }));
  stopOnSignals({ log, running: () => running, exit: (code) => resolveExit(code), graceMs, signals });
  return { signals, events, exited };
}

describe('stopOnSignals', () => {
  it('SIGTERM stops every platform, flushes the log, exits 0', async () => {
    const h = harness([() => Promise.resolve(), () => Promise.resolve()]);
    h.signals.emit('SIGTERM');
    expect(await h.exited).toBe(0);
    expect(h.events).toEqual(['info asked to stop: stopping the platforms', 'stop 0', 'stop 1', 'flush']);
  });

  it('SIGINT exits 130', async () => {
    const h = harness([() => Promise.resolve()]);
    h.signals.emit('SIGINT');
    expect(await h.exited).toBe(130);
    expect(h.events).toContain('stop 0');
  });

  it('a platform that never stops does not keep the process alive', async () => {
    const h = harness([() => new Promise<void>(() => {})], 50);
    h.signals.emit('SIGTERM');
    expect(await h.exited).toBe(0);
    expect(h.events).toContain('warn a platform did not stop in time; exiting anyway');
  });
});

describe('npm start', () => {
  it('ends cleanly on SIGTERM, its node process with it', async () => {
    const cache = await tempDir('cb-shutdown-');
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DISCORD|SLACK)_/.test(k)) env[k] = v;
    const npm = spawn('npm', ['start'], { cwd: ROOT, env: { ...env, CACHE_DIR: cache, LOG_LEVEL: 'info' } });
    try {
      let stderr = '';
      const ready = new Promise<void>((resolve) => {
        npm.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          if (stderr.includes('starting the console chat')) resolve();
        });
      });
      const closed = new Promise<number | null>((resolve) => npm.on('close', (code) => resolve(code)));
      await ready;
      const nodePid = Number(/"pid":(\d+)/.exec(stderr)?.[1]);
      expect(nodePid).toBeGreaterThan(0);
      npm.kill('SIGTERM');
      expect(await closed).toBe(0);
      expect(stderr).toContain('asked to stop');
      expect(alive(nodePid)).toBe(false);
    } finally {
      npm.kill('SIGKILL');
    }
  }, 60_000);
});
