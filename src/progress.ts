// Progress of a long step (reading the articles, building the index, extracting quotes), so that a
// first start on a large archive is never silent. On a terminal: a bar (cli-progress, a maintained
// library that redraws in place, throttles itself and estimates the time left, also from inside a
// synchronous loop). Elsewhere (a service's journal, a container log): one log line every few
// seconds with the counts and an estimate, never a bar's control characters.
import { createRequire } from 'node:module';

/** One step's progress: `tick` with how many of `total` are done, `finish` once, at the end. */
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

/** Makes the progress of a step named `label` (`reading articles`) over `total` items (`articles`). */
export type ProgressFactory = (label: string, total: number, unit: string) => Progress;

export interface ProgressLog {
  info(fields: object, message: string): void;
}

export interface ProgressOptions {
  /** Draw a bar (on a terminal) rather than log lines. */
  bar: boolean;
  log: ProgressLog;
  /** Between log lines; 5 s by default. */
  everyMs?: number;
  /** Where the bar is drawn; stderr by default (stdout carries answers). */
  stream?: NodeJS.WritableStream;
  now?: () => number;
}

export const NO_PROGRESS: ProgressFactory = () => ({ tick: () => {}, finish: () => {} });

export function progressFactory(options: ProgressOptions): ProgressFactory {
  return (label, total, unit) => (options.bar ? barProgress(label, total, unit, options) : loggedProgress(label, total, unit, options));
}

function barProgress(label: string, total: number, unit: string, { stream = process.stderr }: ProgressOptions): Progress {
  // Loaded when a bar is drawn (a first build on a terminal), not at every start.
  const { SingleBar } = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted} elapsed, about {eta_formatted} left`,
    stream,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return {
    tick: (done) => bar.update(done),
    finish: () => {
      bar.update(total);
      bar.stop();
    },
  };
}

function loggedProgress(label: string, total: number, unit: string, { log, everyMs = 5000, now = Date.now }: ProgressOptions): Progress {
  const started = now();
  let last = started;
  let finished = false;
  return {
    tick(done) {
      const t = now();
      if (t - last < everyMs) return;
      last = t;
      const elapsed = t - started;
      const leftMs = done > 0 ? Math.round((elapsed * (total - done)) / done) : null;
      log.info({ done, total, unit, elapsed_s: Math.round(elapsed / 1000), left_s: leftMs === null ? null : Math.round(leftMs / 1000) }, `${label}: ${done} of ${total} ${unit}${leftMs === null ? '' : `, about ${formatSeconds(leftMs)} left`}`);
    },
    finish() {
      if (finished) return;
      finished = true;
      const elapsed = now() - started;
      // A short step stays quiet; a long one says it is done.
      if (elapsed >= everyMs) log.info({ total, unit, elapsed_s: Math.round(elapsed / 1000) }, `${label}: done, ${total} ${unit} in ${formatSeconds(elapsed)}`);
    },
  };
}

function formatSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 90 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
