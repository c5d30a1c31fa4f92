// One file of the cache folder: a header line naming what it holds, the key it was made for and a
// SHA-256 of the payload, then the payload (bytes: see sections.ts). Written atomically; a file that
// cannot be read, is not ours, or whose payload does not match its hash (edited, damaged) is a warning.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { readCacheFile, type ReadCacheFile } from './read-off-thread.ts';

export type { ReadCacheFile } from './read-off-thread.ts';

const MAGIC = 'coverage-bot cache';

/** Nothing saved yet (no file, or no cache folder): a normal first start, not worth a warning. */
const NOT_SAVED_YET = new Set(['ENOENT', 'ENOTDIR']);

export type Warn = (message: string) => void;

/** Where `kind` is kept for a data folder: one file per folder, named by a hash of its absolute path. */
export function cachePath(cacheDir: string, dataDir: string, kind: string): string {
  const folder = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `${kind}-${folder}.bin`);
}

/**
 * The payload saved under `key`, or null when there is none, it was made for another key, or it is
 * unreadable. `reading`: the file's read already started (`readCacheFile`), e.g. before its key was known.
 */
export async function readCache(file: string, kind: string, key: string, warn?: Warn, reading: Promise<ReadCacheFile> = readCacheFile(file)): Promise<Buffer | null> {
  let read: ReadCacheFile;
  try {
    read = await reading;
  } catch (err) {
    return unreadable(err, file, kind, warn);
  }
  return payloadOf(read.bytes, file, kind, key, warn, `sha256:${read.payloadSha256}`);
}

/** Starts reading a cache file before its key is known (for `readCache`); a failure is reported there, if it is awaited. */
export function prefetch(file: string): Promise<ReadCacheFile> {
  const early = ahead.get(path.resolve(file));
  if (early) {
    ahead.delete(path.resolve(file));
    return early;
  }
  const reading = readCacheFile(file);
  reading.catch(() => undefined);
  return reading;
}

/** Reads started at start-up before the code that uses them is loaded (`readAhead`), by absolute path. */
const ahead = new Map<string, Promise<ReadCacheFile>>();
/** A read nobody picked up by then (the configuration named another folder) is let go. */
const AHEAD_KEPT_MS = 60_000;

/** Starts reading a cache file for the next `prefetch` of the same file. */
export function readAhead(file: string): void {
  const key = path.resolve(file);
  if (ahead.has(key)) return;
  const reading = readCacheFile(file);
  reading.catch(() => undefined);
  ahead.set(key, reading);
  setTimeout(() => ahead.get(key) === reading && ahead.delete(key), AHEAD_KEPT_MS).unref();
}

/** `readCache` for callers that cannot wait (a lazily built part of the core). */
export function readCacheSync(file: string, kind: string, key: string, warn?: Warn): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return unreadable(err, file, kind, warn);
  }
  return payloadOf(bytes, file, kind, key, warn);
}

function unreadable(err: unknown, file: string, kind: string, warn: Warn | undefined): null {
  if (!NOT_SAVED_YET.has(errorCode(err) ?? '')) warn?.(`Saved ${kind} ${file} could not be read (${reason(err)}); rebuilding it.`);
  return null;
}

function payloadOf(bytes: Buffer, file: string, kind: string, key: string, warn: Warn | undefined, payloadDigest?: string): Buffer | null {
  const newline = bytes.indexOf(10);
  const header = bytes.toString('latin1', 0, newline < 0 ? Math.min(bytes.length, 200) : newline);
  if (!header.startsWith(`${MAGIC}\t${kind}\t`)) {
    warn?.(`Saved ${kind} ${file} is not a ${kind} cache file; rebuilding it.`);
    return null;
  }
  // Made for other files or other code: a normal rebuild, nothing to warn about.
  const line = header.trimEnd();
  if (!line.startsWith(`${headerLine(kind, key)}\t`)) return null;
  const payload = bytes.subarray(newline + 1);
  if (line.slice(headerLine(kind, key).length + 1) !== (payloadDigest ?? digest([payload]))) {
    warn?.(`Saved ${kind} ${file} is corrupt (it does not match its checksum: edited or damaged); rebuilding it.`);
    return null;
  }
  return payload;
}

/** Same-length edits inside the payload change this too, so edited text is never served as verbatim. */
function digest(parts: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return `sha256:${hash.digest('hex')}`;
}

/**
 * Writes to a temporary file then renames it, so a crash never leaves half a file behind. At once,
 * not in the background: a process that exits right after still leaves a whole file. A payload in
 * pieces is written piece by piece, never joined into one more copy.
 */
export function writeCache(file: string, kind: string, key: string, payload: Uint8Array | readonly Uint8Array[], warn?: Warn): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const parts = Array.isArray(payload) ? payload : [payload as Uint8Array];
    writeAll(temporary, [Buffer.from(paddedHeader(`${headerLine(kind, key)}\t${digest(parts)}`), 'latin1'), ...parts]);
    renameSync(temporary, file);
    // The text files of earlier versions, never read again.
    removeQuietly(file.replace(/\.bin$/, '.txt'));
    return true;
  } catch (err) {
    warn?.(`Could not save the ${kind} to ${file} (${reason(err)}); it will be rebuilt at next start.`);
    removeQuietly(temporary);
    return false;
  }
}

function writeAll(file: string, parts: readonly Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    for (const part of parts) for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
  } finally {
    closeSync(fd);
  }
}

/** The header line, padded with spaces so that the payload starts on a 4-byte boundary (number sections can then be viewed, not copied). */
function paddedHeader(line: string): string {
  return `${line.padEnd(line.length + ((4 - ((line.length + 1) % 4)) % 4))}\n`;
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing there, or nothing we may touch: either way nothing to do.
  }
}


function headerLine(kind: string, key: string): string {
  return `${MAGIC}\t${kind}\t${key}`;
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

export function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
