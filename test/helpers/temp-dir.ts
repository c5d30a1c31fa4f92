// Temp folders for tests: a fresh folder under os.tmpdir() with a prefix, removed once the test (or
// the block of tests) that made it is done, whether it passed or failed. One place for the
// mkdtemp-and-remove set-up every test that writes files needs. (Retried removal: a process a test
// has just killed may still be writing its cache there.)
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, onTestFinished } from 'vitest';

/** A fresh folder `<os.tmpdir()>/<prefix>XXXXXX`, removed when the running test finishes. Call it inside a test. */
export async function tempDir(prefix: string): Promise<string> {
  return removedAfterTest(await mkdtemp(path.join(tmpdir(), prefix)));
}

/** Has `dir` (a folder the test made some other way, e.g. `tempArticles`'s) removed when the running test finishes. */
export function removedAfterTest(dir: string): string {
  onTestFinished(() => remove(dir));
  return dir;
}

const remove = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true, maxRetries: 5 });

/**
 * A fresh folder shared by the tests of a file or a `describe` block: call it at that level (while the
 * tests are collected). It is made before the block's first test (by a `beforeAll` that runs before
 * those registered after this call) and removed after its last; a skipped block makes none.
 */
export function suiteTempDir(prefix: string): string {
  const dir = path.join(tmpdir(), `${prefix}${randomBytes(6).toString('hex')}`);
  beforeAll(() => mkdir(dir, { mode: 0o700 }));
  afterAll(() => remove(dir));
  return dir;
}
