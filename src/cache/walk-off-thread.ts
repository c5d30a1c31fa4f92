// The data files' state (`dataFilesState` in fingerprint.ts) worked out on a worker thread, for
// start-up: 33k `stat`s at 1M passages are 0.25–0.8 s of CPU, which on the main thread delayed the
// loading of the bot's code it ran beside. The worker runs plain JavaScript (no loader), so the walk
// is written out again here; test/cache/fingerprint.test.ts holds the two to the same result.
import { Worker } from 'node:worker_threads';
import type { FilesState } from './fingerprint.ts';

// Posts { key, newestChangeMs } or { message }. Same rules, order and hashed text as `stateWalk`.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readdirSync, realpathSync, statSync } = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
try {
  const { dir, exclude } = workerData;
  const hash = createHash('sha256');
  let newest = 0;
  const excluded = exclude ? path.resolve(exclude) : undefined;
  const seen = new Set();
  const readable = (folder) => {
    try {
      return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return [];
    }
  };
  const walk = (rel) => {
    const folder = path.resolve(dir, rel);
    const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const e of readable(folder)) {
      const child = rel ? rel + '/' + e.name : e.name;
      const full = prefix + e.name;
      if (e.name.startsWith('.') || e.name === 'node_modules' || full === excluded) continue;
      const s = statSync(full, { bigint: true, throwIfNoEntry: false });
      if (!s) continue;
      if (s.isDirectory()) {
        hash.update(child + '/\\n');
        walk(child);
        continue;
      }
      hash.update(child + '\\0' + s.size + '\\0' + s.mtimeNs + '\\0' + s.ctimeNs + '\\0' + s.ino + '\\n');
      newest = Math.max(newest, Number(s.mtimeNs / 1000000n), Number(s.ctimeNs / 1000000n));
    }
  };
  walk('');
  parentPort.postMessage({ key: hash.digest('hex'), newestChangeMs: newest });
} catch (err) {
  parentPort.postMessage({ message: String((err && err.message) || err) });
}
`;

/** `dataFilesState(dir, exclude)`, on a worker; rejects when the folder cannot be walked. */
export function dataFilesStateOffThread(dir: string, exclude?: string): Promise<FilesState> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { dir, exclude } });
    worker.once('message', (m: Partial<FilesState> & { message?: string }) => {
      void worker.terminate();
      if (m.key === undefined || m.newestChangeMs === undefined) reject(new Error(m.message ?? 'the data files could not be walked'));
      else resolve({ key: m.key, newestChangeMs: m.newestChangeMs });
    });
    worker.once('error', reject);
  });
}
