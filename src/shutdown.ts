// Graceful stop for `npm start`: SIGTERM (a supervisor, `docker stop`, systemd) and SIGINT (Ctrl-C)
// stop every running platform (each logs out or closes its server), flush the log and exit with 0,
// or 130 after Ctrl-C as shells expect. A platform that does not stop within the grace period, or
// a second signal, ends the process at once.
import { INTERRUPTED_EXIT_CODE } from './lifecycle.ts';

const GRACE_MS = 5000;

/** Something `npm start` runs that must be stopped before it exits (a platform). */
export interface Stoppable {
  stop(): Promise<void>;
}

export interface ShutdownLog {
  info(message: string): void;
  warn(fields: object, message: string): void;
  flush(callback?: (err?: Error) => void): void;
}

export interface ShutdownOptions {
  log: ShutdownLog;
  /** What is running at the moment of the signal. */
  running: () => readonly Stoppable[];
  exit?: (code: number) => void;
  graceMs?: number;
  /** Where the signals come from; the process by default. */
  signals?: NodeJS.EventEmitter;
}

/** Installs the SIGTERM and SIGINT handlers; returns the shutdown itself, for tests and for the console's end. */
export function stopOnSignals({ log, running, exit = (code) => process.exit(code), graceMs = GRACE_MS, signals = process }: ShutdownOptions): (code: number) => Promise<void> {
  let stopping = false;
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return exit(code); // a second signal: do not wait any longer
    stopping = true;
    log.info(code === INTERRUPTED_EXIT_CODE ? 'interrupted: stopping' : 'asked to stop: stopping the platforms');
    const stops = Promise.allSettled(running().map((r) => r.stop()));
    const late = Symbol('late');
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([stops, new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), graceMs)))]);
    clearTimeout(timer);
    if (outcome === late) log.warn({ grace_ms: graceMs }, 'a platform did not stop in time; exiting anyway');
    else for (const r of outcome) if (r.status === 'rejected') log.warn({ err: r.reason as unknown }, 'a platform failed to stop cleanly');
    await new Promise<void>((resolve) => {
      try {
        log.flush(() => resolve());
      } catch {
        resolve();
      }
    });
    exit(code);
  };
  signals.on('SIGTERM', () => void shutdown(0));
  signals.on('SIGINT', () => void shutdown(INTERRUPTED_EXIT_CODE));
  return shutdown;
}
