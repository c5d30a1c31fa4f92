// Reads a cache file and works out the SHA-256 of its payload on a worker thread. At 1M passages
// the saved corpus and index are about 500 MB together: hashing them on the main thread took most
// of a second of start-up, which the main thread now spends checking the data files meanwhile.
// The bytes are read into shared memory, so handing them back copies nothing.
//
// A file whose checksum was worked out once is not hashed again while it stays the same file: after
// a check that matched, its inode, size and times are noted beside it (`<file>.checked`), and a later
// read that finds the same ones takes the checksum as checked (about a second of CPU at 1M). Any
// write to the file, edit or copy over it changes its status-change time (ctime), which cannot be
// set back, so an edited file is hashed, and caught, as before. Only files whose times are settled
// (older than `SETTLE_MS`) are noted: two writes within one tick of a coarse file-system clock could
// leave the same times.
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/** A cache file's bytes and the SHA-256 (hex) of what follows its first line. */
export interface ReadCacheFile {
  bytes: Buffer;
  payloadSha256: string;
}

/** Smaller files are read and hashed on the main thread: starting a worker costs more than it saves. */
const OFF_THREAD_FROM = 16 * 2 ** 20;
/** How old a file's last change must be for its check to be noted. */
const SETTLE_MS = 2000;

// Plain JavaScript run by the worker (no loader: `execArgv: []`). Posts { sab, digest } or { code, message };
// with `workerData.hash` false the digest is left out.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, fstatSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
try {
  const fd = openSync(workerData.file, 'r');
  let bytes;
  try {
    const size = fstatSync(fd).size;
    bytes = Buffer.from(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) { bytes = bytes.subarray(0, at); break; }
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  const newline = bytes.indexOf(10);
  const digest = workerData.hash ? createHash('sha256').update(bytes.subarray(newline + 1)).digest('hex') : undefined;
  parentPort.postMessage({ sab: bytes.buffer, length: bytes.length, digest });
} catch (err) {
  parentPort.postMessage({ code: err && err.code, message: String(err && err.message || err) });
}
`;

interface WorkerReply {
  sab?: SharedArrayBuffer;
  length?: number;
  digest?: string;
  code?: string;
  message?: string;
}

/** Rejects as `readFile` would (an error with its `code`) when the file cannot be read. `settleMs`: see `SETTLE_MS` (tests pass 0). */
export async function readCacheFile(file: string, offThreadFrom = OFF_THREAD_FROM, settleMs = SETTLE_MS): Promise<ReadCacheFile> {
  const before = await identity(file);
  const checked = before !== null && (await readFile(`${file}.checked`, 'latin1').catch(() => null));
  const read = offThreadFrom > 0 && (before?.size ?? 0) < offThreadFrom ? await onMainThread(file, !checked) : await onWorker(file, !checked);
  const noted = headerDigest(read.bytes);
  // Unchanged since its checksum was found to match: that checksum, as checked then.
  if (checked && checked === `${before!.stamp} ${noted}`) return { bytes: read.bytes, payloadSha256: noted };
  const payloadSha256 = read.digest ?? sha256(read.bytes);
  if (before && payloadSha256 === noted && before.changedMs < Date.now() - settleMs && (await identity(file))?.stamp === before.stamp) {
    await writeFile(`${file}.checked`, `${before.stamp} ${noted}`, 'latin1').catch(() => undefined);
  }
  return { bytes: read.bytes, payloadSha256 };
}

async function onWorker(file: string, hash: boolean): Promise<{ bytes: Buffer; digest?: string }> {
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { file, hash } });
    worker.once('message', (m: WorkerReply) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  if (!reply.sab) throw Object.assign(new Error(reply.message ?? 'unreadable'), { code: reply.code });
  return { bytes: Buffer.from(reply.sab, 0, reply.length), digest: reply.digest };
}

async function onMainThread(file: string, hash: boolean): Promise<{ bytes: Buffer; digest?: string }> {
  const bytes = await readFile(file);
  return { bytes, digest: hash ? sha256(bytes) : undefined };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes.subarray(bytes.indexOf(10) + 1)).digest('hex');
}

/** The `sha256:<hex>` a cache file's header line ends with ('' when none). */
function headerDigest(bytes: Buffer): string {
  const newline = bytes.indexOf(10);
  const header = bytes.toString('latin1', 0, newline < 0 ? Math.min(bytes.length, 400) : newline).trimEnd();
  const at = header.lastIndexOf('\tsha256:');
  return at < 0 ? '' : header.slice(at + '\tsha256:'.length);
}

/** The file's inode, size and times (ns), and when it last changed; null when it cannot be stat'ed (the read then says why). */
async function identity(file: string): Promise<{ stamp: string; size: number; changedMs: number } | null> {
  const s = await stat(file, { bigint: true }).catch(() => null);
  if (!s) return null;
  const changedNs = s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs;
  return { stamp: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`, size: Number(s.size), changedMs: Number(changedNs / 1_000_000n) };
}
